"""Matching phrase rules (rules/*.py) against blocks, all rules of a set in one regex pass."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .prefilter import Prefilter, requirements
from .rules import PhraseRule

_TRIM = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def trim(text: str) -> str:
    """The block without leading/trailing punctuation, bullets and symbols."""
    return _TRIM.sub("", text).strip()


def _body(rule: PhraseRule) -> str:
    return "|".join(f"(?:{p})" for p in rule.patterns)


@lru_cache(maxsize=64)
def _compile(rule: PhraseRule) -> re.Pattern[str]:
    return _compile_one(_body(rule), rule.whole)


def _compile_one(body: str, whole: bool) -> re.Pattern[str]:
    if whole:
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


class RuleSet:
    """An ordered rule list; `first` names the first rule, in list order, that matches.

    A block is tried only against the rules whose `max_words` admit it, and of those only
    against the ones whose required strings it holds (prefilter.py): most blocks need no
    regex at all, and a long paragraph is not scanned by every short-line rule.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self.max_words = max((r.max_words for r in rules), default=0)
        # One item per pattern, in rule order: a block is tried on the patterns it may match,
        # each alone, so one rule's pattern without requirements does not drag its others.
        self.items = [(r, _compile_one(p, r.whole)) for r in self.rules for p in r.patterns]
        self.prefilter = Prefilter([requirements(p) for r in self.rules for p in r.patterns])

    def first(self, text: str, words: int, folded: str | None = None) -> PhraseRule | None:
        if words > self.max_words:
            return None
        trimmed: str | None = None
        for i in self.prefilter.candidates(text, folded):
            rule, rx = self.items[i]
            if words > rule.max_words:
                continue
            if rule.whole:
                if trimmed is None:
                    trimmed = trim(text)
                if trimmed and rx.search(trimmed) is not None:
                    return rule
            elif rx.search(text) is not None:
                return rule
        return None



def compile_any(patterns: Iterable[str], whole: bool = False) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^(?:{body})$" if whole else body, re.IGNORECASE)
