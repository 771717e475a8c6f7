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

from ..model import Block, runs
from ..read.dom import BELIEVED, dom_rule, in_comment_container, without
from .context import PageView
from .threads import posts_in_comments

# Inside trafilatura's text the markup is not believed: most of what it names there is article
# after all (bench/multi: of its blocks in a "sidebar" element 89 hold a `with` snippet, 10 a
# `without` one). Even author boxes, breadcrumbs and footers, boilerplate by block counts in
# both benchmarks, cost bench/dev 0.0031 word F1 and two whole articles (a page whose article
# sits in an element classed "author") when labelled there.

# Three or more short lines in a row, each wholly a link (at most `_RUN_WORDS` words, its
# characters inside <a>), at an edge of the text trafilatura kept (no prose it kept both
# before and after them): a menu, a list of sections or of archive months, where a table
# layout's navigation column or a blog's sidebar lands inside its text (the one markup
# believed there). Between the article's paragraphs such a run is the article's own list (a
# supplies list of product links). On the 26 unseen sets' HTML pages, of the kept lines in
# such runs anywhere 99 were not the article's and 7 were.
_RUN_LINKS = 3
_RUN_WORDS = 4
_ALL_LINK = 0.9  # link_share is in tenths


def label_link_runs(view: PageView) -> None:
    if view.page.kind != "html":
        return  # (a Markdown page's links are measured from its text: its menus are found so already)
    blocks, feats = view.page.blocks, view.feats
    linked = [_linked(b) and len(b.text.split()) <= _RUN_WORDS
              and not b.dom_has("heading") for b in blocks]  # (a post's headline links to the post)
    found = [(start, end) for start, end, key in runs(linked) if key and end - start >= _RUN_LINKS]
    if not found:
        return
    # (a menu of many items on one line reads as prose by its length: a link line is no paragraph)
    prose = [i for i, b in enumerate(blocks) if feats[i].prose and not b.labels and not _linked(b)]
    for start, end in found:
        if prose and prose[0] < start and prose[-1] >= end:
            continue  # between the kept text's paragraphs: the article's list
        for b in blocks[start:end]:
            b.add("chrome", "link_run")


def _linked(b: Block) -> bool:
    """Whether the block's characters are (nearly) all inside links (`_ALL_LINK`)."""
    return b.dom is not None and b.dom.link_share >= _ALL_LINK


def label_dom(view: PageView) -> None:
    """Where trafilatura drew no edges, comment containers are comments, link lines in
    menus and breadcrumbs are navigation, and a cookie or consent box, a forum poster's card
    and a poll are chrome."""
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
        elif b.dom.has("consent"):
            b.add("chrome", "dom_consent")  # a cookie or consent box, wherever its name ranks
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
