"""Readers: one class per input format, behind one interface, for the run, ``verify`` and the audit.

A reader turns one input file's bytes into ``Records``: the pages it holds (each with its
page id, kind, URL and bytes), the records that are not pages (counted by kind), and a
failure that stopped reading (the file's own error page). The run prepares each record;
``verify`` and the audit recompute its source text from the same records, so all three
see the same pages. Adding a format is a module here and a line in ``READERS``.

Archives and document files are read as streams, a record at a time, so a file of any
size is read in bounded memory (``Reader.stream``).

Page ids: a file's page id is its path under the input folder; a record inside a file
(a WARC response, a JSONL line, a Parquet row) is ``<file>/<record id>``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ...config import Config
from ..discover import Source, find_sources
from .base import Reader, Record, Records
from .files import FileReader, open_file, read_file
from .jsonl import JsonlReader
from .parquet import ParquetReader
from .warc import WarcReader

#: Readers by the file names they take; any other file is one page (FileReader).
READERS: tuple[Reader, ...] = (WarcReader(), JsonlReader(), ParquetReader())
_FILES = FileReader()


def reader_for(rel: str) -> Reader:
    low = rel.lower()
    return next((r for r in READERS if low.endswith(r.suffixes)), _FILES)


def document_file(rel: str) -> bool:
    """Whether ``rel`` names a file of documents (JSONL, Parquet) rather than of crawled pages."""
    return isinstance(reader_for(rel), (JsonlReader, ParquetReader))


def read_source(src: Source, config: Config) -> Records:
    """Every record of one input file, or its failure when it cannot be read at all. An
    archive's or a document file's records are read lazily, as ``Reader.stream`` does."""
    reader = reader_for(src.rel)
    if not reader.whole_file:
        data, err = read_file(src, config)
        if data is None:
            assert err is not None
            return Records([], failure=(str(err), err.code))
        return reader.read(src.rel, data, config)
    found = Records(skipped=Counter())
    found.records = _streamed(src, reader, config, found)
    return found


def _streamed(src: Source, reader: Reader, config: Config, found: Records) -> Iterator[Record]:
    """The file's records as ``reader`` reads them; the file is opened when the first is
    asked for and closed after the last (or when the caller drops the iterator)."""
    f, err = open_file(src)
    if f is None:
        assert err is not None
        found.failure = (str(err), err.code)
        return
    with f:
        yield from reader.records(src.rel, f, config, found)


def read_input(raw: Path, out: Path | None, config: Config) -> Iterator[tuple[Source, Records]]:
    """Every input file of a run with what its reader found, in run order: how ``verify``
    and the audit read the input, as the run does."""
    for src in find_sources(raw, out, config).sources:
        yield src, read_source(src, config)


__all__ = ["READERS", "Reader", "Record", "Records", "document_file", "read_input", "read_source", "reader_for"]
