"""Peak memory and wall time of `corpusclean clean` on a generated multi-site corpus.

Generates (or reuses) a corpus with bench/sitegen.py, or with ``--from`` a benchmark's
real HTML pages repeated (each copy with a line of its own, so no copy is a duplicate),
runs the CLI on it as a subprocess, polls the RSS of the whole process tree (psutil, every
50 ms, summed over processes; and each second its PSS, where the pages a forked worker
shares with its parent count once) and reads the largest single-process max RSS from
wait4. Prints wall time, pages/s, the memory figures, the size of the state folder, and
the manifest's rows by rule.

    python bench/memory.py --pages 20000 --sites 50 --jobs 2 --work /tmp/cc-memory
    python bench/memory.py --pages 20000 --sites 50 --jobs 2 --rerun   # resume: second run
    python bench/memory.py --pages 20000 --pack warc    # the same pages in one WARC (bench/pack.py)
    python bench/memory.py --pages 20000 --pack jsonl   # ... in one JSONL of documents
    python bench/memory.py --pages 20000 --from ../shared/bench/dev   # its 709 pages, repeated

The CLI runs from this interpreter's import path: set PYTHONPATH to measure another tree
(PYTHONPATH=/path/to/other/src python bench/memory.py ...).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import psutil

try:  # run as a script (bench/ on sys.path) or imported as bench.memory
    import pack
    import sitegen
    from speed import tree_rss
except ImportError:  # pragma: no cover
    from bench import pack, sitegen
    from bench.speed import tree_rss

MB = 1 << 20


def measure(cmd: list[str], poll: float = 0.05, pss_every: int = 20) -> dict[str, Any]:
    t0 = time.perf_counter()
    pid = os.posix_spawnp(cmd[0], cmd, dict(os.environ))
    proc = psutil.Process(pid)
    peak = peak_pss = polls = 0
    while True:
        wpid, status, usage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            break
        peak = max(peak, tree_rss(proc))
        if polls % pss_every == 0:  # reading smaps costs more than a poll
            peak_pss = max(peak_pss, tree_rss(proc, pss=True))
        polls += 1
        time.sleep(poll)
    return {
        "wall_s": time.perf_counter() - t0,
        "exit": os.waitstatus_to_exitcode(status),
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_tree_rss_mb": peak / MB,
        "peak_tree_pss_mb": peak_pss / MB,
        "max_process_rss_mb": usage.ru_maxrss * 1024 / MB,  # Linux: kB
    }


def rows_by_rule(manifest: Path) -> dict[str, int]:
    c: Counter[str] = Counter()
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            c[f"{r['category']}/{r['rule']}"] += 1
    return dict(c.most_common())


def repeat_pages(bench: Path, raw: Path, pages: int) -> None:
    """A benchmark's HTML pages (``bench/html/*.html.gz``) repeated to ``pages`` files, 1,000
    to a folder, each copy with a line of its own after <body> (a copy of a page is not the
    page: corpus/identity.py would take it away)."""
    src = sorted((bench / "html").glob("*.html.gz"))
    if not src:
        raise SystemExit(f"no html/*.html.gz under {bench}")
    tmp = raw.with_name(raw.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    for i in range(pages):
        b = gzip.decompress(src[i % len(src)].read_bytes())
        at = b.lower().find(b"<body")
        at = b.find(b">", at) + 1 if at >= 0 else 0
        folder = tmp / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}.html").write_bytes(b[:at] + b"<p>Copy %d of this page.</p>" % i + b[at:])
    tmp.rename(raw)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/cc-memory"))
    ap.add_argument("--rerun", action="store_true", help="keep OUT from the last run (measures a resume)")
    ap.add_argument("--cc-args", default="", help="extra arguments for corpusclean clean")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--pack", choices=("none", "warc", "jsonl"), default="none",
                    help="the pages packed into one input file: a WARC of HTML pages or a JSONL of documents")
    ap.add_argument("--from", dest="bench", type=Path,
                    help="a benchmark folder: its real HTML pages repeated instead of generated ones")
    a = ap.parse_args()

    out = a.work / "out"
    if a.bench:
        raw = a.work / f"raw-{a.bench.resolve().name}x{a.pages}"
        if not raw.exists():
            repeat_pages(a.bench, raw, a.pages)
    else:
        raw = a.work / f"raw-{a.sites}x{a.pages}-s{a.seed}"
    if not raw.exists():
        t0 = time.perf_counter()
        sitegen.generate(raw, a.sites, a.pages, a.seed)
        print(f"generated {a.pages} pages over {a.sites} sites in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if a.pack != "none":
        name = "crawl.warc.gz" if a.pack == "warc" else "shard.jsonl"
        packed = a.work / f"{a.pack}-{a.sites}x{a.pages}-s{a.seed}"
        if not (packed / name).exists():
            packed.mkdir(parents=True, exist_ok=True)
            pack.pack(raw, packed / f".{name}")
            (packed / f".{name}").rename(packed / name)
        raw = packed
    if out.exists() and not a.rerun:
        shutil.rmtree(out)
    exe = shutil.which("corpusclean")
    base = [exe] if exe else [sys.executable, "-m", "corpusclean.cli"]
    cmd = [*base, "clean", str(raw), str(out), "--jobs", str(a.jobs), "--quiet", *a.cc_args.split()]
    res = measure(cmd)
    res.update({
        "pages": a.pages, "sites": None if a.bench else a.sites, "from": str(a.bench) if a.bench else None,
        "jobs": a.jobs, "rerun": a.rerun, "pack": a.pack,
        "input_mb": du(raw) / 1e6,
        "pages_per_s": a.pages / res["wall_s"],
        "state_mb": du(out / ".corpusclean") / 1e6 if (out / ".corpusclean").exists() else 0.0,
        "rows_by_rule": rows_by_rule(out / "manifest.jsonl") if (out / "manifest.jsonl").exists() else {},
    })
    print(json.dumps(res, indent=2))
    if a.json:
        a.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0 if res["exit"] in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
