"""Proof that nothing was lost: kept text + manifest segments cover every page's source.

For each page the source text is recomputed from the raw input with the same decoding and
repair functions. Then, character by character over the non-whitespace of the source:
removed segments must lie inside the source, not overlap, and quote it exactly; every
other non-whitespace character must appear, in order, in the kept text, and the kept text
must hold nothing else. Whitespace may change (runs collapse, wrapped lines are joined),
but not where the words part: two kept characters stand apart in the kept text exactly
where the source parts them, save where a wrapped line is joined without a space
(segment/blocks.collapse_joined: after a hyphen, between CJK characters, before a
combining mark) and around cut markup with no space beside it (a Markdown link's
"](target)" before a full stop), so a kept text that glues two words together fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .audit.summary import check_against_stats, tally
from .config import Config
from .errors import PageError
from .output.corpus_formats import Written, clean_texts, read_every_format
from .output.jsonl import valid_unicode
from .output.paths import STATS
from .output.runfiles import kept_text_reader, open_run, read_manifest, read_pages
from .pipeline import compute_source
from .read.readers import Record, read_input
from .segment.blocks import collapse_joined


@dataclass(slots=True)
class Failure:
    page: str
    offset: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}: at offset {self.offset}: {self.message}"


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
    k = _spaced(kept)
    prev = -1  # the last kept character of the source
    for i, ch in enumerate(source):
        if ch.isspace() or removed[i]:
            continue
        got, apart = next(k, (None, False))
        if got is None:
            return Failure(page, i, f"source character {ch!r} is neither kept nor removed")
        if got != ch:
            return Failure(page, i, f"kept text has {got!r} where the source has {ch!r} (not removed)")
        expected = _apart(source, removed, prev, i) if prev >= 0 else None
        if expected is not None and apart != expected:
            return Failure(page, i, "kept text parts two words the source writes as one" if apart else
                           "kept text joins two words the source parts")
        prev = i
    extra, _ = next(k, (None, False))
    if extra is not None:
        return Failure(page, len(source), f"kept text has {extra!r} that is not in the source")
    return None


def check_format(w: Written, page_id: str, source: str, kept: str) -> Failure | None:
    """A corpus format's document for the page holds its clean text: exactly, as the .txt
    file does (in valid Unicode, output/jsonl.valid_unicode), or, for JSONL documents with
    Dolma attributes, the page's source with spans whose removal leaves the clean text's
    content (its line breaks are the source's)."""
    key = valid_unicode(page_id)
    text = w.texts.get(key)
    if text is None:
        return Failure(page_id, 0, f"the {w.name} have no document for this page")
    if w.sources is None:
        return None if text == valid_unicode(kept) else Failure(
            page_id, 0, f"the {w.name} hold another text for this page than its clean text")
    if w.sources.get(key) != valid_unicode(source):
        return Failure(page_id, 0, f"the {w.name}: the document's text is not the page's source")
    if "".join(text.split()) != "".join(valid_unicode(kept).split()):
        return Failure(page_id, 0, f"the {w.name}: cutting out the removed spans does not leave the clean text")
    return None


def _spaced(kept: str) -> Iterator[tuple[str, bool]]:
    """Each non-whitespace character of the kept text, and whether whitespace stands before it."""
    gap = False
    for c in kept:
        if c.isspace():
            gap = True
        else:
            yield c, gap
            gap = False


def _apart(source: str, removed: bytearray, a: int, b: int) -> bool | None:
    """Whether kept characters ``a`` and ``b`` of the source stand apart: True where
    whitespace or a removed block lies between them, False where nothing does, None where
    only a wrap that may be joined without a space does, or only removed markup ("[a](x).":
    the "a" and the "." stand as the source set them, either is right)."""
    if b == a + 1:
        return False
    if any(removed[a + 1 : b]):
        kept_space = any(c.isspace() and not removed[k] for k, c in enumerate(source[a + 1 : b], a + 1))
        return True if kept_space else None
    if "\n" in source[a + 1 : b] and not collapse_joined(source[max(0, a - 1) : b + 1]).strip().count(" "):
        return None
    return True


def _pages(raw: Path, out: Path, config: Config, sources: set[str]) -> Iterator[Record]:
    """Every page record of the input, read by the run's own readers (read/readers); each
    input file's own id is added to ``sources`` (its error page, if any, bears it)."""
    for src, found in read_input(raw, out, config):
        sources.add(src.rel)
        yield from found.records


def _has_error_row(rows: list[dict[str, Any]]) -> bool:
    """A page the run could not clean has exactly its one error row in the manifest."""
    return len(rows) == 1 and rows[0]["category"] == "error"


def _unrecorded_error(page_id: str) -> Failure:
    """pages.jsonl says the page failed, so verify does not check its text; the manifest must
    say so too. Without this, marking a page failed in pages.jsonl hid any edit of its text
    file, and verify reported success."""
    return Failure(page_id, 0, "the run's list of pages says this page failed, but the manifest has no "
                               "error row for it (the run's files were edited?)")


def verify(out: Path, raw: Path | None = None) -> tuple[int, list[Failure]]:
    """Check every page of a run against its input (``raw``: where the input is now, when it
    moved); returns (pages checked, failures).

    The run's own record (pages.jsonl) says which pages there must be: a page it has that the
    input or the output lacks, or an input page it never had, is a failure, and so is an
    input folder that is gone. A run with no page to check is a failure too: a check that
    checked nothing proves nothing.
    """
    run = open_run(out)
    raw = raw if raw is not None else run.raw
    config = run.config
    record = read_pages(out)
    if not raw.is_dir() and not raw.is_file():
        return 0, [Failure(str(raw), 0, f"the run's input {raw} does not exist; if it moved, "
                           "give its new place with --raw DIR")]
    manifest = read_manifest(out)
    # The manifest's rows must add up to the run's own counts, per category and rule: a row
    # whose category or rule was edited loses nothing, but it is not what the run found.
    failures = [Failure(STATS, 0, f"the manifest does not add up to the run's counts: {p} (edited?)")
                for p in check_against_stats(tally(r for rows in manifest.values() for r in rows), run.stats)["problems"]]
    try:
        written = read_every_format(out)
    except Exception as e:  # noqa: BLE001 - a shard cut short, misaligned or unreadable: say which
        written = []
        failures.append(Failure(str(out), 0, f"cannot read the run's corpus files: {e}"))
    # the corpus files are read once: without a .txt tree, the clean texts are theirs
    kept_texts = kept_text_reader(run, clean_texts(written) if written else None)
    checked = 0
    seen: set[str] = set()
    files: set[str] = set()
    for rec in _pages(raw, out, config, files):
        page_id, data = rec.id, rec.data
        row = record.get(page_id)
        if row is None:
            failures.append(Failure(page_id, 0, "this input page is not in the run (added after it?); "
                                                "run corpusclean clean again"))
            continue
        seen.add(page_id)
        if row.get("error"):  # an error row, no text: nothing was kept or removed
            if not _has_error_row(manifest.get(page_id, [])):
                failures.append(_unrecorded_error(page_id))
            continue
        if data is None:
            failures.append(Failure(page_id, 0, "the input file of this page cannot be read any more"))
            continue
        try:
            source = compute_source(data, page_id, config, kind=rec.kind, charset=rec.charset)
        except PageError as e:
            failures.append(Failure(page_id, 0, f"cannot recompute the source: {e}"))
            continue
        kept = kept_texts(page_id)
        if kept is None:
            failures.append(Failure(page_id, 0, "no clean text was written for this page"))
            continue
        checked += 1
        f = check_page(page_id, source, kept, manifest.get(page_id, []))
        if f is None:
            f = next(filter(None, (check_format(w, page_id, source, kept) for w in written)), None)
        if f is not None:
            failures.append(f)
    for page_id, row in record.items():
        if page_id not in seen and not (row.get("error") and page_id in files):
            failures.append(Failure(page_id, 0, f"the run had this page but the input {raw} does not "
                                                "(removed, renamed or moved?)"))
        elif page_id not in seen and not _has_error_row(manifest.get(page_id, [])):
            failures.append(_unrecorded_error(page_id))
    for page_id in sorted(set(manifest) - set(record)):
        failures.append(Failure(page_id, 0, "the manifest has rows for a page the run did not have"))
    known = {valid_unicode(p) for p in record}
    for w in written:
        for page_id in sorted(set(w.texts) - known):
            failures.append(Failure(page_id, 0, f"the {w.name} have a document for a page the run did not have"))
    if checked == 0 and not failures:
        failures.append(Failure(str(raw), 0, "nothing to verify: the run had no page with text"))
    return checked, failures
