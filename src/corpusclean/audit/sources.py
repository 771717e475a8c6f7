"""A page's source text recomputed from the raw input, exactly as `verify` does it.

Manifest offsets point into the source text (decoded, repaired, for HTML the visible text),
which the run does not store; it is recomputed from the input folder named in run.json.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import PageError
from ..pipeline import compute_source
from ..read.discover import find_sources
from ..read.readers import Record, read_input, read_source


class SourceUnavailable(Exception):
    """The page's source text cannot be recomputed; the message says why."""


@dataclass(slots=True)
class RawPage:
    id: str
    data: bytes | None  # None: the file could not be read
    url: str | None = None
    kind: str | None = None
    charset: str | None = None  # what its transport declared (Record.charset)


def _raw(rec: Record) -> RawPage:
    return RawPage(rec.id, rec.data, rec.url, rec.kind, rec.charset)


def raw_pages(raw: Path, out: Path, config: Config) -> Iterator[RawPage]:
    """Every page of the input in run order, read by the run's own readers (read/readers)."""
    if not raw.exists():
        return
    for src, found in read_input(raw, out, config):
        yield from map(_raw, found.records)
        if found.failure is not None:
            yield RawPage(src.rel, None)


def find_raw_page(raw: Path, out: Path, config: Config, page_id: str) -> RawPage:
    """The raw bytes of one page; only the file that can hold it is read."""
    if not raw.exists():
        raise SourceUnavailable(f"the input folder {raw} no longer exists")
    for src in find_sources(raw, out, config).sources:
        if src.rel == page_id or page_id.startswith(src.rel + "/"):
            found = read_source(src, config)
            for rec in found.records:
                if rec.id == page_id:
                    return _raw(rec)
            if src.rel == page_id:
                return RawPage(src.rel, None)
    raise SourceUnavailable(f"page {page_id!r} is not in the input folder {raw} any more")


def source_text(page: RawPage, config: Config) -> str:
    if page.data is None:
        raise SourceUnavailable(f"cannot read the input file of {page.id}")
    try:
        return compute_source(page.data, page.id, config, kind=page.kind, charset=page.charset)
    except PageError as e:
        raise SourceUnavailable(f"cannot recompute the source of {page.id}: {e}") from None


def _one(args: tuple[RawPage, Config]) -> tuple[str | None, str]:
    page, config = args
    try:
        return source_text(page, config), ""
    except SourceUnavailable as e:
        return None, str(e)
    except Exception as e:  # one odd page must not stop a report: show it without its source
        return None, f"cannot recompute the source of {page.id} ({type(e).__name__}: {e})"


def sources(pages: Iterable[RawPage], config: Config, wanted: Callable[[str], bool],
            jobs: int = 1) -> Iterator[tuple[RawPage, str | None, str]]:
    """(page, source text or None, why not) for each page in order; the source only for `wanted`
    pages (the others get None and no reason). `jobs` > 1 recomputes in that many processes."""
    if jobs <= 1:
        for p in pages:
            yield (p, *_one((p, config))) if wanted(p.id) else (p, None, "")
        return
    it = iter(pages)
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        # In windows, so a large input is never read into memory all at once.
        while window := list(islice(it, 512)):
            futures = [ex.submit(_one, (p, config)) if wanted(p.id) else None for p in window]
            for p, f in zip(window, futures, strict=True):
                yield (p, *f.result()) if f is not None else (p, None, "")


def quotes_source(source: str, rows: list[dict[str, Any]]) -> bool:
    """True when every removal row quotes the source at its offsets (the input did not change)."""
    return all(source[r["start"]:r["end"]] == r["text"] for r in rows)
