"""Ruby readings that a flattener printed after their kanji, in parentheses.

A Japanese page for children or learners writes a reading above each kanji (``<ruby>北海道
<rt>ほっかいどう</rt></ruby>``); the HTML reader leaves ``<rt>`` out, but a browser's copy or a
converter that keeps the ``<rp>`` fallback prints it in the line: "北海道(ほっかいどう)の森野町
(もりのちょう)で". On a text page with `_MIN_READINGS` such readings or more, each is a `Span`
of category ``markup`` (rule ``ruby_reading``), cut from the kept text as a Markdown link's
target is (read/markdown.py): the clean text reads "北海道の森野町で". A page with one or two
is an author's gloss of a rare word, left as written.
"""

from __future__ import annotations

import re

from ..model import Block, Span
from .markdown import at_least

# A reading: kana only (hiragana, katakana, the long vowel mark), in ASCII or full-width
# parentheses, right after a kanji (or the iteration marks 々 〆 ヶ).
# (The parenthesis first, the kanji behind it checked after: the search then skips from one
# parenthesis to the next instead of trying the lookbehind at every character of the page.)
_READING = re.compile(r"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ][(（])"
                      r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc]{1,12}[)）]")
_MIN_READINGS = 3


def attach_readings(blocks: list[Block], source: str) -> None:
    """Give each block of a page with printed ruby readings their spans; none elsewhere."""
    if "(" not in source and "（" not in source:
        return
    if not at_least(_READING, source, _MIN_READINGS):
        return
    for b in blocks:
        b.add_spans(Span(m.start(), m.end(), "markup", "ruby_reading") for m in _READING.finditer(source, b.start, b.end))
