"""Parquet documents (Hugging Face datasets, datatrove's ParquetWriter): one document a row."""

from __future__ import annotations

import io

from ...config import Config
from .base import Reader, Records
from .documents import DocumentBook

#: Rows converted to Python objects at a time: bounds memory on a large file.
BATCH_ROWS = 1024


class ParquetReader(Reader):
    suffixes = (".parquet",)

    def read(self, rel: str, data: bytes, config: Config) -> Records:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            return Records(failure=("reading Parquet files needs pyarrow: pip install 'corpusclean[parquet]'",
                                    "unreadable_file"))
        book = DocumentBook(rel, config)
        number = 0
        try:
            for batch in pq.ParquetFile(io.BytesIO(data)).iter_batches(batch_size=BATCH_ROWS):
                for row in batch.to_pylist():
                    number += 1
                    book.add(row, number, unit="row")
        except Exception as e:  # noqa: BLE001 - pyarrow raises many kinds for a damaged file
            book.out.failure = (f"not a readable Parquet file ({type(e).__name__}: {e}); "
                                f"{number} rows were read", "bad_parquet")
        return book.out
