"""Stopword lists per language: jusText's lists (shipped with jusText, a trafilatura dependency)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

# ISO 639-1 code to the file name of jusText's stoplists (shipped with jusText, which
# trafilatura depends on); read as files so jusText itself is never imported.
_STOPLIST_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "ru": "Russian", "ar": "Arabic",
    "fa": "Persian", "ur": "Urdu", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian_Bokmal", "fi": "Finnish", "cs": "Czech", "ro": "Romanian",
    "hu": "Hungarian", "id": "Indonesian", "uk": "Ukrainian", "el": "Greek",
}


@cache
def stopwords(lang: str) -> frozenset[str]:
    name = _STOPLIST_NAMES.get(lang)
    spec = importlib.util.find_spec("justext")
    if name is None or spec is None or not spec.submodule_search_locations:
        return _FALLBACK_EN if lang == "en" else frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / f"{name}.txt"
    try:
        return frozenset(w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip())
    except OSError:
        return _FALLBACK_EN if lang == "en" else frozenset()


_FALLBACK_EN = frozenset(
    ["a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "like", "more", "most", "my", "no", "not", "of", "on", "one", "or", "our", "out", "over", "said", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your"]
)
