"""A seed file used by a revision is never edited: its SHA-256 is pinned here. A correction
is a new changeset file and a new data revision, never an edit."""

from __future__ import annotations

import hashlib
import re

from orgdb import resources

PINNED = {
    "0001_csto_2011.toml": "6c6dd7aece66b592ed4b14855571a787060a6b0a73fcea070f8d4639928d7a6c",
    "0002_cst_1999_non_renewal.toml": "2fb18131122cd37c3851068289ee90ecb22fa29093b03ea63d598c1a6765fd3a",
    "0003_uzbekistan_2012_suspension.toml": "6856ef0ee23416c9ce68b8c948f88423b91cedd9e2765778ffe11596ca63aff0",
    "0004_csto_sg_2017_semerikov_acting.toml": "717f752805e9224ac5bfb16590d03411910d69a8f253d203a9be0ef0459e06bf",
    "0005_csto_sg_2017_khachaturov.toml": "115f1b5696130a512203ecbb95050507c7542b0e1d2d6a48cb813d092b0e0412",
    "0006_csto_sg_2018_semerikov_acting.toml": "5602e49ad89d70fa0710ebfe32d492bbf396bf9fbe8d5b6253c8449300a4bf84",
    "0007_csto_sg_2020_zas.toml": "3ed1d22ffcda14475b1280dfb911d309c1f59af6b380fe6d2e41f1c5f1f98d9b",
    "0008_csto_sg_2023_tasmagambetov.toml": "47aa4e737a93db66f3d53bd5ebdfab1b6c2863c4ad8bef35461fb97a942ed80c",
    "0009_csto_sg_2026_masadykov.toml": "a6b12901221a3098187b021e111590cd595e6334af62f61d7b3de3a2f14f3c15",
    "0010_armenia_2024_freeze.toml": "016230fc8b0bae48e9c0079c5612bea300bfc136b9ff9bfaeb20a73170f6344e",
    "0011_nato.toml": "1cbc54e1518f2e80f82874f07b70e8c8c4ddcf98238f3a74ca85d17e6ef772cb",
    "0012_cis.toml": "566d9feb585cad21ba4b94afd4ad6953d5b86506b30326cd483497db3a073ea0",
}


def used_seeds() -> set[str]:
    names = set()
    for path in (resources.migrations_dir() / "versions").glob("*.py"):
        names.update(re.findall(r'^SEED = "([^"]+)"', path.read_text(), re.M))
    return names


def test_every_seed_used_by_a_revision_is_pinned_and_unchanged():
    used = used_seeds()
    assert used, "no data revision found"
    assert used == set(PINNED), "pin the hash of each seed file a revision uses"
    for name, digest in PINNED.items():
        data = (resources.seeds_dir() / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} was edited"


def test_each_seed_is_applied_by_exactly_one_revision():
    seen: dict[str, int] = {}
    for path in (resources.migrations_dir() / "versions").glob("*.py"):
        for name in re.findall(r'^SEED = "([^"]+)"', path.read_text(), re.M):
            seen[name] = seen.get(name, 0) + 1
    assert seen and all(n == 1 for n in seen.values())
    shipped = {p.name for p in resources.seeds_dir().glob("*.toml")}
    assert shipped == set(seen), "every shipped seed file belongs to one revision"
