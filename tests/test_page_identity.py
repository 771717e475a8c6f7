"""Copies of one page (one URL crawled again, one page stored twice) are one page of its site:
they do not make each other's paragraphs look like site boilerplate."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusclean.cli import main

from .conftest import read_manifest

FIXTURE = Path(__file__).parent / "fixtures" / "html" / "article.html"
KEPT = ("The village council met on Tuesday evening to discuss the future of the old mill",
        "After a long debate the council agreed to commission a survey of the structure")


def _archive(url: str, body: bytes) -> bytes:
    """A gzipped WARC written by warcio: warcinfo, then the page's response and request."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=http))
    req = b"GET / HTTP/1.1\r\n\r\n"
    writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(req), length=len(req)))
    return buf.getvalue()


def _clean(raw: Path, out: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", *args])
    assert res.exit_code == 0, res.output
    assert CliRunner().invoke(main, ["verify", str(out)]).exit_code == 0
    return [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]


def _alone(tmp_path: Path) -> str:
    raw = tmp_path / "alone"
    raw.mkdir()
    shutil.copy(FIXTURE, raw / "article.html")
    _clean(raw, tmp_path / "alone-out", "-j", "1")
    return (tmp_path / "alone-out" / "article.html.txt").read_text("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_three_crawls_of_one_url_are_one_page(tmp_path: Path, jobs: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    body = FIXTURE.read_bytes()
    for name in ("crawl-1", "crawl-2", "crawl-3"):
        (raw / f"{name}.warc.gz").write_bytes(_archive("https://example.com/news/article-1", body))
    out = tmp_path / "out"
    pages = _clean(raw, out, "-j", jobs)
    assert len(pages) == 3
    first = pages[0]["page"]
    assert [p["duplicate_of"] for p in pages] == [None, first, first]
    alone = _alone(tmp_path)
    for p in pages:
        text = (out / (p["page"] + ".txt")).read_text("utf-8")
        assert text == alone
        assert all(k in text for k in KEPT)
    assert not [r for r in read_manifest(out) if r["rule"] == "site_repeated"]


def test_one_page_stored_in_three_folders_keeps_its_article(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    for folder in ("a", "b", "c"):
        (raw / folder).mkdir(parents=True)
        shutil.copy(FIXTURE, raw / folder / "article.html")
    out = tmp_path / "out"
    pages = _clean(raw, out, "-j", "2")
    assert [p["duplicate_of"] for p in pages] == [None, "a/article.html", "a/article.html"]
    alone = _alone(tmp_path)
    for folder in ("a", "b", "c"):
        assert (out / folder / "article.html.txt").read_text("utf-8") == alone
    assert not [r for r in read_manifest(out) if r["rule"] == "site_repeated"]


def _site(tmp_path: Path, topics: tuple[str, ...], days: tuple[str, ...], first: int = 0,
          survey: bool = False) -> Path:
    """RAW with one article of the fixture's site per topic: its own URL, topic and day (and
    survey, with `survey`), the site's menu, byline and footer on every page."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = FIXTURE.read_text("utf-8")
    for i, (topic, day) in enumerate(zip(topics, days, strict=True)):
        page = text.replace("article-1", f"article-{i + first}").replace("old mill", f"old {topic}")
        page = page.replace("Tuesday", day)
        if survey:
            page = page.replace("a survey of the structure", f"a survey of the {topic}")
        (raw / f"{topic}.html").write_text(page, "utf-8")
    return raw


def test_distinct_pages_of_a_site_still_share_boilerplate(tmp_path: Path) -> None:
    """The copies rule takes nothing from real site repeats: four different articles with one
    footer still lose the footer as site boilerplate."""
    raw = _site(tmp_path, ("mill", "bridge", "school", "library"), ("Monday", "Tuesday", "Wednesday", "Thursday"))
    out = tmp_path / "out"
    _clean(raw, out, "-j", "1")
    rows = [r for r in read_manifest(out) if r["rule"] == "site_repeated"]
    assert rows and all("of 4 pages" in r.get("detail", "") for r in rows)


def test_an_articles_amp_and_print_copies_are_one_page(tmp_path: Path) -> None:
    """Three copies of one article (its page, AMP and print versions: og:urls of their own, one
    canonical link) among four other articles of the site: its paragraphs stand on one page of
    the site, not three, and stay; the site's footer, on all of them, still goes."""
    raw = _site(tmp_path, ("bridge", "school", "library", "harbour"), ("Monday", "Wednesday", "Thursday", "Friday"),
                first=2, survey=True)
    text = FIXTURE.read_text("utf-8")
    for copy in ("story", "amp", "print"):
        og = f'<meta property="og:url" content="https://example.com/{copy}/article-1">'
        (raw / f"mill-{copy}.html").write_text(text.replace("<title>", og + "<title>", 1), "utf-8")
    out = tmp_path / "out"
    _clean(raw, out, "-j", "1")
    for copy in ("story", "amp", "print"):
        kept = (out / f"mill-{copy}.html.txt").read_text("utf-8")
        assert all(k in kept for k in KEPT), copy
    rows = [r for r in read_manifest(out) if r["rule"] == "site_repeated"]
    assert rows and not any(k in r["text"] for r in rows for k in KEPT)
    assert all("of 5 pages" in r.get("detail", "") for r in rows)
