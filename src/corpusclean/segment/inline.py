"""Text dumps that put every text node on a line of its own: the inline splits to join.

`BeautifulSoup.get_text("\\n")`, and the scrapers built on it, end a line wherever an
element starts or ends, inline ones included: a link in a sentence, a bold word, a wiki's
footnote mark stand on their own lines, and the sentence goes on after them ("эндемик озера
/ Байкал / . Это единственное"; "(also called / hedge laying and pleaching / , or /
plashing / in some western counties) is ..."). Each fragment alone reads as a menu item, and
a paragraph cut into six reads as no prose.

A page written so shows it where no other text does: lines that start with a full stop or a
comma. On such a page, a break is an inline split when the sentence visibly goes on across
it: the next line starts with closing punctuation or in lower case, the line ends with an
opening bracket, or a space stands at the break (the text nodes keep the spaces around the
element) where no sentence ends. A wiki's footnote mark ("[ / 2 / ]") and its section edit
link ("[ / edit / ]") are joined into one line of their own, as a browser shows them.
"""

from __future__ import annotations

import re

from ..lang.script import small_letter
from .reflow import TERMINAL

# A line that goes on the sentence of the line before: it starts with punctuation that
# closes a clause or a bracket (in CJK scripts, with no space after it). A colon or a
# semicolon is left out of the evidence: a definition list writes ": " at a line's start.
# Quotation marks are left out: "»" opens a German quote and bullets a link list ("» Mehr").
# CLOSING and OPENING are also where `blocks.collapse_joined` joins such a break without a space.
CLOSING = r".,;:!?)\]%"
CJK_CLOSING = "、。，．！？）」』】"
OPENING = r"(\["
_GOES_ON = re.compile(rf"^[{CLOSING}](?:\s|$)|^[{CJK_CLOSING}]")
_EVIDENCE = re.compile(r"^[.,!?](?:\s|$)|^[、。，．！？]")
_OPENS = re.compile(rf"[{OPENING}]$")
_OPEN_LOWER = re.compile(r"^\((?=\w)")
# Two such lines are the dump's signature: a single one is a stray full stop (a caption's
# leftover, a "." after a link the page set on a line of its own).
_MIN_EVIDENCE = 2


def _mark(g: list[str], i: int) -> bool:
    """Lines i to i+2 are a bracketed mark split at its brackets ("[", "2", "]")."""
    return (i + 2 < len(g) and g[i].strip() == "[" and g[i + 2].strip() == "]"
            and 0 < len(g[i + 1].strip()) <= _MARK_CHARS)


# A footnote number or an edit link's word ("править", "Bearbeiten | Quelltext bearbeiten")
_MARK_CHARS = 40


def _goes_on(g: list[str], i: int) -> bool:
    """Line i of a group goes on the sentence of the line before it: it starts with
    `_EVIDENCE`, or with the one space a text node keeps after an element and a small letter
    where the line before ends no sentence ("... del" / "Decameron" / " stampata nel 1546")."""
    line = g[i]
    if _EVIDENCE.match(line.lstrip()):
        return True
    return (line[:1] == " " and small_letter(line[1:2]) and bool(g[i - 1].strip())
            and not TERMINAL.search(g[i - 1].rstrip()))


# What opens every line `split_inline` counts, found in the whole text at C speed first: most
# texts have fewer than two and are not looked at line by line. (Its evidence may follow other
# whitespace, `_EVIDENCE` is matched on the line stripped; a mark may open the text.)
_SIGN = re.compile(r"(?:\A|\n)(?:[^\S\n]*[.,!?\[、。，．！？]| )")


def split_inline(text: str, groups: list[list[str]]) -> bool:
    """True when the text puts inline elements on lines of their own: two lines inside a
    group go on the line before (`_goes_on`), or are a bracketed mark's parts."""
    signs = _SIGN.finditer(text)
    if next(signs, None) is None or next(signs, None) is None:
        return False
    n = 0
    for g in groups:
        for i in range(len(g)):
            if (i and _goes_on(g, i)) or _mark(g, i):
                n += 1
                if n >= _MIN_EVIDENCE:
                    return True
    return False


def _bracket(s: str) -> bool:
    return s in ("[", "(")


def inline_joins(lines: list[str]) -> list[bool]:
    """For each break between lines[i] and lines[i+1] of a text `split_inline` found, True
    when it splits a sentence at an inline element."""
    out: list[bool] = []
    for a, b in zip(lines, lines[1:], strict=False):
        sa, sb = a.strip(), b.strip()
        if not sa or not sb or a[:2].isspace() or b[:2].isspace():
            out.append(False)  # an indented line is code: a <pre> keeps its own line breaks
        elif _bracket(sa) or sb in ("]", ")"):
            out.append(True)  # inside a bracketed mark: "[", "2", "]"
        elif sa in ("]", ")") or sb.startswith("["):
            out.append(False)  # a footnote mark or an edit link stays a line of its own
        elif _GOES_ON.match(sb) or _OPENS.search(sa):
            out.append(True)
        elif TERMINAL.search(sa):
            out.append(False)
        else:
            spaced = a[-1:].isspace() or b[:1].isspace()
            out.append(spaced or small_letter(sb[:1]) or bool(_OPEN_LOWER.match(sb) and small_letter(sb[1:2])))
    return out
