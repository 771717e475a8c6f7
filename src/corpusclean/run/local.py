"""The local backend: a process pool over both passes, writing results in page order."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..config import Config
from ..corpus.repeats import SiteCounts
from ..read.discover import Source, discover
from .progress import Progress
from .tasks import PageSummary, finish_page, prepare_source
from .writer import RunWriter

T = TypeVar("T")
R = TypeVar("R")


class RunError(Exception):
    """A run that cannot start: a bad input or output folder (a usage error)."""


def check_paths(raw: Path, out: Path) -> None:
    if not raw.exists():
        raise RunError(f"input folder {raw} does not exist")
    r, o = raw.resolve(), out.resolve()
    if o == r or (r.is_dir() and r in o.parents):
        raise RunError(f"the output folder {out} is inside the input folder {raw}; "
                       "corpusclean never writes into its input: choose another output folder")
    if o in r.parents:
        raise RunError(f"the input folder {raw} is inside the output folder {out}; choose another output folder")


def _map(fn: Callable[[T], R], items: Iterable[T], jobs: int, ordered: bool) -> Iterator[R]:
    if jobs <= 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        # chunks keep inter-process traffic low; map() yields in input order either way.
        yield from ex.map(fn, items, chunksize=4)


def _finish(args: tuple[str, dict[int, int], int], config: Config) -> dict[str, Any]:
    return finish_page(args[0], args[1], args[2], config)


def run(raw: Path, out: Path, config: Config, *, jobs: int = 0, progress: bool = False) -> dict[str, Any]:
    check_paths(raw, out)
    jobs = jobs or os.cpu_count() or 1
    state = out / ".corpusclean"
    sources: list[Source] = discover(raw, exclude=out)
    bar = Progress(enabled=progress and sys.stderr.isatty())
    try:
        summaries: list[PageSummary] = []
        with bar.phase("reading", len(sources)) as tick:
            for res in _map(partial(prepare_source, config=config, state=state), sources, jobs, ordered=False):
                summaries.extend(res)
                tick(errors=0)
        summaries.sort(key=lambda s: s.id)
        counts = SiteCounts()
        for s in summaries:
            counts.add(s.site, s.keys)
        work = [(s.cache, counts.repeated(s.site, s.keys, config), counts.pages[s.site]) for s in summaries]
        writer = RunWriter(raw, out, config)
        with bar.phase("cleaning", len(work)) as tick:
            for rec in _map(partial(_finish, config=config), work, jobs, ordered=True):
                writer.add(rec)
                tick(errors=writer.errors)
        return writer.close()
    except KeyboardInterrupt:
        done = bar.done
        print(f"\ninterrupted after {done} pages; run the same command again to resume", file=sys.stderr)
        raise
