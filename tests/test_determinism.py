"""Outputs, manifest order and stats are the same whatever --jobs or the order pages come in.

Compared byte for byte: every file under OUT except the state folder (.corpusclean) and
run.json, which records the command line, the input path and timings on purpose.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import pytest

from corpusclean.config import Config
from corpusclean.read.discover import Discovery, find_sources
from corpusclean.run import local
from corpusclean.run.local import run

from .conftest import BENCH
from .conftest import output_tree as tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import sitegen  # noqa: E402

DEV_TEXT = BENCH / "text"


def make_corpus(root: Path) -> Path:
    """Generated sites, two pages with the same text, a page that fails, a few real pages."""
    raw = root / "raw"
    sitegen.generate(raw, sites=3, pages=24, seed=11)
    page = (raw / "site-000" / "article-00000.txt").read_text("utf-8")
    for name in ("site-000/copy-b.txt", "site-000/copy-a.txt"):  # same site: same boilerplate removed
        (raw / name).write_text(page, encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    if DEV_TEXT.is_dir():  # real pages too, where the benchmark is around
        (raw / "dev").mkdir()
        for p in sorted(DEV_TEXT.glob("*.txt"))[:6]:
            shutil.copy(p, raw / "dev" / p.name)
    return raw


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("det")
    raw = make_corpus(root)
    cfg = Config(formats=("txt", "jsonl"))
    outs = {"j1": root / "j1", "j2": root / "j2"}
    run(raw, outs["j1"], cfg, jobs=1)
    run(raw, outs["j2"], cfg, jobs=2)
    return {"raw": raw, **outs}


def test_jobs_1_and_2_give_the_same_bytes(runs: dict[str, Path]) -> None:
    a, b = tree(runs["j1"]), tree(runs["j2"])
    assert sorted(a) == sorted(b)
    assert {"manifest.jsonl", "stats.json", "repairs.jsonl"} <= set(a)
    for name in a:
        assert a[name] == b[name], name


def test_manifest_is_in_page_order(runs: dict[str, Path]) -> None:
    pages = [json.loads(line)["page"] for line in (runs["j2"] / "manifest.jsonl").read_text("utf-8").splitlines()]
    assert pages == sorted(pages, key=lambda p: p)  # page order is the sorted page ids
    assert "broken.txt" in pages


def test_same_text_pages_are_flagged_not_deleted(runs: dict[str, Path]) -> None:
    out = runs["j1"]
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["pages_same_text_as_another"] == 2  # the two copies of site-000's first page
    original = (out / "site-000/article-00000.txt").read_bytes()
    assert original != b""
    assert (out / "site-000/copy-a.txt").read_bytes() == (out / "site-000/copy-b.txt").read_bytes() == original
    import gzip

    meta = {}
    for part in sorted((out / "documents").glob("*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                meta[row["id"]] = row["metadata"]
    # the first page in page order is the original, whatever order the workers finished in
    assert not meta["site-000/article-00000.txt"].get("duplicate_of")
    assert meta["site-000/copy-a.txt"]["duplicate_of"] == "site-000/article-00000.txt"
    assert meta["site-000/copy-b.txt"]["duplicate_of"] == "site-000/article-00000.txt"


def test_page_order_does_not_matter(runs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same pages handed to the run in a shuffled order give the same bytes."""
    def shuffled(root: Path, out: Path | None, config: Config) -> Discovery:
        found = find_sources(root, out, config)
        random.Random(4).shuffle(found.sources)
        return found

    monkeypatch.setattr(local, "find_sources", shuffled)
    out = tmp_path / "shuffled"
    run(runs["raw"], out, Config(formats=("txt", "jsonl")), jobs=2)
    assert tree(out) == tree(runs["j1"])


def test_a_run_tunes_the_collector_and_gives_it_back(runs: dict[str, Path], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """During a run the collector is tuned (run/collector.py); afterwards a program that started
    the run has its own settings back, and the bytes are those of the other runs."""
    import gc

    from corpusclean.run import collector

    seen: list[tuple[int, ...]] = []
    inner = local._run

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        assert gc.get_freeze_count() > 0  # the modules already loaded are out of the collector's way
        return inner(*args, **kwargs)

    monkeypatch.setattr(local, "_run", spy)
    own = gc.get_threshold()
    gc.set_threshold(900, 11, 12)
    try:
        out = tmp_path / "tuned"
        run(runs["raw"], out, Config(formats=("txt", "jsonl")), jobs=1)
        assert gc.get_threshold() == (900, 11, 12)
        assert gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(*own)
    assert seen == [(collector.YOUNG_THRESHOLD, 11, 12)]
    assert tree(out) == tree(runs["j1"])
