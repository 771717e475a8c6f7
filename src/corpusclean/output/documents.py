"""A rendered page as a corpus document row, in the shape Dolma and datatrove read.

``{"id", "text", "source", "added", "created", "metadata"}``. A document read from a
document file or a WARC keeps what its input said of it (read/carry.py), as datatrove's
readers and filters keep a document's id and metadata and Dolma asks ids to stay stable:

- ``id``: the input's own id (a document's ``id``, a WARC record's WARC-Record-ID), else
  the page id (its path under the input folder). An input id is kept as it is, not made
  unique (Dolma wants ids unique within a source, which is the input's to keep);
  ``metadata.page`` is always the page id, unique in a run, which the manifest,
  pages.jsonl and the .txt tree are named by.
- ``source``: the document's own ``source``, else "corpusclean".
- ``added``: the document's own, else the run's (`added_stamp`).
- ``created``: the document's own, else the date the page declares, else when it was
  crawled (WARC-Date: it existed by then), else "".
- ``metadata``: corpusclean's keys (`clean_metadata`) and the input's metadata. In JSONL the
  input's metadata comes first, every key and value as given, then corpusclean's keys;
  where the input's metadata already has one of those names, it keeps its value and
  corpusclean's goes under ``corpusclean_<name>``. Which keys a row has so depends on the
  input's keys alone, never on values, and the rows load as a table (pyarrow, Hugging Face)
  whenever the input's metadata did and each key holds one type in every row. Parquet rows
  hold corpusclean's keys under their own names, always, and the input's metadata
  JSON-encoded in ``input_metadata`` (see parquet.py): a schema no input can change.

Every row has every one of corpusclean's keys, and an unknown text value is "" rather than
null: Hugging Face datasets infers a JSON column's type from the first shard, and a column
that is null all through part-00000 (no page had a title there) fails to load when
part-00001 has one.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from typing import Any

from ..model import CATEGORIES
from .record import Rendered

#: The documents' ``source`` field when the input names none: Dolma identifies a document by (source, id).
SOURCE = "corpusclean"

#: Metadata keys copied from the page when known (text values).
TEXT_FIELDS = ("url", "title", "author", "date", "lang", "site", "kind")

#: Metadata keys of what a WARC record's headers said (text values, "" for other pages):
#: when it was crawled, why the crawler cut its body short ("" when it did not), and which
#: response record a WET record's text was extracted from, and the languages the crawler
#: identified (Common Crawl's WARC-Identified-Content-Language, kept to join or compare).
WARC_FIELDS = ("warc_date", "truncated", "warc_refers_to", "warc_languages")

#: Where corpusclean's value of a key goes when the input's metadata has that key already.
PREFIX = "corpusclean_"

#: The Parquet metadata field that holds the input's metadata, JSON-encoded.
INPUT_METADATA = "input_metadata"


def added_stamp(environ: dict[str, str] | None = None) -> str:
    """The documents' ``added`` time: from ``SOURCE_DATE_EPOCH`` if set, else "" (unknown).

    Dolma's ``added`` is when the data was acquired; a run cannot know that, and the clock
    or the input files' mtimes would make two runs over the same pages differ. The
    reproducible-builds variable lets a pipeline state the time explicitly.
    """
    raw = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return ""
    try:
        when = datetime.fromtimestamp(int(raw), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {raw!r}") from None
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _text(v: Any) -> str:
    if v is None:
        return ""
    return v if isinstance(v, str) else str(v)


_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?")


def timestamp(date: Any) -> str:
    """A date as a full UTC timestamp, ``2024-05-02T00:00:00.000Z``, the form of Dolma's
    ``added``; "" when unknown.

    A day alone ("2024-05-02"), or a time to the second ("2024-05-02T10:11:12Z", a WARC-Date),
    is what pyarrow's JSON reader (and so Hugging Face ``load_dataset("json")``) infers as a
    timestamp column from the first rows it reads; a later shard's "" then fails to load
    ("Failed to parse string: '' as a scalar of type timestamp[s]"). The full form with
    milliseconds is read as a string, as "" is, whatever the first shard holds. A time with
    an offset is given in UTC. A value that is no such date (one with fractions of a second
    is read as a string already) is kept as given.
    """
    text = _text(date).strip()
    m = _DATETIME.fullmatch(text)
    if not m:
        return text
    day, hm, ss, zone = m.group(1), m.group(2) or "00:00", m.group(3) or ":00", m.group(4)
    if zone and zone != "Z":
        try:
            when = datetime.fromisoformat(f"{day}T{hm}{ss}{zone[:3]}:{zone[-2:]}").astimezone(timezone.utc)
        except ValueError:
            return text
        return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return f"{day}T{hm}{ss}.000Z"


def clean_metadata(rec: Rendered) -> dict[str, Any]:
    """corpusclean's own metadata keys for a page, every one on every row."""
    meta = rec.metadata
    out: dict[str, Any] = {k: _text(meta.get(k)) for k in TEXT_FIELDS}
    out["date"] = timestamp(meta.get("date"))
    removed = meta.get("removed_chars") or {}
    out.update({
        "chars_in": int(meta.get("chars_in", 0)),
        "chars_out": int(meta.get("chars_out", 0)),
        "removed_chars": {c: int(removed.get(c, 0)) for c in CATEGORIES},
        "duplicate_of": _text(meta.get("duplicate_of")),
        "page": rec.page,
        "warc_date": timestamp(rec.origin.warc_date),
        "truncated": rec.origin.truncated,
        "warc_refers_to": rec.origin.refers_to,
        "warc_languages": rec.origin.languages,
    })
    return out


def document_metadata(rec: Rendered) -> dict[str, Any]:
    """The JSONL metadata: the input's metadata as given, then corpusclean's keys (module docstring)."""
    out = dict(rec.origin.metadata)
    for k, v in clean_metadata(rec).items():
        out[PREFIX + k if k in rec.origin.metadata else k] = v
    return out


def parquet_metadata(rec: Rendered) -> dict[str, Any]:
    """The Parquet metadata: corpusclean's keys and the input's metadata as JSON text."""
    out = clean_metadata(rec)
    out[INPUT_METADATA] = json.dumps(rec.origin.metadata, ensure_ascii=False)
    return out


def _row(rec: Rendered, text: str, added: str, metadata: dict[str, Any]) -> dict[str, Any]:
    origin = rec.origin
    return {
        "id": origin.id or rec.page, "text": text, "source": origin.source or SOURCE,
        "added": timestamp(origin.added) or added,
        "created": timestamp(origin.created) or timestamp(rec.metadata.get("date")) or timestamp(origin.warc_date),
        "metadata": metadata,
    }


def document_row(rec: Rendered, text: str, added: str) -> dict[str, Any]:
    """The JSONL row for one rendered page; `text` is the clean text, or the source with
    --attributes; `added` is the run's stamp, for documents that bring none."""
    return _row(rec, text, added, document_metadata(rec))


def parquet_row(rec: Rendered, added: str) -> dict[str, Any]:
    """The Parquet row for one rendered page: the clean text, always."""
    return _row(rec, rec.text, added, parquet_metadata(rec))


def page_of(row: dict[str, Any]) -> str:
    """The page id of a document row read back: ``metadata.page`` (``corpusclean_page`` where
    the input's metadata had a ``page``), else its ``id`` (rows whose metadata has no page id)."""
    meta = row.get("metadata")
    if isinstance(meta, dict):
        for k in (PREFIX + "page", "page"):
            if isinstance(meta.get(k), str):
                return meta[k]
    return str(row["id"])
