"""Labels from the page's markup (read/dom.py) where trafilatura drew no edges.

On a page trafilatura extracted, blocks outside its text already carry the rule their
markup names (read/align.py). Where it found no article, or only a fragment, the text
classifier decides alone; the markup still says which blocks are a comment thread or a
menu, and those labels are walls for the core (classify/core.py): a long reader-comment
section must never win the core over the article.
"""

from __future__ import annotations

from ..read.dom import dom_rule
from .context import PageView

# A menu or breadcrumb line is mostly link text; an article paragraph inside an element
# classed "nav-..." (a theme's wrapper) is not. Half: a menu item is all link (1.0), a
# paragraph with a link or two well under half.
_MENU_LINK_SHARE = 0.5


def label_dom(view: PageView) -> None:
    """Comment containers are comments; link lines in menus and breadcrumbs are navigation."""
    if view.extracted:
        return
    for b in view.page.blocks:
        named = dom_rule(b.dom)
        if named is None or b.dom is None:
            continue
        menu = named[1] in ("dom_navigation", "dom_breadcrumb") and b.dom.link_share >= _MENU_LINK_SHARE
        if menu or named[1] == "comment_section":
            b.add(*named)
