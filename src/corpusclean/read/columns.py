"""A text dump's table layout, read a column at a time.

A converter that renders HTML tables as grids (inscriptis, a text browser) prints each
row's cells side by side, each cell padded with spaces to its column's width, every line of
the table as wide as the table. A page laid out in a table (a menu cell beside the article
cell, as sites were built before CSS layouts, and many still are) so comes out with its
menu and its article interleaved line by line: "Rubriky      Když nám zateplení domu ...".
No line of it is one thing, so no rule and no core can tell menu from article. A reader
reads such a grid a column at a time, and so does a text page's source: `unfold` rewrites
the grid's lines as its columns, one after another, left to right.

A grid of data (a specification, a league table, a glossary) is left as printed: its rows
are what it says, and classify/tables.py reads them as rows. A layout is told from data by
two things: one column holds a paragraph on a line (`PROSE_WORDS`), and the rows are not
full: that column has text where another is blank, or the other where it is, as a menu runs
on past an article, each cell a stack of its own. A data table sets a cell beside each cell,
its descriptions included.
"""

from __future__ import annotations

import re

from ..lang.unspaced import word_equivalents

# Fewer rows are a line or two side by side (a byline beside a date), not a layout.
MIN_ROWS = 3
# Spaces that stand between two columns in every line of the grid: a converter pads each
# cell to its column's width and parts cells with a separator (inscriptis, the converter of
# Python scrapers, with two spaces). Two spaces at one place in every line of a run of
# lines is no text's own spacing: prose sets one space between words.
GAP = 2
# Words of one cell line (word-equivalents in scripts written without spaces) that make it
# a paragraph, not a table's cell. Measured on inscriptis' dumps of the 1,213 HTML pages of
# bench/dev and bench/multi: of the grids whose rows are not full, the data tables' longest
# cells held 12-36 words (vertically centred cells of comparison tables, a settings list),
# the seven layouts' paragraphs 43-309; the data tables with longer cells (a glossary, a
# cookie list, 40-55 words) have full rows.
PROSE_WORDS = 40
# A grid narrower than this holds no such line (two characters to a Chinese word).
_MIN_WIDTH = 2 * PROSE_WORDS

_RUN = re.compile(r"\S+")


def unfold(text: str) -> tuple[str, int]:
    """`text` with every table layout's grid rewritten as its columns, and how many grids."""
    if "  " not in text:
        return text, 0
    lines = text.split("\n")
    out: list[str] = []
    grids = 0
    i = 0
    while i < len(lines):
        end = _grid_end(lines, i)
        columns = _columns(lines[i:end]) if end - i >= MIN_ROWS else None
        if columns is None:
            out.append(lines[i])
            i += 1
            continue
        for k, (a, b) in enumerate(columns):
            if k:
                out.append("")
            out.extend(line[a:b].rstrip() for line in lines[i:end])
        grids += 1
        i = end
    return ("\n".join(out), grids) if grids else (text, 0)


def _grid_end(lines: list[str], i: int) -> int:
    """End of the run of lines from `i` that are all as wide as line `i` (a grid's rows are
    padded to the table's width). A line that is only spaces belongs to it whatever its
    width, inside the run; the run ends on its last line of full width."""
    width = len(lines[i])
    if width < _MIN_WIDTH or "  " not in lines[i]:
        return i + 1
    end = last = i + 1
    while end < len(lines) and (len(lines[end]) == width or not lines[end].strip()):
        if len(lines[end]) == width:
            last = end + 1
        end += 1
    return last


def _columns(rows: list[str]) -> list[tuple[int, int]] | None:
    """The grid's columns as (start, end) offsets, when it has two or more, one holds prose,
    and the rows are not full beside it; else None."""
    width = max(len(r) for r in rows)
    used = bytearray(width + GAP)
    for r in rows:
        for m in _RUN.finditer(r):
            used[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    spans: list[tuple[int, int]] = []
    start, free = -1, 0
    for p, u in enumerate(used):
        if u:
            if start < 0:
                start = p
            free = 0
        elif start >= 0:
            free += 1
            if free == GAP:
                spans.append((start, p - GAP + 1))
                start = -1
    if len(spans) < 2:
        return None
    filled = [[bool(r[a:b].strip()) for a, b in spans] for r in rows]
    for k, (a, b) in enumerate(spans):
        if not any(_words(r[a:b]) >= PROSE_WORDS for r in rows):
            continue
        if any(f[k] != f[j] for f in filled for j in range(len(spans)) if j != k):
            return spans
    return None


def _words(cell: str) -> int:
    """Words of a cell line, a run of Chinese, Japanese or Thai counted in word-equivalents."""
    return 0 if len(cell) < PROSE_WORDS else word_equivalents(cell)
