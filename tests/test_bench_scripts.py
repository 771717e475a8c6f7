"""The bench/ scripts still run: each on three bench/dev pages, in its own process (the
profiler wraps the pipeline's functions in place, which must not leak into other tests).
Nothing here is timed; the scripts' numbers are read by people, not asserted."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BENCH, need

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("track", ["text", "html"])
def test_profile_times_every_step(track: str) -> None:
    need(BENCH)
    out = _run("bench/profile.py", "--track", track, "--limit", "3")
    assert f"{track}, 3 pages" in out
    for step in ("stage:language", "stage:core", "block features", "block words", "decide"):
        assert step in out


def test_the_grid_track_dumps_each_page_as_inscriptis_does(tmp_path: Path) -> None:
    need(BENCH)
    scores = tmp_path / "scores.json"
    out = _run("bench/quality.py", "--track", "grid", "--limit", "3", "--systems", "nothing,corpusclean",
               "--json", str(scores))
    assert "grid track, 3 pages" in out
    per_page = json.loads(scores.read_text(encoding="utf-8"))["per_page"]
    assert [len(rows) for rows in per_page.values()] == [3, 3]
    assert all(r["recall"] > 0.5 for r in per_page["nothing"])  # the dump holds the article
    assert all(0 < r["f1"] <= 1 for r in per_page["corpusclean"])


def test_quality_scores_corpusclean_and_an_anchor(tmp_path: Path) -> None:
    need(BENCH)
    scores = tmp_path / "scores.json"
    _run("bench/quality.py", "--track", "text", "--limit", "3", "--systems", "nothing,corpusclean",
         "--json", str(scores))
    per_page = json.loads(scores.read_text(encoding="utf-8"))["per_page"]
    assert sorted(per_page) == ["corpusclean", "nothing"]
    assert [len(rows) for rows in per_page.values()] == [3, 3]
    # The dump kept whole holds every word of the article; cleaning it keeps some of them.
    assert all(r["recall"] == 1.0 for r in per_page["nothing"])
    assert all(0 < r["f1"] <= 1 for r in per_page["corpusclean"])


def test_memory_runs_the_cli_on_a_benchmarks_pages_repeated(tmp_path: Path) -> None:
    # two real pages made into five files, each copy with a line of its own
    bench = tmp_path / "bench"
    (bench / "html").mkdir(parents=True)
    for name, title in (("a", "Harbour works begin"), ("b", "Library reopens")):
        html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>The council said on "
                "Monday that the work would take two years and cost less than first planned, "
                "because the old quay walls could be kept.</p></body></html>")
        (bench / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html.encode()))
    scores = tmp_path / "mem.json"
    _run("bench/memory.py", "--from", str(bench), "--pages", "5", "--jobs", "1", "--work", str(tmp_path / "w"),
         "--json", str(scores))
    res = json.loads(scores.read_text())
    assert res["exit"] == 0 and res["pages"] == 5 and res["peak_tree_rss_mb"] > 0
    copies = sorted((tmp_path / "w" / "raw-benchx5").rglob("*.html"))
    assert len(copies) == 5
    assert len({c.read_bytes() for c in copies}) == 5  # no copy is another's duplicate
    assert b"Copy 4 of this page." in copies[4].read_bytes()
    pages = [json.loads(line) for line in (tmp_path / "w" / "out" / "pages.jsonl").read_text().splitlines()]
    assert len(pages) == 5 and not any(p["error"] for p in pages)
