"""The Dask backend: the same two passes on a Dask cluster (a LocalCluster by default).

Pass one maps `prepare_sources` over chunks of sources on the workers (a big archive in one
part per worker, run/tasks.py). Each task returns
its pages' slim summaries (gathered by the client, for page order and the pages per site)
and its (site, key) counts cut into `BUCKETS` tables by key, which stay on the workers.
The corpus-wide count is a distributed reduction: per bucket, a tree of `merge` tasks sums
the tables (sums are order-free, so any tree gives the same result), then one task keeps
the pairs that pass the thresholds, the only part that travels back to the client. Pass
two maps `finish_pages` over chunks of pages, and the client writes the results in page
order with the same RunWriter as the local backend, so outputs are byte-identical.

Workers must see the input and output folders at the same paths as the client (a shared
file system, as on one machine): they read the pages and write the pass-one cache there.

A task whose worker keeps dying (Dask gives up with KilledWorker after
``distributed.scheduler.allowed-failures`` restarts) runs again source by source, or page
by page in pass two; a page that still kills its worker is a ``worker_died`` error row, as
on the local backend, with the same limit on deaths in a row (run/pool.py).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..config import Config
from ..corpus.counts import count_pages, merge, split
from ..corpus.hashing import site_id
from ..corpus.identity import later_copies
from ..corpus.repeats import SiteRepeats, select
from ..output.record import Rendered
from ..read.discover import Discovery, Source
from . import collector
from .guard import RunError, run_lock
from .local import (
    IN_FLIGHT,
    FinishTask,
    claim,
    cores,
    finish_recovery,
    finish_task,
    finish_work,
    prepare_recovery,
)
from .pool import Recovery
from .progress import Progress
from .state import clean_stale_temps, state_dir
from .tasks import PageSummary, cached_keys, forget_other_sources, prepare_sources, prepare_tasks
from .writer import RunWriter

T = TypeVar("T")
X = TypeVar("X")

# Sources per pass-one task: a Dask task costs ~1 ms of scheduling, a page 10-100 ms.
PREPARE_CHUNK = 16
# Key buckets of the reduction: each is reduced by its own tree, in parallel, and no
# worker ever holds more than one bucket's merged table.
BUCKETS = 8
# Tables merged per task in the reduction tree.
FAN_IN = 8

PartResult = tuple[list[PageSummary], list[np.ndarray]]


def _prepare_part(srcs: Sequence[Source], config: Config, state: Path) -> PartResult:
    summaries = prepare_sources(srcs, config, state)
    table = count_pages((site_id(s.site), s.keys) for s in summaries if not s.error)
    return [s.slim() for s in summaries], split(table, BUCKETS)


def _summaries(part: PartResult) -> list[PageSummary]:
    return part[0]


def _bucket(part: PartResult, b: int) -> np.ndarray:
    return part[1][b]


def _merge(*tables: np.ndarray) -> np.ndarray:
    return merge(tables)


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise RunError("--backend dask needs dask.distributed, which is not installed: "
                       "pip install 'corpusclean[dask]' (or use --backend local)") from None


def _client(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError, ValueError) as e:
            raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    with _interrupts_ignored():
        # The cluster's processes start with Ctrl-C ignored, and keep it so: Ctrl-C reaches
        # every process of the terminal's group, and the run stops from here (_run_on), as
        # the local backend's workers do (run/local.py). Unignored, each nanny and worker
        # printed its own KeyboardInterrupt traceback.
        cluster = LocalCluster(n_workers=n_workers or cores(), threads_per_worker=1,
                               processes=True, dashboard_address=None)
    client = Client(cluster)
    # Our own workers, for this run only: their collector is tuned as the local backend's
    # workers are (run/collector.py). A scheduler given by address has the user's workers,
    # left as they are; so is a worker the nanny restarts, which costs speed, not results.
    with suppress(Exception):  # a speed setting: a worker that cannot take it runs as it is
        client.run(collector.tune)
    return client, cluster


def _quiet_worker_logs() -> None:
    """After Ctrl-C: the run is being torn down, and a worker whose heartbeat meets the
    closing scheduler logs that as an error with a traceback; the user has the summary."""
    logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """SIGINT ignored while the block runs, in the main thread (elsewhere no handler can be
    set, and nothing changes). Processes started meanwhile inherit it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_dask(raw: Path, out: Path, config: Config, *, scheduler: str | None = None, progress: bool = False,
             n_workers: int = 0) -> dict[str, Any]:
    """Clean `raw` into `out` on Dask; `scheduler` is an address, else a LocalCluster of
    `n_workers` processes (default: one per core) is started and stopped."""
    _require_dask()
    found = claim(raw, out, config)
    out = out.resolve()
    with run_lock(out):
        return _run_on(raw, out, config, found, scheduler, n_workers, progress)


def _run_on(raw: Path, out: Path, config: Config, found: Discovery, scheduler: str | None, n_workers: int,
            progress: bool) -> dict[str, Any]:
    client, cluster = _client(scheduler, n_workers)
    bar = Progress(enabled=progress and sys.stderr.isatty())
    try:
        return _run(client, raw, out, config, found, bar)
    except KeyboardInterrupt:
        print(f"\ninterrupted while {bar.name} after {bar.done} of {bar.total} {bar.unit}; "
              "run the same command again to resume", file=sys.stderr)
        if cluster is not None:  # our own workers: their running tasks are cancelled next,
            with suppress(Exception):  # which each would log as a warning, and they may lose the scheduler
                client.run(_quiet_worker_logs)
        raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client: Any, raw: Path, out: Path, config: Config, found: Discovery, bar: Progress) -> dict[str, Any]:
    from dask.distributed import KilledWorker, as_completed

    state = state_dir(out)
    clean_stale_temps(out)
    sources = found.sources
    workers = max(1, len(client.scheduler_info().get("workers", {})))

    # pass one, and the per-bucket tables left on the workers
    tasks = prepare_tasks(sources, workers, PREPARE_CHUNK, state)
    forget_other_sources(state, tasks)
    parts = client.map(_prepare_part, tasks, config=config, state=state, pure=False)
    heads = client.map(_summaries, parts, pure=False)
    task_of = {h.key: i for i, h in enumerate(heads)}
    recovery = prepare_recovery(state)
    summaries: list[PageSummary] = []
    errors = 0
    with bar.phase("reading", len(sources), "input files") as tick:
        for fut in as_completed(heads):
            try:
                part = fut.result()
                recovery.watch.ok()
            except KilledWorker:  # the task's worker died every time: its sources one by one
                i = task_of[fut.key]
                part, alone = _prepare_alone(client, tasks[i], config, state, recovery)
                parts[i] = None  # its tables are lost with it; the sources' own parts replace them
                parts.extend(alone)
            errors += sum(s.error for s in part)
            summaries.extend(part)
            tick(len(part), errors=errors)
            fut.release()
    summaries.sort(key=lambda s: s.id)
    names = {site_id(s.site): s.site for s in summaries}
    site_pages: dict[int, int] = {}
    for s in summaries:
        sid = site_id(s.site)
        site_pages[sid] = site_pages.get(sid, 0) + 1
    # the later copies of a page are taken away again (corpus/identity.py)
    copies = later_copies(summaries)
    for s in copies:
        site_pages[site_id(s.site)] -= 1
    parts = [p for p in parts if p is not None]
    if copies:
        minus = count_pages(((site_id(s.site), cached_keys(s)) for s in copies), weight=-1)
        parts.append(client.scatter([([], split(minus, BUCKETS))])[0])  # a list: one future

    # the corpus pass: one reduction tree per bucket, then the thresholds
    selected = []
    for b in range(BUCKETS):
        level = client.map(_bucket, parts, b=b, pure=False)
        while len(level) > 1:
            level = [client.submit(_merge, *level[i : i + FAN_IN], pure=False)
                     for i in range(0, len(level), FAN_IN)]
        if level:
            selected.append(client.submit(select, level[0], site_pages, config, pure=False))
    repeats = SiteRepeats.from_selected(client.gather(selected), {names[s]: n for s, n in site_pages.items()},
                                        names)
    del parts, selected

    # pass two, written in page order by this process
    writer = RunWriter(raw, out, config, skipped=found.skipped, skipped_files=found.named)
    try:
        window = IN_FLIGHT * workers
        pending: deque[tuple[FinishTask, Any]] = deque()
        recovery_two = finish_recovery(config)
        with bar.phase("cleaning", len(summaries)) as tick:
            work = iter(finish_work(summaries, repeats))
            for item in work:
                pending.append((item, client.submit(finish_task, item, config, pure=False)))
                if len(pending) >= window:
                    _write(client, *pending.popleft(), config, writer, tick, recovery_two)
            while pending:
                _write(client, *pending.popleft(), config, writer, tick, recovery_two)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def _one_by_one(item: T, recovery: Recovery[T, X], run: Callable[[T], list[X]]) -> list[X]:
    """A task whose worker died every time, as its one-source or one-page tasks (an archive's
    part in halves, and halves of those), each given to `run`; one that kills its worker on
    its own gives the recovery's error result (run/pool.py, for Dask)."""
    from dask.distributed import KilledWorker

    out: list[X] = []
    for one in recovery.split(item):
        try:
            out.extend(run(one))
            recovery.watch.ok()
        except KilledWorker:
            if len(recovery.split(one)) > 1:
                out.extend(_one_by_one(one, recovery, run))
            else:
                recovery.watch.died()
                out.extend(recovery.failed(one))
    return out


def _prepare_alone(client: Any, srcs: Sequence[Source], config: Config, state: Path,
                   recovery: Recovery[Sequence[Source], PageSummary]) -> tuple[list[PageSummary], list[Any]]:
    """Pass one for the sources of a task whose worker died every time, one task each, and
    the parts (tables left on the workers) of those that went through."""
    parts: list[Any] = []

    def run(one: Sequence[Source]) -> list[PageSummary]:
        part = client.submit(_prepare_part, one, config=config, state=state, pure=False)
        summaries: list[PageSummary] = client.submit(_summaries, part, pure=False).result()
        parts.append(part)
        return summaries

    return _one_by_one(srcs, recovery, run), parts


def _write(client: Any, item: FinishTask, fut: Any, config: Config, writer: RunWriter, tick: Any,
           recovery: Recovery[FinishTask, Rendered]) -> None:
    from dask.distributed import KilledWorker

    try:
        recs = fut.result()
        recovery.watch.ok()
    except KilledWorker:  # the task's worker died every time: its pages one by one
        recs = _one_by_one(item, recovery,
                           lambda one: client.submit(finish_task, one, config, pure=False).result())
    fut.release()
    for rec in recs:
        writer.add(rec)
    tick(len(recs), errors=writer.errors)
