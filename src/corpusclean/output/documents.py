"""A rendered page as a corpus document row, in the shape Dolma and datatrove read.

``{"id", "text", "source", "added", "created", "metadata"}``: ``id`` is the page id (its
path under the input folder), ``source`` is "corpusclean". Every row has every key, and an
unknown text value is "" rather than null: Hugging Face datasets infers a JSON column's type
from the first shard, and a column that is null all through part-00000 (no page had a title
there) fails to load when part-00001 has one. Parquet rows hold the same values.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from typing import Any

from ..model import CATEGORIES
from .record import Rendered

#: The documents' ``source`` field: Dolma identifies a document by (source, id).
SOURCE = "corpusclean"

#: Metadata keys copied from the page when known (text values).
TEXT_FIELDS = ("url", "title", "author", "date", "lang", "site", "kind")


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


_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?")


def timestamp(date: Any) -> str:
    """A page's date as a full UTC timestamp, ``2024-05-02T00:00:00.000Z``, the form of Dolma's
    ``added``; "" when unknown.

    A day alone ("2024-05-02") is what pyarrow's JSON reader (and so Hugging Face
    ``load_dataset("json")``) infers as a timestamp column from the first rows it reads; a
    later shard's "" then fails to load ("Failed to parse string: '' as a scalar of type
    timestamp[s]"). The full form with milliseconds is read as a string, as "" is, whatever
    the first shard holds. A value that is no date is kept as the page gave it.
    """
    text = _text(date).strip()
    m = _DAY.fullmatch(text)
    if not m:
        return text
    return f"{m.group(1)}T{m.group(2) or '00:00'}{m.group(3) or ':00'}.000Z"


def document_metadata(rec: Rendered) -> dict[str, Any]:
    meta = rec.metadata
    out: dict[str, Any] = {k: _text(meta.get(k)) for k in TEXT_FIELDS}
    out["date"] = timestamp(meta.get("date"))
    removed = meta.get("removed_chars") or {}
    out.update({
        "chars_in": int(meta.get("chars_in", 0)),
        "chars_out": int(meta.get("chars_out", 0)),
        "removed_chars": {c: int(removed.get(c, 0)) for c in CATEGORIES},
        "duplicate_of": _text(meta.get("duplicate_of")),
    })
    return out


def document_row(rec: Rendered, text: str, added: str) -> dict[str, Any]:
    """The row for one rendered page; `text` is the clean text, or the source with --attributes.

    ``created`` is the page's own date (its metadata ``date``, as a timestamp) or "".
    """
    return {
        "id": rec.page, "text": text, "source": SOURCE, "added": added,
        "created": timestamp(rec.metadata.get("date")), "metadata": document_metadata(rec),
    }
