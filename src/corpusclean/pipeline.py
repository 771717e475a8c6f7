"""One page through the pipeline: read, decode, repair, segment, label, (corpus labels), decide."""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .classify import label_page
from .config import Config
from .errors import PageError, deadline, timeout_error
from .model import Origin, Page
from .read.columns import unfold
from .read.decode import decode, gunzip, sniff_binary
from .read.discover import kind_of
from .read.edit_links import attach_edit_links
from .read.expanders import attach_expanders
from .read.mail import attach_mail
from .read.markdown import attach_markdown
from .read.readers import document_file
from .read.readings import attach_readings
from .read.repair import repair
from .registry import rule as registered
from .segment import segment

#: How soon the alarm tries again when it went off inside a finalizer (in seconds): gc
#: callbacks and __del__ methods run for micro- to milliseconds, so 10 ms adds little to a
#: page that is over its limit anyway.
_ALARM_RETRY = 0.01


def in_finalizer(frame: FrameType | None) -> bool:
    """Whether `frame` runs inside a gc callback or a `__del__` method. An exception raised
    there does not stop the page: Python prints it as "Exception ignored" and goes on."""
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        if frame.f_code in callbacks or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop a page that runs longer than `seconds`: with SIGALRM in the main thread, and
    between steps (errors.deadline) in every thread, which in the main thread backs up an
    alarm lost in a finalizer."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        with deadline(seconds):
            yield
        return

    def _raise(signum: int, frame: FrameType | None) -> None:
        if in_finalizer(frame):  # raised there, it would be printed and dropped
            signal.setitimer(signal.ITIMER_REAL, _ALARM_RETRY)
            return
        raise timeout_error(seconds)

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        # The between-steps check as well, should an alarm still be lost.
        with deadline(seconds):
            yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def load_text(data: bytes, config: Config, encoding: str | None = None,
              charset: str | None = None) -> tuple[bytes, str, str]:
    """Raw bytes to decoded text: size limit, gzip, binary check, decode. (bytes, text, encoding).

    `encoding`: the bytes' encoding when the caller knows it (a str given to `clean_page`):
    they are then text by contract, neither sniffed for binary formats nor guessed at.
    `charset`: the charset the page's transport declared (read/decode.py weighs it)."""
    if len(data) > config.max_bytes:
        raise PageError(
            f"page is {len(data):,} bytes, over the size limit of {config.max_bytes:,}; "
            "raise --max-bytes to read it",
            "too_large",
        )
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, config.max_bytes)
    if not data:
        raise PageError("empty file (0 bytes)", "empty_page")
    binary = sniff_binary(data) if encoding is None else None
    if binary:
        raise PageError(f"not a web page: the file is {binary}", "binary_file")
    text, encoding = decode(data, encoding, declared=charset)
    return data, text, encoding


def source_of(page: Page, text: str, config: Config) -> None:
    """Fill page.source, page.repairs, page.blocks (and for HTML its extraction labels)."""
    if page.kind == "html":
        from .read.html import html_to_page

        html_to_page(page, text, config)
    else:
        text, grids = unfold(text)
        if grids:  # a table layout's columns, read one after another (read/columns.py)
            page.stats["layout_tables_unfolded"] += grids
        page.source, page.repairs = repair(text)
        page.blocks = segment(page.source)
        attach_markdown(page.blocks, page.source)
        attach_readings(page.blocks, page.source)
    attach_edit_links(page.blocks, page.source)
    attach_expanders(page.blocks, page.source)
    attach_mail(page.blocks, page.source)
    if not page.source.strip():
        raise PageError("the page has no text (only whitespace or markup)", "empty_page")


def compute_source(data: bytes, page_id: str, config: Config, kind: str | None = None,
                   charset: str | None = None) -> str:
    """The page's source text alone, as `prepare` computes it (used by verify)."""
    data, text, _ = load_text(data, config, charset=charset)
    if (kind or kind_of(page_id, data[:1024])) == "html":
        from .read.html import visible_source

        return visible_source(text)
    return repair(unfold(text)[0])[0]


def prepare(
    data: bytes,
    page_id: str,
    config: Config,
    *,
    kind: str | None = None,
    url: str | None = None,
    site: str | None = None,
    encoding: str | None = None,
    charset: str | None = None,
    origin: Origin | None = None,
) -> Page:
    """Everything that needs only this page: up to labels, before corpus stages and decide.
    `encoding`: the bytes' encoding when the caller knows it; `charset`: the one its
    transport declared (see `load_text`); `origin`: what the input said of the page, for
    its output document."""
    _warm_up(config)
    page = Page(id=page_id, url=url, origin=origin or Origin())
    t0 = time.perf_counter()
    try:
        with _time_limit(config.max_seconds):
            data, text, page.encoding = load_text(data, config, encoding, charset)
            page.kind = kind or kind_of(page_id, data[:1024])
            source_of(page, text, config)
            page.url = page.url or page.metadata.get("url")
            page.site = site or _site(page)
            label_page(page, config)
    except PageError as e:
        fail(page, str(e), e.code)
    except RecursionError:
        fail(page, "the page is nested too deeply to parse", "too_deep")
    except MemoryError:
        fail(page, "the page is too large to process in memory", "too_large")
    except Exception as e:  # a bug on one page must not stop the run: record it, go on
        fail(page, f"internal error while cleaning this page ({type(e).__name__}: {e}); please report it",
             "internal_error")
    page.stats["seconds_prepare_ms"] += int((time.perf_counter() - t0) * 1000)
    return page


# Long enough in two languages that the language models, not the short-text shortcuts, run.
_WARM_UP_PAGE = ("Home\n\nThe council met on Tuesday to discuss the budget for the parks of the city. "
                 "Members argued for hours about the details of the plan.\n\nLe conseil municipal "
                 "s'est réuni mardi pour discuter du budget des parcs de la ville.\n\nShare this:\n").encode()
_warmed: set[str] = set()


def _warm_up(config: Config) -> None:
    """Load the lazily built models once per process, outside every page's time limit.

    The first page a process cleans would otherwise pay for loading the language models and
    charset tables (1.3 s measured), so a small --max-seconds failed the first page of every
    worker, and the alarm could interrupt a model half-loaded. Results do not depend on it.
    """
    key = config.digest()
    if key in _warmed:
        return
    _warmed.add(key)
    try:
        page = Page(id="warm-up.txt")
        source_of(page, load_text(_WARM_UP_PAGE, config)[1], config)
        label_page(page, config)
        decode(b"caf\xe9 cr\xe8me")  # not UTF-8: loads charset_normalizer
    except Exception:  # the real page will meet and report the same failure
        pass


def fail(page: Page, message: str, code: str) -> None:
    registered(code)  # every error row's rule is a registered one
    page.error, page.blocks = message, []
    page.error_code = code


def _site(page: Page) -> str:
    from urllib.parse import urlsplit

    if page.url:
        try:
            host = urlsplit(page.url).hostname
        except ValueError:  # "Invalid IPv6 URL" ("http://[::1"): no host to trust
            host = None
        if host:
            return host.removeprefix("www.")
    parent = page.id.rsplit("/", 1)[0] if "/" in page.id else "."
    if document_file(parent):
        # A document of a JSONL or Parquet file without a URL is a site of its own: such a
        # file is a dataset of many sources far more often than one site's pages, and as one
        # site a wire story's lead in four of its documents was boilerplate in all four.
        return f"doc:{page.id}"
    return f"dir:{parent}"
