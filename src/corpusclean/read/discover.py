"""Finding pages in an input tree: what to read, in a stable order, never following loops."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
WARC_EXT = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Source:
    """One input file; WARC files expand into several pages later."""

    path: Path
    rel: str  # '/'-separated path relative to the input root
    error: str = ""  # why it cannot be read, when discovery already knows (a folder it could not list)

    @property
    def is_warc(self) -> bool:
        return self.rel.lower().endswith(WARC_EXT)


def kind_of(name: str, head: bytes = b"") -> str:
    """'html' or 'text', from the name, else from the first bytes."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    if low.endswith(HTML_EXT):
        return "html"
    if low.endswith(".txt"):
        return "text"
    sniff = head[:1024].lstrip().lower()
    if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta")):
        return "html"
    return "text"


def discover(root: Path, exclude: Path | None = None) -> list[Source]:
    """Every regular file under root, sorted by relative path; hidden files are skipped."""
    root = root.resolve() if root.exists() else root
    excl = exclude.resolve() if exclude is not None and exclude.exists() else None
    out: list[Source] = []
    if root.is_file():
        return [Source(root, root.name)]
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
        dirnames[:] = sorted(n for n in dirnames if not n.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = d / name
            rel = p.relative_to(root).as_posix()
            out.append(Source(p, rel))
    for err in unlisted:
        p = Path(os.fsdecode(err.filename)) if err.filename else root
        if p == root or root not in p.parents:
            continue  # the input folder itself is no page of it: reporting that is the run's job
        reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        out.append(Source(p, p.relative_to(root).as_posix(), f"cannot list the folder: {reason}"))
    out.sort(key=lambda s: s.rel)
    return out
