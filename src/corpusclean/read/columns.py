"""A text dump's table layout, read a column at a time.

A converter that renders HTML tables as grids (inscriptis, a text browser) prints each
row's cells side by side, each cell padded with spaces to its column's width, every line of
the table as wide as the table. A page laid out in a table (a menu cell beside the article
cell, as sites were built before CSS layouts, and many still are) so comes out with its
menu and its article interleaved line by line: "Rubriky      Když nám zateplení domu ...".
No line of it is one thing, so no rule and no core can tell menu from article. A reader
reads such a grid a column at a time, and so does a text page's source: `unfold` rewrites
the grid's lines as its columns, one after another, left to right.

A grid of data (a specification or league table) is left as printed: its rows are what it
says, and classify/tables.py reads them as rows. A layout is told from data by two things
its columns do and a data table's do not: one holds prose (a paragraph on a line), and it
and another column each go on where the other has a blank, as a menu runs on past an
article and an article past the menu beside its start, each cell a stack of its own. A
data table's rows are full, a cell beside each cell; its prose column (a description) may
run on alone, but never the short column beside it as well.
"""

from __future__ import annotations

import re

# Fewer rows are a line or two side by side (a byline beside a date), not a layout.
MIN_ROWS = 3
# Spaces that stand between two columns in every line of the grid: a converter pads each
# cell to its column's width and parts cells with a separator (inscriptis, the converter of
# Python scrapers, with two spaces). Two spaces at one place in every line of a run of
# lines is no text's own spacing: prose sets one space between words.
GAP = 2
# Non-space characters of one cell line that make its column prose: a dozen words, or a
# sentence of Chinese or Japanese. A data table's cells (a name, a figure, a date) are
# shorter; a layout's article cell holds whole paragraphs on one line each.
PROSE = 60

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
    if width <= PROSE or "  " not in lines[i]:
        return i + 1
    end = last = i + 1
    while end < len(lines) and (len(lines[end]) == width or not lines[end].strip()):
        if len(lines[end]) == width:
            last = end + 1
        end += 1
    return last


def _columns(rows: list[str]) -> list[tuple[int, int]] | None:
    """The grid's columns as (start, end) offsets, when it has two or more, one holds prose,
    and that one and another each have text on a line where the other has none; else None."""
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
        if not any(len(r[a:b]) - r[a:b].count(" ") >= PROSE for r in rows):
            continue
        for j in range(len(spans)):
            if j != k and any(f[k] > f[j] for f in filled) and any(f[j] > f[k] for f in filled):
                return spans
    return None
