"""A changeset a released revision applies is never edited: each data revision pins its
file's SHA-256 (the frozen applier refuses any other file), and the released pins are
recorded here too, so that re-pinning a released revision fails. A correction is a new
changeset and a new revision. Seed file and revision share a number."""

from __future__ import annotations

import hashlib

from orgdb import resources
from orgdb.curation.changelog import data_revisions

RELEASED = {
    "0003": "6c6dd7aece66b592ed4b14855571a787060a6b0a73fcea070f8d4639928d7a6c",
    "0004": "2fb18131122cd37c3851068289ee90ecb22fa29093b03ea63d598c1a6765fd3a",
    "0005": "6856ef0ee23416c9ce68b8c948f88423b91cedd9e2765778ffe11596ca63aff0",
    "0006": "717f752805e9224ac5bfb16590d03411910d69a8f253d203a9be0ef0459e06bf",
    "0007": "115f1b5696130a512203ecbb95050507c7542b0e1d2d6a48cb813d092b0e0412",
    "0008": "5602e49ad89d70fa0710ebfe32d492bbf396bf9fbe8d5b6253c8449300a4bf84",
    "0009": "3ed1d22ffcda14475b1280dfb911d309c1f59af6b380fe6d2e41f1c5f1f98d9b",
    "0010": "47aa4e737a93db66f3d53bd5ebdfab1b6c2863c4ad8bef35461fb97a942ed80c",
    "0011": "a6b12901221a3098187b021e111590cd595e6334af62f61d7b3de3a2f14f3c15",
    "0012": "016230fc8b0bae48e9c0079c5612bea300bfc136b9ff9bfaeb20a73170f6344e",
    "0013": "1cbc54e1518f2e80f82874f07b70e8c8c4ddcf98238f3a74ca85d17e6ef772cb",
    "0014": "566d9feb585cad21ba4b94afd4ad6953d5b86506b30326cd483497db3a073ea0",
    "0016": "753b73bb71543223febc07008f734cd8968e50fa20feaeeb62dcc5867bbedc72",
    "0017": "4baedb0fa37e4e059a4ec8eeb333679fc48fb956af92c332b6982dc2dedcc4f0",
    "0018": "220198d7f937787a7d54dae44f3898cf089cd8c9114d43f1b8a5abf59fa05bc5",
    "0019": "e2dcc9ac4bcd6d83f4f6aa834e011c93bcbf84941e5ab9fe08568ed811ea27f7",
    "0022": "8370f4027743c4f18a4adc554cd0e17d579c89dba209cdb8b71674ce8b431c5d",
    "0023": "e216dcf3c9c871c04a50b0b88720f36ed4090c8492f82cb9b9f1c7d3d5a7b1bf",
    "0024": "cdced094471502a943b2302c274b483c35add54bbc7a7bf9d238703e23d0ccec",
    "0025": "14bb44f0b5a50b132fc746086c444114676cefaf0a52a4f44fcb125eb7756adb",
    "0026": "29a8a3216cdf1f625a81d9a507cf85fadfd191edfb30c09df22cd44fd1348db1",
    "0027": "cc8f3dd3ab5bf0312fb8e6bd2f70c80631585be37d012fa4b9dabc359dc7518d",
    "0028": "aa69829ce70138bbf055502add7afea2366c703c5ea4663ee6a58f43c61384b4",
    "0029": "4b11726fb181c727c908d2e3e1f74fae87abf2f94f2e302c325d6afd8288e607",
    "0030": "0dfb214c6cefeed678afe630f862939b112cf95dded392f538698dec0fd20704",
    "0031": "fe7140649b2fc546cf564ef40efe1d4bd552da145f7f208ca5e42034accb887f",
    "0032": "34daa6c4f254630d5752a5279f4e83de3b8cd88a73cbd2233ec1b46a2c395cd2",
    "0033": "8353cab279b3759748b550f964697a12a11c6024d8e89a945477673ddb90e6ac",
    "0034": "4a901a1703fb0c241932e92bc8315c5e6360149e0f4a3e05564893fa7b50581f",
    "0035": "36eb47cea6a524a4d72d20395e3e9ff1b9d04ecb45cc41faafb02a5d2e8aa66a",
    "0036": "49acd8c41e9435c2064f2d8328aa4fb9632101efedfb45de8a97512ba1f40454",
    "0037": "6328b3ebe87c14c234b7c0440ddd76985672e6c89afebd2c6c39bd1e3543e85c",
    "0038": "acb18976c0c1f808f1046d3efa4850c8c894e0814db43a6e0518e12dc08a1237",
    "0039": "dbae712bad53e521eb08c09fab08e95cd37899de9043df96f890b81d56bd3e84",
    "0040": "4a2099a2bcfa3f2d08db6d79da0c7d96763b6f3a551c7c13a9db0df5006856f5",
    "0041": "bd2abf6f85ca950a867ddcbd00f1c293f44258cf1f57fd9ac98949b25975b08b",
    "0042": "bbf21601432020bf44968117a03ac10c6f6ff7086981f7b47ef8bd0d4b717110",
}


def test_each_data_revision_pins_its_file_and_the_file_is_unchanged():
    found = data_revisions()
    assert found, "no data revision found"
    for _revision, seed, sha, _fmt in found:
        data = (resources.seeds_dir() / seed).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha, f"{seed} was edited after pinning"


def test_released_pins_never_change():
    pins = {revision: sha for revision, _, sha, _ in data_revisions()}
    for revision, sha in RELEASED.items():
        assert pins.get(revision) == sha, f"released revision {revision} was re-pinned"


def test_seed_and_revision_share_a_number_and_each_seed_has_one_revision():
    found = data_revisions()
    for revision, seed, _, _ in found:
        assert seed.startswith(f"{revision}_"), f"{seed} is applied by revision {revision}"
    seeds = [seed for _, seed, _, _ in found]
    assert len(seeds) == len(set(seeds))
    shipped = {p.name for p in resources.seeds_dir().glob("*.toml")}
    assert shipped == set(seeds), "every shipped seed file belongs to one revision"
