"""A process pool that outlives its workers: a page that kills the process cleaning it (a
crash inside a parser, the out-of-memory killer) becomes an error row, and the run goes on.

When one worker dies, ``concurrent.futures`` marks the whole pool broken and fails every
task in flight, most of them innocent. ``map_tasks`` then starts a new pool and runs those
tasks again one at a time; a task that kills its worker again is split into one-page tasks,
and a page that kills a worker on its own is handed to ``Recovery.failed``, which records
it as an error. The results are the same as in a run where nothing died, page for page.
Workers dying on page after page, with none cleaned in between, stop the run instead
(``DeathWatch``, ``MAX_DEATHS_IN_A_ROW``).
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
X = TypeVar("X")

#: Pages in a row whose worker died on each of them alone, with no page cleaned in between,
#: after which the run stops: then it is the installation or the machine that is broken (a
#: library that crashes on every page, memory too small for one worker), not the pages, and
#: going on would only turn the rest of the corpus into error rows, one restart a page.
MAX_DEATHS_IN_A_ROW = 20


#: How often a worker checks that its parent is alive (seconds): a killed run's workers are
#: gone within this, and the check (one getppid call) costs nothing next to the pages.
PARENT_CHECK = 0.5


def watch_parent() -> None:
    """End this worker process when the run that started it dies.

    A worker blocks reading its task pipe; when the parent is killed (``kill -9``, the OOM
    killer) the pipe never closes, because the sibling workers hold its other end too, and
    the worker would wait forever. A daemon thread notices the parent is gone (the worker
    was handed to another process: ``getppid`` changed) and exits the process.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="corpusclean-parent-watch", daemon=True).start()


class WorkersKeepDying(Exception):
    """The run stops: workers died on MAX_DEATHS_IN_A_ROW pages in a row."""


class DeathWatch:
    """Counts pages in a row that killed their worker; a page cleaned resets the count."""

    def __init__(self) -> None:
        self.in_a_row = 0

    def ok(self) -> None:
        self.in_a_row = 0

    def died(self) -> None:
        self.in_a_row += 1
        if self.in_a_row >= MAX_DEATHS_IN_A_ROW:
            raise WorkersKeepDying(
                f"the worker processes died on {self.in_a_row} pages in a row, each retried on its "
                "own, with no page cleaned in between: the installation or the machine looks broken "
                "(a library crashing, too little memory for one worker); try --jobs 1 on a few pages "
                "to see the error")


#: The message of a page whose worker died every time it was cleaned.
WORKER_DIED = ("the process cleaning this page died (a crash in a library, or the out-of-memory "
               "killer), again when the page was retried on its own")


class WorkerPool:
    """A ProcessPoolExecutor that is replaced, not given up, when a worker dies."""

    def __init__(self, jobs: int, initializer: Callable[[], None] | None = None) -> None:
        self.jobs, self.initializer = jobs, initializer
        self.restarts = 0  # pools replaced because a worker died
        self.ex = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=self.initializer)

    def submit(self, fn: Callable[[T], X], item: T) -> Future[X]:
        """A future of fn(item); already failed with BrokenProcessPool when the pool is."""
        try:
            return self.ex.submit(fn, item)
        except BrokenProcessPool as e:
            fut: Future[X] = Future()
            fut.set_exception(e)
            return fut

    def restart(self) -> None:
        self.ex.shutdown(wait=False, cancel_futures=True)
        self.ex = self._start()
        self.restarts += 1

    def shutdown(self, *, wait: bool = True, cancel: bool = False) -> None:
        self.ex.shutdown(wait=wait, cancel_futures=cancel)


@dataclass(frozen=True)
class Recovery(Generic[T, X]):
    """How to retry a task page by page, and what a page whose worker always dies gives."""

    split: Callable[[T], Sequence[T]]  # the task's one-page tasks
    failed: Callable[[T], list[X]]  # the error result of a one-page task
    watch: DeathWatch = field(default_factory=DeathWatch)


def map_tasks(pool: WorkerPool | None, fn: Callable[[T], list[X]], items: Iterable[T], window: int,
              ordered: bool, recovery: Recovery[T, X]) -> Iterator[list[X]]:
    """fn over items with at most ``window`` tasks in flight; in input order when
    ``ordered``. Without a pool, in this process (where a crash ends the run anyway)."""
    if pool is None:
        yield from map(fn, items)
        return
    pending: deque[tuple[T, Future[list[X]]]] = deque()
    it = iter(items)
    more = True
    while True:
        while more and len(pending) < window:
            try:
                item = next(it)
            except StopIteration:
                more = False
                break
            pending.append((item, pool.submit(fn, item)))
        if not pending:
            return
        if ordered:
            ready = [pending[0]]
        else:
            done, _ = wait([f for _, f in pending], return_when=FIRST_COMPLETED)
            ready = [p for p in pending if p[1] in done]
        for p in ready:
            if isinstance(p[1].exception(), BrokenProcessPool):
                yield from _settle(pool, fn, pending, recovery)
                break
            pending.remove(p)
            result = p[1].result()
            recovery.watch.ok()
            yield result


def _settle(pool: WorkerPool, fn: Callable[[T], list[X]], pending: deque[tuple[T, Future[list[X]]]],
            recovery: Recovery[T, X]) -> Iterator[list[X]]:
    """After a worker died: every task in flight, in order; those that finished before the
    crash give their results, the others run again alone in a new pool."""
    tasks = list(pending)
    pending.clear()
    wait([f for _, f in tasks])  # the broken pool fails each of its tasks: let it finish doing so
    pool.restart()
    for item, fut in tasks:
        if fut.cancelled() or isinstance(fut.exception(), BrokenProcessPool):
            yield _alone(pool, fn, item, recovery)
        else:
            yield fut.result()


def _alone(pool: WorkerPool, fn: Callable[[T], list[X]], item: T, recovery: Recovery[T, X]) -> list[X]:
    try:
        result = pool.submit(fn, item).result()
        recovery.watch.ok()
        return result
    except BrokenProcessPool:
        pool.restart()
    parts = recovery.split(item)
    if len(parts) <= 1:
        recovery.watch.died()
        return recovery.failed(item)
    out: list[X] = []
    for part in parts:
        out.extend(_alone(pool, fn, part, recovery))
    return out
