"""Labels from the page's markup (read/dom.py).

On a page trafilatura extracted, blocks outside its text already carry the rule their
markup names (read/align.py). Where it found no article, or only a fragment, the text
classifier decides alone; the markup still says which blocks are a comment thread or a
menu, and those labels are walls for the core (classify/core.py): a long reader-comment
section must never win the core over the article.

Figure captions are labelled on every HTML page: in both benchmarks they are not article
text. bench/dev: of the 976 blocks over 15 characters inside a <figcaption>, 60 are in the
gold article; bench/multi: 51 such blocks hold a `without` snippet, 7 a `with` snippet.
"""

from __future__ import annotations

from ..read.dom import dom_rule
from .context import PageView

# Inside trafilatura's text, most of what the markup names is article after all (bench/multi:
# of its blocks in a "sidebar" element 89 hold a `with` snippet, 10 a `without` one), but
# three concepts are boilerplate in both benchmarks: author boxes, breadcrumbs and footers.
# bench/dev, blocks trafilatura keeps, in the gold article / not: author 21 / 71,
# breadcrumb 2 / 35, footer 7 / 66; bench/multi, holding a `with` / `without` snippet:
# author 0 / 3, breadcrumb 0 / 1, footer 0 / 2. ("related" is not: dev 22 / 42, multi 16 / 3.)
_INSIDE_MAIN = (("breadcrumb", "dom_breadcrumb"), ("author", "dom_author"), ("footer", "dom_footer"))

# A menu or breadcrumb line is mostly link text; an article paragraph inside an element
# classed "nav-..." (a theme's wrapper) is not. Half: a menu item is all link (1.0), a
# paragraph with a link or two well under half.
_MENU_LINK_SHARE = 0.5


def label_dom(view: PageView) -> None:
    """Captions are chrome; inside trafilatura's text, so are author boxes, breadcrumbs and
    footers; where it drew no edges, comment containers are comments and link lines in
    menus and breadcrumbs are navigation."""
    for b in view.page.blocks:
        if b.dom is None:
            continue
        if "figcaption" in b.dom.tags:
            b.add("chrome", "dom_caption")
        if view.extracted:
            if not b.labels:
                named = next((rule for concept, rule in _INSIDE_MAIN if concept in b.dom.concepts), None)
                if named is not None:
                    b.add("chrome", named)
            continue
        named = dom_rule(b.dom)
        if named is None:
            continue
        menu = named[1] in ("dom_navigation", "dom_breadcrumb") and b.dom.link_share >= _MENU_LINK_SHARE
        if menu or named[1] == "comment_section":
            b.add(*named)
