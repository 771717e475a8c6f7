"""Mapping an extractor's text back onto our blocks: which blocks are its main text.

trafilatura returns text, not positions, and its text differs a little from ours: spaces
normalised, a link or a figure caption dropped, a paragraph cut short, lists flattened.
So both sides become streams of lower-cased word tokens and are aligned in two passes:

1. anchors: runs of `_ANCHOR` equal tokens, taken greedily in order (the extractor keeps
   document order), each grown as long as the tokens agree; of several places an anchor
   fits, the one that agrees longest wins;
2. gaps between two anchors, where short paragraphs and headings lie, are aligned with
   difflib when both sides are small enough for its quadratic worst case.

A block belongs to the extracted text when at least `MAIN_SHARE` of its tokens were matched;
long blocks the extractor skipped between two it kept are restored (`RESTORE_WORDS`).
Everything here is linear in the page except the bounded gap fills.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import chain, compress, count, repeat

from ..model import Block

_TOKEN = re.compile(r"\w+", re.UNICODE)

# 4 tokens: long enough that a common phrase ("one of the") rarely anchors a paragraph in a
# menu or teaser by chance, short enough that paragraphs of 4-7 words still get an anchor.
_ANCHOR = 4
# How many occurrences of an anchor to try: keeps a page of one repeated word near linear
# (each try costs its agreement length); real anchors are among the first few.
_MAX_CANDIDATES = 8
# Gaps whose token counts multiply to more than this are left unfilled (difflib is
# quadratic); 40,000 covers a 200-token gap on both sides, far above headings and captions.
_MAX_GAP_CELLS = 40_000

# A block is main text when half its words are in the extractor's output. Measured on
# bench/dev (170,413 blocks of 708 pages): 110,381 blocks match under 5% and 59,606 over 95%;
# only 426 (0.25%) lie between, so the cut hardly matters; 50% sits in that empty middle and
# keeps a paragraph whose trailing sentence or inline widget the extractor cut.
MAIN_SHARE = 0.5

# A block of at least this many words that the extractor skipped, lying between two blocks
# it kept, is main text after all: trafilatura drops list items, boxed tips and whole
# sections in the middle of articles (bench/dev 4193: 5 of 9 sections). Measured on bench/dev
# with the text classifier after it: 10 words gives word F1 0.944 with 95.9% of `without`
# snippets absent, 20 words 0.944 / 96.3%, 30 words 0.943 / 96.4%, none 0.938 / 96.4%.
RESTORE_WORDS = 20
# ... and when it reads as prose: at least this share of its words among the main text's
# 40 most frequent (its function words). Measured on bench/dev: of the 900 blocks restored
# by length alone, 409 (14,768 words) are not in the gold article (spec tables, code, name
# lists). Under 0.15 lie 1,970 of their words and 81 gold words; under 0.2, 2,965 and 1,034;
# under 0.25, 4,566 and 2,553: past 0.15 each step costs as much article as it saves.
RESTORE_PROSE = 0.15
_COMMON_WORDS = 40


class _Vocab(dict[str, int]):
    """Token -> id, a new token getting the next id: `map(vocab.__getitem__, tokens)` numbers
    a block's tokens at C speed, calling back into Python only for words not seen before."""

    def __missing__(self, token: str) -> int:
        self[token] = n = len(self)
        return n


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _grams(seq: Sequence[int]) -> Iterator[tuple[int, ...]]:
    """Every run of `_ANCHOR` consecutive ids, in order."""
    return zip(*(seq[i:] for i in range(_ANCHOR)), strict=False)


class _Stream:
    """Our blocks as one stream of token ids, with the block of every token.

    Tokens are small ints (one vocabulary for both sides) and the anchor index holds only
    the 4-grams the extractor's texts contain, keyed by their hash (of ints: the same in
    every process). Measured: a page of a million words aligns in ~3.5 s and ~200 MB.
    A hash collision is harmless: every candidate is checked token by token.
    """

    def __init__(self, blocks: list[Block], texts: list[list[str]]) -> None:
        self.vocab = _Vocab()
        self.toks = array("l")
        self.starts = array("l", [0])  # block i's tokens are toks[starts[i] : starts[i + 1]]
        get_id = self.vocab.__getitem__
        for b in blocks:
            self.toks.extend(map(get_id, tokens(b.text)))
            self.starts.append(len(self.toks))
        self.taken = bytearray(len(self.toks))  # 1: main text, 2: comments
        # The anchor index: the hashes of the wanted 4-grams, sorted, beside their positions
        # (ascending within one hash), searched by bisection: 16 bytes per indexed token, a
        # fraction of what a dict of lists takes.
        wanted = set(map(hash, chain.from_iterable(_grams(self.ids(t)) for t in texts)))
        hashes = array("q", map(hash, _grams(self.toks)))
        where = list(compress(count(), map(wanted.__contains__, hashes)))
        where.sort(key=hashes.__getitem__)  # stable: positions stay ascending within a hash
        self.keys = array("q", map(hashes.__getitem__, where))
        self.pos = array("l", where)

    def ids(self, toks: list[str]) -> list[int]:
        """The other side's tokens as ids; a word we do not have is -1 and matches nothing."""
        return list(map(self.vocab.get, toks, repeat(-1)))

    def _extent(self, other: list[int], j: int, k: int) -> int:
        """How many tokens agree from other[j] and stream[k] on, over free stream tokens."""
        n, m, length = len(other), len(self.toks), 0
        while j + length < n and k + length < m and other[j + length] == self.toks[k + length] \
                and not self.taken[k + length]:
            length += 1
        return length

    def _find(self, other: list[int], j: int, cursor: int) -> tuple[int, int] | None:
        """(stream position, length) of the best free match of other[j:j+_ANCHOR]."""
        h = hash(tuple(other[j : j + _ANCHOR]))
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
                length = self._extent(other, j, c)
                if length >= _ANCHOR and (best is None or length > best[1]):
                    best = (c, length)
            if best is not None:
                return best
        return None

    def align(self, words: list[str], mark: int) -> int:
        """Mark the tokens of `words` found in the stream with `mark`; returns how many."""
        other = self.ids(words)
        anchors: list[tuple[int, int, int]] = []  # (position in other, in stream, length)
        cursor = j = 0
        n, m = len(other), len(self.toks)
        while j <= n - _ANCHOR:
            found = self._find(other, j, cursor)
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

    def share_kept(self) -> float:
        """Main-text words over the words of long blocks (>= RESTORE_WORDS) on the page."""
        long_words = sum(w for w in self.words if w >= RESTORE_WORDS)
        kept = sum(w for w, s in zip(self.words, self.status, strict=True) if s == "main")
        return kept / long_words if long_words else 1.0


def align_blocks(blocks: list[Block], main: str, comments: str = "") -> Alignment:
    """Align the extractor's main text and comments to our blocks."""
    main_toks, comment_toks = tokens(main), tokens(comments)
    stream = _Stream(blocks, [main_toks, comment_toks])
    counts: Counter[str] = Counter()
    counts["main_tokens_unmatched"] = len(main_toks) - stream.align(main_toks, 1)
    if comment_toks:
        counts["comment_tokens_unmatched"] = len(comment_toks) - stream.align(comment_toks, 2)
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
    filled = _fill_wordless(status)
    prose = _prose_share(stream, filled, len(blocks))
    counts["blocks_restored"] = _restore_inside(filled, words, prose)
    for s in filled:
        counts[f"blocks_{s}"] += 1
    return Alignment(filled, words, counts)


def apply_labels(blocks: list[Block], alignment: Alignment) -> None:
    """Blocks outside the main text are chrome; blocks of the comments are comments."""
    for b, s in zip(blocks, alignment.status, strict=True):
        if s == "comment":
            b.add("comments", "comment_section")
        elif s == "outside":
            b.add("chrome", "outside_main_content")


def label_blocks(blocks: list[Block], main: str, comments: str = "") -> Counter[str]:
    """Align and label in one step; returns the alignment's counts."""
    alignment = align_blocks(blocks, main, comments)
    apply_labels(blocks, alignment)
    return alignment.counts


def _prose_share(stream: _Stream, status: list[str], n_blocks: int) -> list[float]:
    """Per block: the share of its tokens among the `_COMMON_WORDS` most frequent tokens of
    the extractor's main text. Those are the page language's function words, whatever the
    language, so prose scores high and tables, code, captions and name lists score low."""
    toks, starts = stream.toks, stream.starts
    freq: Counter[int] = Counter()
    for i in range(n_blocks):
        if status[i] == "main":
            freq.update(toks[starts[i] : starts[i + 1]])
    common = {t for t, _ in freq.most_common(_COMMON_WORDS)}
    out = []
    for i in range(n_blocks):
        block = toks[starts[i] : starts[i + 1]]
        out.append(sum(map(common.__contains__, block)) / len(block) if block else 0.0)
    return out


def _restore_inside(status: list[str], words: list[int], prose: list[float]) -> int:
    """Long prose blocks the extractor skipped between two blocks it kept are main text."""
    main = [i for i, s in enumerate(status) if s == "main"]
    if not main:
        return 0
    n = 0
    for i in range(main[0] + 1, main[-1]):
        if status[i] == "outside" and words[i] >= RESTORE_WORDS and prose[i] >= RESTORE_PROSE:
            status[i] = "main"
            n += 1
    return n


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
