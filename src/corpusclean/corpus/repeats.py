"""Boilerplate repeated across a site's pages: count in pass one, label in pass two.

Counts are per (site, block fingerprint) over distinct pages (corpus/counts.py), so they do
not depend on the order pages are read in or on how they are split between workers; there
is no "first page seen keeps it". A block is site boilerplate when it is on at least
`site_min_pages` pages of its site *and* on at least `site_min_share` of them:

- 3 pages (`site_min_pages`): two pages sharing a paragraph is as often a quotation, a
  syndicated paragraph or a follow-up story as it is boilerplate; a third independent page
  with the same block is where chance sharing becomes rare. It also means a site of one or
  two pages is never judged by this rule.
- 10% (`site_min_share`): chrome comes with a page template and is on (nearly) every page
  made from it; big sites use a handful of templates (home, section, article, gallery,
  tag pages), so 10% still finds the chrome of a template used by a tenth of the site,
  while a teaser or a quote seen on 3 of a site's 1,000 pages is not taken for it.

Quotations vs boilerplate. A paragraph quoted by several articles of a site is text, not
chrome. Its length alone does not tell them apart: appeals, disclaimers and author boxes
are long too, and asking every long block for more evidence leaves them on small sites.
Its place does: a quote sits *inside* the article (strictly between the first and the last
block of the page's core), while boilerplate sits before or after the article or is glued
to one of its ends. So a long block that sits inside the article on most of the pages it
is seen on (`quoted` counts those pages; hashing.QUOTE_WORDS says what long means) needs
twice the evidence: 6 pages and 20% of the site. A quote shared by two articles never
reaches 3 pages anyway; one quoted by 3-5 articles is kept by the place rule; a promo box
inserted mid-article on every page of a large site still goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from ..config import Config
from ..model import Label, Page
from ..registry import PLACES
from .hashing import block_keys

# Blocks placed like quotations need this many times the pages and the share (see above).
QUOTE_FACTOR = 2


def select(table: np.ndarray, site_pages: dict[int, int], config: Config) -> np.ndarray:
    """The rows of a counts table that are site boilerplate under the thresholds."""
    if len(table) == 0:
        return table
    ids = np.array(sorted(site_pages), dtype="<u8")
    totals = np.array([site_pages[i] for i in sorted(site_pages)], dtype=np.float64)
    total = totals[np.searchsorted(ids, table["site"])]
    pages = table["pages"].astype(np.float64)
    factor = np.where(2 * table["quoted"].astype(np.int64) > table["pages"], QUOTE_FACTOR, 1)
    ok = (pages >= factor * config.site_min_pages) & (pages >= factor * config.site_min_share * total)
    return table[ok]


@dataclass(slots=True)
class SiteRepeats:
    """The outcome of the corpus pass: pages per site, and each site's boilerplate keys."""

    pages: dict[str, int] = field(default_factory=dict)
    repeated: dict[str, dict[int, int]] = field(default_factory=dict)  # site -> {key: pages}

    @classmethod
    def from_tables(cls, tables: Iterable[np.ndarray], site_pages: dict[int, int],
                    names: dict[int, str], config: Config) -> SiteRepeats:
        out = cls(pages={names[s]: n for s, n in site_pages.items()})
        for table in tables:
            for row in select(table, site_pages, config).tolist():
                out.repeated.setdefault(names[row[0]], {})[row[1]] = row[2]
        return out

    def of(self, site: str) -> dict[int, int]:
        return self.repeated.get(site, {})


def label_repeats(page: Page, repeated: dict[int, int], site_pages: int, config: Config,
                  keys: list[int | None] | None = None) -> None:
    """Label the page's blocks that are its site's boilerplate (rule `site_repeated`).

    Where the block's other labels of its category only say where it stands (registry.PLACES:
    `before_article`, `dom_footer`, ...), the label goes first in the block's list, so that
    the manifest names this one: "seen on N of M pages" is the evidence a reader can check,
    where a per-page guess of place is not. Where a rule says what the block is
    (`payment_details`, `cookie_notice`, `comment_form`), that rule keeps the manifest's row,
    with the evidence in its ``detail``, so an auditor who filters on the rule finds every
    such block, and neighbouring widgets stay rows of their own. A block another rule calls
    an appeal or a comment keeps that category. `keys` are the blocks' fingerprints when the
    caller has them already (pass one stores them in its cache).
    """
    if not repeated:
        return
    if keys is None or len(keys) != len(page.blocks):
        keys = block_keys(page)
    for b, k in zip(page.blocks, keys, strict=True):
        if k is None or k not in repeated:
            continue
        if b.has_rule("site_repeated"):
            continue
        category = next((c for c in ("donation", "comments") if b.has(c)), "chrome")
        seen = f"seen on {repeated[k]} of {site_pages} pages of {page.site}"
        if all(lb.rule in PLACES for lb in b.labels if lb.category == category):
            b.labels.insert(0, Label(category, "site_repeated", detail=seen))
        else:
            # the rule that says what it is names the row, and the row says where else it is
            b.labels[:] = [replace(lb, detail=seen) if lb.rule not in PLACES and not lb.detail else lb
                           for lb in b.labels]
            b.labels.append(Label(category, "site_repeated", detail=seen))
        page.stats["stage:site_repeated:labels"] += 1
