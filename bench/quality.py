"""Extraction quality of corpusclean and the anchors on bench/dev.

Every selected system runs on the same pages in one run; one table is printed with word
F1/P/R (averaged per page), the pooled share of ``with`` snippets found and of
``without`` snippets absent, pages with empty output, errors, and wall time (sum of the
per-page wall times of the system call alone, excluding file reading and scoring).

    PYTHONPATH=src python bench/quality.py --track text
    PYTHONPATH=src python bench/quality.py --track html --systems trafilatura,corpusclean \\
        --worst 15 --json /tmp/html.json

See scoring.py for the scoring convention.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

try:  # run as a script (bench/ on sys.path) or imported as bench.quality
    import scoring
    import systems
except ImportError:  # pragma: no cover
    from bench import scoring, systems


@dataclass(slots=True)
class PageResult:
    id: str
    f1: float
    precision: float
    recall: float
    with_found: int
    with_total: int
    without_absent: int
    without_total: int
    empty: bool
    seconds: float
    error: str = ""
    missing: str = ""  # most frequent gold words absent from the output
    extra: str = ""  # most frequent output words absent from the gold


@dataclass(slots=True)
class Summary:
    system: str
    pages: int
    f1: float
    precision: float
    recall: float
    with_found: float
    without_absent: float
    empty: int
    errors: int
    seconds: float


# Task = (system, track, bench dir, gold page, fold typography in snippets);
# run_one is module level so the pool can pickle it.
Task = tuple[str, str, str, systems.Gold, bool]


def run_one(task: Task) -> tuple[PageResult, str]:
    """Run one system on one page and score it. Returns the result and the output text."""
    system, track, bench, gold, fold = task
    data = systems.load_page(Path(bench), track, gold.id)
    run = systems.runner(system, track)
    error = ""
    t0 = time.perf_counter()
    try:
        out = run(data, gold.url)
    except Exception as exc:  # noqa: BLE001 - one bad page never stops the run; scores as empty
        out = ""
        error = f"{type(exc).__name__}: {exc}"[:300]
    seconds = time.perf_counter() - t0
    prf = scoring.word_prf(out, gold.article)
    snip = scoring.snippet_counts(out, gold.with_, gold.without, fold=fold)
    missing, extra = scoring.diff_words(out, gold.article, top=12)
    result = PageResult(
        id=gold.id,
        f1=prf.f1,
        precision=prf.precision,
        recall=prf.recall,
        with_found=snip.with_found,
        with_total=snip.with_total,
        without_absent=snip.without_absent,
        without_total=snip.without_total,
        empty=prf.predicted == 0,
        seconds=seconds,
        error=error,
        missing=" ".join(missing),
        extra=" ".join(extra),
    )
    return result, out


def summarise(system: str, results: Sequence[PageResult]) -> Summary:
    with_found, without_absent = scoring.pool(
        scoring.SnippetCounts(r.with_found, r.with_total, r.without_absent, r.without_total) for r in results
    )
    return Summary(
        system=system,
        pages=len(results),
        f1=scoring.mean(r.f1 for r in results),
        precision=scoring.mean(r.precision for r in results),
        recall=scoring.mean(r.recall for r in results),
        with_found=with_found,
        without_absent=without_absent,
        empty=sum(r.empty for r in results),
        errors=sum(bool(r.error) for r in results),
        seconds=sum(r.seconds for r in results),
    )


def run_system(
    system: str,
    track: str,
    bench: Path,
    pages: Sequence[systems.Gold],
    jobs: int,
    outputs: Path | None,
    fold: bool = False,
) -> list[PageResult]:
    tasks: list[Task] = [(system, track, str(bench), g, fold) for g in pages]
    results: list[PageResult] = []
    if jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        it: Iterator[tuple[PageResult, str]] = pool.map(run_one, tasks, chunksize=4)
    else:
        pool = None
        it = map(run_one, tasks)
    try:
        for result, out in it:  # map keeps page order: deterministic output
            results.append(result)
            if outputs is not None:
                d = outputs / track / system
                d.mkdir(parents=True, exist_ok=True)
                (d / f"{result.id}.txt").write_text(out, encoding="utf-8")
    finally:
        if pool is not None:
            pool.shutdown()
    return results


def fmt(x: float, digits: int = 3) -> str:
    return "n/a" if math.isnan(x) else f"{x:.{digits}f}"


def print_table(console: Console, track: str, n_pages: int, summaries: Sequence[Summary]) -> None:
    table = Table(title=f"bench/dev, {track} track, {n_pages} pages")
    table.add_column("system", no_wrap=True)
    for col in (
        "word F1",
        "P",
        "R",
        "with found",
        "without absent",
        "empty pages",
        "errors",
    ):
        table.add_column(col, justify="right")
    table.add_column("wall time (s)", justify="right")
    for s in summaries:
        table.add_row(
            s.system,
            fmt(s.f1),
            fmt(s.precision),
            fmt(s.recall),
            fmt(s.with_found),
            fmt(s.without_absent),
            str(s.empty),
            str(s.errors),
            f"{s.seconds:.1f}",
        )
    console.print(table)


def print_worst(console: Console, system: str, results: Sequence[PageResult], n: int) -> None:
    worst = sorted(results, key=lambda r: (r.f1, r.id))[:n]
    table = Table(title=f"{n} worst pages for {system} by word F1")
    for col in ("id", "F1", "P", "R", "missing (top words)", "extra (top words)"):
        table.add_column(col, justify="right" if col in ("F1", "P", "R") else "left")
    for r in worst:
        extra = r.extra if not r.error else f"ERROR {r.error}"
        table.add_row(r.id, fmt(r.f1), fmt(r.precision), fmt(r.recall), r.missing[:80], extra[:80])
    console.print(table)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=systems.DEFAULT_BENCH, help="benchmark folder")
    ap.add_argument("--track", choices=systems.TRACKS, required=True)
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--ids", type=Path, default=None, help="file with one page id per line")
    ap.add_argument(
        "--systems",
        default=",".join(systems.SYSTEMS),
        help="comma-separated, from: " + ",".join(systems.SYSTEMS),
    )
    ap.add_argument("--worst", type=int, default=0, help="print the N worst pages by F1")
    ap.add_argument(
        "--worst-system",
        default="corpusclean",
        help="system for --worst (default corpusclean, else the first system run)",
    )
    ap.add_argument("--json", type=Path, default=None, help="write all per-page scores here")
    ap.add_argument("--outputs", type=Path, default=None, help="write outputs to DIR/track/system/")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes per system")
    ap.add_argument(
        "--fold-typography",
        action="store_true",
        help="snippets: also fold curly quotes/dashes to ASCII (not the benchmark convention)",
    )
    args = ap.parse_args(argv)
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in names if s not in systems.SYSTEMS]
    if unknown:
        ap.error(f"unknown system(s): {', '.join(unknown)}")
    if not names:
        ap.error("no system selected")
    args.system_list = names
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Rich wraps to 80 columns when not writing to a terminal; tables need more.
    console = Console() if sys.stdout.isatty() else Console(width=132)
    bench: Path = args.bench.resolve()
    pages = systems.select_pages(systems.load_gold(bench), args.ids, args.limit)
    if not pages:
        console.print("[red]no pages selected[/red]")
        return 2

    names: list[str] = []
    for name in args.system_list:
        if name == "corpusclean":
            why = systems.corpusclean_available()
            if why is not None:
                console.print(f"[yellow]warning: skipping corpusclean ({why})[/yellow]")
                continue
        names.append(name)

    per_system: dict[str, list[PageResult]] = {}
    summaries: list[Summary] = []
    for name in names:
        t0 = time.perf_counter()
        results = run_system(
            name,
            args.track,
            bench,
            pages,
            args.jobs,
            args.outputs,
            args.fold_typography,
        )
        per_system[name] = results
        summaries.append(summarise(name, results))
        console.print(
            f"[dim]{name}: {len(results)} pages in {time.perf_counter() - t0:.1f} s[/dim]",
        )

    print_table(console, args.track, len(pages), summaries)
    if args.fold_typography:
        console.print("[yellow]snippets matched with typography folded (--fold-typography)[/yellow]")

    if args.worst and per_system:
        target = args.worst_system if args.worst_system in per_system else next(iter(per_system))
        print_worst(console, target, per_system[target], args.worst)

    if args.json is not None:
        report: dict[str, Any] = {
            "bench": str(bench),
            "track": args.track,
            "pages": len(pages),
            "scoring": "word P/R/F1 averaged per page; snippet shares pooled over all snippets",
            "fold_typography": args.fold_typography,
            "summary": [asdict(s) for s in summaries],
            "per_page": {name: [asdict(r) for r in rs] for name, rs in per_system.items()},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, allow_nan=True), encoding="utf-8")
        console.print(f"[dim]per-page scores written to {args.json}[/dim]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
