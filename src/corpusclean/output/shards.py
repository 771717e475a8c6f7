"""Shard bookkeeping shared by every corpus format: stable names, when to roll over, stale files.

Every format (JSONL documents, their attribute files, Parquet) rolls over on the same row, so
``part-00003`` holds the same pages in each of them. The size that decides is the document's
uncompressed JSONL line: Parquet shards end up smaller, never larger.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Five digits keep names sortable up to 100,000 shards (10 TB at the default 100 MB).
NAME_DIGITS = 5


def shard_name(index: int, ext: str) -> str:
    """'part-00000.jsonl.gz' for index 0 and ext '.jsonl.gz'."""
    return f"part-{index:0{NAME_DIGITS}d}{ext}"


def shard_files(folder: Path, ext: str) -> list[Path]:
    """The shards of one format in a folder, in shard order (other files are ignored)."""
    pat = re.compile(rf"part-\d{{{NAME_DIGITS}}}{re.escape(ext)}")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pat.fullmatch(p.name))


def remove_stale(folder: Path, ext: str, written: int) -> int:
    """Delete shards a previous run left beyond the `written` this run produced; how many."""
    keep = {shard_name(i, ext) for i in range(written)}
    removed = 0
    for p in shard_files(folder, ext):
        if p.name not in keep:
            p.unlink()
            removed += 1
    return removed


class ShardPlan:
    """Which shard each row goes to: a new one before a row that would pass `limit` bytes.

    A row larger than the limit gets a shard of its own rather than being split or dropped.
    """

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"shard size must be at least 1 byte, not {limit}")
        self.limit = limit
        self.index = 0
        self.size = 0
        self.rows = 0

    def place(self, nbytes: int) -> bool:
        """Account for a row of `nbytes`; True when it starts a new shard (index moved on)."""
        new = self.rows > 0 and self.size + nbytes > self.limit
        if new:
            self.index += 1
            self.size = self.rows = 0
        self.size += nbytes
        self.rows += 1
        return new

    @property
    def shards(self) -> int:
        """Shards used so far (at least one: an empty corpus still gets an empty part-00000)."""
        return self.index + 1
