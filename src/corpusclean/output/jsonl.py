"""Gzipped JSON Lines shards, written so that the same rows always give the same bytes.

Always gzip, whatever the corpus size: one rule is simpler to document and to read back
than ".gz only when large", and Dolma, datatrove and Hugging Face datasets all read
``.jsonl.gz`` directly.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any

from .atomic import atomic_open
from .shards import remove_stale, shard_files, shard_name

EXT = ".jsonl.gz"

#: zlib's own default. On 300 bench/dev pages (5.3 MB of JSONL): level 6 is 0.3% larger than
#: level 9 in 73% of its time; level 1 is 18% larger.
GZIP_LEVEL = 6


def json_text(obj: dict[str, Any]) -> str:
    """One JSONL row with its newline, key order as given, always encodable as UTF-8.

    A lone surrogate (an undecodable file name) cannot be UTF-8: that row alone falls back to
    ASCII escapes, so the file stays valid UTF-8 and Python's json reads the row back unchanged
    (os.fsencode turns such a name back into the file's bytes).
    """
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True)
    return line + "\n"


def json_line(obj: dict[str, Any]) -> bytes:
    """`json_text` as UTF-8 bytes."""
    return json_text(obj).encode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """Lone surrogates (undecodable bytes kept by surrogateescape, a JSON "\\ud83d" cut from
    its pair) replaced by U+FFFD, one code point for one, so offsets into the text still hold."""
    return _SURROGATE.sub("\ufffd", text)


def valid_fields(value: Any) -> Any:
    """`value` with `valid_unicode` applied to every string in it, keys too. An input
    document's field may carry a lone surrogate; its escape is valid JSON, but Dolma's mixer,
    pyarrow and Hugging Face datasets refuse the whole file that holds it."""
    if isinstance(value, str):
        return valid_unicode(value)
    if isinstance(value, dict):
        return {valid_unicode(k): valid_fields(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [valid_fields(v) for v in value]
    return value


def corpus_line(obj: dict[str, Any]) -> bytes:
    """One row of a corpus file that other tools read: valid Unicode throughout (`valid_fields`)."""
    return json_line(valid_fields(obj))


class GzipJsonlShards:
    """Rows into ``folder/part-NNNNN.jsonl.gz``; each shard appears under its name only when complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index = 0
        self._cm: AbstractContextManager[IO[bytes]] | None = None
        self._gz: gzip.GzipFile | None = None
        self._open()

    def _open(self) -> None:
        self._cm = atomic_open(self.folder / shard_name(self.index, EXT), "wb")
        raw = self._cm.__enter__()
        # No file name and mtime 0 in the gzip header: the bytes depend on the rows alone.
        self._gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=GZIP_LEVEL)

    def _finish(self) -> None:
        assert self._gz is not None and self._cm is not None
        self._gz.close()
        self._cm.__exit__(None, None, None)
        self._gz = self._cm = None

    def write(self, line: bytes) -> None:
        assert self._gz is not None
        self._gz.write(line)

    def roll(self) -> None:
        """Finish the current shard and start the next."""
        self._finish()
        self.index += 1
        self._open()

    def close(self) -> int:
        self._finish()
        return remove_stale(self.folder, EXT, self.index + 1)

    def abort(self) -> None:
        """Drop the shard being written (its temporary file); finished shards stay."""
        if self._gz is not None and self._cm is not None:
            with contextlib.suppress(OSError):
                self._gz.close()
            err = InterruptedError("run aborted")
            with contextlib.suppress(InterruptedError):
                self._cm.__exit__(type(err), err, None)
            self._gz = self._cm = None


def read_rows(folder: Path) -> Iterator[dict[str, Any]]:
    """Every row of every shard in a folder, in shard order. A shard cut short or edited is
    a NotARunError naming it (verify, report and show say so; click would take gzip's EOFError
    for an abort and print only "Aborted!")."""
    from .runfiles import damaged_shard

    for path in shard_files(folder, EXT):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if line.strip():
                        row = json.loads(line)
                        if not isinstance(row, dict):
                            raise ValueError(f"line {n} is not a JSON object")
                        yield row
        except (OSError, EOFError, zlib.error, ValueError) as e:
            raise damaged_shard(path, str(e) or "it ends early") from None
