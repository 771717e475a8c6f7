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

2. **Model**, restricted to the languages written in the dominant script (Arabic script:
   ar/fa/ur/ps/...; Cyrillic: ru/uk/bg/...; Latin: the Latin-script languages), with the
   ``hint`` languages given a prior ``HINT_BOOST`` times the others. py3langid (default) or
   langdetect (seeded, a fresh detector per call, so answers are deterministic).

3. **Pashto check** on Arabic-script text: Pashto-only letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې) at a
   share of at least ``PASHTO_MIN_SHARE`` of the Arabic letters, or failing that two or
   more Pashto function words (``PASHTO_WORDS``: د، دا، وو، دوی، ...) making up a tenth of
   the words, turn an ``fa``/``ur``/``ar`` label into ``ps``. It also names text too short
   for the model (a heading like "ملاتړ وکړئ"). langdetect has no Pashto model at all, so
   this is its only way to say ``ps``; for py3langid it fixes lines it calls Persian.

Codes are ISO 639-1 where one exists: model labels without one are folded into their
macrolanguage (arz/ary -> ar, uzs -> uz, yue/wuu -> zh, sdh -> ku, zh-cn/zh-tw -> zh).
**Dari (prs) is reported as ``fa``**: it is a variety of Persian, neither model has a Dari
class, and on NTREX both call Dari text Persian; ``normalize_lang("prs")`` is ``"fa"`` so a
``prs`` target matches. Codes with no ISO 639-1 equivalent stay 3-letter (e.g. ``chr``).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .script import SCRIPT_LANG, dominant_script, letter_counts
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
#: Prior weight of hint (target) languages over the others. A block on a page meant to be
#: English is far more likely English than not; 10 lets mixed lines like "Ayr 38 - 17
#: Melrose: Unbeaten Ayr go top" (en 0.08, pcm 0.09) stay English while a real French
#: sentence (en <= 0.05 of fr on NTREX lines, < 1e-9 on paragraphs) stays French.
HINT_BOOST = 10.0
#: Pashto-only letters must be at least this share of Arabic letters (and at least one).
#: NTREX Pashto paragraphs: 4.4% minimum, 11% median; Persian/Dari/Urdu/Arabic: <= 0.3%.
PASHTO_MIN_SHARE = 0.02
#: Only the first this many characters are examined: identification is saturated long
#: before (NTREX three-sentence paragraphs are ~300-500 characters) and the model's cost
#: is linear in length (py3langid ~0.7 us per UTF-8 byte).
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

#: Han text without kana shorter than this goes to a Japanese target (and not Chinese): a
#: kanji-only heading or label. Running Japanese has kana within any 30 characters.
HAN_HINT_LETTERS = 30

DETECTORS: tuple[str, ...] = ("py3langid", "langdetect")
PASHTO_LETTERS = "ټځڅډړږښګڼۍې"
_PASHTO_FIXES = frozenset({"fa", "ur", "ar"})
#: Frequent Pashto words spelled without Pashto-only letters and not Persian, Urdu or
#: Arabic words (د "of", دا "this", وو "was", دوی "they", هغه "that", لپاره "for", ...). On
#: NTREX no Persian/Dari/Urdu/Arabic sample has two of them; 43 of 100 Pashto lines do.
PASHTO_WORDS = frozenset({"د", "دا", "وو", "دوی", "هغه", "خورا", "لپاره", "وویل", "ورته",
                          "شوی", "سره", "وي"})
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")

# Model labels -> ISO 639-1 (or the macrolanguage's code).
_NORMALIZE: dict[str, str] = {
    "arz": "ar", "ary": "ar", "apc": "ar", "prs": "fa", "pes": "fa", "pbt": "ps", "pbu": "ps",
    "uzs": "uz", "yue": "zh", "wuu": "zh", "zh-cn": "zh", "zh-tw": "zh", "cmn": "zh",
    "sdh": "ku", "ckb": "ku", "kmr": "ku", "gug": "gn", "fuv": "ff", "kik": "ki",
    "hbo": "he", "zxx": "und",
}

# Languages each model may answer for a script that does not name its language. Latin:
# every label not written in another script (_P3_NOT_LATIN / _LD_NOT_LATIN).
_P3_FAMILIES: dict[str, tuple[str, ...]] = {
    "Arabic": ("ar", "fa", "ur", "ps", "ug", "sdh", "arz", "ary", "uzs"),
    "Cyrillic": ("ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba"),
    "Devanagari": ("hi", "mr", "ne", "sa", "gom"),
    "Bengali": ("bn", "as"),
}
_P3_NOT_LATIN = frozenset(
    {"am", "as", "dz", "el", "gu", "he", "hi", "hy", "ja", "ka", "km", "kn", "ko", "lo", "ml",
     "mr", "my", "ne", "or", "pa", "sa", "si", "ta", "te", "th", "zh", "grc", "hbo", "wuu",
     "yue", "zxx"}
    | {lang for fam in ("Arabic", "Cyrillic") for lang in _P3_FAMILIES[fam]}
) - {"sr", "uz"}  # sr/uz are written in Latin too (py3langid's sr includes Latin srl)
_LD_FAMILIES: dict[str, tuple[str, ...]] = {
    "Arabic": ("ar", "fa", "ur"),
    "Cyrillic": ("ru", "uk", "bg", "mk"),
    "Devanagari": ("hi", "mr", "ne"),
    "Bengali": ("bn",),
}
_LD_NOT_LATIN = frozenset(
    {"ar", "fa", "ur", "ru", "uk", "bg", "mk", "hi", "mr", "ne", "bn", "gu", "pa", "kn", "te",
     "ta", "ml", "th", "el", "he", "ja", "ko", "zh-cn", "zh-tw"}
)

# Scripts each target language is written in (for "is this block's script one of ours?").
# Languages not listed are assumed to be written in Latin.
_LANG_SCRIPTS: dict[str, frozenset[str]] = {}
for _script, _lang in SCRIPT_LANG.items():
    _LANG_SCRIPTS.setdefault(_lang, frozenset())
    _LANG_SCRIPTS[_lang] |= {_script}
for _script, _langs in _P3_FAMILIES.items():
    for _lang in _langs:
        _lang = _NORMALIZE.get(_lang, _lang)
        _LANG_SCRIPTS[_lang] = _LANG_SCRIPTS.get(_lang, frozenset()) | {_script}
for _lang in ("sr", "uz", "ku", "mn", "gom", "az", "tk"):
    _LANG_SCRIPTS[_lang] = _LANG_SCRIPTS.get(_lang, frozenset()) | {"Latin"}
_LANG_SCRIPTS["zh"] = frozenset({"Han", "Bopomofo"})
_LANG_SCRIPTS["ja"] = frozenset({"Japanese", "Han"})


#: The labels each model can answer, as its package ships them (tests/test_lang.py checks
#: them against the models): what ``--lang`` may name without loading a model to ask.
P3_LABELS = ["ace", "af", "am", "an", "ar", "ary", "arz", "as", "az", "ba", "bcl", "be", "bg", "bn", "br", "bs", "ca", "crh", "cs", "cy", "da", "de", "dz", "el", "en", "eo", "es", "et", "eu", "ext", "fa", "fi", "fo", "fr", "fuv", "fy", "ga", "gcf", "gcr", "gd", "gl", "gom", "grc", "gu", "gug", "guw", "ha", "hbo", "he", "hi", "hr", "ht", "hu", "hy", "id", "ig", "is", "it", "ja", "jv", "ka", "kab", "kik", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lg", "lij", "ln", "lo", "lt", "ltg", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "nso", "oc", "om", "or", "pa", "pcm", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sa", "sdh", "se", "si", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur", "uz", "uzs", "vec", "vi", "vo", "wa", "wuu", "xh", "yo", "yue", "zh", "zu", "zxx"]
LD_LABELS = ["af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw"]


def known_langs(detector: str = "py3langid") -> frozenset[str]:
    """Every language code ``detect`` can report with ``detector``: the model's labels
    (normalized), the languages a script names, and Pashto (the Pashto check)."""
    labels = P3_LABELS if detector == "py3langid" else LD_LABELS
    return (frozenset(normalize_lang(c) for c in labels) | set(SCRIPT_LANG.values()) | {"ps"}) - {"und"}


def parse_lang(code: str, detector: str = "py3langid") -> str | None:
    """A ``--lang`` value as a target code ('en-US' -> 'en', 'PRS' -> 'fa'), or None when
    ``detector`` cannot report that language (then every block would be foreign)."""
    code = code.strip().lower().replace("_", "-")
    base = code.split("-", 1)[0] if code not in _NORMALIZE else code
    lang = normalize_lang(base)
    if (len(base) == 2 or base in _NORMALIZE) and lang in known_langs(detector):
        return lang
    return None


def normalize_lang(code: str) -> str:
    """A language code as ``detect`` reports it: lower case, ISO 639-1 where possible."""
    code = code.strip().lower().replace("_", "-")
    return _NORMALIZE.get(code, code)


def lang_scripts(lang: str) -> frozenset[str]:
    """Scripts ``lang`` is written in (Latin for languages this module knows nothing of)."""
    return _LANG_SCRIPTS.get(normalize_lang(lang), frozenset({"Latin"}))


@dataclass(frozen=True, slots=True)
class Detection:
    """What ``identify`` found: language, confidence 0..1, and what decided it.

    ``method`` is one of: ``none`` (too little text: ``und``), ``script`` (the script names
    the language), ``hint`` (short Latin text given the target language), ``model``,
    ``pashto`` (the Pashto-letter check overrode or replaced the model). ``script`` is the
    dominant script ("" when there are no letters); ``letters`` the letters examined.
    """

    lang: str
    score: float
    method: str
    script: str
    letters: int


_lock = threading.Lock()
_p3: dict[str, Any] = {}  # "all" (the full model), "Latin", "Arabic", ... -> LanguageIdentifier
_ld: dict[str, Any] = {}  # "factory" -> langdetect DetectorFactory


def _p3_identifier(family: str) -> Any:
    """A py3langid identifier restricted to ``family``, built once from the full model's arrays.

    Our own instances: the module-global py3langid identifier is never touched. The
    restricted feature table is copied row-major: py3langid gathers one row per feature
    seen, and a column slice of the full table (what ``set_languages`` keeps) spreads each
    row over ~90 cache lines: scoring a dev text line took 101 us that way, 63 us this way.
    The numbers are the same (tests/test_lang.py compares with ``set_languages``). The model
    comes decompressed from the user's cache folder when it can (``model_cache``).
    """
    ident = _p3.get(family)
    if ident is not None:
        return ident
    with _lock:
        import numpy as np

        if "all" not in _p3:
            from py3langid.langid import LanguageIdentifier

            from .model_cache import load_model

            # as LanguageIdentifier.from_model_file builds it, from a decompressed copy
            ptc, pc, classes, nextmove, row, output = load_model()
            _p3["all"] = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                            norm_probs=True, tk_row=row)
        base = _p3["all"]
        if family not in _p3:
            labels = base.labels
            if family == "Latin":
                keep = {c for c in labels if c not in _P3_NOT_LATIN}
            else:
                keep = {c for c in _P3_FAMILIES[family] if c in labels}
            cols = [i for i, c in enumerate(base.nb_classes) if c in keep]
            _p3[family] = type(base)(
                np.take(base.nb_ptc, cols, axis=1), base.nb_pc[cols],  # row-major copy
                [base.nb_classes[i] for i in cols], base.tk_nextmove, base.tk_output,
                norm_probs=True, tk_row=base.tk_row)
        return _p3[family]


def _ld_factory() -> Any:
    factory = _ld.get("factory")
    if factory is None:
        with _lock:
            if "factory" not in _ld:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = 0  # instance attribute: the library's default factory is untouched
                _ld["factory"] = factory
            factory = _ld["factory"]
    return factory


def _ld_langs(family: str) -> list[str]:
    if family in _LD_FAMILIES:
        return list(_LD_FAMILIES[family])
    labels: list[str] = _ld_factory().get_lang_list()
    return [c for c in labels if c not in _LD_NOT_LATIN] if family == "Latin" else labels


@lru_cache(maxsize=256)
def _ld_prior(family: str, targets: tuple[str, ...]) -> dict[str, float]:
    return {c: (HINT_BOOST if _NORMALIZE.get(c, c) in targets else 1.0) for c in _ld_langs(family)}


def _best(scores: dict[str, float], targets: tuple[str, ...]) -> tuple[str, float]:
    """The best language and its probability once the (normalized) target languages'
    probabilities are multiplied by ``HINT_BOOST`` and all renormalized; on a tie the
    language ranked first wins. Only the winner is divided (division by the total keeps
    the order), but a tie that the division creates is still resolved in rank order."""
    hit = [t for t in targets if t in scores]
    if not hit:
        best = max(scores, key=scores.__getitem__)
        return best, float(scores[best])
    for t in hit:
        scores[t] *= HINT_BOOST
    total = sum(scores.values()) or 1.0
    top = max(scores.values()) / total
    return next(k for k, v in scores.items() if v / total == top), top


def _model(text: str, detector: str, family: str, targets: tuple[str, ...]) -> tuple[str, float]:
    """Best (normalized code, probability) among ``family``'s languages, targets boosted.

    ``targets`` must already be normalized (``normalize_lang``)."""
    if detector == "langdetect":
        from langdetect.lang_detect_exception import LangDetectException

        det = _ld_factory().create()  # fresh per call: a Detector keeps state
        det.set_prior_map(_ld_prior(family, targets))
        det.append(text)
        try:
            ranked = det.get_probabilities()
        except LangDetectException:
            return "und", 0.0
        if not ranked:
            return "und", 0.0
        return _NORMALIZE.get(ranked[0].lang, ranked[0].lang), float(ranked[0].prob)
    get = _NORMALIZE.get
    ranked = _p3_identifier(family).rank(text)
    scores = {get(code, code): p for code, p in ranked}
    if len(scores) == len(ranked):  # one label per code (Latin): a plain rename
        return _best(scores, targets)
    scores = {}
    for code, p in ranked:
        code = get(code, code)
        scores[code] = scores.get(code, 0.0) + p  # fold arz/ary into ar etc.
    return _best(scores, targets)


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


def identify(text: str, detector: str = "py3langid", *, hint: tuple[str, ...] = ()) -> Detection:
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
            lang, p = _model(sample, detector, "Latin", latin_targets)
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
        lang, p = ("", 0.0) if pashto and detector == "langdetect" else _model(
            sample, detector, "Arabic", targets)
        if pashto and (lang in _PASHTO_FIXES or not lang):
            share = pashto_share(sample, arabic)
            return Detection("ps", round(min(0.99, 0.6 + 5 * share), 4), "pashto", script,
                             letters)
        if p < MIN_SHORT_SCORE and _few_words(sample):
            return Detection("und", 0.0, "none", script, letters)
        return Detection(lang, round(p * info.share, 4), "model", script, letters)

    # "Other": letters of scripts this module has no range for; neither model knows them
    if letters < MIN_MODEL_LETTERS or not (script == "Latin" or script in _P3_FAMILIES):
        return Detection("und", 0.0, "none", script, letters)
    lang, p = _model(sample, detector, script, targets)
    if lang == "und" or (p < MIN_SHORT_SCORE and _few_words(sample)):
        return Detection("und", 0.0, "none", script, letters)
    return Detection(lang, round(p * info.share, 4), "model", script, letters)


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


def detect(text: str, detector: str = "py3langid", *, hint: tuple[str, ...] = ()) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) for ``text``; ("und", 0.0) when it cannot tell.

    ``detector``: "py3langid" (default) or "langdetect". ``hint``: target languages; short
    Latin lines go to a Latin-script hint language and hint languages get a prior boost.
    """
    d = identify(text, detector, hint=hint)
    return d.lang, d.score
