"""Encoding repair with ftfy, one line at a time, every change recorded and replayable."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy
from ftfy.chardata import CONTROL_CHARS

from ..model import Repair
from ..segment.blocks import collapse_whitespace

_COLLAPSE = ("collapse", "whitespace")  # our step: whitespace runs made one space
# Our step: the line composed to Unicode NFC. One text has one form: "য়" as one code point
# or two, "ệ" as e plus two marks (decomposed Vietnamese and Bengali are common on the
# web) would otherwise differ byte for byte from the same words elsewhere, for a
# deduplicator, a snippet search or a tokenizer. trafilatura's text is NFC, and so is
# what the W3C's character model recommends for web text.
_NFC = ("normalize", "NFC")
# Our step: soft hyphens removed. A soft hyphen (U+00AD) is a hyphenation hint a browser
# shows only where it breaks a line; dumps of sites that hyphenate server-side keep one
# between every syllable ("Ita\xadli\xadens"), which cuts every word in two for a
# tokenizer, a deduplicator or a snippet search (31 of bench/multi's 504 text pages hold
# them; trafilatura's text has none). After ftfy, not before, on HTML pages as on text: U+00AD
# is also a byte of mojibake ("Ã\xad" is í read as Latin-1, "\xe2\xad\x90" an emoji star),
# which ftfy must see whole. The zero-width joiners stay: they are Persian, Indic and emoji
# spelling.
_SOFT = ("remove", "soft_hyphens")
_SOFT_HYPHEN = "\xad"

# Explicit config so correct text is left alone. Measured: ftfy's defaults straighten curly
# quotes (60 of 265 correct Urdu lines changed); with these off no correct block changed.
# NFC is applied to every line after ftfy (`_NFC`), not by ftfy: the gate below skips ftfy
# on most lines. HTML entities are the HTML reader's job, not ftfy's;
# ligatures and full-width forms are correct text, not damage.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    normalization=None,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    explain=True,
)


# Lines ftfy provably leaves alone, found by one C-level search instead of its ~70 us of
# fixers (95% of the non-ASCII lines of bench/dev's text track). With _CONFIG, ftfy changes
# a line only (1) where its mojibake detector `ftfy.badness.BADNESS_RE` matches, and every
# alternative of that regex needs two adjacent non-ASCII characters (its character classes
# hold no ASCII; tests/test_repair_gate.py checks this against the installed ftfy) except
# five that need one: a C1 control, Œ, œ, Ã or Â; or (2) where a C1 control, a surrogate,
# a terminal escape (ESC) or one of ftfy's CONTROL_CHARS is present.
_MAY_CHANGE = re.compile(
    r"[^\x00-\x7f]{2}|[\x80-\x9f\u0152\u0153\u00c3\u00c2\x1b\ud800-\udfff"
    + "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))
    + "]"
)


def _fix(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    if _MAY_CHANGE.search(line) is None:
        return line, ()
    return _fix_with_ftfy(line)


@lru_cache(maxsize=4096)
def _fix_with_ftfy(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    fixed = ftfy.fix_and_explain(line, config=_CONFIG)
    steps = tuple((str(a), str(b)) for a, b in (fixed.explanation or ()))
    return fixed.text, steps


def repair(text: str) -> tuple[str, list[Repair]]:
    """Return the repaired text and one Repair per changed line. Also removes NUL bytes and
    soft hyphens."""
    out: list[str] = []
    repairs: list[Repair] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        new = line
        steps: tuple[tuple[str, str], ...] = ()
        if "\x00" in new:
            new = new.replace("\x00", "")
            steps = (("remove", "nul_bytes"),)
        # Printable ASCII cannot hold mojibake and nothing in _CONFIG changes it: skip ftfy.
        if not (new.isascii() and new.isprintable()) and len(new) < 1_000_000:
            head, core, tail = _edges(new)
            fixed, more = _fix(core)
            if _SOFT_HYPHEN in fixed:
                fixed, more = fixed.replace(_SOFT_HYPHEN, ""), (*more, _SOFT)
                # Without them the line may read as damage it did not before ("Ã\xad©"
                # becomes "Ã©"): repaired as it now stands, so cleaning again changes nothing.
                again, extra = _fix(fixed)
                if again != fixed:
                    fixed, more = again, (*more, *extra)
            view = collapse_whitespace(fixed)
            if view != fixed:
                # The block shows the line with its whitespace collapsed. Where ftfy would
                # repair that view ("0\xa0À\x80" is left alone, "0 À\x80" is not), cleaning
                # the clean text again would change it: the line is repaired as shown.
                again, extra = _fix(view)
                if again != view:
                    fixed, more = again, (*more, _COLLAPSE, *extra)
            if fixed != core:
                new, steps = head + fixed + tail, steps + more
            if not unicodedata.is_normalized("NFC", new):
                new, steps = unicodedata.normalize("NFC", new), (*steps, _NFC)
        if new != line:
            repairs.append(Repair(i, pos, line, new, list(steps)))
        out.append(new)
        pos += len(new) + 1
    return "\n".join(out), repairs


def _edges(line: str) -> tuple[str, str, str]:
    """(leading whitespace, the rest, trailing whitespace). ftfy sees the line without its
    edges, as the block made of it will be: its verdict on "Â€" must not depend on a
    no-break space before it (with one it left the line alone, so cleaning the clean text
    again repaired what the first pass had kept)."""
    core = line.strip()
    if not core:
        return line, "", ""
    start = len(line) - len(line.lstrip())
    return line[:start], core, line[start + len(core):]


def replay(before: str, steps: list[tuple[str, str]]) -> str:
    """Re-apply recorded steps to the original line: ftfy's own plans, and our steps (NUL
    bytes removed first; soft hyphens removed and whitespace collapsed where they stand
    between plans), on the line without its edges."""
    steps = [(str(a), str(b)) for a, b in steps]  # read back from JSON: lists
    if ("remove", "nul_bytes") in steps:
        before = before.replace("\x00", "")
        steps = [s for s in steps if s != ("remove", "nul_bytes")]
    if steps and steps[-1] == _NFC:
        return unicodedata.normalize("NFC", replay(before, steps[:-1]))
    if not steps:
        return before
    head, core, tail = _edges(before)
    plan: list[tuple[str, str]] = []
    for step in steps:
        if step in (_COLLAPSE, _SOFT):
            core = ftfy.apply_plan(core, plan) if plan else core
            core = collapse_whitespace(core) if step == _COLLAPSE else core.replace(_SOFT_HYPHEN, "")
            plan = []
        else:
            plan.append(step)
    if plan:
        core = ftfy.apply_plan(core, plan)
    return head + core + tail
