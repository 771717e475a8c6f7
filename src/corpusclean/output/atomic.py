"""Atomic writes: a temporary name in the same folder, then rename, so a crash never leaves
half a file under the final name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:  # type: ignore[type-arg]
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except FileNotFoundError:  # the folder's first file: no mkdir syscall on every write
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError as e:
        raise _named(e, path) from e
    os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
    try:
        if "b" in mode:
            f = os.fdopen(fd, mode)
        else:
            f = os.fdopen(fd, mode, encoding="utf-8", newline="\n", errors="surrogateescape")
        with f:
            yield f
        os.replace(tmp, path)
    except BaseException as e:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise _named(e, path) from e
        raise


def _named(e: OSError, path: Path) -> OSError:
    """The error naming the file being written, not its temporary name (a failed write()
    names no file at all): what a person needs to read "No space left on device"."""
    return type(e)(e.errno, e.strerror or str(e), str(path))


def holds(path: Path, blob: bytes) -> bool:
    """Whether `path` is a file holding exactly `blob` (False when it cannot be read)."""
    try:
        return path.is_file() and path.stat().st_size == len(blob) and path.read_bytes() == blob
    except OSError:
        return False


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` atomically, skipping the write when the file already holds it."""
    blob = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if holds(path, blob):
        return
    with atomic_open(path, "wb") as f:
        f.write(blob)
