"""One page as the run saw it: its source text, kept parts plain, removed parts marked with their rule.

The source is recomputed from the raw input (see sources.py). When that is impossible (the
input moved or changed since the run) the removed segments are shown on their own.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text

from ..output.runfiles import NotARunError, Run, iter_manifest, read_pages
from .safe import terminal_text
from .sources import SourceUnavailable, find_raw_page, quotes_source, source_text
from .tables import CATEGORY_STYLES


class UnknownPage(Exception):
    """The page is neither in the manifest nor in the input; the message suggests close names."""


@dataclass(slots=True)
class PageView:
    page: str
    rows: list[dict[str, Any]]  # removal rows by start offset (error rows apart)
    source: str | None  # None when it cannot be recomputed: `note` says why
    note: str = ""
    errors: list[dict[str, Any]] = field(default_factory=list)  # error rows: the page could not be read
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Filter:
    """Which removals to mark: all when both are empty."""

    categories: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()

    def marks(self, row: dict[str, Any]) -> bool:
        return ((not self.categories or row["category"] in self.categories)
                and (not self.rules or row["rule"] in self.rules))


def load_page(run: Run, page: str) -> PageView:
    try:
        pages: dict[str, dict[str, Any]] | None = read_pages(run.out)
    except NotARunError:  # an output without pages.jsonl: the manifest alone names the pages
        pages = None
    if pages is not None and page not in pages:
        # a name typed composed or decomposed ("é" or e + U+0301) looks the same as the page's,
        # whichever form its file name has (macOS writes names decomposed)
        same = [f for f in (unicodedata.normalize(form, page) for form in ("NFC", "NFD")) if f in pages]
        page = same[0] if same else _resolve(page, pages, run)
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    known: set[str] = set()
    for r in iter_manifest(run.out):
        if r["page"] == page:
            (errors if r["category"] == "error" else rows).append(r)
        elif len(known) < 100_000:
            known.add(r["page"])
    rows.sort(key=lambda r: (r["start"], r["end"]))
    view = PageView(page, rows, None, errors=errors)
    if errors:
        view.note = "the page could not be cleaned: " + "; ".join(e.get("message", e["rule"]) for e in errors)
        return view
    try:
        raw = find_raw_page(run.raw, run.out, run.config, page)
    except SourceUnavailable as e:
        if not rows:
            raise UnknownPage(_unknown(page, known, run)) from None
        view.note = f"{e}; showing the removed segments only (--raw DIR: where the input is now)"
        return view
    view.url = raw.url
    try:
        source = source_text(raw, run.config)
    except SourceUnavailable as e:
        view.note = f"{e}; showing the removed segments only"
        return view
    if not quotes_source(source, rows):
        view.note = "the input changed since the run (the manifest no longer quotes it); showing the removed segments only"
        return view
    view.source = source
    return view


def _resolve(page: str, pages: dict[str, dict[str, Any]], run: Run) -> str:
    """The page id that ``page`` names when it is not one, else UnknownPage saying what it is.

    Pages inside archives and document files are named ``FILE/RECORD``, which a user cannot
    guess: they name the record by its URL (a WARC record), by the input's own id for it (a
    document's ``id``, a WARC-Record-ID: the ``id`` of the output documents), or name the
    file itself.
    """
    for key, what in (("url", "URL"), ("id", "id")):
        if key == "url" and "://" not in page:  # a page id never holds "//": a URL does
            continue
        ids = [p for p, r in pages.items() if r.get(key) == page]
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise UnknownPage(f"{len(ids):,} pages of the run have the {what} {page}; name one: "
                              + ", ".join(repr(i) for i in ids[:5]) + (", ..." if len(ids) > 5 else ""))
    inside = [p for p in pages if p.startswith(page.rstrip("/") + "/")]
    if inside:
        raise UnknownPage(f"{page!r} is an input file of {len(inside):,} pages, not a page; name one of them as "
                          f"FILE/RECORD, e.g. {', '.join(repr(i) for i in inside[:3])}")
    ends = [p for p in pages if p.endswith("/" + page)][:3]
    raise UnknownPage(_unknown(page, set(pages), run, ends))


def _unknown(page: str, known: set[str], run: Run, near: list[str] | None = None) -> str:
    near = near or difflib.get_close_matches(page, sorted(known), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
    return f"page {page!r} is not in the manifest of {run.out} nor in the input folder {run.raw}{hint}"


def split_source(source: str, rows: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """The source cut at the removal rows (sorted by start): (text, row, or None for kept text)."""
    pos = 0
    for r in rows:
        if r["start"] > pos:
            yield source[pos : r["start"]], None
        yield source[r["start"] : r["end"]], r
        pos = max(pos, r["end"])
    if pos < len(source):
        yield source[pos:], None


def pieces(view: PageView) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """(text, removal row or None for kept text) in page order."""
    if view.source is None:
        for r in view.rows:
            yield r["text"], r
        return
    yield from split_source(view.source, view.rows)


def _tag(r: dict[str, Any]) -> str:
    lang = f" {r['lang']}" if r.get("lang") else ""
    return f"[{r['category']}/{r['rule']}{lang}]"


# A removal the filter does not ask for is still shown as removed, never as kept text:
# struck through and dim on a terminal, between {- and -} in plain output.
_OTHER_STYLE = "dim strike"
_OTHER = "as removed but not marked: {-text-}, struck through in colour"


def _header(view: PageView, flt: Filter) -> str:
    marked = sum(1 for r in view.rows if flt.marks(r))
    chars = sum(len(r["text"]) for r in view.rows if flt.marks(r))
    lines = [f"page {view.page}" + (f" ({view.url})" if view.url else "")]
    lines.append(f"{len(view.rows)} removed segments, {marked} marked ({chars:,} chars)")
    if marked < len(view.rows):
        lines.append(f"the other {len(view.rows) - marked} removed segments are shown {_OTHER}")
    if view.note:
        lines.append(f"note: {view.note}")
    return terminal_text("\n".join(lines))


def render_rich(view: PageView, flt: Filter) -> Text:
    """Kept text plain; each marked removal coloured by category after a dim [category/rule] tag."""
    out = Text()
    out.append(_header(view, flt) + "\n", style="bold")
    legend = Text("legend: ")
    for c, style in CATEGORY_STYLES.items():
        legend.append(f" {c} ", style=style).append(" ")
    out.append_text(legend).append("\n\n")
    gap = "\n…\n" if view.source is None else ""
    for text, r in pieces(view):
        t = terminal_text(text)
        if r is None:
            out.append(t)
            continue
        if not flt.marks(r):
            out.append(t, style=_OTHER_STYLE)  # removed, but not what the filter asks for
            out.append(gap)
            continue
        out.append(_tag(r), style="dim")
        out.append(t, style=CATEGORY_STYLES.get(r["category"], "reverse"))
        out.append(gap)
    return out


def render_plain(view: PageView, flt: Filter) -> str:
    """For pipes and files: each marked removal as [-category/rule: text-], the others as {-text-}."""
    parts = [_header(view, flt), "\n\n"]
    gap = "\n…\n" if view.source is None else ""
    for text, r in pieces(view):
        t = terminal_text(text)
        if r is None:
            parts.append(t)
        elif not flt.marks(r):
            parts.append(f"{{-{t}-}}{gap}")
        else:
            parts.append(f"[-{_tag(r)[1:-1]}: {t}-]{gap}")
    text = "".join(parts)
    return text if text.endswith("\n") else text + "\n"


def check_filter(values: Collection[str], known: Collection[str], what: str) -> None:
    bad = sorted(set(values) - set(known))
    if bad:
        raise ValueError(f"unknown {what} {', '.join(bad)}; choose from {', '.join(sorted(known))}")
