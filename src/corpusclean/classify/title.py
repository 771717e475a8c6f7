"""The article's headline: one block a page, labelled ``title``/``headline`` whatever else
marks it, so that ``--title keep`` and ``--title drop`` treat every page alike.

Without it a headline was kept on one page (right above the core) and removed on another
as ``before_article``, ``page_title`` or ``repeated_title``, depending on what stood between
it and the first paragraph. Where the headline is:

* HTML: the block that says the page's declared title (``<title>``, ``og:title``, JSON-LD),
  which often carries the site's name too ("Headline | Site"); among equals a heading
  (``h1``-``h6``) first. Where the declared title is the site's name alone and no block
  says it, the title-shaped block that says the longest other part of the ``<title>``.
  With no declared title, the first heading before the core.
* text (and HTML without either): the nearest title-shaped block above the article core,
  stepping over what sits between a headline and its article on web pages (bylines, dates,
  counters, captions: blocks of under four words, mostly numbers, or with a rule's label
  of their own); or
  the core's first block when it is title-shaped and a longer block follows (a page that
  opens with its headline).

A title-shaped block: ``TITLE_WORDS`` words (characters count for scripts without spaces,
as in ``features``), not a list item, not mostly numbers, not a sentence ending with a
full stop or a colon.
The headline's text becomes the page's ``title`` when the page declared none.
"""

from __future__ import annotations

import re
import unicodedata

from ..read.meta import TITLE_SEPARATORS
from .comments import stamped_line, words_said
from .context import PageView

#: A headline's length in words: news and blog headlines are 4-20 words; fewer is a byline,
#: a date or a section label ("Security", "By Omar"), more is a sentence.
TITLE_WORDS = (4, 25)
#: How far above the core the headline may stand: bylines, dates, counters and a caption or
#: two sit between them on web pages (seeds 000 and 003: two and four blocks).
LOOK_ABOVE = 6
#: Rules whose label a headline can carry: they say where a block is, or that it repeats, not
#: what it is. A block with any other label is not the headline.
POSITIONAL = frozenset({"before_article", "after_article", "page_title", "outside_main_content",
                        "repeated_title", "contained_in_longer", "site_repeated", "dom_header"})


def _norm(text: str) -> str:
    return words_said(unicodedata.normalize("NFKC", text))


#: A date: a day, a month and a year, in figures ("08.11.2023", "2023-11-08") or with the
#: month's name in any language ("8 novembre 2023", "March 12, 2025", "11 de febrero de
#: 2026", "2023年11月8日"); a year alone is no date (a laptop's "2880×1800" screen in a line of
#: its specs is not).
_YEAR = r"(?:19|20)\d\d"
DATE_FIELD = re.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d\d)\b|\b{_YEAR}-\d\d-\d\d\b|{_YEAR}\s*年\s*\d{{1,2}}\s*月"
    rf"|\b\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?,?\s+{_YEAR}\b|\b[^\W\d_]{{3,}}\.?\s+\d{{1,2}},?\s+{_YEAR}\b"
    rf"|\b\d{{1,2}}\s+de\s+[^\W\d_]{{3,}}\.?\s+(?:de\s+|del\s+)?{_YEAR}\b")


#: A headline is words: a line of at least this share of numbers is a date, a time or a
#: score ("12 мая 2023, 10:15", "May 12, 2023 | 10:15 am"), whatever its language.
_MAX_DIGIT_SHARE = 0.5


#: ... and a line of parts split by a middle dot, a bullet or a bar, with numbers in it, is a
#: post's meta line ("12 مايو 2024 · مدة القراءة 4 دقائق", "2 de abril de 2024 · Lectura: 3 min"):
#: a date, a reading time, a count, in any language. Headlines name numbers in passing
#: ("5 things to know about the 2024 election") but are not split so.
_META_SEPARATOR = re.compile(r"\s[·•|]\s")
# A quarter: a date and a reading time put three numbers in six to nine words; a headline
# with a year and a count in nine words ("5 things ... 2024 budget | Opinion") has 0.22.
# It changes no page of bench/dev or bench/multi; on the unseen-pages sweep it took the
# meta line of 19 text pages out of the headline's place.
_META_DIGIT_SHARE = 0.25


def _meta_line(view: PageView, i: int) -> bool:
    return view.feats[i].digit_share >= _META_DIGIT_SHARE and _META_SEPARATOR.search(view.page.blocks[i].text) is not None


#: A headline is one sentence, with no full stop or comma at its end (in any script: the
#: Chinese and Japanese ones, the Arabic comma and semicolon, the Urdu full stop, the
#: Devanagari and Bengali danda). Two run together ("... Mahü.
#: Muss man so hinnehmen."), the second after a full stop that ends a word of three letters
#: or more (not "St.", "U.S.", "Dr."), are a paragraph; a question or an exclamation before
#: a second part is a headline's style ("Was nun? Die Lage nach der Wahl"). A full stop
#: followed by a closing quotation mark, maybe with a footnote's number ("... nicht
#: nutzen.“1"), ends a sentence too; "Web 2.0" does not.
_CLOSERS = "\"'”’“‘»«›‹)\\]」』"  # closing quotation marks of every convention, brackets
_TWO_SENTENCES = re.compile(rf"\w{{3,}}\.[{_CLOSERS}]*\s+[\"'„“«‚‘»]?[^\W\d_]")
_SENTENCE_END = re.compile(rf"[.;:,。．，、،؛۔।](?:[{_CLOSERS}]+\d{{0,3}})?$")


def _title_shaped(view: PageView, i: int) -> bool:
    b, f = view.page.blocks[i], view.feats[i]
    lo, hi = TITLE_WORDS
    if _meta_line(view, i) or stamped_line(view, i):
        return False  # a post's meta line or stamp ("mbrennan February 11, 2024, 2:02pm")
    text = b.text.rstrip()
    # (in a text dump a line with a date above the article is its meta line, "Orla Keane March
    # 1, 2024 Local Guide", which a site builder prints with no separators; an HTML page's
    # heading may name a date)
    return (lo <= f.words <= hi and not f.bullet and f.digit_share < _MAX_DIGIT_SHARE
            and not _reads_as_sentences(text)
            and not (view.page.kind != "html" and DATE_FIELD.search(text.replace("\\", ""))))


# The full stops of scripts without spaces between sentences ("。", the Urdu "۔", the
# danda): one with text after it ends a first sentence, however the second opens.
_UNSPACED_STOPS = ("。", "．", "۔", "।")
_INNER_STOP = re.compile(rf"[{''.join(_UNSPACED_STOPS)}]\s*\S")


def _reads_as_sentences(text: str) -> bool:
    """A headline does not: it ends with no full stop or comma, and runs no two sentences."""
    return _SENTENCE_END.search(text.rstrip()) is not None or _two_sentences(text)


def stops_unspaced(text: str) -> bool:
    """`text` ends a sentence with the full stop of a script without spaces ("。", "۔", the
    danda), or holds one with more text after it: a sentence, not a heading."""
    return text.rstrip().endswith(_UNSPACED_STOPS) or _INNER_STOP.search(text) is not None


def _two_sentences(text: str) -> bool:
    m = _TWO_SENTENCES.search(text)
    return (m is not None and m.group(0)[-1].isupper()) or _INNER_STOP.search(text) is not None


def _only_positional(view: PageView, i: int) -> bool:
    return all(lb.rule in POSITIONAL or lb.category == "language" for lb in view.page.blocks[i].labels)


class _Title:
    """The declared title, normalised once a page, and the test that a block says it."""

    def __init__(self, title: str) -> None:
        self.t = _norm(title)
        self.parts = {_norm(p) for p in TITLE_SEPARATORS.split(title)} | {self.t}
        # A block whose text is longer than this is normalised in part first: a paragraph
        # that cannot say the title is not normalised whole (every block before the core is
        # tested).
        self.head = 4 * len(title) + 64

    def said_by(self, text: str) -> bool:
        """The block says the declared title, or the headline part of it."""
        t = self.t
        if not t:
            return False
        if len(text) > self.head:
            # The head's normalisation without its last (maybe cut) word is a prefix of the
            # whole block's. Longer than the title, it decides: the block can only start with
            # the title, never equal it or a part of it.
            words = _norm(text[:self.head]).split(" ")[:-1]
            n = " ".join(words)
            if len(n) > len(t):
                return len(t) >= 20 and n.startswith(t)
        n = _norm(text)
        if not n:
            return False
        return n in self.parts or (len(n) >= 20 and t.startswith(n)) or (len(t) >= 20 and n.startswith(t))


def find_headline(view: PageView) -> int | None:
    blocks = view.page.blocks
    start, end = view.core
    if not blocks or end < start:
        return None
    title = _Title(view.page.metadata.get("title") or "")
    if view.page.kind == "html":
        limit = min(len(blocks), end + 1)
        said = _saying(view, title, limit)
        if not said and (parts := view.page.metadata.get("title_parts")):
            # the declared title may be the site's name alone ("Tri-County Business Journal",
            # where the <title> says "Tri-County Business Journal - <headline>"): a title-shaped
            # block that says another part of the <title>, the longest it says
            other = _Title(" | ".join(p for p in parts.split("\n") if _norm(p) != title.t))
            shaped = [i for i in _saying(view, other, limit) if _title_shaped(view, i)]
            said = [max(shaped, key=lambda i: len(_norm(blocks[i].text)))] if shaped else []
        headings = [i for i in said if blocks[i].dom_has("heading")]
        if headings or said:
            return (headings or said)[0]
        for i in range(min(start + 1, len(blocks))):
            b = blocks[i]
            if b.dom_has("heading") and _title_shaped(view, i) and _only_positional(view, i):
                return i
    if view.page.kind != "html" and (i := _said_by_title_line(view, start)) is not None:
        return i
    top = _above_related_box(view, start - 1)
    while (i := _nearest_above(view, top)) is not None:
        header = _list_header_above(view, i)
        if header is None:
            return i
        top = header - 1  # a link of a related-stories box: the headline is above the box
    if start + 1 <= end and _title_shaped(view, start) and _only_positional(view, start) \
            and view.feats[start + 1].words > view.feats[start].words:
        return start
    return None


def _saying(view: PageView, title: _Title, limit: int) -> list[int]:
    """The blocks before `limit` that say `title`, with no label but where they stand, and
    that do not go on past it as a paragraph does."""
    return [i for i in range(limit) if title.said_by(view.page.blocks[i].text) and _only_positional(view, i)
            and not _opens_with_title(view, i, title)]


def _opens_with_title(view: PageView, i: int, title: _Title) -> bool:
    """Block i goes on past the declared title as a paragraph does: a wiki's lead opens with
    its subject's name ("Twierdza Czarny Bród to warowna osada ..."), which is the page's
    title, and is no headline."""
    f = view.feats[i]
    return len(_norm(view.page.blocks[i].text)) > len(title.t) and (
        f.words > TITLE_WORDS[1] or _reads_as_sentences(view.page.blocks[i].text))


#: A text page flattened with its <head> opens with the page's title, "Headline | Site", in
#: its first lines (BeautifulSoup's get_text, browsers' copies of a whole document).
_TITLE_LINE_WITHIN = 3


def _said_by_title_line(view: PageView, start: int) -> int | None:
    """On a text page that opens with its title ("Headline | Site"), the title-shaped block
    down to the core's first that says its longest part: the headline, not the site's name,
    which the page's masthead also prints and which may stand nearer the article."""
    blocks = view.page.blocks
    for k in range(min(_TITLE_LINE_WITHIN, start)):
        if not TITLE_SEPARATORS.search(blocks[k].text):
            continue
        title = _Title(blocks[k].text)
        said = [i for i in range(k + 1, start + 1)
                if _title_shaped(view, i) and _only_positional(view, i) and title.said_by(blocks[i].text)]
        return max(said, key=lambda i: len(_norm(blocks[i].text)), default=None)
    return None


def _nearest_above(view: PageView, top: int) -> int | None:
    """The nearest title-shaped block at or above ``top``, stepping over bylines, dates, meta
    lines and labelled blocks (``LOOK_ABOVE`` blocks at most)."""
    for i in range(top, max(-1, top - LOOK_ABOVE), -1):
        if _title_shaped(view, i) and _only_positional(view, i):
            return i
        f = view.feats[i]
        if f.words >= TITLE_WORDS[0] and f.digit_share < _MAX_DIGIT_SHARE and _only_positional(view, i) \
                and not _meta_line(view, i) and not stamped_line(view, i):
            return None  # a longer unlabelled block (a teaser, an intro): the headline is not above it
    return None


#: The headers of a box of links to other stories ("Related Content", "Lesen Sie auch").
_RELATED_HEADERS = frozenset({"related_links", "related_link_labelled"})


def _above_related_box(view: PageView, top: int) -> int:
    """``top``, or the block above the related box that ends there: its items
    (chrome.related_list) and their header."""
    blocks = view.page.blocks
    i = top
    while i >= 0 and blocks[i].has_rule("related_list"):
        i -= 1
    if i < top and i >= 0 and blocks[i].has_rule(*_RELATED_HEADERS):
        i -= 1
    return i


def _list_header_above(view: PageView, i: int) -> int | None:
    """The related-links header that block ``i`` is an item under, if any: above ``i``, only
    title-shaped blocks (the box's other links, one at least: a box is a list) up to a
    block a related-links rule labelled. A text page puts such a box between the headline and
    the article as often as beside it, and its last link stands nearest the article."""
    items = 1
    for k in range(i - 1, max(-1, i - 1 - LOOK_ABOVE), -1):
        if view.page.blocks[k].has_rule(*_RELATED_HEADERS):
            return k if items >= 2 else None
        if not (_title_shaped(view, k) and _only_positional(view, k)):
            return None
        items += 1
    return None


def label_title(view: PageView) -> None:
    i = find_headline(view)
    if i is None:
        return
    b = view.page.blocks[i]
    b.add("title", "headline")
    view.page.metadata.setdefault("title", b.text)
