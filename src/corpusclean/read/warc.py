"""WARC archives: every HTML (or plain-text) response record becomes one page.

A record's page id is the archive's path, a slash, and a safe relative name made from the
record's target URI (`safe_name`): whatever the URI says, the name stays inside the
archive's folder of the output. Records are read in file order, so names, collisions and
outputs are the same on every run. A damaged archive yields the pages read before the
damage and one error page, named after the archive, that says what went wrong.
"""

from __future__ import annotations

import io
import logging
import zlib
from dataclasses import dataclass

from ..config import Config
from ..model import Page
from .names import NameBook, safe_name

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


@dataclass(slots=True)
class _Entry:
    page_id: str
    url: str
    kind: str
    body: bytes | None  # None when the record could not be used
    error: str = ""
    code: str = ""


def _content_kind(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return CONTENT_KINDS.get(content_type.split(";", 1)[0].strip().lower())


def _status_ok(record) -> bool:  # type: ignore[no-untyped-def]
    """2xx only: a redirect's or an error's body is not the page at the target URI."""
    code = record.http_headers.get_statuscode() if record.http_headers else None
    return code is None or str(code).startswith("2")


def _starts_as_warc(data: bytes) -> bool:
    """A WARC file, gzipped per record or not, opens with a 'WARC/1.x' version line."""
    head = data[:64 * 1024]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip()[:5] == b"WARC/"


def _http_headers(record):  # type: ignore[no-untyped-def]
    """The HTTP headers of a response record; warcio parses them only for http(s) URIs."""
    if record.http_headers is not None:
        return record.http_headers
    if not (record.rec_headers.get_header("Content-Type") or "").startswith("application/http"):
        return None
    from warcio.statusandheaders import StatusAndHeadersParser

    record.http_headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"]).parse(record.raw_stream)
    return record.http_headers


def _read_archive(rel: str, data: bytes, config: Config) -> tuple[list[_Entry], str | None]:
    """Every page record in file order, and the archive-level failure if reading stopped."""
    from warcio.archiveiterator import ArchiveIterator

    if not data.strip():
        return [], "empty WARC archive (0 bytes)"
    if not _starts_as_warc(data):
        return [], "not a WARC archive: the file does not start with a WARC record header"
    book = NameBook()
    entries: list[_Entry] = []
    limit = config.max_bytes
    records = 0
    it = ArchiveIterator(io.BytesIO(data))
    try:
        for record in it:
            records += 1
            if record.rec_type == "response":
                http = _http_headers(record)
                ctype = http.get_header("content-type") if http else None
                if not _status_ok(record):
                    continue
            elif record.rec_type == "resource":
                ctype = record.rec_headers.get_header("content-type")
            else:
                continue
            kind = _content_kind(ctype)
            if kind is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            page_id = f"{rel}/{book.claim(safe_name(url, kind))}"
            body = record.content_stream().read(limit + 1)
            if len(body) > limit:
                entries.append(_Entry(page_id, url, kind, None, (
                    f"WARC record is over the size limit of {limit:,} bytes; raise --max-bytes to read it"),
                    "too_large"))
                continue
            entries.append(_Entry(page_id, url, kind, body))
    except Exception as e:  # noqa: BLE001 - any damage ends the archive, not the run
        if not records:
            return entries, f"not a readable WARC archive ({type(e).__name__}: {e})"
        return entries, (f"damaged WARC archive: reading stopped after {records} record(s) "
                         f"({type(e).__name__}: {e}); the pages before the damage were read")
    # warcio ends quietly at a gzip member cut short: what it did not reach is the damage.
    stop = getattr(it, "offset", len(data))
    if stop < len(data) and data[stop:].strip():
        return entries, (f"damaged WARC archive: the record at byte {stop:,} is cut short or unreadable "
                         f"({len(data) - stop:,} bytes left unread); the pages before it were read")
    return entries, None


def warc_records(rel: str, data: bytes, config: Config) -> list[tuple[str, str, bytes]]:
    """(page id, target URI, HTTP body) of each readable page record, in file order."""
    entries, _ = _read_archive(rel, data, config)
    return [(e.page_id, e.url, e.body) for e in entries if e.body is not None]


def warc_pages(rel: str, data: bytes, config: Config) -> list[Page]:
    """Every page record prepared as a page; oversize records and damage as error pages."""
    from ..pipeline import fail, prepare

    entries, failure = _read_archive(rel, data, config)
    pages: list[Page] = []
    for e in entries:
        if e.body is None:
            page = Page(id=e.page_id, kind=e.kind, url=e.url or None)
            fail(page, e.error, e.code)
        else:
            page = prepare(e.body, e.page_id, config, kind=e.kind, url=e.url or None)
        page.metadata["warc"] = rel
        pages.append(page)
    if failure is not None:
        page = Page(id=rel)
        fail(page, failure, "bad_warc")
        pages.append(page)
    return pages
