"""Quality floor: word F1 on a fixed sample of bench/dev may not drop more than 0.02.

The sample is every 12th page of gold.jsonl (60 pages, chosen by position, not by score),
scored exactly as bench/quality.py scores (bench/scoring.py). The recorded values are what
this code scored when they were last raised; a change that costs more than `SLACK` word F1
on either track fails here, long before the full benchmark is run. Raise the records when
the method improves (``python -m pytest tests/test_quality_floor.py -s`` prints the scores).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpusclean import clean_page

from .conftest import BENCH, need

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import scoring  # noqa: E402
import systems  # noqa: E402

EVERY = 12
SLACK = 0.02
#: Mean word F1 on the sample, recorded 2026-12-01.
RECORDED = {"text": 0.9402, "html": 0.9460}


def _sample() -> list[systems.Gold]:
    return systems.load_gold(need(BENCH))[::EVERY]


@pytest.mark.parametrize("track", sorted(RECORDED))
def test_word_f1_stays_above_the_floor(track: str) -> None:
    pages = _sample()
    f1s = []
    for g in pages:
        res = clean_page(systems.load_page(BENCH, track, g.id), kind=track, url=g.url, page_id=g.id)
        f1s.append(scoring.word_prf(res.text, g.article).f1)
    mean = sum(f1s) / len(f1s)
    print(f"{track}: mean word F1 {mean:.4f} on {len(pages)} pages (recorded {RECORDED[track]:.4f})")
    assert mean >= RECORDED[track] - SLACK, (
        f"{track} word F1 {mean:.4f} fell more than {SLACK} below the recorded {RECORDED[track]:.4f}")
