"""Shared fixtures: where the user's seeds and the benchmark live, and a one-call cleaner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpusclean import Config, clean_page
from corpusclean.api import CleanResult

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench" / "dev"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    return path


def rows_of(res: CleanResult) -> list[tuple[str, str, str]]:
    """(category, rule, text) of every removed segment."""
    return [(s.category, s.rule, s.text) for s in res.removed]


def clean(text: str, **kw: Any) -> CleanResult:
    return clean_page(text, kind=kw.pop("kind", "text"), config=Config(**kw) if kw else None)


def read_manifest(out: Path) -> list[dict[str, Any]]:
    with open(out / "manifest.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]
