"""What a run checks before it writes anything: OUT is corpusclean's own, and no other run uses it.

OUT is written file by file and earlier outputs are replaced or deleted, so a run must never
be pointed at a folder holding anyone else's files: the input swapped for OUT
(``corpusclean clean clean raw``), a scrape, a home folder. A run accepts an OUT that is
missing or empty, or one an earlier run wrote, recognised by what corpusclean leaves in it
(its state folder, ``.corpusclean``, which a run creates before anything else, or its own
``run.json`` beside ``manifest.jsonl``, as in a committed output whose state folder git
ignores). Even then every file in it must be
one corpusclean writes: a run file, a shard, a file the last run listed as written (or, with
no listing, the output name of a page of this input), or a file in the folder of an input
archive's pages. Anything else stops the run before it writes a byte.

One run per OUT: the state folder's lock file is held with ``flock`` for the whole run and
holds the holder's pid. The kernel releases the lock when its holder dies, so a lock left by
a killed run is taken over safely, with no stale-pid guessing.
"""

from __future__ import annotations

import json
import os
import re
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

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
    read_listing_file,
    text_name,
)
from ..output.shards import NAME_DIGITS
from ..read.readers import reader_for
from .state import TEMP_PREFIX

#: The lock file in the state folder.
LOCK = "lock"

#: The run's own files at the top of OUT, and the corpus formats' shards.
RUN_FILES = frozenset({MANIFEST, REPAIRS, STATS, RUN, PAGES})
SHARD = re.compile(rf"(documents|attributes/corpusclean)/part-\d{{{NAME_DIGITS}}}\.(jsonl\.gz|parquet)")
#: Foreign files named in the message before "and N more".
_NAMED = 3


class RunError(Exception):
    """A run that cannot start: a bad input or output folder (a usage error)."""


class BusyError(RunError):
    """Another run holds OUT's lock."""


def check_paths(raw: Path, out: Path) -> None:
    """RAW exists and is no corpusclean output; OUT is no file and neither folder holds the other."""
    if not raw.exists():
        raise RunError(f"input folder {raw} does not exist")
    if out.exists() and not out.is_dir():
        raise RunError(f"the output folder {out} is a file; choose a folder (it is created if missing)")
    r, o = raw.resolve(), out.resolve()
    if o == r or (r.is_dir() and r in o.parents):
        raise RunError(f"the output folder {out} is inside the input folder {raw}; "
                       "corpusclean never writes into its input: choose another output folder")
    if o in r.parents:
        raise RunError(f"the input folder {raw} is inside the output folder {out}; choose another output folder")
    if out.is_symlink() and not out.exists():  # mkdir fails on it: "cannot write OUT: File exists"
        raise RunError(f"the output folder {out} is a link to {os.readlink(out)}, which does not exist; "
                       "create that folder or choose another output folder")
    if r.is_dir() and is_run_folder(r):
        raise RunError(f"the input folder {raw} is a corpusclean output folder (it holds {RUN} and "
                       f"{MANIFEST}): were RAW and OUT swapped? The usage is: corpusclean clean RAW OUT")


def is_run_folder(folder: Path) -> bool:
    """Whether ``folder`` was written by a corpusclean run (module docstring)."""
    if (folder / STATE).is_dir():
        return True
    try:
        info = json.loads((folder / RUN).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and "config" in info and "versions" in info and (folder / MANIFEST).is_file()


def _files(out: Path) -> Iterator[str]:
    """Every file under OUT but the state folder, '/'-separated and relative to OUT, and every
    symbolic link to a folder (named as such, so it matches no output name).

    A run never makes a link, and a linked folder is where the damage would be done: a run
    writes its text files through it and deletes its stale outputs through it, so
    ``OUT/news -> RAW/news`` overwrote and then deleted the input's pages. os.walk lists such
    a link among the folders and does not enter it, so it is named here, to be refused.
    """
    for dirpath, dirnames, filenames in os.walk(out):
        if Path(dirpath) == out:
            dirnames[:] = [d for d in dirnames if d != STATE]
        rel = Path(dirpath).relative_to(out).as_posix()
        for name in filenames:
            yield name if rel == "." else f"{rel}/{name}"
        for name in dirnames:
            if os.path.islink(os.path.join(dirpath, name)):
                yield (name if rel == "." else f"{rel}/{name}") + " (a link to a folder)"


def foreign_files(out: Path, pages: Iterable[str]) -> list[str]:
    """The files under OUT that corpusclean would not have written for a run over ``pages``."""
    # what the last complete run wrote, and what a run killed since began to write
    listings = [out / STATE / WRITTEN, out / STATE / WRITING]
    listed = set().union(*(read_listing_file(f) for f in listings))
    pages = list(pages)
    # Without its state folder (a committed output whose .corpusclean git ignores) a run's
    # files are known by their names: the output names of this input's pages. With it, only
    # the listings count: a user's file in OUT named as a page added to the input since is
    # the user's, not the last run's.
    known = any(f.exists() for f in listings)
    ours = set() if known else {name for p in pages for name in (text_name(p), comments_name(p))}
    # an archive's or a document file's pages are written under its own name, known only
    # once it is read (as above, when there is no listing)
    inside = () if known else tuple(f"{p}/" for p in pages if reader_for(p).whole_file)
    return sorted(rel for rel in _files(out)
                  if rel not in RUN_FILES and rel not in listed and rel not in ours
                  and not (inside and rel.startswith(inside))
                  and not SHARD.fullmatch(rel) and not rel.rsplit("/", 1)[-1].startswith(TEMP_PREFIX))


def check_out(raw: Path, out: Path, pages: Iterable[str]) -> None:
    """Refuse (RunError) an OUT that holds files corpusclean did not write (module docstring)."""
    if not out.is_dir() or not any(out.iterdir()):
        return
    if not is_run_folder(out):
        shown = sorted(os.listdir(out))  # its top level: enough to say what it is, and no walk of a home folder
        raise RunError(f"the output folder {out} is not empty and was not written by corpusclean "
                       f"(it holds {_some(shown)}); corpusclean replaces files in OUT, so it only "
                       "writes into a new or empty folder or one an earlier run wrote")
    foreign = foreign_files(out, pages)
    if foreign:
        raise RunError(f"the output folder {out} holds files corpusclean did not write ({_some(foreign)}); "
                       "move them away or choose another output folder")


def _some(names: list[str]) -> str:
    more = len(names) - _NAMED
    return ", ".join(names[:_NAMED]) + (f" and {more} more" if more > 0 else "")


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold OUT's lock for the duration (BusyError when another run holds it)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no lock, as before
        yield
        return
    state = out / STATE
    state.mkdir(parents=True, exist_ok=True)
    fd = os.open(state / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(f"the output folder {out} is in use by another corpusclean run "
                            f"({_holder(fd)}); wait for it to finish or choose another output folder") from None
        holder = {"pid": os.getpid(), "host": socket.gethostname(),
                  "started": time.strftime("%Y-%m-%d %H:%M:%S")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(holder) + "\n").encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _holder(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"pid {info['pid']} on {info['host']}, started {info['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "it is just starting"
