"""The repair gate: a line that `repair._MAY_CHANGE` does not match is one ftfy leaves alone.

The gate stands in for ftfy on 95% of non-ASCII lines, so its claim is checked against the
installed ftfy: its mojibake detector finds nothing on such a line, and `fix_and_explain`
returns the line unchanged with no steps. A newer ftfy that adds a one-character mojibake
pattern fails here before it can change a single page.
"""

from __future__ import annotations

import re

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.read.repair import _CONFIG, _MAY_CHANGE, _fix, repair


def _passes(text: str) -> bool:
    return _MAY_CHANGE.search(text) is None


def _untouched(text: str) -> bool:
    fixed = ftfy.fix_and_explain(text, config=_CONFIG)
    return fixed.text == text and not fixed.explanation


@pytest.mark.parametrize("name", sorted(MOJIBAKE_CATEGORIES))
def test_categories_hold_no_ascii(name: str) -> None:
    """The proof's premise: ftfy's character classes are all non-ASCII."""
    cls = re.compile(f"[{MOJIBAKE_CATEGORIES[name]}]")
    assert [chr(c) for c in range(128) if cls.match(chr(c))] == []


# Every non-ASCII character the detector mentions, and a few it does not.
_SUSPECTS = sorted({c for c in BADNESS_RE.pattern if ord(c) > 127}
                   | {chr(c) for c in range(0x80, 0x250)} | set("’“”–—…•€™°²×√≈‚вЂβāΒΓΞΟВГРСØÙà"))
_CONTEXTS = ("{c}", "a{c}", "{c}a", "a{c} ", " {c} ", "x.{c} ", "!{c}?", "1{c}2", "({c})", "A{c}1")


def test_single_characters_in_ascii_context() -> None:
    checked = 0
    for c in _SUSPECTS:
        for ctx in _CONTEXTS:
            text = ctx.format(c=c)
            if _passes(text):
                checked += 1
                assert not is_bad(text), ascii(text)
                assert _untouched(text), ascii(text)
    assert checked > 1000  # most single suspects pass: the gate is not "always ftfy"


def test_gate_stops_what_ftfy_would_change() -> None:
    for text in ("donâ€™t", "cafÃ© x", "aÃ b", "don\x92t", "a\x1b[31mred", "x\ufeffy", "œ!",
                 "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "РїСЂРёРІРµС‚"):
        assert not _passes(text), ascii(text)
    assert _fix("donâ€™t")[0] == "don’t"


_ALPHABET = st.sampled_from(list("abcXYZ019 .,!?'\"-\t") + _SUSPECTS + list("éüñ’“”–—…€™°ابپژکیНа中文ก"))


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_gate_implies_ftfy_leaves_it(text: str) -> None:
    if _passes(text):
        assert not is_bad(text)
        assert _untouched(text)
        assert _fix(text) == (text, ())


def test_repair_keeps_correct_non_ascii_lines() -> None:
    text = "Don’t miss it — café prices rose 5 °C… “quoted”\nNormal line\n"
    assert repair(text) == (text, [])
