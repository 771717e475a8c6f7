"""What a run removed, computed from its manifest and stats.json: the data behind `report`.

Every count of removals (rows, characters, pages) is computed from the manifest, one row at a
time; page and character totals and block languages come from stats.json. ``checks`` compares
the two sources, so a report whose numbers disagree with stats.json says so.

A page's *share lost* is removed / (removed + kept) characters: removed from its manifest
rows, kept from its clean text. (stats.json's chars_in also counts the whitespace between
blocks, which belongs to neither, so it is not used per page.)
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..output.runfiles import Run, iter_manifest, kept_text_reader

#: Removed texts are compared on this many normalised characters: enough to tell boilerplate
#: lines apart, bounded so the counter stays small on a run whose removals are long threads.
TEXT_KEY_CHARS = 200

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form removed texts are counted in: NFKC, case-folded, digit runs as '#', spaces collapsed.

    >>> normalise("  Comments (12)\\n\\nReply ")
    'comments (#) reply'
    """
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _DIGITS.sub("#", t)
    return _SPACE.sub(" ", t).strip()[:TEXT_KEY_CHARS]


def visible(text: str) -> bool:
    """Whether text has a character that shows (not a space, control or format character)."""
    return any(unicodedata.category(c)[0] not in "ZC" for c in text)


def share(part: int, whole: int) -> float:
    return round(part / whole, 6) if whole else 0.0


@dataclass(slots=True)
class _Tally:
    rows: int = 0
    chars: int = 0
    pages: set[str] = field(default_factory=set)

    def add(self, page: str, chars: int) -> None:
        self.rows += 1
        self.chars += chars
        self.pages.add(page)


@dataclass(slots=True)
class _Text:
    rows: int = 0
    chars: int = 0
    pages: int = 0
    last_page: str = ""
    example: str = ""
    reasons: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class _PageLoss:
    rows: int = 0
    chars: int = 0
    categories: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class Tallies:
    """Everything counted in one pass over the manifest."""

    categories: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    rules: dict[tuple[str, str], _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    langs: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    errors: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    pages: dict[str, _PageLoss] = field(default_factory=lambda: defaultdict(_PageLoss))
    texts: dict[str, _Text] = field(default_factory=lambda: defaultdict(_Text))

    def add(self, r: dict[str, Any]) -> None:
        page, cat, rule = r["page"], r["category"], r["rule"]
        if cat == "error":
            self.errors[rule].append((page, r.get("message", "")))
            return
        n = len(r["text"])
        self.categories[cat].add(page, n)
        self.rules[(cat, rule)].add(page, n)
        if r.get("lang"):
            self.langs[r["lang"]].add(page, n)
        loss = self.pages[page]
        loss.rows += 1
        loss.chars += n
        loss.categories[cat] += n
        t = self.texts[normalise(r["text"])]
        t.rows += 1
        t.chars += n
        t.reasons[f"{cat}/{rule}"] += 1
        if t.last_page != page:  # a page's rows are written together, so this counts pages
            t.pages += 1
            t.last_page = page
        if not t.example:
            t.example = r["text"][:TEXT_KEY_CHARS]


def tally(rows: Iterable[dict[str, Any]]) -> Tallies:
    t = Tallies()
    for r in rows:
        t.add(r)
    return t


def summarise(run: Run, top: int = 20, kept: Callable[[str], str | None] | None = None,
              tallies: Tallies | None = None) -> dict[str, Any]:
    """The report's data (the same dict `report --json` prints). See the module docstring."""
    st = run.stats
    t = tallies if tallies is not None else tally(iter_manifest(run.out))
    chars_in = int(st.get("chars_in", 0))
    removed = sum(x.chars for x in t.categories.values())
    categories = [
        {"category": c, "rows": x.rows, "chars": x.chars, "share": share(x.chars, chars_in), "pages": len(x.pages)}
        for c, x in sorted(t.categories.items(), key=lambda kv: (-kv[1].chars, kv[0]))
    ]
    rules = [
        {"category": c, "rule": r, "rows": x.rows, "chars": x.chars, "share": share(x.chars, chars_in),
         "pages": len(x.pages)}
        for (c, r), x in sorted(t.rules.items(), key=lambda kv: (-kv[1].chars, kv[0]))
    ]
    stat_langs: dict[str, dict[str, int]] = st.get("languages", {})
    languages = []
    for lang in sorted(set(stat_langs) | set(t.langs), key=lambda k: (-stat_langs.get(k, {}).get("chars", 0), k)):
        x = t.langs.get(lang, _Tally())
        languages.append({
            "lang": lang, "blocks": stat_langs.get(lang, {}).get("blocks", 0),
            "chars": stat_langs.get(lang, {}).get("chars", 0),
            "removed_rows": x.rows, "removed_chars": x.chars, "removed_pages": len(x.pages),
        })
    errors = [
        {"rule": rule, "pages": len(items), "examples": [{"page": p, "message": m} for p, m in items[:3]]}
        for rule, items in sorted(t.errors.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return {
        "out": str(run.out), "input": str(run.raw),
        "pages": st.get("pages", 0), "pages_error": st.get("pages_error", 0),
        "pages_with_removals": len(t.pages),
        "pages_same_text_as_another": st.get("pages_same_text_as_another", 0),
        "chars_in": chars_in, "chars_out": st.get("chars_out", 0), "chars_removed": removed,
        # chars_in - chars_out - chars_removed: whitespace between blocks and joined line breaks
        "chars_reflowed": chars_in - st.get("chars_out", 0) - removed,
        "rows": sum(x.rows for x in t.categories.values()),
        "categories": categories, "rules": rules, "languages": languages, "errors": errors,
        # what the run read but did not clean: files that are no pages, and records of
        # archives and document files that are none (WARC requests, revisits, images, ...).
        # In a crawl they are most of the input; a summary without them could not say why
        # 40,000 records made 12,000 pages.
        "skipped": {"files": dict(sorted(st.get("skipped", {}).items())),
                    "records": dict(sorted(st.get("skipped_records", {}).items()))},
        "top_pages": top_pages(t, kept if kept is not None else kept_text_reader(run), top),
        "top_texts": top_texts(t, top),
        "checks": check_against_stats(t, st),
    }


def top_pages(t: Tallies, kept: Callable[[str], str | None], n: int) -> list[dict[str, Any]]:
    """The n pages that lost the largest share of their characters (ties: most characters removed)."""
    scored = []
    for page, loss in t.pages.items():
        text = kept(page)
        k = len(text) if text is not None else 0
        scored.append((share(loss.chars, loss.chars + k), loss.chars, page, k, loss))
    best = heapq.nsmallest(n, scored, key=lambda s: (-s[0], -s[1], s[2]))
    return [
        {"page": page, "share": sh, "removed_chars": rc, "kept_chars": k, "rows": loss.rows,
         "categories": dict(loss.categories.most_common())}
        for sh, rc, page, k, loss in best
    ]


def top_texts(t: Tallies, n: int) -> list[dict[str, Any]]:
    """The n most frequently removed texts (by rows, then characters), normalised (see normalise)."""
    # a text with nothing visible (whitespace, zero-width joiners) says nothing to a reader
    texts = ((key, x) for key, x in t.texts.items() if visible(key))
    best = heapq.nsmallest(n, texts, key=lambda kv: (-kv[1].rows, -kv[1].chars, kv[0]))
    return [
        {"text": key, "example": x.example, "rows": x.rows, "chars": x.chars, "pages": x.pages,
         "reasons": dict(x.reasons.most_common())}
        for key, x in best
    ]


def check_against_stats(t: Tallies, st: dict[str, Any]) -> dict[str, Any]:
    """Manifest-derived counts against stats.json: rows and characters per category and rule, errors."""
    problems: list[str] = []
    removed: dict[str, Any] = st.get("removed", {})
    for cat in sorted(set(removed) | set(t.categories)):
        want = removed.get(cat, {"rows": 0, "chars": 0, "rules": {}})
        got = t.categories.get(cat, _Tally())
        if (got.rows, got.chars) != (want["rows"], want["chars"]):
            problems.append(f"{cat}: manifest has {got.rows} rows / {got.chars} chars, "
                            f"stats.json {want['rows']} / {want['chars']}")
        for rule in sorted(set(want.get("rules", {})) | {r for c, r in t.rules if c == cat}):
            w = want.get("rules", {}).get(rule, {"rows": 0, "chars": 0})
            g = t.rules.get((cat, rule), _Tally())
            if (g.rows, g.chars) != (w["rows"], w["chars"]):
                problems.append(f"{cat}/{rule}: manifest has {g.rows} rows / {g.chars} chars, "
                                f"stats.json {w['rows']} / {w['chars']}")
    errors = sum(len(v) for v in t.errors.values())
    if errors != st.get("pages_error", 0):
        problems.append(f"manifest has {errors} error rows, stats.json {st.get('pages_error', 0)} error pages")
    return {"matches_stats": not problems, "problems": problems}
