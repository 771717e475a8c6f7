"""Repeats inside one page: exact copies, and short paragraphs contained in longer ones."""

from __future__ import annotations

from bisect import bisect_right

from .context import PageView

# Exact copies shorter than this are left to other rules: "Yes", "Reply", "Read more" are
# widgets, not content duplicates, and short list items legitimately repeat in articles.
_MIN_EXACT_TOKENS = 3
# A pull-quote or teaser must be a real sentence to count as contained: 8 words is past
# the length of names, headings and set phrases that any paragraph may contain.
_MIN_CONTAINED_TOKENS = 8
# Short lines (headings, labels, list items) recur legitimately in structured articles
# ("Pros:", "Price: $9.99" in every section): measured on bench/dev, the gold keeps both
# copies of such repeats more often than not. A short line is a duplicate only when its
# copy is this close (a title or caption rendered twice, an author line under the lede).
_SHORT_WORDS = 15
_SHORT_MAX_GAP = 3


def label_duplicates(view: PageView) -> None:
    blocks = view.page.blocks
    toks = [tuple(t) for t in view.toks]
    _contained(view, toks)
    # The gap between two short copies counts only blocks that stay: once what lies between
    # them is removed they are neighbours, and cleaning the clean text again must not find
    # a pair that the first pass let be.
    alive = [0]
    for b in blocks:
        alive.append(alive[-1] + (not b.labels))

    def near(i: int, j: int) -> bool:
        lo, hi = min(i, j), max(i, j)
        return i != j and alive[hi] - alive[lo + 1] < _SHORT_MAX_GAP

    groups: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(toks):
        if len(t) >= _MIN_EXACT_TOKENS:
            groups.setdefault(t, []).append(i)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        if len(toks[idx[0]]) < _SHORT_WORDS:
            idx = [i for i in idx if any(near(i, j) for j in idx)]
            if len(idx) < 2:
                continue
        # Keep the copy the other rules keep (inside the article), else the first.
        keeper = next((i for i in idx if view.in_core(i) and not blocks[i].labels), idx[0])
        for i in idx:
            if i != keeper:
                rule = "repeated_title" if view.feats[i].words <= 20 and not view.feats[i].terminal else "exact_copy"
                blocks[i].add("duplicate", rule)


def _contained(view: PageView, toks: list[tuple[str, ...]]) -> None:
    """A paragraph wholly inside a longer one (a pull-quote, a teaser): drop the shorter.

    All blocks long enough to host one are laid end to end in one string, so each candidate
    is a single substring search; where it is found tells which block hosts it.
    """
    k = _MIN_CONTAINED_TOKENS
    blocks = view.page.blocks
    hosts = [i for i, t in enumerate(toks) if len(t) > k]
    if len(hosts) < 2:
        return
    parts, starts = [], []
    pos = 0
    for i in hosts:
        s = " " + " ".join(toks[i]) + " "
        starts.append(pos)
        parts.append(s)
        pos += len(s) + 1  # "\n" between hosts: no match can span two blocks
    big = "\n".join(parts)
    for i, t in enumerate(toks):
        if len(t) < k:
            continue
        needle = " " + " ".join(t) + " "
        at = big.find(needle)
        while at >= 0:
            host = hosts[bisect_right(starts, at) - 1]
            # The host must be text we keep: a teaser box or hidden copy that other rules
            # already drop hosts nothing, and the shorter block is the only copy left.
            if host != i and len(toks[host]) > len(t) and not blocks[host].labels:
                blocks[i].add("duplicate", "contained_in_longer", detail=f"block at {blocks[host].start}")
                break
            at = big.find(needle, at + 1)
