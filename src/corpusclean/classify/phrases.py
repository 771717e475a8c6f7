"""Matching phrase rules (rules/*.py) against blocks: the first rule of a set that matches."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..read import markdown
from .prefilter import Prefilter, requirements
from .rules import PhraseRule

_LEAD = re.compile(r"[\W_]*")
_TAIL = re.compile(r"[\W_]+$")
# Combining marks, from the Latin accents to the kana voicing marks: the vowel signs,
# viramas and tone marks that end many words of Hindi, Bengali and Thai ("करें", "นี้")
# are not \w, yet belong to the word, so a block is not trimmed of them.
_MARKS = frozenset(chr(c) for c in range(0x0300, 0x3100) if unicodedata.category(chr(c)).startswith("M"))


def trim(text: str) -> str:
    """The block without leading/trailing punctuation, bullets and symbols."""
    start = _LEAD.match(text).end()  # type: ignore[union-attr]  # [\W_]* always matches
    tail = _TAIL.search(text, start)
    end = tail.start() if tail else len(text)
    while end < len(text) and text[end] in _MARKS:
        end += 1
    return text[start:end].strip()


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


# Answers for texts up to this long are remembered, at most this many (~10 MB at most).
_MEMO_CHARS = 200
_MEMO_SIZE = 50_000


_WORD = re.compile(r"\w+")
# A label printed twice at a block's start, the second copy after a space or a colon.
_DOUBLED = re.compile(r"^[\W_]*((\w[\w'’-]*(?: [\w'’-]+){0,3}?)[\s:：]+)(?=\2(?!\w))", re.IGNORECASE)


def read_as_shown(text: str, words: int) -> tuple[str, int]:
    """The line and its word count as the rules read it: as the page showed it, without the
    number a text browser's dump prints before each link ("Megosztás [12]Facebook [13]X")
    and with a Markdown link's text alone ("[Início](https://…) » [Cidades](…) » …"); and a
    label flattened twice (a screen reader's copy beside the visible one: "Mots-clés
    Mots-clés: Creuse ...", "Share Share") once. `text` itself when it reads as it is."""
    if "[" in text and (markdown.LINK_NUMBER.search(text) or "](" in text):
        read = markdown.shown(markdown.LINK_NUMBER.sub("", text))
        words -= len(_WORD.findall(text)) - len(_WORD.findall(read))
        text = read
    doubled = _DOUBLED.match(text)
    if doubled is not None:
        words -= len(doubled.group(1).split())
        text = text[:doubled.start(1)] + text[doubled.end(1):].lstrip()
    return text, words


class RuleSet:
    """An ordered rule list; `first` names the first rule, in list order, that matches.

    Every pattern is an item of its own, in rule order. A block is tried only against the
    items whose rule's `max_words` admit it and whose required strings it holds
    (prefilter.py), each alone: most blocks need no regex, and a long paragraph is not
    scanned by every short-line rule. The whole-block patterns that require nothing (dates,
    counters, "Yes / No") are tried together, one anchored alternation per tier of
    `max_words`, whose first matching alternative is the first such item that matches.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self.max_words = max((r.max_words for r in rules), default=0)
        pairs = [(r, p) for r in self.rules for p in r.patterns]
        reqs = [requirements(p) for _, p in pairs]
        # Regexes are compiled on first use: with the prefilter most items are never tried,
        # and compiling all ~1,000 up front would cost every process 0.2 s at start.
        self.items = pairs
        self._rx: list[re.Pattern[str] | None] = [None] * len(pairs)
        together = [i for i, (r, _) in enumerate(pairs) if r.whole and not reqs[i]]
        self.filtered = sorted(set(range(len(pairs))) - set(together))
        self.prefilter = Prefilter([reqs[i] for i in self.filtered])
        # tiers[words]: the items admitting `words` words that are tried together, as one
        # alternation (compiled on first use, shared by the tiers with the same items)
        self._tiers = [tuple(i for i in together if pairs[i][0].max_words >= w) for w in range(self.max_words + 1)]
        self._together: dict[tuple[int, ...], _Together | None] = {}
        self._memo: dict[str, PhraseRule | None] = {}

    def first(self, text: str, words: int, folded: str | None = None,
              skip: tuple[PhraseRule, ...] = ()) -> PhraseRule | None:
        """The first rule that matches; with `skip`, the first of the others (not remembered)."""
        if words > self.max_words:
            return None
        if skip:
            return self._first(text, words, folded, skip)
        if len(text) > _MEMO_CHARS:
            return self._first(text, words, folded)
        # Short lines (menus, share and login widgets) repeat on every page of a site, and
        # the answer depends on the text alone (words is counted from it).
        try:
            return self._memo[text]
        except KeyError:
            pass
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        rule = self._memo[text] = self._first(text, words, folded)
        return rule

    def _first(self, text: str, words: int, folded: str | None,
               skip: tuple[PhraseRule, ...] = ()) -> PhraseRule | None:
        read, words = read_as_shown(text, words)
        if read is not text:
            text, folded = read, None
        trimmed: str | None = None
        hit = None  # the first item of the alternation that matches
        together = self._alternation(words)
        if together is not None:
            trimmed = trim(text)
            m = together[0].match(trimmed) if trimmed else None
            if m is not None and m.lastgroup is not None:
                hit = together[1][m.lastgroup]
        if hit is not None and self.items[hit][0] in skip:
            hit = None  # (the alternation names its first match only: a skipped one hides the next)
        for j in self.prefilter.candidates(text, folded):
            i = self.filtered[j]
            if hit is not None and i > hit:
                break
            rule = self.items[i][0]
            if words > rule.max_words or rule in skip:
                continue
            rx = self._rx[i] or self._compile(i)
            if rule.whole:
                if trimmed is None:
                    trimmed = trim(text)
                if trimmed and rx.search(trimmed) is not None:
                    return rule
            elif rx.search(text) is not None:
                return rule
        return self.items[hit][0] if hit is not None else None

    def _compile(self, i: int) -> re.Pattern[str]:
        rule, pattern = self.items[i]
        rx = self._rx[i] = _compile_one(pattern, rule.whole)
        return rx

    def _alternation(self, words: int) -> _Together | None:
        key = self._tiers[words]
        try:
            return self._together[key]
        except KeyError:
            t = self._together[key] = _together([(f"i{i}", self.items[i][1]) for i in key], key)
            return t


_Together = tuple[re.Pattern[str], dict[str, int]]


def _together(named: list[tuple[str, str]], items: tuple[int, ...]) -> _Together | None:
    if not named:
        return None
    body = "|".join(f"(?P<{g}>{p})" for g, p in named)
    return _compile_one(body, whole=True), dict(zip((g for g, _ in named), items, strict=True))


class AnyOf:
    """Patterns tried as one alternation, only on texts that hold what some pattern
    requires (prefilter.py): `match(text, folded)` is ``compile_any(...).match(text)``."""

    def __init__(self, patterns: Sequence[str], whole: bool = False) -> None:
        self.rx = compile_any(patterns, whole)
        self.prefilter = Prefilter([requirements(p) for p in patterns])

    def match(self, text: str, folded: str) -> bool:
        """`folded`: ``fold`` of `text` or of a text holding it (the block `text` was
        trimmed from)."""
        return bool(self.prefilter.candidates(text, folded)) and self.rx.match(text) is not None


def compile_any(patterns: Iterable[str], whole: bool = False) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^(?:{body})$" if whole else body, re.IGNORECASE)
