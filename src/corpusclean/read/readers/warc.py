"""WARC and WET archives: every HTML or plain-text record of a page becomes one page.

Pages are ``response`` records with a 2xx status (a crawl), ``resource`` records of web
URLs (a crawler's own log files, ``metadata://...``, are not pages), and ``conversion``
records (Common Crawl's WET files: each page's extracted text, with its URL); a response
without a Content-Type is a page when its body opens as HTML. Every other
record is counted as skipped by what it is: requests, metadata, warcinfo, revisits,
redirects and errors, images and other content types, records with an empty body.

A record's page id is the archive's path, a slash, and a safe relative name made from the
record's target URI (`safe_name`): whatever the URI says, the name stays inside the
archive's folder of the output. Records are read in file order, so names, collisions and
outputs are the same on every run. A damaged archive yields the pages read before the
damage (and, when it is gzipped record by record, after it: reading goes on at the next
gzip member that opens a record) and a failure, the archive's own error page, that says
what went wrong.
"""

from __future__ import annotations

import functools
import gzip
import io
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import IO
from urllib.parse import urlsplit

from ...config import Config
from ...model import Origin
from ..decode import codec_name
from ..names import NameBook, safe_name
from .base import Reader, Record, Records

# warcio logs a warning per odd target URI; with no handler of the user's, Python would print
# each to stderr. A NullHandler keeps them out of the terminal (they still reach root logging).
logging.getLogger("warcio").addHandler(logging.NullHandler())

#: HTTP (or WARC, for resource records) content types read as pages, and their kind.
CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/xml+html": "html",
    "text/plain": "text",
}


#: URI schemes of web pages; a resource record of another scheme is the crawler's own file.
WEB_SCHEMES = ("http:", "https:", "ftp:")


_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _charset(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares, as Python names it; None when it names
    none Python knows. A browser follows it before the page's own <meta> (WHATWG), and many
    servers declare a legacy page's code page only there."""
    m = _CHARSET.search(content_type or "")
    return codec_name(m.group(1)) if m else None


def _content_kind(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return CONTENT_KINDS.get(content_type.split(";", 1)[0].strip().lower())


def _status_ok(record) -> bool:  # type: ignore[no-untyped-def]
    """2xx only: a redirect's or an error's body is not the page at the target URI."""
    code = record.http_headers.get_statuscode() if record.http_headers else None
    return code is None or str(code).startswith("2")


def starts_as_warc(data: bytes) -> bool:
    """A WARC file, gzipped per record or not, opens with a 'WARC/1.x' version line; an ARC
    file with its 'filedesc://' header record."""
    head = data[:64 * 1024]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip()[:5] == b"WARC/" or head.lstrip()[:11] == b"filedesc://"


def _http_headers(record):  # type: ignore[no-untyped-def]
    """The HTTP headers of a response record; warcio parses them only for http(s) URIs."""
    if record.http_headers is not None:
        return record.http_headers
    if not (record.rec_headers.get_header("Content-Type") or "").startswith("application/http"):
        return None
    from warcio.statusandheaders import StatusAndHeadersParser

    record.http_headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"]).parse(record.raw_stream)
    return record.http_headers


#: What a record with an empty body is counted as.
EMPTY = "empty record"

#: What _page_kind says of a response without a Content-Type.
NO_TYPE = "no content type"
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body")


def _may_sniff(record, other: str) -> bool:  # type: ignore[no-untyped-def]
    """An HTTP response that names no Content-Type: a browser sniffs its body (WHATWG MIME
    sniffing), and servers that send HTML without the header are common enough in a crawl;
    skipped unread, such a page was lost with only a count in stats.json."""
    return other == NO_TYPE and record.rec_type == "response" and record.http_headers is not None


def _sniffed_kind(body: bytes) -> str | None:
    """'html' for a body that opens as an HTML document; None for anything else (no guess)."""
    head = body[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return "html" if head.startswith(_HTML_START) else None


def _undecodable_encoding(record) -> str:  # type: ignore[no-untyped-def]
    """The response's Content-Encoding when warcio cannot undo it, else ''."""
    from warcio.bufferedreaders import BufferedReader

    http = record.http_headers
    enc = ((http.get_header("content-encoding") if http else None) or "").strip().lower()
    if not enc or enc == "identity" or enc in BufferedReader.get_supported_decompressors():
        return ""
    return enc


def _declared_length(record) -> int:  # type: ignore[no-untyped-def]
    try:
        return int(_length(record) or 0)
    except ValueError:
        return 0


def _missing_bytes(record) -> int:  # type: ignore[no-untyped-def]
    """How many bytes of the record's declared block the archive does not hold (0: complete).

    The record's block is read through warcio's LimitReader, which counts down from the
    Content-Length: what is left after reading to the end is what the file lacked. Called
    after the body was read (within the size limit), so the rest is an HTTP trailer at most.
    """
    raw = record.raw_stream
    if not hasattr(raw, "limit"):
        return 0
    while raw.read(64 * 1024):
        pass
    return max(0, int(raw.limit))


def _target(record) -> str:  # type: ignore[no-untyped-def]
    """The record's URL: WARC-Target-URI, or an ARC record's own URL field."""
    if record.format == "arc":
        return record.rec_headers.get_header("uri") or ""
    return record.rec_headers.get_header("WARC-Target-URI") or ""


def _arc_date(stamp: str) -> str:
    """An ARC record's 14-digit date as WARC-Date writes it ('20040101000000' ->
    '2004-01-01T00:00:00Z'); '' when it is not one."""
    if len(stamp) != 14 or not stamp.isdigit():
        return ""
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:]}Z"


def _origin(record) -> Origin:  # type: ignore[no-untyped-def]
    """The record's identity for its output document, as datatrove's WarcReader keeps it:
    WARC-Record-ID and WARC-Date, WARC-Truncated when the crawler cut the body short, and
    WARC-Refers-To, by which a WET record (Common Crawl's extracted text) names the response
    record of the WARC file it was extracted from: the key to join a cleaned WET page back
    to its HTML, its WARC's offsets and Common Crawl's index.

    A truncated record is still read as a page, flagged rather than an error row: Common
    Crawl cuts bodies at 1 MiB, and what a page over 1 MiB keeps of itself is mostly still
    a usable page, which an error row would lose. The flag (pages.jsonl, the document's
    metadata, stats.json) lets a corpus builder drop or keep such pages.
    """
    def header(name: str) -> str:
        return (record.rec_headers.get_header(name) or "").strip()

    if record.format == "arc":  # no record id; warcio's ARC-to-WARC ids would be random
        return Origin(id="", warc_date=_arc_date(header("archive-date")), truncated="", refers_to="")

    return Origin(id=header("WARC-Record-ID"), warc_date=header("WARC-Date"), truncated=header("WARC-Truncated"),
                  refers_to=header("WARC-Refers-To"), languages=header("WARC-Identified-Content-Language"))


class WarcReader(Reader):
    # ".arc": the Internet Archive's format before WARC (crawls up to 2008 and web archives'
    # older collections); warcio reads its records, which name their URL and date otherwise.
    suffixes = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")

    def records(self, rel: str, f: IO[bytes], config: Config, found: Records) -> Iterator[Record]:
        return stream_archive(rel, f, config, found)


def _page_kind(record) -> tuple[str | None, str, str | None]:  # type: ignore[no-untyped-def]
    """(the page kind of a record, or None and what it is instead; the charset its
    Content-Type declares)."""
    rtype = record.rec_type
    if rtype == "response":
        http = _http_headers(record)
        if not _status_ok(record):
            return None, "redirect or error response", None
        ctype = http.get_header("content-type") if http else None
    elif rtype == "resource":
        uri = (record.rec_headers.get_header("WARC-Target-URI") or "").lower()
        if ":" in uri.split("/", 1)[0] and not uri.startswith(WEB_SCHEMES):
            return None, "crawler metadata", None
        ctype = record.rec_headers.get_header("content-type")
    elif rtype == "arc_header":  # an ARC file's own description, as a WARC's warcinfo
        return None, "warcinfo", None
    elif rtype == "conversion":
        ctype = record.rec_headers.get_header("content-type") or "text/plain"
    else:
        return None, str(rtype), None
    kind = _content_kind(ctype)
    if kind is None:
        return None, (ctype or NO_TYPE).split(";", 1)[0].strip().lower(), None
    if kind == "text" and _site_file(_target(record)):
        return None, "site file (robots.txt, ads.txt, ...)", None
    return kind, "", _charset(ctype)


#: Plain-text files a site serves to machines, which every crawl fetches: no pages.
SITE_FILES = frozenset({"/robots.txt", "/ads.txt", "/app-ads.txt", "/humans.txt", "/llms.txt",
                        "/.well-known/security.txt", "/security.txt"})


def _site_file(url: str) -> bool:
    try:
        return urlsplit(url).path.lower() in SITE_FILES
    except ValueError:
        return False


def read_archive(rel: str, data: bytes, config: Config) -> Records:
    """Every page record of an archive held in memory, in file order (see ``stream_archive``)."""
    return WarcReader().read(rel, data, config)


#: What a reading reaches, record by record: a page, or the kind of a record that is not one.
Reached = Iterator["Record | str"]


def stream_archive(rel: str, f: IO[bytes], config: Config, found: Records) -> Iterator[Record]:
    """Every page record in file order, the others counted, and the failure if reading stopped."""
    head = f.read(64 * 1024)
    if not head.strip() and _blank(f):
        found.failure = ("empty WARC archive (0 bytes)", "bad_warc")
        return
    if not starts_as_warc(head):
        found.failure = ("not a WARC archive: the file does not start with a WARC record header", "bad_warc")
        return
    size = f.seek(0, io.SEEK_END)
    f.seek(0)
    first = Records(skipped=Counter())
    reached = yield from _counted(_read_records(rel, f, size, config, first), found)
    found.failure = first.failure
    if first.failure is None or head[:2] != b"\x1f\x8b":
        return
    # A WARC gzipped as one whole file (`gzip crawl.warc`) instead of record by record:
    # warcio refuses it after the first record ("non-chunked gzip file detected"), which
    # made a sound archive a "damaged" one of one page. Read in order, as here, it is a
    # plain WARC inside one gzip stream (GzipFile reads record-by-record members too):
    # the reading that got further is the archive's. Its first records are those already
    # passed on, so only what it reaches beyond them is.
    f.seek(0)
    stream = _Watched(gzip.GzipFile(fileobj=f))
    whole = Records(skipped=Counter())
    n = pages = 0
    for item in _read_records(rel, stream, None, config, whole):  # type: ignore[arg-type]
        n += 1
        pages += isinstance(item, Record)
        if n > reached:
            yield from _counted(iter((item,)), found)
    if stream.error is not None and whole.failure is None:
        whole.failure = (f"damaged WARC archive: its gzip stream ends early ({stream.error}); the "
                         f"{pages:,} page(s) before were read", "bad_warc")
    if n > reached:
        found.failure = whole.failure


def _counted(items: Reached, found: Records) -> Iterator[Record]:
    """The pages of ``items``, the others counted in ``found``; returns how many items there were."""
    n = 0
    for item in items:
        n += 1
        if isinstance(item, str):
            found.skipped[item] += 1
        else:
            yield item
    return n


def _blank(f: IO[bytes]) -> bool:
    """Whether the rest of ``f`` is whitespace only (read a block at a time)."""
    while block := f.read(1 << 20):
        if block.strip():
            return False
    return True


class _Watched:
    """A stream that remembers the error it raised: warcio takes a gzip stream that ends
    early (EOFError) for the end of the archive, which would lose its last records silently."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f, self.error = f, None

    def read(self, n: int = -1) -> bytes:
        return self._watched(self.f.read, n)

    def readline(self, n: int = -1) -> bytes:
        return self._watched(self.f.readline, n)

    def _watched(self, fn: Callable[[int], bytes], n: int) -> bytes:
        try:
            return fn(n)
        except (EOFError, OSError, zlib.error) as e:
            self.error = e
            raise


def _loader() -> object:
    """warcio's record loader (as ArchiveIterator makes it), reading a record that names no
    WARC-Target-URI as one without HTTP headers: warcio asks the URI whether the body starts
    with them and raises on None, which would end the archive at that record."""
    return _loader_class()(verify_http=False, arc2warc=False)


@functools.cache
def _loader_class() -> type:
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        def load_http_headers(self, rec_type, uri, stream, length):  # type: ignore[no-untyped-def]
            return super().load_http_headers(rec_type, uri or "", stream, length)

    return Loader


def _read_records(rel: str, stream: IO[bytes], size: int | None, config: Config, out: Records) -> Reached:
    """One reading of ``stream``: every record reached, in order (``Reached``), and the
    failure in ``out`` if reading stopped. ``size``: the file's size when ``stream`` reads
    the file as it is (then what warcio did not reach is damage, and reading goes on at the
    next gzip member after it: `_next_member`), None when it decompresses it."""
    from warcio.archiveiterator import ArchiveIterator

    book = NameBook()
    limit = config.max_bytes
    records = 0
    last: int | None = None  # the offset of the last record reached
    cut = False  # the last record reached was found cut short and reported
    lost: list[tuple[int, int, str]] = []  # stretches not read: from, to, why
    start = 0
    while True:
        if start:
            stream.seek(start)
        it = ArchiveIterator(stream)
        it.loader = _loader()
        # warcio prints "WARNING: Record not followed by newline, perhaps Content-Length is
        # invalid" to stderr itself, through -q and the progress display; a record that is
        # damaged so is read as an error row or the archive's failure, which say it in the run.
        it.INC_RECORD = ""
        try:
            for record in it:
                records += 1
                if record.rec_type == "response" and not _target(record):
                    yield Record(f"{rel}/{book.claim(safe_name('', 'html'))}", None, None, None, (
                        "WARC response record without a WARC-Target-URI (the WARC standard requires one): "
                        "no page to name or read"), "bad_record", origin=_origin(record))
                    continue
                last = it.offset  # where this record starts (get_record_offset would read it to its end)
                cut = False
                kind, other, charset = _page_kind(record)
                if kind is None and not _may_sniff(record, other):
                    if _cut(record):
                        out.failure = _ends_inside(records)
                        return
                    yield other
                    continue
                url = _target(record)
                origin = _origin(record)
                encoding = _undecodable_encoding(record)
                body = record.content_stream().read(limit + 1)
                if kind is None:
                    kind = _sniffed_kind(body) if not encoding else None
                    if kind is None:
                        if _cut(record):
                            out.failure = _ends_inside(records)
                            return
                        yield other
                        continue
                page_id = f"{rel}/{book.claim(safe_name(url, kind))}"
                if encoding:
                    # warcio hands bodies in an encoding it cannot undo (brotli without the brotli
                    # package, zstd) through still compressed, without a word: the page would be
                    # compressed bytes read as text, or a "binary data" error that hides the cause.
                    hint = "; pip install brotli to read it" if encoding == "br" else ""
                    yield Record(page_id, None, kind, url or None, (
                        f"the response body is compressed (Content-Encoding: {encoding}) in a way that cannot "
                        f"be decoded here{hint}"), "unreadable_page", origin=origin)
                    continue
                if len(body) > limit:
                    yield Record(page_id, None, kind, url or None, (
                        f"WARC record is over the size limit of {limit:,} bytes; raise --max-bytes to read it"),
                        "too_large", origin=origin)
                    continue
                # warcio ends a record quietly where the file ends: a last record cut short (an
                # interrupted crawl, a partial download) would be a page of half its text. The
                # record's Content-Length says how much there must be; what was not there is damage.
                if _no_length(record):
                    cut = True
                    yield Record(page_id, None, kind, url or None, (
                        "WARC record cut short: its header ends before its Content-Length (the archive ends "
                        "inside it)"), "bad_warc", origin=origin)
                    continue
                missing = _missing_bytes(record)
                if missing:
                    cut = True
                    yield Record(page_id, None, kind, url or None, (
                        f"WARC record cut short: {missing:,} of its {_declared_length(record):,} bytes are "
                        "missing (the archive ends inside it)"), "bad_warc", origin=origin)
                    continue
                if not body.strip():
                    # a 204, an empty 200, an empty WET conversion: ordinary in a crawl, no page
                    # that failed (an error row each made a sound archive's run exit 1)
                    yield EMPTY
                    continue
                yield Record(page_id, body, kind, url or None, charset=charset, origin=origin)
        except Exception as e:  # noqa: BLE001 - any damage ends the archive, not the run
            where = max(start, getattr(it, "offset", start))  # warcio's offset can go negative
            after = _next_member(stream, where + 1) if size is not None else None
            if after is not None:
                lost.append((where, after, _why(e)))
                start = after
                continue
            if not records:
                out.failure = (f"not a readable WARC archive ({_why(e)})", "bad_warc")
            else:
                out.failure = (f"damaged WARC archive: reading stopped after {records} record(s) "
                               f"({_why(e)}); the pages before the damage were read{_also(lost)}", "bad_warc")
            return
        # warcio ends quietly at a gzip member cut short: what it did not reach is the damage.
        if size is None:
            return
        stop = max(start, getattr(it, "offset", size))
        stream.seek(stop)
        if stop < size and not _blank(stream):
            after = _next_member(stream, stop + 1)
            if after is not None:
                lost.append((stop, after, "a record cut short or unreadable"))
                start = after
                continue
            out.failure = (f"damaged WARC archive: the record at byte {stop:,} is cut short or unreadable "
                           f"({size - stop:,} bytes left unread); the pages before it were read{_also(lost)}",
                           "bad_warc")
        elif last is not None and not cut and (_gzip_member_cut(stream, last) or _plain_tail_cut(stream, last, size)):
            out.failure = _ends_inside(records + 1)
        if lost and out.failure is None:
            at, to, why = lost[0]
            out.failure = (f"damaged WARC archive: {sum(t - f for f, t, _ in lost):,} bytes could not be read "
                           f"(from byte {at:,}: {why}); the pages before and after them were read", "bad_warc")
        return


def _also(lost: list[tuple[int, int, str]]) -> str:
    """What a failure says of the stretches read past before it."""
    return f", and those after {len(lost)} earlier damaged stretch(es) read past" if lost else ""


# A WARC gzipped record by record (as crawlers write it) can be read on after a damaged
# member: the next member that opens a WARC record starts a readable archive again. Looked
# for this many bytes at a time.
_SCAN = 1 << 20
_MEMBER = b"\x1f\x8b\x08"


def _next_member(stream: IO[bytes], frm: int) -> int | None:
    """The offset of the first gzip member at or after ``frm`` whose text opens a WARC
    record, or None (a plain WARC, or nothing readable after the damage)."""
    pos = frm
    while True:
        stream.seek(pos)
        block = stream.read(_SCAN + len(_MEMBER))
        if len(block) < len(_MEMBER):
            return None
        i = block.find(_MEMBER)
        while 0 <= i < _SCAN:
            stream.seek(pos + i)
            try:
                opening = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(4096), 16)
            except zlib.error:
                opening = b""
            if opening.startswith(b"WARC/"):
                return pos + i
            i = block.find(_MEMBER, i + 1)
        pos += _SCAN


# What warcio's exceptions mean for a person, where their own message says nothing
# (EOFError's is empty) or speaks of Python ("cannot fit 'int' into an index-sized integer").
_WHY = {"EOFError": "the data ends where a record or its length says it goes on",
        "OverflowError": "a record's Content-Length is too large to be one"}


def _why(e: Exception) -> str:
    name = type(e).__name__
    # warcio quotes the bytes it could not read ("first line: ¾xH\"9íò..."): shown escaped
    # and short, as no message should carry a binary file's bytes into a terminal
    said = _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", str(e).encode("ascii", "backslashreplace").decode("ascii"))
    return _WHY.get(name) or f"{name}: {said[:_WHY_CHARS]}{'...' if len(said) > _WHY_CHARS else ''}"


_WHY_CHARS = 160
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _cut(record) -> bool:  # type: ignore[no-untyped-def]
    """Whether a record that is no page is cut short by the end of the file: its header ends
    before it says what it is, or its block lacks bytes its Content-Length promised. A page
    is checked by ``_missing_bytes``; a record that is no page is only counted, so without
    this an archive cut inside one (its HTTP headers, its type) would end without a word."""
    return record.rec_type is None or _no_length(record) or _missing_bytes(record) > 0


def _no_length(record) -> bool:  # type: ignore[no-untyped-def]
    """A record header without a Content-Length (the WARC standard requires one): the file
    ended inside the header, before that line or inside its number."""
    return not _length(record).strip().isdigit()


def _length(record) -> str:  # type: ignore[no-untyped-def]
    """The record's declared block length as its header writes it (an ARC record's is its
    header line's last field)."""
    return record.rec_headers.get_header("length" if record.format == "arc" else "Content-Length") or ""


def _gzip_member_cut(stream: IO[bytes], offset: int) -> bool:
    """Whether the gzip member at ``offset`` (the last record's) ends before its end marker:
    warcio reads what a cut member holds and stops quietly, so an archive cut just after a
    record's text (in the member's last bytes) would read as complete. False for a plain WARC."""
    stream.seek(offset)
    if stream.read(2) != b"\x1f\x8b":
        return False
    stream.seek(offset)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    while not d.eof and (block := stream.read(1 << 20)):
        d.decompress(block, 1 << 20)  # the text is not kept: only whether the member ends
        while d.unconsumed_tail and not d.eof:
            d.decompress(d.unconsumed_tail, 1 << 20)
    return not d.eof


_HEADER_END = re.compile(rb"\r?\n\r?\n")
_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)")


def _plain_tail_cut(stream: IO[bytes], offset: int, size: int) -> bool:
    """Whether a plain WARC holds more than its last record (at ``offset``) and the blank
    lines after it: the start of a record whose header the file cut, which warcio takes
    for the end of the archive. False for a gzipped WARC."""
    stream.seek(offset)
    head = stream.read(64 * 1024)
    if head[:2] == b"\x1f\x8b":
        return False
    if not head.startswith(b"WARC/"):  # an ARC record: one header line, its length last
        line = head.split(b"\n", 1)[0]
        fields = line.split()
        if len(fields) < 2 or not fields[-1].isdigit() or len(line) == len(head):
            return False
        stream.seek(offset + len(line) + 1 + int(fields[-1]))
        return not _blank(stream)
    end = _HEADER_END.search(head)
    length = _LENGTH.search(head, 0, end.start()) if end else None
    if end is None or length is None:
        return False  # the last record itself is cut: reported where it was read
    stream.seek(offset + end.end() + int(length.group(1)))
    return not _blank(stream)


def _ends_inside(records: int) -> tuple[str, str]:
    return (f"damaged WARC archive: the file ends inside record {records:,} (cut short); the pages "
            "before it were read", "bad_warc")
