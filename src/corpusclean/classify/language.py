"""Label every block of a page with its language, and blocks in a non-target language foreign.

For each block ``lang.detect.identify`` runs on (at most) the first
``lang.detect.SAMPLE_CHARS`` characters, with the target languages as hint; then:

* ``block.lang`` / ``block.lang_score``: the code ("und" when unknown) and confidence.
* ``block.foreign``: the language is known, not "und", and not a target (never when
  ``config.any_lang``).
* foreign blocks get ``block.add("language", RULE, score, detail=lang)`` where RULE says what
  decided the language: ``foreign_script`` (the script alone: Greek, Hangul, Thai, ...),
  ``foreign_language`` (the model, or the Pashto check on Arabic-script text), or
  ``foreign_context`` (too short to tell; inherited from its neighbours, below).

**Context rule** for blocks too short to tell (``und`` but with letters, e.g. a two-word
Pashto heading inside a Pashto appeal): the block takes the language of the nearest block
within ``CONTEXT_WINDOW`` blocks before or after it that is written in the same script and
whose language is known from its own text (on a tie the following block wins: a short
block is more often a heading over what follows than a tail of what precedes); failing
that, the language with the most characters among the page's same-script blocks. The score
is half the source's. Same script only, so a short Latin line between Pashto paragraphs
does not become Pashto. Blocks with no letters stay "und"; and a Latin-script block never
inherits when a target language is written in Latin: those lines are the detector's hint
case, and a short Latin line on an English page must never be labelled foreign.

**A page without the target's function words**: with one target, a page whose long blocks
together have almost none of its function words is no prose in it, and its long blocks that
the model gave the target under the hint take the model's own answers
(`_hint_without_function_words`).

**--lang auto**: the target is the page's own main language (``page_language``: the
language with the most words among its blocks of 8+ words, identified without a hint);
blocks in other languages are foreign as with any target. A page with no such block has no target and nothing foreign.

Page level: ``page.metadata["lang"]`` is, with --lang auto, the page's own language; else
(or when it has none) the language with the most characters among blocks of known language
("und" if none). ``page.stats`` counts ``lang_blocks:<code>`` and ``lang_chars:<code>``
(characters of block text) for every code, "und" included.
"""

from __future__ import annotations

import re
from collections import Counter

from ..config import Config
from ..lang.detect import (
    HINT_SCORE,
    LATIN_HINT_WORDS,
    MIN_LETTERS,
    MIN_SHORT_SCORE,
    STOPWORD_SHARE,
    Detection,
    identify,
    lang_scripts,
    normalize_lang,
)
from ..lang.stopwords import stopwords
from ..lang.unspaced import word_equivalents
from ..model import Page
from .features import words
from .phrases import match
from .rules.chrome import SERVER_MESSAGE

#: How many blocks on each side a too-short block looks at for a same-script neighbour.
CONTEXT_WINDOW = 3

RULES: dict[str, str] = {
    "script": "foreign_script",
    "model": "foreign_language",
    "pashto": "foreign_language",
    "context": "foreign_context",
}


def target_langs(config: Config) -> tuple[str, ...]:
    """The configured target languages, normalized as the detector reports them
    (``prs`` -> ``fa``); empty when any language is kept. ``auto`` is not a language: it
    stands for each page's own (``page_language``)."""
    if config.any_lang:
        return ()
    return tuple(dict.fromkeys(normalize_lang(lang) for lang in config.langs
                               if lang.strip() and lang != "auto"))


# With --lang auto a page's main language is read off its longer blocks only: menus and
# widgets are short, mostly in the site's interface language, and where the models guess.
# Blocks are measured in words (word-equivalents in unspaced scripts, `lang.unspaced`), not
# letters: a Hangul or Han character holds what takes an English word two to five letters,
# so in letters a Korean journal page's English abstract outweighs its Korean one.
_AUTO_MIN_LETTERS = 40
_AUTO_MIN_WORDS = 8


def page_language(page: Page, config: Config) -> str | None:
    """The language with the most text among the page's blocks of at least
    ``_AUTO_MIN_WORDS`` words written in a language (`written_in`), identified without a
    hint; None when none is known, or when the model cannot read the page (`unread`, asked
    of the blocks of ``_AUTO_MIN_LETTERS`` letters)."""
    amount: Counter[str] = Counter()
    found = []
    for b in page.blocks:
        if len(b.text) < _AUTO_MIN_WORDS * 2:
            continue  # not measured: 8 words of text take more in any script (a Han word-equivalent is 2 characters)
        n = word_equivalents(b.text)
        if n < _AUTO_MIN_WORDS and len(b.text) < _AUTO_MIN_LETTERS:
            continue
        d = identify(b.text, config.lang_detector)
        if d.lang == "und" or not written_in(b.text, d.lang):
            continue
        if n >= _AUTO_MIN_WORDS:
            amount[d.lang] += n
        if d.letters >= _AUTO_MIN_LETTERS:
            found.append(d)
    if not amount or unread(found):
        return None
    return amount.most_common(1)[0][0]


# A page in a language the model was not trained on (Hausa; Yoruba, which the small fastText
# model and py3langid call Irish or Catalan) gets a scatter of low guesses for its
# paragraphs: "it" 0.35, "de" 0.13, "nl" 0.13, "sw" 0.19, ... A page in a language the model
# knows has most of its long blocks' letters in one language said with confidence (above
# `MIN_SHORT_SCORE`, as a short text's answer must be), or, where its text is unusual (a
# template's Lorem ipsum, each paragraph English at 0.4), in one language all the same:
# three quarters of the letters. Neither is no page language. Two paragraphs at least: one
# guess is no scatter.
_READ_SHARE = 0.5
_SAME_SHARE = 0.75
_READ_MIN_BLOCKS = 2


def unread(dets: list[Detection]) -> bool:
    """Whether the model's answers for a page's long blocks (`dets`, of ``_AUTO_MIN_LETTERS``
    letters or more) say that it cannot read the page's language."""
    long = [d for d in dets if d.letters >= _AUTO_MIN_LETTERS and d.method == "model"]
    if len(long) < _READ_MIN_BLOCKS:
        return False
    total: Counter[str] = Counter()
    sure: Counter[str] = Counter()
    for d in long:
        total[d.lang] += d.letters
        if d.score >= MIN_SHORT_SCORE:
            sure[d.lang] += d.letters
    main, letters = total.most_common(1)[0]
    whole = sum(total.values())
    return sure[main] < _READ_SHARE * whole and letters < _SAME_SHARE * whole


# A paragraph of prose in any language with a stoplist has a quarter or more of its words
# among them (features.py: 95% of bench/dev's gold paragraphs); code, templates and lists of
# names have few ("if" and "get" in a template line of 14 names: 0.14). bench/multi, --lang
# auto, site-disjoint halves: without the test text 0.884/0.860 and html 0.943/0.923 (one
# page emptied), with it at 0.2 0.884/0.860 and 0.945/0.923 (none), as --lang any scores;
# 0.12 let that template line count. With --lang any no page of the four tracks changes.
_AUTO_MIN_STOPS = 0.2


def written_in(text: str, lang: str) -> bool:
    """Whether `text` is text written in `lang`, which it was identified as, rather than
    machine text that reads like it. A server's error messages printed into the page (PHP's
    "Warning: ... on line 36") and a comment widget's script template (``<# if (
    ThriveComments.current_user.ID ) { #>``) read as English whatever the site's language,
    and can outweigh a short article in letters (bench/multi m0037, a German travel page
    under 28 PHP warnings; m0092, a German article above 60 template lines): neither is the
    page's language. Text counts when it shows no machine syntax (`_MACHINE`), when its
    function words are `lang`'s (`_AUTO_MIN_STOPS`), when `lang` has no list of them, or when
    it is too short to tell (a heading, a menu)."""
    if len(text) < _JUDGE_CHARS or not _MACHINE.search(text):
        return True
    stops = stopwords(lang)
    if not stops:
        return True
    toks = words(text[:2000])
    if len(toks) < _JUDGE_WORDS:
        return True
    if sum(map(stops.__contains__, toks)) < _AUTO_MIN_STOPS * len(toks):
        return False
    return not match(SERVER_MESSAGE, text, len(toks))


# Under this many words a text's function words say little: headings and menu items have
# none, in any language. (Eight words of any spaced script take 30 characters or more.)
_JUDGE_WORDS = 8
_JUDGE_CHARS = 30
# Machine text shows its syntax: paths, calls, templates and assignments. A block without
# any of these characters is taken as written without counting its function words.
_MACHINE = re.compile(r"[{}<>=_/\\]|::")



def _known(d: Detection) -> bool:
    return d.lang != "und" and d.method != "context"


def _from_context(dets: list[Detection], i: int) -> Detection | None:
    script = dets[i].script
    n = len(dets)
    for dist in range(1, CONTEXT_WINDOW + 1):
        for j in (i + dist, i - dist):  # following block first on a tie
            if 0 <= j < n and dets[j].script == script and _known(dets[j]):
                return dets[j]
    return None


def _page_langs(dets: list[Detection]) -> dict[str, Counter[str]]:
    """Letters per language per script over the blocks whose language is known."""
    out: dict[str, Counter[str]] = {}
    for d in dets:
        if _known(d):
            out.setdefault(d.script, Counter())[d.lang] += d.letters
    return out


# langdetect has no Pashto model: it calls Pashto fa/ar/ur, and only the Pashto check (which
# needs Pashto-only letters or function words) corrects it. A short Arabic-script line with
# neither, between Pashto blocks, is Pashto too: its fa/ar/ur label is the missing model.
_NO_PASHTO_MODEL = frozenset({"langdetect"})
_PASHTO_CONFUSIONS = frozenset({"fa", "ar", "ur"})
_PASHTO_CONTEXT_MAX_LETTERS = 120


def _pashto_context(dets: list[Detection]) -> list[Detection]:
    out = list(dets)
    for i, d in enumerate(dets):
        if d.method == "model" and d.lang in _PASHTO_CONFUSIONS and d.letters <= _PASHTO_CONTEXT_MAX_LETTERS:
            src = _from_context(dets, i)
            if src is not None and src.lang == "ps":
                out[i] = Detection("ps", round(src.score * 0.5, 4), "context", d.script, d.letters)
    return out


def _contextualize(dets: list[Detection], targets: tuple[str, ...]) -> list[Detection]:
    latin_target = any("Latin" in lang_scripts(t) for t in targets)
    page_langs: dict[str, Counter[str]] | None = None  # computed when first needed
    out = list(dets)
    for i, d in enumerate(dets):
        if d.lang != "und" or not d.script or (d.script == "Latin" and latin_target):
            continue
        src = _from_context(dets, i)
        if src is None:
            if page_langs is None:
                page_langs = _page_langs(dets)
            counts = page_langs.get(d.script)
            if not counts:
                continue
            lang = counts.most_common(1)[0][0]
            src = max((e for e in dets if _known(e) and e.lang == lang and e.script == d.script),
                      key=lambda e: e.score)
        out[i] = Detection(src.lang, round(src.score * 0.5, 4), "context", d.script, d.letters)
    return out


# The target hint multiplies the target's probability by `HINT_BOOST`, which decides the
# close calls it is meant for (a line of chrome, a caption) and also every paragraph of a
# language the model does not know: it scatters low guesses over Hausa text ("it" 0.35, "nl"
# 0.13), and the target, at 0.03-0.17 of its own, wins them all. Prose in the target shows
# the target's function words; a page whose long blocks have under `_PAGE_MIN_STOPS` of
# them together has no prose in the target (English pages of bench/dev: 0.25 and more,
# but for a parts catalogue at 0.09 and a template's Lorem ipsum at 0.13; pages in
# Hausa, Yoruba, Swahili, Latvian or Quechua: 0.00-0.11). On such a page the long blocks
# that the model gave the target only with the hint take the model's own answers: a
# Swahili page's are Swahili, a Hausa page's a scatter of guesses (the page is `unread`),
# and the catalogue's are English still. A template's Lorem ipsum (bench/dev 0285) stays
# under the English around it, at 0.13; a page of Lorem ipsum alone reads as Latin.
_PAGE_MIN_STOPS = 0.12


def _hint_without_function_words(page: Page, dets: list[Detection], targets: tuple[str, ...],
                                 detector: str) -> list[Detection]:
    """`dets` with the answers the target hint decided on a page with no prose in the
    target replaced by the model's own."""
    if len(targets) != 1 or not stopwords(targets[0]):
        return dets  # several targets share the hint: no one list of function words
    target = targets[0]
    suspects = [i for i, d in enumerate(dets)
                if d.method == "model" and d.lang == target and d.letters >= _AUTO_MIN_LETTERS]
    if not suspects:
        return dets
    scripts = lang_scripts(target)
    long = [(b, d) for b, d in zip(page.blocks, dets, strict=True)
            if d.letters >= _AUTO_MIN_LETTERS and d.script in scripts]
    # (the blocks the target's function words decided have STOPWORD_SHARE of them or more:
    # when they hold a third of the letters, the page has prose in the target, uncounted)
    if sum(d.letters for _, d in long if d.method == "stopwords") * STOPWORD_SHARE >= (
            _PAGE_MIN_STOPS * sum(d.letters for _, d in long)):
        return dets
    stops = stopwords(target)
    hits = total = 0
    for b, _ in long:
        toks = words(b.text[:2000])
        total += len(toks)
        hits += sum(map(stops.__contains__, toks))
    if not total or hits >= _PAGE_MIN_STOPS * total:
        return dets
    again = {i: identify(page.blocks[i].text, detector) for i in suspects}
    return [again.get(i, d) for i, d in enumerate(dets)]


def _short_ascii(text: str, latin_target: str | None) -> Detection | None:
    """The detector's short-Latin-line answer without its work: plain ASCII lines of a few
    words (most of a page's chrome) are the target's, exactly as ``identify`` would say."""
    if latin_target is None or not text.isascii() or len(text) > 120:
        return None
    ascii_words = _ASCII_WORD.findall(text)
    if not ascii_words or len(ascii_words) > LATIN_HINT_WORDS:
        return None
    letters = sum(len(w) for w in ascii_words)
    if letters < MIN_LETTERS:
        return None
    return Detection(latin_target, HINT_SCORE, "hint", "Latin", letters)


_ASCII_WORD = re.compile(r"[A-Za-z]+")


def label_language(page: Page, config: Config) -> None:
    """Set ``lang``, ``lang_score`` and ``foreign`` on every block of ``page``, label the
    foreign ones, and record the page language and per-language counts (module docstring)."""
    targets = target_langs(config)
    own = None
    if config.auto_lang:
        own = page_language(page, config)
        targets = tuple(dict.fromkeys(targets + ((own,) if own else ())))
    latins = [t for t in targets if "Latin" in lang_scripts(t)]
    latin = latins[0] if len(latins) == 1 else None
    dets = [
        _short_ascii(b.text, latin) or identify(b.text, config.lang_detector, hint=targets)
        for b in page.blocks
    ]
    dets = _hint_without_function_words(page, dets, targets, config.lang_detector)
    dets = _contextualize(dets, targets)
    if config.lang_detector in _NO_PASHTO_MODEL:
        dets = _pashto_context(dets)
    chars: Counter[str] = Counter()
    for block, d in zip(page.blocks, dets, strict=True):
        block.lang = d.lang
        block.lang_score = d.score
        block.foreign = bool(targets) and d.lang != "und" and d.lang not in targets
        if block.foreign:
            block.add("language", RULES.get(d.method, "foreign_language"), d.score, d.lang)
        page.stats[f"lang_blocks:{d.lang}"] += 1
        page.stats[f"lang_chars:{d.lang}"] += len(block.text)
        chars[d.lang] += len(block.text)
    chars.pop("und", None)
    # A page the model cannot read has no language to name: its blocks' scattered guesses
    # stay on them, for the manifest and for a target language that removes them all; the
    # page is counted (stats.json counters), and read without function words
    # (classify._label; features.Features.prose). With --lang auto, `page_language` has
    # asked that of the page's long blocks before the hint: with the page's language as the
    # hint, most blocks are answered by it, and the few the model still answers are no
    # sample of the page.
    if own is None and unread(dets):
        page.metadata["lang"] = "und"
        page.stats["pages_lang_unread"] += 1
    else:
        page.metadata["lang"] = own or _main_language(page, dets, chars)


def _main_language(page: Page, dets: list[Detection], chars: Counter[str]) -> str:
    """The language with the most characters of text written in it (`written_in`), not of
    machine text that reads like it; a page with no such block (a list of names, a table)
    is read by all its characters. A page in one language needs no reading."""
    if len(chars) < 2:
        return next(iter(chars), "und")
    written: Counter[str] = Counter()
    for block, d in zip(page.blocks, dets, strict=True):
        if d.lang in chars and written_in(block.text, d.lang):
            written[d.lang] += len(block.text)
    main = written or chars
    return main.most_common(1)[0][0]
