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
    "0024": "07b6a9d1958e8af48a730e438a2e6b48aa01587c93537f1ab090294234ba33b5",
    "0025": "14bb44f0b5a50b132fc746086c444114676cefaf0a52a4f44fcb125eb7756adb",
    "0026": "29a8a3216cdf1f625a81d9a507cf85fadfd191edfb30c09df22cd44fd1348db1",
    "0027": "cc8f3dd3ab5bf0312fb8e6bd2f70c80631585be37d012fa4b9dabc359dc7518d",
    "0028": "aa69829ce70138bbf055502add7afea2366c703c5ea4663ee6a58f43c61384b4",
    "0029": "7a1961a6ab727d9037d0d18ff98f06164bca75a04b41f458f9b0adb65efa7d51",
    "0030": "1d65e82f9ab13736d571d50e23a096495c5b14901389e751d3dcbf7727abddf5",
    "0031": "f2aabeea3049ba19d3cc0989297100b6b1d0b1fe5d8cd7ae7baa4813aac1da32",
    "0032": "6b97785dae388810da6a4b231858c499fc3f1186cbc3add0010848a1849874fd",
    "0033": "9d241ce3ed3b9a50102a442ab22f14261e3d305b8fe275f6e29c4e9df10914b7",
    "0034": "4d2ca39f33e8ac48cb77e07bed8f4605c0775f4ae3f01f39e651f333e37fb260",
    "0035": "d6ac1902b17a4b49ee6343671208a1a1a3e10d2c02cd22b8a95d71fe278eb806",
    "0036": "5b9030de4e3360d56fb7e084acfb0cde5f1c65ce271270c835fd437131a166af",
    "0037": "846e3282e255fcf77e3ef70a9fd58b844d8c3859d535a13aec001a1c500e5b73",
    "0038": "acb18976c0c1f808f1046d3efa4850c8c894e0814db43a6e0518e12dc08a1237",
    "0039": "dbae712bad53e521eb08c09fab08e95cd37899de9043df96f890b81d56bd3e84",
    "0040": "977a81e3d1a91aac463f92e521c190319fbdc4a76ed1fcf24118291a39324357",
    "0041": "358deb357ac5c747afb8782de58d538e16d21169f7f7e8b9e8e4bd22fac5a676",
    "0042": "bbf21601432020bf44968117a03ac10c6f6ff7086981f7b47ef8bd0d4b717110",
    "0043": "67e89024e0eec82faa6a34758de82cb08650ca00770f16671973e40d4eaf5426",
    "0044": "513644f09c18a5a971100d9a245906ec2a65f8699b1bdac9bad12e63676d70ab",
    "0045": "42becca67311c1d0a1613196ccca2bafb9d05940aeb2539b9013bfd79a843363",
    "0046": "5c17edd1c7c5b51176e6895f85bdd4f0885780cb4a815e0d5f736dec580e0792",
    "0047": "0547b55824028dad7fb3534950fd823cdc35c23f40092cc6f03dc2501d789330",
    "0048": "5d8da10bfa3d3f1316755efeb2f177d025695a129cb4849657d276d7281a6ec7",
    "0050": "a95da2582e6c0b19202da80215ee08740c5dacf237d0765164dc06ae0c9d30a2",
    "0053": "c42c92d32885c4e54e9b991857d8460e06e8beb5fac7abbc088ecd44ce21bd88",
    "0054": "b6ab06f0116b352b70bb65608aa1de70b44864611881c00ad46ec9e17a43930b",
    "0056": "991b59b31b34f55234e9e2664d472d767bf59296f615c194b7ebe5f0d2841083",
    "0057": "dcc18c1d97129ca34d6f50a8a661290df73a6a89ce24f78cc5c05a4ba8a6cf30",
    "0058": "810a04604d78d04870caefba2722bebc078d3f11c29475b2015d99841503050d",
    "0059": "434a40586572965a45b1d5901294c60eac08d8a05f82055467e2dd5eae3c7138",
    "0060": "89ccae0a48869630f84858003ef9b7a58a5109e4443f5199edc94dd16453fbef",
    "0061": "1e7f530759170f11389c25029d641a966cb3fc1ad31e07cc95dbd7576720ce0d",
    "0062": "715784c93f2f8b5aead70a80fef901daef11f730f25955baab69f8528d432666",
    "0063": "c102d7a56f4a99d9adb30a2207873204c6474e95a6b230293cecee0ec43116cf",
    "0064": "adf549ffd2bb4de34ee07d42c768551309304df55b559d0d6e298180fb064b03",
    "0065": "b91ddbe58511158e3419087ee6fe5af41d5e00a484cc2eb15b3bff9ffa0b8144",
    "0066": "b765925d207d50352f767d0fc3784ee4b0c83e331e7e86dd827762e899fe6369",
    "0067": "9f27b29653f0315d26258f1e54c7c0cd28e253f6095dfca963d2be94a495a57b",
    "0068": "4aebd88dd2eac013b7630f24e751656e57419ec6969856c36345f81ca431a362",
    "0069": "700ad0fdaa064a92d7b12c30d19d5c37e4ccc32f8496639a7335465473f77f6f",
    "0070": "45cdc1d35112a1b029aa81fe88f401bc2862dd162600a3483e54d81d40c3fd23",
    "0071": "ac0913361e6cf96798269ee1c0fb1b62551ed759e2c65d052136fe7dcf2154e5",
    "0072": "4827df8d015d1879b3f86dc3cab4027611530f4a13cf60fc99887c30d027d160",
    "0073": "85575e422bae1ec13984f730e3920995ed255e58b77f45833944ca1493c2608f",
    "0074": "47d34303b51f8725214a396aa9037e67370b25a3f86531766ba8cf537216f89a",
    "0075": "63452b40a16d938894a5302a18862b32d6ac4e2f4a086ed3f8f78fe78195bef8",
    "0076": "8233ee6e264003713f79c7b0dbaabd33389dfbf046d9c6f9c129c53b350997e8",
    "0077": "fa8f26b8fd6069702a28f776318f8283f5df10567a42c4179add350dfb4eb67b",
    "0078": "ee0c5429b5ca5a1f146d5633fa20537b4a7e757de4401b8c8d131f7582934fdc",
    "0079": "bc4407c0e940d322eaceaae22cd828488658f204df0ae2a83c5c5e1340d9f268",
    "0080": "4841afac0ebcf1ab3bc2f3c72816991eedf515a9cb98f53cd317e94213a87973",
    "0081": "74527dc9e5eca069475aaa3a878c277ef7137b090756ad35dafbcac64697b341",
    "0082": "f4d20121be05aa9548a34fbd006fb57a371c6772725024c627e61a9a66bf7fdc",
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
