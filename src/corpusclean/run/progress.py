"""A progress bar on stderr (rich), silent when stderr is not a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.done = 0

    @contextmanager
    def phase(self, name: str, total: int) -> Iterator[Callable[..., None]]:
        self.done = 0
        if not self.enabled:
            def tick(**_: Any) -> None:
                self.done += 1
            yield tick
            return
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.console import Console

        cols = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} pages/s"), TextColumn("errors: {task.fields[errors]}"),
                TimeElapsedColumn(), TimeRemainingColumn())
        with RichProgress(*cols, console=Console(stderr=True), transient=False) as rp:
            task = rp.add_task(name, total=total, errors=0, rate=0.0)

            def tick(errors: int = 0) -> None:
                self.done += 1
                elapsed = rp.tasks[0].elapsed or 1e-9
                rp.update(task, advance=1, errors=errors, rate=self.done / elapsed)
            yield tick
