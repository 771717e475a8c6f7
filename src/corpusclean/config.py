"""Run options, resolved once and passed to every stage. Hashable so outputs can be keyed by it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .model import CATEGORIES

COMMENT_MODES = ("drop", "keep", "separate")
TITLE_MODES = ("drop", "keep")
FORMATS = ("txt", "jsonl", "parquet")


#: Options that pass one (reading and labelling) never reads: what is removed (``keep``,
#: ``comments``), when site repeats count (``site_min_*``, pass two's corpus labels), what
#: is written, and which files are read (a source's cache entry does not depend on the others).
DECIDE_ONLY = ("keep", "comments", "title", "site_min_pages", "site_min_share", "formats", "attributes",
               "shard_bytes", "include", "exclude")


@dataclass(frozen=True, slots=True)
class Override:
    """A user rule from ``--rules FILE``: force-keep or force-drop blocks matching ``pattern``."""

    action: str  # keep | drop
    pattern: str  # a regular expression, searched case-insensitively
    site: str = ""  # empty: every site
    category: str = "chrome"  # for drop: the category the removal is filed under


@dataclass(frozen=True, slots=True)
class Config:
    langs: tuple[str, ...] = ("en",)  # target languages; ("any",) keeps all; ("auto",) each page's own
    keep: frozenset[str] = frozenset()  # categories never removed
    comments: str = "drop"
    lang_detector: str = "fasttext"  # lang.backends.DETECTORS
    formats: tuple[str, ...] = ("txt",)
    attributes: bool = False
    # Site-level repeats: a block is boilerplate when seen on at least `site_min_pages` pages
    # of its site and on at least `site_min_share` of them. See corpus/repeats.py for why.
    site_min_pages: int = 3
    site_min_share: float = 0.1
    # Per-page limits. 20 MB of input is ~40x the largest page in bench/dev (520 kB); beyond it
    # pages are almost always dumps or binary junk. 60 s is ~100x the slowest dev page.
    max_bytes: int = 20_000_000
    max_seconds: float = 60.0
    phrases: tuple[tuple[str, str], ...] = ()  # (family, phrase) added from a rules file
    overrides: tuple[Override, ...] = field(default=())
    shard_bytes: int = 100_000_000
    # The article's headline (classify/title.py): dropped by default, as trafilatura and the
    # gold of extraction benchmarks leave it out of the text (it is the documents' `title`).
    title: str = "drop"
    # Which input files are read (read/discover.py): globs; none means every file that is a page.
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # JSONL/Parquet documents: (role, field name) pairs read before the defaults (read/readers/documents.py)
    record_fields: tuple[tuple[str, str], ...] = ()

    @property
    def any_lang(self) -> bool:
        return "any" in self.langs

    @property
    def auto_lang(self) -> bool:
        """``--lang auto``: each page's own main language is its target (classify/language.py)."""
        return "auto" in self.langs and not self.any_lang

    def drops(self, category: str) -> bool:
        if category == "comments" and self.comments == "keep":
            return False
        if category == "title" and self.title == "keep":
            return False
        return category in CATEGORIES and category not in self.keep

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["keep"] = sorted(self.keep)
        return d

    def digest(self) -> str:
        """Hash of the options that change a page's labels: the key of the pass-one cache.

        The options of ``DECIDE_ONLY`` are left out: they only decide and write (pass two), so
        a re-run that changes only them (an auditor's ``--keep chrome``) reads every page's
        labels from the cache instead of preparing the corpus again."""
        d = self.to_dict()
        for k in DECIDE_ONLY:
            d.pop(k)
        blob = json.dumps(d, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def with_(self, **kw: Any) -> Config:
        return replace(self, **kw)
