"""Where a page's outputs go: the input tree mirrored under OUT, never outside it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

MANIFEST = "manifest.jsonl"
REPAIRS = "repairs.jsonl"
STATS = "stats.json"
RUN = "run.json"
PAGES = "pages.jsonl"
STATE = ".corpusclean"
#: In the state folder: the per-page files the last complete run wrote, one relative path a line.
WRITTEN = "written.txt"
#: In the state folder: each per-page file a run is about to write, listed before it is; the
#: list of a run that did not finish (WRITTEN is replaced only at the end), deleted when one does.
WRITING = "writing.txt"


def listing(paths: Iterable[str]) -> str:
    """WRITTEN's text: each path a JSON string on its own line. A file name may hold a
    newline, a U+2028 or an undecodable byte (a surrogate escape); written plainly it would
    read back as two entries, and the next run would take its own output for a user's file."""
    return "".join(map(listing_line, sorted(paths)))


def listing_line(rel: str) -> str:
    """One path's line in WRITTEN or WRITING."""
    return json.dumps(rel) + "\n"


def read_listing(text: str) -> set[str]:
    """The paths of a WRITTEN text; a line that is no JSON string is a path as it is (the
    plain form of earlier versions)."""
    out: set[str] = set()
    for line in text.split("\n"):
        if not line:
            continue
        if line.startswith('"'):
            try:
                rel = json.loads(line)
            except ValueError:
                rel = None
            if isinstance(rel, str):
                out.add(rel)
                continue
        out.add(line)
    return out


def read_listing_file(path: Path) -> set[str]:
    """The paths listed in ``path`` (WRITTEN or WRITING); none when it is missing."""
    try:
        return read_listing(path.read_text("utf-8", errors="surrogateescape"))
    except OSError:
        return set()


def text_name(page_id: str) -> str:
    """'a/b.txt' stays 'a/b.txt'; any other name gets '.txt' appended ('a/b.html.txt')."""
    return page_id if page_id.endswith(".txt") else page_id + ".txt"


def comments_name(page_id: str) -> str:
    base = page_id[:-4] if page_id.endswith(".txt") else page_id
    return base + ".comments.txt"


def safe_join(out: Path, rel: str) -> Path:
    """out/rel, refusing anything that would land outside out (absolute, '..', empty parts)."""
    parts = PurePosixPath(rel).parts
    if not parts or rel.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"unsafe output name {rel!r}")
    if parts[0] == STATE:
        raise ValueError(f"output name {rel!r} collides with corpusclean's state folder")
    return out.joinpath(*parts)
