"""Collects decided pages, in page order, into the run's output files."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import platform
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..output.atomic import atomic_open, write_atomic
from ..output.corpus_formats import remove_unwritten_shards
from ..output.jsonl import json_text
from ..output.paths import (
    MANIFEST,
    PAGES,
    REPAIRS,
    RUN,
    STATE,
    STATS,
    WRITING,
    WRITTEN,
    comments_name,
    listing,
    listing_line,
    read_listing_file,
    safe_join,
    text_name,
)
from ..output.record import Rendered
from .fingerprint import library_versions
from .guard import RUN_FILES, SHARD

#: Writing a page's file failed because of its name, not of the disk: that page is an error
#: row (rule unwritable_name) and the run goes on.
_NAME_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.ENOTDIR, errno.EISDIR})


def versions() -> dict[str, str]:
    """corpusclean's, Python's and the result-deciding libraries' versions (run.json)."""
    return {"corpusclean": __version__, "python": platform.python_version(), **library_versions()}


class RunWriter:
    """Writes text files as pages arrive (in page order) and the run files at close."""

    def __init__(self, raw: Path, out: Path, config: Config, skipped: Counter[str] | None = None,
                 skipped_files: dict[str, list[str]] | None = None) -> None:
        self.raw, self.out, self.config = raw, out, config
        self.skipped: Counter[str] = Counter(skipped or {})
        self.skipped_files = skipped_files or {}
        out.mkdir(parents=True, exist_ok=True)
        self._manifest = atomic_open(out / MANIFEST, "w")
        self._repairs = atomic_open(out / REPAIRS, "w")
        self._pages = atomic_open(out / PAGES, "w")
        self.mf = self._manifest.__enter__()
        self.rf = self._repairs.__enter__()
        self.pf = self._pages.__enter__()
        self.stats: Counter[str] = Counter()
        self.timings: Counter[str] = Counter()  # run.json only: they differ between runs
        self.errors = 0
        self.pages = 0
        self._seen_text: dict[str, str] = {}
        self.written: list[str] = []  # per-page files of this run, relative to OUT
        # Output names taken by this run's pages so far (file -> page, folder -> first page in it),
        # and the per-page files the last complete run wrote (state/written.txt).
        self._files: dict[str, str] = {}
        self._dirs: dict[str, str] = {}
        self._before = read_listing_file(out / STATE / WRITTEN)
        # Files a killed run began to write and never listed in WRITTEN: the re-run's own, to
        # delete if it does not write them again. Each name goes into WRITING before its file
        # is written, so that a page that leaves the input after a crash leaves no file that
        # the next run takes for a user's (run/guard.py) and refuses to run over.
        self._pending = read_listing_file(out / STATE / WRITING)
        (out / STATE).mkdir(parents=True, exist_ok=True)
        self._journal = open(out / STATE / WRITING, "a", encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
        self.corpus_writers: list[Any] = []
        if any(f in config.formats for f in ("jsonl", "parquet")):
            from ..output.corpus_formats import open_corpus_writers

            self.corpus_writers = open_corpus_writers(out, config)

    def add(self, rec: Rendered) -> None:
        if rec.error is None:
            rec = self._write_page_files(rec)
        self.pages += 1
        page_id = rec.page
        meta = rec.metadata
        if rec.error is not None:
            self.errors += 1
            self.stats["pages_error"] += 1
        else:
            digest = hashlib.sha1(rec.text.encode("utf-8", "surrogatepass")).hexdigest()
            first = self._seen_text.setdefault(digest, page_id)
            if first != page_id and rec.text:
                rec.duplicate_of = meta["duplicate_of"] = first
                self.stats["pages_same_text_as_another"] += 1
        for k, v in rec.stats.items():
            # Timings would make stats.json differ between identical runs (and resumed pages
            # keep the time of the run that prepared them): they go to run.json instead.
            if k.startswith(("seconds_", "time:")):
                self.timings[k] += v
            else:
                self.stats[k] += v
        self.stats["pages"] += 1
        if rec.origin.truncated:
            self.stats["pages_truncated"] += 1
        # A page that failed is no input cleaned: its characters, counted apart, are neither
        # removed nor whitespace in the run's totals.
        self.stats["chars_in_error_pages" if rec.error is not None else "chars_in"] += meta.get("chars_in", 0)
        self.stats["chars_out"] += meta.get("chars_out", 0)
        self.pf.write(json_text(page_row(rec)))
        for row in rec.rows:
            self.mf.write(json_text(row))
        for row in rec.repairs:
            self.rf.write(json_text(row))
        for w in self.corpus_writers:
            w.add(rec)

    def _write_page_files(self, rec: Rendered) -> Rendered:
        """Write the page's text (and comments) files; the page as an error record when a file
        cannot have its name.

        Output names come from input names, and two inputs can want the same one: page ``a``
        and page ``a.txt`` both write ``a.txt``, page ``a``'s ``a.txt`` is the folder of page
        ``a.txt/p.txt``, a JSONL input named ``manifest.jsonl`` puts its pages in a folder
        named like the run's manifest, and a 251-byte file name gets a ``.txt`` past the file
        system's 255. One page's text must not replace another's, and one bad name must not
        stop the run (and every re-run): the later page in page order is an error row saying
        why, and every other page is written, the same pages whatever the backend or --jobs,
        as the writer takes pages in page order.
        """
        names = []
        if "txt" in self.config.formats:
            names.append((text_name(rec.page), rec.text + ("\n" if rec.text else "")))
        if self.config.comments == "separate" and rec.comments:
            names.append((comments_name(rec.page), "\n\n".join(rec.comments) + "\n"))
        for rel, _ in names:
            why = self._name_taken(rel)
            if why:
                return self._unwritable(rec, why)
        done: list[Path] = []
        for rel, data in names:
            try:
                path = safe_join(self.out, rel)
                self._journal.write(listing_line(rel))
                self._journal.flush()
                self._clear_way(rel)
                write_atomic(path, data)
            except (OSError, ValueError) as e:
                if isinstance(e, OSError) and e.errno not in _NAME_ERRNOS:
                    raise  # the disk, not the name: the run stops (cli says so)
                for p in done:  # no half of the page's files left behind
                    with contextlib.suppress(OSError):
                        p.unlink()
                why = e.strerror if isinstance(e, OSError) else str(e)
                return self._unwritable(rec, f"its output file {rel} cannot be written under that name ({why})")
            done.append(path)
        for rel, _ in names:
            self.written.append(rel)
            self._files[rel] = rec.page
            for folder in _folders(rel):
                self._dirs.setdefault(folder, rec.page)
        return rec

    def _name_taken(self, rel: str) -> str:
        """Why this run cannot write its output file ``rel`` ('' when it can)."""
        if rel in self._files:
            return f"its output file {rel} is already page {self._files[rel]}'s; rename one of the two input files"
        if rel in self._dirs:
            return (f"its output file {rel} is already the folder of page {self._dirs[rel]}'s output; "
                    "rename one of the two input files")
        for folder in _folders(rel):
            if folder in self._files:
                return (f"its output file {rel} needs the folder {folder}, which is page {self._files[folder]}'s "
                        "output file; rename one of the two input files")
            # no page's output may need a run file as its folder (a JSONL input named
            # manifest.jsonl: manifest.jsonl/<id>.txt), nor a shard
            if folder in RUN_FILES or SHARD.fullmatch(folder):
                return (f"its output file {rel} needs the folder {folder}, which is one of the run's own files; "
                        "rename the input file")
        return ""

    def _unwritable(self, rec: Rendered, why: str) -> Rendered:
        from .tasks import failed_page

        return failed_page(rec.page, why, "unwritable_name", self.config)

    def _clear_way(self, rel: str) -> None:
        """Delete the earlier run's outputs that stand where ``rel`` goes: its text file where
        this run needs a folder, or its folder of text files where this run writes a file (the
        input changed between the runs). They would be deleted as stale at the end of the run;
        left there, they stopped it ("Not a directory"). Only files the last run listed as
        written are deleted; a folder holding anything else stays, and the page is an error."""
        for folder in _folders(rel):
            p = self.out / folder
            if folder in self._before and folder not in self._files and p.is_file() and not p.is_symlink():
                p.unlink()
        target = self.out / rel
        if target.is_dir() and not target.is_symlink():
            for old in sorted(self._before):
                if old.startswith(rel + "/") and old not in self._files:
                    with contextlib.suppress(OSError):
                        (self.out / old).unlink()
            for dirpath, _, _ in sorted(os.walk(target), reverse=True):  # deepest first
                with contextlib.suppress(OSError):
                    os.rmdir(dirpath)

    def _remove_stale(self) -> Counter[str]:
        """Delete the per-page files an earlier run wrote that this run did not: pages removed
        from the input, pages that now fail, comments no longer separated. Only files listed
        as written by corpusclean are touched; anything else under OUT is left alone.

        The count (stats.json) is of the last complete run's files this run does not write,
        gone already or not: a run killed after deleting them, before its stats.json, left
        the re-run nothing to delete, and a stats.json saying so, unlike the uninterrupted
        run's. So the list of files written (state/written.txt) is replaced last of all, in
        ``close``: until a run completes, the re-run counts against the same list. A file a
        killed run wrote and no complete run listed (WRITING) is deleted but not counted: an
        uninterrupted run would not have written it."""
        now = set(self.written)
        removed: Counter[str] = Counter()
        for rel in sorted(self._before | self._pending):
            if rel not in now and self._delete(rel) and rel in self._before:
                removed["comments files" if rel.endswith(".comments.txt") else "text files"] += 1
        return removed

    def _delete(self, rel: str) -> bool:
        """Delete OUT/rel, a file corpusclean listed; False when it stands there still (not
        deletable, or a name that no longer resolves inside OUT). A folder standing there is
        this run's (``_clear_way`` deleted the file to make way for it): the file is gone."""
        try:
            path = safe_join(self.out, rel)
            if path.is_dir() and not path.is_symlink():
                return True
            path.unlink()
        except FileNotFoundError:  # deleted already: by this run (_clear_way) or a killed one
            return True
        except (OSError, ValueError):
            return False
        _prune(self.out, path.parent)
        return True

    def abort(self) -> None:
        """Stop without writing the run files: their temporary files (and the corpus
        formats' unfinished shards) are removed."""
        err = KeyboardInterrupt()
        for ctx in (self._manifest, self._repairs, self._pages):
            # OSError: on a full disk, closing a run file flushes its buffer and fails again
            # (its temporary file is deleted all the same); raised here, it skipped the other
            # files and the shards, and a Parquet writer left open printed a traceback at exit.
            with contextlib.suppress(KeyboardInterrupt, OSError):
                ctx.__exit__(type(err), err, None)
        for w in self.corpus_writers:
            w.abort()
        self._journal.close()  # kept: the re-run's list of what this run wrote

    def close(self) -> dict[str, Any]:
        for ctx in (self._manifest, self._repairs, self._pages):
            ctx.__exit__(None, None, None)
        stale = self._remove_stale()
        for w in self.corpus_writers:
            stale.update(w.close())
        stale.update(remove_unwritten_shards(self.out, self.config))
        stats = summarise(self.stats)
        stats["skipped"] = dict(sorted(self.skipped.items()))
        stats["files_skipped"] = sum(self.skipped.values())
        stats["skipped_files"] = dict(sorted(self.skipped_files.items()))
        stats["stale_outputs_removed"] = dict(sorted(stale.items()))
        write_atomic(self.out / STATS, json.dumps(stats, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        run = {
            # as given (relative stays relative), and from OUT: verify finds the input by
            # either on another machine or from another folder (verify.find_input)
            "input": self.raw.as_posix(),
            "input_from_out": Path(os.path.relpath(self.raw.resolve(), self.out.resolve())).as_posix(),
            "config": self.config.to_dict(),
            "config_digest": self.config.digest(),
            "versions": versions(),
            "argv": [a for a in sys.argv[1:]],
            "timings": timings(self.timings),
        }
        write_atomic(self.out / RUN, json.dumps(run, indent=2, sort_keys=True, default=str) + "\n")
        (self.out / STATE).mkdir(parents=True, exist_ok=True)  # last: see _remove_stale
        write_atomic(self.out / STATE / WRITTEN, listing(self.written))
        self._journal.close()
        (self.out / STATE / WRITING).unlink(missing_ok=True)  # WRITTEN lists this run's files now
        return stats


def _prune(out: Path, folder: Path) -> None:
    """Remove ``folder`` and the folders above it, up to OUT, while they are empty."""
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _folders(rel: str) -> list[str]:
    """The folders ``rel`` lies in, outermost first: 'a/b/c.txt' -> ['a', 'a/b']."""
    parts = rel.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def timings(t: Counter[str]) -> dict[str, Any]:
    """run.json's timings: preparing pages, and each labelling stage, in milliseconds summed
    over pages (a resumed page keeps the times of the run that prepared it)."""
    out: dict[str, Any] = {k.removeprefix("seconds_"): v for k, v in sorted(t.items()) if k.startswith("seconds_")}
    out["stage_ms"] = {k.removeprefix("time:stage:"): round(v / 1000) for k, v in sorted(t.items())
                       if k.startswith("time:stage:")}
    return out


def page_row(rec: Rendered) -> dict[str, Any]:
    """The page's line in pages.jsonl: every page of the run, in page order, so that verify
    and the audit know which pages the run had (the manifest names only pages with removals).
    ``id``: the input's own id for the page (a document's id, a WARC-Record-ID), or null;
    ``truncated``: why the crawler cut the page's WARC record short (WARC-Truncated), or null;
    ``depth_cut``: true when the HTML nests past the parser's 256 levels (the text below is
    not read), else null."""
    meta = rec.metadata
    return {"page": rec.page, "kind": meta.get("kind"), "url": meta.get("url"), "site": meta.get("site"),
            "title": meta.get("title"), "chars_in": meta.get("chars_in", 0), "chars_out": meta.get("chars_out", 0),
            "error": rec.error_code, "duplicate_of": rec.duplicate_of, "truncated": rec.origin.truncated or None,
            "id": rec.origin.id or None, "depth_cut": True if rec.stats.get("pages_depth_cut") else None}


def summarise(c: Counter[str]) -> dict[str, Any]:
    """Flat counters to the nested stats.json: totals, per stage, per category and rule, per
    language; any other counter a stage emits is kept too (``stage:counter`` under ``stages``,
    a plain name under ``counters``), never dropped."""
    out: dict[str, Any] = {
        "pages": c["pages"], "pages_error": c["pages_error"],
        "pages_same_text_as_another": c["pages_same_text_as_another"],
        "pages_truncated": c["pages_truncated"],  # read from WARC records the crawler cut short
        "pages_depth_cut": c["pages_depth_cut"],  # HTML nested past the parser's 256 levels
        "chars_in": c["chars_in"], "chars_out": c["chars_out"], "chars_in_error_pages": c["chars_in_error_pages"],
        "blocks": c["blocks"], "blocks_kept": c["blocks_kept"],
        "stages": {}, "removed": {}, "languages": {}, "counters": {}, "skipped_records": {},
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
        elif parts[0].startswith("extract"):
            # HTML pages: trafilatura's verdict and what became of it (pages it found no
            # article on, pages whose text was not in the visible text, blocks restored ...)
            out.setdefault("extraction", {})[key] = v
        elif parts[0] == "pages_lost_to_language" and len(parts) == 2:
            out["pages_lost_to_language"]["languages"][parts[1]] = v
        elif parts[0] in ("lang_blocks", "lang_chars"):
            out["languages"].setdefault(parts[1], {"blocks": 0, "chars": 0})[
                "blocks" if parts[0] == "lang_blocks" else "chars"] += v
        elif parts[0] == "skipped_records":  # records of an archive or a document file that are not pages
            out["skipped_records"][parts[1]] = v
        elif len(parts) > 1:  # a stage's own counters, stage:counter
            out["stages"].setdefault(parts[0], {})[":".join(parts[1:])] = v
        elif key not in out:
            out["counters"][key] = v
    return out
