"""Hard-wrap detection: which line breaks inside a group of lines are wraps, not breaks.

A wrapped line was cut because the next word did not fit in the wrap width. So a break is
a wrap when the line does not end a sentence and either the next line goes on in lower
case, or the next line's first word would not have fitted on this line. Titles and
headings, whose next word would have fitted, stay lines of their own.

Scripts without case (Arabic, Hebrew, Devanagari, Chinese, Japanese, Thai, ...) give no
lower-case evidence: there a break is a wrap when the next line's first word (in Chinese and
Japanese, its first character) would not have fitted. Widths are display columns: a Chinese
or Japanese character takes two, as in the terminals and text dumps that wrapped them.
"""

from __future__ import annotations

import re
import unicodedata

from ..lang.script import small_letter

# What ends a sentence in any script (the Arabic and Urdu question mark and full stop, the
# Devanagari and Bengali danda, the Khmer khan and bariyoosan, the Myanmar section mark, the
# Ethiopic full stop and question mark, the Armenian full stop, the Tibetan shad), and the
# closing quotes and brackets that may follow it.
_ENDS = ".!?;…。！？؟۔।॥\u17d4\u17d5\u104b\u1362\u1367\u0589\u0f0d"
_CLOSERS = r"""["'”’»)\]」』]*$"""
#: A line that ends a sentence, in any script.
SENTENCE_END = re.compile(f"[{_ENDS}]{_CLOSERS}")
#: A line that ends a sentence or a clause (at a colon).
TERMINAL = re.compile(f"[{_ENDS}:]{_CLOSERS}")
#: A list bullet that Chinese and Japanese lists write with no space after it ("・植物").
UNSPACED_BULLET = r"[・◆◇▶▷](?=\S)"
# A list item's bullet sign (a dash last: in a character class, itself).
BULLET_SIGNS = "*+•·▪►‣◦○●■□–—-"
_BULLET = re.compile(rf"^\s*(?:(?:[{BULLET_SIGNS}]|\d{{1,3}}\\?[.)]|[a-z][.)])\s+|{UNSPACED_BULLET})")
# A wrapped paragraph line in this group must be at least this long before we believe the
# group is hard-wrapped at all: real wraps are at 60-100 columns, so 40 leaves room for
# indented first lines while rejecting menus and short label lists.
_MIN_WRAP_EVIDENCE_LEN = 40


def _starts_lower(s: str) -> bool:
    return small_letter(s.lstrip()[:1])


def _starts_uncased(s: str) -> bool:
    """The line starts with a letter of a script without case (or a CJK character)."""
    c = s.lstrip()[:1]
    return c.isalpha() and not small_letter(c) and not c.isupper()


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def _cols(s: str) -> int:
    """Display width: two columns for a wide (Chinese, Japanese, Korean) character."""
    return len(s) if s.isascii() else sum(2 if _wide(c) else 1 for c in s)


def _first_word(s: str) -> str:
    """The first unit a wrap moves to the next line: a word, or a wide character (Chinese
    and Japanese wrap between any two characters)."""
    s = s.lstrip()
    if s[:1] and _wide(s[0]):
        return s[0]
    parts = s.split(None, 1)
    return parts[0] if parts else ""


# A line of a wrapped paragraph in a script without case fills its width: at least this
# share of the group's widest line (a heading or a list item rarely does, twice in a group).
_UNCASED_FULL = 0.8


def is_wrapped(lines: list[str]) -> bool:
    """True when the group shows hard wrapping: long lines that stop mid-sentence."""
    if len(lines) < 2:
        return False
    evidence = 0
    width = 0
    for a, b in zip(lines, lines[1:], strict=False):
        sa = a.rstrip()
        if TERMINAL.search(sa) or _BULLET.match(b) or len(sa) < _MIN_WRAP_EVIDENCE_LEN / 2:
            continue
        if _starts_lower(b):
            evidence += len(sa) >= _MIN_WRAP_EVIDENCE_LEN
        elif _starts_uncased(b):
            width = width or max(_cols(x.rstrip()) for x in lines)
            cols = _cols(sa)
            evidence += cols >= _MIN_WRAP_EVIDENCE_LEN and cols >= _UNCASED_FULL * width
    # One mid-sentence break to lower case is chance (a line-per-item list can have one);
    # two, or one in a two-line group, is wrapping. So is one where every line but the last
    # is long and stops mid-sentence: German capitalises its nouns, so a wrapped German
    # paragraph of three lines often shows a single lower-case continuation.
    if evidence == 1 and len(lines) > 2:
        return all(len(x.rstrip()) >= _MIN_WRAP_EVIDENCE_LEN and not TERMINAL.search(x.rstrip()) for x in lines[:-1])
    return evidence >= 2 or (evidence == 1 and len(lines) == 2)


# Cells padded apart on one line, as a text browser prints a table's row ("阿堂鹹粥   虱目魚肚粥
# 05:00–12:30"): two spaces or more between words, not after a sentence's end (prose typed
# with two spaces after its full stops). Two such lines in a row whose cells start at a
# column they share are rows, not a paragraph's lines: a wrap leaves one space between
# words, and a justified paragraph's wider spaces fall anywhere.
_CELL_GAP = re.compile(rf"(?<=[^\s{_ENDS}]) {{2,}}(?=\S)")


def _rows(a: str, b: str) -> bool:
    """Lines `a` and `b`, as the source has them (their indentation kept), are two rows of
    one padded table."""
    cells = {m.end() for m in _CELL_GAP.finditer(a)}
    return bool(cells) and any(m.end() in cells for m in _CELL_GAP.finditer(b))


def joins(lines: list[str], width: int = 0) -> list[bool]:
    """For each break between lines[i] and lines[i+1], True when it is a wrap to be joined;
    `width`: the text's wrap width when known (`page_width`), else the group's widest line."""
    width = width or max((_cols(x.rstrip()) for x in lines), default=0)
    out: list[bool] = []
    for i, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        sa, sb = a.rstrip(), b.strip()
        if not sa or not sb or _BULLET.match(b) or _rows(sa, b.rstrip()):
            out.append(False)
        elif _starts_lower(sb) or sa.endswith((",", "-", "–", "،", "、", "，")):
            out.append(True)  # a sentence does not resume in lower case after a real break
        elif TERMINAL.search(sa):
            out.append(False)
        elif _starts_uncased(sb):
            out.append(not _fits(sa, sb, width))
        else:
            out.append(_wraps_to_upper(sa, sb, width, first=i == 0))
    return out


def page_width(wrapped: list[list[str]]) -> int:
    """The width a text was wrapped at, read off its `wrapped` groups (`is_wrapped`): their
    widest line; 0 unless at least `_PAGE_WRAPPED` groups show wrapping."""
    if len(wrapped) < _PAGE_WRAPPED:
        return 0
    return max(_cols(x.rstrip()) for g in wrapped for x in g)


# A text wrapped at one width wraps every paragraph at it, but a paragraph shows the wrap by
# itself only when it goes on in lower case: a Polish or German one whose lines start with
# names ("... na / Wielkiej Krokwi. ... Andrégo / Forfanga ...") does not. With two wrapped
# paragraphs known, the text's width says it: a group whose lines but the last fill 3/4 of
# it (`_wraps_to_upper`'s share) and stop where the next word would not have fitted is
# wrapped too.
_PAGE_WRAPPED = 2
_PAGE_FULL = 0.75


def _fills(a: str, b: str, width: int) -> bool:
    """Line `a` fills the page's `width` (`_PAGE_FULL`) without ending a sentence or a clause,
    and `b` after it is no list item."""
    a = a.rstrip()
    return (bool(width) and _PAGE_FULL * width <= _cols(a) <= width and not TERMINAL.search(a)
            and not _BULLET.match(b))


def wrapped_at(lines: list[str], width: int) -> bool:
    """`lines` (a group `is_wrapped` did not take) were wrapped at the page's `width`."""
    return bool(width) and all(_fills(a, b, width) and not _fits(a.rstrip(), b, width)
                               for a, b in zip(lines, lines[1:], strict=False))


def lower_wraps(lines: list[str], width: int) -> list[bool]:
    """For each break of a group neither test took as wrapped, on a page wrapped at `width`:
    a wrap where the line fills the width and the next goes on in lower case. So a mail's
    paragraph whose first sentence ends on its first line ("Dzięki, Anno, ... wydań." over
    "Przejrzałem ... i sytuacja" over "wygląda mniej więcej tak:") keeps its later lines
    together."""
    return [_fills(a, b, width) and _starts_lower(b.strip()) for a, b in zip(lines, lines[1:], strict=False)]


def _fits(a: str, b: str, width: int) -> bool:
    """Whether the first word of ``b`` would have fitted at the end of ``a``."""
    word = _first_word(b)
    space = 0 if word and _wide(word[0]) else 1
    return _cols(a) + space + _cols(word) <= width


def _wraps_to_upper(a: str, b: str, width: int, first: bool) -> bool:
    """A break before a capitalised line: a wrap only when the text around it says so.

    Many wrapped texts start each paragraph with a short first line (an indent or a label
    once stood there), so a short line can still be wrapped: we believe it when the next
    line runs at the wrap width, i.e. is itself the middle of a wrapped paragraph. A title
    or heading is followed by a paragraph's short first line instead, and stays apart.
    The first line of a group has no paragraph before it: it is the title, not a short
    first line, unless the next word could not have fitted after it.
    """
    fits = _fits(a, b, width)
    # 0.75: wrapped lines of bench and seed texts fill 85-100% of the width; the first and
    # last lines of a paragraph, which we must not mistake for the middle, rarely pass 70%.
    next_is_full = _cols(b) >= 0.75 * width
    # 20 chars: shorter capitalised lines before a full line are headings ("Historical Context").
    if next_is_full and (not fits or (len(a) >= 20 and not first)):
        return True
    return not fits and bool(TERMINAL.search(b))  # the last, short line of a paragraph
