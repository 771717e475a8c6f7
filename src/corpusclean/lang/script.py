"""Which writing systems a text's letters belong to, measured fast.

A letter is a code point for which ``str.isalpha()`` is true (so digits, punctuation,
spaces and combining marks such as Arabic harakat or Devanagari vowel signs are not
counted). Scripts are assigned by Unicode block ranges, not by ``unicodedata.name``: the
ranges are compiled once, lazily (~50 ms), into a ``str.translate`` table that maps every
letter to a one-character script tag and deletes everything else, so profiling a text is one
C-level ``translate`` plus a ``str.count`` per script present: ~0.1 ms for 2,000 non-ASCII
characters. Plain ASCII text takes a bytes fast path (a few microseconds).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

# (first, last inclusive, script). Letters outside every range count as "Other".
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latin"), (0x0061, 0x007A, "Latin"), (0x00AA, 0x00AA, "Latin"),
    (0x00BA, 0x00BA, "Latin"), (0x00C0, 0x02AF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x07C0, 0x07FF, "NKo"),
    (0x0860, 0x086F, "Syriac"),
    (0x0870, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x13A0, 0x13FF, "Cherokee"),
    (0x1400, 0x167F, "Canadian"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x18B0, 0x18FF, "Canadian"),
    (0x19E0, 0x19FF, "Khmer"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x1D00, 0x1DBF, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x2C60, 0x2C7F, "Latin"),
    (0x2D00, 0x2D2F, "Georgian"),
    (0x2D30, 0x2D7F, "Tifinagh"),
    (0x2D80, 0x2DDF, "Ethiopic"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0x2E80, 0x2FDF, "Han"),
    (0x3005, 0x3007, "Han"),
    (0x3021, 0x3029, "Han"),
    (0x3038, 0x303B, "Han"),
    (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"),
    (0x3100, 0x312F, "Bopomofo"),
    (0x3130, 0x318F, "Hangul"),
    (0x31A0, 0x31BF, "Bopomofo"),
    (0x31F0, 0x31FF, "Katakana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0xA720, 0xA7FF, "Latin"),
    (0xA8E0, 0xA8FF, "Devanagari"),
    (0xA960, 0xA97F, "Hangul"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA60, 0xAA7F, "Myanmar"),
    (0xAB00, 0xAB2F, "Ethiopic"),
    (0xAB30, 0xAB6F, "Latin"),
    (0xAB70, 0xABBF, "Cherokee"),
    (0xAC00, 0xD7FF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
    (0xFB00, 0xFB06, "Latin"),
    (0xFB13, 0xFB17, "Armenian"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF3A, "Latin"),
    (0xFF41, 0xFF5A, "Latin"),
    (0xFF66, 0xFF9F, "Katakana"),
    (0xFFA0, 0xFFDC, "Hangul"),
    (0x1B000, 0x1B0FF, "Hiragana"),
    (0x20000, 0x3134F, "Han"),
)

#: Every script name this module can report, "Other" last.
SCRIPTS: tuple[str, ...] = tuple(dict.fromkeys(s for _, _, s in _RANGES)) + ("Other",)

#: Scripts that (in web text) almost always mean one language. Japanese is decided by kana
#: (see ``dominant_script``); Han without kana is Chinese.
SCRIPT_LANG: dict[str, str] = {
    "Greek": "el", "Armenian": "hy", "Hebrew": "he", "Thaana": "dv", "Gurmukhi": "pa",
    "Gujarati": "gu", "Oriya": "or", "Tamil": "ta", "Telugu": "te", "Kannada": "kn",
    "Malayalam": "ml", "Sinhala": "si", "Thai": "th", "Lao": "lo", "Tibetan": "bo",
    "Myanmar": "my", "Georgian": "ka", "Hangul": "ko", "Ethiopic": "am", "Khmer": "km",
    "Japanese": "ja", "Han": "zh", "Bopomofo": "zh", "Cherokee": "chr", "Mongolian": "mn",
    "Syriac": "syr", "NKo": "nqo", "Tifinagh": "ber", "Canadian": "iu",
}

_LAST_CODEPOINT = 0x31350
_PUA_BASE = 0xE000
_TAG: dict[str, str] = {s: chr(_PUA_BASE + i) for i, s in enumerate(SCRIPTS)}
_UNTAG: tuple[tuple[str, str], ...] = tuple((t, s) for s, t in _TAG.items())
# Indexed by code point: a letter's script tag, None (deleted) for everything else. A list
# is a faster ``translate`` table than a dict; code points past its end raise IndexError,
# which ``translate`` treats as "leave unchanged" (they are then simply not counted).
_table: list[str | None] | None = None
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _build_table() -> list[str | None]:
    starts = [a for a, _, _ in _RANGES]
    table: list[str | None] = [None] * _LAST_CODEPOINT
    for cp in range(_LAST_CODEPOINT):
        if chr(cp).isalpha():
            i = bisect_right(starts, cp) - 1
            inside = i >= 0 and cp <= _RANGES[i][1]
            table[cp] = _TAG[_RANGES[i][2] if inside else "Other"]
    return table


def letter_counts(text: str) -> Counter[str]:
    """Number of letters per script in ``text`` (scripts with no letters are absent)."""
    global _table
    counts: Counter[str] = Counter()
    if text.isascii():  # fast path: most web text is plain ASCII
        n = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        if n:
            counts["Latin"] = n
        return counts
    if _table is None:
        _table = _build_table()
    tagged = text.translate(_table)
    for tag, script in _UNTAG:  # `in` + str.count are C scans; far faster than Counter(str)
        if tag in tagged:
            counts[script] = tagged.count(tag)
    return counts


def script_profile(text: str) -> dict[str, float]:
    """Share of letters per script, largest first; empty when ``text`` has no letters."""
    counts = letter_counts(text)
    total = sum(counts.values())
    return {s: n / total for s, n in counts.most_common()} if total else {}


@dataclass(frozen=True, slots=True)
class ScriptInfo:
    """The dominant script of a text: its name, its share of letters, and the letter total.

    ``script`` is "Japanese" for Han mixed with kana (kana are at least 10% of the CJK
    letters: running Japanese is rarely under 30%), and "" when there are no letters.
    """

    script: str
    share: float
    letters: int


def dominant_script(text: str) -> ScriptInfo:
    counts = letter_counts(text)
    total = sum(counts.values())
    if not total:
        return ScriptInfo("", 0.0, 0)
    kana = counts.get("Hiragana", 0) + counts.get("Katakana", 0)
    if kana:
        cjk = kana + counts.get("Han", 0)
        if kana >= 0.1 * cjk:
            for s in ("Hiragana", "Katakana", "Han"):
                counts.pop(s, None)
            counts["Japanese"] = cjk
    script, n = counts.most_common(1)[0]
    return ScriptInfo(script, n / total, total)


def small_letter(c: str) -> bool:
    """``c`` is the small form of a letter in a script written with capitals. Georgian's
    everyday letters (Mkhedruli) are lower case in Unicode, yet Georgian text is written
    without capitals: a line opening with one is not a sentence going on in lower case."""
    return c.islower() and not "\u10d0" <= c <= "\u10ff"


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane (Mn, Mc, Me) as a character-class
    body. The vowel signs and viramas inside Devanagari, Bengali, Tamil and other Indic words,
    and Arabic's and Hebrew's vowel points, are not ``\\w``: a ``\\w+`` token stopped at each
    ("করছে" read as "কর", "ছ"), so a Bengali sentence counted twice its words and none of its
    function words (classify/features.py), and a line that a wrap left starting with one
    belongs to the word before it (segment/blocks.py). ~10 ms once, at import."""
    ranges: list[list[int]] = []
    for c in range(0x0300, 0x10000):
        if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


COMBINING_MARKS = _combining_marks()
