"""JSON Lines documents (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, Dolma's ``.json.gz``, and
zstd-compressed ``.jsonl.zst``/``.json.zst``): one document a line."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from typing import IO

from ...config import Config
from ..discover import ZSTD_DOCUMENTS
from .base import Reader, Record, Records
from .documents import DocumentBook


class JsonlReader(Reader):
    # ".json.gz": Dolma names its document shards so (documents/*.json.gz, JSON Lines inside);
    # without it each shard was read as one text page of raw JSON. A bare ".json" stays a
    # sidecar (read/discover.py): a scraper's per-page JSON is not a document file.
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", *ZSTD_DOCUMENTS)

    def read(self, rel: str, data: bytes, config: Config) -> Records:
        book = DocumentBook(rel, config)
        stream: IO[bytes]
        if data[:4] == ZSTD_MAGIC:
            # Dolma's shards on the Hub (dolmino-mix, DCLM) are *.json.zst; they were skipped
            # as "archive". pyarrow, corpusclean's Parquet dependency, has a zstd decoder.
            try:
                stream = _zstd_stream(data)
            except ImportError:
                return Records(failure=("reading zstd-compressed JSONL needs pyarrow: pip install "
                                        "'corpusclean[parquet]' (or decompress it first: zstd -d)", "unreadable_file"))
            compression = "zstd"
        elif data[:2] == b"\x1f\x8b":
            stream, compression = gzip.GzipFile(fileobj=io.BytesIO(data)), "gzip"
        else:
            stream, compression = io.BytesIO(data), ""
        number = 0
        try:
            for line in stream:
                number += 1
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    book.out.records.append(Record(f"{rel}/{book.book.claim(f'line-{number:06d}')}", None,
                                                   error=f"line {number} is not valid JSON ({e})", code="bad_record"))
                    continue
                book.add(obj, number)
        except (OSError, EOFError, zlib.error) as e:
            zstd = compression == "zstd"
            book.out.failure = (f"damaged {'zstd' if zstd else 'gzip'} file: reading stopped after line {number} "
                                f"({e}); the documents of those lines were read", "bad_zstd" if zstd else "bad_gzip")
        return book.out


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _zstd_stream(data: bytes) -> IO[bytes]:
    """A line-readable stream of zstd data (every frame), decoded by pyarrow as it is read."""
    import pyarrow as pa

    if not pa.Codec.is_available("zstd"):  # a pyarrow built without it
        raise ImportError("pyarrow has no zstd codec")
    return io.BufferedReader(pa.input_stream(pa.py_buffer(data), compression="zstd"))  # type: ignore[arg-type]
