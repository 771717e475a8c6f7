"""A user's mistakes never cost data: swapped folders, a foreign OUT, a verify that checked
nothing, two runs at once, workers left behind, and the other slips a new user makes.

Each test goes through the CLI and checks the exit code, the message, and that the user's
files are byte-identical afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpusclean.cli import main
from corpusclean.run.guard import run_lock

from .conftest import output_tree, read_manifest
from .test_bad_input import GOOD_A, GOOD_B
from .test_bad_input import KEPT_A as KEPT_A_BAD

# the two good pages of test_bad_input: a council article and a harbour article, each with chrome
PAGE_A, PAGE_B, KEPT_A = GOOD_A, GOOD_B, KEPT_A_BAD


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (the state folder included) by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def make_raw(root: Path) -> Path:
    raw = root / "raw"
    (raw / "news").mkdir(parents=True)
    (raw / "news" / "council.txt").write_text(PAGE_A, "utf-8")
    (raw / "fish.txt").write_text(PAGE_B, "utf-8")
    return raw


def cli(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def refused(args: tuple[str, ...], message: str, untouched: tuple[Path, ...]) -> str:
    """`corpusclean ARGS` stops with exit 2 saying `message`, and every folder of
    `untouched` is byte-identical afterwards. Returns the output."""
    before = [snapshot(p) for p in untouched]
    res = cli(*args)
    assert res.exit_code == 2, res.output
    assert message in res.output, res.output
    assert [snapshot(p) for p in untouched] == before
    return res.output


@pytest.fixture
def done(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder and the output of a finished run over it."""
    raw = make_raw(tmp_path)
    out = tmp_path / "clean"
    res = cli("clean", str(raw), str(out), "-j", "1", "-q")
    assert res.exit_code == 0, res.output
    return raw, out


# 1. swapped arguments ------------------------------------------------------------------------

def test_swapped_arguments_touch_nothing(done: tuple[Path, Path]) -> None:
    raw, out = done
    refused(("clean", str(out), str(raw), "-j", "1"), "were RAW and OUT swapped", (raw, out))


def test_a_scrape_folder_is_refused_as_out(done: tuple[Path, Path], tmp_path: Path) -> None:
    """An input tree given as OUT (here with a new, innocent RAW) is not written to."""
    raw, _ = done
    other = tmp_path / "other"
    other.mkdir()
    (other / "page.txt").write_text(PAGE_B, "utf-8")
    output = refused(("clean", str(other), str(raw), "-j", "1"), "not empty and was not written by corpusclean",
                     (raw,))
    assert "fish.txt" in output  # names what it found


# 2. a foreign OUT ------------------------------------------------------------------------------

def test_out_with_the_users_own_files_is_refused(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    out = tmp_path / "mine"
    (out / "news").mkdir(parents=True)
    (out / "news" / "council.txt").write_text("my own notes, not corpusclean's\n", "utf-8")
    (out / "manifest.jsonl").write_text('{"mine": true}\n', "utf-8")
    refused(("clean", str(raw), str(out), "-j", "1"), "was not written by corpusclean", (out,))
    assert not (out / ".corpusclean").exists()


def test_a_file_dropped_into_an_earlier_runs_out_is_refused(done: tuple[Path, Path]) -> None:
    raw, out = done
    (out / "notes.md").write_text("my notes\n", "utf-8")
    refused(("clean", str(raw), str(out), "-j", "1"), "holds files corpusclean did not write (notes.md)", (out,))


def test_a_users_file_named_as_a_page_added_since_is_refused(done: tuple[Path, Path]) -> None:
    """OUT/essay.txt is the user's, though a page raw/essay.txt added later would be written
    there: the last run's listing, not the input's names, says which files are the run's."""
    raw, out = done
    (out / "essay.txt").write_text("my precious notes\n", "utf-8")
    (raw / "essay.txt").write_text(PAGE_B, "utf-8")
    refused(("clean", str(raw), str(out), "-j", "1"), "holds files corpusclean did not write (essay.txt)", (out,))


def test_a_folder_link_in_out_is_refused_and_the_input_survives(done: tuple[Path, Path]) -> None:
    """OUT/news replaced by a link into RAW: a re-run would write its clean text over the
    input's pages through the link (and a --format jsonl run then delete them as stale)."""
    raw, out = done
    shutil.rmtree(out / "news")
    (out / "news").symlink_to(raw / "news", target_is_directory=True)
    for fmt in ("txt", "jsonl"):
        refused(("clean", str(raw), str(out), "-j", "1", "--format", fmt),
                "holds files corpusclean did not write (news (a link to a folder))", (raw,))
    assert (raw / "news" / "council.txt").read_text("utf-8") == PAGE_A


def test_rerun_and_a_committed_out_need_no_force(done: tuple[Path, Path]) -> None:
    raw, out = done
    first = output_tree(out)
    assert cli("clean", str(raw), str(out), "-j", "1", "-q").exit_code == 0
    # a committed output folder: git ignores the state folder, so a fresh clone has none
    shutil.rmtree(out / ".corpusclean")
    res = cli("clean", str(raw), str(out), "-j", "1", "-q")
    assert res.exit_code == 0, res.output
    assert output_tree(out) == first


@pytest.mark.parametrize("odd", ["new\nline.txt", "para\u2029graph.txt", "next\x85line.txt", "tab\tand\rcr.txt"])
def test_a_page_named_with_a_line_break_is_still_ours_on_the_next_run(odd: str, tmp_path: Path) -> None:
    """A file name may hold any character but "/" and NUL; the list of files a run wrote must
    read back the same, or the re-run takes its own output for a user's file and refuses."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / odd).write_text(PAGE_A, "utf-8")
    (raw / "plain.txt").write_text(PAGE_A.replace("council", "board"), "utf-8")
    assert cli("clean", str(raw), str(out), "-j", "1", "-q").exit_code == 0
    first = output_tree(out)
    res = cli("clean", str(raw), str(out), "-j", "1", "-q")  # unchanged: nothing stale, same bytes
    assert res.exit_code == 0, res.output
    assert output_tree(out) == first
    assert json.loads((out / "stats.json").read_text("utf-8")).get("stale_outputs_removed", {}) == {}
    (raw / odd).unlink()  # gone from the input: its output is removed as stale, not refused
    res = cli("clean", str(raw), str(out), "-j", "1", "-q")
    assert res.exit_code == 0, res.output
    assert not (out / odd).exists() and (out / "plain.txt").exists()


def test_an_earlier_runs_output_inside_the_input_is_not_read_as_pages(tmp_path: Path) -> None:
    """One page cleaned into a folder beside it, then the whole folder: the earlier output's
    manifest rows and clean text are no pages of the input; the folder is skipped and counted."""
    raw = tmp_path / "raw"
    (raw / "news").mkdir(parents=True)
    (raw / "news" / "council.txt").write_text(PAGE_A, "utf-8")
    assert cli("clean", str(raw / "news" / "council.txt"), str(raw / "news" / "council.out"), "-q").exit_code == 0
    assert (raw / "news" / "council.out" / "manifest.jsonl").is_file()
    out = tmp_path / "out"
    res = cli("clean", str(raw), str(out), "-j", "1")
    assert res.exit_code == 0, res.output
    pages = [json.loads(line)["page"] for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert pages == ["news/council.txt"]
    assert json.loads((out / "stats.json").read_text("utf-8"))["skipped"] == {"corpusclean output folder": 1}
    assert "1 corpusclean output folder" in res.output


def test_an_empty_or_missing_out_is_fine(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "empty", tmp_path / "new" / "deeper"):
        res = cli("clean", str(raw), str(out), "-j", "1", "-q")
        assert res.exit_code == 0, res.output
        assert KEPT_A in (out / "news" / "council.txt").read_text("utf-8")


# 3. verify checks against the run --------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "shard"), [("jsonl", "part-00000.jsonl.gz"), ("parquet", "part-00000.parquet")])
def test_a_damaged_document_shard_is_a_message_for_verify_and_report(
        fmt: str, shard: str, tmp_path: Path) -> None:
    """A run written only as documents: its shard cut short or emptied is named, not a
    pyarrow traceback or click's bare "Aborted!" (gzip's EOFError)."""
    pytest.importorskip("pyarrow")
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "council.txt").write_text(PAGE_A, "utf-8")
    assert cli("clean", str(raw), str(out), "-j", "1", "-q", "--format", fmt).exit_code == 0
    path = out / "documents" / shard
    for damage in (path.read_bytes()[:100], b""):
        path.write_bytes(damage)
        res = cli("verify", str(out))
        assert res.exit_code != 0 and "Traceback" not in res.output and "Aborted" not in res.output, res.output
        # an empty gzip file is a shard of no rows: the page has no clean text, which verify says
        assert f"{shard} is damaged" in res.output or "no clean text was written" in res.output, res.output
        if damage:
            assert "run `corpusclean clean` again" in res.output
            res = cli("report", str(out))
            assert res.exit_code == 2 and f"{shard} is damaged" in res.output, res.output


def test_verify_fails_for_a_page_gone_from_the_input(done: tuple[Path, Path]) -> None:
    raw, out = done
    assert cli("verify", str(out)).exit_code == 0
    (raw / "fish.txt").unlink()
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "fish.txt: at offset 0: the run had this page but the input" in res.output


def test_verify_fails_for_an_input_page_the_run_did_not_have(done: tuple[Path, Path]) -> None:
    raw, out = done
    (raw / "later.txt").write_text(PAGE_B.replace("herring", "mackerel"), "utf-8")
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "later.txt" in res.output and "not in the run" in res.output


def test_verify_fails_when_a_pages_clean_text_is_missing(done: tuple[Path, Path]) -> None:
    _, out = done
    (out / "fish.txt").unlink()
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "fish.txt" in res.output and "no clean text" in res.output


def test_verify_fails_for_a_manifest_row_given_another_category_and_rule(done: tuple[Path, Path]) -> None:
    """Relabelling a row loses no text, but the manifest is no longer what the run found: its
    rows no longer add up to stats.json, per category and rule."""
    import json

    _, out = done
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    row = json.loads(lines[0])
    row["category"], row["rule"] = ("donation", "payment_details") if row["category"] != "donation" else (
        "chrome", "navigation")
    (out / "manifest.jsonl").write_text("\n".join([json.dumps(row), *lines[1:]]) + "\n", "utf-8")
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "does not add up to the run's counts" in res.output and "0 failed" not in res.output


def test_verify_fails_when_a_pages_words_are_glued_or_split(done: tuple[Path, Path]) -> None:
    """Whitespace may change, not where the words part: a clean text with words run
    together (or one cut in two) fails, as a reflow that glued them would."""
    _, out = done
    text = (out / "fish.txt").read_text("utf-8")
    (out / "fish.txt").write_text(text.replace(" ", "", 3), "utf-8")
    res = cli("verify", str(out))
    assert res.exit_code == 1 and "fish.txt" in res.output and "joins two words the source parts" in res.output
    word = max(text.split(), key=len)
    (out / "fish.txt").write_text(text.replace(word, word[:3] + " " + word[3:], 1), "utf-8")
    res = cli("verify", str(out))
    assert res.exit_code == 1 and "parts two words the source writes as one" in res.output


@pytest.mark.parametrize("damage, says", [
    ('{"page": "fish.txt", "start": 0, "end"\n', "line 3 is not a manifest row (not JSON"),  # cut short
    ("{}\n", "line 3 is not a manifest row (page, start, end, text, category, rule missing"),
    ('{"page": "fish.txt", "start": "0", "end": 4, "text": "Menu", "category": "chrome", "rule": "nav_words"}\n',
     "line 3 is not a manifest row (start missing or of the wrong type)"),
    ("[1, 2]\n", "line 3 is not a manifest row (not a JSON object)"),
])
def test_a_damaged_manifest_is_a_message_for_verify_report_and_show(
        done: tuple[Path, Path], damage: str, says: str) -> None:
    """A manifest edited by hand or cut short: verify, report and show each say which line is
    damaged (exit 2), where they ended in a traceback (JSONDecodeError, KeyError, TypeError)."""
    _, out = done
    rows = (out / "manifest.jsonl").read_text("utf-8").splitlines(keepends=True)
    assert len(rows) > 2
    (out / "manifest.jsonl").write_text("".join(rows[:2]) + damage + "".join(rows[2:]), "utf-8")
    for args in (("verify", str(out)), ("report", str(out)), ("show", str(out), "fish.txt", "--no-color")):
        res = cli(*args)
        assert res.exit_code == 2, (args, res.output)
        assert not isinstance(res.exception, (ValueError, KeyError, TypeError)), (args, res.exception)
        assert f"{out / 'manifest.jsonl'}: {says}" in res.output, (args, res.output)


def test_a_stats_file_that_is_no_record_is_a_message(done: tuple[Path, Path]) -> None:
    _, out = done
    (out / "stats.json").write_text("[]\n", "utf-8")
    res = cli("report", str(out))
    assert res.exit_code == 2 and "stats.json is not a corpusclean stats record" in res.output, res.output


def test_verify_fails_for_a_page_marked_failed_in_pages_jsonl_only(done: tuple[Path, Path]) -> None:
    """verify does not check the text of a page the run could not clean: a page marked failed
    in pages.jsonl (and not in the manifest) hid an edit of its text file."""
    _, out = done
    rows = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    for r in rows:
        if r["page"] == "fish.txt":
            r["error"] = "empty_page"
    (out / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    (out / "fish.txt").write_text("edited by hand\n", "utf-8")
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "fish.txt: at offset 0: the run's list of pages says this page failed, but the manifest" in res.output


def test_verify_fails_for_a_moved_input_and_raw_finds_it(done: tuple[Path, Path], tmp_path: Path) -> None:
    raw, out = done
    moved = tmp_path / "elsewhere" / "scrape"
    moved.parent.mkdir()
    raw.rename(moved)
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "does not exist" in res.output and "--raw" in res.output
    assert "verified 0 pages: 1 failed" in res.output
    res = cli("verify", str(out), "--raw", str(moved))
    assert res.exit_code == 0, res.output
    assert "verified 2 pages: 0 failed" in res.output


def test_run_json_keeps_a_relative_input_and_verify_finds_it_from_elsewhere(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_raw(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli("clean", "-j", "1", "-q").exit_code == 0
    info = json.loads(Path("clean/run.json").read_text("utf-8"))
    assert info["input"] == "raw" and info["input_from_out"] == "../raw"
    monkeypatch.chdir(tmp_path / "raw" / "news")  # another folder: 'raw' is not here
    res = cli("verify", str(tmp_path / "clean"))
    assert res.exit_code == 0, res.output
    assert "verified 2 pages: 0 failed" in res.output


def test_a_run_from_inside_its_input_is_verified_from_anywhere(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`clean . ../clean` from inside the input records the input as "."; verify from another
    folder read that folder as the input, not the run's."""
    raw = make_raw(tmp_path)
    monkeypatch.chdir(raw)
    assert cli("clean", ".", "../clean", "-j", "1", "-q").exit_code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text(PAGE_B.replace("herring", "cod"), "utf-8")
    monkeypatch.chdir(elsewhere)
    res = cli("verify", str(tmp_path / "clean"))
    assert res.exit_code == 0, res.output
    assert "verified 2 pages: 0 failed" in res.output


def test_verify_of_a_run_with_no_pages_fails(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    assert cli("clean", str(raw), str(out), "-j", "1", "-q").exit_code == 1  # no page found
    res = cli("verify", str(out))
    assert res.exit_code == 1, res.output
    assert "nothing to verify" in res.output


def test_report_html_never_lands_in_the_input_or_over_the_run(done: tuple[Path, Path], tmp_path: Path) -> None:
    """`report OUT --html RAW/fish.txt` replaced an input page with the report."""
    raw, out = done
    for target, says in ((raw / "fish.txt", "is in the run's input"), (raw / "news" / "new.html", "is in the run's input"),
                         (out / "manifest.jsonl", "is a file in the output folder"),
                         (out / "news" / "council.txt", "is a file in the output folder"),
                         # a new file in OUT: the next clean into OUT would refuse to run over it
                         (out / "report.html", "is inside the output folder")):
        output = refused(("report", str(out), "--html", str(target)), says, (raw, out))
        assert "--html" in output
    assert not (raw / "news" / "new.html").exists()
    assert not (out / "report.html").exists()
    res = cli("report", str(out), "--html", str(tmp_path / "report.html"))
    assert res.exit_code == 0, res.output
    assert (tmp_path / "report.html").stat().st_size > 0
    assert cli("clean", str(raw), str(out), "-j", "1", "-q").exit_code == 0
    # a report replaces the report it wrote before, and no other file of the user's
    assert cli("report", str(out), "--html", str(tmp_path / "report.html")).exit_code == 0
    (tmp_path / "notes.html").write_text("<p>my notes</p>\n", "utf-8")
    refused(("report", str(out), "--html", str(tmp_path / "notes.html")), "is no corpusclean report", (tmp_path,))


# 4. --lang codes ------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["english", "xx", "zz-ZZ", "klingon"])
def test_an_unknown_lang_is_a_usage_error(bad: str, tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    res = cli("clean", str(raw), str(tmp_path / "out"), "--lang", bad)
    assert res.exit_code == 2, res.output
    assert f"'{bad}' is not a language code" in res.output
    assert "'any'" in res.output and "'auto'" in res.output and " de, " in res.output
    assert not (tmp_path / "out").exists()


def test_a_lang_only_another_detector_knows_names_that_detector(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    res = cli("clean", str(raw), str(tmp_path / "out"), "--lang", "ha")  # Hausa: not in fastText's lid.176
    assert res.exit_code == 2, res.output
    assert "'ha' is not a language code fasttext knows (--lang-detector py3langid knows it)" in res.output
    res = cli("clean", str(raw), str(tmp_path / "out"), "--lang", "ha", "--lang-detector", "py3langid", "-j", "1", "-q")
    assert res.exit_code == 0, res.output


def test_lang_codes_are_read_leniently(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    out = tmp_path / "out"
    res = cli("clean", str(raw), str(out), "--lang", "en-US", "--lang", "DE", "-j", "1", "-q")
    assert res.exit_code == 0, res.output
    assert json.loads((out / "run.json").read_text("utf-8"))["config"]["langs"] == ["de", "en"]
    assert KEPT_A in (out / "news" / "council.txt").read_text("utf-8")


# 5. rules files -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, where", [
    ('[phrases]\nchrome_x = ["Share this", ""]\n', "[phrases] chrome_x: entry 2 is empty"),
    ('[phrases]\nchrome_x = ["   "]\n', "[phrases] chrome_x: entry 1 is empty"),
    ('[[keep]]\npattern = ""\n', "[[keep]] entry 1: pattern '' is empty"),
    ('[[drop]]\npattern = "^Sponsored"\n[[drop]]\npattern = " "\n', "[[drop]] entry 2: pattern ' ' is empty"),
    ('[[keep]]\npattern = ".*"\n', "matches every block"),
    # a family named as a built-in rule of another category: rows chrome/timeout, chrome/headline
    ('[phrases]\ntimeout = ["Share this"]\n', "[phrases] timeout: a built-in rule of category error"),
    ('[phrases]\nheadline = ["Share this"]\n', "[phrases] headline: a built-in rule of category title"),
    # a site that names no site, a key that is no key: silently, the entry did nothing
    ('[[drop]]\npattern = "^Sponsored"\nsite = 5\n', "[[drop]] entry 1: site 5 must be a site's name"),
    ('[[keep]]\npattern = "^Note"\nsites = "example.com"\n', "[[keep]] entry 1: unknown key(s) sites"),
])
def test_empty_rules_are_refused(body: str, where: str, tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    rules = tmp_path / "rules.toml"
    rules.write_text(body, "utf-8")
    res = cli("clean", str(raw), str(tmp_path / "out"), "--rules", str(rules))
    assert res.exit_code == 2, res.output
    assert str(rules) in res.output and where in res.output
    assert not (tmp_path / "out").exists()


# 6. one run per OUT ---------------------------------------------------------------------------

def test_a_second_run_on_the_same_out_is_refused(done: tuple[Path, Path]) -> None:
    raw, out = done
    before = snapshot(out)
    with run_lock(out):  # as a run in progress holds it
        held = snapshot(out)
        res = cli("clean", str(raw), str(out), "-j", "1")
        assert res.exit_code == 2, res.output
        assert "in use by another corpusclean run" in res.output
        assert f"pid {os.getpid()}" in res.output
        assert snapshot(out) == held
    assert {k: v for k, v in snapshot(out).items() if not k.endswith("lock")} == \
        {k: v for k, v in before.items() if not k.endswith("lock")}


def test_a_lock_left_by_a_killed_run_is_taken_over(done: tuple[Path, Path]) -> None:
    raw, out = done
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from corpusclean.run.guard import run_lock\n"
         "with run_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)", str(out)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        res = cli("clean", str(raw), str(out), "-j", "1")
        assert res.exit_code == 2 and f"pid {holder.pid}" in res.output, res.output
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    res = cli("clean", str(raw), str(out), "-j", "1", "-q")
    assert res.exit_code == 0, res.output


# 7. workers end with their run ----------------------------------------------------------------

def test_workers_end_when_the_run_is_killed(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(400):
        (raw / f"p{i:03d}.txt").write_text(PAGE_A.replace("Tuesday", f"day {i}"), "utf-8")
    run = subprocess.Popen([sys.executable, "-m", "corpusclean", "clean", str(raw), str(tmp_path / "out"),
                            "-j", "2", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(run.pid)
        deadline = time.monotonic() + 60
        workers: list = []  # type: ignore[type-arg]
        while time.monotonic() < deadline and len(workers) < 2 and run.poll() is None:
            workers = parent.children(recursive=True)
            time.sleep(0.05)
        assert len(workers) >= 2, "the run ended before its workers could be seen"
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        gone, alive = psutil.wait_procs(workers, timeout=10)
        assert not alive, f"workers still running after their run was killed: {alive}"
    finally:
        if run.poll() is None:
            run.kill()


# 8. files that are not pages ------------------------------------------------------------------

def test_archives_that_are_not_read_are_named(tmp_path: Path) -> None:
    # a crawl folder with a WARC in a compression not read here: the summary names it, so a
    # user sees which archives were never read, not only "1 file skipped (1 archive)"
    raw = make_raw(tmp_path)
    (raw / "crawl-00001.warc.zst").write_bytes(b"\x28\xb5\x2f\xfd" + bytes(64))
    (raw / "crawl-00002.warc.bz2").write_bytes(b"BZh9" + bytes(64))
    res = cli("clean", str(raw), str(tmp_path / "out"), "-j", "1")
    assert res.exit_code == 0, res.output
    assert "2 files skipped (2 archive) [archives not read: crawl-00001.warc.zst, crawl-00002.warc.bz2;" in res.output
    stats = json.loads((tmp_path / "out" / "stats.json").read_text("utf-8"))
    assert stats["skipped_files"] == {"archive": ["crawl-00001.warc.zst", "crawl-00002.warc.bz2"]}


def test_images_pdfs_and_sidecars_are_skipped_not_errors(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    (raw / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    (raw / "news" / "chart.PNG").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (raw / "report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (raw / "news" / "council.json").write_text('{"url": "https://example.org/council"}', "utf-8")
    (raw / "README.md").write_text("# My scrape\n\nPages from example.org, May 2024.\n", "utf-8")
    out = tmp_path / "out"
    res = cli("clean", str(raw), str(out), "-j", "1")
    assert res.exit_code == 0, res.output
    assert "5 files skipped (2 image, 2 sidecar, 1 pdf)" in res.output
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["skipped"] == {"image": 2, "pdf": 1, "sidecar": 2} and stats["files_skipped"] == 5
    # named where a user may have meant them to be read; images only counted
    assert stats["skipped_files"] == {"pdf": ["report.pdf"], "sidecar": ["README.md", "news/council.json"]}
    assert stats["pages"] == 2 and stats["pages_error"] == 0
    assert not any(r["category"] == "error" for r in read_manifest(out))
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")
                  if ".corpusclean" not in p.parts) == ["fish.txt", "news/council.txt"]
    assert cli("verify", str(out)).exit_code == 0


def test_include_and_exclude_choose_the_files(tmp_path: Path) -> None:
    raw = make_raw(tmp_path)
    (raw / "notes.md").write_text(PAGE_B.replace("herring", "sardine"), "utf-8")
    (raw / "drafts").mkdir()
    (raw / "drafts" / "draft.txt").write_text(PAGE_A.replace("parks", "roads"), "utf-8")
    out = tmp_path / "out"
    res = cli("clean", str(raw), str(out), "-j", "1", "--include", "*.md,*.txt", "--exclude", "drafts/*")
    assert res.exit_code == 0, res.output
    assert "1 file skipped (1 excluded)" in res.output
    assert (out / "notes.md.txt").exists() and not (out / "drafts").exists()
    res = cli("verify", str(out))  # verify sees the same files as the run
    assert res.exit_code == 0 and "verified 3 pages" in res.output, res.output


# 9. outputs an earlier run wrote --------------------------------------------------------------

def test_a_rerun_says_which_earlier_outputs_it_deleted(done: tuple[Path, Path]) -> None:
    raw, out = done
    res = cli("clean", str(raw), str(out), "-j", "1", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    assert "deleted the earlier run's outputs this run does not write: 2 text files" in res.output
    assert not list(out.glob("*.txt"))
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["stale_outputs_removed"] == {"text files": 2}
    res = cli("clean", str(raw), str(out), "-j", "1", "--format", "txt")
    assert "1 JSONL shards" in res.output, res.output


# 10. --scheduler ------------------------------------------------------------------------------

def test_scheduler_implies_the_dask_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpusclean.run import dask_backend

    calls: list[str | None] = []

    def fake_run_dask(raw, out, config, *, scheduler=None, progress=False):  # type: ignore[no-untyped-def]
        calls.append(scheduler)
        return {"pages": 1, "pages_error": 0, "chars_in": 0, "chars_out": 0}

    monkeypatch.setattr(dask_backend, "run_dask", fake_run_dask)
    raw = make_raw(tmp_path)
    res = cli("clean", str(raw), str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786", "-q")
    assert res.exit_code == 0, res.output
    assert calls == ["tcp://127.0.0.1:8786"]
    res = cli("clean", str(raw), str(tmp_path / "out"), "--backend", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert res.exit_code == 2 and "cannot go with --backend local" in res.output, res.output
    assert "implies --backend dask" in cli("clean", "--help").output


# 11. clean - without OUT ----------------------------------------------------------------------

def test_clean_dash_without_out_writes_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = cli("clean", "-", input=PAGE_A.encode())
    assert res.exit_code == 0, res.output
    assert KEPT_A in res.output and "Share this" not in res.output
    assert list(tmp_path.iterdir()) == []  # no file named 'clean' (or anything else)


def test_clean_dash_replaces_no_file_it_did_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`clean - page.html < page.html` replaced the page with its clean text, and a page that
    failed emptied the file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE_A, "utf-8")
    (tmp_path / "mine.jsonl").write_text('{"mine": true}\n', "utf-8")
    for args, data in ((("page.txt",), PAGE_A), (("new.txt", "--manifest", "mine.jsonl"), PAGE_A), (("page.txt",), "")):
        res = cli("clean", "-", *args, input=data.encode())
        assert res.exit_code in (1, 2), res.output
    assert (tmp_path / "page.txt").read_text("utf-8") == PAGE_A
    assert (tmp_path / "mine.jsonl").read_text("utf-8") == '{"mine": true}\n'
    assert not (tmp_path / "new.txt").exists()
    # its own file of the same command before: a re-run; a page that fails writes nothing
    for _ in range(2):
        res = cli("clean", "-", "out.txt", "--manifest", "rows.jsonl", input=PAGE_A.encode())
        assert res.exit_code == 0, res.output
    assert KEPT_A in (tmp_path / "out.txt").read_text("utf-8")
    res = cli("clean", "-", "empty.txt", input=b"")
    assert res.exit_code == 1 and "empty" in res.output and not (tmp_path / "empty.txt").exists()


def test_out_dash_for_a_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = make_raw(tmp_path)
    monkeypatch.chdir(tmp_path)
    res = cli("clean", str(raw), "-")
    assert res.exit_code == 2 and "standard output" in res.output, res.output
    assert not (tmp_path / "-").exists()


def test_clean_dash_refuses_a_manifest_that_is_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`clean - page.txt --manifest ./page.txt` wrote the manifest over the clean text."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("mine\n", "utf-8")
    res = cli("clean", "-", "page.txt", "--manifest", "./page.txt", input=PAGE_A.encode())
    assert res.exit_code == 2, res.output
    assert "--manifest page.txt is OUT itself" in res.output
    assert (tmp_path / "page.txt").read_text("utf-8") == "mine\n"


def test_the_lang_codes_accepted_are_the_models_own() -> None:
    """--lang is checked against label lists kept as data (no model is loaded to check an
    option); they must be the labels the installed models really have."""
    from corpusclean.lang.backends import FT_LABELS, LD_LABELS, P3_LABELS, _ft_model, _ld_factory, _p3, _p3_identifier

    _p3_identifier("Latin")
    assert sorted(set(_p3["all"].nb_classes)) == sorted(P3_LABELS)
    assert sorted(_ld_factory().get_lang_list()) == sorted(LD_LABELS)
    # threshold -1 (below any probability): fastText answers every label it has
    ft = {label.removeprefix("__label__") for _, label in _ft_model().predict("hello\n", -1, -1.0, "strict")}
    assert sorted(ft) == sorted(FT_LABELS)



def test_a_run_that_finds_no_page_is_no_success(tmp_path: Path) -> None:
    # An empty (or mistyped, or image-only) input folder cleans nothing: a script that runs
    # corpusclean must not take that for success.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a page")
    res = cli("clean", str(raw), str(tmp_path / "out"), "-j", "1")
    assert res.exit_code == 1, res.output
    assert "no pages found under" in res.output and "1 file skipped (1 image)" in res.output
    assert "Traceback" not in res.output


def test_filters_that_leave_every_file_out_say_so_even_quiet(tmp_path: Path) -> None:
    # With -q the summary line ("5 files skipped (5 excluded)") is not printed; the error
    # alone must say that the filters, not the folder, found nothing.
    raw = make_raw(tmp_path)
    res = cli("clean", str(raw), str(tmp_path / "out"), "-j", "1", "-q", "--include", "*.pdf")
    assert res.exit_code == 1, res.output
    assert "--include/--exclude left out the 2 files there" in res.output, res.output
    assert "skipped as not pages" not in res.output


def test_any_language_with_target_codes_is_refused(tmp_path: Path) -> None:
    # 'any' keeps every language, so "--lang any --lang de" would silently ignore "de"
    raw = make_raw(tmp_path)
    for langs in (("--lang", "any", "--lang", "de"), ("--lang", "de,any"), ("--lang", "any,auto")):
        output = refused(("clean", str(raw), str(tmp_path / "out"), *langs), "'any' keeps every language", (raw,))
        assert "--lang" in output
    assert not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match="cannot go with de"):
        from corpusclean import Config

        Config(langs=("any", "de"))


def test_separate_comments_from_standard_input_is_refused(tmp_path: Path) -> None:
    # one page to a stream has no place for a comments file: they would vanish without a word
    res = cli("clean", "-", "--comments", "separate", input=PAGE_A)
    assert res.exit_code == 2, res.output
    assert "--comments separate" in res.output and "--manifest" in res.output
    res = cli("clean", "-", "--comments", "keep", input=PAGE_A)
    assert res.exit_code == 0 and KEPT_A.splitlines()[0] in res.output
