"""Side columns of a page laid out in a table (HTML).

Pages built before CSS layouts, and many small sites since, set their menu, their article
and a column of notices side by side as the cells of one table row (read/html.py
`_table_rows`). The article's cell is the one that holds most of the page's prose; the
other cells of its row are side columns (a menu, "Next meeting", a sponsor's box, a
webring), whatever trafilatura kept of them. Inside the article's cell the same holds one
table down (a row of the article beside a column of ads), as long as the cell chosen still
holds most of the page's prose.

Only a cell with less than half the article cell's prose is a side column: an article set
in two columns of one row (a newspaper's print layout) keeps both. A data table inside the
article never holds most of the page's prose, so its cells are never compared.
"""

from __future__ import annotations

from collections import defaultdict

from ..read.dom import Cell
from .context import PageView

# The article's cell holds at least this share of the page's prose, else no cell is the
# article's (prose spread over many cells: a table of listings, a page of teasers).
_ARTICLE_SHARE = 0.5
# A sibling cell holding less than this share of the article cell's prose is a side column;
# one holding more is the article's second column.
_SIDE_SHARE = 0.5


def label_side_columns(view: PageView) -> None:
    blocks = view.page.blocks
    cells = [b.dom.cells if b.dom is not None else () for b in blocks]
    if view.page.kind != "html" or not any(cells):
        return
    prose = [len(b.text) if f.prose else 0 for b, f in zip(blocks, view.feats, strict=True)]
    total = sum(prose)
    if not total:
        return
    inside = [i for i, c in enumerate(cells) if c]
    depth = 0
    while inside:
        weight: dict[Cell, int] = defaultdict(int)
        for i in inside:
            if len(cells[i]) > depth:
                weight[cells[i][depth]] += prose[i]
        if not weight:
            return
        article = max(weight, key=lambda c: (weight[c], -c[0], -c[1]))
        if weight[article] < _ARTICLE_SHARE * total:
            return
        side = {c for c in weight if c[0] == article[0] and c != article and weight[c] < _SIDE_SHARE * weight[article]}
        for i in inside:
            if len(cells[i]) > depth and cells[i][depth] in side:
                blocks[i].add("chrome", "side_column")
        inside = [i for i in inside if len(cells[i]) > depth + 1 and cells[i][depth] == article]
        depth += 1
