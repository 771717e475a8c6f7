"""Which single-byte Latin code page a text was written in: the one whose reading spells a
language's alphabet.

The Latin code pages (Windows-1250/1252/1254/1257, ISO 8859-2/15/16) agree on ASCII and
differ in their upper half, and the byte-statistics detector cannot tell them apart on the
few accented letters of a page: it reads Turkish Windows-1254 as ISO 8859-16 ("salę" for
"salı"), Lithuanian Windows-1257 and Romanian ISO 8859-16 as Windows-1252 ("marþi" for
"marți"). The right reading is the one whose accented letters are all letters of one
language: a wrong code page puts letters of other languages, or symbols, inside the words.
"""

from __future__ import annotations

import re
from collections import Counter

#: The letters beyond ASCII each language writes with (lower case). Written from the
#: languages' orthographies; a language needs only the letters that tell it apart.
ALPHABETS: dict[str, str] = {
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüß",
    "es": "áéíñóúü",
    "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóùú",
    "ca": "àçèéíïòóúü",
    "nl": "áéëïóöü",
    "da": "æøåé",
    "sv": "åäöé",
    "fi": "äöåšž",
    "is": "áðéíóúýþæö",
    "et": "äõöüšž",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ",
    "hr": "čćđšž",
    "sl": "čšž",
    "sq": "çë",
    "tr": "çğıöşüâîû",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "mt": "ċġħżàèìòù",
    "ga": "áéíóú",
    "cy": "âêîôûŵŷ",
}

#: The code pages tried, in order of preference on a tie (Windows-1252 first: the web's
#: default for undeclared legacy pages).
LATIN_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257", "iso8859_16", "iso8859_15")

#: Every single-byte code page that reads Latin text, as the detector names them: when it
#: picks one of these, `best_latin_page` chooses among `LATIN_PAGES` instead.
LATIN_FAMILY = frozenset(LATIN_PAGES) | {
    "latin_1", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
    "mac_roman", "mac_iceland", "mac_latin2", "cp775", "cp850", "cp852", "cp1258", "hp_roman8",
}


def fit(text: str) -> float:
    """The share of the text's accented letters (and of the non-ASCII signs inside its
    words) that one language's alphabet holds, for the language that holds the most; 1.0
    when there are none."""
    seen: Counter[str] = Counter()
    prev = " "
    for i, ch in enumerate(text):
        if not ch.isascii():
            if ch.isalpha():
                seen[ch.lower()] += 1
            elif prev.isalpha() and text[i + 1 : i + 2].isalpha():
                seen[ch] += 1  # a sign inside a word ("mar\u00bai"): no alphabet has it
        prev = ch
    total = sum(seen.values())
    if not total:
        return 1.0
    return max(sum(n for ch, n in seen.items() if ch in letters) for letters in ALPHABETS.values()) / total


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_HIGH = bytes(range(0x80, 0x100))


def _damaged_utf8(sample: bytes) -> bool:
    """Most high bytes form UTF-8 sequences: UTF-8 with a few bad bytes, whose cp1252
    reading the repair step turns back into UTF-8's text ("cafÃ©" -> "café")."""
    high = len(sample) - len(sample.translate(None, _HIGH))
    return bool(high) and sum(map(len, _UTF8_SEQ.findall(sample))) >= high / 2


def best_latin_page(sample: bytes, chosen: str) -> str:
    """Among ``chosen`` and `LATIN_PAGES`, the code page whose reading of ``sample`` fits
    an alphabet best; ``chosen`` on a tie, then the order of `LATIN_PAGES`."""
    if _damaged_utf8(sample):
        return chosen
    best, best_fit = chosen, fit(sample.decode(chosen, errors="replace"))
    if best_fit == 1.0:
        return chosen
    for enc in LATIN_PAGES:
        f = fit(sample.decode(enc, errors="replace"))
        if f > best_fit:
            best, best_fit = enc, f
    return best
