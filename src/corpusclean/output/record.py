"""A decided page rendered to what the writers need: clean text, manifest rows, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..model import Origin, Page


def manifest_rows(page: Page) -> list[dict[str, Any]]:
    if page.error is not None:
        return [{
            "page": page.id, "start": 0, "end": 0, "category": "error",
            "rule": page.error_code or "unreadable_page",
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
        if b.has_rule("comment_thread", "comment_section") and not b.has("chrome")
    ]


#: What a page's metadata holds (README, "Python API"): what the page declared, when it did,
#: its language, why part of trafilatura's text could not be aligned (``extract_unaligned``,
#: HTML), and what the run measured. Stage hand-offs kept in ``page.metadata`` stay out.
DECLARED = ("title", "author", "date", "sitename", "lang", "extract_unaligned")


@dataclass(slots=True)
class Rendered:
    """A decided page as the writers take it (run/writer.py, output/corpus_formats.py)."""

    page: str  # the page id
    text: str  # the clean text ("" for an error page)
    rows: list[dict[str, Any]]  # manifest rows
    repairs: list[dict[str, Any]]  # repairs.jsonl rows
    comments: list[str]  # the comment thread, with --comments separate
    metadata: dict[str, Any]
    stats: dict[str, int]  # the page's counters, summed into stats.json
    error: str | None = None
    error_code: str | None = None
    source: str | None = None  # with --attributes: Dolma documents carry the source the spans index
    duplicate_of: str | None = field(default=None)  # set by the writer: the first page with this text
    origin: Origin = field(default_factory=Origin)  # what the input said of the page (its document's fields)


def render(page: Page, config: Config) -> Rendered:
    text = page.kept_text() if page.error is None else ""
    rows = manifest_rows(page)
    removed_by_cat: dict[str, int] = {}
    for r in rows:
        if r["category"] != "error":
            removed_by_cat[r["category"]] = removed_by_cat.get(r["category"], 0) + len(r["text"])
    meta = {k: page.metadata[k] for k in DECLARED if page.metadata.get(k)}
    meta.update({
        "url": page.url, "site": page.site, "kind": page.kind, "encoding": page.encoding,
        "chars_in": len(page.source), "chars_out": len(text), "removed_chars": removed_by_cat,
        "repairs": len(page.repairs),
    })
    if page.error is not None:
        meta["error"] = page.error
    return Rendered(
        page=page.id, text=text, rows=rows, repairs=repair_rows(page),
        comments=comment_texts(page) if config.comments == "separate" and page.error is None else [],
        metadata=meta, stats=dict(page.stats), error=page.error,
        error_code=rows[0]["rule"] if page.error is not None else None,
        source=page.source if config.attributes and page.error is None else None, origin=page.origin)
