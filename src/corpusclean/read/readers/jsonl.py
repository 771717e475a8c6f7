"""JSON Lines documents (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, Dolma's ``.json.gz``): one
document a line."""

from __future__ import annotations

import gzip
import io
import json
import zlib

from ...config import Config
from .base import Reader, Record, Records
from .documents import DocumentBook


class JsonlReader(Reader):
    # ".json.gz": Dolma names its document shards so (documents/*.json.gz, JSON Lines inside);
    # without it each shard was read as one text page of raw JSON. A bare ".json" stays a
    # sidecar (read/discover.py): a scraper's per-page JSON is not a document file.
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")

    def read(self, rel: str, data: bytes, config: Config) -> Records:
        book = DocumentBook(rel, config)
        stream = gzip.GzipFile(fileobj=io.BytesIO(data)) if data[:2] == b"\x1f\x8b" else io.BytesIO(data)
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
            book.out.failure = (f"damaged gzip file: reading stopped after line {number} ({e}); "
                                "the documents before were read", "bad_gzip")
        return book.out
