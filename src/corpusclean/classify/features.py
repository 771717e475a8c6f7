"""Per-block measurements the rules share: words, stopword density, shape.

Length is counted in words where a script separates words with spaces, and in characters
where it does not (Chinese, Japanese, Thai, ...), converted to word-equivalents
(``lang.unspaced``), so that "prose" means the same amount of text in every script. Function
words are the page language's (``lang.stopwords``): whole tokens for spaced scripts,
substrings for unspaced ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.script import COMBINING_MARKS
from ..lang.stopwords import stopwords
from ..lang.unspaced import unspaced_measure
from ..model import Block
from ..segment.blocks import without_spans
from ..segment.reflow import TERMINAL, UNSPACED_BULLET

__all__ = ["BULLET", "NUMBERED", "Features", "measure", "shown", "stopwords", "words"]

# A word: letters, digits and the combining marks written inside words.
_WORD = re.compile(rf"[\w{COMBINING_MARKS}]+")
# A date or a time written with its CJK units ("2025年1月20日", "10时30分") is one \w+ token
# that is not all digits; it is a number all the same: a "最終更新日: 2025年1月20日" line is
# a dateline, not a headline.
_UNIT_NUMBER = re.compile(r"(?:\d+[年月日号號時时分秒])+\d*")
# A list item's bullet, spaced or as Chinese and Japanese lists write it (reflow.UNSPACED_BULLET).
BULLET = re.compile(rf"^(?:(?:[*+•·▪►‣◦○●■□➔→»›>-]|o(?= [A-Z0-9]))\s+|{UNSPACED_BULLET})")
# A numbered list item's mark: "3. ", "3) ", html2text's "3\. ".
NUMBERED = re.compile(r"\s*\d{1,3}\\?[.)]\s")

# Above this share of number tokens a block is a list of dates, counts or figures (an
# archive picker "Oktober 2020 (1) September 2020 (2) ...", a calendar, a results table),
# whatever its function words: jusText's lists hold month names. Running prose, even a
# sports report or a financial one, stays well under it. bench/multi text (--lang any),
# site-disjoint halves: without it 0.8305/0.8635, at 0.3 or 0.4 0.8311/0.8688, at 0.5
# 0.8305/0.8688; bench/dev text 0.931 at every value.
_PROSE_MAX_DIGITS = 0.4


# Lao and Thai end no sentence with a mark: there a missing one says nothing.
_UNMARKED = re.compile("[\u0e00-\u0eff]")


# A block of 30+ words with this share of its words capitalised is a run of titles (a menu,
# a link list or a product grid flattened to one line), not prose, in any cased script;
# German prose, which capitalises its nouns, stays near 0.35, and all-capitals prose is
# left alone. On bench/dev's text track no gold paragraph of 30+ words reaches 0.8 (15
# unlabelled blocks do). bench/multi text (--lang any), site-disjoint halves: without it
# 0.883/0.860, at 0.8 0.883/0.863, at 0.7 the same; bench/dev text 0.933/0.926 ->
# 0.933/0.927 at either (4 pages better, 1 worse).
_PROSE_MAX_CAPS = 0.8


@dataclass(slots=True)
class Features:
    words: int
    chars: int
    stop_density: float
    terminal: bool  # ends like a sentence
    bullet: bool
    cap_share: float  # share of words starting upper-case: menus and link lists are Title Case
    digit_share: float
    shouting: bool = False  # written all in capitals: a share of capitals says nothing of it
    no_function_words: bool = False  # none known for the page's language: `stop_density` is a guess

    @property
    def prose(self) -> bool:
        """Reads like running text: enough words, and function words among them.

        The thresholds are jusText's (length_high 200 chars ≈ 30 words, stopwords_high 0.32,
        stopwords_low 0.30) relaxed for flattened text, where a paragraph's links are inline:
        measured on bench/dev gold paragraphs, 95% have ≥ 0.25 density once they pass 10 words.
        """
        if self.digit_share > _PROSE_MAX_DIGITS:
            return False
        if self.words >= 30 and self.cap_share >= _PROSE_MAX_CAPS and not self.shouting:
            return False
        if self.no_function_words and self.words < 30 and not self.terminal:
            # Where no function words tell prose from titles (Khmer, Burmese, Amharic, Somali:
            # no list), a short block is prose when it ends like a sentence. On the blind sets'
            # text dumps of those pages, 10-29 word blocks without a sentence end were 74 lines
            # of chrome (teaser titles, menus) and 19 of the article, its headline and captions.
            return False
        if self.words >= 10 and self.stop_density >= 0.25:
            return True
        return self.words >= 30 and self.stop_density >= 0.15

    @property
    def short(self) -> bool:
        return self.words < 10


def shown(source: str, block: Block) -> str:
    """The text the block shows a reader: without its markup (a Markdown link's target, a
    text browser's link number, a ruby reading). A link's address is no words of the page:
    "* [Council delays vote](/news/council-delays-vote-on-later-start-times/)" is a
    four-word link, not a 12-word sentence, and its slug's "on" no function word."""
    return without_spans(source, block, block.spans) if block.spans else block.text


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (`_WORD`)."""
    return _WORD.findall(text.lower())


def measure(text: str, toks: list[str], stops: frozenset[str],
            particles: re.Pattern[str] | None = None) -> Features:
    """The features of a block that shows `text` (``shown``), `toks` its words (``words`` of
    its first 20,000 characters: enough for any decision). `particles`: the page language's
    function words as a pattern found inside runs of an unspaced script
    (``lang.stopwords.particles``); None for spaced languages."""
    words = len(toks)
    hits = sum(map(stops.__contains__, toks)) if stops else 0
    equivalents = 0
    if not text.isascii():
        # A run of Chinese or Thai is one \w+ token however long: count it in characters.
        spaced, equivalents, found = unspaced_measure(text[:20000], toks, particles)
        if equivalents:
            words, hits = spaced + equivalents, hits + found
    n = max(words, 1)
    raw = text[:20000].split()
    caps = sum(map(str.isupper, (w[0] for w in raw)))  # split() gives no empty word
    # A run of an unspaced script is one split() word however long: it counts as the words it
    # holds, none of them capitalised nor a number. A Chinese paragraph naming "West Kowloon
    # Harbourfront Weekend Market" is not a run of titles, nor a Thai one with a few dates
    # and figures a table's row.
    digits = sum(map(str.isdigit, toks))
    if not text.isascii():
        digits += sum(1 for t in toks if t[0].isdigit() and not t.isdigit() and _UNIT_NUMBER.fullmatch(t))
    sd = hits / n if stops or particles is not None else 0.3
    return Features(
        words=words,
        chars=len(text),
        stop_density=sd,
        terminal=bool(TERMINAL.search(text)),
        bullet=bool(BULLET.match(text)),
        cap_share=caps / max(len(raw) + equivalents, 1),
        digit_share=digits / n,  # (of the words counted as above: a Thai run holds many)
        shouting=caps == len(raw) and text.isupper(),
        no_function_words=not stops and particles is None and not _UNMARKED.search(text),
    )
