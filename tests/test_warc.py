"""WARC archives: one page per HTML/text response record, at a safe name inside OUT."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusclean import Config
from corpusclean.cli import main
from corpusclean.read.names import NameBook, safe_name
from corpusclean.read.readers.warc import read_archive
from corpusclean.run.tasks import iter_pages

from .conftest import output_tree, read_manifest, traced_peak

ARTICLE = (
    "<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>{title}</h1>"
    "<p>{lead} The harbour board met on Monday to discuss dredging the old channel, which has "
    "silted up over the past ten winters and now keeps the larger fishing boats out at low tide.</p>"
    "<p>Members agreed to ask the county for a grant and to publish the engineers' report in full "
    "before the summer, so that residents can comment on the plans before any work begins.</p>"
    "</article><footer>© Harbour News</footer></body></html>"
)


def _html(title: str, lead: str) -> bytes:
    return ARTICLE.format(title=title, lead=lead).encode()


def _warc(records: list[tuple[str, str, bytes, str]], *, gz: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    info = writer.create_warcinfo_record("test.warc.gz", {"software": "test"})
    writer.write_record(info)
    for url, ctype, body, status in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        # length given: warcio then needs no (unclosed) temporary file to measure the payload
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      length=len(body), http_headers=http))
        req = b"GET / HTTP/1.1\r\n\r\n"
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(req), length=len(req)))
    return buf.getvalue()


RECORDS = [
    ("http://example.com/news/harbour.html", "text/html; charset=utf-8", _html("Harbour", "First."), "200 OK"),
    ("../../etc/passwd", "text/html", _html("Passwd", "Hostile relative."), "200 OK"),
    ("/etc/passwd", "text/html", _html("Absolute", "Hostile absolute."), "200 OK"),
    ("file:///etc/shadow", "text/html", _html("File", "Hostile file URL."), "200 OK"),
    ("http://example.com/news/harbour.html", "text/html", _html("Again", "Duplicate URL."), "200 OK"),
    ("http://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "200 OK"),
    ("http://example.com/moved", "text/html", b"<html><body>Moved</body></html>", "301 Moved Permanently"),
    ("http://example.com/notes.txt", "text/plain", (
        b"Tide tables for the week.\n\nThe harbour master reminds skippers that the channel is "
        b"marked with new buoys since the storm, and that the old red buoy has been removed."), "200 OK"),
    ("http://example.com/search?q=boats&page=2", "text/html", _html("Search", "A query page."), "200 OK"),
]

EXPECTED = [
    "crawl.warc.gz/example.com/news/harbour.html",
    "crawl.warc.gz/_nohost/etc/passwd.html",
    "crawl.warc.gz/_nohost/etc/passwd~2.html",
    "crawl.warc.gz/_nohost/etc/shadow.html",
    "crawl.warc.gz/example.com/news/harbour~2.html",
    "crawl.warc.gz/example.com/notes.txt",
]


def warc_records(rel: str, data: bytes, config: Config) -> list[tuple[str, str | None, bytes | None]]:
    """(page id, URL, body) of each readable page record, as the WARC reader gives them."""
    return [(r.id, r.url, r.data) for r in read_archive(rel, data, config).records if r.data is not None]


def warc_pages(rel: str, data: bytes, config: Config) -> list:  # type: ignore[type-arg]
    """The archive's pages as the run prepares them."""
    return list(iter_pages(rel, read_archive(rel, data, config), config))


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_records_in_file_order_with_safe_names() -> None:
    recs = warc_records("crawl.warc.gz", _warc(RECORDS), Config())
    ids = [r[0] for r in recs]
    assert ids[:6] == EXPECTED
    assert ids[6].startswith("crawl.warc.gz/example.com/search_") and ids[6].endswith(".html")
    assert [r[1] for r in recs][:2] == ["http://example.com/news/harbour.html", "../../etc/passwd"]
    assert recs[0][2] == RECORDS[0][2]


def test_run_writes_one_text_per_record_inside_out(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "crawl.warc.gz").write_bytes(_warc(RECORDS))
    (raw / "plain.warc").write_bytes(_warc(RECORDS[:1], gz=False))
    before = _files(tmp_path)
    runner = CliRunner()
    res = runner.invoke(main, ["clean", str(raw), str(out), "-j", "2", "-q"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["verify", str(out)])
    assert res.exit_code == 0, res.output
    assert "verified 8 pages: 0 failed" in res.output
    # Nothing written outside OUT, nothing added to the input.
    new = _files(tmp_path) - before
    assert all(p.startswith("out/") for p in new)
    assert _files(raw) == {"crawl.warc.gz", "plain.warc"}
    texts = {p for p in _files(out) if p.endswith(".txt") and not p.startswith(".corpusclean")}
    want = {p if p.endswith(".txt") else p + ".txt" for p in EXPECTED} | {"plain.warc/example.com/news/harbour.html.txt"}
    assert want <= texts
    assert len(texts) == 8
    first = (out / "crawl.warc.gz/example.com/news/harbour.html.txt").read_text("utf-8")
    assert first.startswith("First. The harbour board met on Monday")
    assert "Home" not in first and "Harbour News" not in first
    assert "Duplicate URL." in (out / "crawl.warc.gz/example.com/news/harbour~2.html.txt").read_text("utf-8")
    assert "Hostile relative." in (out / "crawl.warc.gz/_nohost/etc/passwd.html.txt").read_text("utf-8")
    notes = (out / "crawl.warc.gz/example.com/notes.txt").read_text("utf-8")
    assert "the old red buoy has been removed" in notes
    pages = {r["page"] for r in read_manifest(out)}
    assert not any(r["category"] == "error" for r in read_manifest(out))
    assert "crawl.warc.gz/example.com/news/harbour.html" in pages


ROMANIAN = ("Consiliul local a votat marți extinderea parcului de pe malul râului: de-a lungul malului estic "
            "vor fi amenajați trei kilometri de alei și o nouă pasarelă pietonală lângă vechea moară.")


def test_a_charset_declared_only_in_the_http_header_is_followed(tmp_path: Path) -> None:
    # a legacy page that names its code page only in the server's Content-Type header, as
    # many do: read as a browser reads it (ISO 8859-16's "ș", "ț"; guessed, Windows-1250's
    # "ş", "ţ"), and verify recomputes the same text
    body = (f"<html><head><title>Parcul</title></head><body><nav><a href='/'>Acasă</a></nav>"
            f"<article><p>{ROMANIAN}</p><p>{ROMANIAN}</p></article></body></html>").encode("iso8859_16")
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    archive = _warc([("http://example.ro/parc", "text/html; charset=ISO-8859-16", body, "200 OK")])
    (raw / "crawl.warc.gz").write_bytes(archive)
    pages = warc_pages("crawl.warc.gz", archive, Config(langs=("any",)))
    assert pages[0].encoding == "iso8859-16"
    assert ROMANIAN in pages[0].source
    runner = CliRunner()
    assert runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--lang", "any"]).exit_code == 0
    assert ROMANIAN in (out / "crawl.warc.gz/example.ro/parc.html.txt").read_text("utf-8")
    res = runner.invoke(main, ["verify", str(out)])
    assert "verified 1 pages: 0 failed" in res.output, res.output


def test_truncated_archive_keeps_the_readable_records(tmp_path: Path) -> None:
    data = _warc(RECORDS[:3], gz=True)
    offsets = []
    it = ArchiveIterator(io.BytesIO(data))
    for _ in it:
        offsets.append(it.get_record_offset())
    cut = data[: offsets[5] + 30]  # into the third response record (after warcinfo, 2 x response+request)
    pages = warc_pages("cut.warc.gz", cut, Config())
    ok = [p for p in pages if p.error is None]
    errors = [p for p in pages if p.error is not None]
    assert [p.id for p in ok] == ["cut.warc.gz/example.com/news/harbour.html", "cut.warc.gz/_nohost/etc/passwd.html"]
    assert len(errors) == 1 and errors[0].id == "cut.warc.gz"
    assert errors[0].error_code == "bad_warc"
    assert "damaged WARC" in errors[0].error
    # verify sees the same readable records
    assert [r[0] for r in warc_records("cut.warc.gz", cut, Config())] == [p.id for p in ok]
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "cut.warc.gz").write_bytes(cut)
    runner = CliRunner()
    res = runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 1  # an error row was written
    rows = [r for r in read_manifest(out) if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in rows] == [("cut.warc.gz", "bad_warc")]
    assert runner.invoke(main, ["verify", str(out)]).exit_code == 0


@pytest.mark.parametrize("gz", [True, False])
def test_last_record_cut_inside_its_body_is_an_error_not_half_a_page(gz: bool, tmp_path: Path) -> None:
    # an archive whose last record ends early (an interrupted crawl, a partial download):
    # warcio reads what is there without a word; that record is an error row naming the
    # loss, not a page of half its text, and the records before it are pages as usual
    data = _warc(RECORDS[:2], gz=gz)
    offsets = []
    it = ArchiveIterator(io.BytesIO(data))
    for _ in it:
        offsets.append(it.get_record_offset())
    cut = data[: offsets[3] + (offsets[4] - offsets[3]) * 2 // 3]  # two thirds into the second response
    name = "cut.warc.gz" if gz else "cut.warc"
    pages = warc_pages(name, cut, Config())
    assert [(p.id, p.error_code) for p in pages] == [
        (f"{name}/example.com/news/harbour.html", ""), (f"{name}/_nohost/etc/passwd.html", "bad_warc")]
    assert "cut short" in pages[1].error and "bytes are missing" in pages[1].error
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / name).write_bytes(cut)
    runner = CliRunner()
    assert runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"]).exit_code == 1
    assert [(r["page"], r["rule"]) for r in read_manifest(out) if r["category"] == "error"] == [
        (f"{name}/_nohost/etc/passwd.html", "bad_warc")]
    assert not (out / name / "_nohost/etc/passwd.html.txt").exists()
    res = runner.invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 1 pages" in res.output, res.output


def _three(kind: str) -> bytes:
    """Three records of one kind: HTML responses (gzipped or plain) or WET conversion records."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=kind != "plain")
    for i in range(3):
        url = f"http://example.com/news/story-{i}.html"
        if kind == "wet":
            body = f"The council met on Tuesday, story {i}.\nMembers argued for hours about the plan.\n".encode()
            writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(body),
                                                          length=len(body), warc_headers_dict={"Content-Type": "text/plain"}))
        else:
            body = _html(f"Story {i}", "The council met on Tuesday.")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=http))
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["gz", "plain", "wet"])
def test_an_archive_cut_inside_a_record_always_says_so(kind: str) -> None:
    """Wherever a download stops inside the second record (its WARC header, its HTTP
    header, its body, a gzip member's last bytes), the reading says the archive is cut:
    an error row for the record or the archive's failure, never two pages and silence.
    Only a cut at a record's very end (its closing blank lines) reads as a whole archive."""
    data = _three(kind)
    offsets = []
    it = ArchiveIterator(io.BytesIO(data))
    for _ in it:
        offsets.append(it.get_record_offset())
    name = "cut.warc.wet.gz" if kind == "wet" else ("cut.warc" if kind == "plain" else "cut.warc.gz")
    silent = []
    for cut in range(offsets[1] + 1, offsets[2] - 4, 3):
        found = read_archive(name, data[:cut], Config())
        records = list(found.records)
        if found.failure is None and all(r.data is not None for r in records):
            silent.append(cut)
    assert not silent, f"cuts read as a whole archive: {silent[:10]}"


def test_a_response_without_a_target_uri_is_one_error_row_and_the_rest_is_read() -> None:
    """warcio raised on a response record naming no WARC-Target-URI, and the archive ended there."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        body = _html(f"Story {i}", "The council met on Tuesday.")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"http://example.com/{i}.html", "response", payload=io.BytesIO(body),
                                           length=len(body), http_headers=http)
        if i == 1:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    found = read_archive("crawl.warc.gz", buf.getvalue(), Config())
    records = list(found.records)
    assert found.failure is None
    assert [(r.id, r.code) for r in records] == [
        ("crawl.warc.gz/example.com/0.html", ""), ("crawl.warc.gz/_nohost/index.html", "bad_record"),
        ("crawl.warc.gz/example.com/2.html", "")]
    assert "without a WARC-Target-URI" in records[1].error


def _responses(records: list[tuple[str, list[tuple[str, str]], bytes]]) -> bytes:
    """A WARC of response records with exactly the HTTP headers given (none added)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, headers, body in records:
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      length=len(body), http_headers=http))
    return buf.getvalue()


def test_a_response_without_content_type_is_sniffed_as_a_browser_does() -> None:
    # no Content-Type header: an HTML body is a page (as a browser sniffs it), anything else
    # is still skipped and counted, never guessed at
    archive = _responses([("http://example.com/a", [], _html("Sniffed", "No header.")),
                          ("http://example.com/b", [], b'{"json": true}'),
                          ("http://example.com/c", [], b"\xef\xbb\xbf  <!DOCTYPE html><html><body><p>x</p></body></html>")])
    found = read_archive("c.warc.gz", archive, Config())
    assert [(r.id, r.kind) for r in found.records] == [
        ("c.warc.gz/example.com/a.html", "html"), ("c.warc.gz/example.com/c.html", "html")]
    assert found.records[0].data == _html("Sniffed", "No header.")
    assert found.skipped == {"no content type": 1}


@pytest.mark.parametrize("encoding", ["br", "zstd"])
def test_a_body_in_an_encoding_warcio_cannot_undo_is_an_error_row(encoding: str, tmp_path: Path) -> None:
    # warcio passes such a body through still compressed: it must not become a page of
    # compressed bytes read as text (nor a "binary data" error that hides the cause)
    from warcio.bufferedreaders import BufferedReader

    if encoding in BufferedReader.get_supported_decompressors():
        pytest.skip(f"warcio decodes {encoding} here")
    squeezed = bytes(range(7, 250)) + b"compressed"
    archive = _responses([
        ("http://example.com/ok", [("Content-Type", "text/html"), ("Content-Encoding", "identity")],
         _html("Plain", "Not compressed.")),
        ("http://example.com/z", [("Content-Type", "text/html"), ("Content-Encoding", encoding.upper())], squeezed)])
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "enc.warc.gz").write_bytes(archive)
    assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"]).exit_code == 1
    err = [r for r in read_manifest(out) if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in err] == [("enc.warc.gz/example.com/z.html", "unreadable_page")]
    assert f"Content-Encoding: {encoding}" in err[0]["message"]
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [(p["page"], p["url"], p["error"]) for p in pages] == [
        ("enc.warc.gz/example.com/ok.html", "http://example.com/ok", None),
        ("enc.warc.gz/example.com/z.html", "http://example.com/z", "unreadable_page")]


def test_a_warc_gzipped_as_one_whole_file_is_read_to_its_end() -> None:
    # `gzip crawl.warc` makes one gzip stream, not one member per record: warcio refuses it
    # after the first record, and the sound archive was "damaged" with one page
    import gzip

    records = [(f"http://example.com/p{i}", "text/html", _html(f"P{i}", f"Page {i}."), "200 OK") for i in range(40)]
    whole = gzip.compress(_warc(records, gz=False))
    found = read_archive("w.warc.gz", whole, Config())
    assert found.failure is None
    assert [r.id for r in found.records] == [f"w.warc.gz/example.com/p{i}.html" for i in range(40)]
    assert found.records[39].data == records[39][2]
    # cut short, it keeps the pages before the damage and says the archive is damaged
    cut = read_archive("w.warc.gz", whole[: len(whole) * 3 // 4], Config())
    assert cut.failure is not None and cut.failure[1] == "bad_warc"
    ok = [r.id for r in cut.records if r.data is not None]
    assert 5 < len(ok) < 40 and ok == [f"w.warc.gz/example.com/p{i}.html" for i in range(len(ok))]


@pytest.mark.parametrize("data", [b"", b"this is not a warc file at all\n" * 10, b"\x1f\x8b\x08\x00garbage"])
def test_not_a_warc_is_one_error_page(data: bytes) -> None:
    pages = warc_pages("x.warc.gz", data, Config())
    assert [p.id for p in pages] == ["x.warc.gz"]
    assert pages[0].error_code == "bad_warc"


def test_oversize_record_is_an_error_page() -> None:
    big = _html("Big", "Big page." + " word" * 5000)
    pages = warc_pages("w.warc", _warc([RECORDS[0], ("http://example.com/big", "text/html", big, "200 OK")]),
                       Config(max_bytes=len(big) - 1))
    assert [(p.id, p.error is None) for p in pages] == [
        ("w.warc/example.com/news/harbour.html", True), ("w.warc/example.com/big.html", False)]
    assert pages[1].error_code == "too_large"


@pytest.mark.parametrize("url", [
    "../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "http://x/../../a", "http://x/a/%2e%2e/%2e%2e/b",
    "http://x/%2F..%2F..%2Fetc", "http://x/a\x00b/\x01c", "", "http://[::1", "..", "http://x/" + "y" * 1000,
    "http://x/" + "/".join(["d"] * 200), "http://x/.corpusclean/state", "http://x:99999999/a",
])
def test_safe_name_stays_inside(url: str) -> None:
    for kind in ("html", "text"):
        name = safe_name(url, kind)
        parts = name.split("/")
        assert not name.startswith("/") and all(p not in ("", ".", "..") for p in parts)
        assert not any(ord(c) < 32 for c in name)
        assert all(len(p.encode()) <= 140 for p in parts) and len(parts) <= 18
        assert name.endswith(".html" if kind == "html" else ".txt")
        assert not any(p.startswith(".") for p in parts)
        assert not any(p.lower().endswith(".txt") for p in parts[:-1])


def test_names_are_unique_case_folded_and_with_their_outputs() -> None:
    book = NameBook()
    got = [book.claim(n) for n in ["h/a.html", "h/A.html", "h/a.html", "h/a.html.txt", "h/index.html"]]
    assert got == ["h/a.html", "h/A~2.html", "h/a~3.html", "h/a.html~2.txt", "h/index.html"]


def _identified(records: list[tuple[str, bytes, dict[str, str]]]) -> bytes:
    """HTML responses with the given WARC headers (WARC-Record-ID, WARC-Date, WARC-Truncated)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, headers in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                      http_headers=http, warc_headers_dict=headers))
    return buf.getvalue()


IDENTIFIED = [
    ("http://example.com/news/harbour.html", _html("Harbour", "First."),
     {"WARC-Record-ID": "<urn:uuid:11111111-1111-4111-8111-111111111111>", "WARC-Date": "2024-02-20T08:15:00Z"}),
    # the crawler cut this body at its size limit: a page all the same, flagged
    ("http://example.com/news/long.html", _html("Long", "Cut short.")[:-40],
     {"WARC-Record-ID": "<urn:uuid:22222222-2222-4222-8222-222222222222>", "WARC-Date": "2024-02-20T08:16:30Z",
      "WARC-Truncated": "length"}),
]


def test_record_ids_dates_and_truncation_reach_the_outputs(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    recs = read_archive("crawl.warc.gz", _identified(IDENTIFIED), Config()).records
    assert [(r.origin.id, r.origin.warc_date, r.origin.truncated) for r in recs if r.origin] == [
        ("<urn:uuid:11111111-1111-4111-8111-111111111111>", "2024-02-20T08:15:00Z", ""),
        ("<urn:uuid:22222222-2222-4222-8222-222222222222>", "2024-02-20T08:16:30Z", "length")]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "crawl.warc.gz").write_bytes(_identified(IDENTIFIED))
    outs = []
    for name, jobs in (("a", "1"), ("b", "2"), ("a", "2")):  # the last: a re-run over the cache of the first
        out = tmp_path / name
        res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "-j", jobs, "--format", "txt,jsonl,parquet"])
        assert res.exit_code == 0, res.output
        outs.append(output_tree(out))
    assert outs[0] == outs[1] == outs[2], "byte-identical across --jobs and re-runs"

    out = tmp_path / "a"
    pages = {p["page"]: p for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    assert pages["crawl.warc.gz/example.com/news/long.html"]["truncated"] == "length"
    assert pages["crawl.warc.gz/example.com/news/harbour.html"]["truncated"] is None
    assert json.loads((out / "stats.json").read_text("utf-8"))["pages_truncated"] == 1
    assert "Cut short." in (out / "crawl.warc.gz/example.com/news/long.html.txt").read_text("utf-8")

    with gzip.open(out / "documents" / "part-00000.jsonl.gz", "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    rows = pq.read_table(out / "documents" / "part-00000.parquet").to_pylist()
    for got in (docs, rows):
        assert [d["id"] for d in got] == [h["WARC-Record-ID"] for _, _, h in IDENTIFIED], "datatrove's WarcReader's id"
        # the pages declare no date: created is when they were crawled
        assert [d["created"] for d in got] == ["2024-02-20T08:15:00.000Z", "2024-02-20T08:16:30.000Z"]
        assert [d["metadata"]["warc_date"] for d in got] == ["2024-02-20T08:15:00.000Z", "2024-02-20T08:16:30.000Z"]
        assert [d["metadata"]["truncated"] for d in got] == ["", "length"]
        assert [d["metadata"]["page"] for d in got] == list(pages)
        assert [d["metadata"]["url"] for d in got] == [u for u, _, _ in IDENTIFIED]
        assert {d["source"] for d in got} == {"corpusclean"}


def test_a_wet_record_names_the_response_record_it_came_from(tmp_path: Path) -> None:
    """Common Crawl's WET text records carry WARC-Refers-To, the WARC-Record-ID of the response
    record they were extracted from: the output keeps it, the key back to the page's HTML."""
    pq = pytest.importorskip("pyarrow.parquet")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("CC-MAIN-x.warc.wet.gz", {"software": "test"}))
    wet = [("https://example.com/harbour", "<urn:uuid:aaaaaaaa-0000-4000-8000-000000000001>",
            "<urn:uuid:bbbbbbbb-0000-4000-8000-000000000001>"),
           ("https://example.com/ferry", "<urn:uuid:aaaaaaaa-0000-4000-8000-000000000002>",
            "<urn:uuid:bbbbbbbb-0000-4000-8000-000000000002>")]
    for url, own, source in wet:
        body = (f"Home\nNews\n\nThe harbour board met on Monday to discuss {url.rsplit('/', 1)[1]} services "
                "for the winter, and agreed to keep the early sailing running until March.\n").encode()
        writer.write_record(writer.create_warc_record(
            url, "conversion", payload=io.BytesIO(body), length=len(body),
            warc_headers_dict={"Content-Type": "text/plain", "WARC-Record-ID": own, "WARC-Refers-To": source,
                               "WARC-Date": "2024-02-20T08:15:00Z", "WARC-Identified-Content-Language": "eng"}))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "CC-MAIN-x.warc.wet.gz").write_bytes(buf.getvalue())
    (raw / "plain.txt").write_text("The ferry timetable changes on Monday for the whole of the winter season.\n")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "-j", "1", "--format", "txt,jsonl,parquet"])
    assert res.exit_code == 0, res.output
    with gzip.open(out / "documents" / "part-00000.jsonl.gz", "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    rows = pq.read_table(out / "documents" / "part-00000.parquet").to_pylist()
    for got in (docs, rows):
        by_page = {d["metadata"]["page"]: d for d in got}
        assert [(d["id"], d["metadata"]["warc_refers_to"]) for p, d in sorted(by_page.items()) if "wet" in p] == [
            (own, source) for _, own, source in sorted(wet, key=lambda w: w[0])]
        assert by_page["plain.txt"]["metadata"]["warc_refers_to"] == "", "every row has the key: one table"
        assert {d["metadata"]["warc_languages"] for p, d in by_page.items() if "wet" in p} == {"eng"}
        assert by_page["plain.txt"]["metadata"]["warc_languages"] == ""


# ---------------------------------------------------------------- streaming

def _big_warc(path: Path, n: int, size: int) -> list[tuple[str, str, bytes, str]]:
    """A gzipped WARC of ``n`` HTML responses of ``size`` bytes (distinct, hardly compressible)."""
    import random

    rng = random.Random(n)
    records = []
    for i in range(n):
        words = " ".join(f"{rng.getrandbits(40):x}" for _ in range(size // 11))
        records.append((f"http://example.com/p{i:05d}", "text/html", _html(f"P{i}", words), "200 OK"))
    path.write_bytes(_warc(records))
    return records


def test_a_warc_is_read_a_record_at_a_time(tmp_path: Path) -> None:
    """Reader.stream hands out records as it reads: the first page comes before the file is
    read past its first records, and the archive's bytes are never held whole."""

    from corpusclean.read.readers.warc import WarcReader

    path = tmp_path / "big.warc.gz"
    records = _big_warc(path, 400, 20_000)  # ~8 MB of pages, ~5 MB gzipped
    size = path.stat().st_size
    with open(path, "rb") as f:
        found = WarcReader().stream("big.warc.gz", f, Config())
        assert not isinstance(found.records, list) and iter(found.records) is found.records
        first = next(found.records)
        assert first.id == "big.warc.gz/example.com/p00000.html" and first.data == records[0][2]
        assert f.tell() < size // 10  # only the first records were read
        ids, peak = traced_peak(lambda: [r.id for r in found.records])
    assert ids == [f"big.warc.gz/example.com/p{i:05d}.html" for i in range(1, 400)]
    assert found.failure is None and found.skipped == {"warcinfo": 1, "request": 400}
    assert peak < 2_000_000, f"reading a {size:,}-byte file held {peak:,} bytes at once"


def test_a_damaged_archive_streams_its_pages_then_its_failure(tmp_path: Path) -> None:
    """Cut inside a record, the streamed archive still yields every page before the damage
    (with no failure while they come) and then the failure; the run gives those pages and
    the archive's own bad_warc error page."""
    from corpusclean.read.readers.warc import WarcReader

    raw = tmp_path / "raw"
    raw.mkdir()
    whole = tmp_path / "whole.warc.gz"
    _big_warc(whole, 60, 3_000)
    data = whole.read_bytes()
    (raw / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    with open(raw / "cut.warc.gz", "rb") as f:
        found = WarcReader().stream("cut.warc.gz", f, Config())
        before = []
        for rec in found.records:
            assert found.failure is None
            before.append(rec.id)
    assert found.failure is not None and found.failure[1] == "bad_warc"
    ok = before[:-1] if len(before) > 1 else before  # the record cut in two is an error record
    assert 30 < len(before) < 60 and ok == [f"cut.warc.gz/example.com/p{i:05d}.html" for i in range(len(ok))]

    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"]).exit_code == 1
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    good = [p["page"] for p in pages if p["error"] is None]
    assert good == [f"cut.warc.gz/example.com/p{i:05d}.html" for i in range(len(good))] and len(good) > 30
    assert {p["page"]: p["error"] for p in pages}["cut.warc.gz"] == "bad_warc"
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["skipped_records"]["warcinfo"] == 1  # counted once, on the archive's last page


def test_a_streamed_warc_gzipped_whole_passes_each_record_once(tmp_path: Path) -> None:
    """A WARC gzipped as one stream is read twice (warcio stops after its first record); the
    records the first reading passed on are not passed on again."""
    import gzip

    from corpusclean.read.readers.warc import WarcReader

    records = [(f"http://example.com/p{i}", "text/html", _html(f"P{i}", f"Page {i}."), "200 OK") for i in range(30)]
    path = tmp_path / "w.warc.gz"
    path.write_bytes(gzip.compress(_warc(records, gz=False)))
    with open(path, "rb") as f:
        found = WarcReader().stream("w.warc.gz", f, Config())
        ids = [r.id for r in found.records]
    assert ids == [f"w.warc.gz/example.com/p{i}.html" for i in range(30)]
    assert found.failure is None and found.skipped == {"warcinfo": 1, "request": 30}


# ---------------------------------------------------------------- one big archive, several workers

def _archive_corpus(raw: Path) -> None:
    """A WARC cut inside its last records (pages, then its failure), a whole WARC and a JSONL
    of documents: each a file that pass one reads as a stream."""
    raw.mkdir()
    whole = raw.parent / "whole.warc.gz"
    _big_warc(whole, 40, 2_000)
    data = whole.read_bytes()
    (raw / "cut.warc.gz").write_bytes(data[: len(data) * 3 // 4])
    records = [(f"http://example.com/n{i}", "text/html",
                _html(f"Harbour news {i}", f"The ferry timetable changes on day {i}. " * 12), "200 OK")
               for i in range(9)]
    (raw / "news.warc.gz").write_bytes(_warc(records))
    docs = [{"id": f"d{i}", "text": f"Share this\nThe council met on day {i} and voted on the budget. " * 3,
             "source": "test"} for i in range(7)]
    (raw / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), "utf-8")


def test_a_big_archive_is_prepared_in_parts_with_the_same_outputs(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """With several workers, each archive or document file over the size limit is prepared in
    one part per worker (every n-th record), so one big WARC does not keep one core busy while
    the others wait. The outputs are those of one worker byte for byte: every page once, the
    archive's failure and its skipped records once. A re-run with another --jobs reads the
    file in the parts the cache holds, and prepares nothing again."""
    from corpusclean.run import tasks

    raw = tmp_path / "raw"
    _archive_corpus(raw)
    monkeypatch.setattr(tasks, "SPLIT_BYTES", 1)  # every streamed file counts as big
    outs = {}
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"j{jobs}"
        assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", jobs, "-q"]).exit_code == 1  # bad_warc
        outs[jobs] = out
    state_files = {j: sorted((o / ".corpusclean" / "sources").glob("*/*.bin")) for j, o in outs.items()}
    assert [len(state_files[j]) for j in ("1", "2", "3")] == [3, 6, 9]
    one = output_tree(outs["1"])
    assert output_tree(outs["2"]) == one and output_tree(outs["3"]) == one
    pages = [json.loads(line) for line in one["pages.jsonl"].decode().splitlines()]
    ids = [p["page"] for p in pages]
    assert len(ids) == len(set(ids)) and [p["page"] for p in pages if p["error"] == "bad_warc"] == ["cut.warc.gz"]
    assert sum(i.startswith("news.warc.gz/") for i in ids) == 9 and sum(i.startswith("docs.jsonl/") for i in ids) == 7
    stats = json.loads(one["stats.json"])
    assert stats["skipped_records"]["warcinfo"] == 2  # counted once per archive, whatever its parts

    # the same output folders again with another --jobs: each reads the parts its cache holds
    # (a machine with more cores resuming a run prepared 20 GB of WARCs again), the output
    # the same byte for byte
    for jobs, again in (("2", "1"), ("1", "3")):
        before = {f: f.stat().st_mtime_ns for f in state_files[again]}
        assert CliRunner().invoke(main, ["clean", str(raw), str(outs[again]), "-j", jobs, "-q"]).exit_code == 1
        assert {f: f.stat().st_mtime_ns for f in (outs[again] / ".corpusclean" / "sources").glob("*/*.bin")} == before
        assert output_tree(outs[again]) == one


def test_parts_of_an_archive_are_every_nth_record() -> None:
    """iter_pages with part (k, n) prepares records k, k+n, ...; the parts together are the
    whole file once, and only part 0 carries the file's own failure."""
    records = [(f"http://example.com/p{i}", "text/html", _html(f"P{i}", f"Page {i} of the archive."), "200 OK")
               for i in range(7)]
    data = _warc(records)
    cut = data[: len(data) - 40]
    cfg = Config()
    whole = [p.id for p in iter_pages("a.warc.gz", read_archive("a.warc.gz", cut, cfg), cfg)]
    parts = [[p.id for p in iter_pages("a.warc.gz", read_archive("a.warc.gz", cut, cfg), cfg, (k, 3))]
             for k in range(3)]
    pages = [f"a.warc.gz/example.com/p{i}.html" for i in range(7)]
    assert whole == [*pages, "a.warc.gz"]  # the last request record is cut: the archive's failure
    assert parts == [[pages[0], pages[3], pages[6], "a.warc.gz"], [pages[1], pages[4]], [pages[2], pages[5]]]


def test_only_streamed_files_over_the_limit_are_split(tmp_path: Path) -> None:
    from corpusclean.read.discover import Source
    from corpusclean.run.tasks import SPLIT_BYTES, prepare_tasks

    big = tmp_path / "big.warc.gz"
    big.write_bytes(b"\0" * SPLIT_BYTES)
    small = tmp_path / "small.warc.gz"
    small.write_bytes(b"\0" * 100)
    page = tmp_path / "huge.html"
    page.write_bytes(b"\0" * SPLIT_BYTES)
    srcs = [Source(page, "huge.html"), Source(small, "small.warc.gz"), Source(big, "big.warc.gz")]
    tasks = prepare_tasks(srcs, 2, 4)
    assert [[(s.rel, s.part) for s in t] for t in tasks] == [
        [("big.warc.gz", (0, 2))], [("big.warc.gz", (1, 2))], [("huge.html", (0, 1)), ("small.warc.gz", (0, 1))]]
    assert prepare_tasks(srcs, 1, 4) == [srcs]  # one worker: nothing to share


def test_a_part_that_kills_its_worker_is_one_error_row_the_other_parts_stay(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that kills its worker every time takes down its part of the archive, which is
    halved and halved again until the part that holds it is the smallest there is
    (tasks.MAX_PARTS): that part becomes one worker_died row named after it; every other page
    is cleaned as it would be, and the next run (the crash gone) gives every page."""
    import os

    from corpusclean.run import tasks

    from .conftest import FORK

    if not FORK:
        pytest.skip("the crash is planted by monkeypatching, which reaches forked workers only")
    raw = tmp_path / "raw"
    raw.mkdir()
    records = [(f"http://example.com/n{i}", "text/html",
                _html(f"Harbour news {i}", f"The ferry timetable changes on day {i}. " * 12), "200 OK")
               for i in range(6)]
    (raw / "news.warc.gz").write_bytes(_warc(records))
    monkeypatch.setattr(tasks, "SPLIT_BYTES", 1)
    monkeypatch.setattr(tasks, "MAX_PARTS", 8)
    real = tasks.prepare

    def deadly(data, page_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        if page_id.endswith("/n3.html"):  # record 3: the second part of two
            os._exit(1)
        return real(data, page_id, *args, **kwargs)

    monkeypatch.setattr(tasks, "prepare", deadly)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "2", "-q"]).exit_code == 1
    pages = {p["page"]: p["error"] for p in map(json.loads, (out / "pages.jsonl").read_text("utf-8").splitlines())}
    # part 2 of 2 (records 1, 3, 5) in halves: records 1 and 5 (part 2 of 4), record 3 (part 4
    # of 4) in halves again: none (part 8 of 8), record 3 (part 4 of 8), the smallest part
    assert pages == {"news.warc.gz (part 4 of 8)": "worker_died",
                     **{f"news.warc.gz/example.com/n{i}.html": None for i in (0, 1, 2, 4, 5)}}
    row = next(r for r in map(json.loads, (out / "manifest.jsonl").read_text("utf-8").splitlines())
               if r["rule"] == "worker_died")
    assert "preparing this part of the file died" in row["message"] and "none of its pages" in row["message"]
    monkeypatch.setattr(tasks, "prepare", real)
    assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "2", "-q"]).exit_code == 0
    again = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [(p["page"], p["error"]) for p in again] == [(f"news.warc.gz/example.com/n{i}.html", None) for i in range(6)]


def test_a_damaged_archives_message_shows_its_bytes_escaped() -> None:
    """warcio quotes the line it could not read: binary bytes and control characters in an
    error row would garble a terminal and the manifest's readers."""
    junk = bytes(range(256))
    data = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n" + junk
    found = read_archive("damaged.warc", data, Config())
    list(found.records)
    assert found.failure is not None and found.failure[1] == "bad_warc"
    message = found.failure[0]
    assert message.isascii() and message.isprintable(), message
    assert "\\x00" in message and len(message) < 400


def test_a_warc_damaged_in_the_middle_is_read_on_after_the_damage() -> None:
    """A WARC gzipped record by record, one member garbled in the middle (a bad sector, a
    broken transfer): the pages before and after it are read, and the archive's failure
    says how many bytes could not be."""
    records = [(f"http://example.com/p{i}", "text/html", _html(f"P{i}", f"Page {i} of the archive. " * 20), "200 OK")
               for i in range(6)]
    data = bytearray(_warc(records))
    starts = [m.start() for m in re.finditer(rb"\x1f\x8b\x08", bytes(data))]
    # members: warcinfo, then a response and a request per page; garble page 2's response
    damaged = starts[1 + 2 * 2]
    data[damaged + 40: damaged + 80] = b"\xff" * 40
    found = read_archive("crawl.warc.gz", bytes(data), Config())
    ids = [r.id for r in found.records if r.data is not None]
    assert ids == [f"crawl.warc.gz/example.com/p{i}.html" for i in (0, 1, 3, 4, 5)]
    assert found.failure is not None and found.failure[1] == "bad_warc"
    assert "bytes could not be read" in found.failure[0] and "before and after" in found.failure[0]


def _arc(pages: list[tuple[str, bytes]], *, gz: bool) -> bytes:
    """An ARC file (the Internet Archive's format before WARC), gzipped record by record or plain."""
    desc = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [b"filedesc://crawl.arc 0.0.0.0 20040101000000 text/plain %d\n" % len(desc) + desc + b"\n"]
    for url, body in pages:
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        records.append(b"%s 192.0.2.1 20040315120000 text/html %d\n" % (url.encode(), len(http)) + http + b"\n")
    return b"".join(gzip.compress(r) for r in records) if gz else b"".join(records)


@pytest.mark.parametrize("gz", [True, False])
def test_arc_files_are_read_as_archives(tmp_path: Path, gz: bool) -> None:
    # an ARC file (web archives' crawls before 2008) was one text page of raw HTTP and markup
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    name = "crawl.arc.gz" if gz else "crawl.arc"
    (raw / name).write_bytes(_arc([("http://old.example.com/a.html", _html("Harbour", "First.")),
                                   ("http://old.example.com/b.html", _html("Mill", "Second."))], gz=gz))
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--format", "txt,jsonl"])
    assert res.exit_code == 0, res.output
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert [(p["page"], p["url"], p["title"], p["error"]) for p in pages] == [
        (f"{name}/old.example.com/a.html", "http://old.example.com/a.html", "Harbour", None),
        (f"{name}/old.example.com/b.html", "http://old.example.com/b.html", "Mill", None)]
    kept = (out / f"{name}/old.example.com/a.html.txt").read_text("utf-8")
    assert kept.startswith("First. The harbour board") and "HTTP/1.0" not in kept and "<" not in kept
    with gzip.open(next((out / "documents").glob("*.jsonl.gz"))) as f:
        doc = json.loads(f.readline())
    assert doc["metadata"]["warc_date"] == "2004-03-15T12:00:00.000Z"  # Dolma's date form
    assert CliRunner().invoke(main, ["verify", str(out)]).exit_code == 0


def test_an_arc_file_cut_short_says_so(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    whole = _arc([("http://old.example.com/a.html", _html("Harbour", "First.")),
                  ("http://old.example.com/b.html", _html("Mill", "Second."))], gz=False)
    (raw / "crawl.arc").write_bytes(whole[:-200])
    CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    rows = [r for r in read_manifest(out) if r["category"] == "error"]
    assert [(r["page"], r["rule"]) for r in rows] == [("crawl.arc/old.example.com/b.html", "bad_warc")]
    assert "cut short" in rows[0]["message"]


def test_robots_txt_and_empty_responses_are_skipped_records(tmp_path: Path) -> None:
    # every crawl fetches robots.txt (text/plain, 200): it was kept whole as a page's text;
    # a 204 or an empty 200 was an empty_page error that made a sound archive's run exit 1
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "crawl.warc.gz").write_bytes(_warc([
        ("http://example.com/robots.txt", "text/plain", b"User-agent: *\nDisallow: /admin/\n", "200 OK"),
        ("http://example.com/ping", "text/html", b"", "204 No Content"),
        ("http://example.com/blank", "text/html", b"  \n", "200 OK"),
        ("http://example.com/news/harbour.html", "text/html", _html("Harbour", "First."), "200 OK")]))
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["pages"] == 1 and stats["pages_error"] == 0
    assert stats["skipped_records"]["site file (robots.txt, ads.txt, ...)"] == 1
    assert stats["skipped_records"]["empty record"] == 2
