"""The summary as rich tables for the terminal. All scraped text goes through `one_line`."""

from __future__ import annotations

from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from .safe import one_line

#: One colour per category, shared by `show` (rich styles); the HTML report has its own CSS.
CATEGORY_STYLES: dict[str, str] = {
    "chrome": "black on cyan",
    "donation": "black on yellow",
    "comments": "black on magenta",
    "duplicate": "black on bright_blue",
    "language": "black on green",
    "title": "black on white",
    "error": "white on red",
}


def _s(text: str, width: int = 80) -> Text:
    """Scraped text as a Text: never parsed as rich markup, controls escaped, one line."""
    return Text(one_line(text, width))


class _Name:
    """A page id cut in the middle to fit its column: ``crawl.warc.gz/ex…/story-12.html``.

    Pages inside an archive or a document file share a long prefix (the file's path): cut at
    the end, as other text columns are, every row read ``crawl.warc.gz/example.co…`` and no
    page could be told apart or copied into ``show``. The start and the end say which.
    """

    def __init__(self, text: str) -> None:
        self.plain = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(5, len(self.plain)), len(self.plain))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text, width = self.plain, options.max_width
        if len(text) > width:
            tail = (width - 1) // 2
            text = text[: width - 1 - tail] + "…" + (text[-tail:] if tail else "")
        yield Text(text, no_wrap=True, overflow="ellipsis")


def _name(text: str) -> _Name:
    return _Name(one_line(text, 1000))


def _n(v: int) -> str:
    return f"{v:,}"


def _pct(v: float) -> str:
    return f"{v * 100:.1f}%"


#: Columns of names and texts: they take what room is left and are cut with an ellipsis.
TEXT_COLUMNS = ("category", "rule", "page", "text", "lang", "reasons", "example", "categories", "what", "kind")


def _table(title: str | Text, *columns: str) -> Table:
    """A table that fits the terminal (80 columns too): numbers are never wrapped or cut, and
    names and texts are cut to one line with an ellipsis. Headers of number columns may wrap."""
    t = Table(title=Text(title) if isinstance(title, str) else title, title_justify="left", title_style="bold",
              header_style="bold", pad_edge=False, collapse_padding=True)
    for c in columns:
        if c in TEXT_COLUMNS:
            t.add_column(c, justify="left", overflow="ellipsis", no_wrap=True)
        else:  # a header of several words goes on several lines, so it does not widen the column
            t.add_column(c.replace(" ", "\n"), justify="right", no_wrap=True)
    return t


def _cell_width(c: Any) -> int:
    return len(c.plain if isinstance(c, Text | _Name) else str(c))


def _fit(t: Table, width: int) -> Table:
    """The table in ``width`` columns: number columns as wide as their widest cell, never cut;
    the text columns share what is left, each cut to one line with an ellipsis."""
    numbers = [c for c in t.columns if c.header not in TEXT_COLUMNS]
    texts = [c for c in t.columns if c.header in TEXT_COLUMNS]
    for col in numbers:
        col.min_width = max([len(max(str(col.header).split("\n"), key=len))] + [_cell_width(c) for c in col.cells])
    # borders: one rule per column plus one, and one space of padding per column
    left = width - sum(c.min_width or 0 for c in numbers) - 2 * len(t.columns) - 1
    # + 1: a column's width holds its padding. Narrow columns first get all they need; the
    # widest share what remains equally.
    natural = sorted(((max([len(str(c.header))] + [_cell_width(x) for x in c.cells]) + 1, k)
                      for k, c in enumerate(texts)))
    for i, (n, k) in enumerate(natural):
        texts[k].max_width = max(5, min(n, left // (len(natural) - i)))
        left -= texts[k].max_width
    return t


def _cat(c: str) -> Text:
    return Text(c, style=CATEGORY_STYLES.get(c, ""))


def render_summary(s: dict[str, Any]) -> list[RenderableType]:
    out: list[RenderableType] = []
    # one row per figure: seven numbers side by side do not fit 80 columns
    head = _table(f"Run {one_line(s['out'])} (input {one_line(s['input'])})", "what", "count")
    removed = f"{_n(s['chars_removed'])} ({_pct(s['chars_removed'] / s['chars_in'] if s['chars_in'] else 0)})"
    for what, value in (("pages", _n(s["pages"])), ("errors", _n(s["pages_error"])),
                        ("pages with removals", _n(s["pages_with_removals"])), ("chars in", _n(s["chars_in"])),
                        ("chars out", _n(s["chars_out"])), ("chars removed", removed),
                        ("whitespace and joined lines", _n(s["chars_reflowed"]))):
        head.add_row(what, value)
    out.append(head)

    cats = _table("Removed by category", "category", "rows", "chars", "share of input", "pages")
    for r in s["categories"]:
        cats.add_row(_cat(r["category"]), _n(r["rows"]), _n(r["chars"]), _pct(r["share"]), _n(r["pages"]))
    cats.add_row(Text("total", style="bold"), _n(s["rows"]), _n(s["chars_removed"]),
                 _pct(s["chars_removed"] / s["chars_in"] if s["chars_in"] else 0), _n(s["pages_with_removals"]))
    out.append(cats)

    rules = _table("Removed by rule", "category", "rule", "rows", "chars", "share of input", "pages")
    for r in s["rules"]:
        rules.add_row(_cat(r["category"]), _s(r["rule"]), _n(r["rows"]), _n(r["chars"]), _pct(r["share"]),
                      _n(r["pages"]))
    out.append(rules)

    langs = _table("Languages (blocks: stats.json; removed: manifest rows with a language)",
                   "lang", "blocks", "chars", "removed rows", "removed chars", "removed pages")
    for r in s["languages"]:
        langs.add_row(_s(r["lang"]), _n(r["blocks"]), _n(r["chars"]), _n(r["removed_rows"]),
                      _n(r["removed_chars"]), _n(r["removed_pages"]))
    out.append(langs)

    if s["errors"]:
        errs = _table("Errors", "rule", "pages", "example")
        for r in s["errors"]:
            ex = r["examples"][0] if r["examples"] else {"page": "", "message": ""}
            errs.add_row(_s(r["rule"]), _n(r["pages"]), _s(f"{ex['page']}: {ex['message']}", 100))
        out.append(errs)

    skipped = s.get("skipped", {})
    if skipped.get("files") or skipped.get("records"):
        skips = _table("Read but not pages (skipped and counted)", "what", "kind", "count")
        for what, counts in (("files", skipped.get("files", {})), ("records", skipped.get("records", {}))):
            for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                skips.add_row(what, _s(kind), _n(n))
        out.append(skips)

    pages = _table("Pages that lost the largest share", "page", "share lost", "removed", "kept", "rows", "categories")
    for r in s["top_pages"]:
        pages.add_row(_name(r["page"]), _pct(r["share"]), _n(r["removed_chars"]), _n(r["kept_chars"]),
                      _n(r["rows"]), Text(", ".join(r["categories"])))
    out.append(pages)

    texts = _table("Most frequently removed texts (normalised)", "text", "rows", "pages", "chars", "reasons")
    for r in s["top_texts"]:
        texts.add_row(_s(r["text"], 70), _n(r["rows"]), _n(r["pages"]), _n(r["chars"]),
                      _s(", ".join(r["reasons"]), 40))
    out.append(texts)

    checks = s["checks"]
    if checks["matches_stats"]:
        out.append(Text("manifest totals match stats.json", style="green"))
    else:
        out.append(Text("manifest totals DIFFER from stats.json:\n" + "\n".join(one_line(p, 200)
                                                                               for p in checks["problems"]),
                        style="bold red"))
    return out


def print_summary(s: dict[str, Any], console: Console) -> None:
    width = console.width
    console.print(Group(*(_fit(r, width) if isinstance(r, Table) else r for r in render_summary(s))))
