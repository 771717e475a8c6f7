"""Reading a finished run's output folder: run.json, pages.jsonl, stats, the manifest
(streamed or by page), kept texts. ``verify`` and the audit read a run only through here."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config, Override
from .paths import MANIFEST, PAGES, RUN, STATE, STATS, text_name


class NotARunError(Exception):
    """OUT is not a corpusclean output folder (a usage error: the message says what is missing)."""


def _missing(out: Path, name: str) -> NotARunError:
    """OUT lacks the run file ``name``: no run's folder, or a run's that did not finish (its
    state folder is there and run.json, written last, is not)."""
    if (out / STATE).is_dir() and not (out / RUN).is_file():
        return NotARunError(f"the run into {out} did not finish ({RUN} is written last): run `corpusclean "
                            "clean` again with the same input and OUT to complete it")
    return NotARunError(f"{out} is not a corpusclean output folder ({name} missing)")


def damaged_shard(path: Path, why: object) -> NotARunError:
    """A document shard of OUT that cannot be read (cut short, emptied, edited)."""
    return NotARunError(f"{path} is damaged ({why}); run `corpusclean clean` again to write it anew")


def read_run(out: Path) -> dict[str, Any]:
    try:
        info = json.loads((out / RUN).read_text("utf-8"))
    except FileNotFoundError:
        raise _missing(out, RUN) from None
    except (OSError, ValueError) as e:
        raise NotARunError(f"{out}: cannot read {RUN} ({e})") from None
    if not isinstance(info, dict) or "config" not in info or "input" not in info:
        raise NotARunError(f"{out}: {RUN} is not a corpusclean run record")
    return info


def find_input(out: Path, info: dict[str, Any]) -> Path:
    """The run's input folder: as given to the run when that was absolute; else where it lay
    relative to OUT, which finds it from another folder or another checkout; else as given.

    A relative input is relative to the folder the run ran in, which is not known here, so
    it comes last: a run from inside its input (``clean . ../out``) records ".", which read
    first would make the current folder, wherever verify runs, the input."""
    given = Path(info["input"])
    if given.is_absolute():
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
    if "record_fields" in c:
        c["record_fields"] = tuple(tuple(x) for x in c["record_fields"])
    c["keep"] = frozenset(c["keep"])
    c["phrases"] = tuple(tuple(x) for x in c["phrases"])
    c["overrides"] = tuple(Override(**o) for o in c["overrides"])
    return find_input(out, info), Config(**c)


def read_pages(out: Path) -> dict[str, dict[str, Any]]:
    """pages.jsonl: every page of the run (page id -> its row), in page order."""
    pages: dict[str, dict[str, Any]] = {}
    n = 0
    try:
        with open(out / PAGES, encoding="utf-8", errors="surrogateescape") as f:
            for n, line in enumerate(f, 1):  # noqa: B007 - n names the broken line in the message below
                r = json.loads(line)
                pages[r["page"]] = r
    except FileNotFoundError:
        raise NotARunError(f"{out} has no {PAGES} (the run's list of its pages): it was deleted, or written "
                           "by an older corpusclean; run corpusclean clean again to write it") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise NotARunError(f"{out}: cannot read {PAGES}, line {n:,} ({type(e).__name__}: {e}); run corpusclean "
                           "clean again to write it") from None
    return pages


def read_manifest(out: Path) -> dict[str, list[dict[str, Any]]]:
    """The manifest's rows by page."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in iter_manifest(out):
        rows[r["page"]].append(r)
    return rows


#: The fields of a manifest row that verify and the audit compute with, and their types.
_ROW_FIELDS: dict[str, type] = {"page": str, "start": int, "end": int, "text": str, "category": str, "rule": str}


def _manifest_row(out: Path, n: int, line: str) -> dict[str, Any]:
    """Line ``n`` of the manifest as a row; NotARunError when it is none, so that a manifest
    edited by hand or cut short (a broken line, a row without its page or offsets) gives
    verify, report and show a message naming the line, not a traceback."""
    try:
        r = json.loads(line)
    except ValueError as e:
        why = f"not JSON: {e}"
    else:
        if not isinstance(r, dict):
            why = "not a JSON object"
        else:
            bad = [k for k, t in _ROW_FIELDS.items() if not isinstance(r.get(k), t) or isinstance(r.get(k), bool)]
            if not bad:
                return r
            why = f"{', '.join(bad)} missing or of the wrong type"
    raise NotARunError(f"{out / MANIFEST}: line {n} is not a manifest row ({why}); the run's files were "
                       "edited or damaged: run corpusclean clean again to write them anew")




@dataclass(slots=True)
class Run:
    out: Path
    raw: Path
    config: Config
    stats: dict[str, Any]
    info: dict[str, Any]  # run.json as written


def open_run(out: Path) -> Run:
    """The run files of OUT; raises NotARunError naming the first missing or broken file."""
    for name in (RUN, STATS, MANIFEST):
        if not (out / name).is_file():
            raise _missing(out, name)
    try:
        raw, config = load_config(out)
        stats = json.loads((out / STATS).read_text("utf-8"))
        info = json.loads((out / RUN).read_text("utf-8"))
    except (ValueError, KeyError, TypeError) as e:
        raise NotARunError(f"{out}: cannot read the run files ({type(e).__name__}: {e})") from None
    if not isinstance(stats, dict):  # report read it as a dict: AttributeError, a traceback
        raise NotARunError(f"{out}: {STATS} is not a corpusclean stats record")
    return Run(out, raw, config, stats, info)


def iter_manifest(out: Path) -> Iterator[dict[str, Any]]:
    """Manifest rows in file order, one at a time (a 10,000-page manifest never sits in memory)."""
    with open(out / MANIFEST, encoding="utf-8", errors="surrogateescape") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield _manifest_row(out, n, line)


def kept_text_reader(run: Run, texts: dict[str, str] | None = None) -> Callable[[str], str | None]:
    """page id -> the clean text written for it (trailing newline removed), None if there is none.
    `texts`: the corpus files' clean texts by page, when the caller has read them already
    (corpus_formats.clean_texts); used only where the run wrote no .txt tree."""
    if "txt" in run.config.formats:
        def from_txt(page_id: str) -> str | None:
            try:
                p = run.out / text_name(page_id)
                text = p.read_text("utf-8", errors="surrogateescape")
            except (OSError, ValueError):
                return None
            return text[:-1] if text.endswith("\n") else text
        return from_txt
    from .corpus_formats import read_texts
    from .jsonl import valid_unicode

    if texts is None:
        texts = read_texts(run.out)
    # corpus files hold valid Unicode only: a page id with an undecodable byte of its file
    # name is there with U+FFFD in its place
    return lambda page_id: texts.get(valid_unicode(page_id))
