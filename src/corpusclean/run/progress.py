"""A progress bar on stderr (rich): pages, pages/s, errors, ETA; silent when disabled.

The run enables it only when stderr is a terminal, so logs and pipes get no control codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.name = "starting"
        self.done = 0
        self.total = 0
        self.unit = "pages"

    @contextmanager
    def phase(self, name: str, total: int, unit: str = "pages") -> Iterator[Callable[..., None]]:
        """A phase of `total` pages (or input files: `unit`); the yielded tick(n=1, errors=0)
        advances it by n."""
        self.name, self.done, self.total, self.unit = name, 0, total, unit
        if not self.enabled:
            def tick(n: int = 1, **_: Any) -> None:
                self.done += n
            yield tick
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        cols = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn(f"{{task.fields[rate]:.1f}} {unit}/s"), TextColumn("errors: {task.fields[errors]}"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
        with RichProgress(*cols, console=Console(stderr=True), transient=False) as rp:
            task = rp.add_task(name, total=total, errors=0, rate=0.0)

            def tick(n: int = 1, errors: int = 0) -> None:
                self.done += n
                elapsed = rp.tasks[0].elapsed or 1e-9
                rp.update(task, advance=n, errors=errors, rate=self.done / elapsed)
            yield tick
