"""The local backend: a process pool over both passes, writing results in page order.

Pass one prepares every source (in any order: its results are sums; a big archive in one
part per worker, run/tasks.py) and feeds the pages' block keys to the bounded site
counter. Pass two cleans the pages in page order, a chunk per task, and the writer takes
them in that order. At most a few chunks per worker are in flight, so memory does not
grow with the corpus. A worker that dies is replaced, and a page
that kills its worker every time is an error row (run/pool.py).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..config import Config
from ..corpus.counts import SiteKeyCounter
from ..corpus.identity import later_copies
from ..corpus.repeats import SiteKeys, SiteRepeats
from ..output.record import Rendered
from ..read.discover import Discovery, Source, find_sources
from . import collector
from .guard import check_out, check_paths, run_lock
from .pool import WORKER_DIED, Recovery, WorkerPool, map_tasks, watch_parent
from .progress import Progress
from .state import clean_stale_temps, state_dir
from .tasks import (
    PageRef,
    PageSummary,
    cached_keys,
    chunks,
    failed_page,
    failed_source,
    finish_pages,
    forget_cached_keys,
    forget_other_sources,
    halve,
    prepare_sources,
    prepare_tasks,
)
from .writer import RunWriter

# Sources per pass-one task and pages per pass-two task: big enough that pickling the task
# and its reply costs little next to the pages (~20 ms each), small enough for a smooth
# progress bar and an even spread over workers.
PREPARE_CHUNK = 4
FINISH_CHUNK = 8
# Tasks in flight per worker: keeps every worker busy while the parent merges or writes,
# without queueing the whole corpus (and its results) in memory.
IN_FLIGHT = 4


def cores() -> int:
    """CPUs this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent alone handles it and stops the pool,
    # so workers do not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent()
    collector.tune()


#: Pass two's task: pages (where cached, site, id), their sites' boilerplate keys and page counts.
FinishTask = tuple[list[PageRef], dict[str, SiteKeys], dict[str, int]]


def finish_task(work: FinishTask, config: Config) -> list[Rendered]:
    """Pass two for one task (both backends)."""
    return finish_pages(work[0], work[1], work[2], config)


def prepare_recovery(state: Path) -> Recovery[Sequence[Source], PageSummary]:
    """Pass one's tasks retried source by source, an archive's part in halves (tasks.halve); a
    source that kills its worker: an error page."""
    return Recovery(split=lambda srcs: [[s] for s in srcs] if len(srcs) > 1 else
                    [[h] for h in halve(srcs[0])] or [srcs],
                    failed=lambda srcs: failed_source(srcs[0], WORKER_DIED, "worker_died", state))


def finish_recovery(config: Config) -> Recovery[FinishTask, Rendered]:
    """Pass two's tasks retried page by page; a page that kills its worker: an error record."""
    return Recovery(split=lambda work: [([ref], work[1], work[2]) for ref in work[0]],
                    failed=lambda work: [failed_page(work[0][0][2], WORKER_DIED, "worker_died", config)])


def finish_work(summaries: Sequence[PageSummary], repeats: SiteRepeats, size: int = FINISH_CHUNK,
                ) -> Iterator[FinishTask]:
    """Pass-two tasks in page order, each with the boilerplate keys of its own sites only
    (sending every site's keys with every task would cost more than the pages)."""
    for part in chunks(summaries, size):
        sites = {s.site for s in part if not s.error}
        yield ([(s.cache, s.site, s.id) for s in part],
               {site: repeats.of(site) for site in sites},
               {site: repeats.pages.get(site, 0) for site in sites})


def count_sites(summaries: Iterable[list[PageSummary]], counter: SiteKeyCounter, tick: Callable[..., None],
                ) -> list[PageSummary]:
    """Feed pass-one results to the counter, less the later copies of a page
    (corpus/identity.py); return the slim summaries sorted by page id."""
    out: list[PageSummary] = []
    errors = 0
    for part in summaries:
        for s in part:
            if s.error:
                errors += 1
            else:
                counter.add(s.site, s.keys)
            out.append(s.slim())
        tick(len(part), errors=errors)
    out.sort(key=lambda s: s.id)
    for copy in later_copies(out):
        counter.take_away(copy.site, cached_keys(copy))
    forget_cached_keys()
    return out


def site_repeats(counter: SiteKeyCounter, config: Config) -> SiteRepeats:
    try:
        return SiteRepeats.from_tables(counter.tables(), dict(counter.pages), counter.names, config)
    finally:
        counter.close()


def claim(raw: Path, out: Path, config: Config) -> Discovery:
    """The input's pages, once RAW and OUT are checked (run/guard.py); nothing is written."""
    check_paths(raw, out)
    found = find_sources(raw, out, config)
    check_out(raw, out, (s.rel for s in found.sources))
    return found


def run(raw: Path, out: Path, config: Config, *, jobs: int = 0, progress: bool = False) -> dict[str, Any]:
    found = claim(raw, out, config)
    with run_lock(out), collector.tuned():
        return _run(raw, out, config, found, jobs, progress)


def _run(raw: Path, out: Path, config: Config, found: Discovery, jobs: int, progress: bool) -> dict[str, Any]:
    jobs = jobs or cores()
    state = state_dir(out.resolve())  # absolute: the cache paths it records outlive the cwd
    clean_stale_temps(out)
    sources = found.sources
    bar = Progress(enabled=progress and sys.stderr.isatty())
    pool = WorkerPool(jobs, _start_worker) if jobs > 1 else None
    writer: RunWriter | None = None
    try:
        counter = SiteKeyCounter(state / "counts")
        tasks = prepare_tasks(sources, jobs, PREPARE_CHUNK, state)
        forget_other_sources(state, tasks)
        with bar.phase("reading", len(sources), "input files") as tick:
            results = map_tasks(pool, partial(prepare_sources, config=config, state=state),
                                tasks, IN_FLIGHT * jobs, ordered=False,
                                recovery=prepare_recovery(state))
            summaries = count_sites(results, counter, tick)
        if pool is not None and pool.restarts:
            # a worker that died inside a big archive left its half-written state file
            clean_stale_temps(state / "sources")
        repeats = site_repeats(counter, config)
        writer = RunWriter(raw, out, config, skipped=found.skipped, skipped_files=found.named)
        with bar.phase("cleaning", len(summaries)) as tick:
            for recs in map_tasks(pool, partial(finish_task, config=config), finish_work(summaries, repeats),
                                  IN_FLIGHT * jobs, ordered=True, recovery=finish_recovery(config)):
                for rec in recs:
                    writer.add(rec)
                tick(len(recs), errors=writer.errors)
        stats = writer.close()
        if pool is not None and pool.restarts:
            print(f"{pool.restarts} time(s) a worker process died; the pages it held were run again "
                  "(a page that kills its worker on its own is a worker_died error row)", file=sys.stderr)
        return stats
    except BaseException as e:  # Ctrl-C, or a write that failed (disk full): stop, leave no temporary file
        if pool is not None:
            pool.shutdown(wait=False, cancel=True)
            pool = None
        if writer is not None:
            writer.abort()
        if isinstance(e, KeyboardInterrupt):
            print(f"\ninterrupted while {bar.name} after {bar.done} of {bar.total} {bar.unit}; "
                  "run the same command again to resume", file=sys.stderr)
        raise
    finally:
        if pool is not None:
            pool.shutdown()
