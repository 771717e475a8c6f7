"""Proof that nothing was lost: kept text + manifest segments cover every page's source.

For each page the source text is recomputed from the raw input with the same decoding and
repair functions. Then, character by character over the non-whitespace of the source:
removed segments must lie inside the source, not overlap, and quote it exactly; every
other non-whitespace character must appear, in order, in the kept text, and the kept text
must hold nothing else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config, Override
from .errors import PageError
from .output.paths import MANIFEST, RUN, text_name
from .pipeline import compute_source
from .read.discover import discover
from .run.tasks import read_input


@dataclass(slots=True)
class Failure:
    page: str
    offset: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}: at offset {self.offset}: {self.message}"


def load_config(out: Path) -> tuple[Path, Config]:
    run = json.loads((out / RUN).read_text("utf-8"))
    c = run["config"]
    c["langs"] = tuple(c["langs"])
    c["keep"] = frozenset(c["keep"])
    c["formats"] = tuple(c["formats"])
    c["phrases"] = tuple(tuple(x) for x in c["phrases"])
    c["overrides"] = tuple(Override(**o) for o in c["overrides"])
    return Path(run["input"]), Config(**c)


def read_manifest(out: Path) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(out / MANIFEST, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            r = json.loads(line)
            rows[r["page"]].append(r)
    return rows


def check_page(page: str, source: str, kept: str, rows: list[dict[str, Any]]) -> Failure | None:
    removed = bytearray(len(source))
    for r in sorted(rows, key=lambda r: (r["start"], r["end"])):
        s, e = r["start"], r["end"]
        if not (0 <= s <= e <= len(source)):
            return Failure(page, s, f"segment {s}-{e} lies outside the source ({len(source)} chars)")
        if source[s:e] != r["text"]:
            return Failure(page, s, f"segment {s}-{e} ({r['category']}/{r['rule']}) does not quote the source")
        if any(removed[s:e]):
            return Failure(page, s, "two removed segments overlap")
        removed[s:e] = b"\x01" * (e - s)
    k = iter(c for c in kept if not c.isspace())
    for i, ch in enumerate(source):
        if ch.isspace() or removed[i]:
            continue
        got = next(k, None)
        if got is None:
            return Failure(page, i, f"source character {ch!r} is neither kept nor removed")
        if got != ch:
            return Failure(page, i, f"kept text has {got!r} where the source has {ch!r} (not removed)")
    extra = next(k, None)
    if extra is not None:
        return Failure(page, len(source), f"kept text has {extra!r} that is not in the source")
    return None


def _pages(raw: Path, out: Path, config: Config) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(page id, page bytes, url) for every page of the input, WARC records expanded."""
    for src in discover(raw, exclude=out):
        # The run's own reader: it refuses FIFOs, devices and oversized files without
        # blocking, so verify reads exactly what the run could read.
        data, err = read_input(src, config)
        if data is None or err is not None:
            yield src.rel, None, None
            continue
        if src.is_warc:
            from .read.warc import warc_records

            for page_id, url, body in warc_records(src.rel, data, config):
                yield page_id, body, url
        else:
            yield src.rel, data, None


def verify(out: Path) -> tuple[int, list[Failure]]:
    """Check every page of a run; returns (pages checked, failures)."""
    raw, config = load_config(out)
    manifest = read_manifest(out)
    kept_texts = _kept_texts(out, config)
    failures: list[Failure] = []
    checked = 0
    for page_id, data, _url in _pages(raw, out, config):
        rows = manifest.get(page_id, [])
        if any(r["category"] == "error" for r in rows) or data is None:
            continue
        try:
            source = compute_source(data, page_id, config)
        except PageError as e:
            failures.append(Failure(page_id, 0, f"cannot recompute the source: {e}"))
            continue
        kept = kept_texts(page_id)
        if kept is None:
            failures.append(Failure(page_id, 0, "no clean text was written for this page"))
            continue
        checked += 1
        f = check_page(page_id, source, kept, rows)
        if f is not None:
            failures.append(f)
    return checked, failures


def _kept_texts(out: Path, config: Config):  # type: ignore[no-untyped-def]
    if "txt" in config.formats:
        def from_txt(page_id: str) -> str | None:
            p = out / text_name(page_id)
            return p.read_text("utf-8", errors="surrogateescape") if p.exists() else None
        return from_txt
    from .output.corpus_formats import read_texts

    texts = read_texts(out)
    return texts.get
