"""Matching phrase rules (rules/*.py) against blocks; compiled once per rule set."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .rules import PhraseRule

_TRIM = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def trim(text: str) -> str:
    """The block without leading/trailing punctuation, bullets and symbols."""
    return _TRIM.sub("", text).strip()


@lru_cache(maxsize=64)
def _compile(rule: PhraseRule) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in rule.patterns)
    if rule.whole:
        return re.compile(rf"^(?:{body})$", re.IGNORECASE)
    # Anywhere-rules match whole words only: "agree" must not fire inside "disagreements".
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def match(rule: PhraseRule, text: str, words: int) -> bool:
    if words > rule.max_words:
        return False
    target = trim(text) if rule.whole else text
    if rule.whole and not target:
        return False
    return _compile(rule).search(target) is not None


def first_match(rules: Sequence[PhraseRule], text: str, words: int) -> PhraseRule | None:
    for rule in rules:
        if match(rule, text, words):
            return rule
    return None


def compile_any(patterns: Iterable[str], whole: bool = False) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^(?:{body})$" if whole else body, re.IGNORECASE)
