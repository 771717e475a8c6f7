"""Where a page's time goes: wall time per pipeline step and labelling stage, per page.

Runs ``clean_page`` in this process over bench/dev pages (after one warm-up page) with a
timer around each step (reading, repair, segmentation, trafilatura, alignment, metadata,
each labelling stage, decide, render) and prints ms per page and the share of the total.
Steps nest (``extract`` includes ``metadata``), so shares do not add up to 100%.

``--sampler`` measures the same loop with pyinstrument's statistical profiler instead and
prints self time per package (built-ins such as regex searches count for their caller)
and the functions with the most self time: an independent check of the timers, and the
view that shows time inside the libraries (trafilatura, py3langid, ftfy, lxml).
pyinstrument hooks every call, so the run is ~1.4x slower and call-heavy code looks a
little dearer than it is; read its shares, not its totals. It is in the ``bench`` extra.

    PYTHONPATH=src python bench/profile.py --track html --limit 200
    PYTHONPATH=src python bench/profile.py --track text --sampler
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

try:  # run as a script (bench/ on sys.path) or imported as bench.profile
    import systems
except ImportError:  # pragma: no cover
    from bench import systems

SPENT: Counter[str] = Counter()


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - t0
    return wrapper


def instrument() -> None:
    """Wrap the steps where the modules that call them look them up."""
    import corpusclean.api as api
    import corpusclean.classify as classify
    import corpusclean.pipeline as pipeline
    import corpusclean.read.extract as extract
    import corpusclean.read.html as html

    for mod, names in ((html, ("parse_html", "visible_text_with_evidence", "repair", "segment", "extract", "align_blocks",
                               "_label_title")),
                       (pipeline, ("load_text", "repair", "segment")),
                       (extract, ("page_metadata",)),
                       (classify, ("_language", "words", "measure")),
                       (api, ("decide", "render"))):
        for name in names:
            label = {"_language": "stage:language", "page_metadata": "metadata (in extract)",
                     "extract": "extract (trafilatura + metadata)", "words": "block words",
                     "measure": "block features", "visible_text_with_evidence": "visible text walk"}.get(name, name)
            setattr(mod, name, _timed(label, getattr(mod, name)))
    classify.STAGES = tuple((n, _timed(f"stage:{n}", f)) for n, f in classify.STAGES)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=systems.DEFAULT_BENCH, help="benchmark folder")
    ap.add_argument("--track", choices=("text", "html"), required=True)
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--lang-detector", default=None, help="corpusclean's --lang-detector (default: its own default)")
    ap.add_argument("--sampler", action="store_true",
                    help="profile with pyinstrument (self time per package and function)")
    ap.add_argument("--top", type=int, default=25, help="functions listed by --sampler")
    args = ap.parse_args(argv)
    folder = args.bench / args.track
    if not folder.is_dir():
        print(f"no benchmark pages at {folder}", file=sys.stderr)
        return 2
    files = sorted(p for p in folder.iterdir() if p.is_file())[: args.limit]
    pages = [(p.name.removesuffix(".gz"), p.read_bytes()) for p in files]
    if not pages:
        print("no pages selected", file=sys.stderr)
        return 2

    from corpusclean.api import clean_page
    from corpusclean.config import Config

    if args.lang_detector:
        clean_page = functools.partial(clean_page, config=Config(lang_detector=args.lang_detector))
    if args.sampler:
        return sample(clean_page, pages, args.track, args.top)
    instrument()
    clean_page(pages[0][1], page_id=pages[0][0])  # loads the models outside the measurement
    SPENT.clear()
    t0 = time.perf_counter()
    for page_id, data in pages:
        clean_page(data, page_id=page_id)
    total = time.perf_counter() - t0

    n = len(pages)
    table = Table(title=f"{args.track}, {n} pages: {n / total:.1f} docs/s, {1000 * total / n:.1f} ms/page")
    for col in ("step", "ms/page", "share"):
        table.add_column(col, justify="left" if col == "step" else "right")
    for name, spent in SPENT.most_common():
        table.add_row(name, f"{1000 * spent / n:.2f}", f"{100 * spent / total:.1f}%")
    Console(width=120).print(table)
    return 0


def _package(frame: Any, caller: str) -> str:
    """Who owns a frame's code: corpusclean's subpackage or a library. Built-in functions
    (regex searches, str methods) count for the code that called them."""
    path = (frame.file_path or "").replace("\\", "/")
    if "/corpusclean/" in path:
        parts = path.rsplit("/corpusclean/", 1)[1].split("/")
        return "corpusclean." + (parts[0] if len(parts) > 1 else parts[0].removesuffix(".py"))
    if "site-packages/" in path:
        return path.rsplit("site-packages/", 1)[1].split("/")[0].removesuffix(".py")
    if "/" not in path:
        return caller  # <built-in>
    return "python"


def sample(clean_page: Callable[..., Any], pages: list[tuple[str, bytes]], track: str, top: int) -> int:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("--sampler needs pyinstrument: pip install -e '.[bench]'", file=sys.stderr)
        return 2

    clean_page(pages[0][1], page_id=pages[0][0])  # loads the models outside the measurement
    profiler = Profiler(interval=0.0005)  # 0.5 ms: ~40 samples in an average text page
    t0 = time.perf_counter()
    profiler.start()
    for page_id, data in pages:
        clean_page(data, page_id=page_id)
    profiler.stop()
    total = time.perf_counter() - t0

    by_package: Counter[str] = Counter()
    by_function: Counter[tuple[str, str]] = Counter()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    stack = [(root, "python")] if root is not None else []
    while stack:
        frame, caller = stack.pop()
        package = _package(frame, caller)
        stack.extend((c, package) for c in frame.children if not c.is_synthetic)
        # a frame's own time: pyinstrument's synthetic "[self]" children, else the remainder
        own = sum(c.time for c in frame.children if c.is_synthetic) or (
            frame.time - sum(c.time for c in frame.children))
        if own > 0:
            by_package[package] += own
            by_function[(package, f"{frame.function} ({frame.code_position_short()})")] += own
    n = len(pages)
    sampled = sum(by_package.values()) or 1.0
    console = Console(width=140)
    title = f"{track}, {n} pages: {n / total:.1f} docs/s (sampled), self time"
    for rows, first, heading in ((by_package.most_common(), "package", "by package"),
                                 (by_function.most_common(top), "function", "top functions")):
        table = Table(title=f"{title} {heading}")
        for col in (first, "ms/page", "share"):
            table.add_column(col, justify="left" if col == first else "right")
        for key, spent in rows:
            name = f"{key[1]} · {key[0]}" if isinstance(key, tuple) else key
            table.add_row(name, f"{1000 * spent / n:.2f}", f"{100 * spent / sampled:.1f}%")
        console.print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
