"""What a document file's record says about itself besides its body: its id, source, dates
and metadata, which its output document carries (output/documents.py).

A corpus step keeps a document's identity: datatrove's readers keep a document's ``id``
and move every field other than text and id into its ``metadata``; Dolma asks that ids
stay stable across versions of a dataset and that source-specific metadata be kept. So
the record's ``metadata`` object is kept as given (read from JSON text where a dataset
stores it so), and its other top-level fields join it
(the metadata object's own keys first: a field never replaces one of them), except those
corpusclean reads itself: the page's text or HTML fields, the id and URL fields it took,
and Dolma's ``source``, ``added`` and ``created``, which stay document fields.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

from ..model import Origin

#: Dolma's document fields besides id and text; they are fields of the output too, not metadata.
DOLMA_FIELDS = ("source", "added", "created")

#: The roles whose fields hold the page itself: never copied into the metadata.
BODY_ROLES = ("text", "html", "content")


def json_safe(v: Any) -> Any:
    """A value as JSON can hold it, the same on every run: a Parquet row's dates, bytes and
    decimals as text; a float that is not a number (JSON has none) as null."""
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, Mapping):
        return {str(k): json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace")
    return str(v)  # a Parquet decimal, or anything else a reader gives


def value_text(v: Any) -> str:
    """An id, a source or a date as text: "" for nothing, or for a value that is no single value."""
    v = json_safe(v)
    if isinstance(v, str):
        return v
    return "" if v is None or isinstance(v, (bool, dict, list)) else str(v)


def _metadata_object(v: Any) -> dict[str, Any]:
    """A record's ``metadata`` field as an object: some datasets store it JSON-encoded."""
    if isinstance(v, Mapping):
        return dict(v)
    if isinstance(v, str):
        try:
            parsed = json.loads(v)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            return parsed
    return {} if v is None else {"metadata": v}


def document_origin(obj: Mapping[str, Any], fields: Mapping[str, tuple[str, ...]], doc_id: Any,
                    taken: Iterable[str]) -> Origin:
    """The Origin of a document record: `fields` are the reader's role -> field names,
    `doc_id` the id it found (None: none), `taken` the fields its id and URL came from."""
    read = {"metadata", *(n for r in BODY_ROLES for n in fields.get(r, ())), *taken}
    # Dolma's fields are document fields when they hold text (or a date); a value of another
    # shape is no Dolma field, and is kept in the metadata like any other
    read.update(k for k in DOLMA_FIELDS if not isinstance(obj.get(k), (bool, Mapping, list, tuple)))
    metadata = _metadata_object(obj.get("metadata"))
    for k, v in obj.items():
        if k not in read and k not in metadata:
            metadata[k] = v
    return Origin(id=value_text(doc_id), source=value_text(obj.get("source")),
                  added=value_text(obj.get("added")), created=value_text(obj.get("created")),
                  metadata=json_safe(metadata))
