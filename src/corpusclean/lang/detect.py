"""Block-level language identification: script gate, then a model, then a Pashto check.

Pipeline for one text (see ``identify``):

1. **Script gate** (``script.dominant_script``): count letters per script.

   * fewer than ``MIN_LETTERS`` letters: ``und``.
   * a script that means one language (Hangul, kana, Greek, Hebrew, Thai, Georgian,
     Armenian, ...): answer from the script alone, no model.
   * Latin, few words (``SHORT_WORDS``) and a Latin-script target in ``hint``: answer the
     target language with low confidence instead of guessing. Short web chrome ("Leave a
     Comment", "Tags :", "Lost your password?") is where n-gram models fail (langdetect
     called 40 of 79 such English lines foreign), and removing English chrome as "foreign"
     from an English corpus is the costly mistake; chrome rules handle it instead.
   * any other text shorter than ``MIN_MODEL_LETTERS`` letters: ``und`` (callers such as
     ``classify.language`` let it inherit its neighbours' language).

2. **Model** (``backends``), restricted to the languages written in the dominant script
   (Arabic script: ar/fa/ur/ps/...; Cyrillic: ru/uk/bg/...; Latin: the Latin-script
   languages), with the ``hint`` languages given a prior ``HINT_BOOST`` times the others.
   fastText's lid.176, py3langid or langdetect (seeded, so answers are deterministic).

3. **Pashto check** on Arabic-script text: Pashto-only letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې) at a
   share of at least ``PASHTO_MIN_SHARE`` of the Arabic letters, or failing that two or
   more Pashto function words (``PASHTO_WORDS``: د، دا، وو، دوی، ...) making up a tenth of
   the words, turn an ``fa``/``ur``/``ar`` label into ``ps``. It also names text too short
   for the model (a heading like "ملاتړ وکړئ"). langdetect has no Pashto model at all, so
   this is its only way to say ``ps``; for fastText and py3langid it fixes lines they call
   Persian.

Codes are ISO 639-1 where one exists: model labels without one are folded into their
macrolanguage (arz/ary -> ar, uzs -> uz, yue/wuu -> zh, sdh/ckb -> ku, zh-cn/zh-tw -> zh).
**Dari (prs) is reported as ``fa``**: it is a variety of Persian, no model has a Dari
class, and on NTREX they call Dari text Persian; ``normalize_lang("prs")`` is ``"fa"`` so a
``prs`` target matches. Codes with no ISO 639-1 equivalent stay 3-letter (e.g. ``chr``).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from functools import cache, lru_cache

from .backends import DETECTORS, FAMILIES, LABELS, MODEL_SCRIPTS, NORMALIZE, model
from .script import SCRIPT_LANG, ScriptInfo, dominant_script, letter_counts
from .stopwords import stopwords

#: Below this many letters nothing is said at all (one- or two-letter strays: "é", "π", "OK"
#: next to digits). Scripts that name their language need no more than this.
MIN_LETTERS = 2
#: Below this many letters the models are not asked: on one or two short words character
#: n-gram models guess (py3langid: "Tags" -> tl, "Send" -> tr, "Photo" -> sk, "Login" ->
#: oc, each under 0.1), so such text is ``und`` unless a rule above decides.
MIN_MODEL_LETTERS = 10
#: A model answer for text of at most ``SHORT_WORDS`` words below this probability is
#: ``und`` ("Cookie settings" -> af 0.29, "Privacy Policy" -> pl 0.16 with py3langid).
MIN_SHORT_SCORE = 0.5
#: Latin text with at most this many words goes to the hint language when the hint has a
#: Latin-script language. Web chrome lines are 1-5 words ("Click here to read more").
SHORT_WORDS = 5
#: Pashto-only letters must be at least this share of Arabic letters (and at least one).
#: NTREX Pashto paragraphs: 4.4% minimum, 11% median; Persian/Dari/Urdu/Arabic: <= 0.3%.
PASHTO_MIN_SHARE = 0.02
#: Only the first this many characters are examined: identification is saturated long
#: before (NTREX three-sentence paragraphs are ~300-500 characters) and the model's cost
#: is linear in length (fastText ~0.3 us per character, py3langid ~0.7 us per UTF-8 byte).
SAMPLE_CHARS = 1000
#: Texts up to this long are cached (32,768 entries: at most ~10 MB).
CACHE_CHARS = 200
#: Confidence reported for a short Latin line given the hint language.
HINT_SCORE = 0.25
#: Latin lines of up to this many words on a page whose target is written in Latin take the
#: target's label without the model: they are headings, menu items and captions, where the
#: models guess (py3langid calls "Send" Turkish), and they cost most of the model's time.
#: Foreign Latin paragraphs are longer and still go to the model.
LATIN_HINT_WORDS = 8

#: A text mostly in Latin letters with at least this share of its letters in a target
#: language's script is that language's: "แชร์ไปยัง Facebook", "Facebookでシェア". Brand and
#: product names in Latin letters sit inside lines of every script (the reverse, Thai or
#: Hangul inside English text, is rare), and the vowel signs of Thai or Devanagari are not
#: letters here, so a line that is half Thai by length can count under half Thai letters.
MIXED_TARGET_SHARE = 1 / 3

#: Han text without kana shorter than this goes to a Japanese target (and not Chinese): a
#: kanji-only heading or label. Running Japanese has kana within any 30 characters.
HAN_HINT_LETTERS = 30

PASHTO_LETTERS = "ټځڅډړږښګڼۍې"
_PASHTO_FIXES = frozenset({"fa", "ur", "ar"})
#: Frequent Pashto words spelled without Pashto-only letters and not Persian, Urdu or
#: Arabic words (د "of", دا "this", وو "was", دوی "they", هغه "that", لپاره "for", ...). On
#: NTREX no Persian/Dari/Urdu/Arabic sample has two of them; 43 of 100 Pashto lines do.
PASHTO_WORDS = frozenset({"د", "دا", "وو", "دوی", "هغه", "خورا", "لپاره", "وویل", "ورته",
                          "شوی", "سره", "وي"})
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")

# Scripts each target language is written in (for "is this block's script one of ours?").
# Languages not listed are assumed to be written in Latin.
_LANG_SCRIPTS: dict[str, frozenset[str]] = {}
for _script, _lang in SCRIPT_LANG.items():
    _LANG_SCRIPTS.setdefault(_lang, frozenset())
    _LANG_SCRIPTS[_lang] |= {_script}
for _script, _langs in (*FAMILIES["py3langid"].items(), *FAMILIES["fasttext"].items()):
    for _lang in _langs:
        _lang = NORMALIZE.get(_lang, _lang)
        _LANG_SCRIPTS[_lang] = _LANG_SCRIPTS.get(_lang, frozenset()) | {_script}
for _lang in ("sr", "uz", "ku", "mn", "gom", "az", "tk"):
    _LANG_SCRIPTS[_lang] = _LANG_SCRIPTS.get(_lang, frozenset()) | {"Latin"}
_LANG_SCRIPTS["zh"] = frozenset({"Han", "Bopomofo"})
_LANG_SCRIPTS["ja"] = frozenset({"Japanese", "Han"})



@cache  # a fixed table per detector, asked by every Config (config.resolve_langs)
def known_langs(detector: str = "fasttext") -> frozenset[str]:
    """Every language code ``detect`` can report with ``detector``: the model's labels
    (normalized), the languages a script names, and Pashto (the Pashto check)."""
    labels = LABELS[detector]
    return (frozenset(normalize_lang(c) for c in labels) | set(SCRIPT_LANG.values()) | {"ps"}) - {"und"}


def parse_lang(code: str, detector: str = "fasttext") -> str | None:
    """A ``--lang`` value as a target code ('en-US' -> 'en', 'PRS' -> 'fa'), or None when
    ``detector`` cannot report that language (then every block would be foreign)."""
    code = code.strip().lower().replace("_", "-")
    base = code.split("-", 1)[0] if code not in NORMALIZE else code
    lang = normalize_lang(base)
    if (len(base) == 2 or base in NORMALIZE) and lang in known_langs(detector):
        return lang
    return None


def normalize_lang(code: str) -> str:
    """A language code as ``detect`` reports it: lower case, ISO 639-1 where possible."""
    code = code.strip().lower().replace("_", "-")
    return NORMALIZE.get(code, code)


@lru_cache(maxsize=1024)  # asked for every block's target languages
def lang_scripts(lang: str) -> frozenset[str]:
    """Scripts ``lang`` is written in (Latin for languages this module knows nothing of)."""
    return _LANG_SCRIPTS.get(normalize_lang(lang), frozenset({"Latin"}))


@dataclass(frozen=True, slots=True)
class Detection:
    """What ``identify`` found: language, confidence 0..1, and what decided it.

    ``method`` is one of: ``none`` (too little text: ``und``), ``script`` (the script names
    the language), ``hint`` (short Latin text given the target language), ``model``,
    ``pashto`` (the Pashto-letter check overrode or replaced the model), ``stopwords`` (a
    target's stopwords), ``mixed`` (a target's script holds ``MIXED_TARGET_SHARE`` of the
    letters, though Latin has more). ``script`` is the dominant script (for ``mixed``, the
    target's) and "" when there are no letters; ``letters`` the letters examined.
    """

    lang: str
    score: float
    method: str
    script: str
    letters: int


def pashto_share(text: str, arabic_letters: int | None = None) -> float:
    """Pashto-only letters as a share of the Arabic-script letters of ``text``."""
    n = sum(text.count(ch) for ch in PASHTO_LETTERS)
    if not n:
        return 0.0
    if arabic_letters is None:
        arabic_letters = letter_counts(text).get("Arabic", 0)
    return n / arabic_letters if arabic_letters else 0.0


def pashto_words(text: str) -> tuple[int, int]:
    """(Pashto function words, all words) among the Arabic-script words of ``text``."""
    words = _ARABIC_WORD.findall(text)
    return sum(w in PASHTO_WORDS for w in words), len(words)


def _looks_pashto(text: str, arabic_letters: int) -> bool:
    """Pashto letters at ``PASHTO_MIN_SHARE``, or (for text that happens to have none of
    them) at least two Pashto function words making up a tenth of the words."""
    if pashto_share(text, arabic_letters) >= PASHTO_MIN_SHARE:
        return True
    hits, words = pashto_words(text)
    return hits >= 2 and hits >= 0.1 * words


def identify(text: str, detector: str = "fasttext", *, hint: tuple[str, ...] = ()) -> Detection:
    """Language of ``text``; see the module docstring for the rules. ``hint``: target
    languages (e.g. ``Config.langs``), which win short Latin lines and get a prior boost.

    Deterministic, so repeated texts (boilerplate repeats across a site's pages) are
    answered from LRU caches: short ones keyed by the text, longer ones by its hash."""
    if detector not in DETECTORS:
        raise ValueError(f"unknown language detector {detector!r}; choose from {DETECTORS}")
    sample = text[:SAMPLE_CHARS]
    if "://" in sample or "www." in sample or "@" in sample:
        sample = _URL_OR_EMAIL.sub(" ", sample)  # their letters say nothing of the language
    targets = _targets(tuple(hint))
    if len(sample) <= CACHE_CHARS:
        return _identify_cached(sample, detector, targets)
    key = (hashlib.blake2b(sample.encode("utf-8", "surrogatepass"), digest_size=16).digest(), detector, targets)
    found = _long_answers.get(key)
    if found is None:
        found = _long_answers.put(key, _identify(sample, detector, targets))
    return found


@lru_cache(maxsize=64)
def _targets(hint: tuple[str, ...]) -> tuple[str, ...]:
    """The hint as normalized codes, once per distinct hint (identify runs per block)."""
    return tuple(dict.fromkeys(normalize_lang(h) for h in hint if h and h != "any"))


class _Answers:
    """A bounded LRU of answers for long samples, keyed by a 128-bit hash of the sample (not
    the sample itself: 10,000 answers hold ~1 MB, not up to 40 MB of text). A footer or an
    appeal repeated on every page of a site is identified once per process."""

    def __init__(self, size: int) -> None:
        self.size, self.data = size, OrderedDict[tuple[bytes, str, tuple[str, ...]], Detection]()
        self.lock = threading.Lock()  # Dask workers identify in several threads

    def get(self, key: tuple[bytes, str, tuple[str, ...]]) -> Detection | None:
        with self.lock:
            found = self.data.get(key)
            if found is not None:
                self.data.move_to_end(key)
            return found

    def put(self, key: tuple[bytes, str, tuple[str, ...]], value: Detection) -> Detection:
        with self.lock:
            self.data[key] = value
            if len(self.data) > self.size:
                self.data.popitem(last=False)
            return value


_long_answers = _Answers(10_000)


def _identify(sample: str, detector: str, targets: tuple[str, ...]) -> Detection:
    info = dominant_script(sample)
    script, letters = info.script, info.letters
    if letters < MIN_LETTERS:
        return Detection("und", 0.0, "none", script, letters)

    if script == "Latin" and targets and not any("Latin" in lang_scripts(t) for t in targets):
        mixed = _mixed_with_target(sample, targets, info)
        if mixed is not None:
            return mixed

    direct = SCRIPT_LANG.get(script)
    if script == "Han" and "ja" in targets and "zh" not in targets and letters < HAN_HINT_LETTERS:
        # Japanese headings and menu items are often kanji alone ("関連記事", "市議会"):
        # without kana the script cannot tell them from Chinese, and the target can.
        return Detection("ja", HINT_SCORE, "hint", script, letters)
    if direct is not None:
        weight = 1.0 if letters >= MIN_MODEL_LETTERS else 0.6
        return Detection(direct, round(info.share * weight, 4), "script", script, letters)

    if script == "Latin":
        latin_targets = tuple(t for t in targets if "Latin" in lang_scripts(t))
        words = _word_runs(sample)
        if latin_targets and words > SHORT_WORDS:
            hit = _stopword_target(sample, latin_targets)
            if hit is not None:
                return Detection(hit, 0.9, "stopwords", script, letters)
        if latin_targets and words <= LATIN_HINT_WORDS:
            if len(latin_targets) == 1 or letters < MIN_MODEL_LETTERS:
                return Detection(latin_targets[0], HINT_SCORE, "hint", script, letters)
            lang, p = model(sample, detector, "Latin", latin_targets)
            if lang not in latin_targets:  # the model could not place it among the targets
                lang, p = latin_targets[0], HINT_SCORE
            return Detection(lang, round(min(p, 0.5), 4), "hint", script, letters)

    if script == "Arabic":
        arabic = round(letters * info.share)
        pashto = _looks_pashto(sample, arabic)
        if letters < MIN_MODEL_LETTERS:
            if pashto:
                return Detection("ps", 0.5, "pashto", script, letters)
            return Detection("und", 0.0, "none", script, letters)
        # langdetect's Arabic-script languages (ar/fa/ur) would all be overruled by the
        # Pashto check, so its slow model is not even asked when the check fires
        lang, p = ("", 0.0) if pashto and detector == "langdetect" else model(
            sample, detector, "Arabic", targets)
        if pashto and (lang in _PASHTO_FIXES or not lang):
            share = pashto_share(sample, arabic)
            return Detection("ps", round(min(0.99, 0.6 + 5 * share), 4), "pashto", script,
                             letters)
        if p < MIN_SHORT_SCORE and _few_words(sample):
            return Detection("und", 0.0, "none", script, letters)
        return Detection(lang, round(p * info.share, 4), "model", script, letters)

    # "Other": letters of scripts this module has no range for; neither model knows them
    if letters < MIN_MODEL_LETTERS or script not in MODEL_SCRIPTS:
        return Detection("und", 0.0, "none", script, letters)
    lang, p = model(sample, detector, script, targets)
    if lang == "und" or (p < MIN_SHORT_SCORE and _few_words(sample)):
        return Detection("und", 0.0, "none", script, letters)
    return Detection(lang, round(p * info.share, 4), "model", script, letters)


def _script_letters(counts: Counter[str], lang: str) -> tuple[int, str]:
    """Letters of ``counts`` in the scripts ``lang`` is written in, and the largest of them."""
    best, total = "", 0
    for script in lang_scripts(lang):
        parts = ("Hiragana", "Katakana", "Han") if script == "Japanese" else (script,)
        n = sum(counts.get(p, 0) for p in parts)
        total += n
        if n and (not best or n > counts.get(best, 0)):
            best = script
    return total, best


def _mixed_with_target(sample: str, targets: tuple[str, ...], info: ScriptInfo) -> Detection | None:
    """The target language of a mostly Latin text with ``MIXED_TARGET_SHARE`` of its letters
    in a target's script; None otherwise."""
    if info.share > 1 - MIXED_TARGET_SHARE:
        return None
    counts = letter_counts(sample)
    for t in targets:
        n, script = _script_letters(counts, t)
        if n >= MIXED_TARGET_SHARE * info.letters:
            return Detection(t, HINT_SCORE, "mixed", script, info.letters)
    return None


# Share of a target language's stopwords above which a Latin block of 8+ words is that
# language without asking the model. Measured with jusText's English list on NTREX: English
# paragraphs have 0.36-0.73 (median 0.54); German, French, Spanish and Turkish lines at most
# 0.33 and paragraphs at most 0.15. This skips the model for most prose, the bulk of the time.
STOPWORD_SHARE = 0.35
_STOP_MIN_WORDS = 8


def _stopword_target(sample: str, targets: tuple[str, ...]) -> str | None:
    words = _WORD.findall(sample.lower())
    if len(words) < _STOP_MIN_WORDS:
        return None
    for t in targets:
        stops = stopwords(t)
        if stops and sum(map(stops.__contains__, words)) >= STOPWORD_SHARE * len(words):
            return t
    return None


_identify_cached = lru_cache(maxsize=32768)(_identify)


def clear_cache() -> None:
    """Forget cached answers (tests use it to check that answers are deterministic)."""
    _identify_cached.cache_clear()
    _long_answers.data.clear()


_WORD = re.compile(r"[^\W\d_]+")
_URL_OR_EMAIL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


def _word_runs(text: str) -> int:
    """Runs of letters in the first 200 characters (digits and punctuation do not count)."""
    return len(_WORD.findall(text, 0, 200))


def _few_words(text: str, limit: int = SHORT_WORDS) -> bool:
    """At most ``limit`` runs of letters (digits and punctuation do not count)."""
    return _word_runs(text) <= limit


def detect(text: str, detector: str = "fasttext", *, hint: tuple[str, ...] = ()) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) for ``text``; ("und", 0.0) when it cannot tell.

    ``detector``: "fasttext" (default), "py3langid" or "langdetect". ``hint``: target languages; short
    Latin lines go to a Latin-script hint language and hint languages get a prior boost.
    """
    d = identify(text, detector, hint=hint)
    return d.lang, d.score
