"""Resume: a run killed with SIGKILL leaves no half-written output, and the re-run finishes
with the same bytes as a run that was never interrupted. Ctrl-C stops a run cleanly.

The runs are real `corpusclean clean` subprocesses on 300 generated pages with -j 1.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import FORK
from .conftest import output_tree as tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import sitegen  # noqa: E402

CMD = [sys.executable, "-c", "from corpusclean.cli import main; main()", "clean"]


def _default_sigint() -> None:
    # a shell's background jobs inherit SIGINT ignored; a person at a terminal does not
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def clean(raw: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CMD, str(raw), str(out), "-j", "1", "-q", *extra], capture_output=True,
                          text=True, timeout=300, preexec_fn=_default_sigint)


def start(raw: Path, out: Path, *extra: str, output: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    return subprocess.Popen([*CMD, str(raw), str(out), *extra], stdout=output, stderr=output, text=True,
                            start_new_session=True, preexec_fn=_default_sigint)


def wait_for(predicate, proc: subprocess.Popen[str], timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    t0 = time.monotonic()
    while not predicate():
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() - t0 < timeout, "the run made no progress"
        time.sleep(0.01)


def count(folder: Path, pattern: str) -> int:
    return sum(1 for _ in folder.rglob(pattern)) if folder.exists() else 0


def _articles(raw: Path, *names: str) -> None:
    """A new input folder with one article per name (NAME.txt, about the old NAME)."""
    raw.mkdir()
    for name in names:
        (raw / f"{name}.txt").write_text(ARTICLE.replace("mill", name), encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The input, and the outputs of an uninterrupted run (left in raw/../reference)."""
    root = tmp_path_factory.mktemp("resume")
    raw = root / "raw"
    sitegen.generate(raw, sites=5, pages=300, seed=2)
    ref = root / "reference"
    res = clean(raw, ref)
    assert res.returncode == 0, res.stderr
    return raw, tree(ref)


def test_sigkill_then_rerun_gives_the_uninterrupted_bytes(corpus: tuple[Path, dict[str, bytes]],
                                                           tmp_path: Path) -> None:
    raw, reference = corpus
    out = tmp_path / "out"
    # 1. killed in pass one, after 100 pages were prepared and cached
    proc = start(raw, out, "-j", "1", "-q")
    wait_for(lambda: count(out / ".corpusclean" / "sources", "*.bin") >= 100, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "manifest.jsonl").exists() and not (out / "stats.json").exists()
    cached = {p: p.stat().st_mtime_ns for p in (out / ".corpusclean" / "sources").rglob("*.bin")}
    assert len(cached) >= 100
    (out / "site-000").mkdir(parents=True, exist_ok=True)
    (out / "site-000" / ".tmp-left-by-a-kill").write_text("half a file")

    # 2. the re-run skips what was prepared, and is killed in pass two after some pages are written
    proc = start(raw, out, "-j", "1", "-q")
    wait_for(lambda: count(out, "article-*.txt") >= 30, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert all(p.stat().st_mtime_ns == t for p, t in cached.items()), "cached pages were prepared again"
    assert not (out / "site-000" / ".tmp-left-by-a-kill").exists()
    written = [p for p in out.rglob("article-*.txt")]
    assert 30 <= len(written) < 300
    for p in written:  # no final name holds a partial file
        assert p.read_bytes() == reference[p.relative_to(out).as_posix()], p
    assert not (out / "manifest.jsonl").exists()  # the run files appear only when the run ends

    # 3. the last run finishes: the same bytes as the uninterrupted run, no temporary files
    res = clean(raw, out)
    assert res.returncode == 0, res.stderr
    assert tree(out) == reference
    assert count(out, ".tmp-*") == 0


def test_a_second_run_rewrites_nothing(corpus: tuple[Path, dict[str, bytes]]) -> None:
    raw, reference = corpus
    out = raw.parent / "reference"
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.txt")}
    # every state file but the lock, which each run takes and signs with its pid
    state = {p: p.stat().st_mtime_ns for p in (out / ".corpusclean").rglob("*") if p.is_file() and p.name != "lock"}
    assert clean(raw, out).returncode == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.txt")} == before
    assert all(p.stat().st_mtime_ns == t for p, t in state.items())
    assert tree(out) == reference


@pytest.mark.parametrize("backend", ["local", "dask"])
def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(corpus: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                                     backend: str) -> None:
    """On both backends: with Dask, the cluster's nannies and workers are in the terminal's
    process group too, and print nothing of their own (no traceback, no warning)."""
    if backend == "dask":
        pytest.importorskip("dask.distributed")
    raw, _ = corpus
    out = tmp_path / "out"
    proc = start(raw, out, "-j", "2", "--backend", backend, output=subprocess.PIPE)
    wait_for(lambda: count(out / ".corpusclean" / "sources", "*.bin") >= 20, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: to the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "WARNING" not in err, err
    assert "interrupted while reading after" in err and "run the same command again to resume" in err
    assert re.search(r"after \d+ of \d+ input files;", err), err  # reading counts files, not pages
    assert not (out / "manifest.jsonl").exists()


def test_the_page_cache_round_trips(corpus: tuple[Path, dict[str, bytes]]) -> None:
    from corpusclean.config import Config
    from corpusclean.corpus.hashing import block_keys
    from corpusclean.pipeline import prepare
    from corpusclean.run.cache import dump_cached, load_cached

    raw, _ = corpus
    for path in sorted(raw.rglob("*.txt"))[:5]:
        page = prepare(path.read_bytes(), path.name, Config())
        page.blocks[0].add("chrome", "share_line", 0.5, "detail")
        keys = block_keys(page)
        again, keys_again = load_cached(dump_cached(page, keys))
        assert again == page and keys_again == keys
        assert again.blocks[0].labels == page.blocks[0].labels


ARTICLE = ("The council met on Tuesday evening to discuss the future of the old mill, which has stood "
           "empty for more than twenty years and is now falling apart in several places.\n\n"
           "Several residents spoke in favour of turning the building into a community centre, while "
           "others argued that the cost of the repairs would be far too high for the village budget.\n")


def test_a_page_removed_from_the_input_loses_its_output(tmp_path: Path) -> None:
    """A re-run mirrors the input as it is now: the clean text of a page deleted from raw/
    (or of a page that now fails) is removed; a file corpusclean did not write stops the
    re-run before it touches anything."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "news").mkdir(parents=True)
    (raw / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "news" / "b.txt").write_text(ARTICLE.replace("mill", "bridge"), encoding="utf-8")
    (raw / "gone").mkdir()
    (raw / "gone" / "c.txt").write_text(ARTICLE.replace("mill", "school"), encoding="utf-8")
    assert clean(raw, out).returncode == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    assert (out / "gone" / "c.txt").exists()
    (raw / "news" / "b.txt").unlink()
    (raw / "gone" / "c.txt").unlink()
    refused = clean(raw, out)
    assert refused.returncode == 2 and "notes.md" in refused.stderr
    assert (out / "gone" / "c.txt").exists()
    (out / "notes.md").rename(tmp_path / "notes.md")
    assert clean(raw, out).returncode == 0
    assert (out / "news" / "a.txt").exists()
    assert not (out / "news" / "b.txt").exists()
    assert not (out / "gone").exists()  # the folder it left empty goes too
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "mine"
    verify = subprocess.run([sys.executable, "-c", "from corpusclean.cli import main; main()", "verify", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_run_killed_after_deleting_stale_outputs_resumes_to_the_same_stats(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A --format jsonl run over a txt run's OUT deletes the text files, then writes stats.json
    saying so. Killed in between, the re-run found nothing left to delete and its stats.json
    said {} where the uninterrupted run's says 2 text files."""
    from corpusclean.config import Config
    from corpusclean.run import writer
    from corpusclean.run.local import run

    raw = tmp_path / "raw"
    _articles(raw, "mill", "bridge")
    jsonl = Config(formats=("jsonl",))
    ref, out = tmp_path / "ref", tmp_path / "out"
    for o in (ref, out):
        run(raw, o, Config(), jobs=1)
    run(raw, ref, jsonl, jobs=1)

    real = writer.write_atomic

    def killed_at_stats(path: Path, data):  # type: ignore[no-untyped-def]
        if path.name == "stats.json":
            raise SystemExit("killed")  # as SIGKILL: after the stale text files were deleted
        real(path, data)

    monkeypatch.setattr(writer, "write_atomic", killed_at_stats)
    with pytest.raises(SystemExit):
        run(raw, out, jsonl, jobs=1)
    assert not list(out.glob("*.txt"))
    monkeypatch.undo()
    stats = run(raw, out, jsonl, jobs=1)
    assert stats["stale_outputs_removed"] == {"text files": 2}
    assert tree(out) == tree(ref)


@pytest.mark.parametrize("first_run_completed", [False, True])
def test_a_page_gone_after_a_run_killed_while_writing_is_removed_not_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_run_completed: bool) -> None:
    """Killed after writing some pages' texts and before listing them (written.txt is replaced
    at the end), then a page deleted from the input: its text is no file of the user's. Each
    name is listed in writing.txt before its file is written, so the re-run deletes it and
    ends as a fresh run over the input as it is now. With a completed run before, the page
    is one added since, its text in no complete run's list."""
    from corpusclean.config import Config
    from corpusclean.run import writer
    from corpusclean.run.local import run

    raw, out, ref = tmp_path / "raw", tmp_path / "out", tmp_path / "ref"
    _articles(raw, "bridge", "mill", "school", "tower")
    if first_run_completed:
        run(raw, out, Config(), jobs=1)
    (raw / "abbey.txt").write_text(ARTICLE.replace("mill", "abbey"), encoding="utf-8")
    real = writer.write_atomic
    texts: list[str] = []

    def killed_at_the_third_text(path: Path, data):  # type: ignore[no-untyped-def]
        if path.suffix == ".txt" and ".corpusclean" not in path.parts:
            texts.append(path.name)
            if len(texts) == 3:
                raise SystemExit("killed")  # as SIGKILL: abbey.txt and bridge.txt written, listed nowhere else
        real(path, data)

    monkeypatch.setattr(writer, "write_atomic", killed_at_the_third_text)
    with pytest.raises(SystemExit):
        run(raw, out, Config(), jobs=1)
    monkeypatch.undo()
    assert (out / "abbey.txt").exists()
    (raw / "abbey.txt").unlink()
    stats = run(raw, out, Config(), jobs=1)  # was refused: "holds files corpusclean did not write (abbey.txt)"
    assert not (out / "abbey.txt").exists()
    assert not (out / ".corpusclean" / "writing.txt").exists()
    assert stats["stale_outputs_removed"] == {}, "no complete run wrote abbey.txt: nothing stale to count"
    run(raw, ref, Config(), jobs=1)
    assert tree(out) == tree(ref)


def test_a_format_no_longer_written_leaves_no_folder(tmp_path: Path) -> None:
    """A run without --format jsonl over a jsonl run's OUT (or a killed one's, whose shard was
    still a temporary file) ends as a fresh txt run: no empty documents/ or attributes/."""
    from corpusclean.config import Config
    from corpusclean.run.local import run

    raw, out, ref = tmp_path / "raw", tmp_path / "out", tmp_path / "ref"
    _articles(raw, "mill", "bridge")
    run(raw, out, Config(formats=("txt", "jsonl"), attributes=True), jobs=1)
    assert (out / "documents").is_dir() and (out / "attributes").is_dir()
    run(raw, out, Config(), jobs=1)
    run(raw, ref, Config(), jobs=1)
    assert not (out / "documents").exists() and not (out / "attributes").exists()
    assert sorted(p.name for p in out.iterdir() if p.name != ".corpusclean") == sorted(
        p.name for p in ref.iterdir() if p.name != ".corpusclean")


def test_a_change_of_code_prepares_the_pages_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is keyed by the code too: labels made by other rules are not reused."""
    from corpusclean.api import clean_dir
    from corpusclean.run import tasks

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def cached() -> dict[Path, int]:
        return {p: p.stat().st_mtime_ns for p in (out / ".corpusclean").rglob("*") if p.is_file()
                and "sources" in p.parts}

    clean_dir(raw, out, jobs=1)
    first = cached()
    assert first
    time.sleep(0.01)
    clean_dir(raw, out, jobs=1)
    assert cached() == first  # same code: nothing prepared again
    monkeypatch.setattr(tasks, "code_fingerprint", lambda: "0123456789abcdef")
    clean_dir(raw, out, jobs=1)
    assert all(cached()[p] != t for p, t in first.items())


def test_one_state_file_per_source(tmp_path: Path) -> None:
    """Pass one caches each source in one file (its pages and their summaries together); a
    changed source is prepared again alone."""
    from corpusclean.api import clean_dir

    raw, out = tmp_path / "raw", tmp_path / "out"
    _articles(raw, "mill", "bridge", "school")
    (raw / "gone.txt").symlink_to(raw / "missing.txt")  # unreadable: an error page, cached too
    state = out / ".corpusclean"

    clean_dir(raw, out, jobs=1)
    files = sorted(p for p in state.rglob("*") if p.is_file() and "sources" in p.parts)
    assert [p.suffix for p in files] == [".bin"] * 4
    assert "discuss the future of the old bridge" in (out / "bridge.txt").read_text(encoding="utf-8")

    before = {p: p.stat().st_mtime_ns for p in files}
    time.sleep(0.01)
    (raw / "school.txt").write_text(ARTICLE.replace("mill", "library"), encoding="utf-8")
    clean_dir(raw, out, jobs=1)
    changed = {p for p, t in before.items() if p.stat().st_mtime_ns != t}
    assert len(changed) == 1 and b"library" in next(iter(changed)).read_bytes()
    assert "the old library" in (out / "school.txt").read_text(encoding="utf-8")


def _damage(path: Path) -> None:
    """Overwrite part of the first cached page in a source's state file (same length)."""
    data = bytearray(path.read_bytes())
    start = data.index(b"\n") + 20
    data[start : start + 200] = b"A" * len(data[start : start + 200])
    path.write_bytes(bytes(data))


def test_a_damaged_cache_file_is_prepared_again(tmp_path: Path) -> None:
    """A state file damaged on disk between runs is noticed by its digests: the re-run
    prepares that source again and gives the same bytes, with no traceback."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    _articles(raw, "mill", "bridge")
    assert clean(raw, out).returncode == 0
    reference = tree(out)
    for path in (out / ".corpusclean" / "sources").rglob("*.bin"):
        _damage(path)
    res = clean(raw, out)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert tree(out) == reference


def test_a_page_damaged_between_the_passes_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If a cached page's bytes change after pass one wrote them, pass two reports that page
    as an error row (rule damaged_cache) and cleans the others."""
    from corpusclean.api import clean_dir
    from corpusclean.run import tasks

    from .conftest import read_manifest

    raw, out = tmp_path / "raw", tmp_path / "out"
    _articles(raw, "mill", "bridge", "school")
    store = tasks._store

    def store_then_damage(spath: Path, key, pages):  # type: ignore[no-untyped-def]
        summaries = store(spath, key, pages)
        if summaries[0].id == "bridge.txt":
            _damage(spath)
        return summaries

    monkeypatch.setattr(tasks, "_store", store_then_damage)
    stats = clean_dir(raw, out, jobs=1)
    assert stats["pages_error"] == 1
    errors = [r for r in read_manifest(out) if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in errors] == [("bridge.txt", "damaged_cache")]
    assert "run the same command again" in errors[0]["message"]
    assert not (out / "bridge.txt").exists()
    assert "old school" in (out / "school.txt").read_text(encoding="utf-8")
    monkeypatch.undo()
    clean_dir(raw, out, jobs=1)  # the re-run's pass one sees the damage and prepares it again
    assert "old bridge" in (out / "bridge.txt").read_text(encoding="utf-8")
    assert not [r for r in read_manifest(out) if r["category"] == "error"]


# ---------------------------------------------------------------- workers that die

@pytest.mark.skipif(not FORK, reason="the crash is planted by monkeypatching, which reaches forked workers only")
@pytest.mark.parametrize("stage", ["prepare", "decide"])
def test_a_page_that_kills_its_worker_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       stage: str) -> None:
    """A page whose processing kills the worker process (as a segfault or the OOM killer
    would), in pass one or in pass two: that page is an error row (worker_died), the pages
    in flight with it are cleaned as in a run where nothing died, and the run ends normally.
    (A page lost in pass one does not count for its site's repeats, like an unreadable one:
    the others then read as in a run without it.)"""
    import shutil

    from corpusclean.api import clean_dir
    from corpusclean.run import tasks

    from .conftest import read_manifest

    raw, ref, out = tmp_path / "raw", tmp_path / "ref", tmp_path / "out"
    _articles(raw, "mill", "boom", "school")
    clean_dir(raw, ref, jobs=2)
    full = tree(ref)
    if stage == "prepare":
        without = tmp_path / "without"
        shutil.copytree(raw, without)
        (without / "boom.txt").unlink()
        clean_dir(without, ref, jobs=2)
    real = getattr(tasks, stage)

    def deadly(first, *args, **kwargs):  # type: ignore[no-untyped-def]
        page_id = first.id if stage == "decide" else args[0]  # decide(page, ...), prepare(data, id, ...)
        if page_id == "boom.txt":
            os._exit(1)
        return real(first, *args, **kwargs)

    monkeypatch.setattr(tasks, stage, deadly)
    stats = clean_dir(raw, out, jobs=2)
    assert stats["pages_error"] == 1
    errors = [r for r in read_manifest(out) if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in errors] == [("boom.txt", "worker_died")]
    assert "died" in errors[0]["message"]
    for name in ("mill.txt", "school.txt"):
        assert (out / name).read_bytes() == (ref / name).read_bytes()
    assert not (out / "boom.txt").exists()
    monkeypatch.undo()
    clean_dir(raw, out, jobs=2)  # the next run tries the page again
    assert tree(out) == full


def test_a_worker_killed_from_outside_costs_nothing(corpus: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    """SIGKILL to a worker (the OOM killer picking it) in the middle of a -j 2 run: the pool
    is replaced, the tasks in flight run again, and the outputs are the uninterrupted bytes."""
    import psutil

    raw, reference = corpus
    out = tmp_path / "out"
    proc = start(raw, out, "-j", "2", "-q", output=subprocess.PIPE)
    wait_for(lambda: count(out / ".corpusclean" / "sources", "*.bin") >= 60, proc)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers
    workers[0].kill()
    _, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "a worker process died; the pages it held were run again" in err
    assert tree(out) == reference


@pytest.mark.skipif(not FORK, reason="the crash is planted by monkeypatching, which reaches forked workers only")
def test_workers_dying_on_every_page_stop_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When every page kills its worker (a broken library, not broken pages), the run stops
    after MAX_DEATHS_IN_A_ROW pages with one message, instead of restarting a worker for
    each page of the corpus; nothing half-written is left."""
    from click.testing import CliRunner

    from corpusclean.cli import main
    from corpusclean.run import pool, tasks

    raw, out = tmp_path / "raw", tmp_path / "out"
    _articles(raw, *(f"p{i:02d}" for i in range(12)))
    monkeypatch.setattr(pool, "MAX_DEATHS_IN_A_ROW", 5)

    def deadly(data, page_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        os._exit(1)

    monkeypatch.setattr(tasks, "prepare", deadly)
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "2", "-q"])
    assert res.exit_code == 1, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "died on 5 pages in a row" in res.output and "run the same command again" in res.output
    assert not (out / "manifest.jsonl").exists()
    assert count(out, ".tmp-*") == 0


@pytest.mark.skipif(not FORK, reason="the crash is planted by monkeypatching, which reaches forked workers only")
def test_pages_cleaned_between_deaths_keep_the_run_going(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other page kills its worker: a page cleaned in between resets the count, so the
    run finishes (with the limit at 2) and each deadly page is one worker_died row."""
    from corpusclean.api import clean_dir
    from corpusclean.run import pool, tasks

    from .conftest import read_manifest

    raw, out = tmp_path / "raw", tmp_path / "out"
    _articles(raw, *(f"p{i:02d}" for i in range(8)))
    monkeypatch.setattr(pool, "MAX_DEATHS_IN_A_ROW", 2)
    real = tasks.prepare

    def deadly(data, page_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        if int(page_id[1:3]) % 2 == 0:
            os._exit(1)
        return real(data, page_id, *args, **kwargs)

    monkeypatch.setattr(tasks, "prepare", deadly)
    stats = clean_dir(raw, out, jobs=2)
    rows = [(r["page"], r["rule"]) for r in read_manifest(out) if r["category"] == "error"]
    assert rows == [(f"p{i:02d}.txt", "worker_died") for i in range(0, 8, 2)]
    assert stats["pages_error"] == 4


def test_a_cached_page_loads_as_it_was_prepared(corpus: tuple[Path, dict[str, bytes]]) -> None:
    """Pass one's cache gives back the page: its blocks, their labels (a score keeps its
    type: 1 stays 1), and the fingerprints stored beside it."""
    from corpusclean.config import Config
    from corpusclean.model import Block
    from corpusclean.pipeline import prepare
    from corpusclean.run.cache import dump_cached, load_cached

    raw, _ = corpus
    page = prepare(sorted(raw.rglob("*.txt"))[0].read_bytes(), "a.txt", Config())
    assert any(b.labels for b in page.blocks)
    extra = Block(0, 1, "x")
    extra.add("chrome", "gallery", 1)
    page.blocks.append(extra)
    keys = [i if i % 2 else None for i in range(len(page.blocks))]
    again, again_keys = load_cached(dump_cached(page, keys))
    assert again == page and again_keys == keys
    assert type(again.blocks[-1].labels[0].score) is int


def test_a_cached_page_keeps_what_its_input_said_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The input document's id, source, dates and metadata ride in pass one's cache: a re-run
    that prepares no page writes them all the same."""
    import gzip
    import json

    from click.testing import CliRunner

    from corpusclean.cli import main
    from corpusclean.config import Config
    from corpusclean.model import Origin
    from corpusclean.pipeline import prepare
    from corpusclean.run import tasks
    from corpusclean.run.cache import dump_cached, load_cached

    origin = Origin(id="d-1", source="c4", added="2023-01-01T00:00:00.000Z", created="2020-01-01",
                    warc_date="2024-02-20T08:15:00Z", truncated="length", metadata={"license": "cc-by", "n": [1]})
    page = prepare(ARTICLE.encode(), "docs.jsonl/d-1", Config(), origin=origin)
    again, _ = load_cached(dump_cached(page, []))
    assert again.origin == origin

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "docs.jsonl").write_text(json.dumps({"id": "d-1", "text": ARTICLE, "source": "c4",
                                                "metadata": {"license": "cc-by"}}) + "\n", "utf-8")
    args = ["clean", str(raw), str(out), "-q", "-j", "1", "--format", "jsonl"]
    assert CliRunner().invoke(main, args).exit_code == 0
    first = tree(out)

    def no_preparing(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("the re-run prepared a page")

    monkeypatch.setattr(tasks, "prepare", no_preparing)
    assert CliRunner().invoke(main, args).exit_code == 0
    assert tree(out) == first
    (doc,) = [json.loads(line) for line in gzip.decompress((out / "documents" / "part-00000.jsonl.gz").read_bytes())
              .decode("utf-8").splitlines()]
    assert (doc["id"], doc["source"], doc["metadata"]["license"]) == ("d-1", "c4", "cc-by")


# ---------------------------------------------------------------- one big archive

@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """An input folder of one WARC of 300 HTML pages (bench/pack.py), and the outputs of an
    uninterrupted run."""
    import pack

    root = tmp_path_factory.mktemp("archive")
    sitegen.generate(root / "pages", sites=4, pages=300, seed=3)
    raw = root / "raw"
    raw.mkdir()
    assert pack.pack_warc(root / "pages", raw / "crawl.warc.gz") == 300
    ref = root / "reference"
    res = clean(raw, ref)
    assert res.returncode == 0, res.stderr
    return raw, tree(ref)


def test_sigkill_inside_a_big_archive_then_rerun_gives_the_uninterrupted_bytes(
        archive: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    """Pass one writes an archive's pages to its state file as they are prepared: killed
    half-way, that file is a temporary one, and the re-run prepares the archive again; killed
    in pass two, the re-run reuses the archive's cache. Both give the uninterrupted bytes."""
    raw, reference = archive
    out = tmp_path / "out"
    sources = out / ".corpusclean" / "sources"

    def half_written() -> bool:  # pages are being written: the temporary file grows
        return any(p.stat().st_size > 200_000 for p in sources.rglob(".tmp-*")) if sources.exists() else False

    proc = start(raw, out, "-j", "1", "-q")
    wait_for(half_written, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert count(sources, "*.bin") == 0 and count(out, "*.txt") == 0

    proc = start(raw, out, "-j", "1", "-q")
    wait_for(lambda: count(out / "crawl.warc.gz", "*.txt") >= 30, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    [cache] = sources.rglob("*.bin")
    prepared = cache.stat().st_mtime_ns

    res = clean(raw, out)
    assert res.returncode == 0, res.stderr
    assert cache.stat().st_mtime_ns == prepared, "the archive was prepared again"
    assert tree(out) == reference
    assert count(out, ".tmp-*") == 0


def test_an_archive_edited_in_place_is_prepared_again(tmp_path: Path) -> None:
    """The cache key is the archive's content: an edit that keeps its size and its
    modification time is still seen, and the re-run cleans the new text."""
    import pack

    sitegen.generate(tmp_path / "pages", sites=2, pages=20, seed=4)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    warc = raw / "crawl.warc"
    pack.pack_warc(tmp_path / "pages", warc)
    assert clean(raw, out).returncode == 0
    page = next((out / "crawl.warc").rglob("*.txt"))
    text = page.read_text(encoding="utf-8")
    word = max(text.split(), key=len)
    data = warc.read_bytes()
    assert data.count(word.encode()) >= 1
    st = warc.stat()
    warc.write_bytes(data.replace(word.encode(), b"Q" * len(word.encode())))
    os.utime(warc, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert warc.stat().st_size == st.st_size and warc.stat().st_mtime_ns == st.st_mtime_ns
    assert clean(raw, out).returncode == 0
    assert word not in page.read_text(encoding="utf-8")
    assert "Q" * len(word) in page.read_text(encoding="utf-8")


def test_an_archive_written_to_while_it_is_read_is_read_again_next_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the hash of the bytes read ahead; if the file changes while its pages are
    read, the pages may not be those bytes', so they are cached under a key no re-run matches."""
    import json

    from corpusclean.config import Config
    from corpusclean.read.discover import find_sources
    from corpusclean.run import tasks

    raw, state = tmp_path / "raw", tmp_path / "state"
    raw.mkdir()
    path = raw / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": ARTICLE}) + "\n" for i in range(3)), encoding="utf-8")
    config = Config()
    src = find_sources(raw, None, config).sources[0]
    prepared: list[str] = []
    real = tasks.prepare

    def touching(data, page_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        prepared.append(page_id)
        if len(prepared) == 1:  # the file is written to (same bytes) while it is read
            st = path.stat()
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
        return real(data, page_id, *args, **kwargs)

    monkeypatch.setattr(tasks, "prepare", touching)
    first = tasks.prepare_source(src, config, state)
    assert len(prepared) == 3
    again = tasks.prepare_source(src, config, state)  # not reused: prepared again
    assert len(prepared) == 6 and [s.id for s in again] == [s.id for s in first]
    tasks.prepare_source(src, config, state)  # left alone this time, so cached
    assert len(prepared) == 6
