"""Shared fixtures: where the user's seeds and the benchmark live, and a one-call cleaner."""

from __future__ import annotations

import json
import multiprocessing
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from corpusclean import Config, clean_page
from corpusclean.api import CleanResult

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench" / "dev"

#: Whether worker processes are forked: only then do monkeypatched crashes reach them.
FORK = multiprocessing.get_start_method() == "fork"


@pytest.fixture(autouse=True, scope="session")
def _model_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the decompressed language model (lang/model_cache.py) out of the user's cache
    folder: this session's CLI runs and workers share one under pytest's temporary folder."""
    os.environ["CORPUSCLEAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("model-cache"))


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


def output_tree(out: Path) -> dict[str, bytes]:
    """Every output file's bytes by relative path: what two runs must agree on byte for byte.
    Without the state folder (.corpusclean) and run.json, which records the command line,
    the input path and timings on purpose."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".corpusclean" not in p.relative_to(out).parts and p.name != "run.json"}


T = TypeVar("T")


def traced_peak(fn: Callable[[], T]) -> tuple[T, int]:
    """fn's result, and the peak of the memory Python allocated while it ran (tracemalloc)."""
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
