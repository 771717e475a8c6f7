"""Dolma attributes: the removed spans of each page, one attribute per category.

An attribute row is ``{"id", "source", "attributes": {"corpusclean__chrome": [[start, end, 1.0], ...]}}``.
Offsets are code points into the page's source text, end-exclusive (the manifest's
start/end), which is what Dolma's documents carry as ``text`` when ``--attributes`` is on.
Every category has a key on every row, empty when nothing was removed, so that readers
infer one schema and Dolma's mixer finds the attribute on every document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import CATEGORIES

#: Dolma names attributes ``<experiment>__<tagger>``-style; ours are ``corpusclean__<category>``.
PREFIX = "corpusclean__"

#: The folder under OUT/attributes/ that Dolma's mixer is pointed at (``attributes: [corpusclean]``).
NAME = "corpusclean"

#: A removal is a decision, not a probability: every span scores 1.0.
SCORE = 1.0


def attribute_name(category: str) -> str:
    return PREFIX + category


def page_spans(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[list[float]]]:
    """Manifest rows of one page to ``{attribute: [[start, end, score], ...]}`` in source order."""
    out: dict[str, list[list[float]]] = {attribute_name(c): [] for c in CATEGORIES}
    for r in sorted(rows, key=lambda r: (r["start"], r["end"])):
        if r["category"] == "error":
            continue
        out.setdefault(attribute_name(r["category"]), []).append([r["start"], r["end"], SCORE])
    return out


def attribute_row(page_id: str, dataset: str, rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """One row of an attributes file; `dataset` is the documents' ``source`` field (Dolma pairs on id+source)."""
    return {"id": page_id, "source": dataset, "attributes": page_spans(rows)}


def apply_spans(text: str, attributes: Mapping[str, Sequence[Sequence[float]]], replacement: str = "") -> str:
    """What Dolma's mixer does with ``span_replacement``: every span cut out of `text`.

    Overlapping spans (two categories over the same text) are merged first.
    """
    spans = sorted((int(s[0]), int(s[1])) for name, v in attributes.items() if name.startswith(PREFIX) for s in v)
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        if end <= pos:
            continue
        start = max(start, pos)
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
