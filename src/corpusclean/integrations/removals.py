"""What a document carries about its removals, the same in every integration."""

from __future__ import annotations

from typing import Any

from ..api import CleanResult
from ..model import CATEGORIES

#: How removals are recorded on a document: "spans" (Dolma-style [start, end, category, rule]
#: over the source text), "rows" (the manifest rows, with the removed text), or "none".
REMOVALS = ("spans", "rows", "none")


def removed_chars(res: CleanResult) -> dict[str, int]:
    """Removed characters per category, every category present (a fixed schema for writers)."""
    out = dict.fromkeys(CATEGORIES, 0)
    for s in res.removed:
        out[s.category] += len(s.text)
    out.pop("error", None)
    return out


def removals(res: CleanResult, how: str) -> list[Any]:
    if how == "spans":
        return [[s.start, s.end, s.category, s.rule] for s in res.removed]
    if how == "rows":
        return [{k: v for k, v in row.items() if k != "page"} for row in res.manifest]
    return []
