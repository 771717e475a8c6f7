"""Function words per language: what makes a block read as prose in that language.

jusText's stoplists (shipped with jusText, a trafilatura dependency) for the languages it
has; our own short lists, below, for those it lacks: Pashto (spaced, whole tokens), and
Chinese, Japanese, Thai and Lao, whose function words are found inside unspaced runs
(``particles``).
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from .script import dominant_script

# ISO 639-1 code to the file name of jusText's stoplists (shipped with jusText, which
# trafilatura depends on); read as files so jusText itself is never imported.
_STOPLIST_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "ru": "Russian", "ar": "Arabic",
    "fa": "Persian", "ur": "Urdu", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian_Bokmal", "fi": "Finnish", "cs": "Czech", "ro": "Romanian",
    "hu": "Hungarian", "id": "Indonesian", "uk": "Ukrainian", "el": "Greek",
    "ko": "Korean", "hi": "Hindi", "vi": "Vietnamese", "bg": "Bulgarian", "hr": "Croatian",
    "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "ca": "Catalan", "lt": "Lithuanian",
    "lv": "Latvian", "et": "Estonian", "he": "Hebrew", "ms": "Malay", "bn": "Bengali",
    "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "sq": "Albanian", "hy": "Armenian",
    "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian", "bs": "Bosnian", "gl": "Galician",
    "ka": "Georgian", "gu": "Gujarati", "is": "Icelandic", "kn": "Kannada", "kk": "Kazakh",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali", "sw": "Swahili",
    "tl": "Tagalog", "ta": "Tamil", "te": "Telugu", "af": "Afrikaans", "cy": "Welsh", "ga": "Irish",
    "yo": "Yoruba", "ig": "Igbo", "uz": "Uzbek", "tk": "Turkmen", "ky": "Kyrgyz", "ku": "Kurdish",
    "lb": "Luxembourgish", "mt": "Maltese", "fy": "West_Frisian", "br": "Breton",
}
# jusText's other lists are left out: their languages (Esperanto, Ido, Volapük, Latin, Waray,
# Cebuano, Javanese, the regional Romance and Germanic languages of Wikipedia) are the ones
# the language model names for text in a language it does not know. A Hausa page read as
# Esperanto, with Esperanto's function words, read as no prose at all; with none, as neutral.
UNREAD_STOPLISTS = frozenset({
    "Esperanto", "Ido", "Volapuk", "Latin", "Waray_Waray", "Cebuano", "Javanese", "Sundanese", "Haitian",
    "Quechua", "Chuvash", "Serbo_Croatian", "Low_Saxon", "Walloon", "Sicilian", "Neapolitan", "Lombard",
    "Piedmontese", "Western_Panjabi", "Newar", "Bishnupriya_Manipuri", "Samogitian", "Aromanian",
    "Aragonese", "Asturian", "Occitan", "Simple_English", "Belarusian_Taraskievica",
})

# Pashto (jusText has no list): its most frequent function words, the PASHTO_WORDS of
# lang/detect.py and the common postpositions, particles and pronouns: "of", "in/on", "and",
# "that", "from", "to", "with", "for", "he/she", "this/that", "was/is", "will", "also", "not".
def _words(text: str) -> tuple[str, ...]:
    """A word list written as space-separated text (easier to read and edit in RTL/CJK)."""
    return tuple(text.split())


_PASHTO = frozenset(_words("""
د په او چې له ته دا هغه یې کې کښې سره لپاره وو شوی وي دی ده دي نه هم خو تر پر څخه به یو
يو دې ډېر ډیر دوی موږ زه ته تاسو هر کوم ځینې وروسته مخکې باندې لاندې ورته وویل ول شو
"""))
_OWN: dict[str, frozenset[str]] = {"ps": _PASHTO}

# Function words of unspaced scripts, found as substrings of a run (longest first). Chinese
# (one character each): the structural particles, copula, common prepositions, conjunctions and pronouns, in
# simplified and traditional forms. Japanese: the case particles, the copula and the
# auxiliary endings (ます/です/した/いる/ある/れる). Thai (and Lao): the relative, possessive,
# prepositions, negation and aspect words. In running text they are a quarter to a half of
# the word-equivalents (features.py); menus and titles carry almost none.
_PARTICLES: dict[str, tuple[str, ...]] = {
    "zh": _words("的 了 是 在 和 有 不 这 這 也 就 都 与 與 对 對 将 將 而 被 从 從 为 為 我 他 她 们 們 "
                "到 说 說 要 会 會 以 及 其 但 并 並 或 于 於 由 把 让 讓 给 給 很 所 之 得 着 著 过 過 "
                "还 還 又 该 該 此 那 些 能 可 已 因 如 却 卻 则 則 向 个 個 "
                # ... and, as jusText's lists hold a language's most frequent words, the
                # most frequent characters of running text that are not function words
                "一 人 中 来 來 上 下 大 多 国 國 时 時 出 你 后 後 里 裏 发 發 然 么 麼 自 没 沒 去 当 當 者 等"),
    "ja": _words("ています ました ません です ます した して する いる ある れる られ こと ため から まで より "
                "など また その この それ これ の に は を が で と も へ や か ね よ"),
    "th": _words("ที่ และ ของ ใน การ เป็น มี ได้ ไม่ ให้ จะ ว่า กับ แต่ ก็ ซึ่ง นี้ ไป มา อยู่ โดย จาก "
                "เพื่อ คือ แล้ว ความ หรือ ต้อง ถึง เมื่อ อย่าง กัน ทั้ง ยัง "
                # ... the demonstratives, directional verbs, modals, pronouns and polite
                # particles, with the repetition mark ๆ: with the first list alone a Thai
                # paragraph's density was half a Chinese one's (median 0.28 against 0.55
                # on the unseen sets' gold), and a third of Thai paragraphs read as no prose
                "นั้น ทาง ตาม ขึ้น ออก เข้า อีก ด้วย กว่า เขา เรา ผู้ หลัง ก่อน ระหว่าง สำหรับ ต่อ ถ้า หาก "
                "เพราะ จึง ไว้ เลย มาก ทุก บาง กำลัง เคย คง อาจ ควร จน ตั้งแต่ นอกจาก เช่น ประมาณ ดัง เอง "
                "แม้ ขณะ ทำให้ ผ่าน ครั้ง ต่าง คุณ ค่ะ ครับ นะ ๆ"),
    # Lao, Thai's close kin, writes no spaces and ends no sentence with a mark either: without
    # its function words every long line of a Lao page (a menu, a footer) read as prose. The
    # same words as Thai's above where Lao has them, with its copula ແມ່ນ.
    "lo": _words("ທີ່ ແລະ ຂອງ ໃນ ການ ເປັນ ມີ ໄດ້ ບໍ່ ໃຫ້ ຈະ ວ່າ ກັບ ແຕ່ ກໍ ຊຶ່ງ ເຊິ່ງ ນີ້ ໄປ ມາ ຢູ່ ໂດຍ ຈາກ "
                "ເພື່ອ ຄື ແລ້ວ ຄວາມ ຫຼື ຕ້ອງ ເຖິງ ເມື່ອ ຢ່າງ ກັນ ທັງ ຍັງ ແມ່ນ ນັ້ນ ທາງ ຕາມ ຂຶ້ນ ອອກ ເຂົ້າ ອີກ ດ້ວຍ "
                "ກວ່າ ເຂົາ ເຮົາ ຜູ້ ຫຼັງ ກ່ອນ ລະຫວ່າງ ສຳລັບ ຕໍ່ ຖ້າ ເພາະ ຈຶ່ງ ໄວ້ ຫຼາຍ ທຸກ ບາງ ກຳລັງ ເຄີຍ ອາດ ຄວນ "
                "ຈົນ ຕັ້ງແຕ່ ນອກຈາກ ເຊັ່ນ ປະມານ ເອງ ນຳ ທ່ານ ໆ"),
}


@cache
def particles(lang: str) -> re.Pattern[str] | None:
    """The function words of an unspaced-script language as one pattern; None for others."""
    words = _PARTICLES.get(lang)
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@cache
def stopwords(lang: str) -> frozenset[str]:
    if lang in _OWN:
        return _OWN[lang]
    name = _STOPLIST_NAMES.get(lang)
    spec = importlib.util.find_spec("justext")
    if name is None or spec is None or not spec.submodule_search_locations:
        return _FALLBACK_EN if lang == "en" else frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / f"{name}.txt"
    try:
        words = frozenset(w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip())
    except OSError:
        return _FALLBACK_EN if lang == "en" else frozenset()
    # Romanian is written with ș and ț (comma below) and, on older sites and keyboards, with
    # ş and ţ (cedilla); the list has the comma forms only, so "şi" was no function word.
    return words | {w.translate(_CEDILLA) for w in words} if lang == "ro" else words


_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


_FALLBACK_EN = frozenset(
    ["a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "like", "more", "most", "my", "no", "not", "of", "on", "one", "or", "our", "out", "over", "said", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your"]
)


# A language written in two scripts has its list in one of them: jusText's Kurdish is
# Kurmanji in Latin letters (Sorani, in Arabic script, has none of its words), its Serbian
# is Cyrillic with 68 Latin words beside, its Uzbek Latin with 492 Cyrillic. Text in the
# other script is read with the words of the list written in that script when there are
# enough of them to be a list (Serbian's 68: "i", "je", "da", "u", "što", ...), else with
# none: a Sorani paragraph measured against Kurmanji words had no function words, and no
# paragraph of a Sorani page read as prose. The Latin words of a Cyrillic list (English
# "the", "of" from its corpus: 12 to 48) are no list.
_MIN_SCRIPT_WORDS = 50


@cache
def stopwords_in(lang: str, script: str) -> frozenset[str]:
    """`lang`'s function words written in `script` (a ``lang.script`` name), or none when
    its list has under ``_MIN_SCRIPT_WORDS`` of them; the whole list for ``script`` ""."""
    words = stopwords(lang)
    if not script or not words:
        return words
    mine = frozenset(w for w in words if dominant_script(w).script == script)
    return mine if len(mine) >= _MIN_SCRIPT_WORDS else frozenset()
