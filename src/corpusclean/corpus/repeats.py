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


@dataclass(frozen=True, slots=True)
class SiteKeys:
    """One site's boilerplate keys, sorted, and on how many of its pages each is: 12 bytes
    a key in two arrays, where a dict of Python ints takes ~100 (a site whose every page
    shares its paragraphs with copies of itself has as many keys as blocks)."""

    keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype="<u8"))
    pages: np.ndarray = field(default_factory=lambda: np.empty(0, dtype="<i4"))

    @classmethod
    def of(cls, rows: dict[int, int]) -> SiteKeys:
        keys = np.array(sorted(rows), dtype="<u8")
        return cls(keys, np.array([rows[k] for k in keys.tolist()], dtype="<i4"))

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: int) -> bool:
        return bool(self.find([key]))

    def find(self, keys: Iterable[int | None]) -> dict[int, int]:
        """Those of ``keys`` that are boilerplate, each with its page count."""
        want = np.array([k for k in keys if k is not None], dtype="<u8")
        if not len(self.keys) or not len(want):
            return {}
        at = np.minimum(np.searchsorted(self.keys, want), len(self.keys) - 1)
        hit = self.keys[at] == want
        return dict(zip(want[hit].tolist(), self.pages[at[hit]].tolist(), strict=True))

    def to_dict(self) -> dict[int, int]:
        return dict(zip(self.keys.tolist(), self.pages.tolist(), strict=True))


@dataclass(slots=True)
class SiteRepeats:
    """The outcome of the corpus pass: pages per site, and each site's boilerplate keys."""

    pages: dict[str, int] = field(default_factory=dict)
    repeated: dict[str, SiteKeys] = field(default_factory=dict)

    @classmethod
    def from_tables(cls, tables: Iterable[np.ndarray], site_pages: dict[int, int],
                    names: dict[int, str], config: Config) -> SiteRepeats:
        return cls.from_selected((select(t, site_pages, config) for t in tables),
                                 {names[s]: n for s, n in site_pages.items()}, names)

    @classmethod
    def from_selected(cls, tables: Iterable[np.ndarray], pages: dict[str, int], names: dict[int, str],
                      ) -> SiteRepeats:
        """From the selected rows of each bucket (corpus/counts.py: a key is in one bucket
        only, each sorted by site and key)."""
        parts: dict[int, list[np.ndarray]] = {}
        for table in tables:
            sites = table["site"]
            cuts = np.flatnonzero(sites[1:] != sites[:-1]) + 1
            for run in np.split(table, cuts) if len(table) else []:
                parts.setdefault(int(run["site"][0]), []).append(run)
        out = cls(pages=pages)
        for sid in sorted(parts):
            rows = np.concatenate(parts[sid])
            order = np.argsort(rows["key"], kind="stable")
            out.repeated[names[sid]] = SiteKeys(rows["key"][order].astype("<u8"),
                                                rows["pages"][order].astype("<i4"))
        return out

    def of(self, site: str) -> SiteKeys:
        return self.repeated.get(site) or SiteKeys()


def label_repeats(page: Page, repeated: SiteKeys, site_pages: int, config: Config,
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
    if not len(repeated):
        return
    if keys is None or len(keys) != len(page.blocks):
        keys = block_keys(page)
    hits = repeated.find(keys)
    for b, k in zip(page.blocks, keys, strict=True):
        if k is None or k not in hits:
            continue
        if b.has_rule("site_repeated"):
            continue
        category = next((c for c in ("donation", "comments") if b.has(c)), "chrome")
        seen = f"seen on {hits[k]} of {site_pages} pages of {page.site}"
        if all(lb.rule in PLACES for lb in b.labels if lb.category == category):
            b.labels.insert(0, Label(category, "site_repeated", detail=seen))
        else:
            # the rule that says what it is names the row, and the row says where else it is
            b.labels[:] = [replace(lb, detail=seen) if lb.rule not in PLACES and not lb.detail else lb
                           for lb in b.labels]
            b.labels.append(Label(category, "site_repeated", detail=seen))
        page.stats["stage:site_repeated:labels"] += 1
