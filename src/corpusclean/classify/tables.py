"""Tables in text dumps: printed one cell per line, or one row per line in padded columns.

A tool that puts a line break after every element (BeautifulSoup's ``get_text("\\n")``, a
browser's copy) turns an article's table into a run of short lines: "Yıl", "Fiyat (TL/kg)",
"2019", "3,27", "2020", "3,50", ... Line by line it reads as a menu, and its figures alone as
counters, and the article's paragraphs after it are cut off. What tells a table is its shape,
in any language: the run repeats a row of k cells, in every row after the first the same
columns hold figures, and the first row, its header, names one of them in words. A ranked list
("1", title, "2", title, ...) repeats so too, but a column that counts 1, 2, 3 is its ranks,
not data; a widget's figures with their labels ("100", "Hours of Research", "15", "Carriers
Compared") have no header, or count what the next cell names.
"""

from __future__ import annotations

import itertools
import re

from ..model import Page
from .features import Features

# A cell: a few words, no sentence.
_CELL_WORDS = 6
# A row has two to eight cells; a table has at least three rows of data under its header row
# (two are as often a widget's pairs of labels and counts: "Followers", "3,208", "Views", ...).
_COLUMNS = (2, 8)
_DATA_ROWS = 3
# A figure: a number with its signs and separators, maybe a unit or a currency after it
# ("3,27", "−31 %", "2 740", "1.530 €", "12 kg").
_FIGURE = re.compile(r"^\W*[-+−–]?\d[\d\s.,’'/:]*(?:\s?(?:%|‰|[^\W\d_]{1,3}\.?))?\W*$")
# A figure and a word, again and again, is a widget's counts with their labels ("5", "replies",
# "412", "views"), in any language: a table keys its rows first.
_COUNT_AND_WORD = [True, False]
# A date or a clock time is a figure in a row's shape, but a column of them is a list's dates
# ("12.03.2024" under each of a news list's titles), not data.
_DATED = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b")


def _figure(text: str) -> bool:
    return _FIGURE.match(text) is not None


def cell_runs(texts: list[str], feats: list[Features]) -> dict[int, int]:
    """Block index -> the columns of the flattened table it is a cell of."""
    out: dict[int, int] = {}
    n = len(texts)
    i = 0
    while i < n:
        if not _cell(texts[i], feats[i]):
            i += 1
            continue
        j = i
        while j < n and _cell(texts[j], feats[j]):
            j += 1
        _tables(texts, i, j, out)
        i = j
    return out


def _cell(text: str, f: Features) -> bool:
    return 0 < f.words <= _CELL_WORDS and not f.bullet and (not f.terminal or _figure(text))


def _tables(texts: list[str], start: int, end: int, out: dict[int, int]) -> None:
    """Find tables in the run of cells start..end-1 (a caption line may open it)."""
    shapes = [_figure(t) for t in texts[start:end]]
    pos = 0
    while pos < len(shapes):
        found = _table_at(texts, shapes, start, pos)
        if found is None:
            pos += 1
            continue
        k, rows = found
        for m in range(start + pos, start + pos + k * rows):
            out[m] = k
        pos += k * rows


def _table_at(texts: list[str], shapes: list[bool], start: int, pos: int) -> tuple[int, int] | None:
    """(columns, rows) of the table whose header row starts at `pos`, the fewest columns
    that fit; None when none does."""
    for k in range(_COLUMNS[0], _COLUMNS[1] + 1):
        first = pos + k  # the first row of data
        if first + k * _DATA_ROWS > len(shapes):
            return None
        row = shapes[first:first + k]
        if not any(row) or row == _COUNT_AND_WORD:
            continue
        rows = 1
        while first + k * (rows + 1) <= len(shapes) and shapes[first + k * rows:first + k * (rows + 1)] == row:
            rows += 1
        if rows < _DATA_ROWS:
            continue
        for c in range(k):
            # a column of figures under a header that names them
            column = [texts[start + first + r * k + c] for r in range(rows)]
            if row[c] and not shapes[pos + c] and not _ranks(column) and not any(_DATED.search(t) for t in column):
                return k, rows + 1
    return None


def _ranks(column: list[str]) -> bool:
    """Consecutive whole numbers (1, 2, 3, ...; or years): a ranked list's numbers or a
    table's row keys, not its data."""
    numbers = [re.sub(r"\D", "", t) for t in column]
    return all(a.isdigit() and b.isdigit() and int(b) == int(a) + 1 for a, b in itertools.pairwise(numbers))


# A table printed one row per line with its cells padded to columns, as inscriptis, lynx and
# w3m print one ("Pos.  Pilota                 Moto     Distacco", "1     Luca Ferrandi
# (ITA)    Ducati   41'12.604"): two or more spaces between cells, and a column (where a cell
# starts after such a gap) that every row shares. A line of prose typed with two spaces after
# its full stops has no column the next line shares. A calendar's rows of day numbers have no
# letter in them: a table's rows each name what they hold ("瀬戸内 0 0 1 0 ...", "Erwachsene 9,00 €").
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_ROWS = 3
_LETTER = re.compile(r"[^\W\d_]")


def aligned_rows(page: Page, i: int) -> int:
    """The end (exclusive) of the padded table whose first row is block i; i when none is
    (`_ROWS` rows or more, each one source line)."""
    shared: set[int] | None = None
    j = i
    while j < len(page.blocks):
        columns = _columns(page, j)
        if not columns or (shared is not None and not shared & columns) or (
                j > i and not _LETTER.search(page.blocks[j].text)):
            break
        shared = columns if shared is None else shared & columns
        j += 1
    return j if j - i >= _ROWS else i


def padded_row(page: Page, i: int) -> bool:
    """Block i is one source line with cells padded apart: a row of a table, or of a box's
    list of facts ("会社名      株式会社北斗精機")."""
    return bool(_columns(page, i))


def _columns(page: Page, i: int) -> set[int]:
    """Where the cells after the first start on block i's line, counted from the line's start
    (nothing when the block is more than one line)."""
    b = page.blocks[i]
    if b.lines != 1:
        return set()
    line_start = page.source.rfind("\n", 0, b.start) + 1
    return {m.end() - line_start for m in _GAP.finditer(page.source, b.start, b.end)}
