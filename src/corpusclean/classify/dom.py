"""Labels from the page's markup (read/dom.py).

On a page trafilatura extracted, blocks outside its text already carry the rule their
markup names (read/align.py), and inside its text the markup is not believed (below).
Where it found no article, the text classifier decides alone; the markup still says which blocks are a comment thread or a
menu, and those labels are walls for the core (classify/core.py): a long reader-comment
section must never win the core over the article.

Figure captions are not labelled: in both benchmarks they are mostly not article text
(bench/dev: 60 of 976 caption blocks are in the gold article; bench/multi: 51 hold a
`without` snippet, 7 a `with` one), but trafilatura already leaves out nearly all of them,
and labelling the ones it keeps measured 0.0000 on bench/dev and +0.0002 on bench/multi,
while it removed a slideshow article's items.
"""

from __future__ import annotations

from ..model import Block
from ..read.dom import BELIEVED, dom_rule, in_comment_container, without
from .context import PageView
from .threads import posts_in_comments

# Inside trafilatura's text the markup is not believed: most of what it names there is article
# after all (bench/multi: of its blocks in a "sidebar" element 89 hold a `with` snippet, 10 a
# `without` one). Even author boxes, breadcrumbs and footers, boilerplate by block counts in
# both benchmarks, cost bench/dev 0.0031 word F1 and two whole articles (a page whose article
# sits in an element classed "author") when labelled there.

def label_dom(view: PageView) -> None:
    """Where trafilatura drew no edges, comment containers are comments, link lines in
    menus and breadcrumbs are navigation, and a forum poster's card and a poll are chrome."""
    if view.extracted:
        return
    if posts_in_comments(view):
        # the discussion itself (classify/threads.py): its posts are read as any block is,
        # their stamps and poster cards by the thread's rules
        view.posted = _uncomment(view.page.blocks)
        view.page.stats["discussion_in_comments"] += 1
    for b in view.page.blocks:
        named = dom_rule(b.dom)
        if named is None or b.dom is None:
            continue
        # a menu or breadcrumb line is mostly link text; an article paragraph inside an
        # element classed "nav-..." (a theme's wrapper) is not
        menu = named[1] in ("dom_navigation", "dom_breadcrumb") and b.dom.link_line
        if menu or named[1] == "comment_section":
            b.add(*named)
        elif (believed := dom_rule(b.dom, among=BELIEVED)) is not None:
            # a poster's card or a poll inside a wrapper whose name comes first (a card in a
            # post's "postmenu" column) is still one
            b.add(*believed)


_COMMENT = frozenset({"comment"})


def _uncomment(blocks: list[Block]) -> frozenset[int]:
    """Take the comment concept off the blocks' markup evidence; returns those blocks."""
    out = []
    for i, b in enumerate(blocks):
        if (ev := b.dom) is not None and in_comment_container(ev):
            b.dom = without(ev, _COMMENT)
            out.append(i)
    return frozenset(out)
