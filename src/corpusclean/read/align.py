"""Mapping an extractor's text back onto our blocks: which blocks are its main text.

trafilatura returns text, not positions, and its text differs a little from ours: spaces
normalised, a link or a figure caption dropped, a paragraph cut short, lists flattened.
So both sides become streams of lower-cased word tokens and are aligned in two passes:

1. anchors: runs of `_ANCHOR` equal tokens, taken greedily in order (the extractor keeps
   document order), each grown as long as the tokens agree;
2. gaps between two anchors, where short paragraphs and headings lie, are aligned with
   difflib when both sides are small enough for its quadratic worst case.

A block belongs to the extracted text when at least `MAIN_SHARE` of its tokens were matched.
Everything here is linear in the page except the bounded gap fills.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher

from ..model import Block

_TOKEN = re.compile(r"\w+", re.UNICODE)

# 4 tokens: long enough that a common phrase ("one of the") rarely anchors a paragraph in a
# menu or teaser by chance, short enough that paragraphs of 4-7 words still get an anchor.
_ANCHOR = 4
# How many later occurrences of an anchor to try before giving up on it: keeps a page of
# one repeated word linear; real anchors are found among the first few.
_MAX_CANDIDATES = 32
# Gaps whose token counts multiply to more than this are left unfilled (difflib is
# quadratic); 40,000 covers a 200-token gap on both sides, far above headings and captions.
_MAX_GAP_CELLS = 40_000

# A block is main text when half its words are in the extractor's output. Measured on
# bench/dev: blocks trafilatura keeps match 90-100% (it drops inline widgets, cuts a
# trailing "Read more"), blocks it drops match 0-10% (a stray anchor in a menu); 50% sits
# in the empty middle and tolerates one cut sentence in a two-sentence paragraph.
MAIN_SHARE = 0.5

RESTORE_WORDS = int(__import__("os").environ.get("CC_RESTORE", "10"))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


class _Stream:
    """Our blocks as one token stream, with the block of every token and an anchor index."""

    def __init__(self, blocks: list[Block]) -> None:
        self.toks: list[str] = []
        self.owner: list[int] = []
        for i, b in enumerate(blocks):
            t = tokens(b.text)
            self.toks.extend(t)
            self.owner.extend([i] * len(t))
        self.taken = bytearray(len(self.toks))  # 1: main text, 2: comments
        self.index: dict[tuple[str, ...], list[int]] = {}
        for k in range(len(self.toks) - _ANCHOR + 1):
            self.index.setdefault(tuple(self.toks[k : k + _ANCHOR]), []).append(k)

    def free(self, k: int, n: int) -> bool:
        return not any(self.taken[k : k + n])

    def _find(self, gram: tuple[str, ...], cursor: int) -> int | None:
        cands = self.index.get(gram)
        if not cands:
            return None
        start = bisect_left(cands, cursor)
        # First free occurrence at or after the cursor, else (a reordered bit) before it.
        for c in cands[start : start + _MAX_CANDIDATES]:
            if self.free(c, _ANCHOR):
                return c
        for c in cands[max(0, start - _MAX_CANDIDATES) : start]:
            if self.free(c, _ANCHOR):
                return c
        return None

    def align(self, other: list[str], mark: int) -> int:
        """Mark the tokens of `other` found in the stream with `mark`; returns how many."""
        anchors: list[tuple[int, int, int]] = []  # (position in other, in stream, length)
        cursor = j = 0
        n, m = len(other), len(self.toks)
        while j <= n - _ANCHOR:
            k = self._find(tuple(other[j : j + _ANCHOR]), cursor)
            if k is None:
                j += 1
                continue
            length = _ANCHOR
            while (j + length < n and k + length < m and other[j + length] == self.toks[k + length]
                   and not self.taken[k + length]):
                length += 1
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

    def _fill(self, other: list[str], a0: int, a1: int, b0: int, b1: int, mark: int) -> int:
        if (a1 - a0) * (b1 - b0) > _MAX_GAP_CELLS:
            return 0
        sm = SequenceMatcher(None, other[a0:a1], self.toks[b0:b1], autojunk=False)
        done = 0
        for blk in sm.get_matching_blocks():
            for d in range(blk.size):
                k = b0 + blk.b + d
                if not self.taken[k]:
                    self.taken[k] = mark
                    done += 1
        return done


def label_blocks(blocks: list[Block], main: str, comments: str = "") -> Counter[str]:
    """Label blocks outside the extracted main text and inside its comments; returns counts."""
    stream = _Stream(blocks)
    main_toks, comment_toks = tokens(main), tokens(comments)
    counts: Counter[str] = Counter()
    counts["main_tokens_unmatched"] = len(main_toks) - stream.align(main_toks, 1)
    if comment_toks:
        counts["comment_tokens_unmatched"] = len(comment_toks) - stream.align(comment_toks, 2)
    per_block: list[Counter[int]] = [Counter() for _ in blocks]
    for k, i in enumerate(stream.owner):
        per_block[i][stream.taken[k]] += 1
    status: list[str | None] = []
    for c in per_block:
        total = sum(c.values())
        if total == 0:
            status.append(None)  # no words: decided by its neighbours below
        elif c[1] >= MAIN_SHARE * total:
            status.append("main")
        elif c[2] >= MAIN_SHARE * total or (c[2] > c[1] and c[1] + c[2] >= MAIN_SHARE * total):
            status.append("comment")
        else:
            status.append("outside")
    _fill_wordless(status)
    counts["blocks_restored"] = _restore_inside(status, [sum(c.values()) for c in per_block])
    for b, s in zip(blocks, status, strict=True):
        if s == "comment":
            b.add("comments", "comment_section")
        elif s == "outside":
            b.add("chrome", "outside_main_content")
        counts[f"blocks_{s}"] += 1
    return counts


def _restore_inside(status: list[str | None], words: list[int]) -> int:
    """Long blocks the extractor skipped between two blocks it kept are main text after all."""
    main = [i for i, s in enumerate(status) if s == "main"]
    if not main:
        return 0
    n = 0
    for i in range(main[0] + 1, main[-1]):
        if status[i] == "outside" and words[i] >= RESTORE_WORDS:
            status[i] = "main"
            n += 1
    return n


def _fill_wordless(status: list[str | None]) -> None:
    """A block without words (a rule, a bullet) goes with its neighbours when they agree."""
    after: list[str | None] = [None] * len(status)
    nxt: str | None = None
    for i in range(len(status) - 1, -1, -1):
        after[i] = nxt
        nxt = status[i] if status[i] is not None else nxt
    prev: str | None = None
    for i, s in enumerate(status):
        if s is not None:
            prev = s
        else:
            status[i] = prev if prev is not None and prev == after[i] else "outside"
