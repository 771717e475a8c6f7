"""The data model every stage reads and writes: a Page made of Blocks, each carrying Labels.

Offsets are code points into ``Page.source``, end-exclusive. Stages attach labels and
never delete text; ``decide`` turns labels into kept blocks and removed segments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .read.dom import DomEvidence

from .registry import rule as registered

#: Categories a label may carry. ``error`` is reserved for pages that could not be read.
#: ``markup`` is a text page's own markup inside a kept block (a Markdown link's brackets and
#: target), removed as a `Span`; the others label whole blocks, and ``chrome`` and
#: ``duplicate`` also lines or words inside one, as `Span`s: a wiki's edit link beside a
#: heading (read/edit_links.py), a forum's quote expander (read/expanders.py), a mail's
#: header, quote and signature (read/mail.py).
CATEGORIES: tuple[str, ...] = ("chrome", "donation", "comments", "duplicate", "language", "title", "markup")

#: When a block carries several labels, the first category in this order names its removal.
#: Appeals and comment threads are the most specific finding; language comes before
#: duplicate/chrome so a foreign block reports what it is even if it also repeats.
PRIORITY: tuple[str, ...] = ("title", "donation", "comments", "language", "duplicate", "chrome")


K = TypeVar("K")


def runs(keys: Iterable[K]) -> Iterator[tuple[int, int, K]]:
    """Maximal runs of equal consecutive keys, one key per block: (first, end exclusive, key).
    The stages that take a run of blocks as one (a donation box, a skipped list, a templated
    list) find them so."""
    start = 0
    for key, group in groupby(keys):
        end = start + sum(1 for _ in group)
        yield start, end, key
        start = end


@dataclass(slots=True, frozen=True)
class Label:
    """One rule's finding about one block."""

    category: str
    rule: str
    score: float = 1.0
    detail: str = ""


@dataclass(slots=True, frozen=True)
class Span:
    """Part of a block that is markup, not text ("[" and "](https://...)" around a Markdown
    link's text), or a line the page's shape names (a wiki's "[edit]" beside a heading, a
    mail's quoted line): cut from the block's kept text, with a manifest row of its own; a
    block that is nothing else is removed as its first span (policy.py)."""

    start: int
    end: int
    category: str
    rule: str


@dataclass(slots=True)
class Block:
    """A contiguous run of the page's source text: a paragraph, heading, list item or line."""

    start: int
    end: int
    text: str  # source[start:end] with hard wraps joined and whitespace collapsed
    lines: int = 1  # source lines this block was reflowed from
    labels: list[Label] = field(default_factory=list)
    lang: str | None = None
    lang_score: float = 0.0
    foreign: bool = False  # lang is known and not a target language
    keep: bool = True  # set by decide(); True until then
    reason: Label | None = None  # the label that removed it, set by decide()
    forced: str = ""  # "keep" / "drop" when a user override matched
    dom: DomEvidence | None = None  # what the markup says about it (HTML pages, read/dom.py)
    # (tuples: no list to build for each of a page's many blocks, most of which have none)
    spans: tuple[Span, ...] = ()  # its markup (read/markdown.py, read/readings.py)
    cut: tuple[Span, ...] = ()  # the spans decide() removed from a kept block
    shown: str = ""  # the kept text once they are cut, set by decide() with them

    def add_spans(self, spans: Iterable[Span]) -> None:
        """Add markup spans, in source order; one overlapping a span the block has is left out
        (a text browser's "[12]" inside a Markdown link's target)."""
        kept: list[Span] = []
        for s in sorted([*self.spans, *spans], key=lambda s: (s.start, s.end)):
            if not kept or s.start >= kept[-1].end:
                kept.append(s)
        self.spans = tuple(kept)

    @property
    def kept_text(self) -> str:
        """What the clean text shows of a kept block: its text, without the spans cut."""
        return self.shown if self.cut else self.text

    def add(self, category: str, rule: str, score: float = 1.0, detail: str = "") -> None:
        if not any(lb.category == category and lb.rule == rule for lb in self.labels):
            registered(rule)  # a typo in a rule's name fails loudly (registry.py)
            self.labels.append(Label(category, rule, score, detail))

    def has(self, category: str) -> bool:
        return any(lb.category == category for lb in self.labels)

    def has_rule(self, *rules: str) -> bool:
        """One of its labels is by one of `rules`."""
        return any(lb.rule in rules for lb in self.labels)

    def dom_has(self, *names: str) -> bool:
        """Its markup names one of `names` (a read/dom_vocab tag or concept); never on a text page."""
        return self.dom is not None and self.dom.has(*names)

    @property
    def words(self) -> int:
        return len(self.text.split())


def attach_spans(blocks: list[Block], spans: Iterable[Span]) -> None:
    """Give each span, in source order, to the block that holds it; a span that no block
    holds whole (across two blocks' edge, or between them) is left out."""
    i = 0
    for s in spans:
        while i < len(blocks) and blocks[i].end <= s.start:
            i += 1
        if i < len(blocks) and blocks[i].start <= s.start and s.end <= blocks[i].end:
            blocks[i].add_spans([s])


@dataclass(slots=True)
class Repair:
    """One source line that ftfy changed: where, what it was, and the steps that fixed it."""

    line: int
    start: int  # offset of the repaired line in the source text
    before: str
    after: str
    steps: list[tuple[str, str]]


@dataclass(slots=True)
class Segment:
    """A removed stretch of source text: one manifest row."""

    start: int
    end: int
    category: str
    rule: str
    text: str
    lang: str | None = None
    detail: str = ""


@dataclass(slots=True, frozen=True)
class Origin:
    """What the input said about a page besides its body, carried to its document row
    (output/documents.py): a document file's own fields, a WARC record's headers."""

    id: str = ""  # the input's id for it: a document's ``id``, a WARC record's WARC-Record-ID
    source: str = ""  # a document's ``source`` (Dolma names its datasets so)
    added: str = ""  # a document's ``added`` and ``created``, as given
    created: str = ""
    warc_date: str = ""  # WARC-Date: when the crawler fetched it
    refers_to: str = ""  # WARC-Refers-To: a WET record's source, the WARC-Record-ID of its response record
    truncated: str = ""  # WARC-Truncated: why the crawler cut the body short ("length", "time", ...)
    languages: str = ""  # WARC-Identified-Content-Language: the crawler's guess ("eng,fra": Common Crawl's)
    metadata: dict[str, Any] = field(default_factory=dict)  # a document's metadata and its other fields


@dataclass(slots=True)
class Page:
    """Everything known about one input page as it moves through the pipeline."""

    id: str  # path relative to the input root, '/'-separated (WARC records: archive/url-path)
    kind: str = "text"  # text | html
    raw: bytes = b""
    source: str = ""
    url: str | None = None
    site: str = ""
    encoding: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    origin: Origin = field(default_factory=Origin)  # carried to the output, never read by the stages
    blocks: list[Block] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    error: str | None = None
    stats: Counter[str] = field(default_factory=Counter)
    # Hand-offs between stages; `metadata` is only what the page declared and its language.
    error_code: str = ""  # the rule of the page's error row (pipeline.fail)
    extractor: str = ""  # "trafilatura" when its main text was aligned onto the blocks (read/html.py)
    core: tuple[int, int] = (0, -1)  # the article core's first and last block (classify)

    def kept_text(self) -> str:
        return "\n\n".join(t for b in self.blocks if b.keep and (t := b.kept_text))

    def removed(self) -> list[Segment]:
        """Removed blocks as segments, neighbours with the same reason merged into one row,
        and the spans cut from kept blocks, one row each."""
        out: list[Segment] = []
        for b in self.blocks:
            if b.keep:
                out.extend(Segment(s.start, s.end, s.category, s.rule, "") for s in b.cut)
                continue
            if b.reason is None:
                continue
            lang = b.lang if b.foreign else None
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.category == b.reason.category
                and prev.rule == b.reason.rule
                and prev.lang == lang
                and prev.detail == b.reason.detail
                and self.source[prev.end : b.start].strip() == ""
            ):
                prev.end = b.end  # text is sliced once below, not on every merge
                continue
            out.append(Segment(b.start, b.end, b.reason.category, b.reason.rule, "", lang, b.reason.detail))
        for seg in out:
            seg.text = self.source[seg.start : seg.end]
        return out
