"""Mapping an extractor's text back onto our blocks: which blocks are its main text.

trafilatura returns text, not positions, and its text differs a little from ours: spaces
normalised, a link or a figure caption dropped, a paragraph cut short, lists flattened.
So both sides become streams of lower-cased word tokens and are aligned in two passes:

1. anchors: runs of `_ANCHOR` equal tokens, taken greedily in order (the extractor keeps
   document order), each grown as long as the tokens agree; of several places an anchor
   fits, the one that agrees longest wins;
2. gaps between two anchors, where short paragraphs and headings lie, are aligned with
   difflib when both sides are small enough for its quadratic worst case.

A block belongs to the extracted text when at least `MAIN_SHARE` of its tokens were matched.
Blocks the extractor skipped stay skipped, but for what the markup names as the article's:
its subheadings and the lists they or a paragraph introduce between two blocks it kept
(`_sections_between`), its lead above them (`_lead_above`), and the question above a Q&A
page's answer (`_question_above`). Restoring long prose blocks it left out between two it
kept (RESTORE_WORDS, 20 words reading as prose) was fit to bench/dev and removed by issue 21
(see `align_blocks`).
Everything here is linear in the page except the bounded gap fills.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import repeat

import numpy as np

from ..lang.numerals import CLOCK
from ..lang.unspaced import UNSPACED_CHARS
from ..model import Block, runs
from ..segment.blocks import BLOCK_SEP, join_blocks
from ..segment.reflow import SENTENCE_END, TERMINAL
from .dom import BELIEVED, comment_widget, dom_rule, without
from .structured import DECLARED_ARTICLE, DECLARED_COMMENT, DECLARED_POST

# Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan: the ones
# `lang/unspaced.py` counts in characters): every character is a token of its own. As \w+ runs, a Japanese or Chinese sentence up to its punctuation is
# one token, so one differing character (a ruby reading the extractor kept, a full-width
# digit) unmatches the whole sentence and the 4-token anchors never form.
_WORD = rf"[^\W{UNSPACED_CHARS}]+|[{UNSPACED_CHARS}]"
_TOKEN = re.compile(_WORD, re.UNICODE)

# 4 tokens: long enough that a common phrase ("one of the") rarely anchors a paragraph in a
# menu or teaser by chance, short enough that paragraphs of 4-7 words still get an anchor.
_ANCHOR = 4
# How many occurrences of an anchor to try: keeps a page of one repeated word near linear
# (each try costs its agreement length); real anchors are among the first few.
_MAX_CANDIDATES = 8
# Gaps whose token counts multiply to more than this are left unfilled (difflib is
# quadratic); 40,000 covers a 200-token gap on both sides, far above headings and captions.
_MAX_GAP_CELLS = 40_000
# Token agreements are compared one by one up to this length, in numpy beyond: 16 covers
# most failed tries (and every anchor's own 4 tokens) at no numpy call overhead.
_EXTENT_LOOP = 16

# A block is main text when half its words are in the extractor's output. Measured on
# bench/dev (170,413 blocks of 708 pages): 110,381 blocks match under 5% and 59,606 over 95%;
# only 426 (0.25%) lie between, so the cut hardly matters; 50% sits in that empty middle and
# keeps a paragraph whose trailing sentence or inline widget the extractor cut.
MAIN_SHARE = 0.5

class _Vocab(dict[str, int]):
    """Token -> id, a new token getting the next id: `map(vocab.__getitem__, tokens)` numbers
    a block's tokens at C speed, calling back into Python only for words not seen before."""

    def __missing__(self, token: str) -> int:
        self[token] = n = len(self)
        return n


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


# Blocks joined by the separator (segment.blocks.join_blocks) are tokenized in one pass;
# the separator comes out as a token of its own.
_TOKEN_OR_SEP = re.compile(rf"{_WORD}|{re.escape(BLOCK_SEP)}", re.UNICODE)


def _block_ids(blocks: list[Block], vocab: _Vocab) -> tuple[np.ndarray, np.ndarray]:
    """(token ids of all blocks in order, start of each block's ids and the end)."""
    texts = [b.text for b in blocks]
    joined = join_blocks(texts)
    if joined is not None:
        ids = np.fromiter(map(vocab.__getitem__, _TOKEN_OR_SEP.findall(joined.lower())), np.int64)
        sep = vocab[BLOCK_SEP]
        cuts = np.flatnonzero(ids == sep)
        starts = np.concatenate(([0], cuts - np.arange(len(cuts)), [len(ids) - len(cuts)]))
        return ids[ids != sep], starts
    # a block holding NUL itself: block by block
    per_block = [np.fromiter(map(vocab.__getitem__, tokens(t)), np.int64) for t in texts]
    sizes = np.fromiter(map(len, per_block), np.int64, len(per_block))
    ids = np.concatenate(per_block) if per_block else np.zeros(0, np.int64)
    return ids, np.concatenate(([0], np.cumsum(sizes)))


# Mixing constants of splitmix64, for vocabularies too large to pack four ids in 64 bits.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def _gram_keys(ids: np.ndarray, vocab_size: int) -> np.ndarray:
    """A 64-bit key for every run of `_ANCHOR` consecutive ids (-1, a word we do not have,
    included). Up to 65,535 distinct words the four ids are packed, 16 bits each, so equal
    keys mean equal runs; beyond, they are mixed, and equal keys almost surely do."""
    n = len(ids) - _ANCHOR + 1
    if n <= 0:
        return np.zeros(0, np.uint64)
    v = (ids + 1).astype(np.uint64)  # -1 -> 0
    if vocab_size < 1 << 16:
        key = v[:n] << np.uint64(48)
        for i in range(1, _ANCHOR):
            key |= v[i : i + n] << np.uint64(48 - 16 * i)
        return key
    key = np.zeros(n, np.uint64)
    for i in range(_ANCHOR):
        key = (key ^ v[i : i + n]) * _MIX[0]
        key ^= key >> np.uint64(31)
        key *= _MIX[1 + i % 2]
    return key


def _as_array(code: str, values: np.ndarray) -> array[int]:
    """A numpy integer vector as a stdlib array (8 bytes an item, no int object each, and
    quick to index from Python)."""
    out = array(code)
    out.frombytes(values.astype(np.uint64 if code == "Q" else np.int64).tobytes())
    return out


class _Stream:
    """Our blocks as one stream of token ids, with the block of every token.

    Tokens are small ints (one vocabulary for both sides) and the anchor index holds only
    the 4-gram keys (`_gram_keys`) that the extractor's texts contain, with their stream
    positions. Measured: a page of a million words aligns in ~1.4 s and ~200 MB. A key
    collision would be harmless: every candidate is checked token by token.
    Measured gain of numpy here: on 1,213 bench/dev and bench/multi HTML pages a plain-Python
    stream (tuples of ids, a dict index) takes 11.0 s to align against 6.2 s, 3.4% of a run.
    """

    def __init__(self, blocks: list[Block], texts: list[list[str]]) -> None:
        self.vocab = _Vocab()
        self.vocab[BLOCK_SEP] = 0  # the block separator's id, never a token of the stream
        ids, starts = _block_ids(blocks, self.vocab)
        self.toks = _as_array("q", ids)
        self.starts: list[int] = starts.tolist()  # block i: toks[starts[i] : starts[i + 1]]
        self.ids = ids
        self.taken = bytearray(len(self.toks))  # 1: main text, 2: comments
        # a live view of `taken` (it never changes size), for the numpy comparisons
        self.marks = np.frombuffer(self.taken, np.uint8)
        # The other side's ids (a word we do not have is -1 and matches nothing) and keys.
        self.others = [list(map(self.vocab.get, t, repeat(-1))) for t in texts]
        self.other_arrays = [np.array(o, np.int64) for o in self.others]
        size = len(self.vocab)
        self.other_keys = [_gram_keys(o, size) for o in self.other_arrays]
        # The anchor index: the wanted keys, sorted, beside their stream positions (ascending
        # within one key), searched by bisection.
        keys = _gram_keys(ids, size)
        where = np.flatnonzero(np.isin(keys, np.concatenate(self.other_keys)))
        order = np.argsort(keys[where], kind="stable")
        self.keys = _as_array("Q", keys[where][order])
        self.pos = _as_array("q", where[order])

    def _extent(self, which: int, j: int, k: int) -> int:
        """How many tokens agree from other[j] and stream[k] on, over free stream tokens.

        Most tries fail within a few tokens, so the first `_EXTENT_LOOP` are compared one by
        one; an agreement that goes on (a paragraph) is compared in numpy, in growing chunks.
        """
        other, toks, taken = self.others[which], self.toks, self.taken
        n = min(len(other) - j, len(toks) - k)
        length, stop = 0, min(n, _EXTENT_LOOP)
        while length < stop and other[j + length] == toks[k + length] and not taken[k + length]:
            length += 1
        if length < stop:
            return length
        mine, theirs, marks = self.ids, self.other_arrays[which], self.marks
        size = 256
        while length < n:
            end = min(n, length + size)
            ok = (theirs[j + length : j + end] == mine[k + length : k + end]) & (marks[k + length : k + end] == 0)
            if not ok.all():
                return length + int(ok.argmin())
            length, size = end, size * 4
        return length

    def _find(self, which: int, h: int, j: int, cursor: int) -> tuple[int, int] | None:
        """(stream position, length) of the best free match of other[j:j+_ANCHOR], key h."""
        lo = bisect_left(self.keys, h)
        hi = bisect_right(self.keys, h, lo)
        if lo == hi:
            return None
        start = bisect_left(self.pos, cursor, lo, hi)
        # Free occurrences at or after the cursor, else (a reordered bit) before it. Of these
        # the one that agrees longest wins: a teaser repeating the first sentence above the
        # article stops agreeing where the article goes on.
        after = self.pos[start : min(hi, start + _MAX_CANDIDATES)]
        before = self.pos[max(lo, start - _MAX_CANDIDATES) : start]
        for pool in (after, before):
            best: tuple[int, int] | None = None
            for c in pool:
                if self.taken[c]:
                    continue
                length = self._extent(which, j, c)
                if length >= _ANCHOR and (best is None or length > best[1]):
                    best = (c, length)
            if best is not None:
                return best
        return None

    def align(self, which: int, mark: int) -> int:
        """Mark the tokens of text `which` found in the stream with `mark`; returns how many."""
        other = self.others[which]
        keys = self.other_keys[which].tolist()
        anchors: list[tuple[int, int, int]] = []  # (position in other, in stream, length)
        cursor = j = 0
        n, m = len(other), len(self.toks)
        while j <= n - _ANCHOR:
            found = self._find(which, keys[j], j, cursor)
            if found is None:
                j += 1
                continue
            k, length = found
            self.taken[k : k + length] = bytes([mark]) * length
            anchors.append((j, k, length))
            cursor, j = k + length, j + length
        matched = sum(a[2] for a in anchors)
        # Fill the gaps: before the first anchor, between anchors, after the last.
        bounds = [(0, 0, 0), *anchors, (n, m, 0)]
        for (j0, k0, l0), (j1, k1, _) in zip(bounds, bounds[1:], strict=False):
            a0, b0 = j0 + l0, k0 + l0
            if j1 <= a0 or k1 <= b0:
                continue
            if j0 == 0 and l0 == 0 and len(anchors) and k1 - b0 > j1 - a0:
                b0 = max(b0, k1 - 4 * (j1 - a0))  # before the first anchor: look just above it
            if j1 == n and len(anchors) and k1 - b0 > j1 - a0:
                k1 = min(k1, b0 + 4 * (j1 - a0))  # after the last: just below it
            matched += self._fill(other, a0, j1, b0, k1, mark)
        return matched

    def _fill(self, other: list[int], a0: int, a1: int, b0: int, b1: int, mark: int) -> int:
        if (a1 - a0) * (b1 - b0) > _MAX_GAP_CELLS:
            return 0
        sm = SequenceMatcher(None, other[a0:a1], self.toks[b0:b1].tolist(), autojunk=False)
        done = 0
        for blk in sm.get_matching_blocks():
            for d in range(blk.size):
                k = b0 + blk.b + d
                if not self.taken[k]:
                    self.taken[k] = mark
                    done += 1
        return done


@dataclass(slots=True)
class Alignment:
    """Where each block stands in the extractor's output: main, comment or outside."""

    status: list[str]
    words: list[int]
    counts: Counter[str]



def align_blocks(blocks: list[Block], main: str, comments: str = "", description: str = "") -> Alignment:
    """Align the extractor's main text and comments to our blocks."""
    main_toks, comment_toks = tokens(main), tokens(comments)
    stream = _Stream(blocks, [main_toks, comment_toks])
    counts: Counter[str] = Counter()
    counts["main_tokens"] = len(main_toks)
    counts["main_tokens_unmatched"] = len(main_toks) - stream.align(0, 1)
    if comment_toks:
        counts["comment_tokens_unmatched"] = len(comment_toks) - stream.align(1, 2)
    status: list[str | None] = []
    words: list[int] = []
    starts, taken = stream.starts, stream.taken
    for i in range(len(blocks)):
        marks = taken[starts[i] : starts[i + 1]]
        total, main_n, comment_n = len(marks), marks.count(1), marks.count(2)
        words.append(total)
        if total == 0:
            status.append(None)  # no words: decided by its neighbours below
        elif main_n >= MAIN_SHARE * total:
            status.append("main")
        elif comment_n >= MAIN_SHARE * total or (comment_n > main_n and main_n + comment_n >= MAIN_SHARE * total):
            status.append("comment")
        else:
            status.append("outside")
    if _discount_layout(blocks, status):
        counts["layout_column_named_sidebar"] = 1
    filled = _sections_between(blocks, _fill_wordless(status))
    restored = _lead_above(blocks, filled, words, tokens(description))
    if restored:
        counts["lead_restored"] = restored
    asked = _question_above(blocks, filled, words)
    if asked:
        counts["question_restored"] = asked
    alike = _built_alike(blocks, filled)
    if alike:
        counts["built_alike_restored"] = alike
    # No restoring of long prose blocks the extractor skipped between two it kept
    # (RESTORE_WORDS = 20, RESTORE_PROSE = 0.15): measured with the markup's vetoes (nothing
    # a comment, share bar or figure, nothing mostly links), it gave bench/dev +0.0061 word F1
    # (+0.0084 / +0.0033 on its site-disjoint halves) and bench/multi -0.0011 snippet F1
    # (+0.0001 / -0.0025): a gain on the set it was fit to only, so it went.
    for s in filled:
        counts[f"blocks_{s}"] += 1
    return Alignment(filled, words, counts)


# Concepts a page's layout names its columns by: a two-column theme wraps the article's own
# column in "sidebar-1" or "b-right-rail-advanced__main". When every block the extractor kept
# carries one, it names their container, not a sidebar beside them.
_LAYOUT_CONCEPTS = frozenset({"sidebar"})


def _discount_layout(blocks: list[Block], status: list[str | None]) -> frozenset[str]:
    """Take the layout concepts that every block of the main text carries off the evidence of
    the blocks from `_LEAD_REACH` above its first block to its last (the lead, the sections
    between, which sit in the same column); returns them. Blocks further off keep theirs:
    the real sidebar, a rail beside the column, is told apart by the extractor's verdict."""
    kept = [i for i, (b, s) in enumerate(zip(blocks, status, strict=True)) if s == "main" and b.dom is not None]
    if len(kept) < 2:
        return frozenset()
    shared = _LAYOUT_CONCEPTS.intersection(*(ev.concepts for i in kept if (ev := blocks[i].dom) is not None))
    for b in blocks[max(0, kept[0] - _LEAD_REACH) : kept[-1] + 1] if shared else ():
        ev = b.dom
        if ev is not None and not ev.concepts.isdisjoint(shared):
            b.dom = without(ev, shared)
    return shared


def apply_labels(blocks: list[Block], alignment: Alignment) -> None:
    """Blocks outside the main text are chrome; blocks of the comments are comments.

    A block outside the main text whose markup names what it is (a comment container, a
    menu, a share bar: read/dom.py) gets that rule instead of ``outside_main_content``, so
    the manifest says why, and the classifier never takes it back as article. The page's
    own ``articleBody`` that it shows nowhere else is not outside, nor are the posts whose
    text a Q&A page or a forum declares in its microdata (read/structured.py): trafilatura
    takes a question for the article and leaves its answers out.
    Inside the main text, a forum poster's card (name, rank, post count) and a group of
    radio buttons (a poll) are chrome."""
    posts = frozenset({DECLARED_ARTICLE, DECLARED_POST}) | (
        {DECLARED_COMMENT} if _board_of_comments(blocks, alignment.status) else frozenset())
    for b, s in zip(blocks, alignment.status, strict=True):
        if s == "main":
            # asked of the believed concepts alone, not of the markup's first rule: a card in a
            # column a theme classes "nav-content" is still a card
            if (believed := dom_rule(b.dom, among=BELIEVED)) is not None:
                b.add(*believed)
        elif s == "comment":
            b.add("comments", "comment_section")
        elif s == "outside":
            if b.dom_has(*posts):
                # the page's own articleBody, shown nowhere else, and the posts a Q&A page or a
                # forum declares (read/structured.py)
                continue
            named = dom_rule(b.dom)
            b.add(*(named or ("chrome", "outside_main_content")))
            if named == ("comments", "comment_section") and comment_widget(b.dom):
                b.add("chrome", "comment_widget")


def _board_of_comments(blocks: list[Block], status: list[str]) -> bool:
    """Most of the extractor's main text is the text of microdata Comments: the page is a
    board that marks every post a Comment, the opening post too (XenForo), and its other
    Comments are its replies. An article's comments follow an article that is none."""
    main = [len(b.text) for b, s in zip(blocks, status, strict=True) if s == "main"]
    inside = sum(len(b.text) for b, s in zip(blocks, status, strict=True) if s == "main" and b.dom_has(DECLARED_COMMENT))
    return 2 * inside > sum(main) > 0


def label_blocks(blocks: list[Block], main: str, comments: str = "") -> Counter[str]:
    """Align and label in one step; returns the alignment's counts."""
    alignment = align_blocks(blocks, main, comments)
    apply_labels(blocks, alignment)
    return alignment.counts


def _sections_between(blocks: list[Block], status: list[str]) -> list[str]:
    """The article's subheadings and lists that the extractor skipped between two blocks it
    kept. trafilatura drops some headings ("The Contract Test (Real Infrastructure)") where
    the page nests them in its own markup, and some plain ``<ul>`` lists inside an article's
    flow (its issues #233, #431). A run of skipped blocks between two kept ones is the
    article's when it holds nothing but:

    - headings that are neither links nor in markup that names chrome (`_section_heading`;
      an h2 and its h3 go together);
    - list items, neither links nor in such markup (`_article_item`), each list introduced by
      a heading of the run or by the kept paragraph above ("The project includes:", or a
      subheading in bold: `_introduces`), or made of sentences (`_says`);
    - quotations (``<blockquote>``, neither links nor in such markup: a pull quote that repeats
      the article is the duplicate stage's);
    - what a page sets inside an article's flow, an ad slot or a picture with its caption
      (`_inline_aside`): those stay outside.
    """
    out = list(status)
    n = len(blocks)
    kinds = [_section_kind(b) if s == "outside" else None for s, b in zip(status, blocks, strict=True)]
    for i, j, inside in runs(k is not None for k in kinds):
        if inside and i > 0 and j < n and out[i - 1] == "main" and out[j] == "main" and _section_holds(blocks, kinds, i, j):
            for k in range(i, j):
                if kinds[k] != "aside":
                    out[k] = "main"
    return out


def _section_kind(b: Block) -> str | None:
    if _section_heading(b):
        return "heading"
    if _article_item(b):
        return "item"
    if _article_part(b, "quote"):
        return "quote"
    return "aside" if _inline_aside(b) else None


def _section_holds(blocks: list[Block], kinds: list[str | None], i: int, j: int) -> bool:
    """The run i..j-1 holds a heading, an item or a quotation, and each of its lists is
    introduced or says things (`_says`)."""
    opened = "above"  # the kind of the run's last heading or item so far
    quoted = False
    for k in range(i, j):
        kind = kinds[k]
        if kind == "item" and opened == "above" and not (_introduces(blocks[i - 1]) or _says(blocks, kinds, k)):
            return False
        if kind == "quote":
            quoted = True
        elif kind != "aside":
            opened = kind or opened
    return opened != "above" or quoted


def _says(blocks: list[Block], kinds: list[str | None], k: int) -> bool:
    """The list from block k on says things: two items or more, each ending a sentence in
    its script ("Place the jar in a bright spot.", "второй этаж займут читальные залы;"). A
    walkthrough's steps or a plan's points need no line that introduces them; a list that
    names things (stories, products, places) does, as a box's list does."""
    n = 0
    while k + n < len(kinds) and kinds[k + n] == "item":
        if not SENTENCE_END.search(blocks[k + n].text.rstrip()):
            return False
        n += 1
    return n >= 2


# A subheading is one line: 80 characters hold a long English one (12-15 words) and any
# Japanese or Chinese one; a paragraph that ends without a full stop is longer.
_SUBHEADING_CHARS = 80


def _introduces(above: Block) -> bool:
    """A paragraph that ends in a colon, or a subheading: a short line that ends no sentence
    (in bold on many pages, not in a heading element)."""
    text = above.text.rstrip()
    return text.endswith((":", "：")) or (len(text) <= _SUBHEADING_CHARS and not SENTENCE_END.search(text))


# How far above the article's first paragraph its lead may stand: the headline, a kicker, the
# byline, the date and a picture with its caption lie between them on a news page.
_LEAD_REACH = 6
# A lead is a paragraph, not a label: eight tokens (an unspaced script's characters each count).
_LEAD_TOKENS = 8
# What a lead's markup may say besides "lead": "teaser" is also a related box's word. The
# article's <header> element may hold its lead; any other concept, or a list, figure, form,
# menu or table around it, says it is something else.
_LEAD_ALSO = frozenset({"lead", "related"})
_NOT_LEAD_TAGS = frozenset({"li", "figure", "figcaption", "form", "nav", "aside", "footer", "table"})
_FRAME = frozenset({"table"})


def _lead_above(blocks: list[Block], status: list[str], words: list[int], described: list[str]) -> int:
    """The article's lead (standfirst, chapo, "Vorspann"), which trafilatura leaves out where
    the page marks it up apart from the body (``<p class="teaser-text">``, ``div.chapo``),
    is the article's: a paragraph whose element's class names a lead, or that says what the
    page's declared description says (news systems write the standfirst there, and some
    class its element only "description"), not mostly links, within `_LEAD_REACH` blocks
    above the first block the extractor kept, and above the first of them that reads as a
    paragraph. Turns such blocks main in `status`; returns how many."""
    kept = [i for i, s in enumerate(status) if s == "main" and words[i] >= _LEAD_TOKENS]
    if not kept:
        return 0
    # The first kept block, and the first that reads as a paragraph (it ends a sentence, or a
    # clause at a colon, and is no line of links) where that is another: a table layout's login
    # bar or masthead tagline above the article's cell, which trafilatura may keep with it.
    prose = next((i for i in kept if TERMINAL.search(blocks[i].text.rstrip()) is not None
                  and not ((ev := blocks[i].dom) is not None and ev.link_line)), kept[0])
    restored = 0
    for first in sorted({kept[0], prose}):
        # An old layout sets the whole page in a table: a lead in the article's own layout
        # cell is in that table as the article is, not in a table of its own
        frame = ev.cells if (ev := blocks[first].dom) is not None else ()
        for i in range(max(0, first - _LEAD_REACH), first):
            ev = blocks[i].dom
            if (status[i] == "outside" and ev is not None and words[i] >= _LEAD_TOKENS
                    and ("lead" in ev.concepts or _described(blocks[i], described))
                    # a line with a clock time in the lead's box is its dateline ("Par Claire Dupouy ·
                    # Publié le 9 mars 2024 à 6h00", a "chapo-meta" paragraph): a lead says what, not when
                    and not CLOCK.search(blocks[i].text)
                    and not ev.link_line and not ev.hidden and ev.concepts <= _LEAD_ALSO
                    and (ev.tags - _FRAME if frame and ev.cells == frame else ev.tags).isdisjoint(_NOT_LEAD_TAGS)):
                status[i] = "main"
                restored += 1
    return restored


def _question_above(blocks: list[Block], status: list[str], words: list[int]) -> int:
    """The question of a Q&A page, which trafilatura leaves out when it keeps the longer
    answer below it (Stack Exchange: bench/multi m0120): of the runs of blocks above a kept
    one whose markup names a question and nothing else (not its comments, tags or author's
    card), neither links nor hidden, the one with the most words: the question's post, not
    its vote count or its "asked" line. Nothing when the extractor kept some of the question's
    text itself (its title, a heading, may stand in the question's element). Turns it main;
    returns how many blocks."""
    kept = [i for i, s in enumerate(status) if s == "main"]
    if not kept or any((ev := blocks[i].dom) is not None and "question" in ev.concepts and "heading" not in ev.tags
                       for i in kept):
        return 0
    last = kept[-1]
    asked = [i < last and s == "outside" and (ev := b.dom) is not None and ev.concepts == _QUESTION
             and not ev.link_line and not ev.hidden and ev.tags.isdisjoint(_NOT_QUESTION_TAGS)
             for i, (b, s) in enumerate(zip(blocks, status, strict=True))]
    post = max(((sum(words[i:j]), i, j) for i, j, inside in runs(asked) if inside), default=(0, 0, 0))
    status[post[1] : post[2]] = ["main"] * (post[2] - post[1])
    return post[2] - post[1]


_QUESTION = frozenset({"question"})
_NOT_QUESTION_TAGS = frozenset({"form", "nav", "aside", "footer"})


def _built_alike(blocks: list[Block], status: list[str]) -> int:
    """The paragraphs beside a kept one that are built as it is: where a page builder sets
    each paragraph in a record of its own (Tilda's "t-rec", a site builder's text widget),
    trafilatura can keep one record of the article and skip its twins. A run of skipped
    blocks next to a kept block, each built as that block is (`DomEvidence.build`: the same
    tags and classes down from the page's root) and in no markup that names anything (a
    sidebar, a teaser, a figure), not mostly links, not hidden, is the article's. Turns them
    main in `status`; returns how many."""
    restored = 0
    n = len(blocks)
    for i, s in enumerate(status):
        if s != "main" or (ev := blocks[i].dom) is None or not ev.build:
            continue
        for step in (-1, 1):
            k = i + step
            while 0 <= k < n and status[k] == "outside" and _twin(blocks[k], ev.build):
                status[k] = "main"
                restored += 1
                k += step
    return restored


def _twin(b: Block, build: int) -> bool:
    ev = b.dom
    return (ev is not None and ev.build == build and not ev.concepts and not ev.link_line and not ev.hidden)


def _inline_aside(b: Block) -> bool:
    """What a page sets between an article's paragraphs: an ad slot, a picture and its caption."""
    return b.dom_has("ad", "figure", "figcaption", "caption")


def _described(b: Block, described: list[str]) -> bool:
    """The block says what the page's declared description says (which may be cut short)."""
    if len(described) < _LEAD_TOKENS:
        return False
    toks = tokens(b.text)
    return toks[: len(described)] == described or described[: len(toks)] == toks


def _article_part(b: Block, tag: str) -> bool:
    """The block is inside a `tag` element, is no link (a related story's title) and lies in
    no markup that names chrome (a related box, a sidebar) or a picture (a figure, a
    caption's element)."""
    ev = b.dom
    return (ev is not None and tag in ev.tags and not ev.link_line and dom_rule(ev) is None
            and not ev.has("figure", "caption"))


def _article_item(b: Block) -> bool:
    return _article_part(b, "li")


def _section_heading(b: Block) -> bool:
    """A heading that is part of the article (`_article_part`) and does not end as a box's
    call or its list's label does ("Get the FREE eBook!", "Check out next:"): a section's
    heading names it, or asks ("Where to start?")."""
    return _article_part(b, "heading") and not b.text.rstrip().endswith((":", "!", "：", "！"))


def _fill_wordless(status: list[str | None]) -> list[str]:
    """A block without words (a rule, a bullet) goes with its neighbours when they agree."""
    after: list[str | None] = [None] * len(status)
    nxt: str | None = None
    for i in range(len(status) - 1, -1, -1):
        after[i] = nxt
        nxt = status[i] if status[i] is not None else nxt
    out: list[str] = []
    prev: str | None = None
    for i, s in enumerate(status):
        if s is not None:
            prev = s
            out.append(s)
        else:
            out.append(prev if prev is not None and prev == after[i] else "outside")
    return out
