"""A wiki's edit links printed beside its section headings.

MediaWiki prints "[edit]" after each section's heading (older skins before it), and a text
dump or the visible text keeps it on the heading's line: "Biography [ edit ]", "Биография
[ править | править код ]", "[ edit ] Early history". The link is no word of the heading.
Each becomes a `Span` of category ``chrome`` (rule ``edit_link``, as the link alone on its
line is), which decide() cuts from the heading it keeps: the clean text reads "Biography".
The heading's own text is then read without it, so the link's "|" makes no menu of it.

The words are MediaWiki's, DokuWiki's and Fandom's, the visual editor's and the source's,
in the languages of `EDIT_WORDS`, on a page of any language: in brackets at the start or
the end of a short line, they are nothing else. A line that also says more than a
heading's words keeps them (`_HEADING_WORDS`).
"""

from __future__ import annotations

import re

from ..model import Block, Span

#: The words of a wiki's edit links, by language: the classifier's `edit_link` rule reads
#: them alone on a line (classify/rules/vocabulary.EDIT_LINK), this module beside a heading.
EDIT_WORDS: dict[str, str] = {
    "en": r"edit( source)?", "de": r"(quelltext )?bearbeiten", "fr": r"modifier( le code)?",
    "es": r"editar( código)?", "it": r"modifica( wikitesto)?", "pt": r"editar( código-fonte)?",
    "nl": r"(brontekst )?bewerken", "pl": r"edytuj( kod)?", "ru": r"править( код)?",
    "uk": r"ред\.?( код)?|редагувати( код)?", "tr": r"(kaynağı )?değiştir", "zh": r"编辑|編輯|编辑源代码|編輯原始碼",
    "ja": r"編集|ソースを編集", "ko": r"편집|원본 편집", "ar": r"عدل( المصدر)?|تعديل( المصدر)?",
    "fa": r"ویرایش( مبدأ)?", "ur": r"ترمیم( ماخذ)?", "ps": r"سمول",
    "cs": r"editovat( zdroj)?", "sv": r"redigera( wikitext)?", "da": r"redigér( wikikode)?|rediger( wikikode)?",
    "nb": r"rediger( kilde)?", "fi": r"muokkaa( wikitekstiä)?", "ro": r"modificare( sursă)?",
    "hu": r"szerkesztés|forrásszöveg szerkesztése", "el": r"επεξεργασία( κώδικα)?",
    "he": r"עריכה|עריכת קוד מקור", "id": r"sunting( sumber)?", "vi": r"sửa( mã nguồn)?",
    "hi": r"संपादित करें|स्रोत सम्पादित करें", "bn": r"(উৎস )?সম্পাদনা", "th": r"แก้ไข(ต้นฉบับ)?",
}

_WORD = "(?:" + "|".join(EDIT_WORDS.values()) + ")"
# The link in its brackets, one or two of its words ("[ править | править код ]"), ASCII or
# full-width brackets, with the spaces around it on its line.
_LINK = rf"[^\S\n]*[\[［][^\S\n]*{_WORD}(?:[^\S\n]*\|[^\S\n]*{_WORD})?[^\S\n]*[\]］][^\S\n]*"
# At the start of a line before the heading, or at its end after it.
_BESIDE = re.compile(rf"(?:^|(?<=\n)){_LINK}(?=\S)|(?<=\S){_LINK}(?=\n|$)", re.IGNORECASE)
# A section heading's words at most: a longer line that ends so is a sentence about a link.
_HEADING_WORDS = 12


def attach_edit_links(blocks: list[Block], source: str) -> None:
    """Give each heading line with a wiki's edit link beside it that link's span."""
    if "[" not in source and "［" not in source:
        return
    for b in blocks:
        text = source[b.start:b.end]
        if "[" not in text and "［" not in text:
            continue
        spans = []
        for m in _BESIDE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:m.start()] + " " + text[m.end():len(text) if line_end < 0 else line_end]
            if len(line.split()) <= _HEADING_WORDS:
                spans.append(Span(b.start + m.start(), b.start + m.end(), "chrome", "edit_link"))
        if spans:
            b.add_spans(spans)
