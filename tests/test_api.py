"""The Python API: clean_page and clean_dir, and the README's example run as written."""

from __future__ import annotations

import doctest
import re
from importlib import resources
from pathlib import Path

import pytest

import corpusclean
import corpusclean.api
from corpusclean import CleanResult, Config, clean_dir, clean_page
from corpusclean.output.corpus_formats import read_texts

README = Path(__file__).resolve().parents[1] / "README.md"

#: The README's "## Python API" example; used when README.md does not exist (yet) or lacks it.
SNIPPET = '''
>>> import corpusclean
>>> page = ("Home\\nNews\\nContact\\n\\n"
...         "The council voted on Tuesday to expand the river park, adding three miles of trail "
...         "along the eastern bank and a new footbridge near the old mill.\\n\\n"
...         "Share this:\\nFacebook\\nTwitter\\n")
>>> result = corpusclean.clean_page(page, url="https://example.org/news/park")
>>> print(result.text)
The council voted on Tuesday to expand the river park, adding three miles of trail along the eastern bank and a new footbridge near the old mill.
>>> share = next(s for s in result.removed if s.text == "Share this:")
>>> share.category, share.rule, share.start, share.end
('chrome', 'share_line', 166, 177)
>>> all(result.source[s.start:s.end] == s.text for s in result.removed)  # code-point offsets
True
>>> result.metadata["site"], result.metadata["chars_in"], result.metadata["chars_out"]
('example.org', 195, 145)

>>> import shutil, tempfile
>>> from pathlib import Path
>>> from corpusclean import Config, clean_dir
>>> from corpusclean.output.corpus_formats import read_texts
>>> work = Path(tempfile.mkdtemp())
>>> (work / "raw").mkdir()
>>> _ = (work / "raw" / "park.txt").write_text(page, encoding="utf-8")
>>> stats = clean_dir(work / "raw", work / "clean", config=Config(formats=("txt", "jsonl")), jobs=1)
>>> stats["pages"], stats["pages_error"]
(1, 0)
>>> sorted(p.name for p in (work / "clean" / "documents").iterdir())
['part-00000.jsonl.gz']
>>> read_texts(work / "clean") == {"park.txt": result.text}
True
>>> shutil.rmtree(work)
'''

ARTICLE = ("The council voted on Tuesday to expand the river park, adding three miles of trail "
           "along the eastern bank and a new footbridge near the old mill.")
PAGE = f"Home\nNews\nContact\n\n{ARTICLE}\n\nShare this:\nFacebook\nTwitter\n"


def readme_example() -> str | None:
    """The first ```python block under the README's "## Python API" heading, if there is one."""
    if not README.exists():
        return None
    text = README.read_text("utf-8")
    m = re.search(r"^## Python API\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    if m is None:
        return None
    block = re.search(r"^```python\s*$\n(.*?)^```", m.group(1), re.M | re.S)
    return block.group(1) if block else None


def run_example(code: str) -> None:
    if ">>>" in code:
        test = doctest.DocTestParser().get_doctest(code, {}, "README Python API", str(README), 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        runner.run(test, out=lambda s: print(s, end=""))
        assert runner.failures == 0, "the Python API example's output changed (see the printout above)"
    else:
        exec(compile(code, "README Python API", "exec"), {"__name__": "readme_example"})


def test_readme_python_api_example() -> None:
    run_example(readme_example() or SNIPPET)


def test_api_docstrings() -> None:
    res = doctest.testmod(corpusclean.api, optionflags=doctest.ELLIPSIS)
    assert res.attempted > 0 and res.failed == 0


def test_clean_page_result() -> None:
    r = clean_page(PAGE)
    assert isinstance(r, CleanResult)
    assert r.text == ARTICLE and r.error is None
    assert r.source == PAGE
    assert r.removed and {s.category for s in r.removed} == {"chrome"}
    for s in r.removed:
        assert r.source[s.start:s.end] == s.text
        assert s.rule and s.lang is None
    assert [(m["start"], m["end"], m["category"], m["rule"], m["text"]) for m in r.manifest] == [
        (s.start, s.end, s.category, s.rule, s.text) for s in r.removed]
    meta = r.metadata
    assert meta["chars_in"] == len(PAGE) and meta["chars_out"] == len(ARTICLE)
    assert meta["removed_chars"] == {"chrome": sum(len(s.text) for s in r.removed)}
    assert meta["kind"] == "text" and meta["lang"] == "en"
    assert clean_page(PAGE.encode("utf-8")).text == r.text, "bytes and str give the same result"


def test_clean_page_kind_and_url() -> None:
    pytest.importorskip("corpusclean.read.html")
    html = f"<!doctype html><html><body><nav>Home | News</nav><article><p>{ARTICLE}</p></article></body></html>"
    r = clean_page(html, url="https://www.example.org/a")
    assert r.metadata["kind"] == "html" and r.metadata["site"] == "example.org"
    assert ARTICLE in r.text and "<p>" not in r.text
    forced = clean_page(html, kind="text")
    assert forced.metadata["kind"] == "text"


def test_clean_page_unreadable_is_a_result_not_an_exception() -> None:
    r = clean_page(b"")
    assert r.text == "" and r.removed == []
    assert r.error == "empty file (0 bytes)"
    assert [(m["category"], m["rule"]) for m in r.manifest] == [("error", "empty_page")]
    r = clean_page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert r.error is not None and r.error.startswith("not a web page")


def test_clean_dir(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    (raw / "site" / "park.txt").write_text(PAGE, encoding="utf-8")
    stats = clean_dir(raw, tmp_path / "out", config=Config(formats=("jsonl",)), jobs=1)
    assert stats["pages"] == 1 and stats["chars_out"] == len(ARTICLE)
    assert read_texts(tmp_path / "out") == {"site/park.txt": ARTICLE}
    assert read_texts(str(tmp_path / "out")) == {"site/park.txt": ARTICLE}  # a path as a str too
    assert not (tmp_path / "out" / "site").exists(), "no .txt tree unless txt is among the formats"
    with pytest.raises(ValueError, match="add jsonl"):
        clean_dir(raw, tmp_path / "out2", config=Config(formats=("txt",), attributes=True))
    assert not (tmp_path / "out2").exists()


def test_package_is_typed() -> None:
    assert resources.files("corpusclean").joinpath("py.typed").is_file()
    assert set(corpusclean.__all__) >= {"clean_page", "clean_dir", "CleanResult", "Config"}


def test_a_str_is_taken_as_text() -> None:
    """A str is text already: its bytes are not sniffed for UTF-16 or a binary format, which
    "0\\x00" (a NUL after an ASCII character, like UTF-16-LE) or control-heavy strs would
    otherwise fool. The same bytes read from a file are guessed at as before."""
    res = clean_page("0\x00\n\n", kind="text")
    assert res.metadata["encoding"] == "utf-8" and res.source == "0\n\n"
    res = clean_page("Ab\x00\x01\x02\x03 and the council met on Tuesday.", kind="text")
    assert res.error is None and "the council met on Tuesday" in res.source
    assert clean_page(b"0\x00\n\n", kind="text").metadata["encoding"] == "utf-16-le"


@pytest.mark.parametrize(("kwargs", "says"), [
    ({"langs": ("xx",)}, "'xx' is not a language code"),
    ({"langs": ("eng",)}, "'eng' is not a language code"),
    ({"formats": ("bogus",)}, "formats ('bogus',)"),
    ({"formats": ()}, "formats ()"),
    ({"title": "bogus"}, "title 'bogus'"),
    ({"comments": "bogus"}, "comments 'bogus'"),
    ({"keep": ("nonsense",)}, "keep ['nonsense']"),
    ({"max_seconds": -1}, "max_seconds must be above 0"),
    ({"max_bytes": 0}, "max_bytes must be above 0"),
    ({"site_min_share": 2}, "site_min_share is a share"),
    ({"lang_detector": "cld3"}, "lang_detector 'cld3'"),
])
def test_a_config_the_cli_would_refuse_is_refused_by_the_api(kwargs: dict, says: str) -> None:  # type: ignore[type-arg]
    """A target language no detector reports made every block foreign and removed it, and an
    unknown format wrote nothing, without a word: the API checks what the CLI checks."""
    with pytest.raises(ValueError, match=re.escape(says)):
        Config(**kwargs)


def test_a_config_normalizes_what_the_cli_normalizes() -> None:
    assert Config(langs=("en-US",)).langs == ("en",)
    assert Config(langs="en,de").langs == ("de", "en"), "a comma-separated string, not its letters"
    assert Config(formats="txt,jsonl").formats == ("txt", "jsonl")
    assert Config(keep=["chrome"]).keep == frozenset({"chrome"})
    text = "Home\n\nThe council voted on Tuesday to approve a new budget for the parks, after a long debate.\n"
    assert "council voted" in clean_page(text, config=Config(langs="en")).text


@pytest.mark.parametrize(("data", "kwargs", "error"), [
    (None, {}, TypeError), (5, {}, TypeError), ("page", {"url": 5}, TypeError),
    ("page", {"url": b"https://example.com/"}, TypeError), ("page", {"kind": "pdf"}, ValueError),
])
def test_a_wrong_argument_is_the_callers_error_not_an_internal_one(data: object, kwargs: dict,  # type: ignore[type-arg]
                                                                   error: type) -> None:
    with pytest.raises(error):
        clean_page(data, **kwargs)  # type: ignore[arg-type]
    text = b"The council voted on Tuesday to approve a new budget for the parks, after a long debate.\n"
    assert "council voted" in clean_page(memoryview(text)).text
