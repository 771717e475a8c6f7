"""A decided page rendered to what the writers need: clean text, manifest rows, metadata."""

from __future__ import annotations

from typing import Any

from ..config import Config
from ..model import Page


def manifest_rows(page: Page) -> list[dict[str, Any]]:
    if page.error is not None:
        return [{
            "page": page.id, "start": 0, "end": 0, "category": "error",
            "rule": page.metadata.get("error_code", "unreadable_page"),
            "text": "", "lang": None, "message": page.error,
        }]
    rows = []
    for s in page.removed():
        row: dict[str, Any] = {
            "page": page.id, "start": s.start, "end": s.end, "category": s.category,
            "rule": s.rule, "text": s.text, "lang": s.lang,
        }
        if s.detail:
            row["detail"] = s.detail
        rows.append(row)
    return rows


def repair_rows(page: Page) -> list[dict[str, Any]]:
    return [
        {"page": page.id, "line": r.line, "start": r.start, "before": r.before,
         "after": r.after, "steps": [list(s) for s in r.steps]}
        for r in page.repairs
    ]


def comment_texts(page: Page) -> list[str]:
    """The comments of the page's thread, one per paragraph (for --comments separate)."""
    return [
        b.text for b in page.blocks
        if any(lb.rule in ("comment_thread", "comment_section") for lb in b.labels)
        and not any(lb.category == "chrome" for lb in b.labels)
    ]


def render(page: Page, config: Config) -> dict[str, Any]:
    text = page.kept_text() if page.error is None else ""
    rows = manifest_rows(page)
    removed_by_cat: dict[str, int] = {}
    for r in rows:
        if r["category"] != "error":
            removed_by_cat[r["category"]] = removed_by_cat.get(r["category"], 0) + len(r["text"])
    meta = dict(page.metadata)
    meta.update({
        "url": page.url, "site": page.site, "kind": page.kind, "encoding": page.encoding,
        "chars_in": len(page.source), "chars_out": len(text), "removed_chars": removed_by_cat,
        "repairs": len(page.repairs),
    })
    if page.error is not None:
        meta["error"] = page.error
    rec = {
        "page": page.id,
        "text": text,
        "rows": rows,
        "repairs": repair_rows(page),
        "comments": comment_texts(page) if config.comments == "separate" and page.error is None else [],
        "metadata": meta,
        "stats": dict(page.stats),
        "error": page.error,
    }
    if config.attributes and page.error is None:
        rec["source"] = page.source  # Dolma documents carry the source; the attribute spans index it
    return rec
