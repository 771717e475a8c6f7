"""Language identification for blocks: a script gate, a model (fastText's lid.176, py3langid
or langdetect: ``backends``), and a Pashto check. See ``detect`` for the rules and
``script`` for the script profile."""

from .detect import (
    DETECTORS,
    Detection,
    clear_cache,
    detect,
    identify,
    lang_scripts,
    normalize_lang,
    pashto_share,
)
from .script import SCRIPTS, ScriptInfo, dominant_script, letter_counts, script_profile

__all__ = [
    "DETECTORS",
    "SCRIPTS",
    "Detection",
    "ScriptInfo",
    "clear_cache",
    "detect",
    "dominant_script",
    "identify",
    "lang_scripts",
    "letter_counts",
    "normalize_lang",
    "pashto_share",
    "script_profile",
]
