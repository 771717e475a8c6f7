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
from .output.paths import MANIFEST, PAGES, RUN, text_name
from .pipeline import compute_source
from .read.discover import find_sources
from .run.tasks import read_input


@dataclass(slots=True)
class Failure:
    page: str
    offset: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}: at offset {self.offset}: {self.message}"


class NotVerifiable(Exception):
    """OUT cannot be verified at all (not a run's output folder); the message says why."""


def read_run(out: Path) -> dict[str, Any]:
    try:
        info = json.loads((out / RUN).read_text("utf-8"))
    except FileNotFoundError:
        raise NotVerifiable(f"{out} is not a corpusclean output folder ({RUN} missing)") from None
    except (OSError, ValueError) as e:
        raise NotVerifiable(f"{out}: cannot read {RUN} ({e})") from None
    if not isinstance(info, dict) or "config" not in info or "input" not in info:
        raise NotVerifiable(f"{out}: {RUN} is not a corpusclean run record")
    return info


def find_input(out: Path, info: dict[str, Any]) -> Path:
    """The run's input folder: as given to the run (relative to the folder it ran in), else
    where it lay relative to OUT, which finds it from another folder or another checkout."""
    given = Path(info["input"])
    if given.is_absolute() or given.exists():
        return given
    from_out = info.get("input_from_out")
    if from_out and (out / from_out).exists():
        return out / from_out
    return given


def load_config(out: Path) -> tuple[Path, Config]:
    """The run's input folder and its configuration, from run.json."""
    info = read_run(out)
    c = dict(info["config"])
    for key in ("langs", "formats", "include", "exclude"):
        if key in c:
            c[key] = tuple(c[key])
    c["keep"] = frozenset(c["keep"])
    c["phrases"] = tuple(tuple(x) for x in c["phrases"])
    c["overrides"] = tuple(Override(**o) for o in c["overrides"])
    return find_input(out, info), Config(**c)


def read_pages(out: Path) -> dict[str, dict[str, Any]]:
    """pages.jsonl: every page of the run (page id -> its row), in page order."""
    try:
        with open(out / PAGES, encoding="utf-8", errors="surrogateescape") as f:
            return {r["page"]: r for r in map(json.loads, f)}
    except FileNotFoundError:
        raise NotVerifiable(f"{out} has no {PAGES} (the run's list of its pages): it was written by an "
                            "older corpusclean; run corpusclean clean again to write it") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise NotVerifiable(f"{out}: cannot read {PAGES} ({e})") from None


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


def _pages(raw: Path, out: Path, config: Config, sources: set[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(page id, page bytes, url) for every page of the input, WARC records expanded; each
    input file's own id is added to ``sources`` (an archive's error page bears it)."""
    for src in find_sources(raw, out, config).sources:
        sources.add(src.rel)
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


def verify(out: Path, raw: Path | None = None) -> tuple[int, list[Failure]]:
    """Check every page of a run against its input (``raw``: where the input is now, when it
    moved); returns (pages checked, failures).

    The run's own record (pages.jsonl) says which pages there must be: a page it has that the
    input or the output lacks, or an input page it never had, is a failure, and so is an
    input folder that is gone. A run with no page to check is a failure too: a check that
    checked nothing proves nothing.
    """
    found_raw, config = load_config(out)
    raw = raw if raw is not None else found_raw
    record = read_pages(out)
    if not raw.is_dir() and not raw.is_file():
        return 0, [Failure(str(raw), 0, f"the run's input {raw} does not exist; if it moved, "
                           "give its new place with --raw DIR")]
    manifest = read_manifest(out)
    kept_texts = _kept_texts(out, config)
    failures: list[Failure] = []
    checked = 0
    seen: set[str] = set()
    files: set[str] = set()
    for page_id, data, _url in _pages(raw, out, config, files):
        row = record.get(page_id)
        if row is None:
            failures.append(Failure(page_id, 0, "this input page is not in the run (added after it?); "
                                                "run corpusclean clean again"))
            continue
        seen.add(page_id)
        if row.get("error"):
            continue  # an error row, no text: nothing was kept or removed
        if data is None:
            failures.append(Failure(page_id, 0, "the input file of this page cannot be read any more"))
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
        f = check_page(page_id, source, kept, manifest.get(page_id, []))
        if f is not None:
            failures.append(f)
    for page_id, row in record.items():
        if page_id not in seen and not (row.get("error") and page_id in files):
            failures.append(Failure(page_id, 0, f"the run had this page but the input {raw} does not "
                                                "(removed, renamed or moved?)"))
    for page_id in sorted(set(manifest) - set(record)):
        failures.append(Failure(page_id, 0, "the manifest has rows for a page the run did not have"))
    if checked == 0 and not failures:
        failures.append(Failure(str(raw), 0, "nothing to verify: the run had no page with text"))
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
