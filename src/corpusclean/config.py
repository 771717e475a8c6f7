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


class ConfigError(ValueError):
    """An option `Config` cannot take; `field` names it (the CLI says which option it was)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


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

    def __post_init__(self) -> None:
        """Check and normalize what the API was given, as the CLI does for its options: a
        target language no detector reports ("xx", "eng") made every block foreign and
        removed it, a bare string for a tuple ("en") was read letter by letter, and an
        unknown mode or format wrote nothing, all without a word. Raises ValueError."""
        from .lang.backends import DETECTORS

        if self.lang_detector not in DETECTORS:
            raise ConfigError("lang_detector", f"lang_detector {self.lang_detector!r}: choose from {', '.join(DETECTORS)}")
        set_ = object.__setattr__  # frozen: normalized values are set once, here
        try:
            set_(self, "langs", resolve_langs(_items(self.langs), self.lang_detector))
        except ValueError as e:
            raise ConfigError("langs", str(e)) from None
        set_(self, "formats", _items(self.formats))
        set_(self, "keep", frozenset(_items(self.keep)))
        for name, value, allowed in (("comments", self.comments, COMMENT_MODES), ("title", self.title, TITLE_MODES)):
            if value not in allowed:
                raise ConfigError(name, f"{name} {value!r}: choose from {', '.join(allowed)}")
        if not self.formats or set(self.formats) - set(FORMATS):
            bad = ", ".join(sorted(set(self.formats) - set(FORMATS))) or "none given"
            raise ConfigError("formats", f"formats {self.formats!r}: unknown format {bad}; "
                                         f"choose one or more of {', '.join(FORMATS)}")
        if self.keep - set(CATEGORIES):
            bad = self.keep - set(CATEGORIES)
            raise ConfigError("keep", f"keep {sorted(self.keep)!r}: unknown categor{'y' if len(bad) == 1 else 'ies'} "
                                      f"{', '.join(sorted(bad))}; choose from {', '.join(CATEGORIES)}")
        for name in ("max_bytes", "max_seconds", "site_min_pages", "shard_bytes"):
            if not getattr(self, name) > 0:
                raise ConfigError(name, f"{name} must be above 0, not {getattr(self, name)!r}")
        if not 0 <= self.site_min_share <= 1:
            raise ConfigError("site_min_share", f"site_min_share is a share, 0 to 1, not {self.site_min_share!r}")

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


#: Target-language values that are not language codes.
LANG_WORDS = ("any", "auto")


def _items(value: Any) -> tuple[str, ...]:
    """A tuple of options from a tuple, a list, a set or one comma-separated string."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(str(v).strip() for v in items if str(v).strip())


def resolve_langs(values: tuple[str, ...], detector: str) -> tuple[str, ...]:
    """Target languages as codes ``detector`` reports, sorted ('en-US' -> 'en'), with 'any'
    and 'auto'; ("en",) when none. ValueError for a code it cannot report: with it every
    block would be foreign and removed."""
    from .lang.backends import DETECTORS
    from .lang.detect import known_langs, parse_lang

    langs: set[str] = set()
    for v in values:
        code = v.lower() if v.lower() in LANG_WORDS else parse_lang(v, detector)
        if code is None:
            others = [d for d in DETECTORS if d != detector and parse_lang(v, d) is not None]
            hint = f" ({' and '.join(f'--lang-detector {d}' for d in others)} knows it)" if others else ""
            raise ValueError(
                f"{v!r} is not a language code {detector} knows{hint}; use an ISO 639-1 code "
                f"({', '.join(sorted(c for c in known_langs(detector) if len(c) == 2))}), "
                "'any' (keep every language) or 'auto' (each page's own language)")
        langs.add(code)
    if "any" in langs and len(langs) > 1:
        # 'any' keeps every language: a code beside it would read as a target it ignores.
        others = ", ".join(sorted(langs - {"any"}))
        raise ValueError(f"'any' keeps every language and cannot go with {others}; give 'any' alone, "
                         "or the target codes without it")
    return tuple(sorted(langs)) or ("en",)
