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

from collections.abc import Iterator

from ..model import Block, Span, attach_spans

#: The link's words as each language's XenForo translation and the boards that copied it
#: print them (a few languages have two translations in use), lower-cased.
EXPAND_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("click to expand",),
    "de": ("zum vergrößern anklicken", "zum erweitern anklicken", "zum erweitern klicken", "klicken zum erweitern"),
    "fr": ("cliquez pour agrandir", "cliquez pour développer", "cliquez pour étendre"),
    "es": ("click para expandir", "clic para expandir", "haz clic para expandir", "haz click para expandir",
           "clic para ampliar", "haz clic para ampliar", "pulsa para expandir"),
    "it": ("clicca per espandere", "fai clic per espandere", "clicca per ingrandire", "fai clic per ingrandire"),
    "pt": ("clique para expandir", "clique para ampliar"),
    "nl": ("klik om uit te vouwen", "klik om te vergroten", "klik om uit te breiden"),
    "pl": ("kliknij, aby rozwinąć", "kliknij aby rozwinąć", "kliknij, aby powiększyć", "kliknij aby powiększyć"),
    "ru": ("нажмите для раскрытия", "нажмите, чтобы раскрыть", "нажмите чтобы раскрыть"),
    "uk": ("натисніть, щоб розгорнути", "натисніть щоб розгорнути", "натисніть для розгортання"),
    "tr": ("genişletmek için tıklayın", "genişletmek için tıkla"),
    "cs": ("klikněte pro rozbalení", "pro rozbalení klikněte"),
    "sv": ("klicka för att expandera", "klicka för att utöka"),
    "da": ("klik for at udvide",),
    "nb": ("klikk for å utvide",),
    "fi": ("klikkaa laajentaaksesi",),
    "hu": ("kattints a kibontáshoz",),
    "ro": ("click pentru a extinde", "faceți click pentru a extinde", "click pentru a mări"),
    "el": ("κάντε κλικ για ανάπτυξη", "κάντε κλικ για επέκταση"),
    "id": ("klik untuk memperluas", "klik untuk memperbesar"),
    "vi": ("bấm để mở rộng", "nhấp để mở rộng", "bấm để xem đầy đủ", "nhấp để xem đầy đủ"),
    "ja": ("クリックして展開", "クリックして拡大"),
    "zh": ("点击展开", "點擊展開", "点击此处展开", "點擊以展開"),
    "ko": ("클릭하여 확장", "클릭하여 확대"),
    "ar": ("انقر للتوسيع", "اضغط للتوسيع", "انقر للتكبير", "اضغط للتكبير"),
    "fa": ("برای نمایش کامل کلیک کنید", "برای گسترش کلیک کنید"),
    "he": ("לחץ להרחבה",),
    "th": ("คลิกเพื่อขยาย",),
}
_PHRASES = frozenset(w for words in EXPAND_WORDS.values() for w in words)
# The longest line the words make with their ellipsis and some spaces: a longer one is no link.
_LONGEST = max(map(len, _PHRASES)) + 8


def expander_spans(source: str) -> Iterator[Span]:
    """The quote expanders' lines, in source order: a line that is the words alone, their
    ellipsis (three or four dots, or "…") after them or none."""
    pos = 0
    for line in source.split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > _LONGEST and len(line.strip()) > _LONGEST:
            continue
        words = line.strip()
        if words.rstrip(".…").rstrip().lower() in _PHRASES:
            start = at + line.index(words[0])
            yield Span(start, start + len(words), "chrome", "quote_expander")


def attach_expanders(blocks: list[Block], source: str) -> None:
    """Give each block the spans of the quote expanders on its lines."""
    attach_spans(blocks, expander_spans(source))
