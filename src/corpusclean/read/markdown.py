"""Markdown's own markup on a text page: the evidence an HTML page's elements would give.

Pages converted to Markdown (html2text, markdownify, the readers that crawling services
offer) keep what the markup said: a link is ``[text](target)``, a heading opens with ``#``,
a table's rows are cells between pipes under a row of dashes. Where a page shows that it is
such a page (`_MIN_LINKS` links), each block gets a `DomEvidence` as an HTML block would:
the share of its characters inside links, and the tags ``heading`` and ``figure`` (an
image with the caption written after it, an ``image_caption``). The rules that ask the
markup for a link then read these pages as they read HTML (a label before a link, "Lees
ook [<title>](...)"; a menu's items are links). A pipe table's rows (`table_blocks`) are
no menu on any text page, links or not; `shown` is a line as the page showed it, each link
by its text, which every phrase rule reads (classify/phrases.py).

The markup itself is no text of the article: each block records it as `Span`s, which
decide() cuts from what it keeps (category ``markup``): a link's "[" and its "](target)",
an image whole, and on a text browser's dump (lynx, w3m) the number it prints before each
link ("[12]Facebook"). The clean text reads "the council's [budget](https://...) vote" as
"the council's budget vote", and the manifest holds each cut.
"""

from __future__ import annotations

import itertools
import re

from ..model import Block, Span
from .dom import evidence

# A link: its text in brackets (an image's "![alt](src)" too), which html2text may wrap onto
# the next line, and its target in parentheses; or a block that ends inside the target
# (where each line of a script written without spaces is a block of its own).
_LINK = re.compile(r"!?\[[^\[\]]{0,300}\]\((?:[^)\s]+(?:\s+\"[^\"\n]*\")?\)|[^)\s]*$)")
# The same link whole, its text captured: what the page showed of it (an image showed none).
_SHOWN_LINK = re.compile(r"(!?)\[([^\[\]]{0,300})\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
# A page converted to Markdown links its menu, its related stories and its footer: three
# links at least, so that a text that mentions one "[x](y)" is not read as markup.
_MIN_LINKS = 3
_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
# An image, and the line of text html2text writes right after it: a figure and its caption
# (up to `_CAPTION_WORDS` words; a paragraph that opens with an icon goes on for longer).
_IMAGE = re.compile(r"^\s*(?:\[\s*)?!\[[^\[\]]{0,300}\]\([^)\s]*\)\]?(?:\([^)\s]*\))?")
_CAPTION_WORDS = 40
# The row under a table's header: cells of dashes between pipes ("---|---|---", "| :-- | --: |").
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", re.MULTILINE)


# A link to cut: an image whole, or a link's "[", maybe an image that opens its text, and its
# "](target)" (a linked image, with no text of its own, whole). A target may hold one level
# of parentheses ("Foo_(bar)") or escaped ones, and html2text wraps a long one after a
# hyphen ("https://www.pravda-\nlviv.com.ua/..."); a link's text may wrap onto the next
# line, even one the reflow left a block of its own ("Read also [\n<headline>](...)"), but no
# link runs across a blank line.
_TARGET = r"\((?:\\.|[^()\s\\]|-\n|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
_TEXT = r"(?:[^\[\]\n]|\n(?![^\S\n]*\n)){0,300}?"
_CUT_LINK = re.compile(rf"(\[)?(!\[{_TEXT}\]{_TARGET})(?(1)({_TEXT})(\]{_TARGET}))"
                       rf"|(\[){_TEXT}(\]{_TARGET})")
# The number a text browser (lynx -dump, w3m) prints before each link ("[12]Facebook"); a
# page's are cut where it has three at least.
LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\w)")


def is_markdown(source: str) -> bool:
    """The page holds `_MIN_LINKS` Markdown links or more."""
    return at_least(_LINK, source, _MIN_LINKS)


def attach_markdown(blocks: list[Block], source: str) -> None:
    """Give each block of a Markdown page its evidence and its markup's spans (module
    docstring); of a text browser's dump, the spans of its link numbers; none elsewhere."""
    if "[" in source and at_least(LINK_NUMBER, source, _MIN_LINKS):
        for b in blocks:
            b.add_spans(Span(m.start(), m.end(), "markup", "link_number")
                        for m in LINK_NUMBER.finditer(source, b.start, b.end))
    if "](" not in source or not is_markdown(source):
        return
    spans = _link_spans(source)
    k = 0
    across: Span | None = None  # a span that runs on past the block before
    for b in blocks:
        mine = []
        if across is not None:
            # An image whose alt text wraps, or a target wrapped after a hyphen, where the
            # reflow left two blocks: each holds its part of the span, cut as the whole is.
            mine.append(Span(b.start, min(across.end, b.end), across.category, across.rule))
            across = across if across.end > b.end else None
        while k < len(spans) and spans[k].start < b.end and across is None:
            s = spans[k]
            k += 1
            if s.start < b.start:
                continue  # (none: a span opens on a character of a block)
            if s.end > b.end:
                mine.append(Span(s.start, b.end, s.category, s.rule))
                across = s
            else:
                mine.append(s)
        if mine:
            b.add_spans(mine)
        text = b.text.strip()
        if not text:
            continue
        linked = sum(m.end() - m.start() for m in _LINK.finditer(text))
        tags = frozenset({"heading"} if _HEADING.match(text) else set()) | (
            frozenset({"figure"}) if _figure(text) else frozenset())
        b.dom = evidence(tags, frozenset(), False, round(linked / len(text), 1))


def at_least(rx: re.Pattern[str], text: str, count: int) -> bool:
    """`text` holds `count` matches of `rx` or more (found lazily: the search stops there)."""
    return next(itertools.islice(rx.finditer(text), count - 1, None), None) is not None


def _link_spans(source: str) -> list[Span]:
    out = []
    for m in _CUT_LINK.finditer(source):
        if m.group(2) is None:  # a link
            out += [Span(m.start(5), m.end(5), "markup", "markdown_link"),
                    Span(m.start(6), m.end(6), "markup", "markdown_link")]
        elif m.group(1) is None or not m.group(3).strip():  # an image, maybe linked, whole
            out.append(Span(m.start(), m.end(), "markup", "markdown_image"))
        else:  # a link whose text opens with an image
            out += [Span(m.start(1), m.end(2), "markup", "markdown_image"),
                    Span(m.start(4), m.end(4), "markup", "markdown_link")]
    return out


def shown(text: str) -> str:
    """`text` with each Markdown link replaced by its text and each image by nothing."""
    return _SHOWN_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text) if "](" in text else text


def _figure(text: str) -> bool:
    m = _IMAGE.match(text)
    return m is not None and len(text[m.end():].split()) <= _CAPTION_WORDS


def table_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of a pipe table: the header row above each row of dashes, the row of
    dashes, and the rows with pipes that follow it."""
    out: set[int] = set()
    for k, b in enumerate(blocks):
        if "---" not in b.text or not _TABLE_RULE.search(b.text):
            continue
        out.add(k)
        if k > 0 and "|" in blocks[k - 1].text:
            out.add(k - 1)
        j = k + 1
        while j < len(blocks) and "|" in blocks[j].text:
            out.add(j)
            j += 1
    return out
