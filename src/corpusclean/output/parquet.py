"""Parquet shards of the documents, for Hugging Face datasets, pandas, DuckDB and Spark.

Same columns as the JSONL documents. ``metadata`` is a struct column, not a JSON string:
``datasets`` turns it into a dict per row with typed fields, and SQL engines can filter on
``metadata.lang`` without parsing. ``text`` is always the clean text (even with
``--attributes``, which only changes the JSONL documents that Dolma's mixer reads).

The input documents' own metadata is the one part held as JSON text, in
``metadata.input_metadata`` ("{}" when there is none): its keys and types are the input's
and may differ from document to document, and a struct column has one set of fields per
file. datatrove's ParquetWriter takes each file's schema from its first document, so a
later document with other keys fails to write, and shards with different structs fail to
load together in Hugging Face datasets. A fixed schema loads everywhere; DuckDB's
``json_extract`` and Python's ``json.loads`` read the rest.
pyarrow is an optional dependency: ``pip install 'corpusclean[parquet]'``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from ..model import CATEGORIES
from .atomic import atomic_open
from .documents import INPUT_METADATA, TEXT_FIELDS, WARC_FIELDS
from .jsonl import valid_fields
from .shards import remove_stale, shard_files, shard_name

EXT = ".parquet"

MISSING = "--format parquet needs pyarrow, which is not installed: pip install 'corpusclean[parquet]'"

#: zstd reads everywhere pyarrow, DuckDB and Spark do; on 300 bench/dev pages (5.3 MB of text)
#: it is 2.0 MB against snappy's 2.8 MB (gzip: 1.8 MB, but slower to read).
COMPRESSION = "zstd"

#: Rows are held in memory until a row group is written: 32 MB of text bounds the writer's
#: memory, and readers that load whole row groups (the Hugging Face dataset viewer refuses
#: groups over a few hundred MB) get small ones.
ROW_GROUP_BYTES = 32_000_000


class ParquetUnavailable(ImportError):
    """pyarrow is missing; the message says how to install it."""


def require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ParquetUnavailable(MISSING) from None


def schema() -> Any:
    import pyarrow as pa

    metadata = pa.struct(
        [pa.field(k, pa.string()) for k in TEXT_FIELDS]
        + [
            pa.field("chars_in", pa.int64()),
            pa.field("chars_out", pa.int64()),
            pa.field("removed_chars", pa.struct([pa.field(c, pa.int64()) for c in CATEGORIES])),
            pa.field("duplicate_of", pa.string()),
            pa.field("page", pa.string()),
        ]
        + [pa.field(k, pa.string()) for k in WARC_FIELDS]
        + [pa.field(INPUT_METADATA, pa.string())]
    )
    return pa.schema([
        pa.field("id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("added", pa.string(), nullable=False),
        pa.field("created", pa.string(), nullable=False),
        pa.field("metadata", metadata, nullable=False),
    ])


class ParquetShards:
    """Rows into ``folder/part-NNNNN.parquet``, a row group per ~ROW_GROUP_BYTES of rows."""

    def __init__(self, folder: Path) -> None:
        require_pyarrow()
        self.folder = folder
        self.index = 0
        self.schema = schema()
        self.rows: list[dict[str, Any]] = []
        self.buffered = 0
        self._open()

    def _open(self) -> None:
        import pyarrow.parquet as pq

        self._cm = atomic_open(self.folder / shard_name(self.index, EXT), "wb")
        self._writer = pq.ParquetWriter(self._cm.__enter__(), self.schema, compression=COMPRESSION)

    def _write_group(self) -> None:
        import pyarrow as pa

        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows, self.buffered = [], 0

    def write(self, row: dict[str, Any], nbytes: int) -> None:
        """Add a row; `nbytes` is its JSONL size, the measure row groups (and shards) are cut by."""
        self.rows.append(valid_fields(row))  # Arrow strings must be valid UTF-8
        self.buffered += nbytes
        if self.buffered >= ROW_GROUP_BYTES:
            self._write_group()

    def _finish(self) -> None:
        self._write_group()
        self._writer.close()
        self._cm.__exit__(None, None, None)

    def roll(self) -> None:
        self._finish()
        self.index += 1
        self._open()

    def close(self) -> int:
        self._finish()
        return remove_stale(self.folder, EXT, self.index + 1)

    def abort(self) -> None:
        """Drop the shard being written (its temporary file); finished shards stay."""
        with contextlib.suppress(Exception):
            self._writer.close()
        # A close that failed (the disk is full: the footer cannot be written) leaves the
        # writer open, and its __del__ closed it again at exit, on the file closed below:
        # "Exception ignored ... ValueError: write to closed file", a traceback after the
        # run's one-line message. The shard is dropped: nothing is left to write.
        self._writer.is_open = False
        err = InterruptedError("run aborted")
        with contextlib.suppress(InterruptedError):
            self._cm.__exit__(type(err), err, None)


def read_table(folder: Path, columns: list[str] | None = None) -> Any:
    """Every Parquet shard of a folder as one pyarrow Table, in shard order."""
    require_pyarrow()
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .runfiles import damaged_shard

    tables = []
    for p in shard_files(folder, EXT):
        try:
            tables.append(pq.read_table(p, columns=columns))
        except (OSError, pa.ArrowException) as e:
            raise damaged_shard(p, e) from None
    if not tables:
        empty = pa.Table.from_pylist([], schema=schema())
        return empty.select(columns) if columns else empty
    return pa.concat_tables(tables)
