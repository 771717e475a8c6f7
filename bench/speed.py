"""Throughput and memory of corpusclean against the anchors, on the same bench/dev pages.

Every measurement is one subprocess over a temporary copy of the selected pages
(``text/<id>.txt`` as is; ``html/<id>.html.gz`` decompressed to ``<id>.html``), so wall
time includes interpreter start-up and imports for every system alike:

- trafilatura: ``extract(html, include_comments=False)`` per page, html track;
- jusText: one ``<p>`` per non-empty line (as in quality.py), text track;
- corpusclean: its CLI, ``corpusclean clean IN OUT --jobs 1`` and ``--jobs 2``, both tracks.

Reported per run: docs/s, MB/s of input bytes (uncompressed, 1 MB = 10**6 bytes), peak
RSS of the whole process tree (psutil polling, summed over processes) and the largest
single-process max RSS (``wait4`` rusage), plus CPU time (user + sys, reaped children
included). The anchors also report their time inside the loop, so start-up can be told
apart. Before the timed rounds every command runs once, untimed, on one page: each system
then starts with its modules in the OS file cache, and corpusclean with its decompressed
language model in the user cache folder, as on any machine where it has run before.

    PYTHONPATH=src python bench/speed.py --limit 200
    python bench/speed.py --repeat 3   # 3 interleaved rounds: each system's fastest run, ratios per round
    python bench/speed.py --cc-cmd "python -m corpusclean"   # when no console script
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

try:  # run as a script (bench/ on sys.path) or imported as bench.speed
    import systems
except ImportError:  # pragma: no cover
    from bench import systems

MB = 1_000_000


@dataclass(slots=True)
class Run:
    name: str
    track: str
    jobs: int
    docs: int
    in_bytes: int
    wall: float = math.nan
    inner: float = math.nan  # anchors only: seconds spent in the page loop
    cpu: float = math.nan
    peak_tree_rss: int = 0  # bytes, sum over the process tree, polled
    max_rss: int = 0  # bytes, largest single process (wait4)
    returncode: int | None = None
    error: str = ""

    @property
    def docs_s(self) -> float:
        return self.docs / self.wall if self.ok and self.wall > 0 else math.nan

    @property
    def mb_s(self) -> float:
        return self.in_bytes / MB / self.wall if self.ok and self.wall > 0 else math.nan

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.error


# --- the worker that runs one anchor over a folder, in its own process ----------------


def worker(system: str, track: str, in_dir: Path, out_dir: Path) -> int:
    """Run ``system`` on every file of ``in_dir``; print ``{"docs", "seconds"}`` as JSON."""
    run = systems.runner(system, track)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in in_dir.iterdir() if p.is_file())
    t0 = time.perf_counter()
    for path in files:
        text = run(path.read_bytes(), None)
        (out_dir / (path.name.split(".", 1)[0] + ".txt")).write_text(text, encoding="utf-8")
    print(json.dumps({"docs": len(files), "seconds": time.perf_counter() - t0}))
    return 0


# --- measuring a subprocess -----------------------------------------------------------


def tree_rss(proc: psutil.Process, pss: bool = False) -> int:
    """Current RSS of ``proc`` and all its descendants, in bytes; with ``pss``, their PSS (a
    page several processes share, as forked workers share their parent's, counts once in all;
    Linux only, 0 elsewhere)."""
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        # psutil.Error: the process ended between the two calls; AttributeError: no PSS here
        with contextlib.suppress(psutil.Error, AttributeError):
            total += p.memory_full_info().pss if pss else p.memory_info().rss
    return total


def measure(cmd: Sequence[str], run: Run, log_dir: Path, poll: float) -> Run:
    """Run ``cmd`` to completion, filling wall/cpu/RSS fields of ``run``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{run.name}-{run.track}-j{run.jobs}"
    out_path, err_path = log_dir / f"{stem}.out", log_dir / f"{stem}.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        pid = os.posix_spawnp(
            cmd[0],
            list(cmd),
            dict(os.environ),
            file_actions=[
                (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
            ],
        )
        proc = psutil.Process(pid)
        peak = 0
        while True:
            # wait4 on this pid alone gives the rusage of this child (and its reaped children)
            wpid, status, usage = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                break
            peak = max(peak, tree_rss(proc))
            time.sleep(poll)
        run.wall = time.perf_counter() - t0
    run.returncode = os.waitstatus_to_exitcode(status)
    run.cpu = usage.ru_utime + usage.ru_stime
    run.max_rss = usage.ru_maxrss * 1024  # Linux reports kB
    run.peak_tree_rss = max(peak, run.max_rss)
    stdout = out_path.read_text(encoding="utf-8", errors="replace").strip()
    if run.returncode != 0:
        tail = err_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        run.error = f"exit {run.returncode}: " + " | ".join(tail)
    elif stdout.startswith("{"):
        try:
            info: dict[str, Any] = json.loads(stdout.splitlines()[-1])
            run.inner = float(info["seconds"])
        except (ValueError, KeyError):
            pass
    return run


# --- set-up ---------------------------------------------------------------------------


def copy_pages(bench: Path, pages: Sequence[systems.Gold], root: Path) -> dict[str, int]:
    """Write the pages under ``root/in/<track>/``; return input bytes per track."""
    sizes: dict[str, int] = {}
    for track, suffix in (("text", ".txt"), ("html", ".html")):
        d = root / "in" / track
        d.mkdir(parents=True, exist_ok=True)
        total = 0
        for g in pages:
            data = systems.load_page(bench, track, g.id)
            (d / f"{g.id}{suffix}").write_bytes(data)
            total += len(data)
        sizes[track] = total
    return sizes


def corpusclean_cmd(spec: str | None) -> tuple[list[str] | None, str]:
    """The command that runs the corpusclean CLI, or None and why not."""
    if spec:
        cmd = shlex.split(spec)
        if shutil.which(cmd[0]) is None:
            return None, f"{cmd[0]!r} not found"
        return cmd, ""
    exe = shutil.which("corpusclean")
    if exe is not None:
        return [exe], ""
    try:
        found = importlib.util.find_spec("corpusclean.__main__") is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return [sys.executable, "-m", "corpusclean"], ""
    return None, "no 'corpusclean' on PATH and no importable corpusclean.__main__"


# --- report ---------------------------------------------------------------------------


def fmt(x: float, spec: str = ".1f") -> str:
    return "n/a" if math.isnan(x) else format(x, spec)


def ratio(a: float, b: float) -> float:
    return a / b if b and not math.isnan(a) and not math.isnan(b) else math.nan


def print_report(console: Console, runs: Sequence[Run], rounds: Sequence[Sequence[Run]]) -> dict[str, float]:
    """The table of each system's fastest run, and the ratios, each the median over the rounds."""
    table = Table(title=f"speed on {runs[0].docs} pages, {os.cpu_count()} CPUs" if runs else "")
    table.add_column("system", no_wrap=True)
    table.add_column("track")
    for col in (
        "jobs",
        "docs",
        "input MB",
        "wall s",
        "loop s",
        "CPU s",
        "docs/s",
        "MB/s",
    ):
        table.add_column(col, justify="right")
    table.add_column("peak RSS tree MB", justify="right")
    table.add_column("max RSS 1 proc MB", justify="right")
    for r in runs:
        table.add_row(
            r.name,
            r.track,
            str(r.jobs),
            str(r.docs),
            f"{r.in_bytes / MB:.1f}",
            fmt(r.wall),
            fmt(r.inner),
            fmt(r.cpu),
            fmt(r.docs_s, ".2f"),
            fmt(r.mb_s, ".3f"),
            f"{r.peak_tree_rss / MB:.0f}" if r.ok else "n/a",
            f"{r.max_rss / MB:.0f}" if r.ok else "n/a",
        )
    console.print(table)
    for r in runs:
        if r.error:
            console.print(f"[red]{r.name} {r.track} jobs={r.jobs} failed: {r.error}[/red]")

    per_round = [ratios_of(r) for r in rounds]
    ratios: dict[str, float] = {}
    for k in per_round[0]:
        values = [r[k] for r in per_round]
        ratios[k] = math.nan if any(math.isnan(x) for x in values) else statistics.median(values)
    rt = Table(title="ratios (higher is faster for corpusclean): each from the two runs of one round, "
                     "the median over the rounds")
    rt.add_column("ratio")
    rt.add_column("median", justify="right")
    if len(rounds) > 1:
        rt.add_column("per round", justify="right")
    for k, v in ratios.items():
        rt.add_row(k, fmt(v, ".2f"), *([" ".join(fmt(r[k], ".2f") for r in per_round)] if len(rounds) > 1 else []))
    console.print(rt)
    return ratios


def ratios_of(runs: Sequence[Run]) -> dict[str, float]:
    """The target ratios from one round's runs (run back to back, so a drift of the machine's
    speed between rounds does not enter a ratio)."""
    def get(name: str, track: str, jobs: int) -> Run:
        return next((r for r in runs if (r.name, r.track, r.jobs) == (name, track, jobs) and r.ok),
                    Run("", "", 0, 0, 0))

    return {
        "html: corpusclean jobs1 / trafilatura, docs/s": ratio(get("corpusclean", "html", 1).docs_s,
                                                               get("trafilatura", "html", 1).docs_s),
        "text: corpusclean jobs1 / jusText, MB/s": ratio(get("corpusclean", "text", 1).mb_s,
                                                         get("justext", "text", 1).mb_s),
        "html: corpusclean jobs2 / jobs1, docs/s": ratio(get("corpusclean", "html", 2).docs_s,
                                                         get("corpusclean", "html", 1).docs_s),
        "text: corpusclean jobs2 / jobs1, docs/s": ratio(get("corpusclean", "text", 2).docs_s,
                                                         get("corpusclean", "text", 1).docs_s),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=systems.DEFAULT_BENCH, help="benchmark folder")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--ids", type=Path, default=None, help="file with one page id per line")
    ap.add_argument(
        "--cc-cmd",
        default=None,
        help="command for the corpusclean CLI (default: 'corpusclean' on PATH, else "
        "'python -m corpusclean' when importable)",
    )
    ap.add_argument("--cc-args", default="", help="extra arguments for 'corpusclean clean'")
    ap.add_argument("--skip-anchors", action="store_true", help="measure corpusclean only")
    ap.add_argument("--poll", type=float, default=0.02, help="RSS polling interval (s)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds over all systems (interleaved); the table keeps each system's fastest run, "
                         "each ratio is the median of its rounds' ratios")
    ap.add_argument("--keep", type=Path, default=None, help="keep inputs/outputs/logs in DIR")
    ap.add_argument("--json", type=Path, default=None, help="write the measurements here")
    # internal: run one anchor in this process (used by the parent via a subprocess)
    ap.add_argument(
        "--worker",
        choices=("trafilatura", "justext", "nothing"),
        help=argparse.SUPPRESS,
    )
    ap.add_argument("--track", choices=systems.TRACKS, help=argparse.SUPPRESS)
    ap.add_argument("--in-dir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def make_plan(args: argparse.Namespace, cc: list[str] | None, root: Path, docs: int,
              sizes: dict[str, int]) -> list[tuple[Run, list[str]]]:
    """(the run to fill, its command) for every system, reading ``root/in/<track>``."""
    plan: list[tuple[Run, list[str]]] = []
    me = [sys.executable, str(Path(__file__).resolve())]
    if not args.skip_anchors:
        for name, track in (("trafilatura", "html"), ("justext", "text")):
            out = root / "out" / f"{name}-{track}"
            cmd = [*me, "--worker", name, "--track", track,
                   "--in-dir", str(root / "in" / track), "--out-dir", str(out)]
            plan.append((Run(name, track, 1, docs, sizes[track]), cmd))
    if cc is not None:
        extra = shlex.split(args.cc_args)
        for track in ("html", "text"):
            for jobs in (1, 2):
                out = root / "out" / f"corpusclean-{track}-j{jobs}"
                cmd = [*cc, "clean", str(root / "in" / track), str(out), "--jobs", str(jobs), *extra]
                plan.append((Run("corpusclean", track, jobs, docs, sizes[track]), cmd))
    return plan


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args.worker, args.track, args.in_dir, args.out_dir)

    console = Console() if sys.stdout.isatty() else Console(width=150)
    bench: Path = args.bench.resolve()
    pages = systems.select_pages(systems.load_gold(bench), args.ids, args.limit)
    if not pages:
        console.print("[red]no pages selected[/red]")
        return 2

    cc, why = corpusclean_cmd(args.cc_cmd)
    if cc is None:
        console.print(f"[yellow]skipping corpusclean: {why}[/yellow]")

    if args.keep is not None:
        root = args.keep.resolve()
        root.mkdir(parents=True, exist_ok=True)
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="cc-speed-")
        root = Path(tmp.name)
    try:
        sizes = copy_pages(bench, pages, root)
        plan = make_plan(args, cc, root, len(pages), sizes)
        # One untimed run of every command on one page first: every system then starts its
        # timed runs with its modules in the OS file cache, and corpusclean with its
        # decompressed language model in the user cache folder (lang/model_cache.py), as on
        # any machine where it has run once. No --repeat round pays for a first start.
        warm = root / "warm"
        for _, cmd in make_plan(args, cc, warm, 1, copy_pages(bench, pages[:1], warm)):
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(warm, ignore_errors=True)

        runs: list[Run] = []
        rounds: list[list[Run]] = []
        for round_no in range(max(1, args.repeat)):
            rounds.append([])
            for k, (template, cmd) in enumerate(plan):
                console.print(f"[dim]round {round_no + 1}: {template.name} {template.track} "
                              f"jobs={template.jobs}: {shlex.join(cmd)}[/dim]")
                shutil.rmtree(root / "out", ignore_errors=True)  # no run resumes another's output
                run = measure(cmd, replace(template), root / "logs", args.poll)
                rounds[-1].append(run)
                # The machine's other load only ever slows a run down: of the rounds (each a
                # pass over every system, so a slow spell hits all alike), the fastest run of a
                # system is the least disturbed measurement of it.
                if round_no == 0:
                    runs.append(run)
                elif run.ok and (not runs[k].ok or run.wall < runs[k].wall):
                    runs[k] = run
        ratios = print_report(console, runs, rounds)
    finally:
        if tmp is not None:
            tmp.cleanup()

    if args.json is not None:
        report = {
            "bench": str(bench),
            "pages": len(pages),
            "cpus": os.cpu_count(),
            "runs": [asdict(r) | {"docs_s": r.docs_s, "mb_s": r.mb_s} for r in runs],
            "ratios": ratios,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
