"""Page-level failures: raised inside a page's processing, recorded as one `error` manifest row."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class PageError(Exception):
    """A page that cannot be cleaned; the message is shown to people as it is."""

    def __init__(self, message: str, code: str = "unreadable_page") -> None:
        super().__init__(message)
        self.code = code


# --- the per-page time limit where no signal can interrupt (worker threads) ------------------
# SIGALRM stops a page mid-step, but only in the main thread; a Dask worker runs pages in
# threads. There the limit is checked between steps (parse, extraction, every labelling
# stage): a page over it fails at the next step instead of running to its end, though one
# step (trafilatura on a huge page) cannot be cut short.
_limit = threading.local()


def timeout_error(seconds: float) -> PageError:
    return PageError(
        f"page took longer than the time limit of {seconds:g} s; raise --max-seconds to allow more",
        "timeout",
    )


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Within this block, `check_deadline` raises once `seconds` have passed (0: never)."""
    old = getattr(_limit, "at", None)
    _limit.at = (time.monotonic() + seconds, seconds) if seconds > 0 else None
    try:
        yield
    finally:
        _limit.at = old


def check_deadline() -> None:
    at = getattr(_limit, "at", None)
    if at is not None and time.monotonic() > at[0]:
        raise timeout_error(at[1])
