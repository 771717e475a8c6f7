"""Extraction quality of corpusclean and the anchors on bench/dev or bench/multi.

Every selected system runs on the same pages in one run; one table is printed with word
F1/P/R (averaged per page; bench/dev only), trafilatura's snippet P/R/F1 (pooled over all
snippets: a ``with`` snippet found is a true positive, a ``without`` snippet found a false
positive; case-sensitive on bench/multi, as trafilatura's evaluation scores it), the pooled
share of ``with`` snippets found and of ``without`` snippets absent, pages with empty
output, errors, and wall time (sum of the per-page wall times of the system call alone,
excluding file reading and scoring).

Then, per system, its score on each half of a site-disjoint two-fold split (a page's fold
is a hash of its URL's host, or of its id when it has no URL): a threshold tuned on one
half is scored on the other. And, when trafilatura and corpusclean both ran, the pages
where trafilatura finds the article and corpusclean keeps under half of it ("lost
articles"; dev: trafilatura word F1 >= 0.8 and corpusclean word recall < 0.5; multi:
trafilatura finds every ``with`` snippet and corpusclean under half of them).

    PYTHONPATH=src python bench/quality.py --track text
    PYTHONPATH=src python bench/quality.py --set multi --track html --worst 10 --jobs 2
    PYTHONPATH=src python bench/quality.py --track html --systems trafilatura,corpusclean \\
        --worst 15 --json /tmp/html.json

On bench/multi corpusclean runs with ``--lang any`` (``--lang`` overrides, on either set).
See scoring.py for the scoring convention.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
    missing: str = ""  # most frequent gold words absent from the output (multi: `with` snippets missed)
    extra: str = ""  # most frequent output words absent from the gold (multi: `without` snippets found)
    fold: int = 0  # half of the site-disjoint split (`fold_of`)

    @property
    def snippet_f1(self) -> float:
        """This page's own snippet F1 (for sorting the worst pages)."""
        tp = self.with_found
        wrong = (self.with_total - tp) + (self.without_total - self.without_absent)
        return 2 * tp / (2 * tp + wrong) if tp + wrong else 1.0


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
    snippet_precision: float = math.nan
    snippet_recall: float = math.nan
    snippet_f1: float = math.nan


def fold_of(gold: systems.Gold, folds: int = 2) -> int:
    """The page's half of a site-disjoint split: a stable hash of its URL's host (``www.``
    dropped), or of its id when it has no URL, so that all pages of a site fall together."""
    host = (urlsplit(gold.url).hostname or "") if gold.url else ""
    key = host.removeprefix("www.") or f"id:{gold.id}"
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % folds


# Task = (system, track, bench dir, gold page, fold typography in snippets, options);
# run_one is module level so the pool can pickle it.
Task = tuple[str, str, str, systems.Gold, bool, systems.Options]


def run_one(task: Task) -> tuple[PageResult, str]:
    """Run one system on one page and score it. Returns the result and the output text."""
    system, track, bench, gold, fold, options = task
    data = systems.load_page(Path(bench), track, gold.id)
    run = systems.runner(system, track, options)
    error = ""
    t0 = time.perf_counter()
    try:
        out = run(data, gold.url)
    except Exception as exc:  # noqa: BLE001 - one bad page never stops the run; scores as empty
        out = ""
        error = f"{type(exc).__name__}: {exc}"[:300]
    seconds = time.perf_counter() - t0
    prf = scoring.word_prf(out, gold.article)
    lower = not options.multi  # trafilatura's snippet evaluation is case-sensitive
    snip = scoring.snippet_counts(out, gold.with_, gold.without, fold=fold, lower=lower)
    if options.multi:
        text = scoring.normalise(out, fold=fold, lower=False)
        missing = [w for w in gold.with_ if not scoring.snippet_found(w, text, fold=fold, lower=False)]
        extra = [w for w in gold.without if scoring.snippet_found(w, text, fold=fold, lower=False)]
        sep = " | "
    else:
        missing, extra = scoring.diff_words(out, gold.article, top=12)
        sep = " "
    result = PageResult(
        id=gold.id,
        f1=prf.f1,
        precision=prf.precision,
        recall=prf.recall,
        with_found=snip.with_found,
        with_total=snip.with_total,
        without_absent=snip.without_absent,
        without_total=snip.without_total,
        empty=not out.strip(),
        seconds=seconds,
        error=error,
        missing=sep.join(missing),
        extra=sep.join(extra),
        fold=fold_of(gold),
    )
    return result, out


def _counts(results: Sequence[PageResult]) -> list[scoring.SnippetCounts]:
    return [scoring.SnippetCounts(r.with_found, r.with_total, r.without_absent, r.without_total) for r in results]


def summarise(system: str, results: Sequence[PageResult]) -> Summary:
    with_found, without_absent = scoring.pool(_counts(results))
    snip = scoring.snippet_prf(_counts(results))
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
        snippet_precision=snip.precision,
        snippet_recall=snip.recall,
        snippet_f1=snip.f1,
    )


def score_of(results: Sequence[PageResult], multi: bool) -> float:
    """The benchmark's headline score: pooled snippet F1 on multi, mean word F1 on dev."""
    if multi:
        return scoring.snippet_prf(_counts(results)).f1
    return scoring.mean(r.f1 for r in results)


def run_system(
    system: str,
    track: str,
    bench: Path,
    pages: Sequence[systems.Gold],
    jobs: int,
    outputs: Path | None,
    fold: bool = False,
    options: systems.Options | None = None,
) -> list[PageResult]:
    opts = options or systems.Options()
    tasks: list[Task] = [(system, track, str(bench), g, fold, opts) for g in pages]
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


def print_table(console: Console, title: str, summaries: Sequence[Summary], multi: bool) -> None:
    table = Table(title=title)
    table.add_column("system", no_wrap=True)
    cols = ["snippet F1", "P", "R"] if multi else ["word F1", "P", "R", "snippet F1"]
    for col in (*cols, "with found", "without absent", "empty pages", "errors"):
        table.add_column(col, justify="right")
    table.add_column("wall time (s)", justify="right")
    for s in summaries:
        scores = [s.snippet_f1, s.snippet_precision, s.snippet_recall] if multi else [
            s.f1, s.precision, s.recall, s.snippet_f1]
        table.add_row(
            s.system,
            *map(fmt, scores),
            fmt(s.with_found),
            fmt(s.without_absent),
            str(s.empty),
            str(s.errors),
            f"{s.seconds:.1f}",
        )
    console.print(table)


def print_folds(console: Console, per_system: dict[str, list[PageResult]], multi: bool) -> None:
    """Each system's headline score on each half of the site-disjoint split."""
    metric = "snippet F1" if multi else "word F1"
    first = next(iter(per_system.values()))
    sizes = [sum(r.fold == k for r in first) for k in (0, 1)]
    table = Table(title=f"site-disjoint halves ({metric}; fold = hash of the host)")
    table.add_column("system", no_wrap=True)
    for k in (0, 1):
        table.add_column(f"fold {k} ({sizes[k]} pages)", justify="right")
    table.add_column("all", justify="right")
    for name, results in per_system.items():
        halves = [score_of([r for r in results if r.fold == k], multi) for k in (0, 1)]
        table.add_row(name, *map(fmt, halves), fmt(score_of(results, multi)))
    console.print(table)


def lost_articles(trafilatura: Sequence[PageResult], ours: Sequence[PageResult], multi: bool) -> list[str]:
    """Ids of pages where trafilatura finds the article and we keep under half of it.

    dev: trafilatura's word F1 >= 0.8 and our word recall < 0.5; multi: trafilatura finds
    every `with` snippet and we find under half of them."""
    lost = []
    for t, c in zip(trafilatura, ours, strict=True):
        if multi:
            found = t.with_total > 0 and t.with_found == t.with_total
            if found and 2 * c.with_found < c.with_total:
                lost.append(c.id)
        elif t.f1 >= 0.8 and c.recall < 0.5:
            lost.append(c.id)
    return lost


def print_worst(console: Console, system: str, results: Sequence[PageResult], n: int, multi: bool) -> None:
    if multi:
        worst = sorted(results, key=lambda r: (r.snippet_f1, r.id))[:n]
        table = Table(title=f"{n} worst pages for {system} by snippet F1")
        for col in ("id", "F1", "with", "without", "`with` missed", "`without` found"):
            table.add_column(col, justify="right" if col in ("F1", "with", "without") else "left")
        for r in worst:
            extra = r.extra if not r.error else f"ERROR {r.error}"
            table.add_row(r.id, fmt(r.snippet_f1), f"{r.with_found}/{r.with_total}",
                          f"{r.without_total - r.without_absent}/{r.without_total}", r.missing[:90], extra[:70])
        console.print(table)
        return
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
    ap.add_argument("--set", dest="bench_set", choices=systems.BENCHES, default="dev",
                    help="benchmark: ../shared/bench/<set> (dev: gold text; multi: snippets, many languages)")
    ap.add_argument("--bench", type=Path, default=None, help="benchmark folder (overrides --set)")
    ap.add_argument("--title", choices=("drop", "keep"), default=None,
                    help="corpusclean's --title (default: its own default, drop)")
    ap.add_argument("--lang", default=None,
                    help="corpusclean's target languages, comma-separated (default: any on multi, en on dev)")
    ap.add_argument("--lang-detector", default=None,
                    help="corpusclean's --lang-detector (default: its own default)")
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
    bench: Path = (args.bench or systems.BENCH_ROOT / args.bench_set).resolve()
    langs = tuple(x.strip() for x in args.lang.split(",") if x.strip()) if args.lang else None
    options = systems.options_for(bench, langs, args.title, args.lang_detector)
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
            options,
        )
        per_system[name] = results
        summaries.append(summarise(name, results))
        console.print(
            f"[dim]{name}: {len(results)} pages in {time.perf_counter() - t0:.1f} s[/dim]",
        )

    langs_note = f", corpusclean --lang {','.join(options.langs)}" if options.langs else ""
    title = f"bench/{bench.name}, {args.track} track, {len(pages)} pages{langs_note}"
    print_table(console, title, summaries, options.multi)
    if args.fold_typography:
        console.print("[yellow]snippets matched with typography folded (--fold-typography)[/yellow]")
    if per_system:
        print_folds(console, per_system, options.multi)
    lost: list[str] | None = None
    if "trafilatura" in per_system and "corpusclean" in per_system:
        lost = lost_articles(per_system["trafilatura"], per_system["corpusclean"], options.multi)
        console.print(f"lost articles (trafilatura finds the article, corpusclean keeps under half): "
                      f"{len(lost)}" + (f": {' '.join(lost)}" if lost else ""))

    if args.worst and per_system:
        target = args.worst_system if args.worst_system in per_system else next(iter(per_system))
        print_worst(console, target, per_system[target], args.worst, options.multi)

    if args.json is not None:
        report: dict[str, Any] = {
            "bench": str(bench),
            "track": args.track,
            "pages": len(pages),
            "langs": list(options.langs or ()),
            "scoring": "word P/R/F1 averaged per page; snippet shares and snippet P/R/F1 pooled over all "
                       "snippets" + (" (case-sensitive)" if options.multi else ""),
            "lost_articles": lost,
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
