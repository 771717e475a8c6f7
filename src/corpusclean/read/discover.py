"""Finding pages in an input tree: what to read, in a stable order, never following loops.

A file is read as a page unless its name says it is something else: images, audio,
video, PDF and office documents, fonts, archives other than the gzip and WARC files
corpusclean reads, style sheets and scripts, and data sidecars a scraper leaves beside
its pages (``.json``, ``.csv``, ``.md``, ...; a ``.json`` file that holds documents is
read: ``holds_documents``). Those are skipped and counted by kind, not turned into error
rows: a scrape with images in it is no failed run. ``--include`` and ``--exclude`` globs
choose otherwise. A file whose name says nothing (no extension, or
one not listed here, such as ``.php``) is read, and its bytes decide.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING

from ..output.paths import MANIFEST, PAGES, RUN, STATE, STATS

if TYPE_CHECKING:
    from ..config import Config

HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")

#: Files that are not pages, by kind (the kind is what the summary and stats.json count).
NOT_PAGES: dict[str, tuple[str, ...]] = {
    "image": (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".svg",
              ".avif", ".heic", ".psd"),
    "audio": (".mp3", ".wav", ".ogg", ".oga", ".flac", ".m4a", ".aac", ".opus", ".wma"),
    "video": (".mp4", ".m4v", ".webm", ".mkv", ".avi", ".mov", ".flv", ".wmv", ".mpg", ".mpeg"),
    "pdf": (".pdf",),
    "office": (".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf",
               ".epub"),
    "font": (".woff", ".woff2", ".ttf", ".otf", ".eot"),
    "archive": (".zip", ".tar", ".tgz", ".tar.gz", ".bz2", ".xz", ".7z", ".rar", ".zst", ".cdx",
                ".cdxj", ".cdx.gz", ".cdxj.gz"),
    "code": (".css", ".js", ".mjs", ".map", ".wasm", ".exe", ".dll", ".so", ".dylib", ".pyc"),
    "sidecar": (".json", ".csv", ".tsv", ".xml", ".rss", ".atom", ".yaml", ".yml", ".md", ".log",
                ".sqlite", ".db"),
}
_NOT_PAGE_EXT: dict[str, str] = {ext: kind for kind, exts in NOT_PAGES.items() for ext in exts}

#: zstd-compressed JSON Lines (Dolma's and dolmino's ``*.json.zst``): documents, read by the
#: JSONL reader, although ".zst" alone is an archive of something else.
ZSTD_DOCUMENTS = (".jsonl.zst", ".json.zst", ".ndjson.zst")

#: Kinds of skipped files a user may have meant to be read (an archive in a format not
#: read here, a document file with an unknown name, a PDF): stats.json names them
#: (``skipped_files``), up to MAX_NAMED of each; images, scripts and the like only counted.
NAMED = ("archive", "office", "pdf", "sidecar")
MAX_NAMED = 1000

#: The kind counted for files left out by --include / --exclude.
EXCLUDED = "excluded"

#: The kind counted for an earlier run's output folder found inside the input (one a folder).
RUN_OUTPUT = "corpusclean output folder"


def _run_output(folder: Path) -> bool:
    """Whether ``folder`` is a corpusclean run's output: its state folder, or its run files.
    Read as input, its manifest rows and clean texts would become pages of this run (an
    earlier run written into a subfolder of its own input). Looser than the guard's
    ``run.guard.is_run_folder``, which must never take a user's folder for a run's before
    writing into it: here the file names alone suffice, as skipping is the safe side."""
    return (folder / STATE).is_dir() or all((folder / name).is_file() for name in (RUN, MANIFEST, PAGES, STATS))


@dataclass(frozen=True, slots=True)
class Source:
    """One input file; an archive or a document file holds several pages (read/readers)."""

    path: Path
    rel: str  # '/'-separated path relative to the input root
    error: str = ""  # why it cannot be read, when discovery already knows (a folder it could not list)
    part: tuple[int, int] = (0, 1)  # (k, n): pass one prepares its records k, k+n, k+2n, ... (run/tasks.py)


@dataclass(slots=True)
class Discovery:
    """The sources of an input tree, and the files skipped as not pages, counted by kind."""

    sources: list[Source]
    skipped: Counter[str] = field(default_factory=Counter)
    named: dict[str, list[str]] = field(default_factory=dict)  # NAMED kinds: the files, in order

    def skip(self, kind: str, rel: str) -> None:
        self.skipped[kind] += 1
        if kind in NAMED and len(names := self.named.setdefault(kind, [])) < MAX_NAMED:
            names.append(rel)


def kind_of(name: str, head: bytes = b"") -> str:
    """'html' or 'text', from the name, else from the first bytes."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    if low.endswith(HTML_EXT):
        return "html"
    sniff = head[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if low.endswith(".txt"):
        # Scrapers save a page's source under .txt too: a file that opens as an HTML
        # document is one (only a document's own opening, not any tag, outweighs the name).
        return "html" if sniff.startswith((b"<!doctype html", b"<html")) else "text"
    if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta")):
        return "html"
    return "text"


def not_a_page(name: str) -> str:
    """The kind of file ``name`` is when its name says it is not a page, else ''."""
    low = name.lower()
    if low.endswith(ZSTD_DOCUMENTS):
        return ""
    dot = low.find(".", 1)  # '.tar.gz' as well as '.gz'; a leading dot is no extension
    while dot != -1:
        kind = _NOT_PAGE_EXT.get(low[dot:])
        if kind:
            return kind
        dot = low.find(".", dot + 1)
    return ""


def matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether ``rel`` matches a glob: one without '/' is matched against the file name, one
    with '/' against the whole relative path (as .gitignore does); '*' crosses folders."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel if "/" in p else name, p) for p in patterns)


def skip_reason(rel: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> str:
    """Why the file at ``rel`` is not read as a page ('' when it is)."""
    if exclude and matches(rel, exclude):
        return EXCLUDED
    if include:
        return "" if matches(rel, include) else EXCLUDED
    return not_a_page(rel.rsplit("/", 1)[-1])


def holds_documents(path: Path, fields: tuple[str, ...]) -> bool:
    """Whether a ``.json`` file holds documents (JSON Lines, or one array of objects) rather
    than a scraper's sidecar: its first object names one of ``fields`` (a document's text,
    HTML or content field) within its first 64 KiB. Hugging Face's ``Dataset.to_json``
    names its JSON Lines so; skipped as a sidecar, such a file was a run of 0 pages."""
    if not fields:
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:1] == b"[":
        head = head[1:].lstrip()
    if head[:1] != b"{":
        return False
    keys = b"|".join(re.escape(name.rsplit(".", 1)[-1].encode()) for name in fields)
    return re.search(rb'"(?:' + keys + rb')"\s*:', head) is not None


def find_sources(raw: Path, out: Path | None, config: Config) -> Discovery:
    """The pages of a run's input as the run, ``verify`` and the audit all see them."""
    from .readers.documents import fields_of  # the readers' package imports this module

    body = fields_of(config)
    fields = tuple(name for role in ("text", "html", "content") for name in body[role])
    return discover(raw, out, include=config.include, exclude=config.exclude, document_fields=fields)


def discover(root: Path, exclude_dir: Path | None = None, *, include: tuple[str, ...] = (),
             exclude: tuple[str, ...] = (), document_fields: tuple[str, ...] = ()) -> Discovery:
    """Every regular file under root that is a page, sorted by relative path; hidden files
    are left out, files that are not pages counted (module docstring). ``document_fields``:
    the names of a document's body fields; a ``.json`` file whose first object has one is
    read as documents (``holds_documents``)."""
    root = root.resolve() if root.exists() else root
    excl = exclude_dir.resolve() if exclude_dir is not None and exclude_dir.exists() else None
    found = Discovery([])
    if root.is_file():
        found.sources.append(Source(root, root.name))
        return found
    seen_dirs: set[tuple[int, int]] = set()
    # A folder that cannot be listed becomes one source that reports it, so the pages inside
    # do not vanish without a word (a scrape copied with another user's permissions).
    unlisted: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unlisted.append):
        d = Path(dirpath)
        try:
            st = d.stat()
        except OSError:
            dirnames[:] = []
            continue
        # followlinks=True reads symlinked folders; the (device, inode) set stops loops.
        if (st.st_dev, st.st_ino) in seen_dirs or (excl is not None and d.resolve() == excl):
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        if d != root and _run_output(d):
            found.skipped[RUN_OUTPUT] += 1
            dirnames[:] = []
            continue
        dirnames[:] = sorted(n for n in dirnames if not n.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = d / name
            rel = p.relative_to(root).as_posix()
            why = skip_reason(rel, include, exclude)
            if why == "sidecar" and name.lower().endswith(".json") and holds_documents(p, document_fields):
                why = ""
            if why:
                found.skip(why, rel)
            else:
                found.sources.append(Source(p, rel))
    for err in unlisted:
        p = Path(os.fsdecode(err.filename)) if err.filename else root
        if p == root or root not in p.parents:
            continue  # the input folder itself is no page of it: reporting that is the run's job
        reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        found.sources.append(Source(p, p.relative_to(root).as_posix(), f"cannot list the folder: {reason}"))
    found.sources.sort(key=lambda s: s.rel)
    return found
