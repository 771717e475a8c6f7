"""Fuzz the per-page pipeline: decoder, repair, segmenter, classifiers and decide, on bytes.

Inputs are generated from a seeded random source: synthetic pages (article paragraphs, menus,
share lines, comment threads, appeals, HTML wrappers, random unicode) and windows of the
bench/dev pages, encoded in assorted ways (UTF-8/16, BOMs, cp1252, mixed lines, gzip) and
then mutated (bit flips, inserted junk and magic numbers, cuts, duplications). Each input
goes through ``prepare`` + ``decide`` as a run would, and is checked:

- no exception escapes, and no page ends as ``internal_error`` (a bug caught by the safety
  net in pipeline.prepare) or ``too_deep``;
- a cleaned page's kept text + removed segments cover its source exactly (verify.check_page);
- every 10th cleaned page: ``compute_source`` (what ``verify`` uses) gives the same source.

A failing input is saved with its traceback under ``--crashes`` (one file per distinct
failure); the run goes on. Prints the count, failures found (distinct) and the time.

    nice python bench/fuzz.py                       # 100,000 inputs
    python bench/fuzz.py --count 2000 --seed 7      # a quick look
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from corpusclean.classify import label_page
from corpusclean.config import Config
from corpusclean.model import Page
from corpusclean.pipeline import compute_source, load_text, prepare, source_of
from corpusclean.policy import decide
from corpusclean.verify import check_page

# ../shared beside the project root (this file is bench/fuzz.py)
DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"

_WORDS = ("the council voted on tuesday to approve new budget for city parks after long debate that ran late "
         "into evening residents said plan would pay repairs playgrounds benches paths every district next "
         "three years scientists harbour fish season water river because however although which where while "
         "café naïve façade über straße déjà")
WORDS = _WORDS.split()
CHROME = ("Home", "News", "Contact", "About us", "Menu", "Search", "Subscribe", "Log in", "Share this:",
          "Facebook", "Twitter", "Tweet", "Print", "Email", "Related articles", "Read more", "Tags:",
          "Privacy policy", "We use cookies to improve your experience. Accept", "Sign up for our newsletter",
          "Advertisement", "© 2024 The Daily Example. All rights reserved.", "Skip to content", "12 shares")
MENU = tuple(c for c in CHROME if len(c.split()) <= 2)
COMMENTS = ("23 Comments", "Leave a Reply", "John Smith says:", "March 3, 2021 at 4:15 pm", "Reply", "Report",
            "Comments are closed.", "Anna wrote:", "12 likes", "Join the discussion")
APPEALS = ("Please consider supporting our journalism with a donation today.",
           "Become a member: readers like you keep this site free. Donate now.", "Support us on Patreon")
SCRIPTS = ("Café déjà vu — “quoted”", "Größe Straße", "Ελληνικά κείμενα", "Привет мир, статья о погоде",
           "日本語の文章です。", "עברית כאן", "العربية هنا", "😀 emoji 👍🏽", "हिन्दी पाठ", "ไทย")
MAGIC = (b"\x00", b"\r", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b", b"%PDF-", b"\x89PNG",
         b"MZ", b"<html>", b"<!--", b"-->", b"<script>", b"</script>", b"<![CDATA[", b"&amp;", b"&#0;",
         b"&#xD800;", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x85", "\u2028".encode(),
         b"<meta charset=utf-16>", b"<meta charset=bogus>", b"<?xml encoding='cp1251'?>", b"\t" * 50)
TAGS = ("p", "div", "span", "a", "li", "ul", "h1", "h2", "td", "tr", "table", "pre", "nav", "footer",
        "header", "article", "section", "script", "style", "noscript", "template", "textarea", "b", "br")


class Gen:
    """Random page bytes; one instance per run, seeded, so a run can be repeated exactly."""

    def __init__(self, seed: int, dev_windows: bool) -> None:
        self.r = random.Random(seed)
        self.dev: list[Path] = []
        if dev_windows and DEV.is_dir():
            self.dev = sorted((DEV / "text").glob("*.txt")) + sorted((DEV / "html").glob("*.html.gz"))

    def sentence(self) -> str:
        r = self.r
        s = " ".join(r.choice(WORDS) for _ in range(r.randint(3, 25)))
        return s.capitalize() + r.choice(".!?,:;…")

    def paragraph(self) -> str:
        r = self.r
        text = " ".join(self.sentence() for _ in range(r.randint(1, 6)))
        if r.random() < 0.3:  # hard-wrapped
            width = r.randint(30, 90)
            out, line = [], ""
            for w in text.split():
                if line and len(line) + len(w) >= width:
                    out.append(line)
                    line = w
                else:
                    line = f"{line} {w}".strip()
            text = "\n".join([*out, line])
        return text

    def junk_text(self) -> str:
        r = self.r
        n = r.randint(1, 40)
        pools = [(0x20, 0x7E), (0x0, 0x1F), (0x80, 0x2FF), (0x370, 0x4FF), (0x590, 0x6FF), (0x900, 0xDFF),
                 (0x2000, 0x206F), (0x3000, 0x30FF), (0x4E00, 0x4FFF), (0xFE00, 0xFFFF), (0x1F300, 0x1FAFF),
                 (0xE0000, 0xE007F)]
        lo, hi = r.choice(pools)
        return "".join(chr(r.randint(lo, hi)) for _ in range(n))

    def piece(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.35:
            return self.paragraph()
        if k < 0.45:
            return "\n".join(r.choice(CHROME) for _ in range(r.randint(1, 8)))
        if k < 0.5:  # a menu flattened to one line, maybe ending in its separator
            pad = " " * r.randint(0, 3)
            sep = pad + r.choice("|•·»›/-,;#") + pad
            items = sep.join(r.choice(MENU) for _ in range(r.randint(2, 20)))
            return items + (sep.rstrip() if r.random() < 0.5 else "")
        if k < 0.6:
            parts = [r.choice(COMMENTS[:2])]
            for _ in range(r.randint(1, 4)):
                parts += [r.choice(COMMENTS), self.paragraph()]
            return "\n\n".join(parts)
        if k < 0.65:
            return r.choice(APPEALS)
        if k < 0.75:
            return r.choice(SCRIPTS)
        if k < 0.8:
            s = r.choice(SCRIPTS + (self.paragraph(),))
            return s.encode("utf-8").decode(r.choice(("cp1252", "latin-1")), errors="replace")  # mojibake
        if k < 0.9:
            return self.junk_text()
        if k < 0.95:
            return r.choice(WORDS) * r.randint(100, 5000)  # a long line with no spaces
        return ""

    def text_page(self) -> str:
        r = self.r
        sep = r.choice(("\n\n", "\n", "\r\n\r\n", "\r", "\n \n", "\n\n\n"))
        return sep.join(self.piece() for _ in range(r.randint(1, 14)))

    def html_page(self) -> str:
        r = self.r
        out = ["<!doctype html><html><head><title>", r.choice(CHROME), "</title>"]
        if r.random() < 0.3:
            out.append(f"<meta charset={r.choice(('utf-8', 'windows-1252', 'iso-8859-1', 'shift_jis', 'x'))}>")
        out.append("</head><body>")
        depth: list[str] = []
        for _ in range(r.randint(1, 30)):
            k = r.random()
            if k < 0.3:
                tag = r.choice(TAGS)
                out.append(f"<{tag}{' hidden' if r.random() < 0.05 else ''}>")
                depth.append(tag)
            elif k < 0.5 and depth:
                out.append(f"</{depth.pop()}>")
            elif k < 0.55:
                n = r.randint(10, 3000)
                out.append("<div>" * n + self.sentence() + "</div>" * r.randint(0, n))
            else:
                text = self.piece()
                if r.random() < 0.8:
                    text = text.replace("&", "&amp;").replace("<", "&lt;")
                out.append(text)
        if r.random() < 0.7:
            out.extend(f"</{t}>" for t in reversed(depth))
            out.append("</body></html>")
        return "".join(out)

    def dev_window(self) -> tuple[bytes, str]:
        r = self.r
        path = r.choice(self.dev)
        data = path.read_bytes()
        name = path.name
        if name.endswith(".gz"):
            data = gzip.decompress(data)
            name = name[:-3]
        if len(data) > 8000:
            start = r.randrange(len(data) - 4000)
            data = data[start : start + r.randint(200, 8000)]
        return data, name

    def encode(self, text: str) -> bytes:
        r = self.r
        enc = r.choice(("utf-8", "utf-8", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252",
                        "latin-1", "mixed", "shift_jis", "cp1251"))
        if enc == "mixed":
            return b"\n".join(line.encode(r.choice(("utf-8", "cp1252")), errors="replace")
                              for line in text.split("\n"))
        return text.encode(enc, errors="replace")

    def mutate(self, data: bytes) -> bytes:
        r = self.r
        b = bytearray(data)
        for _ in range(r.randint(1, 6)):
            k = r.random()
            pos = r.randint(0, len(b))
            if k < 0.25 and b:
                i = r.randrange(len(b))
                b[i] ^= 1 << r.randrange(8)
            elif k < 0.45:
                b[pos:pos] = r.choice(MAGIC) * r.choice((1, 1, 1, 2, 50))
            elif k < 0.6:
                b[pos:pos] = r.randbytes(r.randint(1, 64))
            elif k < 0.75:
                del b[pos : pos + r.randint(1, 200)]
            elif k < 0.85 and b:
                i = r.randrange(len(b))
                b[pos:pos] = b[i : i + r.randint(1, 500)] * r.randint(1, 5)
            else:
                b = b[:pos]
        return bytes(b)

    def __call__(self) -> tuple[bytes, str]:
        r = self.r
        k = r.random()
        if k < 0.05:
            return r.randbytes(r.randint(0, 3000)), "random.txt"
        if k < 0.25 and self.dev:
            data, name = self.dev_window()
        elif k < 0.37:  # HTML costs 8x a text page (trafilatura): fewer, so 100,000 runs in ~30 min
            data, name = self.encode(self.html_page()), "page.html"
        else:
            data, name = self.encode(self.text_page()), "page.txt"
        if r.random() < 0.5:
            data = self.mutate(data)
        if r.random() < 0.05:
            data = gzip.compress(data, compresslevel=1)
            name += ".gz"
            if r.random() < 0.3:
                data = self.mutate(data)
        return data, name


def _traceback(data: bytes, page_id: str, config: Config) -> str:
    """Re-run the stages of `prepare` without its safety net, to get the real traceback."""
    try:
        page = Page(id=page_id)
        data, text, page.encoding = load_text(data, config)
        from corpusclean.read.discover import kind_of

        page.kind = kind_of(page_id, data[:1024])
        source_of(page, text, config)
        label_page(page, config)
        decide(page, config)
    except Exception:
        return traceback.format_exc()
    return "(the failure did not happen again outside prepare)"


def _signature(tb: str) -> str:
    """The exception type and the innermost frame of our code: one saved file per distinct bug."""
    lines = [ln.strip() for ln in tb.strip().splitlines()]
    frames = [ln for ln in lines if ln.startswith('File "') and "corpusclean" in ln]
    return f"{lines[-1].split(':', 1)[0] if lines else '?'} @ {frames[-1] if frames else '?'}"


def check_one(data: bytes, page_id: str, config: Config, deep: bool) -> tuple[str, str | None]:
    """(outcome, None) when the input was handled; else (outcome, the failure with traceback)."""
    try:
        page = prepare(data, page_id, config)
        decide(page, config)
    except Exception:
        return "exception", "exception escaped prepare/decide\n" + traceback.format_exc()
    code = page.error_code
    if code in ("internal_error", "too_deep"):
        return code, f"{code}: {page.error}\n" + _traceback(data, page_id, config)
    if page.error is not None:
        return f"error:{code}", None
    return "cleaned", _check_cleaned(page, data, page_id, config, deep)


def _check_cleaned(page: Page, data: bytes, page_id: str, config: Config, deep: bool) -> str | None:
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in page.removed()]
    failure = check_page(page_id, page.source, page.kept_text(), rows)
    if failure is not None:
        return f"invariant: {failure}\nInvariantFailure"
    if deep:
        try:
            again = compute_source(data, page_id, config, kind=page.kind)
        except Exception:
            return "compute_source raised\n" + traceback.format_exc()
        if again != page.source:
            return "verify mismatch: compute_source differs from prepare's source\nSourceMismatch"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000, help="inputs to generate (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--crashes", type=Path, default=Path("bench/fuzz-crashes"),
                    help="where failing inputs are saved (default bench/fuzz-crashes)")
    ap.add_argument("--no-dev", action="store_true", help="do not take windows of the bench/dev pages")
    # A page that takes over 5 s of CPU is reported as slow (a dev page takes 0.1 s at most);
    # the per-page limit of a run (60 s) still applies and ends it as a timeout.
    ap.add_argument("--slow", type=float, default=5.0, help="report inputs slower than this (seconds)")
    ap.add_argument("--every", type=int, default=5000, help="progress line every N inputs")
    args = ap.parse_args(argv)

    config = Config()
    gen = Gen(args.seed, not args.no_dev)
    outcomes: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    slow = 0
    t0 = time.perf_counter()
    prepare(b"warm up", "warm.txt", config)  # load models outside the timings
    for i in range(args.count):
        data, name = gen()
        t = time.process_time()  # CPU time: other processes on the machine do not make it slow
        outcome, problem = check_one(data, f"fuzz/{i}/{name}", config, deep=i % 10 == 0)
        outcomes[outcome] += 1
        took = time.process_time() - t
        if took > args.slow:
            slow += 1
            print(f"slow: input {i} ({len(data):,} bytes) took {took:.1f} s of CPU", file=sys.stderr)
        if problem is not None:
            sig = _signature(problem)
            failures[sig] += 1
            if failures[sig] == 1:
                args.crashes.mkdir(parents=True, exist_ok=True)
                stem = hashlib.sha1(data).hexdigest()[:12]
                (args.crashes / f"{stem}-{name}").write_bytes(data)
                (args.crashes / f"{stem}-{name}.log").write_text(f"input {i} seed {args.seed}\n{sig}\n\n{problem}")
                print(f"FAILURE input {i}: {sig}", file=sys.stderr)
        if args.every and (i + 1) % args.every == 0:
            el = time.perf_counter() - t0
            print(f"{i + 1:,} inputs, {sum(failures.values())} failures ({len(failures)} distinct), "
                  f"{el:.0f} s, {(i + 1) / el:.0f}/s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - t0
    print(f"inputs: {args.count:,}")
    print(f"failures: {sum(failures.values())} ({len(failures)} distinct)")
    for sig, n in failures.most_common():
        print(f"  {n:6d}  {sig}")
    print("outcomes: " + ", ".join(f"{k} {v:,}" for k, v in sorted(outcomes.items())))
    print(f"slow (> {args.slow:g} s): {slow}")
    print(f"time: {elapsed:.1f} s ({args.count / elapsed:.0f} inputs/s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
