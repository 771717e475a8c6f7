"""DOM evidence of a block: what its enclosing elements say about it.

The visible-text walk (read/html.py) keeps a stack of open elements; each source line
records the evidence of the elements that enclose all of it: the tags that matter
(`dom_vocab.TAGS`), the concepts their class, id and ARIA role name (`dom_vocab.WORDS`,
`STEMS`, `ROLES`), whether one of them is hidden, the share of the line's characters
that lie inside links, how its element is built (the tags and classes down from the root:
paragraphs built alike sit in one template), and the cells of the layout tables around it.
Blocks then get the evidence of their lines (`attach`).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lxml.html import HtmlElement

from ..model import Block
from .dom_vocab import NO_CONCEPTS, ROLES, STEMS, TAGS, WORDS
from .structured import DECLARED_POST, declared_rdfa, declared_text

#: A cell of a layout table (read/html.py `_table_rows`): (its row's number in the page,
#: its place in the row).
Cell = tuple[int, int]

# A line that is mostly link text: a menu item, a tag, a commenter's name-and-date line are all
# link (1.0); an article paragraph with a link or two is well under half.
LINK_LINE_SHARE = 0.5


@dataclass(slots=True, frozen=True)
class DomEvidence:
    """What the markup says about one block."""

    tags: frozenset[str] = frozenset()  # dom_vocab.TAGS names of its enclosing elements
    concepts: frozenset[str] = frozenset()  # dom_vocab concepts of their class/id/role
    hidden: bool = False  # inside an element hidden by attribute or inline style
    link_share: float = 0.0  # share of its characters inside <a>, in tenths
    build: int = 0  # how it is built: `Frame.build` of its element (0: unknown, bare, or several)
    cells: tuple[Cell, ...] = ()  # the layout table cells around it, outermost first (`Frame.cells`)

    def has(self, *names: str) -> bool:
        return any(n in self.tags or n in self.concepts for n in names)

    @property
    def link_line(self) -> bool:
        """Mostly link text (`LINK_LINE_SHARE`)."""
        return self.link_share >= LINK_LINE_SHARE


NONE = DomEvidence()

#: The concept of the element around a group of radio buttons (read/html.py): a poll, a
#: form's choice. Found by the page's structure, not by a class name.
CHOICE = "choice"
#: The concept of the box around a form that asks for an e-mail address alone (read/html.py):
#: a newsletter's or an alert's sign-up, whatever its class names say.
SIGNUP = "signup"
#: Inside markup held apart that a script or a browser without scripting renders (a template
#: script, a noscript: read/html.py)
HELD = "held"


@lru_cache(maxsize=4096)
def evidence(tags: frozenset[str], concepts: frozenset[str], hidden: bool, link_share: float,
             build: int = 0, cells: tuple[Cell, ...] = ()) -> DomEvidence:
    """One shared instance per distinct evidence (a page has a few hundred: its builds)."""
    return DomEvidence(tags, concepts, hidden, link_share, build, cells)


def without(ev: DomEvidence, concepts: frozenset[str]) -> DomEvidence:
    """`ev` with `concepts` taken off (what the page's layout or a discussion's markup says
    of every block is no evidence about one of them)."""
    return evidence(ev.tags, ev.concepts - concepts, ev.hidden, ev.link_share, ev.build, ev.cells)


_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _name_words(names: str) -> set[str]:
    """The words of a class/id string ("commentList comment-area" -> comment, list, area)."""
    return set(_SPLIT.split(_CAMEL.sub(" ", names).lower()))


@lru_cache(maxsize=8192)
def concepts_of_names(names: str) -> frozenset[str]:
    """Concepts named by a class/id/role string (``"comments-area widget"`` -> comment)."""
    lowered = names.lower()
    words = _name_words(names)
    words.update(_SPLIT.split(lowered.replace("-", "").replace("_", "")))  # "comment-list" -> commentlist
    found = {c for c, ws in WORDS.items() if not ws.isdisjoint(words)}
    found.update(c for c, stems in STEMS.items() if any(s in lowered for s in stems))
    return frozenset(found)


@dataclass(slots=True, frozen=True)
class Frame:
    """The cumulative evidence of the open elements down to one element."""

    tags: frozenset[str]
    concepts: frozenset[str]
    hidden: bool
    not_ads: frozenset[str] = frozenset()  # ad words an enclosing element's content refuted (`_ad_words`)
    # The element's build: a checksum of the tag and class names (their digits left out) of
    # it and every element around it. Two paragraphs built alike sit in the same template
    # ("div.t-rec > div.t-text" of a page builder, each paragraph a record of its own).
    chain: int = 0
    classed: bool = False  # the element has a class
    cells: tuple[Cell, ...] = ()  # the layout table cells it is inside (read/html.py `_table_rows`)

    def build(self, parent: Frame) -> int:
        """The build (`chain`) where the element or its parent has a class, else 0: bare
        markup, a layout table's rows or a page's plain paragraphs, is built alike whatever
        each holds."""
        return self.chain if self.classed or parent.classed else 0


ROOT = Frame(frozenset(), frozenset(), False)


def with_concept(frame: Frame, concept: str) -> Frame:
    return Frame(frame.tags, frame.concepts | {concept}, frame.hidden, frame.not_ads, frame.chain, frame.classed,
                 frame.cells)


def in_cell(frame: Frame, cell: Cell) -> Frame:
    """`frame` inside one more cell of a layout table."""
    return Frame(frame.tags, frame.concepts, frame.hidden, frame.not_ads, frame.chain, frame.classed,
                 (*frame.cells, cell))


_DIGITS = re.compile(r"\d+")


def _chain(parent: int, tag: str, classes: str | None) -> int:
    """The checksum of an element's tags and classes (`Frame.chain`): stable across
    processes, as `hash` of a string is not."""
    return zlib.crc32(f"{tag}.{_DIGITS.sub('', classes) if classes else ''}".encode(), parent) or 1


# "advert", "annonce", "inzerat", "anuncio" name an ad slot, and on a classifieds or job
# site the listing itself ("advert-body", "page-advert"). An ad slot holds a label, an image
# and a line or two; an element that holds the page's <h1>, or this much text, is the page's
# content, and so are the parts inside it that its word names ("advert-facts" under it).
_AD_CONTENT_CHARS = 1500


def _ad_words(names: str) -> frozenset[str]:
    """The words of a class/id string that name the ad concept."""
    return frozenset(_name_words(names) & WORDS["ad"])


def _ad_refuted(parent: Frame, el: HtmlElement, names: str) -> frozenset[str] | None:
    """The ad words of ``el`` when its content refutes them (``_AD_CONTENT_CHARS``), else None."""
    words = _ad_words(names)
    if not words:
        return None
    if words <= parent.not_ads:
        return words
    if el.find(".//h1") is not None or len(el.text_content()) >= _AD_CONTENT_CHARS:
        return words
    return None


def enter(parent: Frame, el: HtmlElement, tag: str) -> Frame:
    """The frame of `el` inside `parent` (the parent's own when `el` adds nothing)."""
    t = TAGS.get(tag)
    attrib = el.attrib
    concepts: frozenset[str] = frozenset()
    hidden = parent.hidden
    not_ads = parent.not_ads
    if attrib:
        if tag not in NO_CONCEPTS:
            names = " ".join(filter(None, (attrib.get("class"), attrib.get("id"))))
            if names:
                concepts = concepts_of_names(names)
                if "ad" in concepts and "ad" not in parent.concepts:
                    refuted = _ad_refuted(parent, el, names)
                    if refuted is not None:
                        concepts = concepts - {"ad"}
                        if tag not in ("body", "html"):  # the page's own class speaks for no part of it
                            not_ads = not_ads | refuted
            role = attrib.get("role")
            if role and role.lower() in ROLES:
                concepts = concepts | {ROLES[role.lower()]}
        if (("itemprop" in attrib and (declared := declared_text(el)) is not None)
                or ("property" in attrib and (declared := declared_rdfa(el)) is not None)):
            concepts = concepts | {declared}
        if not hidden:
            style = attrib.get("style")
            hidden = ("hidden" in attrib or attrib.get("aria-hidden") == "true"
                      or bool(style and _HIDDEN_STYLE.search(style)))
    classes = attrib.get("class")
    inherited = parent.concepts
    if DECLARED_POST in concepts:
        # a forum's reply the page declares a post is no reader's comment, whatever its
        # markup's name (Drupal's forum sets its replies in "comment" elements)
        inherited = inherited - {"comment"}
    return Frame(parent.tags | {t} if t else parent.tags, inherited | concepts, hidden, not_ads,
                 _chain(parent.chain, tag, classes), bool(classes), parent.cells)


def line_evidence(frame: Frame, parent: Frame, link_chars: int, chars: int) -> DomEvidence:
    """The evidence of a line whose text `frame`'s element encloses, inside `parent`'s."""
    share = round(link_chars / chars, 1) if chars else 0.0
    return evidence(frame.tags, frame.concepts, frame.hidden, share, frame.build(parent), frame.cells)


def attach(blocks: list[Block], source: str, lines: list[DomEvidence | None]) -> None:
    """Give every block the evidence of its source lines (merged when it spans several).

    `lines` holds one entry per line of `source`; when their counts differ (a repair that
    changed the line count) the blocks get none."""
    if source.count("\n") + 1 != len(lines):
        return
    starts = [0]
    pos = source.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = source.find("\n", pos + 1)
    for b in blocks:
        first = bisect_right(starts, b.start) - 1
        last = bisect_right(starts, max(b.start, b.end - 1)) - 1
        found = [e for e in lines[first : last + 1] if e is not None]
        if not found:
            continue
        if len(found) == 1:
            b.dom = found[0]
            continue
        b.dom = evidence(
            frozenset().union(*(e.tags for e in found)),
            frozenset().union(*(e.concepts for e in found)),
            any(e.hidden for e in found),
            round(sum(e.link_share for e in found) / len(found), 1),
            found[0].build if all(e.build == found[0].build for e in found) else 0,
            _common(e.cells for e in found),
        )


def _common(paths: Iterable[tuple[Cell, ...]]) -> tuple[Cell, ...]:
    """The cells that every one of `paths` is inside (their common prefix)."""
    it = iter(paths)
    out = next(it, ())
    for p in it:
        n = 0
        while n < len(out) and n < len(p) and out[n] == p[n]:
            n += 1
        out = out[:n]
    return out


# The rule a block's markup names, most specific first: a comment container is the comment
# thread whatever else it holds; a breadcrumb trail is navigation of its own kind.
_CONCEPT_RULES: tuple[tuple[str, str, str], ...] = (
    ("comment", "comments", "comment_section"),
    (CHOICE, "chrome", "dom_choice"),
    (SIGNUP, "chrome", "dom_newsletter"),
    ("breadcrumb", "chrome", "dom_breadcrumb"),
    ("menu", "chrome", "dom_navigation"),
    ("nav", "chrome", "dom_navigation"),
    ("share", "chrome", "dom_share"),
    ("related", "chrome", "dom_related"),
    ("newsletter", "chrome", "dom_newsletter"),
    ("consent", "chrome", "dom_consent"),
    ("tags", "chrome", "dom_tags"),
    ("user_card", "chrome", "dom_user_card"),
    ("author", "chrome", "dom_author"),
    ("ad", "chrome", "dom_ad"),
    ("sidebar", "chrome", "dom_sidebar"),
    ("aside", "chrome", "dom_sidebar"),
    ("footer", "chrome", "dom_footer"),
    ("header", "chrome", "dom_header"),
)


#: Concepts whose markup is believed wherever a block stands, inside trafilatura's text too
#: (read/align.py; classify/dom.py says why the broader ones are not): a forum poster's card
#: never holds the post, nor a poll or a sign-up form's box the article.
BELIEVED = frozenset({"user_card", CHOICE, SIGNUP})


def dom_rule(ev: DomEvidence | None, among: frozenset[str] | None = None) -> tuple[str, str] | None:
    """(category, rule) that the block's markup names (of the concepts `among`, when given),
    or None when it names nothing."""
    if ev is None or ev is NONE:
        return None
    for name, category, rule in _CONCEPT_RULES:
        if (among is None or name in among) and ev.has(name):
            return category, rule
    return None


def in_comment_container(ev: DomEvidence | None) -> bool:
    """Inside an element the markup names a comment section (class="comments", "reacties")."""
    return ev is not None and ev.has("comment")


def comment_widget(ev: DomEvidence | None) -> bool:
    """Inside a comment container, the parts that are not a comment's text: its author and
    date line (mostly links, or marked as author/footer), headings, and the comment form.
    `--comments separate` writes the comments without them."""
    return ev is not None and (ev.link_line or ev.has("author", "user_card", "footer", "heading", "form"))
