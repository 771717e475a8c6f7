"""JSON Lines documents (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, Dolma's ``.json.gz``, and
zstd-compressed ``.jsonl.zst``/``.json.zst``): one document a line."""

from __future__ import annotations

import codecs
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
    # without it each shard was read as one text page of raw JSON. A bare ".json" is read
    # here when it holds documents (Hugging Face's ``to_json`` writes JSON Lines so named);
    # discovery leaves other .json files out as sidecars (read/discover.py).
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", ".json", *ZSTD_DOCUMENTS)

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
        if _opening(stream) == b"[":
            yield from _array(rel, stream, limit, book, found, compression)
            return
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
            found.failure = _damaged(compression, f"line {number}", e, "the documents of those lines were read")


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _array(rel: str, stream: IO[bytes], limit: int, book: DocumentBook, found: Records,
           compression: str) -> Iterator[Record]:
    """The documents of a file holding one JSON array of them (``Dataset.to_json(...,
    lines=False)``, a scraper's ``json.dump(pages)``), read an element at a time: read as
    lines, such a file was one ``bad_record`` row per line of its pretty-printing."""
    number = 0
    try:
        for obj in array_items(stream, limit):
            number += 1
            book.add(obj, number, "item")
            yield from book.drain()
    except ArrayError as e:
        found.failure = (f"{e}; the {number:,} document(s) before it were read", "bad_record")
    except (OSError, EOFError, zlib.error) as e:
        found.failure = _damaged(compression, f"item {number}", e, "the documents before it were read")


def _damaged(compression: str, where: str, e: Exception, read: str) -> tuple[str, str]:
    """The failure of a gzip or zstd stream that ends in damage after ``where``."""
    zstd = compression == "zstd"
    return (f"damaged {'zstd' if zstd else 'gzip'} file: reading stopped after {where} ({e}); {read}",
            "bad_zstd" if zstd else "bad_gzip")


def _opening(stream: IO[bytes]) -> bytes:
    """The first byte of ``stream`` that is not whitespace (within its first 4 KiB), left unread."""
    if hasattr(stream, "peek"):  # an open file, a GzipFile, the zstd reader
        head = stream.peek(4096)[:4096]
    else:  # an in-memory file (Reader.read)
        at = stream.tell()
        head = stream.read(4096)
        stream.seek(at)
    return head.lstrip()[:1]


class ArrayError(ValueError):
    """A JSON array of documents that cannot be read on."""


_PIECE = 1 << 16
_SPACE = " \t\r\n"


def array_items(stream: IO[bytes], limit: int) -> Iterator[object]:
    """Each element of the JSON array ``stream`` holds, parsed; at most ``limit`` bytes of
    one element are held at a time (an element over it ends the reading: ArrayError)."""
    decoder = json.JSONDecoder()
    text = codecs.getincrementaldecoder("utf-8")(errors="replace")
    buf, pos, eof = "", 0, False

    def more(size: int) -> None:
        nonlocal buf, pos, eof
        chunk = stream.read(size)
        eof = not chunk
        buf = buf[pos:] + text.decode(chunk, final=eof)
        pos = 0

    def skip(chars: str) -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in chars:
                pos += 1
            if pos < len(buf) or eof:
                return
            more(_PIECE)

    more(_PIECE)
    skip(_SPACE)
    if buf[pos:pos + 1] != "[":
        raise ArrayError("not a JSON array")
    pos += 1
    while True:
        skip(_SPACE + ",")
        if pos >= len(buf):
            raise ArrayError("the JSON array ends without its closing ']'")
        if buf[pos] == "]":
            return
        size = _PIECE
        while True:
            try:
                obj, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as e:
                if eof:
                    raise ArrayError(f"the JSON array ends inside its next element (the file is cut short "
                                     f"or not valid JSON: {e.msg.lower()})") from None
                if len(buf) - pos > limit:
                    raise ArrayError(f"an element is over the limit of {limit:,} bytes") from None
                more(size)
                size *= 2  # a long element is parsed O(log n) times, not once per piece
                continue
            break
        pos = end
        yield obj


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
