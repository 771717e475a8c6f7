"""Documents other tools write (datatrove, Dolma, Hugging Face datasets, a scraper's own
``{"url", "html"}`` lines), one JSON object per record: which field holds what.

A record with an HTML field is an HTML page; one with a text field is a text page, unless
the text opens as an HTML document (datatrove's WarcReader keeps raw HTML in ``text``); the
``content`` field likewise is HTML when it looks like HTML, else text. The page's URL is ``url``
or ``metadata.url``; its record id is ``id``, else its line or row number. Field names are
settable (``--field text=body``). The record's own id, source, dates and metadata are kept
for its output document (read/carry.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ...config import Config
from ..carry import document_origin, value_text
from ..decode import text_bytes
from ..names import NameBook, safe_segment
from .base import Record, Records

#: role -> field names tried in order; "a.b" is field b of the object in field a.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "metadata.id"),
    "url": ("url", "metadata.url", "metadata.WARC-Target-URI", "warc_url"),
    "text": ("text",),
    "html": ("html", "raw_html"),
    "content": ("content", "raw_content"),  # HTML or text: decided by the value
}
_HTML_START = ("<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<div", "<p>", "<p ", "<article")


def fields_of(config: Config) -> dict[str, tuple[str, ...]]:
    """The field names to read, with the user's (--field ROLE=NAME) first."""
    out = dict(DEFAULT_FIELDS)
    for role, name in reversed(config.record_fields):
        out[role] = (name, *[n for n in out.get(role, ()) if n != name])
    return out


def _get(obj: dict[str, Any], name: str) -> Any:
    value: Any = obj
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _found(obj: dict[str, Any], names: Iterable[str]) -> tuple[str, Any]:
    """(the first of `names` that holds a value, its value); ("", None) when none does."""
    for name in names:
        v = _get(obj, name)
        # whitespace alone is no value: a text of spaces is a document without text, as an
        # empty one is, not a page that fails as empty
        if v is not None and not (isinstance(v, (str, bytes)) and not v.strip()):
            return name, v
    return "", None


def _first(obj: dict[str, Any], names: Iterable[str]) -> Any:
    return _found(obj, names)[1]


def looks_like_html(text: str) -> bool:
    return text[:2048].lstrip().lower().startswith(_HTML_START)


def _kind_of_value(v: Any) -> str:
    """'html' for a string that opens as HTML, else 'text' (bytes: the page's bytes decide later)."""
    if isinstance(v, bytes):
        v = v[:2048].decode("utf-8", "replace")
    return "html" if isinstance(v, str) and looks_like_html(v) else "text"


class DocumentBook:
    """Turns a file's document objects into records, in order, with unique safe ids."""

    def __init__(self, rel: str, config: Config, skipped: Counter[str] | None = None) -> None:
        self.rel, self.config = rel, config
        self.fields = fields_of(config)
        self.book = NameBook()
        # ``skipped``: a streaming reader's own count, which its caller reads
        self.out = Records(skipped=skipped if skipped is not None else Counter())

    def drain(self) -> Iterator[Record]:
        """The records added since the last call, forgotten here: a file's records are passed
        on as they are read, not kept."""
        done, self.out.records = self.out.records, []
        yield from done

    def _id(self, raw: Any, number: int, unit: str) -> str:
        name = safe_segment(value_text(raw))  # the id as the output's `id` has it (bytes as UTF-8, not b'...')
        return f"{self.rel}/{self.book.claim(name or f'{unit}-{number:06d}')}"

    def add(self, obj: Any, number: int, unit: str = "line") -> None:
        if not isinstance(obj, dict):
            self.out.records.append(Record(f"{self.rel}/{self.book.claim(f'{unit}-{number:06d}')}", None,
                                           error=f"{unit} {number} is not a JSON object", code="bad_record"))
            return
        kind, body = None, None
        if (v := _first(obj, self.fields["html"])) is not None:
            kind, body = "html", v
        elif (v := _first(obj, self.fields["text"])) is not None:
            # datatrove's WarcReader, and datasets dumped from a crawl, keep a page's raw HTML
            # in ``text`` until an extractor replaces it: read as text, every tag was kept as
            # the page's words. A text field that is an HTML document is HTML, as content is.
            kind, body = _kind_of_value(v), v
        elif (v := _first(obj, self.fields["content"])) is not None:
            kind, body = _kind_of_value(v), v
        if body is None:
            self.out.skipped["document without text"] += 1
            return
        id_field, raw_id = _found(obj, self.fields["id"])
        url_field, url = _found(obj, self.fields["url"])
        page_id = self._id(raw_id, number, unit)
        url = str(url) if url is not None else None
        origin = document_origin(obj, self.fields, raw_id, (id_field, url_field))
        if isinstance(body, bytes):
            data = body
        elif isinstance(body, str):
            data = text_bytes(body)
        else:
            self.out.records.append(Record(page_id, None, kind, url, f"{unit} {number}: the {kind} field is not a "
                                           "string", "bad_record", origin=origin))
            return
        limit = self.config.max_bytes
        if len(data) > limit:
            self.out.records.append(Record(page_id, None, kind, url, (
                f"the document is over the size limit of {limit:,} bytes; raise --max-bytes to read it"), "too_large",
                origin=origin))
            return
        self.out.records.append(Record(page_id, data, kind, url, origin=origin))
