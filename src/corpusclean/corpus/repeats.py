"""Boilerplate repeated across a site's pages: count in pass one, label in pass two.

Counts are per (site, block fingerprint) over distinct pages, so they do not depend on the
order pages are read in or on how they are split between workers. A block is boilerplate
when it is on at least `site_min_pages` pages of its site *and* on at least
`site_min_share` of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..config import Config
from ..model import Page
from .hashing import block_key

# Long paragraphs are quoted by several articles of a site far more often than a menu item
# is long: a block of this many words needs twice the evidence before it is boilerplate.
_LONG_WORDS = 40


class SiteCounts:
    """Pages per site and pages per (site, fingerprint)."""

    def __init__(self) -> None:
        self.pages: Counter[str] = Counter()
        self.blocks: Counter[tuple[str, int]] = Counter()

    def add(self, site: str, keys: Iterable[int]) -> None:
        self.pages[site] += 1
        for k in keys:
            self.blocks[(site, k)] += 1

    def repeated(self, site: str, keys: Iterable[int], config: Config) -> dict[int, int]:
        """The page's fingerprints that count as site boilerplate, with their page counts."""
        total = self.pages[site]
        out = {}
        for k in keys:
            n = self.blocks.get((site, k), 0)
            if n >= config.site_min_pages and n >= config.site_min_share * total:
                out[k] = n
        return out


def label_repeats(page: Page, repeated: dict[int, int], site_pages: int, config: Config) -> None:
    if not repeated:
        return
    for b in page.blocks:
        k = block_key(b.text)
        if k is None or k not in repeated:
            continue
        n = repeated[k]
        if b.words >= _LONG_WORDS and (n < 2 * config.site_min_pages or n < 2 * config.site_min_share * site_pages):
            continue
        category = next((c for c in ("donation", "comments") if b.has(c)), "chrome")
        b.add(category, "site_repeated", detail=f"seen on {n} of {site_pages} pages of {page.site}")
        page.stats["stage:site_repeated:labels"] += 1
