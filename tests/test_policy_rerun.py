"""Options that only decide and write (--keep, --comments, the site thresholds, --format)
do not redo pass one: a re-run with them reads every page's labels from the cache, and
gives the bytes of a fresh run with the same options."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpusclean import Config
from corpusclean.run.local import run

from .conftest import output_tree

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _state_files(out: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in (out / ".corpusclean" / "sources").rglob("*.bin")}


@pytest.mark.parametrize("change", [
    {"keep": frozenset({"chrome"}), "comments": "separate"},
    {"site_min_pages": 2, "site_min_share": 0.5},
    {"formats": ("txt", "jsonl")},
])
def test_a_policy_change_reads_pass_one_from_the_cache(tmp_path: Path, change: dict, monkeypatch) -> None:  # type: ignore[no-untyped-def,type-arg]
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in FIXTURES.glob("*.html"):
        shutil.copy(f, raw / f.name)
    out = tmp_path / "out"
    run(raw, out, Config(), jobs=1)
    before = _state_files(out)
    assert before

    from corpusclean.run import tasks

    prepared: list[str] = []
    real = tasks._store
    monkeypatch.setattr(tasks, "_store", lambda spath, key, pages: prepared.append(str(spath)) or real(spath, key, pages))
    run(raw, out, Config(**change), jobs=1)
    assert prepared == [], "pass one prepared pages again"
    assert _state_files(out) == before

    fresh = tmp_path / "fresh"
    run(raw, fresh, Config(**change), jobs=1)
    assert output_tree(out) == output_tree(fresh)
