"""Parquet documents (Hugging Face datasets, datatrove's ParquetWriter): one document a row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ...config import Config
from .base import Reader, Record, Records
from .documents import DocumentBook

#: Rows converted to Python objects at a time: bounds memory on a large file.
BATCH_ROWS = 1024


class ParquetReader(Reader):
    suffixes = (".parquet",)

    def records(self, rel: str, f: IO[bytes], config: Config, found: Records) -> Iterator[Record]:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            found.failure = ("reading Parquet files needs pyarrow: pip install 'corpusclean[parquet]'",
                             "unreadable_file")
            return
        book = DocumentBook(rel, config, found.skipped)
        number = 0
        try:
            # row group by row group, a batch at a time: never the whole file in memory
            for batch in pq.ParquetFile(f).iter_batches(batch_size=BATCH_ROWS):
                for row in batch.to_pylist():
                    number += 1
                    book.add(row, number, unit="row")
                    yield from book.drain()
        except Exception as e:  # noqa: BLE001 - pyarrow raises many kinds for a damaged file
            found.failure = (f"not a readable Parquet file ({type(e).__name__}: {e}); "
                             f"{number} rows were read", "bad_parquet")
