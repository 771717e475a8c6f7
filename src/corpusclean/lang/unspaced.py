"""Length and function words of text in scripts written without spaces between words.

Chinese, Japanese, Thai, Lao, Khmer, Myanmar and Tibetan run a whole clause together, so a
``\\w+`` token there is a clause, not a word, and "at least 10 words" never holds. Their
runs are counted in characters and converted to word-equivalents with the usual length of
a word in each script, so every threshold written in words means about as much text in
any script. Hangul is written with spaces and is counted in words like Latin.
"""

from __future__ import annotations

import re

# Han (with the compatibility ideographs and extension planes) and kana.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
# Thai, Lao, Tibetan, Myanmar, Khmer: abugidas whose vowel and tone marks are code points too.
_SEA = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
#: The unspaced scripts as a character-class body, for patterns that split them per character.
UNSPACED_CHARS = _CJK + _SEA
#: Han and kana alone, as a character-class body.
CJK_CHARS = _CJK
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SEA_RUN = re.compile(f"[{_SEA}]+")
_ANY_UNSPACED = re.compile(f"[{_CJK}{_SEA}]")
_WORD = re.compile(r"\w+")

# Characters per word. A Chinese word is 1.5-1.7 characters on average and a Japanese one
# about 2 (kana are syllables); 2 for both makes a Chinese paragraph need slightly more
# text than an English one to count as prose, never less. A Thai word is 3-5 code points
# with its vowel and tone marks (likewise Lao, Khmer, Myanmar, Tibetan): 4.
CJK_CHARS_PER_WORD = 2.0
SEA_CHARS_PER_WORD = 4.0


def has_unspaced(text: str) -> bool:
    return _ANY_UNSPACED.search(text) is not None


def unspaced_measure(text: str, toks: list[str], particles: re.Pattern[str] | None) -> tuple[int, int, int]:
    """(tokens with no unspaced letters, word-equivalents of the unspaced runs of ``text``,
    function words found in those runs by ``particles``). The runs are read off the text,
    not the tokens: Thai vowel and tone marks are not ``\\w`` and split its tokens.
    (len(toks), 0, 0) when nothing is unspaced."""
    cjk_runs, sea_runs = _CJK_RUN.findall(text), _SEA_RUN.findall(text)
    if not cjk_runs and not sea_runs:
        return len(toks), 0, 0
    # tokens with anything but an unspaced script (Latin words, digits, "iPhone" in "iPhone发布")
    spaced = sum(1 for t in toks if _ANY_UNSPACED.sub("", t))
    cjk, sea = sum(map(len, cjk_runs)), sum(map(len, sea_runs))
    found = 0
    if particles is not None:
        found = sum(len(particles.findall(run)) for run in (*cjk_runs, *sea_runs))
    equivalents = max(1, round(cjk / CJK_CHARS_PER_WORD + sea / SEA_CHARS_PER_WORD))
    return spaced, equivalents, found


def word_equivalents(text: str) -> int:
    """Words of `text`, its runs of an unspaced script in word-equivalents."""
    toks = _WORD.findall(text)
    spaced, equivalents, _ = unspaced_measure(text, toks, None)
    return spaced + equivalents
