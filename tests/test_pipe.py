"""`corpusclean clean - -` in real shell pipelines, through the installed `corpusclean` command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from corpusclean import clean_page

EXE = shutil.which("corpusclean")
pytestmark = pytest.mark.skipif(EXE is None, reason="the corpusclean command is not installed (pip install -e .)")

ARTICLE = (
    "The naïve café owner said the new menu, served since March, brought more customers than any "
    "season before, and that she plans to open a second shop in the old bakery next spring."
)
PAGE = f"Home\nNews\nContact\n\n{ARTICLE}\n\nShare this:\nFacebook\nTwitter\n"


def sh(script: str, *args: str, stdin: bytes = b"", cwd: Path | None = None,
       env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run `script` with bash -c, positional args as $1.., output as bytes (never a terminal)."""
    return subprocess.run(["bash", "-c", script, "bash", *args], input=stdin, capture_output=True,
                          cwd=cwd, env={**os.environ, **(env or {})}, timeout=300, check=False)


def test_stdin_to_stdout_is_clean_page(tmp_path: Path) -> None:
    page = tmp_path / "a page.txt"
    page.write_text(PAGE, encoding="utf-8")
    # A C locale must not change the bytes: output is UTF-8 whatever the terminal says.
    r = sh('corpusclean clean - - < "$1"', str(page), env={"LC_ALL": "C", "LANG": "C"})
    assert r.returncode == 0, r.stderr
    assert r.stderr == b"", "no progress or summary on a non-terminal"
    expected = clean_page(PAGE.encode("utf-8")).text
    assert ARTICLE in expected and "Share this" not in expected
    assert r.stdout == (expected + "\n").encode("utf-8")


def test_manifest_file(tmp_path: Path) -> None:
    r = sh('corpusclean clean - - --manifest "$1"', str(tmp_path / "m.jsonl"), stdin=PAGE.encode())
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text("utf-8").splitlines()]
    assert rows == clean_page(PAGE, page_id="-").manifest
    assert {x["page"] for x in rows} == {"-"}
    assert {x["category"] for x in rows} == {"chrome"}
    assert any(x["text"].startswith("Share this:") for x in rows)
    for x in rows:
        assert PAGE[x["start"]:x["end"]] == x["text"]


def test_find_xargs_loop(tmp_path: Path) -> None:
    raw = tmp_path / "raw dir"
    texts = {}
    for i, topic in enumerate(["harbour festival", "river park", "school library"]):
        body = (f"Home\n\nA report on the {topic}, which drew many visitors over the long weekend "
                f"with music, food stalls and talks from local people about its history.\n\nShare this:\n")
        p = raw / f"page {i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(body, encoding="utf-8")
        texts[p.name] = clean_page(body).text
    r = sh("find \"$1\" -name '*.txt' -print0 | sort -z | xargs -0 -I{} sh -c 'corpusclean clean - - < \"{}\"'",
           str(raw))
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""
    assert r.stdout.decode("utf-8") == "".join(texts[k] + "\n" for k in sorted(texts))


def test_unreadable_page_is_an_error_row(tmp_path: Path) -> None:
    r = sh('corpusclean clean - - --manifest "$1"', str(tmp_path / "m.jsonl"), stdin=b"")
    assert r.returncode == 1
    assert r.stdout == b""
    assert r.stderr.decode().strip() == "corpusclean: empty file (0 bytes)"
    (row,) = [json.loads(x) for x in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert (row["category"], row["rule"], row["page"]) == ("error", "empty_page", "-")


def test_stdin_to_file_and_closed_pipe(tmp_path: Path) -> None:
    r = sh('corpusclean clean - "$1"', str(tmp_path / "out.txt"), stdin=PAGE.encode())
    assert r.returncode == 0 and r.stdout == b""
    assert (tmp_path / "out.txt").read_text("utf-8") == clean_page(PAGE).text + "\n"
    # `| head` closes the pipe early: no BrokenPipeError traceback.
    big = ("\n\n".join(f"{ARTICLE} Paragraph {i}." for i in range(400)) + "\n").encode()  # > a 64 kB pipe buffer
    r = sh("corpusclean clean - - | head -c 20", stdin=big)
    assert r.returncode == 0
    assert r.stdout == ARTICLE.encode()[:20]
    assert b"Traceback" not in r.stderr and b"Broken pipe" not in r.stderr


def test_html_is_detected(tmp_path: Path) -> None:
    pytest.importorskip("corpusclean.read.html")
    html = (f"<!DOCTYPE html><html><head><title>Café</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>The café</h1><p>{ARTICLE}</p></article>"
            f"<footer>Share this: Facebook Twitter</footer></body></html>")
    r = sh("corpusclean clean - -", stdin=html.encode())
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert ARTICLE in out
    assert "<p>" not in out and "<nav>" not in out


def test_stream_output_to_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from corpusclean.cli import main

    res = CliRunner().invoke(main, ["clean", "-", str(tmp_path)], input=PAGE.encode())
    assert res.exit_code == 2 and "OUT is a file or '-'" in res.output
    assert list(tmp_path.iterdir()) == []


def test_collapse_whitespace_shortcut() -> None:
    """The shortcut (no double space, all printable: nothing to collapse) holds because every
    character `\\s` matches, but the space, is unprintable; checked over all of Unicode, and
    the result equals the regex on texts made of spaces of every kind."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from corpusclean.segment.blocks import _WS, collapse_whitespace

    ws = re.compile(r"\s")
    assert [hex(cp) for cp in range(0x110000)
            if chr(cp) != " " and ws.match(chr(cp)) and chr(cp).isprintable()] == []
    spaces = [chr(cp) for cp in range(0x3001) if ws.match(chr(cp))]

    @settings(max_examples=300, deadline=None)
    @given(st.text(st.sampled_from([*spaces, "a", "é", "中", ".", "\u200b"]), max_size=20))
    def same(text: str) -> None:
        assert collapse_whitespace(text) == _WS.sub(" ", text)

    same()
