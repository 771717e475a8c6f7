"""JSON Lines documents (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, Dolma's ``.json.gz``, and
zstd-compressed ``.jsonl.zst``/``.json.zst``): one document a line."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from typing import IO

from ...config import Config
from ...errors import PageError
from ..decode import decode
from ..discover import ZSTD_DOCUMENTS
from .base import Reader, Record, Records
from .documents import DocumentBook


class JsonlReader(Reader):
    # ".json.gz": Dolma names its document shards so (documents/*.json.gz, JSON Lines inside);
    # without it each shard was read as one text page of raw JSON. A bare ".json" stays a
    # sidecar (read/discover.py): a scraper's per-page JSON is not a document file.
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", *ZSTD_DOCUMENTS)

    def records(self, rel: str, f: IO[bytes], config: Config, found: Records) -> Iterator[Record]:
        book = DocumentBook(rel, config, found.skipped)
        head = f.read(4)
        f.seek(0)
        stream: IO[bytes]
        if head == ZSTD_MAGIC:
            # Dolma's shards on the Hub (dolmino-mix, DCLM) are *.json.zst; they were skipped
            # as "archive". pyarrow, corpusclean's Parquet dependency, has a zstd decoder.
            try:
                stream = _zstd_stream(f)
            except ImportError:
                found.failure = ("reading zstd-compressed JSONL needs pyarrow: pip install "
                                 "'corpusclean[parquet]' (or decompress it first: zstd -d)", "unreadable_file")
                return
            compression = "zstd"
        elif rel.lower().endswith(ZSTD_DOCUMENTS):
            # named zstd but not one: read as plain lines, its bytes were a bad_record row each
            found.failure = ("damaged zstd file: it does not start with zstd's magic number; nothing was read",
                             "bad_zstd")
            return
        elif head[:2] == b"\x1f\x8b":
            stream, compression = gzip.GzipFile(fileobj=f), "gzip"
        else:
            stream, compression = f, ""
        number = 0
        limit = line_limit(config.max_bytes)
        try:
            for line, size in bounded_lines(stream, limit):
                number += 1
                if line is None:
                    book.out.records.append(Record(
                        f"{rel}/{book.book.claim(f'line-{number:06d}')}", None,
                        error=(f"line {number} is {size:,} bytes, over the line limit of {limit:,} (4 x --max-bytes "
                               "plus 1 MiB, for JSON's escapes and the metadata); raise --max-bytes to read it"),
                        code="too_large"))
                    yield from book.drain()
                    continue
                if not line.strip():
                    continue
                try:
                    obj = _loads(line)
                except ValueError as e:
                    book.out.records.append(Record(f"{rel}/{book.book.claim(f'line-{number:06d}')}", None,
                                                   error=f"line {number} is not valid JSON ({e})", code="bad_record"))
                    yield from book.drain()
                    continue
                book.add(obj, number)
                yield from book.drain()
        except (OSError, EOFError, zlib.error) as e:
            zstd = compression == "zstd"
            found.failure = (f"damaged {'zstd' if zstd else 'gzip'} file: reading stopped after line {number} "
                             f"({e}); the documents of those lines were read", "bad_zstd" if zstd else "bad_gzip")


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _loads(line: bytes) -> object:
    """A line's JSON. A line that is not UTF-8 (a legacy export in Windows-1252, a scraper that
    wrote Latin-1 into one field) is decoded as a page's bytes are (read/decode.py), rather
    than losing the whole document as "no JSON"."""
    try:
        return json.loads(line)
    except UnicodeDecodeError as e:
        try:
            text = decode(line)[0]
        except PageError:  # no text in any encoding: the line is no JSON
            raise e from None
        return json.loads(text)


# A document's body is bounded by --max-bytes once parsed, but its line must be read whole to
# parse it: a file that is one endless line (a JSON array saved as .jsonl, a dump without
# newlines) would be held in memory whole. JSON text is longer than the body it holds: an
# escaped quote, backslash or newline takes 2 bytes for 1, and with ensure_ascii (Python's
# default) a character written as \uXXXX takes 6 bytes for its 2-3 in UTF-8 (3x for Cyrillic
# or Greek, 2x for CJK; 12 for 4 outside the BMP). 4x covers any text but one of control
# characters, and the metadata beside it gets 1 MiB. A line over the limit is read on to its
# end in pieces and becomes one ``too_large`` error row.
_LINE_FACTOR = 4
_LINE_SLACK = 1 << 20
_SKIP_PIECE = 1 << 20


def line_limit(max_bytes: int) -> int:
    return _LINE_FACTOR * max_bytes + _LINE_SLACK


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line of `stream`, reading at most `limit` bytes of one at a
    time: a longer line is read on to its end in pieces and given as (None, its size)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(min(limit + 1, _SKIP_PIECE))
            if not line:
                break
            size += len(line)
        yield None, size


def _zstd_stream(f: IO[bytes]) -> IO[bytes]:
    """A line-readable stream of a zstd file (every frame), decoded by pyarrow as it is read."""
    import pyarrow as pa

    if not pa.Codec.is_available("zstd"):  # a pyarrow built without it
        raise ImportError("pyarrow has no zstd codec")
    return io.BufferedReader(pa.input_stream(_Lent(f), compression="zstd"))  # type: ignore[arg-type]


class _Lent:
    """The caller's file as pyarrow reads it: pyarrow closes its source with the stream,
    and the file is the caller's to close (pass one checks it after reading)."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f, self.closed = f, False

    def read(self, n: int = -1) -> bytes:
        return self.f.read(n)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True
