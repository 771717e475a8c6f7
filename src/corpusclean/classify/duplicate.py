"""Repeats inside one page: exact copies, and short paragraphs contained in longer ones."""

from __future__ import annotations

import re

from .context import PageView

_TOKEN = re.compile(r"\w+", re.UNICODE)
# Exact copies shorter than this are left to other rules: "Yes", "Reply", "Read more" are
# widgets, not content duplicates, and short list items legitimately repeat in articles.
_MIN_EXACT_TOKENS = 3
# A pull-quote or teaser must be a real sentence to count as contained: 8 words is past
# the length of names, headings and set phrases that any paragraph may contain.
_MIN_CONTAINED_TOKENS = 8


def _norm(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text[:20000].lower()))


def label_duplicates(view: PageView) -> None:
    blocks = view.page.blocks
    toks = [_norm(b.text) for b in blocks]
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(toks):
        if len(t) >= _MIN_EXACT_TOKENS:
            groups.setdefault(t, []).append(i)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        # Keep the copy the other rules keep (inside the article), else the first.
        keeper = next((i for i in idx if view.in_core(i) and not blocks[i].labels), idx[0])
        for i in idx:
            if i != keeper:
                rule = "repeated_title" if view.feats[i].words <= 20 and not view.feats[i].terminal else "exact_copy"
                blocks[i].add("duplicate", rule)
    _contained(view, toks)


def _contained(view: PageView, toks: list[tuple[str, ...]]) -> None:
    """A paragraph wholly inside a longer one (a pull-quote, a teaser): drop the shorter."""
    k = _MIN_CONTAINED_TOKENS
    index: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(toks):
        if len(t) > k:
            for j in range(len(t) - k + 1):
                index.setdefault(t[j : j + k], []).append(i)
    blocks = view.page.blocks
    for i, t in enumerate(toks):
        if len(t) < k or blocks[i].has("duplicate"):
            continue
        joined = " " + " ".join(t) + " "
        for host in dict.fromkeys(index.get(t[:k], ())):
            if host == i or len(toks[host]) <= len(t):
                continue
            if joined in " " + " ".join(toks[host]) + " ":
                blocks[i].add("duplicate", "contained_in_longer", detail=f"block at {blocks[host].start}")
                break
