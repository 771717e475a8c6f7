"""Reading a finished run's output folder: stats, run info, the manifest (streamed), kept texts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from ..output.paths import MANIFEST, RUN, STATS, text_name


class NotARunError(Exception):
    """OUT is not a corpusclean output folder (a usage error: the message says what is missing)."""


@dataclass(slots=True)
class Run:
    out: Path
    raw: Path
    config: Config
    stats: dict[str, Any]
    info: dict[str, Any]  # run.json as written


def open_run(out: Path) -> Run:
    """The run files of OUT; raises NotARunError naming the first missing or broken file."""
    from ..verify import NotVerifiable, load_config

    for name in (RUN, STATS, MANIFEST):
        if not (out / name).is_file():
            raise NotARunError(f"{out} is not a corpusclean output folder ({name} missing)")
    try:
        raw, config = load_config(out)
        stats = json.loads((out / STATS).read_text("utf-8"))
        info = json.loads((out / RUN).read_text("utf-8"))
    except NotVerifiable as e:
        raise NotARunError(str(e)) from None
    except (ValueError, KeyError, TypeError) as e:
        raise NotARunError(f"{out}: cannot read the run files ({type(e).__name__}: {e})") from None
    return Run(out, raw, config, stats, info)


def iter_manifest(out: Path) -> Iterator[dict[str, Any]]:
    """Manifest rows in file order, one at a time (a 10,000-page manifest never sits in memory)."""
    with open(out / MANIFEST, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def page_rows(out: Path, page: str) -> list[dict[str, Any]]:
    """The manifest rows of one page, by start offset."""
    return sorted((r for r in iter_manifest(out) if r["page"] == page), key=lambda r: (r["start"], r["end"]))


def kept_text_reader(run: Run) -> Callable[[str], str | None]:
    """page id -> the clean text written for it (trailing newline removed), None if there is none."""
    if "txt" in run.config.formats:
        def from_txt(page_id: str) -> str | None:
            try:
                p = run.out / text_name(page_id)
                text = p.read_text("utf-8", errors="surrogateescape")
            except (OSError, ValueError):
                return None
            return text[:-1] if text.endswith("\n") else text
        return from_txt
    try:
        from ..output.corpus_formats import read_texts
    except ImportError:
        return lambda page_id: None
    texts: dict[str, str] = read_texts(run.out)
    return texts.get
