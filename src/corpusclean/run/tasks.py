"""The two per-source tasks both backends run: prepare (pass one) and finish (pass two).

Pass one reads a source file (a page, or a WARC of many), prepares each page up to its
labels and caches it on disk; it returns only the fingerprints the corpus pass counts.
Pass two loads a cached page, adds the corpus labels, decides and renders it.
A cache entry is keyed by the input's hash and the configuration, which is what makes a
re-run resume: unchanged sources are not prepared again.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..corpus.hashing import page_keys
from ..corpus.repeats import label_repeats
from ..model import Page
from ..output.atomic import write_atomic
from ..output.record import render
from ..pipeline import fail, prepare
from ..policy import decide
from ..read.discover import Source


@dataclass(frozen=True, slots=True)
class PageSummary:
    id: str
    site: str
    keys: tuple[int, ...]
    cache: str  # path of the cached prepared page


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogateescape")).hexdigest()


def cache_path(state: Path, page_id: str) -> Path:
    d = _digest(page_id)
    return state / "pages" / d[:2] / f"{d}.pkl"


def _summary_path(state: Path, rel: str) -> Path:
    d = _digest(rel)
    return state / "sources" / d[:2] / f"{d}.json"


def _read(src: Source, config: Config) -> tuple[bytes | None, str | None]:
    try:
        size = src.path.stat().st_size
        # WARC archives hold many pages: the per-page limit applies to their records.
        if not src.is_warc and size > config.max_bytes:
            return None, (f"file is {size:,} bytes, over the size limit of {config.max_bytes:,}; "
                          "raise --max-bytes to read it")
        return src.path.read_bytes(), None
    except PermissionError:
        return None, "cannot read the file: permission denied"
    except IsADirectoryError:
        return None, "is a directory"
    except OSError as e:
        return None, f"cannot read the file: {e.strerror or e}"


def _pages_of(src: Source, data: bytes, config: Config) -> list[Page]:
    if src.is_warc:
        from ..read.warc import warc_pages

        return warc_pages(src.rel, data, config)
    return [prepare(data, src.rel, config)]


def prepare_source(src: Source, config: Config, state: Path) -> list[PageSummary]:
    """Pass one for one source file; reuses the cache when input and config are unchanged."""
    data, err = _read(src, config)
    sha = hashlib.sha256(data).hexdigest() if data is not None else "unreadable"
    key = {"input": sha, "config": config.digest(), "version": __version__}
    spath = _summary_path(state, src.rel)
    if data is not None:
        try:
            old = json.loads(spath.read_text("utf-8"))
            if old["key"] == key and all(Path(p["cache"]).exists() for p in old["pages"]):
                return [PageSummary(p["id"], p["site"], tuple(p["keys"]), p["cache"]) for p in old["pages"]]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    if data is None:
        page = Page(id=src.rel)
        fail(page, err or "cannot read the file", "unreadable_file")
        pages = [page]
    else:
        pages = _pages_of(src, data, config)
    out = []
    for page in pages:
        page.raw = b""
        cpath = cache_path(state, page.id)
        write_atomic(cpath, pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL))
        keys = tuple(page_keys(page)) if page.error is None else ()
        out.append(PageSummary(page.id, page.site, keys, str(cpath)))
    if data is not None:
        write_atomic(spath, json.dumps({"key": key, "pages": [
            {"id": s.id, "site": s.site, "keys": list(s.keys), "cache": s.cache} for s in out
        ]}))
    return out


def finish_page(cache: str, repeated: dict[int, int], site_pages: int, config: Config) -> dict[str, Any]:
    """Pass two for one page: corpus labels, decide, render."""
    with open(cache, "rb") as f:
        page: Page = pickle.load(f)
    if page.error is None:
        label_repeats(page, repeated, site_pages, config)
        decide(page, config)
    return render(page, config)
