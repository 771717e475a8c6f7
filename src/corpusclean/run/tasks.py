"""The two per-source tasks both backends run: prepare (pass one) and finish (pass two).

Pass one reads a source file (a page, or a WARC of many), prepares each page up to its
labels and caches it on disk; it returns only the fingerprints the corpus pass counts.
Pass two loads a cached page, adds the corpus labels, decides and renders it.
A cache entry is keyed by the input's hash and the configuration, which is what makes a
re-run resume: unchanged sources are not prepared again.

The cache is one file per source (``state/sources/xx/<sha1 of its path>.bin``): a JSON
line with the key and the page summaries, then the pickled pages back to back, with each
page's length and digest in the header. One file, written atomically, per source: a
cached source is whole or absent, and a run creates one state file per page, not two
(file creation is a measurable share of a run on a real disk). The digests catch a file
damaged on disk: pass one then prepares the source again, and a page whose bytes change
between the passes becomes an error row, not a crash.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..config import Config
from ..corpus.hashing import block_keys, page_keys
from ..corpus.identity import page_identity
from ..corpus.repeats import label_repeats
from ..model import Origin, Page
from ..output.atomic import atomic_open
from ..output.record import Rendered, render
from ..pipeline import fail, prepare
from ..policy import decide
from ..read.discover import Source
from ..read.readers import Records, reader_for
from ..read.readers.files import read_file
from .cache import CACHE_FORMAT, dump_cached, load_cached
from .fingerprint import code_fingerprint

#: A cached page: (its source's state file, offset, length, digest of those bytes).
CacheRef = tuple[str, int, int, str]


@dataclass(slots=True)
class PageSummary:
    """What pass one tells the run about a page. `keys` go to the counter and are then dropped."""

    id: str
    site: str
    cache: CacheRef  # where the prepared page is cached
    error: bool = False
    keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype="<u8"))
    identity: str = ""  # copies of one page share it (corpus/identity.py)

    def slim(self) -> PageSummary:
        return PageSummary(self.id, self.site, self.cache, self.error, identity=self.identity)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "site": self.site, "error": self.error, "identity": self.identity,
                "keys": base64.b64encode(self.keys.astype("<u8").tobytes()).decode("ascii")}

    @classmethod
    def from_json(cls, d: dict[str, Any], cache: CacheRef) -> PageSummary:
        keys = np.frombuffer(base64.b64decode(d["keys"]), dtype="<u8")
        return cls(d["id"], d["site"], cache, bool(d["error"]), keys, d["identity"])


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogateescape")).hexdigest()


def source_path(state: Path, rel: str) -> Path:
    """The state file of the source at ``rel`` (module docstring)."""
    d = _digest(rel)
    return state / "sources" / d[:2] / f"{d}.bin"


def _blob_digest(blob: bytes | memoryview) -> str:
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


def _cached(spath: Path, key: dict[str, Any]) -> list[PageSummary] | None:
    """The summaries of a source cached under ``key``; None when there is none, or when
    the file is not whole (a page's bytes do not match their digest)."""
    try:
        with open(spath, "rb") as f:
            head = f.readline()
            old = json.loads(head)
            if old["key"] != key:
                return None
            body = memoryview(f.read())
        sizes, digests = old["sizes"], old["digests"]
        if len(body) != sum(sizes):
            return None
        out, at = [], 0
        for d, size, digest in zip(old["pages"], sizes, digests, strict=True):
            if _blob_digest(body[at : at + size]) != digest:
                return None
            out.append(PageSummary.from_json(d, (str(spath), len(head) + at, size, digest)))
            at += size
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cached_keys(summary: PageSummary) -> np.ndarray:
    """The block keys pass one counted for a page, read back from its source's state file."""
    with open(summary.cache[0], "rb") as f:
        head = json.loads(f.readline())
    for d in head["pages"]:
        if d["id"] == summary.id:
            return np.frombuffer(base64.b64decode(d["keys"]), dtype="<u8")
    raise ValueError(f"no keys cached for {summary.id}")


def _write_cache(spath: Path, key: dict[str, Any], pages: list[Page], ids: list[list[int | None]],
                 summaries: list[PageSummary]) -> None:
    """Write a source's state file and point each summary's ``cache`` at its page in it."""
    blobs = [dump_cached(page, keys) for page, keys in zip(pages, ids, strict=True)]
    sizes = [len(b) for b in blobs]
    digests = [_blob_digest(b) for b in blobs]
    head = json.dumps({"key": key, "pages": [s.to_json() for s in summaries], "sizes": sizes,
                       "digests": digests})
    head_bytes = head.encode("utf-8") + b"\n"  # json.dumps escapes newlines: one line
    at = len(head_bytes)
    for s, size, digest in zip(summaries, sizes, digests, strict=True):
        s.cache = (str(spath), at, size, digest)
        at += size
    with atomic_open(spath, "wb") as f:  # written piece by piece: a WARC's pages are not copied again
        f.write(head_bytes)
        for blob in blobs:
            f.write(blob)


def pages_of(rel: str, found: Records, config: Config) -> list[Page]:
    """The pages of one input file's records, prepared; unusable records and a failure that
    stopped the reader are error pages. Records that are not pages are counted on the first
    page (they reach stats.json as ``skipped_records``)."""
    pages = [prepare(r.data, r.id, config, kind=r.kind, url=r.url, charset=r.charset, origin=r.origin)
             if r.data is not None else _error_page(r.id, r.error, r.code, url=r.url, kind=r.kind, origin=r.origin)
             for r in found.records]
    if found.failure is not None:
        pages.append(_error_page(rel, *found.failure))
    elif not pages and found.skipped:
        what = ", ".join(f"{n} {k}" for k, n in sorted(found.skipped.items()))
        pages.append(_error_page(rel, f"no page in this file: every record was skipped ({what})", "no_pages"))
    if pages:
        for kind, n in sorted(found.skipped.items()):
            pages[0].stats[f"skipped_records:{kind}"] += n
    return pages


def prepare_source(src: Source, config: Config, state: Path) -> list[PageSummary]:
    """Pass one for one source file; reuses the cache when the input, the options and the
    code (run/fingerprint.py) are unchanged."""
    reader = reader_for(src.rel)
    data, err = read_file(src, config, whole=reader.whole_file)
    # an unreadable source is cached too (pass two reads every page from the cache), keyed
    # by its error: the same error reuses it, a readable file or another error does not
    what = hashlib.sha256(data).hexdigest() if data is not None else f"unreadable: {err.code}: {err}"
    key = {"input": what, "config": config.digest(), "version": __version__, "code": code_fingerprint(),
           "cache": CACHE_FORMAT}
    spath = source_path(state, src.rel)
    if (found := _cached(spath, key)) is not None:
        return found
    if data is None:
        assert err is not None
        return _store(spath, key, [_error_page(src.rel, str(err), err.code)])
    return _store(spath, key, pages_of(src.rel, reader.read(src.rel, data, config), config))


def _store(spath: Path, key: dict[str, Any], pages: list[Page]) -> list[PageSummary]:
    """Cache a source's prepared pages under ``key``; their summaries, pointing at the cache."""
    out, ids = [], []
    for page in pages:
        page.raw = b""
        keys = block_keys(page) if page.error is None else []
        summary = PageSummary(page.id, page.site, ("", 0, 0, ""), page.error is not None)
        if page.error is None:
            summary.keys = page_keys(page, keys)
            summary.identity = page_identity(page)
        out.append(summary)
        ids.append(keys)
    _write_cache(spath, key, pages, ids, out)
    return out


def _error_page(page_id: str, message: str, code: str, url: str | None = None, kind: str | None = None,
                origin: Origin | None = None) -> Page:
    # a record that cannot be used keeps what its reader knew of it: pages.jsonl then names
    # the URL of a WARC record cut short, as it does for a record that failed later
    page = Page(id=page_id, url=url, kind=kind or "text", origin=origin or Origin())
    fail(page, message, code)
    return page


def failed_source(src: Source, message: str, code: str, state: Path) -> list[PageSummary]:
    """Pass one's result for a source that could not be prepared at all (its worker died):
    one error page, cached under a key no re-run matches, so the next run tries it again."""
    key = {"input": f"failed: {code}", "cache": CACHE_FORMAT}
    return _store(source_path(state, src.rel), key, [_error_page(src.rel, message, code)])


def prepare_sources(srcs: Sequence[Source], config: Config, state: Path) -> list[PageSummary]:
    """Pass one for several sources (one task of a backend)."""
    return [s for src in srcs for s in prepare_source(src, config, state)]


def failed_page(page_id: str, message: str, code: str, config: Config) -> Rendered:
    """Pass two's record for a page that could not be finished (its worker died, or its
    cache is damaged)."""
    return render(_error_page(page_id, message, code), config)


def _load(cache: CacheRef) -> tuple[Page, list[int | None]]:
    path, at, size, digest = cache
    with open(path, "rb") as f:
        f.seek(at)
        data = f.read(size)
    if _blob_digest(data) != digest:
        raise ValueError("its bytes changed on disk after it was prepared")
    return load_cached(data)


def finish_page(cache: CacheRef, page_id: str, repeated: dict[int, int], site_pages: int,
                config: Config) -> Rendered:
    """Pass two for one page: corpus labels, decide, render."""
    try:
        page, keys = _load(cache)
    except (OSError, ValueError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return failed_page(page_id, f"the run's cached copy of this page cannot be read ({reason}); "
                           "run the same command again to prepare it anew", "damaged_cache", config)
    if page.error is None:
        label_repeats(page, repeated, site_pages, config, keys)
        decide(page, config)
    return render(page, config)


#: What pass two gets for a page: where it is cached, its site and its id.
PageRef = tuple[CacheRef, str, str]


def finish_pages(items: Sequence[PageRef], repeated: dict[str, dict[int, int]],
                 site_pages: dict[str, int], config: Config) -> list[Rendered]:
    """Pass two for several pages, given their sites' boilerplate keys."""
    return [finish_page(cache, page_id, repeated.get(site, {}), site_pages.get(site, 0), config)
            for cache, site, page_id in items]
