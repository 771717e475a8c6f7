"""Collects decided pages, in page order, into the run's output files."""

from __future__ import annotations

import contextlib
import hashlib
import json
import platform
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..output.atomic import atomic_open, write_atomic
from ..output.jsonl import json_text
from ..output.paths import MANIFEST, REPAIRS, RUN, STATE, STATS, comments_name, safe_join, text_name
from .fingerprint import library_versions

#: The per-page files the last complete run wrote, one relative path a line (OUT/.corpusclean/).
WRITTEN = "written.txt"


def versions() -> dict[str, str]:
    """corpusclean's, Python's and the result-deciding libraries' versions (run.json)."""
    return {"corpusclean": __version__, "python": platform.python_version(), **library_versions()}


class RunWriter:
    """Writes text files as pages arrive (in page order) and the run files at close."""

    def __init__(self, raw: Path, out: Path, config: Config) -> None:
        self.raw, self.out, self.config = raw, out, config
        out.mkdir(parents=True, exist_ok=True)
        self._manifest = atomic_open(out / MANIFEST, "w")
        self._repairs = atomic_open(out / REPAIRS, "w")
        self.mf = self._manifest.__enter__()
        self.rf = self._repairs.__enter__()
        self.stats: Counter[str] = Counter()
        self.timings: Counter[str] = Counter()  # run.json only: they differ between runs
        self.errors = 0
        self.pages = 0
        self._seen_text: dict[str, str] = {}
        self.written: list[str] = []  # per-page files of this run, relative to OUT
        self.corpus_writers: list[Any] = []
        if any(f in config.formats for f in ("jsonl", "parquet")):
            from ..output.corpus_formats import open_corpus_writers

            self.corpus_writers = open_corpus_writers(out, config)

    def add(self, rec: dict[str, Any]) -> None:
        self.pages += 1
        page_id = rec["page"]
        meta = rec["metadata"]
        if rec["error"] is not None:
            self.errors += 1
            self.stats["pages_error"] += 1
        else:
            digest = hashlib.sha1(rec["text"].encode("utf-8", "surrogatepass")).hexdigest()
            first = self._seen_text.setdefault(digest, page_id)
            if first != page_id and rec["text"]:
                meta["duplicate_of"] = first
                self.stats["pages_same_text_as_another"] += 1
        for k, v in rec["stats"].items():
            # Timings would make stats.json differ between identical runs (and resumed pages
            # keep the time of the run that prepared them): they go to run.json instead.
            if k.startswith("seconds_"):
                self.timings[k] += v
            else:
                self.stats[k] += v
        self.stats["pages"] += 1
        self.stats["chars_in"] += meta.get("chars_in", 0)
        self.stats["chars_out"] += meta.get("chars_out", 0)
        if rec["error"] is None:
            if "txt" in self.config.formats:
                self._write_page_file(text_name(page_id), rec["text"] + ("\n" if rec["text"] else ""))
            if self.config.comments == "separate" and rec["comments"]:
                self._write_page_file(comments_name(page_id), "\n\n".join(rec["comments"]) + "\n")
        for row in rec["rows"]:
            self.mf.write(json_text(row))
        for row in rec["repairs"]:
            self.rf.write(json_text(row))
        for w in self.corpus_writers:
            w.add(rec)

    def _write_page_file(self, rel: str, data: str) -> None:
        write_atomic(safe_join(self.out, rel), data)
        self.written.append(rel)

    def _remove_stale(self) -> int:
        """Delete the per-page files an earlier run wrote that this run did not: pages removed
        from the input, pages that now fail, comments no longer separated. Only files listed
        as written by corpusclean are touched; anything else under OUT is left alone."""
        record = self.out / STATE / WRITTEN
        try:
            before = record.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
        except OSError:
            before = []
        now = set(self.written)
        removed = 0
        for rel in before:
            if not rel or rel in now:
                continue
            try:
                path = safe_join(self.out, rel)
                path.unlink()
                removed += 1
            except (OSError, ValueError):
                continue
            parent = path.parent
            while parent != self.out and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
        (self.out / STATE).mkdir(parents=True, exist_ok=True)
        write_atomic(record, "".join(f"{rel}\n" for rel in sorted(now)))
        return removed

    def abort(self) -> None:
        """Stop without writing the run files: their temporary files (and the corpus
        formats' unfinished shards) are removed."""
        err = KeyboardInterrupt()
        for ctx in (self._manifest, self._repairs):
            with contextlib.suppress(KeyboardInterrupt):
                ctx.__exit__(type(err), err, None)
        for w in self.corpus_writers:
            w.abort()

    def close(self) -> dict[str, Any]:
        self._manifest.__exit__(None, None, None)
        self._repairs.__exit__(None, None, None)
        for w in self.corpus_writers:
            w.close()
        stale = self._remove_stale()
        stats = summarise(self.stats)
        write_atomic(self.out / STATS, json.dumps(stats, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        run = {
            "input": str(self.raw.resolve()),
            "config": self.config.to_dict(),
            "config_digest": self.config.digest(),
            "versions": versions(),
            "argv": [a for a in sys.argv[1:]],
            "timings": dict(sorted(self.timings.items())),
            "stale_outputs_removed": stale,
        }
        write_atomic(self.out / RUN, json.dumps(run, indent=2, sort_keys=True, default=str) + "\n")
        return stats


def summarise(c: Counter[str]) -> dict[str, Any]:
    """Flat counters to the nested stats.json: totals, per stage, per category and rule."""
    out: dict[str, Any] = {
        "pages": c["pages"], "pages_error": c["pages_error"],
        "pages_same_text_as_another": c["pages_same_text_as_another"],
        "chars_in": c["chars_in"], "chars_out": c["chars_out"],
        "blocks": c["blocks"], "blocks_kept": c["blocks_kept"],
        "stages": {}, "removed": {}, "languages": {},
        "pages_lost_to_language": {"pages": c["pages_lost_to_language"], "languages": {}},
    }
    for key, v in sorted(c.items()):
        parts = key.split(":")
        if parts[0] == "stage":
            out["stages"].setdefault(parts[1], {})[parts[2]] = v
        elif parts[0] in ("removed_rows", "removed_chars"):
            cat = out["removed"].setdefault(parts[1], {"rows": 0, "chars": 0, "rules": {}})
            field = "rows" if parts[0] == "removed_rows" else "chars"
            cat[field] += v
            cat["rules"].setdefault(parts[2], {"rows": 0, "chars": 0})[field] += v
        elif parts[0] == "pages_lost_to_language" and len(parts) == 2:
            out["pages_lost_to_language"]["languages"][parts[1]] = v
        elif parts[0] in ("lang_blocks", "lang_chars"):
            out["languages"].setdefault(parts[1], {"blocks": 0, "chars": 0})[
                "blocks" if parts[0] == "lang_blocks" else "chars"] += v
    return out
