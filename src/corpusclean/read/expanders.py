"""A forum's quote expander: the link under a long quoted post that opens the rest of it.

XenForo, the most common forum software of the crawled web, prints "Click to expand..."
under every quote it folds, in the board's language ("Zum Vergrößern anklicken....",
"Cliquez pour agrandir...", "Нажмите для раскрытия..."), and so do boards that copied its
quote blocks. A text dump runs the link into the reply that follows; the visible text keeps
it on a line of its own. Either way the line is no word of a post: it becomes a `Span` of
category ``chrome`` (rule ``quote_expander``), which decide() cuts from the block it keeps,
and a block that is nothing else is removed with that row (policy.py).

Only a whole line is the link: the words alone, their ellipsis or none. A sentence that says
them ("Click to expand the menu, then ...") is longer than the line and is left alone.
"""

from __future__ import annotations

import re

from ..model import Block, Span

#: The link's words as each language's XenForo translation and the boards that copied it
#: print them (a few languages have two translations in use).
EXPAND_WORDS: dict[str, str] = {
    "en": r"click to expand",
    "de": r"zum vergrößern anklicken|zum erweitern (an)?klicken|klicken zum erweitern",
    "fr": r"cliquez pour (agrandir|développer|étendre)",
    "es": r"(haz )?(click|clic) para (expandir|ampliar)|pulsa para expandir",
    "it": r"(fai )?clic(ca)? per (espandere|ingrandire)",
    "pt": r"clique para (expandir|ampliar)",
    "nl": r"klik om (uit te vouwen|te vergroten|uit te breiden)",
    "pl": r"kliknij,? aby (rozwinąć|powiększyć)",
    "ru": r"нажмите,? (для раскрытия|чтобы раскрыть)",
    "uk": r"натисніть,? (щоб розгорнути|для розгортання)",
    "tr": r"genişletmek için tıkla(yın)?",
    "cs": r"(klikněte )?pro rozbalení( klikněte)?",
    "sv": r"klicka för att (expandera|utöka)",
    "da": r"klik for at udvide",
    "nb": r"klikk for å utvide",
    "fi": r"klikkaa laajentaaksesi",
    "hu": r"kattints a kibontáshoz",
    "ro": r"(faceți )?click pentru a (extinde|mări)",
    "el": r"κάντε κλικ για (ανάπτυξη|επέκταση)",
    "id": r"klik untuk (memperluas|memperbesar)",
    "vi": r"(bấm|nhấp) để (mở rộng|xem đầy đủ)",
    "ja": r"クリックして(展開|拡大)",
    "zh": r"点击展开|點擊展開|点击此处展开|點擊以展開",
    "ko": r"클릭하여 (확장|확대)",
    "ar": r"(انقر|اضغط) (للتوسيع|للتكبير)",
    "fa": r"برای (نمایش کامل|گسترش) کلیک کنید",
    "he": r"לחץ להרחבה",
    "th": r"คลิกเพื่อขยาย",
}

# The words alone on their line, an ellipsis (three or four dots, or "…") after them or none.
_LINE = re.compile(r"^[^\S\n]*(?:" + "|".join(EXPAND_WORDS.values()) + r")[^\S\n]*(?:\.{2,4}|…)?[^\S\n]*$",
                   re.IGNORECASE | re.MULTILINE)


def attach_expanders(blocks: list[Block], source: str) -> None:
    """Give each block the spans of the quote expanders on its lines."""
    i = 0
    for m in _LINE.finditer(source):
        text = m.group()
        start = m.start() + len(text) - len(text.lstrip())
        end = m.start() + len(text.rstrip())
        if start >= end:
            continue
        while i < len(blocks) and blocks[i].end <= start:
            i += 1
        if i < len(blocks) and blocks[i].start <= start and end <= blocks[i].end:
            blocks[i].add_spans([Span(start, end, "chrome", "quote_expander")])
