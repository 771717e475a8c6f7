"""A file is one page (HTML or text, gzipped or not); and reading any input file safely."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from ...config import Config
from ...errors import PageError
from ..discover import Source
from .base import Reader, Record, Records


class FileReader(Reader):
    whole_file = False

    def read(self, rel: str, data: bytes, config: Config) -> Records:
        return Records([Record(rel, data)])


def read_file(src: Source, config: Config, *, whole: bool = False) -> tuple[bytes | None, PageError | None]:
    """The file's bytes, or the error saying why it cannot be read. ``whole``: an archive,
    read entire (the size limit applies to its records; ``open_file`` streams one instead)."""
    f, err = open_file(src)
    if f is None:
        return None, err
    try:
        with f:
            if whole:
                return f.read(), None
            data = f.read(config.max_bytes + 1)
            if len(data) > config.max_bytes:
                size = max(os.fstat(f.fileno()).st_size, len(data))
                return None, PageError(f"file is {size:,} bytes, over the size limit of {config.max_bytes:,}; "
                                       "raise --max-bytes to read it", "too_large")
            return data, None
    except IsADirectoryError:
        return None, _unreadable("is a directory")
    except OSError as e:
        return None, _unreadable(f"cannot read the file: {e.strerror or e}")


def open_file(src: Source) -> tuple[BinaryIO | None, PageError | None]:
    """The input file opened for reading (the caller closes it), or the error saying why not.

    Opened without blocking and checked on the open descriptor, so what is read is what was
    checked: a named pipe would block forever, a symlink to /dev/zero would never end, and a
    file that grows after a size check would slip past the limit.
    """
    if src.error:
        return None, _unreadable(src.error)
    try:
        fd = os.open(src.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if src.path.is_symlink():
            return None, _unreadable(f"broken symbolic link: its target {os.readlink(src.path)} does not exist")
        return None, _unreadable("cannot read the file: it was removed before it could be read")
    except PermissionError:
        return None, _unreadable("cannot read the file: permission denied")
    except OSError as e:
        return None, _unreadable(f"cannot read the file: {e.strerror or e}")
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            err = _unreadable("is a directory")
        elif not stat.S_ISREG(st.st_mode):
            err = _unreadable(f"not a regular file but {_file_type(st.st_mode)}; only regular files are read")
        else:
            return os.fdopen(fd, "rb"), None
    except OSError as e:
        err = _unreadable(f"cannot read the file: {e.strerror or e}")
    os.close(fd)
    return None, err


def _unreadable(message: str) -> PageError:
    return PageError(message, "unreadable_file")


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"
