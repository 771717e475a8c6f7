"""Matching phrase rules (rules/*.py) against blocks, all rules of a set in one regex pass."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .rules import PhraseRule

_TRIM = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def trim(text: str) -> str:
    """The block without leading/trailing punctuation, bullets and symbols."""
    return _TRIM.sub("", text).strip()


def _body(rule: PhraseRule) -> str:
    return "|".join(f"(?:{p})" for p in rule.patterns)


@lru_cache(maxsize=64)
def _compile(rule: PhraseRule) -> re.Pattern[str]:
    if rule.whole:
        return re.compile(rf"^(?:{_body(rule)})$", re.IGNORECASE)
    # Anywhere-rules match whole words only: "agree" must not fire inside "disagreements".
    return re.compile(rf"(?<!\w)(?:{_body(rule)})(?!\w)", re.IGNORECASE)


def match(rule: PhraseRule, text: str, words: int) -> bool:
    if words > rule.max_words:
        return False
    target = trim(text) if rule.whole else text
    if rule.whole and not target:
        return False
    return _compile(rule).search(target) is not None


class RuleSet:
    """An ordered rule list compiled to one alternation per kind (whole / anywhere).

    Alternatives are tried in order, so the first rule that matches is the one named, as if
    the rules were tried one by one, but the text is scanned once instead of once per rule.
    A block is only matched against the rules whose `max_words` admit it: the alternations
    are built per tier of `max_words`, so a long paragraph is scanned by the few rules made
    for long blocks (disclaimers, widgets), not by every short-line rule.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self.order = {r: i for i, r in enumerate(self.rules)}
        self.max_words = max((r.max_words for r in rules), default=0)
        # (tier, whole, anywhere) ascending by tier: the rules with max_words >= tier
        self.tiers: list[tuple[int, _Combined | None, _Combined | None]] = []
        for tier in sorted({r.max_words for r in self.rules}):
            eligible = [r for r in self.rules if r.max_words >= tier]
            self.tiers.append((
                tier,
                self._combine([r for r in eligible if r.whole], whole=True),
                self._combine([r for r in eligible if not r.whole], whole=False),
            ))

    @staticmethod
    def _combine(rules: list[PhraseRule], whole: bool) -> _Combined | None:
        if not rules:
            return None
        names = {f"r{i}": r for i, r in enumerate(rules)}
        body = "|".join(f"(?P<{g}>{_body(r)})" for g, r in names.items())
        rx = rf"^(?:{body})$" if whole else rf"(?<!\w)(?:{body})(?!\w)"
        return re.compile(rx, re.IGNORECASE), names

    def first(self, text: str, words: int) -> PhraseRule | None:
        if words > self.max_words:
            return None
        tier = next(t for t in self.tiers if t[0] >= words)
        _, whole, anywhere = tier
        found: list[PhraseRule] = []
        if whole is not None:
            t = trim(text)
            m = whole[0].match(t) if t else None
            if m is not None and m.lastgroup is not None:
                found.append(whole[1][m.lastgroup])
        if anywhere is not None:
            for m in anywhere[0].finditer(text):
                if m.lastgroup is not None:
                    found.append(anywhere[1][m.lastgroup])
        if not found:
            return None
        return min(found, key=self.order.__getitem__)


_Combined = tuple[re.Pattern[str], dict[str, PhraseRule]]


def compile_any(patterns: Iterable[str], whole: bool = False) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^(?:{body})$" if whole else body, re.IGNORECASE)
