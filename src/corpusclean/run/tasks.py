"""The two per-source tasks both backends run: prepare (pass one) and finish (pass two).

Pass one reads a source file (a page, or a WARC of many), prepares each page up to its
labels and caches it on disk; it returns only the fingerprints the corpus pass counts.
Pass two loads a cached page, adds the corpus labels, decides and renders it.
A cache entry is keyed by the input's hash and the configuration, which is what makes a
re-run resume: unchanged sources are not prepared again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..config import Config
from ..corpus.hashing import block_keys, page_keys
from ..corpus.repeats import label_repeats
from ..errors import PageError
from ..model import Page
from ..output.atomic import write_atomic
from ..output.record import render
from ..pipeline import fail, prepare
from ..policy import decide
from ..read.discover import Source
from .cache import CACHE_FORMAT, dump_cached, load_cached
from .fingerprint import code_fingerprint


@dataclass(slots=True)
class PageSummary:
    """What pass one tells the run about a page. `keys` go to the counter and are then dropped."""

    id: str
    site: str
    cache: str  # path of the cached prepared page
    error: bool = False
    keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype="<u8"))

    def slim(self) -> PageSummary:
        return PageSummary(self.id, self.site, self.cache, self.error)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "site": self.site, "cache": self.cache, "error": self.error,
                "keys": base64.b64encode(self.keys.astype("<u8").tobytes()).decode("ascii")}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PageSummary:
        keys = np.frombuffer(base64.b64decode(d["keys"]), dtype="<u8")
        return cls(d["id"], d["site"], d["cache"], bool(d["error"]), keys)


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogateescape")).hexdigest()


def cache_path(state: Path, page_id: str) -> Path:
    d = _digest(page_id)
    return state / "pages" / d[:2] / f"{d}.pkl"


def _summary_path(state: Path, rel: str) -> Path:
    d = _digest(rel)
    return state / "sources" / d[:2] / f"{d}.json"


def read_input(src: Source, config: Config) -> tuple[bytes | None, PageError | None]:
    """The file's bytes, or the error saying why it cannot be read as a page.

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
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                return None, _unreadable("is a directory")
            if not stat.S_ISREG(st.st_mode):
                return None, _unreadable(f"not a regular file but {_file_type(st.st_mode)}; only regular files are read")
            # WARC archives hold many pages: the per-page limit applies to their records.
            if src.is_warc:
                return f.read(), None
            data = f.read(config.max_bytes + 1)
            if len(data) > config.max_bytes:
                size = max(st.st_size, len(data))
                return None, PageError(f"file is {size:,} bytes, over the size limit of {config.max_bytes:,}; "
                                       "raise --max-bytes to read it", "too_large")
            return data, None
    except IsADirectoryError:
        return None, _unreadable("is a directory")
    except OSError as e:
        return None, _unreadable(f"cannot read the file: {e.strerror or e}")


def _unreadable(message: str) -> PageError:
    return PageError(message, "unreadable_file")


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _pages_of(src: Source, data: bytes, config: Config) -> list[Page]:
    if src.is_warc:
        from ..read.warc import warc_pages

        return warc_pages(src.rel, data, config)
    return [prepare(data, src.rel, config)]


def prepare_source(src: Source, config: Config, state: Path) -> list[PageSummary]:
    """Pass one for one source file; reuses the cache when the input, the options and the
    code (run/fingerprint.py) are unchanged."""
    data, err = read_input(src, config)
    sha = hashlib.sha256(data).hexdigest() if data is not None else "unreadable"
    key = {"input": sha, "config": config.digest(), "version": __version__, "code": code_fingerprint(),
           "cache": CACHE_FORMAT}
    spath = _summary_path(state, src.rel)
    if data is not None:
        try:
            old = json.loads(spath.read_text("utf-8"))
            if old["key"] == key and all(Path(p["cache"]).exists() for p in old["pages"]):
                return [PageSummary.from_json(p) for p in old["pages"]]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    if data is None:
        page = Page(id=src.rel)
        err = err or _unreadable("cannot read the file")
        fail(page, str(err), err.code)
        pages = [page]
    else:
        pages = _pages_of(src, data, config)
    out = []
    for page in pages:
        page.raw = b""
        cpath = cache_path(state, page.id)
        keys = block_keys(page) if page.error is None else []
        write_atomic(cpath, dump_cached(page, keys))
        summary = PageSummary(page.id, page.site, str(cpath), page.error is not None)
        if page.error is None:
            summary.keys = page_keys(page, keys)
        out.append(summary)
    if data is not None:
        write_atomic(spath, json.dumps({"key": key, "pages": [s.to_json() for s in out]}))
    return out


def prepare_sources(srcs: Sequence[Source], config: Config, state: Path) -> list[PageSummary]:
    """Pass one for several sources (one task of a backend)."""
    return [s for src in srcs for s in prepare_source(src, config, state)]


def finish_page(cache: str, repeated: dict[int, int], site_pages: int, config: Config) -> dict[str, Any]:
    """Pass two for one page: corpus labels, decide, render."""
    with open(cache, "rb") as f:
        page, keys = load_cached(f.read())
    if page.error is None:
        label_repeats(page, repeated, site_pages, config, keys)
        decide(page, config)
    return render(page, config)


def finish_pages(items: Sequence[tuple[str, str]], repeated: dict[str, dict[int, int]],
                 site_pages: dict[str, int], config: Config) -> list[dict[str, Any]]:
    """Pass two for several (cache, site) pages, given their sites' boilerplate keys."""
    return [finish_page(cache, repeated.get(site, {}), site_pages.get(site, 0), config)
            for cache, site in items]
