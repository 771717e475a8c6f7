"""Encoding repair with ftfy, one line at a time, every change recorded and replayable."""

from __future__ import annotations

from functools import lru_cache

import ftfy

from ..model import Repair

# Explicit config so correct text is left alone. Measured: ftfy's defaults straighten curly
# quotes (60 of 265 correct Urdu lines changed) and NFC-normalise (11 Persian lines); with
# these off no correct block changed. HTML entities are the HTML reader's job, not ftfy's;
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


@lru_cache(maxsize=4096)
def _fix(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    fixed = ftfy.fix_and_explain(line, config=_CONFIG)
    steps = tuple((str(a), str(b)) for a, b in (fixed.explanation or ()))
    return fixed.text, steps


def repair(text: str) -> tuple[str, list[Repair]]:
    """Return the repaired text and one Repair per changed line. Also removes NUL bytes."""
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
            fixed, more = _fix(new)
            if fixed != new:
                new, steps = fixed, steps + more
        if new != line:
            repairs.append(Repair(i, pos, line, new, list(steps)))
        out.append(new)
        pos += len(new) + 1
    return "\n".join(out), repairs


def replay(before: str, steps: list[tuple[str, str]]) -> str:
    """Re-apply recorded steps to the original line (ftfy's own replay, plus our NUL step)."""
    if ("remove", "nul_bytes") in steps:
        before = before.replace("\x00", "")
        steps = [s for s in steps if s != ("remove", "nul_bytes")]
    return ftfy.apply_plan(before, steps) if steps else before
