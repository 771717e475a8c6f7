"""The report's summary as static HTML: cards, SVG bar charts and tables.

Every value that can come from a page (ids, rules, texts, messages) goes through `_e`
(html.escape with quotes, lone surrogates replaced); nothing here builds markup from it.
"""

from __future__ import annotations

import html
from typing import Any

from ..model import CATEGORIES
from ..output.jsonl import valid_unicode

#: Category order of the report: the colour classes c0..c5 of report.css follow it.
REPORT_CATEGORIES: tuple[str, ...] = (*CATEGORIES, "error")

#: The bar chart of rules shows this many rules (by characters); the table below lists all.
CHART_RULES = 25


def cat_class(category: str) -> str:
    return f"c{REPORT_CATEGORIES.index(category)}" if category in REPORT_CATEGORIES else "cx"


def _e(value: Any) -> str:
    return html.escape(valid_unicode(str(value)), quote=True)


def _n(v: int) -> str:
    return f"{v:,}"


def _pct(v: float) -> str:
    return f"{v * 100:.1f}%"


def bar_chart(rows: list[tuple[str, str, int]], label_width: int = 260, width: int = 720) -> str:
    """Horizontal bars as inline SVG: (label, colour class, value) per row."""
    if not rows:
        return "<p>nothing removed</p>"
    top = max(v for _, _, v in rows) or 1
    h = 22
    span = width - label_width - 110
    out = [f'<svg class="bars" role="img" width="{width}" height="{h * len(rows) + 4}" '
           f'viewBox="0 0 {width} {h * len(rows) + 4}" xmlns="http://www.w3.org/2000/svg">']
    for k, (label, cls, v) in enumerate(rows):
        y = k * h + 2
        w = max(1, round(span * v / top))
        out.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
                   f'<rect class="{cls}" x="{label_width}" y="{y + 3}" width="{w}" height="{h - 8}"><title>'
                   f'{_e(label)}: {_n(v)} chars</title></rect>'
                   f'<text x="{label_width + w + 6}" y="{y + 15}">{_n(v)}</text>')
    out.append("</svg>")
    return "".join(out)


def _table(head: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    th = "".join(f'<th{" class=n" if i in numeric else ""}>{_e(h)}</th>' for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(f'<td class="{"n" if i in numeric else "t"}">{c}</td>' for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _chip(category: str) -> str:
    return f'<span class="chip {cat_class(category)}">{_e(category)}</span>'


def summary_html(s: dict[str, Any], page_index: dict[str, int]) -> str:
    """The summary sections; `page_index` maps page ids to their number in the page browser."""
    pct_removed = s["chars_removed"] / s["chars_in"] if s["chars_in"] else 0.0
    cards = [
        ("pages", _n(s["pages"])), ("errors", _n(s["pages_error"])),
        ("pages with removals", _n(s["pages_with_removals"])), ("chars in", _n(s["chars_in"])),
        ("chars out", _n(s["chars_out"])), ("chars removed", f"{_n(s['chars_removed'])} ({_pct(pct_removed)})"),
        ("removed segments", _n(s["rows"])), ("whitespace & joins", _n(s["chars_reflowed"])),
    ]
    out = ['<section id="summary"><h2>Summary</h2><div class="cards">']
    out += [f'<div class="card"><b>{v}</b><span>{_e(k)}</span></div>' for k, v in cards]
    out.append("</div>")
    checks = s["checks"]
    if checks["matches_stats"]:
        out.append('<p class="ok" id="checks">Manifest totals match stats.json.</p>')
    else:
        items = "".join(f"<li>{_e(p)}</li>" for p in checks["problems"])
        out.append(f'<div class="bad" id="checks">Manifest totals differ from stats.json:<ul>{items}</ul></div>')
    out.append("</section>")

    out.append('<section class="grid" id="charts"><div><h2>Removed characters by category</h2>')
    out.append(bar_chart([(r["category"], cat_class(r["category"]), r["chars"]) for r in s["categories"]]))
    out.append(_table(["category", "rows", "chars", "share of input", "pages"], [
        [_chip(r["category"]), _n(r["rows"]), _n(r["chars"]), _pct(r["share"]), _n(r["pages"])]
        for r in s["categories"]
    ], {1, 2, 3, 4}))
    out.append(f'</div><div><h2>Removed characters by rule (top {CHART_RULES})</h2>')
    out.append(bar_chart([(f"{r['category']}/{r['rule']}", cat_class(r["category"]), r["chars"])
                          for r in s["rules"][:CHART_RULES]]))
    out.append("</div></section>")

    out.append('<section class="grid" id="tables"><div><h2>Removed by rule</h2>')
    out.append(_table(["category", "rule", "rows", "chars", "share of input", "pages"], [
        [_chip(r["category"]), _e(r["rule"]), _n(r["rows"]), _n(r["chars"]), _pct(r["share"]), _n(r["pages"])]
        for r in s["rules"]
    ], {2, 3, 4, 5}))
    out.append("</div><div><h2>Languages</h2>")
    out.append(_table(["language", "blocks", "chars", "removed rows", "removed chars", "removed pages"], [
        [_e(r["lang"]), _n(r["blocks"]), _n(r["chars"]), _n(r["removed_rows"]), _n(r["removed_chars"]),
         _n(r["removed_pages"])] for r in s["languages"]
    ], {1, 2, 3, 4, 5}))
    out.append("<p>Blocks and characters of every block by detected language (stats.json); removed: "
               "manifest rows removed as foreign-language text.</p>")
    if s["errors"]:
        out.append("<h2>Errors</h2>")
        out.append(_table(["error", "pages", "example"], [
            [_e(r["rule"]), _n(r["pages"]),
             "<br>".join(f'{_page_link(x["page"], page_index)}: {_e(x["message"])}' for x in r["examples"])]
            for r in s["errors"]
        ], {1}))
    skipped = s.get("skipped", {})
    if skipped.get("files") or skipped.get("records"):
        out.append("<h2>Read but not pages (skipped and counted)</h2>")
        out.append(_table(["what", "kind", "count"], [
            [what, _e(kind), _n(n)]
            for what in ("files", "records")
            for kind, n in sorted(skipped.get(what, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        ], {2}))
    out.append("</div></section>")

    out.append('<section class="grid" id="top"><div><h2>Pages that lost the largest share</h2>')
    out.append(_table(["page", "share lost", "removed", "kept", "rows", "categories"], [
        [_page_link(r["page"], page_index), _pct(r["share"]), _n(r["removed_chars"]), _n(r["kept_chars"]),
         _n(r["rows"]), "".join(_chip(c) for c in r["categories"])]
        for r in s["top_pages"]
    ], {1, 2, 3, 4}))
    out.append("</div><div><h2>Most frequently removed texts (normalised)</h2>")
    out.append(_table(["text", "rows", "pages", "chars", "removed as"], [
        [_e(_cut(r["text"])), _n(r["rows"]), _n(r["pages"]), _n(r["chars"]),
         "<br>".join(f"{_e(k)} ({_n(v)})" for k, v in r["reasons"].items())]
        for r in s["top_texts"]
    ], {1, 2, 3}))
    out.append("</div></section>")
    return "\n".join(out)


def _cut(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _page_link(page: str, page_index: dict[str, int]) -> str:
    i = page_index.get(valid_unicode(page))
    if i is None:
        return _e(page)
    return f'<button type="button" class="link" data-i="{i}">{_e(page)}</button>'
