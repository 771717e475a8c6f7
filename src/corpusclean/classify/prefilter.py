"""The literal strings every match of a rule must contain, and one pass that finds them.

Several rules open with ``.{0,300}`` and backtrack over the whole block before failing,
and the vocabulary holds ~2,800 patterns in over 30 languages. As RE2's prefilter does, the
strings a match cannot do without are read off each parsed pattern (``(photo|image)s?
by`` needs "photo by", "image by", ...), in every script; one Aho-Corasick pass over the
block finds which of them it holds, and only the rules whose requirements are met are
tried. A requirement is necessary, never sufficient: the rule's own regex still decides,
so matching is unchanged, only skipped where it could not succeed.

Measured gain (whole runs, --jobs 1, 5 interleaved pairs, 300 bench/dev text pages):
without it a run takes 3.4x the CPU (median ratio 0.295).
"""

from __future__ import annotations

import re
from _sre import unicode_tolower
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined,no-redef]

_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)  # 3.11+

# A sequence's exact strings are multiplied out while there are at most this many: enough
# for "(photo|image|picture)s? (by|via)" (18), small enough that no rule builds thousands.
_MAX_EXACT = 64
# Strings shorter than this are in most blocks ("ap", "no", "("): a requirement that
# has one filters nothing, and every occurrence costs a step of the scan. It is dropped.
# Two letters of a script past Latin are a word or most of one (寄付, 募金, 댓글).
_MIN_LEN = 3
_MIN_LEN_WIDE = 2
_WIDE = 0x0370  # from Greek on: no ASCII punctuation or Latin letter
_HAN_FIRST, _HAN_LAST = 0x3400, 0x9FFF  # CJK Unified Ideographs and Extension A


@dataclass(frozen=True, slots=True)
class _Info:
    exact: frozenset[str] | None  # every string the node matches, when few and known
    reqs: tuple[frozenset[str], ...]  # each: a match holds at least one of its strings


_UNKNOWN = _Info(None, ())
_EMPTY = _Info(frozenset({""}), ())


def requirements(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings, each character as ``canon`` writes it; every case-insensitive
    match of ``pattern`` holds one string of each set (``fold`` applied to the text).
    Empty when nothing is required."""
    info = _seq(_parser.parse(pattern, re.IGNORECASE))
    sets = list(info.reqs) if info.exact is None else [info.exact]
    minimal = (_minimal(s) for s in sets)
    return tuple(dict.fromkeys(s for s in minimal if all(map(_selective, s))))


def _selective(s: str) -> bool:
    if len(s) == 1:
        # a sign that is no letter and not ASCII (©, ®, №, ★), or a Han character: a word of
        # its own in Chinese and Japanese (图 "picture", 摄 "photographed by"), on pages in
        # any other script absent, where the patterns that need it would be tried on every block
        return (not s.isascii() and not s.isalnum() and not s.isspace()) or _HAN_FIRST <= ord(s) <= _HAN_LAST
    return len(s) >= _MIN_LEN or (len(s) >= _MIN_LEN_WIDE and min(map(ord, s)) >= _WIDE)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that hold another of the set: holding it is implied by the shorter."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _seq(items: Iterable[tuple[object, object]]) -> _Info:
    exact: set[str] | None = {""}
    reqs: list[frozenset[str]] = []
    broken = False
    for item in items:
        info = _node(item)
        if exact is not None and info.exact is not None and len(exact) * len(info.exact) <= _MAX_EXACT:
            exact = {a + b for a in exact for b in info.exact}
            continue
        broken = True
        if exact is not None and "" not in exact:
            reqs.append(frozenset(exact))
        reqs.extend(info.reqs)
        exact = set(info.exact) if info.exact is not None else {""}
    if not broken:
        return _Info(frozenset(exact or {""}), ())
    if exact is not None and "" not in exact:
        reqs.append(frozenset(exact))
    return _Info(None, tuple(reqs))


def _best(info: _Info) -> frozenset[str] | None:
    """The most selective single requirement of a node (longest shortest string)."""
    sets = [info.exact] if info.exact is not None else list(info.reqs)
    sets = [s for s in sets if s and "" not in s]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _node(item: tuple[object, object]) -> _Info:  # noqa: PLR0911 - one case per opcode
    op, av = item
    if op is C.LITERAL:
        return _Info(frozenset({canon(chr(av))}), ())  # type: ignore[call-overload]
    if op is C.IN:
        chars = [canon(chr(v)) for o, v in av if o is C.LITERAL]  # type: ignore[attr-defined]
        if len(chars) == len(av) and len(chars) <= 16:  # type: ignore[arg-type]
            return _Info(frozenset(chars), ())
        return _UNKNOWN
    if op is C.SUBPATTERN:
        return _seq(av[3])  # type: ignore[index]
    if _ATOMIC is not None and op is _ATOMIC:
        return _seq(av)  # type: ignore[arg-type]
    if op is C.BRANCH:
        infos = [_seq(s) for s in av[1]]  # type: ignore[index]
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))  # type: ignore[misc]
            if len(union) <= _MAX_EXACT:
                return _Info(union, ())
        bests = [_best(i) for i in infos]
        if any(b is None for b in bests):
            return _UNKNOWN
        return _Info(None, (frozenset().union(*bests),))  # type: ignore[arg-type]
    if op in _REPEATS:
        lo, hi, sub = av  # type: ignore[misc]
        info = _seq(sub)
        if lo == 0:
            if hi == 1 and info.exact is not None:
                return _Info(info.exact | {""}, ())
            return _UNKNOWN
        if lo == hi == 1:
            return info
        best = _best(info)
        return _Info(None, (best,)) if best is not None else _UNKNOWN
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero width: requires nothing, adds nothing
    return _UNKNOWN  # ANY, CATEGORY, NOT_LITERAL, GROUPREF...: any text


def canon(ch: str) -> str:
    """The one character that stands for every character `re` matches `ch` with under
    IGNORECASE: `re` compares simple lower-case forms, plus a few extra equivalences (dotless
    ı and i, ſ and s, Kelvin sign and k, ς and σ, Cyrillic ᲀ and в). Written the same way for
    a pattern's literals and for the text, so a requirement found in neither is impossible."""
    low = unicode_tolower(ord(ch))
    return chr(min((low, *_EXTRA_CASES.get(low, ()))))


class _Fold(dict[int, str]):
    """str.translate table of ``canon``, filled per character on first sight."""

    def __missing__(self, code: int) -> str:
        self[code] = c = canon(chr(code))
        return c


_FOLD = _Fold()


def fold(text: str) -> str:
    """``text`` as the prefilter reads it (``canon`` of each character)."""
    # ASCII letters are their own canon once lower-cased (k, s and i are the smallest of
    # their classes), so ASCII text needs no table.
    return text.lower() if text.isascii() else text.translate(_FOLD)


_SECOND = itemgetter(1)


class Prefilter:
    """Items (rules) with their requirements; `candidates(text)` lists, in item order, the
    items that may match `text`: those that require nothing and those whose requirements
    the text meets."""

    def __init__(self, reqs: Sequence[tuple[frozenset[str], ...]]) -> None:
        # reqs[i]: item i's requirement sets (an AND of ORs); () when it requires nothing.
        ids: dict[str, int] = {}
        self.needs = [tuple(frozenset(ids.setdefault(s, len(ids)) for s in group) for group in r)
                      for r in reqs]
        self.always = [i for i, n in enumerate(self.needs) if not n]
        # Items reached through a string they need: one with a single requirement group is
        # met by that string alone; only items needing several groups are checked further.
        self.by_string: dict[int, list[int]] = {}
        for i, n in enumerate(self.needs):
            for sid in {sid for group in n for sid in group}:
                self.by_string.setdefault(sid, []).append(i)
        self.several = frozenset(i for i, n in enumerate(self.needs) if len(n) > 1)
        self.auto = ahocorasick.Automaton()
        for s, sid in ids.items():
            self.auto.add_word(s, sid)
        if ids:
            self.auto.make_automaton()
        self.has_strings = bool(ids)

    def candidates(self, text: str, folded: str | None = None) -> list[int]:
        """`folded`: ``fold(text)`` when the caller has it already (one per block, shared by
        every rule set)."""
        if not self.has_strings:
            return self.always
        # (end, string id) per match; C-level from here on for the common case
        found = set(map(_SECOND, self.auto.iter(fold(text) if folded is None else folded)))
        if not found:
            return self.always
        maybe = set().union(*map(self.by_string.__getitem__, found))
        unsure = maybe & self.several
        if unsure:
            maybe -= {i for i in unsure if any(g.isdisjoint(found) for g in self.needs[i])}
        if not maybe:
            return self.always
        return sorted(maybe.union(self.always))
