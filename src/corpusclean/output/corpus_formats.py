"""Corpus formats beside (or instead of) the .txt tree: JSONL and Parquet shards, Dolma attributes.

Layout under OUT::

    documents/part-00000.jsonl.gz             --format jsonl   (Dolma / datatrove rows)
    documents/part-00000.parquet              --format parquet (same rows, metadata as a struct)
    attributes/corpusclean/part-00000.jsonl.gz  --attributes   (one row per document, same order)

One row per page that was read, in page order; pages that could not be read are not rows
(their error is in manifest.jsonl). A row keeps its input's id, source, dates and metadata
(documents.py), so a row's page id is its ``metadata.page``, not always its ``id``. Every format rolls over to a new shard on the same page,
before a document whose JSONL line would take the shard past ``shard_bytes`` (uncompressed).

With ``--attributes`` the JSONL documents carry the page's *source* text and the attribute
files the removed spans over it, which is the pair Dolma's mixer expects: cutting the spans
out of ``text`` gives the clean text's content (its line breaks are the source's; the .txt
and Parquet outputs have the clean text itself). Without it, ``text`` is the clean text.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..config import Config
from .attributes import NAME, apply_spans, attribute_row
from .documents import added_stamp, document_row, page_of, parquet_row
from .jsonl import EXT as JSONL_EXT
from .jsonl import GzipJsonlShards, corpus_line, read_rows
from .parquet import EXT as PARQUET_EXT
from .parquet import ParquetShards, ParquetUnavailable, read_table, require_pyarrow
from .paths import RUN
from .record import Rendered
from .shards import ShardPlan, remove_stale, shard_files

DOCUMENTS = "documents"
ATTRIBUTES = f"attributes/{NAME}"


class FormatError(ValueError):
    """An output-format option that cannot work; the message says what to change."""


def check_formats(config: Config) -> None:
    """Fail before any page is read if the formats asked for cannot be written."""
    if config.attributes and "jsonl" not in config.formats:
        raise FormatError("--attributes writes Dolma attribute files beside the JSONL documents: "
                          "add jsonl to --format (e.g. --format txt,jsonl)")
    if "parquet" in config.formats:
        try:
            require_pyarrow()
        except ParquetUnavailable as e:
            raise FormatError(str(e)) from None
    if config.shard_bytes < 1:
        raise FormatError(f"shard size must be at least 1 byte, not {config.shard_bytes}")


class _Sink(Protocol):
    def roll(self) -> None: ...
    def close(self) -> int: ...
    def abort(self) -> None: ...


class CorpusWriter:
    """Every corpus format of a run, fed one rendered page at a time in page order."""

    def __init__(self, out: Path, config: Config, added: str) -> None:
        check_formats(config)
        self.out, self.config, self.added = out, config, added
        self.plan = ShardPlan(config.shard_bytes)
        self.documents = GzipJsonlShards(out / DOCUMENTS) if "jsonl" in config.formats else None
        self.attributes = GzipJsonlShards(out / ATTRIBUTES) if config.attributes else None
        self.parquet = ParquetShards(out / DOCUMENTS) if "parquet" in config.formats else None
        self.rows = 0

    def _sinks(self) -> list[_Sink]:
        return [s for s in (self.documents, self.attributes, self.parquet) if s is not None]

    def add(self, rec: Rendered) -> None:
        if rec.error is not None:
            return
        if self.attributes is not None:
            source = rec.source
            if source is None:
                raise ValueError(f"page {rec.page}: --attributes needs the page's source text in its record")
            row = document_row(rec, source, self.added)
        else:
            row = document_row(rec, rec.text, self.added)
        line = corpus_line(row)
        if self.plan.place(len(line)):
            for s in self._sinks():
                s.roll()
        if self.documents is not None:
            self.documents.write(line)
        if self.attributes is not None:
            # Dolma's mixer pairs a document and its attributes by (source, id): the document's own
            self.attributes.write(corpus_line(attribute_row(row["id"], row["source"], rec.rows)))
        if self.parquet is not None:
            self.parquet.write(parquet_row(rec, self.added), len(line))
        self.rows += 1

    def close(self) -> Counter[str]:
        """Finish the shards; the stale shards of an earlier run removed, by kind."""
        removed: Counter[str] = Counter()
        for name, s in (("JSONL shards", self.documents), ("Parquet shards", self.parquet),
                        ("attribute shards", self.attributes)):
            if s is not None:
                removed[name] += s.close()
        return +removed


    def abort(self) -> None:
        """An interrupted run: remove the shards' temporary files; a re-run writes them all again."""
        for s in self._sinks():
            s.abort()


def remove_unwritten_shards(out: Path, config: Config) -> Counter[str]:
    """Delete the shards of formats this run does not write: they would be stale, and a
    reader must not mix them in. How many, by kind."""
    removed: Counter[str] = Counter()
    if "jsonl" not in config.formats:
        removed["JSONL shards"] += remove_stale(out / DOCUMENTS, JSONL_EXT, 0)
    if "parquet" not in config.formats:
        removed["Parquet shards"] += remove_stale(out / DOCUMENTS, PARQUET_EXT, 0)
    if not config.attributes:
        removed["attribute shards"] += remove_stale(out / ATTRIBUTES, JSONL_EXT, 0)
    # A folder left empty (a killed run's, whose only shard was still a temporary file) goes
    # too: a fresh run with these formats has none.
    for folder in (out / ATTRIBUTES, out / ATTRIBUTES.split("/")[0], out / DOCUMENTS):
        with contextlib.suppress(OSError):  # not there, or not empty: stays
            folder.rmdir()
    return +removed


def open_corpus_writers(out: Path, config: Config) -> list[CorpusWriter]:
    """The writers RunWriter feeds; `added` is fixed here, once per run (see documents.added_stamp)."""
    return [CorpusWriter(out, config, added_stamp())]


def _written(out: Path) -> tuple[tuple[str, ...], bool]:
    """(formats, attributes) of the run in `out`: from run.json, else from the shards present."""
    try:
        cfg = json.loads((out / RUN).read_text("utf-8"))["config"]
        return tuple(cfg["formats"]), bool(cfg["attributes"])
    except (OSError, ValueError, KeyError, TypeError):
        docs = out / DOCUMENTS
        formats = tuple(f for f, ext in (("jsonl", JSONL_EXT), ("parquet", PARQUET_EXT)) if shard_files(docs, ext))
        return formats, bool(shard_files(out / ATTRIBUTES, JSONL_EXT))


def iter_documents(out: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(document row, its attribute row or None) for every JSONL document of a run, in order."""
    _, attributes = _written(out)
    docs = read_rows(out / DOCUMENTS)
    if not attributes:
        for d in docs:
            yield d, None
        return
    attrs = read_rows(out / ATTRIBUTES)
    for d in docs:
        a = next(attrs, None)
        if a is None or a["id"] != d["id"]:
            raise ValueError(f"{out / ATTRIBUTES} does not line up with the documents at {d['id']!r}")
        yield d, a
    if next(attrs, None) is not None:
        raise ValueError(f"{out / ATTRIBUTES} has more rows than the documents")


@dataclass(frozen=True, slots=True)
class Written:
    """One corpus format of a run, read back for `verify`: page id -> the clean text it holds
    (for JSONL with attributes, the document with its spans cut out), and page id -> the
    source text it holds (JSONL with attributes only, else None)."""

    name: str
    texts: dict[str, str]
    sources: dict[str, str] | None = None


def _jsonl_written(out: Path, attributes: bool) -> Written:
    docs = list(iter_documents(out))
    if not attributes:
        return Written("JSONL documents", {page_of(d): d["text"] for d, _ in docs})
    return Written("JSONL documents and attributes",
                   {page_of(d): apply_spans(d["text"], a["attributes"]) if a else d["text"] for d, a in docs},
                   {page_of(d): d["text"] for d, _ in docs})


def _parquet_written(out: Path) -> Written:
    rows = read_table(out / DOCUMENTS, ["id", "text", "metadata"]).to_pylist()
    return Written("Parquet documents", {page_of(r): r["text"] for r in rows})


def read_every_format(out: Path) -> list[Written]:
    """Every corpus format the run in `out` wrote, each read back on its own, so that `verify`
    checks each file a user may feed to another tool, not only the one it reads texts from."""
    formats, attributes = _written(out)
    return ([_jsonl_written(out, attributes)] if "jsonl" in formats else []) + (
        [_parquet_written(out)] if "parquet" in formats else [])


def clean_texts(found: list[Written]) -> dict[str, str]:
    """Page id -> clean text from formats already read: an exact one (JSONL without
    attributes, then Parquet) before JSONL with attributes, whose texts are rebuilt."""
    return next((w.texts for w in found if w.sources is None), found[0].texts if found else {})


def read_texts(out: str | os.PathLike[str]) -> dict[str, str]:
    """Page id -> clean text, read back from the run's JSONL or Parquet documents (a row's page
    id is in its metadata: its ``id`` may be the input's, documents.page_of).

    Prefers exact clean text: JSONL without attributes, then Parquet. JSONL written with
    --attributes holds the source, so its clean text is rebuilt by cutting out the spans: the
    same non-whitespace content as the clean text, with the source's line breaks. Only the
    format it takes is read.
    """
    out = Path(out)
    formats, attributes = _written(out)
    if "jsonl" in formats and not attributes:
        return _jsonl_written(out, False).texts
    if "parquet" in formats:
        try:
            return _parquet_written(out).texts
        except ParquetUnavailable:
            if "jsonl" not in formats:
                raise
    if "jsonl" in formats:
        return _jsonl_written(out, True).texts
    raise FileNotFoundError(errno.ENOENT, "no JSONL or Parquet documents to read texts from", str(out / DOCUMENTS))
