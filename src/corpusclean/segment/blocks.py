"""Source text to blocks with code-point offsets.

Blank lines separate groups. A group's lines are blocks of their own (one item per line,
as scrapers flatten menus and forms) unless the group is hard-wrapped, in which case wrapped
lines are joined back into paragraphs. A block's text is its source with whitespace runs
collapsed; its offsets cover it exactly in the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.script import COMBINING_MARKS
from ..model import Block, Span
from .inline import CJK_CLOSING, CLOSING, OPENING, inline_joins, split_inline
from .reflow import is_wrapped, joins, lower_wraps, page_width, wrapped_at

_WS = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """Every run of whitespace as one space: how a block's text shows its source."""
    if "  " not in text and text.isprintable():
        return text  # no whitespace but single spaces: every other \s is unprintable (C speed)
    return _WS.sub(" ", text)


# A wrap between two Chinese or Japanese characters (or their punctuation) joins them
# without a space: those scripts put none between words, and a wrap may fall anywhere.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}])[^\S\n]*\n\s*(?=[{_CJK}])")


# A wrap before a combining mark cut a word: the mark (a Thai or Devanagari vowel sign)
# belongs to the letter before the break, never to a word of its own.
_MARK_WRAP = re.compile(rf"[^\S\n]*\n\s*(?=[{COMBINING_MARKS}])")


# A wrap after a word's hyphen ("well-" / "known") joins the two halves without a space: the
# hyphen of a compound ("well-known", "Baden-Württemberg") stays, and a syllable's hyphen
# ("hyphen-" / "ation") is better kept than made into two words.
_HYPHEN_WRAP = re.compile(r"(?<=\w-)[^\S\n]*\n\s*(?=\w)")

# A break with no space beside it before closing punctuation or after an opening bracket
# split the text at an inline element (segment/inline.py: "Байкал" / ". Это", "[" / "2" /
# "]"): the punctuation stays where the page sets it. A wrap never falls there: wrapping
# breaks at a space.
_PUNCT_WRAP = re.compile(rf"(?<=\S)\n(?=[{CLOSING}{CJK_CLOSING}])|(?<=[{OPENING}])\n(?=\S)")


def collapse_joined(text: str) -> str:
    """A paragraph joined from wrapped lines as one line: `collapse_whitespace`, except
    that a wrap after a hyphen, between two Chinese or Japanese characters, or before a
    combining mark, and a bare break before closing punctuation or after an opening bracket
    (`_PUNCT_WRAP`), leave no space."""
    if "-" in text:
        text = _HYPHEN_WRAP.sub("", text)
    if "\n" in text:
        text = _PUNCT_WRAP.sub("", text)
    if text.isascii():
        return collapse_whitespace(text)
    return collapse_whitespace(_MARK_WRAP.sub("", _CJK_WRAP.sub("", text)))


def without_spans(source: str, b: Block, spans: Sequence[Span]) -> str:
    """What the block shows with `spans` (its markup, in source order) cut: the rest of its
    source joined as a wrapped paragraph is (`collapse_joined`)."""
    parts, pos = [], b.start
    for s in spans:
        parts.append(source[pos:s.start])
        pos = s.end
    parts.append(source[pos:b.end])
    return collapse_joined("".join(parts)).strip()


#: What `join_blocks` puts between blocks: NUL is no word character, so no \w token runs
#: across it, and no cased letter, so lower-casing the joined page lower-cases each block
#: as it would alone (final sigma, dotted I).
BLOCK_SEP = "\x00"


def join_blocks(texts: list[str]) -> str | None:
    """The blocks' texts joined by `BLOCK_SEP`, to tokenize or lower-case a whole page in
    one pass; None when there are none, or when a block holds the separator itself (the
    caller then goes block by block)."""
    joined = BLOCK_SEP.join(texts)
    return joined if texts and joined.count(BLOCK_SEP) == len(texts) - 1 else None


# Lines longer than this are never rewrapped or split further: no hard wrap is this wide,
# and it keeps the reflow check linear on pathological single-line pages.
_MAX_WRAP_LINE = 400


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        out.append((pos, nl))
        pos = nl + 1
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str) -> list[Block]:
    blocks: list[Block] = []
    groups: list[list[tuple[int, int]]] = [[]]
    for s, e in _lines(text):
        if text[s:e].strip():
            groups[-1].append((s, e))
        elif groups[-1]:
            groups.append([])
    lines = [[text[s:e] for s, e in g] for g in groups]
    # wrapped: True, False, or None for a group that cannot be (one line, or an overlong one)
    wrapped = [is_wrapped(g) if len(g) > 1 and all(len(x) <= _MAX_WRAP_LINE for x in g) else None for g in lines]
    width = page_width([g for g, w in zip(lines, wrapped, strict=True) if w])
    inline = split_inline(text, lines)

    def flush(group: list[tuple[int, int]], strs: list[str], wrap: bool | None) -> None:
        if not group:
            return
        if len(group) == 1:
            s, e = _strip_span(text, *group[0])
            blocks.append(Block(s, e, collapse_whitespace(text[s:e])))
            return
        if wrap:
            glue = joins(strs)
        elif wrap is not None and wrapped_at(strs, width):
            glue = joins(strs, width)
        elif wrap is not None:
            glue = lower_wraps(strs, width)
        else:
            glue = [False] * (len(strs) - 1)
        if inline:
            glue = [x or y for x, y in zip(glue, inline_joins(strs), strict=True)]
        i = 0
        while i < len(group):
            j = i
            while j < len(glue) and glue[j]:
                j += 1
            s, e = _strip_span(text, group[i][0], group[j][1])
            if e > s:
                span = text[s:e]
                blocks.append(Block(s, e, collapse_joined(span) if j > i else collapse_whitespace(span),
                                    lines=j - i + 1))
            i = j + 1

    for group, strs, wrap in zip(groups, lines, wrapped, strict=True):
        flush(group, strs, wrap)
    return blocks
