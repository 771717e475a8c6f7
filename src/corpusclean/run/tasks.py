"""The two per-source tasks both backends run: prepare (pass one) and finish (pass two).

Pass one reads a source file (a page, or a WARC of many), prepares each page up to its
labels and caches it on disk; it returns only the fingerprints the corpus pass counts.
Pass two loads a cached page, adds the corpus labels, decides and renders it.
A cache entry is keyed by the input's hash and the configuration, which is what makes a
re-run resume: unchanged sources are not prepared again.

The cache is one file per source, or per part of a big one (``prepare_tasks``;
``state/sources/xx/<sha1 of its path and part>.bin``): the
pickled pages back to back, each written as soon as it is prepared, then an index (a JSON
line with the key, then one line per page: its summary, length and digest), then a last
line giving the index's offset. An archive or a document file is read as a stream and its
pages go to the file one by one, so pass one holds one page at a time, not a file's worth
(a Common Crawl WARC has ~35k). One file, written atomically, per source: a cached source
is whole or absent (a run killed inside a big archive prepares that archive again), and a
run creates one state file per page, not two (file creation is a measurable share of a
run on a real disk). The digests catch a file damaged on disk: pass one then prepares the
source again, and a page whose bytes change between the passes becomes an error row, not
a crash.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import numpy as np

from .. import __version__
from ..config import Config
from ..corpus.hashing import block_keys, page_keys
from ..corpus.identity import page_identity
from ..corpus.repeats import SiteKeys, label_repeats
from ..errors import PageError
from ..model import Origin, Page
from ..output.atomic import atomic_open
from ..output.record import Rendered, render
from ..pipeline import fail, prepare
from ..policy import decide
from ..read.discover import Source
from ..read.readers import Reader, Records, reader_for
from ..read.readers.files import FileReader, open_file, read_file
from .cache import CACHE_FORMAT, dump_cached, load_cached
from .fingerprint import code_fingerprint

T = TypeVar("T")

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


def source_path(state: Path, src: Source) -> Path:
    """The state file of a source, or of one part of it (module docstring)."""
    d = _digest(src.rel if src.part == (0, 1) else f"{src.rel}\0part {src.part[0]} of {src.part[1]}")
    return state / "sources" / d[:2] / f"{d}.bin"


def _blob_digest(blob: bytes | memoryview) -> str:
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


def _cached(spath: Path, key: dict[str, Any]) -> list[PageSummary] | None:
    """The summaries of a source cached under ``key``; None when there is none, or when
    the file is not whole (a page's bytes do not match their digest)."""
    try:
        with open(spath, "rb") as f:
            index = _index(f)
            if json.loads(next(index)) != {"key": key}:
                return None
            path, at, out = str(spath), 0, []
            for line in index:
                d = json.loads(line)
                size, digest = d.pop("size"), d.pop("digest")
                f.seek(at)  # the pages one by one: a big archive's cache is never read whole
                if _blob_digest(f.read(size)) != digest:
                    return None
                out.append(PageSummary.from_json(d, (path, at, size, digest)))
                at += size
        return out
    except (OSError, ValueError, KeyError, TypeError, StopIteration):
        return None


#: The state file's last line: the offset of its index, fixed width so it is found from the end.
_FOOTER = 21


def _index(f: BinaryIO) -> Iterator[bytes]:
    """The index lines of an open state file (module docstring), read as they are needed."""
    end = f.seek(-_FOOTER, os.SEEK_END)
    at = int(f.read(_FOOTER))
    if not 0 <= at <= end:
        raise ValueError("bad index offset")
    while at < end:
        f.seek(at)
        line = f.readline()
        at += len(line)
        yield line


def cached_keys(summary: PageSummary) -> np.ndarray:
    """The block keys pass one counted for a page, read back from its source's state file."""
    path = summary.cache[0]
    st = os.stat(path)
    keys = _keys_in(path, st.st_mtime_ns, st.st_size).get(summary.id)
    if keys is None:
        raise ValueError(f"no keys cached for {summary.id}")
    return keys


@lru_cache(maxsize=1)
def _keys_in(path: str, mtime_ns: int, size: int) -> dict[str, np.ndarray]:
    """Every page's keys in one state file: the later copies among a big archive's pages are
    asked for one after another, and the file's index is read once for them, not once each."""
    out = {}
    with open(path, "rb") as f:
        index = _index(f)
        next(index)
        for line in index:
            d = json.loads(line)
            out[d["id"]] = np.frombuffer(base64.b64decode(d["keys"]), dtype="<u8")
    return out


def forget_cached_keys() -> None:
    """Drop the state file index ``cached_keys`` keeps (once the copies are counted)."""
    _keys_in.cache_clear()


def _store(spath: Path, key: dict[str, Any], pages: Iterable[Page]) -> list[PageSummary]:
    """Cache a source's prepared pages under ``key``, each written as it comes (module
    docstring); their summaries, pointing at the cache. ``key`` is written after the last
    page, so a source found changed while it was read can still be keyed to be read again."""
    path = str(spath)  # one string shared by every summary of the source
    out: list[PageSummary] = []
    at = 0
    pages = iter(pages)
    # the first page is prepared before the file is opened: a worker that dies preparing a
    # one-page source leaves no temporary file behind
    first = next(pages, None)
    with atomic_open(spath, "wb") as f:
        for page in itertools.chain([first] if first is not None else [], pages):
            page.raw = b""
            keys = block_keys(page) if page.error is None else []
            summary = PageSummary(page.id, page.site, ("", 0, 0, ""), page.error is not None)
            if page.error is None:
                summary.keys = page_keys(page, keys)
                summary.identity = page_identity(page)
            blob = dump_cached(page, keys)
            summary.cache = (path, at, len(blob), _blob_digest(blob))
            f.write(blob)
            at += len(blob)
            out.append(summary)
        f.write(json.dumps({"key": key}).encode("utf-8") + b"\n")
        for s in out:  # json.dumps escapes newlines: one line a page
            f.write(json.dumps({**s.to_json(), "size": s.cache[2], "digest": s.cache[3]}).encode("utf-8") + b"\n")
        f.write(b"%020d\n" % at)
    return out


def iter_pages(rel: str, found: Records, config: Config, part: tuple[int, int] = (0, 1)) -> Iterator[Page]:
    """The pages of one input file's records, prepared one at a time, in order; unusable
    records and a failure that stopped the reader are error pages. Records that are not
    pages are counted on the last page (they reach stats.json as ``skipped_records``): they
    are known only once the file is read, so the last page is held back until then.
    With ``part`` (k, n), only every n-th record from the k-th is prepared; the file's own
    verdicts (a failure, skipped records, no page at all) go to part 0 alone."""
    first, step = part
    last: Page | None = None
    for i, r in enumerate(found.records):
        if i % step != first:
            continue
        page = (prepare(r.data, r.id, config, kind=r.kind, url=r.url, charset=r.charset, origin=r.origin)
                if r.data is not None else _error_page(r.id, r.error, r.code, url=r.url, kind=r.kind, origin=r.origin))
        if last is not None:
            yield last
        last = page
    if first != 0:
        if last is not None:
            yield last
        return
    if found.failure is not None:
        if last is not None:
            yield last
        last = _error_page(rel, *found.failure)
    elif last is None:
        what = ", ".join(f"{n} {k}" for k, n in sorted(found.skipped.items()))
        last = _error_page(rel, f"no page in this file: every record was skipped ({what})" if what else
                           "no page in this file: it holds no record (an empty document file)", "no_pages")
    if last is not None:
        for kind, n in sorted(found.skipped.items()):
            last.stats[f"skipped_records:{kind}"] += n
        yield last


def _key(what: str, config: Config, part: tuple[int, int] = (0, 1)) -> dict[str, Any]:
    key = {"input": what, "config": config.digest(), "version": __version__, "code": code_fingerprint(),
           "cache": CACHE_FORMAT}
    if part != (0, 1):
        key["part"] = list(part)
    return key


# An archive or a document file this big is prepared in as many parts as there are workers,
# each part a task of its own that reads the whole file and prepares every n-th record: one
# Common Crawl WARC (~35k pages, ~1 GB) would otherwise keep one core busy for the whole of
# pass one while the others wait. Records are interleaved rather than cut into byte ranges
# because a gzipped WARC or JSONL has no index to seek by; reading the file once more per
# part costs ~1 s a GB, next to ~1 hour of preparing its pages. Under this size a file is
# a few hundred pages at most and shares the workers as it is.
SPLIT_BYTES = 8 << 20


def prepare_tasks(sources: Sequence[Source], workers: int, chunk: int,
                  state: Path | None = None) -> list[Sequence[Source]]:
    """Pass one's tasks: each big archive or document file (`SPLIT_BYTES`) in ``workers``
    parts, one task each and first (the longest tasks start first), then the other sources
    in chunks of ``chunk``. A page's id and output do not depend on the parts it was read in,
    so a file an earlier run into ``state`` prepared in other parts (another ``--jobs``, a
    machine with other cores) is read in those, and its cache is used, not thrown away."""
    big: list[Sequence[Source]] = []
    rest: list[Source] = []
    for src in sources:
        if not src.error and reader_for(src.rel).whole_file and _size(src) >= SPLIT_BYTES:
            n = (_cached_parts(state, src) if state is not None else 0) or workers
            if n > 1:
                big.extend([Source(src.path, src.rel, src.error, (k, n))] for k in range(n))
                continue
        rest.append(src)
    return big + chunks(rest, chunk)


# The part counts looked for in an earlier run's cache: --jobs of up to this many workers.
_MAX_CACHED_PARTS = 256


def _cached_parts(state: Path, src: Source) -> int:
    """Into how many parts an earlier run prepared ``src`` (1: whole), when every part's
    state file is there; 0 when none is. Whether a file still matches its input is checked
    when it is read (a changed input is prepared again)."""
    if source_path(state, src).exists():
        return 1
    for n in range(2, _MAX_CACHED_PARTS + 1):
        if not source_path(state, Source(src.path, src.rel, src.error, (0, n))).exists():
            continue
        if all(source_path(state, Source(src.path, src.rel, src.error, (k, n))).exists() for k in range(1, n)):
            return n
    return 0


# A part of an archive whose worker died on it twice is halved, (k, n) into (k, 2n) and
# (k + n, 2n), and each half runs again: the record that kills its worker is cornered in a
# part of a few records, and the rest of the archive is cleaned (a part of 2,000 pages was
# one error row). Halving stops at this many parts: one record a part is not known without
# reading the archive, which the run's own process must not do with a record that crashes
# its reader. A 35,000-record WARC leaves 9 records in its last part, after 12 halvings.
MAX_PARTS = 1 << 12


def halve(src: Source) -> list[Source]:
    """The two halves of an archive or a document file (or of a part of one); none for a page
    file or at `MAX_PARTS`."""
    k, n = src.part
    if src.error or not reader_for(src.rel).whole_file or n >= MAX_PARTS:
        return []
    return [Source(src.path, src.rel, src.error, (k, 2 * n)), Source(src.path, src.rel, src.error, (k + n, 2 * n))]


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def forget_other_sources(state: Path, tasks: Iterable[Sequence[Source]]) -> None:
    """Delete the state files of sources (or parts) this run does not read: inputs removed
    since the last run, or an archive cut into another number of parts (``--jobs``
    changed). They would never be read again, and a big archive's is as big as its pages."""
    keep = {source_path(state, src) for task in tasks for src in task}
    for path in (state / "sources").glob("*/*.bin"):
        if path not in keep:
            with contextlib.suppress(OSError):  # left as it is: it is only never read
                path.unlink()


def _size(src: Source) -> int:
    try:
        return src.path.stat().st_size
    except OSError:
        return 0  # read as it is: reading it says what is wrong


def prepare_source(src: Source, config: Config, state: Path) -> list[PageSummary]:
    """Pass one for one source file (or one part of it); reuses the cache when the input,
    the options and the code (run/fingerprint.py) are unchanged."""
    reader = reader_for(src.rel)
    spath = source_path(state, src)
    if reader.whole_file:
        f, err = open_file(src)
        if f is not None:
            with f:
                return _prepare_stream(src, reader, f, config, spath)
        data = None
    else:
        data, err = read_file(src, config)
    # an unreadable source is cached too (pass two reads every page from the cache), keyed
    # by its error: the same error reuses it, a readable file or another error does not
    key = _key(hashlib.sha256(data).hexdigest() if data is not None else f"unreadable: {err.code}: {err}", config)
    if (found := _cached(spath, key)) is not None:
        return found
    if data is None:
        assert err is not None
        return _store(spath, key, [_error_page(src.rel, str(err), err.code)])
    return _store(spath, key, iter_pages(src.rel, reader.read(src.rel, data, config), config))


def _prepare_stream(src: Source, reader: Reader, f: BinaryIO, config: Config, spath: Path) -> list[PageSummary]:
    """Pass one for an archive or a document file (or a part of it), read as a stream. Its
    cache key is the sha256 of its bytes, read once ahead (about 1 GB/s, little next to
    preparing its pages)."""
    rel = src.rel
    try:
        before, what = _stamp(f), _sha256(f)
        f.seek(0)
    except OSError as e:  # as read_file says it
        err = PageError(f"cannot read the file: {e.strerror or e}", "unreadable_file")
        key = _key(f"unreadable: {err.code}: {err}", config, src.part)
        if (found := _cached(spath, key)) is None:
            found = _store(spath, key, [_error_page(rel, str(err), err.code)] if src.part[0] == 0 else [])
        return found
    key = _key(what, config, src.part)
    if (found := _cached(spath, key)) is not None:
        return found
    return _store(spath, key, _unless_changed(iter_pages(rel, reader.stream(rel, f, config), config, src.part),
                                              f, before, key))


def _sha256(f: BinaryIO) -> str:
    h = hashlib.sha256()
    while block := f.read(1 << 20):
        h.update(block)
    return h.hexdigest()


def _stamp(f: BinaryIO) -> tuple[int, int]:
    st = os.fstat(f.fileno())
    return st.st_size, st.st_mtime_ns


def _unless_changed(pages: Iterator[Page], f: BinaryIO, before: tuple[int, int],
                    key: dict[str, Any]) -> Iterator[Page]:
    """``pages``; then, if the file was written to while it was read (its pages are then not
    those of the bytes hashed), ``key`` changed to one no re-run matches, so the next run
    reads it again."""
    yield from pages
    if _stamp(f) != before:
        key["input"] = f"changed while it was read: {key['input']}"


def _error_page(page_id: str, message: str, code: str, url: str | None = None, kind: str | None = None,
                origin: Origin | None = None) -> Page:
    # a record that cannot be used keeps what its reader knew of it: pages.jsonl then names
    # the URL of a WARC record cut short, as it does for a record that failed later
    page = Page(id=page_id, url=url, kind=kind or "text", origin=origin or Origin())
    fail(page, message, code)
    return page


def failed_source(src: Source, message: str, code: str, state: Path) -> list[PageSummary]:
    """Pass one's result for a source (or a part of one) that could not be prepared at all
    (its worker died): one error page, cached under a key no re-run matches, so the next run
    tries it again."""
    key = {"input": f"failed: {code}", "cache": CACHE_FORMAT}
    page_id = src.rel if src.part == (0, 1) else f"{src.rel} (part {src.part[0] + 1} of {src.part[1]})"
    if code == "worker_died" and (src.part != (0, 1) or not isinstance(reader_for(src.rel), FileReader)):
        # an archive or a document file is prepared as one task (or one per part): its
        # pages are not known one by one when the task dies, and none of them was cleaned
        what = "this part of the file" if src.part != (0, 1) else "this file"
        message = (f"the process preparing {what} died (a crash in a library, or the out-of-memory "
                   "killer), again when it was retried on its own: none of its pages were cleaned; "
                   "run the same command again to retry them")
    return _store(source_path(state, src), key, [_error_page(page_id, message, code)])


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


def finish_page(cache: CacheRef, page_id: str, repeated: SiteKeys, site_pages: int,
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


def finish_pages(items: Sequence[PageRef], repeated: dict[str, SiteKeys],
                 site_pages: dict[str, int], config: Config) -> list[Rendered]:
    """Pass two for several pages, given their sites' boilerplate keys."""
    return [finish_page(cache, page_id, repeated.get(site) or SiteKeys(), site_pages.get(site, 0), config)
            for cache, site, page_id in items]
