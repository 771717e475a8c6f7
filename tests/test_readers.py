"""Inputs other tools write: WET archives, Dolma/datatrove JSONL, a scraper's {"url", "html"}
lines, Parquet documents. One run reads them all through the same readers as verify."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusclean.cli import main

from .conftest import read_manifest, traced_peak

ARTICLES = [
    ("The harbour board met on Monday to discuss dredging the old channel, which has silted up over "
     "the past ten winters and now keeps the larger fishing boats out at low tide."),
    ("Members agreed to ask the county for a grant and to publish the engineers' report in full before "
     "the summer, so that residents can comment on the plans before any work begins."),
    ("The library on Mill Street reopened on Saturday after two years of repairs, with a new reading "
     "room for children and longer opening hours on weekday evenings."),
    ("Volunteers planted four hundred trees along the river path this winter, and the council has "
     "promised to water them through their first dry summer."),
]
CHROME = "Home | News | Sport | Contact\n\nShare this: Facebook Twitter"


def text_page(i: int) -> str:
    return f"{CHROME}\n\n{ARTICLES[i]}\n\nRelated articles\n"


def html_page(i: int) -> str:
    return (f"<!doctype html><html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/news'>News</a></nav><article><h1>Story {i}</h1><p>{ARTICLES[i]}</p>"
            f"<p>{ARTICLES[(i + 1) % 4]}</p></article><footer>Contact us</footer></body></html>")


def wet(records: list[tuple[str, str]]) -> bytes:
    """A WET file as Common Crawl writes it: warcinfo, then one conversion record per page."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("CC-MAIN-x.warc.wet.gz", {"software": "test"}))
    for url, text in records:
        body = text.encode()
        headers = [("Content-Type", "text/plain")]
        writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(body),
                                                      length=len(body), warc_headers_dict=dict(headers)))
    return buf.getvalue()


def requests_only() -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url in ("https://example.org/a", "https://example.org/b"):
        req = b"GET / HTTP/1.1\r\n\r\n"
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(req), length=len(req)))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                  payload=io.BytesIO(png), length=len(png), http_headers=http))
    return buf.getvalue()


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "CC-MAIN-1.warc.wet.gz").write_bytes(
        wet([("https://a.example/one", text_page(0)), ("https://a.example/two", text_page(1))]))
    dolma = [{"id": "doc-1", "text": text_page(2), "source": "crawl", "metadata": {"url": "https://b.example/x"}},
             {"id": "doc-2", "text": text_page(3), "source": "crawl", "metadata": {}}]
    (raw / "dolma.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(d) + "\n" for d in dolma).encode()))
    scraped = [{"url": f"https://c.example/{i}", "html": html_page(i)} for i in range(2)]
    (raw / "scraped.jsonl").write_text("".join(json.dumps(d) + "\n" for d in scraped), "utf-8")
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"id": ["p1", "p2"], "content": [html_page(2), text_page(0)],
                      "url": ["https://d.example/1", "https://d.example/2"]})
    pq.write_table(table, raw / "hf.parquet")
    (raw / "requests.warc.gz").write_bytes(requests_only())
    return raw


def test_an_empty_document_file_is_a_no_pages_row(tmp_path: Path) -> None:
    """An empty JSONL (plain, blank lines, gzipped) or a Parquet file of no rows holds no page:
    each is a row of its own, not a file that vanished from the run."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(text_page(0), "utf-8")
    (raw / "empty.jsonl").write_bytes(b"")
    (raw / "blank.jsonl").write_bytes(b"\n\n")
    (raw / "empty.jsonl.gz").write_bytes(gzip.compress(b""))
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), raw / "zero.parquet")
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 1, res.output
    pages = {p["page"]: p["error"] for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    assert pages == {"page.txt": None, "empty.jsonl": "no_pages", "blank.jsonl": "no_pages",
                     "empty.jsonl.gz": "no_pages", "zero.parquet": "no_pages"}
    messages = [r["message"] for r in read_manifest(out) if r["category"] == "error"]
    assert len(messages) == 4 and all("no page in this file" in m for m in messages)
    # verify checks the one page with text, and says the others were not checked
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0, res.output
    assert "verified 1 pages: 0 failed; 4 pages of the run are errors, with no text to check" in res.output


def test_every_record_is_a_page_and_verifies(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(mixed), str(out), "-j", "2"])
    assert res.exit_code == 1, res.output  # the requests-only archive: one no_pages row
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    by_id = {p["page"]: p for p in pages}
    assert set(by_id) == {
        "CC-MAIN-1.warc.wet.gz/a.example/one.txt", "CC-MAIN-1.warc.wet.gz/a.example/two.txt",
        "dolma.jsonl.gz/doc-1", "dolma.jsonl.gz/doc-2",
        "scraped.jsonl/line-000001", "scraped.jsonl/line-000002",
        "hf.parquet/p1", "hf.parquet/p2", "requests.warc.gz"}
    assert by_id["dolma.jsonl.gz/doc-1"]["url"] == "https://b.example/x"
    assert by_id["scraped.jsonl/line-000001"]["kind"] == "html"
    assert by_id["hf.parquet/p1"]["kind"] == "html" and by_id["hf.parquet/p2"]["kind"] == "text"
    assert by_id["requests.warc.gz"]["error"] == "no_pages"
    rows = read_manifest(out)
    err = [r for r in rows if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in err] == [("requests.warc.gz", "no_pages")]
    assert "2 request" in err[0]["message"] and "image/png" in err[0]["message"]
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["skipped_records"]["warcinfo"] == 1 and stats["skipped_records"]["request"] == 2
    # the article of every record is kept, its chrome removed with rows into its own source
    assert ARTICLES[0] in (out / "CC-MAIN-1.warc.wet.gz/a.example/one.txt").read_text("utf-8")
    assert ARTICLES[3] in (out / "dolma.jsonl.gz/doc-2.txt").read_text("utf-8")
    assert ARTICLES[1] in (out / "scraped.jsonl/line-000002.txt").read_text("utf-8")
    assert ARTICLES[2] in (out / "hf.parquet/p1.txt").read_text("utf-8")
    share = [r for r in rows if r["page"] == "dolma.jsonl.gz/doc-1" and r["category"] == "chrome"]
    assert share and all(r["text"] in text_page(2) for r in share)
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 8 pages: 0 failed" in res.output, res.output


def test_exclude_skips_document_files(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(mixed), str(out), "-j", "1", "--exclude", "*.parquet",
                                    "--exclude", "requests.warc.gz"])
    assert res.exit_code == 0, res.output
    assert "2 files skipped (2 excluded)" in res.output
    pages = (out / "pages.jsonl").read_text("utf-8").splitlines()
    assert not any(json.loads(line)["page"].startswith("hf.parquet") for line in pages)


def test_field_names_are_settable(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mine.jsonl").write_text(json.dumps({"key": "a/b", "body": text_page(1), "link": "https://e.example/"})
                                    + "\n" + "not json\n", "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--field", "text=body",
                                    "--field", "id=key", "--field", "url=link"])
    assert res.exit_code == 1, res.output  # the second line is no JSON: an error row
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [(p["page"], p["url"], p["error"]) for p in pages] == [
        ("mine.jsonl/a_b", "https://e.example/", None), ("mine.jsonl/line-000002", None, "bad_record")]
    assert ARTICLES[1] in (out / "mine.jsonl/a_b.txt").read_text("utf-8")
    bad = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "o2"), "--field", "title=x"])
    assert bad.exit_code == 2 and "ROLE one of" in bad.output


def test_dolma_json_gz_shards_are_documents(tmp_path: Path) -> None:
    # Dolma names its document shards documents/*.json.gz (JSON Lines inside); each line is
    # a page, not the whole shard one page of raw JSON
    raw = tmp_path / "raw"
    (raw / "documents").mkdir(parents=True)
    docs = [{"id": "c4-1", "text": text_page(0), "source": "c4", "added": "2023-01-01T00:00:00.000Z",
             "created": "2020-01-01T00:00:00.000Z", "metadata": {"url": "https://f.example/1"}},
            {"id": "c4-2", "text": text_page(1), "source": "c4", "added": "", "created": "", "metadata": {}}]
    (raw / "documents" / "c4-0000.json.gz").write_bytes(
        gzip.compress("".join(json.dumps(d) + "\n" for d in docs).encode()))
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [(p["page"], p["url"]) for p in pages] == [
        ("documents/c4-0000.json.gz/c4-1", "https://f.example/1"), ("documents/c4-0000.json.gz/c4-2", None)]
    kept = (out / "documents/c4-0000.json.gz/c4-1.txt").read_text("utf-8")
    assert ARTICLES[0] in kept and '"source"' not in kept
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 2 pages" in res.output, res.output


def test_raw_html_in_a_text_field_is_an_html_page(tmp_path: Path) -> None:
    # datatrove's WarcReader keeps each page's raw HTML in "text" until an extractor runs;
    # such a dump read as text kept every tag as the page's words
    raw = tmp_path / "raw"
    raw.mkdir()
    docs = [{"id": "w1", "text": html_page(0), "metadata": {"url": "https://g.example/1"}},
            {"id": "t1", "text": text_page(1), "metadata": {}}]
    (raw / "00000.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(d) + "\n" for d in docs).encode()))
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    pages = {p["page"]: p for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    assert pages["00000.jsonl.gz/w1"]["kind"] == "html" and pages["00000.jsonl.gz/w1"]["title"] == "Story 0"
    assert pages["00000.jsonl.gz/t1"]["kind"] == "text"
    kept = (out / "00000.jsonl.gz/w1.txt").read_text("utf-8")
    assert ARTICLES[0] in kept and "<" not in kept and "Home" not in kept
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 2 pages" in res.output, res.output


def test_zstd_compressed_jsonl_shards_are_documents(tmp_path: Path) -> None:
    # Dolma's shards on the Hub are *.json.zst (several zstd frames): they were skipped as
    # "archive"; a damaged one keeps the documents read before the damage and says so
    pa = pytest.importorskip("pyarrow")
    if not pa.Codec.is_available("zstd"):
        pytest.skip("pyarrow without zstd")
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [(json.dumps({"id": f"z{i}", "text": text_page(i % 4)}) + "\n").encode() for i in range(4)]
    frames = b"".join(pa.compress(line, codec="zstd", asbytes=True) for line in lines)
    (raw / "dclm-0000.json.zst").write_bytes(frames)
    many = [(json.dumps({"id": f"c{i:02d}", "text": text_page(i % 4)}) + "\n").encode() for i in range(60)]
    cut = (pa.compress(b"".join(many), codec="zstd", asbytes=True)
           + pa.compress(b"".join(lines) * 50, codec="zstd", asbytes=True)[:-40])
    (raw / "cut.jsonl.zst").write_bytes(cut)
    # named zstd, but random bytes: one bad_zstd row, not a bad_record row for each "line"
    (raw / "junk.jsonl.zst").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 1, res.output  # the damaged files: one bad_zstd row each
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    by_id = {p["page"]: p["error"] for p in pages}
    assert [p for p in by_id if p.startswith("dclm")] == [f"dclm-0000.json.zst/z{i}" for i in range(4)]
    assert by_id["cut.jsonl.zst"] == "bad_zstd" and by_id["junk.jsonl.zst"] == "bad_zstd"
    assert not [p for p in by_id if p.startswith("junk.jsonl.zst/")]
    # pyarrow decodes 8 kB at a time: what lies in the last block before the damage is lost
    assert sum(1 for p, e in by_id.items() if p.startswith("cut.jsonl.zst/") and e is None) >= 30
    assert ARTICLES[3] in (out / "dclm-0000.json.zst/z3.txt").read_text("utf-8")
    err = {r["page"]: r["message"] for r in read_manifest(out) if r["category"] == "error"}
    assert "damaged zstd file: reading stopped after line" in err["cut.jsonl.zst"]
    assert "does not start with zstd's magic number" in err["junk.jsonl.zst"]
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output


# ---------------------------------------------------------------- streaming

def _documents(n: int, size: int) -> list[bytes]:
    """``n`` Dolma-shaped JSONL lines, each with ``size`` bytes of distinct, hardly compressible text."""
    import random

    rng = random.Random(size)
    return [(json.dumps({"id": f"d{i:05d}", "text": " ".join(f"{rng.getrandbits(40):x}" for _ in range(size // 11)),
                         "source": "test"}) + "\n").encode() for i in range(n)]


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "big.json.zst"])
def test_a_document_file_is_read_a_line_at_a_time(tmp_path: Path, name: str) -> None:
    """Reader.stream hands out a JSONL file's documents as it reads them (plain, gzip or
    zstd): the first comes before the file is read past its start, and the file's bytes are
    never held whole."""

    from corpusclean.config import Config
    from corpusclean.read.readers.jsonl import JsonlReader

    lines = _documents(600, 20_000)  # ~12 MB of text
    data = b"".join(lines)
    if name.endswith(".gz"):
        data = gzip.compress(data, compresslevel=1)
    elif name.endswith(".zst"):
        pa = pytest.importorskip("pyarrow")
        if not pa.Codec.is_available("zstd"):
            pytest.skip("pyarrow without zstd")
        data = pa.compress(data, codec="zstd", asbytes=True)
    path = tmp_path / name
    path.write_bytes(data)
    with open(path, "rb") as f:
        found = JsonlReader().stream(name, f, Config())
        assert not isinstance(found.records, list)
        first = next(found.records)
        assert first.id == f"{name}/d00000" and first.data == json.loads(lines[0])["text"].encode()
        assert f.tell() < len(data) // 10
        ids, peak = traced_peak(lambda: [r.id for r in found.records])
        assert not f.closed  # the caller's file: pass one still checks it after reading
    assert ids == [f"{name}/d{i:05d}" for i in range(1, 600)] and found.failure is None
    assert peak < 3_000_000, f"reading a {len(data):,}-byte file held {peak:,} bytes at once"


def test_a_parquet_file_is_read_a_batch_at_a_time(tmp_path: Path) -> None:
    """Parquet rows come batch by batch from the open file, in row order."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from corpusclean.config import Config
    from corpusclean.read.readers.parquet import ParquetReader

    rows = [json.loads(line) for line in _documents(3000, 200)]
    path = tmp_path / "big.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=500)
    with open(path, "rb") as f:
        found = ParquetReader().stream("big.parquet", f, Config())
        assert not isinstance(found.records, list)
        assert next(found.records).id == "big.parquet/d00000"
        assert [r.id for r in found.records] == [f"big.parquet/d{i:05d}" for i in range(1, 3000)]
    assert found.failure is None


def test_a_big_jsonl_is_prepared_in_bounded_memory(tmp_path: Path) -> None:
    """Pass one over a document file holds a page at a time, not the file's pages: four
    times the documents take about the same peak memory (tracemalloc), and every page is
    cached and readable."""

    from corpusclean.config import Config
    from corpusclean.read.discover import find_sources
    from corpusclean.run.tasks import _load, prepare_source

    def peak_of(n: int) -> int:
        raw, state = tmp_path / f"raw{n}", tmp_path / f"state{n}"
        raw.mkdir()
        (raw / "docs.jsonl").write_bytes(b"".join(
            (json.dumps({"id": f"d{i:04d}", "text": text_page(i % 4) + f"\nNote {i}: " + ARTICLES[(i + 1) % 4] * 8})
             + "\n").encode() for i in range(n)))
        config = Config()
        src = find_sources(raw, None, config).sources[0]
        summaries, peak = traced_peak(lambda: prepare_source(src, config, state))
        assert [s.id for s in summaries] == [f"docs.jsonl/d{i:04d}" for i in range(n)]
        assert _load(summaries[-1].cache)[0].id == f"docs.jsonl/d{n - 1:04d}"
        return peak

    peak_of(20)  # the first pages load what every later page shares (models, caches)
    small, big = peak_of(60), peak_of(240)
    assert big < small * 1.6, f"60 documents: peak {small:,} bytes; 240: {big:,}"


def test_json_files_holding_documents_are_read_and_sidecars_are_not(tmp_path: Path) -> None:
    # Hugging Face's Dataset.to_json writes JSON Lines under .json, and to_json(lines=False)
    # or a scraper's json.dump(pages) one array of them: both are documents. A scraper's
    # per-page sidecar (no text, HTML or content field) stays skipped.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "train.json").write_text("".join(json.dumps({"id": f"hf-{i}", "text": text_page(i)}) + "\n"
                                           for i in range(2)), "utf-8")
    (raw / "pages.json").write_text(json.dumps([{"url": f"https://h.example/{i}", "html": html_page(i)}
                                                for i in (2, 3)], indent=2), "utf-8")
    (raw / "array.jsonl").write_text(json.dumps([{"id": "a", "text": text_page(3)}], indent=2), "utf-8")
    (raw / "story.json").write_text(json.dumps({"url": "https://h.example/1", "status": 200,
                                                "title": "Story"}), "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    pages = {p["page"]: p for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    assert sorted(p.split("/")[0] for p in pages) == ["array.jsonl", "pages.json", "pages.json", "train.json",
                                                       "train.json"]
    assert all(p["error"] is None for p in pages.values())
    assert ARTICLES[0] in (out / "train.json/hf-0.txt").read_text("utf-8")
    assert ARTICLES[3] in (out / "array.jsonl/a.txt").read_text("utf-8")
    html_pages = [p for p in pages.values() if p["page"].startswith("pages.json/")]
    assert [p["kind"] for p in html_pages] == ["html", "html"] and html_pages[0]["url"] == "https://h.example/2"
    assert "1 file skipped (1 sidecar)" in res.output
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 5 pages" in res.output, res.output


def test_a_json_array_cut_short_keeps_its_documents_and_says_why(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    whole = json.dumps([{"id": f"d{i}", "text": text_page(i)} for i in range(3)])
    (raw / "docs.jsonl").write_text(whole[: whole.index('{"id": "d2"') + 20], "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [p["page"] for p in pages if not p["error"]] == ["docs.jsonl/d0", "docs.jsonl/d1"]
    [failure] = [p for p in pages if p["error"]]
    [row] = [r for r in read_manifest(out) if r["page"] == failure["page"]]
    assert failure["error"] == "bad_record" and "2 document(s) before it were read" in row["message"], row
    assert res.exit_code == 1


def test_a_txt_file_holding_an_html_document_is_read_as_html(tmp_path: Path) -> None:
    # scrapers save a page's source under .txt as well; a file that opens as an HTML
    # document is cleaned as one, a text dump that mentions tags stays text
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page_0001.txt").write_text(html_page(0), "utf-8")
    (raw / "notes.txt").write_text(f"Use <p> for paragraphs.\n\n{ARTICLES[1]}\n", "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    pages = {p["page"]: p for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    assert pages["page_0001.txt"]["kind"] == "html" and pages["page_0001.txt"]["title"] == "Story 0"
    assert pages["notes.txt"]["kind"] == "text"
    kept = (out / "page_0001.txt").read_text("utf-8")
    assert ARTICLES[0] in kept and "<" not in kept


def test_documents_without_a_url_share_no_site_boilerplate(tmp_path: Path) -> None:
    # a dataset file without URLs mixes many sources: a wire story's lead in four of its
    # documents is no boilerplate of a site they share; with the same folder of text files
    # (one site's scrape) a line on most pages is
    lead = ("The regional transport authority confirmed on Tuesday that the night trains between the two "
            "cities will run again from March, after two years of repairs to the tunnel.")
    docs = [{"id": f"d{i}", "text": f"{lead}\n\n{ARTICLES[i % 4]}\n"} for i in range(4)]
    docs += [{"id": f"e{i}", "text": ARTICLES[i] + "\n"} for i in range(4)]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "news.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    assert not [r for r in read_manifest(out) if r["rule"] == "site_repeated"]
    for i in range(4):
        assert lead in (out / f"news.jsonl/d{i}.txt").read_text("utf-8")
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert {p["site"] for p in pages} == {f"doc:news.jsonl/{d['id']}" for d in docs}
