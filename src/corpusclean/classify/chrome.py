"""Site chrome: phrase families, widget shapes, and everything outside the article's core."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from ..lang.script import COMBINING_MARKS, small_letter
from ..lang.unspaced import CJK_CHARS, word_equivalents
from ..model import Block, runs
from ..read import markdown
from ..read.dom import SIGNUP
from ..registry import register_user_rule
from ..rules_file import family_category
from ..segment.reflow import SENTENCE_END
from . import phrases
from .comments import STAMP_MAX_WORDS, printed_as, stamped_line
from .contents import find_contents
from .context import PageView
from .core import next_article
from .features import NUMBERED, Features
from .rules import vocabulary as v
from .rules.chrome import AUTHOR_BIO, CHROME, COOKIE_DETAIL, LABEL_THEN_LINK, POLICY_MENTION
from .rules.comments import COMMENTS
from .tables import aligned_rows, padded_row
from .title import DATE_FIELD, stops_unspaced

# A line of symbols only: a rule, a bullet, a pipe. Brackets and semicolons alone ("})",
# "];") close a block of code: the code's last line, not a separator.
_SEPARATOR = re.compile(r"^(?:[^\w(){}\[\];]|_)+$")
# ... and a Markdown quote's own blank line (">" between two of its lines) is the quote's.
_QUOTE_BLANK = re.compile(r"^\s*>[\s>]*$")
# A star rating: a row of stars, with the score and the count of votes beside it ("★★★★★ 4.86
# (21)", "☆☆☆☆☆ 0/5"): a review's or a recipe card's widget, in no language.
_STARS = re.compile(r"^[^\w★☆⭐✩✪✫✬✭✮✯]*[★☆⭐✩✪✫✬✭✮✯]{3,}[^\w]*(\d+(?:[.,]\d+)?[^\w]*){0,3}$")
# A keyword list: three or more short capitalised items separated by commas or pipes, no
# sentence punctuation ("ISIS, Pakistan, LeJ-A, Terrorism"): tags printed without a label.
# A hashtag's "#" is part of its word: "# Zghurivka, Yaroshenko" is a code comment.
_ITEM = rf"#?\w[\w{COMBINING_MARKS}'’&+-]*(?: [\w{COMBINING_MARKS}'’&+-]+){{0,2}}"  # one to three words
_TAG_LIST = re.compile(rf"^{_ITEM}(?:\s*[,|;]\s*{_ITEM}){{2,}}$")
# Two or more hashtags and nothing else ("#folklor #Gjirokastër #festivale"), in any script:
# no sentence is written so.
_HASHTAGS = re.compile(rf"^#[^\W\d_][\w{COMBINING_MARKS}-]*(?:[\s,;·|]+#[^\W\d_][\w{COMBINING_MARKS}-]*)+$")
# A slideshow's caption with its counter in front: "Фото 1 из 8. Мотовоз у депо", "Photo 3 of
# 12: ...", "2 / 10 The harbour at dawn". The counter counts up to its total; a how-to's
# "Step 1 of 5" is its own, so the word before the count must name a picture.
_PICTURE = (r"photos?|fotos?|pictures?|pics?|images?|slides?|bild(?:er)?|immagine|imagen|imagem|afbeelding|foto's|"
            r"zdjęcie|fotografia|фото|снимок|слайд|resim|fotoğraf|görsel|写真|画像|图片|圖片|사진|صورة|تصویر|عکس")
# A caption is a sentence or two: the image_caption rule's own bound (rules/chrome.py).
_CAPTION_MAX_WORDS = 60
# The bare counter ("2 / 10 The harbour") needs its spaced slash and no small letter after
# it: "1/4 teaspoon salt" and "1 / 2 cup sugar" are a recipe's.
_SLIDE_CAPTION = re.compile(rf"^\W*(?:(?i:{_PICTURE})\s*(\d{{1,3}})\s*(?i:of|из|von|di|de|z|sur|van|av|من|از|/)\s*(\d{{1,3}})"
                            rf"|(\d{{1,3}}) / (\d{{1,3}}))\s*[.:)–—-]?\s+(\w)")
# A link alone in square brackets on its line: a wiki's "[edit]" ("[επεξεργασία]",
# "[Bearbeiten | Quelltext bearbeiten]"), a "[show]" toggle, a "[Reply]" button. On an HTML
# page only, where the markup shows it is a link: a transcript's "[Applause]" and a song's
# "[Chorus]" are the text's own.
_BRACKETED = re.compile(r"^\s*\[[^\[\]\d]{1,40}\]\s*$")
# ... or several in a row, maybe under a label: a mail archive's links to the messages around
# this one and to its indexes ("[Date Prev][Date Next][Thread Prev][Thread Next]", "Messages
# sorted by: [ date ] [ thread ] [ subject ] [ author ]"), in any language. Digits make a row
# of references ("[1][2]"), which are not links.
_BRACKETED_ROW = re.compile(r"^\W*(?:[^\W\d][^\[\]:：\d]{0,40}[:：]\s*)?(?:\[[^\[\]\d]{1,40}\]\s*){2,}$")
_BRACKETED_MAX_WORDS = 4
# A footnote's mark on a line of its own, as a dump prints a wiki's <sup> links: "[1]",
# "[12]", "[a]", "[note 3]". A number in brackets says nothing else.
_FOOTNOTE_MARK = re.compile(r"^\[(?:\d{1,3}|[a-z]|(?:note|n)\s?\d{1,3})\]$", re.IGNORECASE)
# Link lists flattened to one line: several short Title Case items split by | • · » or ›
# (or the full-width bar of Chinese and Japanese sites, ｜), none with a slash in it. An
# item starts and ends with a character that is not a space, so a line splits into items
# one way only: a menu that ends in a separator ("Accueil | Bordeaux | ... | Nécrologie |")
# fails at once, where items that could give their spaces to the separators tried every
# split (50 s a line).
_MENU_ITEM = r"[^|/•·»›｜\s](?:[^|/•·»›｜]{0,28}[^|/•·»›｜\s])?"
_INLINE_MENU = re.compile(rf"^\s*(?:{_MENU_ITEM}\s*[|•·»›｜]\s*){{2,}}{_MENU_ITEM}\s*$")
# ... or split by spaces alone in Chinese or Japanese, which write no spaces in a sentence:
# four or more items of up to six characters ("トップ 県内 全国 経済 スポーツ 科学").
_SPACED_CJK_MENU = re.compile(rf"^[{CJK_CHARS}]{{1,6}}(?:[ \u3000]+[{CJK_CHARS}]{{1,6}}){{3,}}$")
# ... or run together: a dump of a menu or a row of buttons whose labels had no space between
# them prints "DelaKopiera länkSparaLyssna", "WhatsAppFacebookCopier le lien",
# "МістоЛюдиТранспортЕнергетикаКультура". Two lower-case letters followed by a word that
# opens with a capital, inside a token, three times at least (four in a line of one token: a
# name may run its words together, "WorldWideWebSize"; "iPhone" and "eBay" have one letter
# before theirs; a table's header row names one product thrice, "OneTrip Basic OneTrip
# Prime", and its joins count once), on a line of letters, spaces and separators only, with
# no five words in a row that open in lower case (a description: "HttpRawMessageLoggingOptions
# - Configuration options that control logging behavior"). In any cased script. Over the
# text dumps of bench/dev, bench/multi and 48 unseen sets, lines of this shape were menus,
# button rows and tag lists, and none a line of an article.
_RUN_TOGETHER_LINE = re.compile(r"^[^\W\d_][^\d.,;!?()\[\]{}=<>\"'“”„«»+*/\\_@#$%&。，！？]*$")
_RUN_TOGETHER_MIN = 3
_RUN_TOGETHER_MAX_WORDS = 12
_DESCRIPTION_WORDS = 5


def _run_together(text: str, words: int) -> bool:
    if words > _RUN_TOGETHER_MAX_WORDS or not _RUN_TOGETHER_LINE.match(text):
        return False
    tokens = text.split()
    joins = sum(1 for token in set(tokens) for k in range(2, len(token) - 1)
                if token[k - 2].islower() and token[k - 1].islower() and token[k].isupper() and token[k + 1].islower())
    if joins < _RUN_TOGETHER_MIN + (words == 1):
        return False
    lower = [token[0].islower() for token in tokens]
    return not any(all(lower[k:k + _DESCRIPTION_WORDS]) for k in range(len(lower) - _DESCRIPTION_WORDS + 1))


_RULES = phrases.RuleSet(COMMENTS + CHROME)

# A line of two or more of the site's own links that the navigation rule names each, split by
# a bar or a dot ("Przejdź do treści | Przejdź do menu", "加入收藏 | RSS", "Kontakt · Impressum"):
# the inline menu needs three items of any words, this two it knows.
_NAVIGATION = tuple(r for r in CHROME if r.name == "navigation")
_MENU_SPLIT = re.compile(r"\s+[|•·｜]\s+")
# (a skip link is three words, "Skip to content": four of them make twelve; a longer line
# is a sentence or a footer that the rights and policy rules read)
_KNOWN_MENU_WORDS = 12


def _known_menu(text: str) -> bool:
    parts = _MENU_SPLIT.split(text.strip())
    return len(parts) >= 2 and all(
        any(phrases.match(rule, part, word_equivalents(part)) for rule in _NAVIGATION) for part in parts)

# A post's meta line of short fields between separators, one of them a view counter or a
# reading time in any language the counter rules know ("03.06.2024 10:25 | Просмотров: 4817
# | Версия для печати", "Jun 08, 2023 • 11 Minute Read"): the fields around the counter
# (a date in words, a print link) vary too much for whole-line patterns. A field is at most
# 40 characters (a date with its time, a short label) and the counter has a word, not only
# a number. bench/dev: 4 blocks, none of them gold text; bench/multi: none.
_FIELD_SEP = re.compile(r"\s*[|•·]\s*")
_FIELD_CHARS = 40
_META_LINE_CHARS = 200


def _fields(text: str) -> list[str]:
    """The non-empty fields of a line between separators (`_FIELD_SEP`)."""
    return [f for f in (x.strip() for x in _FIELD_SEP.split(text)) if f]


def _meta_line(text: str) -> bool:
    if len(text) > _META_LINE_CHARS or not _FIELD_SEP.search(text):
        return False
    fields = _fields(text)
    if len(fields) < 2 or any(len(f) > _FIELD_CHARS for f in fields):
        return False
    return any(any(c.isalpha() for c in f) and _is_counter(_RULES.first(f, len(f.split()))) for f in fields)


# An article's meta line in any language: three or more short fields between separators,
# one of them a date (`title.DATE_FIELD`; "Par Claire Dumoulin · 8 novembre 2023 · Lecture :
# 2 min", "Oleh Rina Wulandari · 28 Mei 2024 · 2 menit baca"): the byline, the date and the
# reading time, set on one line. The fields' words vary with the language, their shape does
# not.


def _dated_fields(text: str) -> bool:
    # (twice a meta line's length: a Markdown page's line holds its links' addresses too)
    if len(text) > _META_LINE_CHARS * 2 or not _FIELD_SEP.search(text):
        return False
    fields = _fields(markdown.shown(text))
    return (len(fields) >= 3 and all(len(f) <= _FIELD_CHARS for f in fields)
            and any(DATE_FIELD.search(f) for f in fields))


# A timestamp line in any language: a date and its clock time (or the reading time) on a
# short line that does not end as a sentence does, as an article's byline prints when and
# by whom ("Por Redacción NDP 11 de febrero de 2026 · 08:26 hrs", "Von Heiko Reents
# 14.10.2025, 19:42 Uhr 4 Min. Lesezeit", "Selin Kaya Giriş: 03.05.2026 09:14"). Over the
# text dumps of 42 sets of pages the rules had not been written from, 99 such lines kept in
# the output were bylines or a live blog's stamps and 2 were an article's (a tender's two
# deadlines, one under the other: `_beside`). Labelled last (`label_timestamps`):
# the core reads an unlabelled byline as part of the article's head, and across it joins the
# standfirst above to the body below; the headline is told from the line above it. A clock
# may be written with a dot, as the Nordic, Finnish and Indonesian press and the Guardian
# write it ("Publicerad 1 juni 2026 19.58", "Sat 14 Feb 2026 17.24 GMT"): an hour and its
# minutes, no figure after them. Over the 48 unseen sets' text dumps such lines were 17 outside
# the article (bylines, live-blog stamps, a masthead's date) and 1 an event's date row
# ("Tarih: 17 Aralık 2025, Saat 13.30"), which stays as a fact sheet's row (`_field_row`).
_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}\s?[:h]\s?\d{2}(?!\d)|(?<![\d.,:])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])"
                    r"|\b\d{1,3}\s*(?:min(?:s|utes?|uten|uti|utos|uta|ut)?|мин(?:ут[аы]?)?)\b|\d\s*分", re.IGNORECASE)
# A byline with its date, its time, an update's time and the reading time runs to about 20
# words; a paragraph that gives a date and a time runs longer.
_TIMESTAMP_WORDS = 24
_TIMESTAMP_CHARS = 400  # (24 long words; a paragraph is not split to be counted)


def _timestamp_line(text: str) -> bool:
    return (len(text) <= _TIMESTAMP_CHARS and _DIGITS.search(text) is not None and len(text.split()) <= _TIMESTAMP_WORDS
            and SENTENCE_END.search(text) is None and DATE_FIELD.search(text) is not None
            and _CLOCK.search(DATE_FIELD.sub(" ", text)) is not None)


# A row of a fact sheet: a label of a word or two and its value ("Tarih: 17 Aralık 2025,
# Saat 13.30" between "Etkinlik: Proje Tanıtımı" and "Yer: Deniz Bilimleri Fakültesi").
_FIELD_ROW = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s?:\s+\S")


def _field_row(text: str) -> bool:
    return _FIELD_ROW.match(text) is not None


def _beside(blocks: list[Block], i: int, line: Callable[[str], bool]) -> bool:
    """Whether the block above or below block i is such a `line`. A dated line beside
    another is a row of a table or a list (an exam timetable's "16.12.2024 | Paper 3 |
    Paper 4", a tender's deadlines), not the one line of a byline."""
    return any(0 <= k < len(blocks) and line(blocks[k].text) for k in (i - 1, i + 1))


def _is_counter(rule: phrases.PhraseRule | None) -> bool:
    # asked of the page's own rule set (a set of the counter rules alone costs every process
    # 80 ms to build)
    return rule is not None and rule.name == "view_counter"


# The two cookie rules that hold only beside a consent dialog: where one matches, the rule
# that comes next is asked first (a footer that names the privacy policy in its rights line,
# "Copyright © 2003-2025 Gazeta. Wszelkie prawa zastrzeżone. | Regulamin | Polityka prywatności").
_CONDITIONAL = (COOKIE_DETAIL, POLICY_MENTION)
_BIO = re.compile(AUTHOR_BIO)
# How far from the article's end a biography may sit and still be the author's box: the bio
# follows the last paragraph, maybe after the author's name and a share line.
_BIO_TAIL = 3
# An author box runs to a paragraph or two (bench/dev's longest: 103 words); the article's
# own closing paragraphs that describe a person are longer, or not at the end.
_BIO_MAX_WORDS = 150
# The box's heading: "About Jane Doe", "About the author", "Written by Jane Doe".
_BIO_HEADER = re.compile(r"^(about|written by|meet)\b[\w .'’-]{2,40}$", re.IGNORECASE)


# How far a consent dialog's paragraph may stand from its banner or buttons, or from another
# of its paragraphs: a dialog explains three or four kinds of cookie between its heading and
# its buttons; a form's consent line stands among the form's fields. At 8 instead of 4 no
# page of bench/dev changes, and bench/multi trades one page for another: a form's consent
# checkbox seven blocks below its e-mail field is a notice (text m0245), and a privacy
# policy page loses a paragraph beside its contact form (html m0030).
_CONSENT_REACH = 4
# The rules of a form and its consent text: a newsletter's, a login's, a comment's, a
# consent dialog's.
_FORM = frozenset({"cookie_notice", "consent_button", "newsletter_signup", "newsletter_label", "login_form",
                   "comment_form"})
# A notice that the page needs JavaScript (tech_notice) is the same machinery speaking: a
# <noscript> fallback tells the reader that scripts are off and, beside it, which cookies the
# consent tool that needs them would have set.
_CONSENT = _FORM | {"tech_notice"}
_NEWSLETTER = re.compile(r"newsletter", re.IGNORECASE)


# Rules for a link to another page, under its label ("Related: <title>", "Read more: <title>"),
# and for a trail of links (a breadcrumb): where the markup shows no link in the line, it is
# the article's own ("Go to Products > Data Files > Click on the + button", a how-to's step).
_LINKS = frozenset({"related_link_labelled", "breadcrumb"})
# A number alone is a counter, but not a list's item number ("11.", a reference list's, its
# text in the next block) nor a share ("26%", a poll's): the counter rules see the line
# trimmed of its punctuation, so these are told apart on the line as it stands.
_NO_COUNT = re.compile(r"^\s*(\d{1,3}\.|\d+([.,]\d+)?\s*%)\s*$")
# ... nor a step's number in an element of its own, printed after its item's bullet ("* 3"),
# with the step's text in the next block. A pager's or a slider's numbers ("* 1", "* 2",
# "* 3") stand one under the other and stay counters.
_BULLET_NUMBER = re.compile(r"^\s*[*•]\s*\d{1,3}\s*$").match


# LABEL_THEN_LINK's labels, and the title after one.
_ANY_REST = r"\s+.+"
_LABEL_REST = re.compile(
    "^(?:" + "|".join("(?:" + p.removesuffix(_ANY_REST) + ")" for p in LABEL_THEN_LINK.patterns) + r")\s+(?P<rest>.+)$",
    re.IGNORECASE)


def _titled(text: str) -> bool:
    """A label, then a title: a capital after it, and no sentence's end but a headline's
    question or exclamation mark ("Lees ook Spaarrente daalt verder: wat kun je nog doen?")."""
    m = _LABEL_REST.match(phrases.trim(text))
    return m is not None and m["rest"][:1].isupper() and (
        text.rstrip().endswith(_HEADLINE_ENDS) or not SENTENCE_END.search(text.rstrip()))


_HEADLINE_ENDS = ("?", "!", "？", "！", "؟")


def _step_number(blocks: list[Block], i: int) -> bool:
    return (_BULLET_NUMBER(blocks[i].text) is not None and i + 1 < len(blocks)
            and any(c.isalpha() for c in blocks[i + 1].text) and not _beside(blocks, i, _BULLET_NUMBER))


def _quote_blank(blocks: list[Block], i: int) -> bool:
    """Block i is a Markdown quote's blank line: ">" alone, with quoted lines on both sides."""
    return (_QUOTE_BLANK.match(blocks[i].text) is not None and 0 < i < len(blocks) - 1
            and blocks[i - 1].text.lstrip().startswith(">") and blocks[i + 1].text.lstrip().startswith(">"))


def label_phrases(view: PageView) -> None:
    """Whole-block widget phrases (share, cookie, login, tags, counters, ...) and comment lines."""
    extra = _user_families(view)
    details: list[int] = []
    tables = view.pipe_rows
    for i, (b, f, folded) in enumerate(zip(view.page.blocks, view.feats, view.folded, strict=True)):
        if f.words > _RULES.max_words or b.dom_has("code") or b.has_rule("table_of_contents"):
            # a line of code in a <pre> says what the program says ("image: postgres:16" in a
            # compose file is no photo credit, "Share" no share button); a table of contents'
            # entry is one whatever it says ("See also", "1")
            continue
        if _FOOTNOTE_MARK.match(b.text):
            b.add("chrome", "footnote_mark")
            continue
        if b.lines >= 3 and f.words <= _BRACKETED_MAX_WORDS and _BRACKETED.match(b.text):
            # a dump that prints each element on its own line printed "[", "edit", "]": the
            # word was a link of its own (segment/inline.py), as the markup shows on HTML
            b.add("chrome", "bracketed_link")
            continue
        stars = _STARS.match(b.text) is not None  # before the counters: "★★★☆☆ 3/5" is no slide's "3/5"
        text = view.shown[i]  # (its words are the features' count)
        rule = None if stars else _RULES.first(text, f.words, folded)
        passed: tuple[phrases.PhraseRule, ...] = ()
        while rule is not None and rule.name in _LINKS and (
                (b.dom is not None and not b.dom.link_share)
                or (rule is LABEL_THEN_LINK and (not b.dom.link_line if b.dom is not None else not _titled(text)))):
            # the markup shows no link in it: a sentence of the article that opens with the
            # label's word ("Related: the council also agreed to fund ..."), not a link; with
            # no mark after the label, only the markup's link tells a link from a sentence,
            # or in a text dump a title's capital after the label on a line that ends no
            # sentence ("À lire aussi Ma pâte brisée maison inratable en 5 minutes").
            # Every rule passed over stays passed: two languages' labelled-link rules can
            # both match one line ("À lire aussi : ..."), and skipping only the last would
            # go back and forth between them for ever.
            passed += (rule,)
            rule = _RULES.first(text, f.words, folded, skip=passed)
        if rule is not None and rule.name == "view_counter" and (
                _NO_COUNT.match(b.text) or i in view.cells or _step_number(view.page.blocks, i)):
            rule = None  # (a table's figure, printed alone as a dump prints each cell: tables.py)
        conditional = rule is COOKIE_DETAIL or rule is POLICY_MENTION
        if conditional:
            rule = _RULES.first(text, f.words, folded, skip=_CONDITIONAL)
        if conditional and rule is None:
            details.append(i)  # a notice only inside or beside its dialog: `_consent_paragraphs`
        elif rule is not None:
            b.add(rule.category, rule.name)
        elif stars:
            b.add("chrome", "star_rating")
        elif _SEPARATOR.match(b.text) and i not in tables and not _quote_blank(view.page.blocks, i):
            # (not a pipe table's row of dashes, nor a quote's blank line)
            b.add("chrome", "separator_line")
        elif _HASHTAGS.match(b.text):
            b.add("chrome", "tag_list")
        elif i not in tables and _run_together(b.text.strip(), f.words):
            b.add("chrome", "run_together_labels")
        elif f.words <= _KNOWN_MENU_WORDS and _known_menu(b.text):
            b.add("chrome", "navigation")
        elif _meta_line(b.text):
            b.add("chrome", "view_counter")
        elif i not in tables and _dated_fields(b.text) and not _beside(view.page.blocks, i, _dated_fields):
            b.add("chrome", "byline_dateline")
        elif f.words <= _CAPTION_MAX_WORDS and _slide_caption(b.text):
            b.add("chrome", "image_caption")
        elif b.dom_has("figure") and view.page.kind != "html":
            b.add("chrome", "image_caption")  # a Markdown image and its caption (read/markdown.py)
        elif ((_link(b) and f.words <= _BRACKETED_MAX_WORDS and _BRACKETED.match(b.text))
              or ((b.dom is None or b.dom.link_share) and _BRACKETED_ROW.match(b.text))):
            b.add("chrome", "bracketed_link")
        elif f.words <= 20 and (b.dom is None or b.dom.link_line) and i not in tables:
            # on an HTML page a flattened menu's and a tag list's items are links; a list of
            # names written as text ("Schlumberger, Lea 1993; Lonsinger, Mona 1992") is not;
            # nor are a Markdown table's rows ("Aantal fietsen| 600| 750")
            # (a table's header row printed in padded columns over its rows names its
            # columns: "店家     推薦     營業時間     公休")
            if _INLINE_MENU.match(text) or (_SPACED_CJK_MENU.match(b.text) and aligned_rows(view.page, i) == i):
                b.add("chrome", "inline_menu")
            elif f.cap_share >= 0.6 and _TAG_LIST.match(b.text):
                b.add("chrome", "tag_list")
        for rule in extra:
            if phrases.match(rule, text, f.words):
                b.add(rule.category, rule.name)
    _consent_paragraphs(view, details)
    _dialog_paragraphs(view)
    _embed_prompts(view)
    _listed_links(view)
    _newsletter_pitches(view)


# A related-links header's list: the bulleted items right under "Latest news", "Read more",
# "Popular", each a link to another page ("* 18:00 <headline>"), or the headlines without
# bullets there (lines of up to 20 words that end no sentence), one at least: a box of one
# link between an article's paragraphs ("Lesen Sie auch" / <headline>) is the commonest. On
# the 26 unseen sets' text pages, of the blocks right under such a header that stayed, 30
# were another story's headline and none the article's (one article sentence there is no
# headline's shape). The items are the
# header's list whatever they say, in any language whose header the rules know; on a
# Markdown page, each holds a link (`_linked`). Such a box also stands between an
# article's paragraphs, so the core reads the items as it reads a caption
# (core._IN_ARTICLE): removed, but no edge of the article. The header is a label of a few
# words ("You may also like"); a longer one names a topic ("More from Cornell on climate
# change and gardening:") and may head the article's own resources.
# A label the page repeats after every item ("Read More" under each resource of a list,
# as a thread's widgets recur, core._WIDGET_REPEATS) is each item's link, no header.
_LIST_HEADER_WORDS = 4
_HEADER_REPEATS = 3
_MIN_HEADLINES = 1
_HEADLINE_WORDS = (2, 20)


def _listed_links(view: PageView) -> None:
    blocks, feats = view.page.blocks, view.feats
    headers = [i for i, b in enumerate(blocks)
               if feats[i].words <= _LIST_HEADER_WORDS and b.has_rule("related_links")]
    if not headers:
        return
    counts = Counter(blocks[i].text.strip().lower() for i in headers)
    # a heading the page's table of contents names is the article's next section, not
    # another headline of a box set between its sections ("あわせて読みたい" / <headline> / 作り方)
    named = find_contents(view).headings
    for i in headers:
        if counts[blocks[i].text.strip().lower()] >= _HEADER_REPEATS:
            continue
        j = i + 1
        while j < len(blocks) and feats[j].bullet and not blocks[j].labels and _linked(view, j):
            j += 1
        if j == i + 1:  # no bullets: headlines, two or more
            summed = 0
            while (j < len(blocks) and _headline_shaped(blocks[j], feats[j]) and _linked(view, j)
                   and j not in named):
                j += 1
                if (_summary(view, j) and j + 1 < len(blocks) and _headline_shaped(blocks[j + 1], feats[j + 1])
                        and _link(blocks[j - 1]) and _link(blocks[j + 1])):
                    j += 1  # a teaser's summary between its linked headline and the next ("Most read" with dekes)
                    summed += 1
            if summed and _summary(view, j):
                j += 1  # ... and the last teaser's, where the ones above had theirs
            if j - i - 1 < _MIN_HEADLINES:
                continue
        for k in range(i + 1, j):
            blocks[k].add("chrome", "related_list")


# A newsletter box: its header ("Iscriviti alla newsletter"), a paragraph or two that pitch it
# in the site's words, which name no newsletter ("Ogni venerdì mattina la nostra redazione
# seleziona per te ..."), then its button or its field, a line of a few words that no rule
# but a form's or a call to action's (`_BUTTON`: "Click here »") names (an ad's label after a
# box's "Subscribe" button closes no box). The header names the box, the button closes it:
# what stands between them is the box's pitch.
_PITCH_BLOCKS = 2
_BUTTON_WORDS = 3
_BOX = ("newsletter", SIGNUP)
_BUTTON = _FORM | {"call_to_action"}


def _newsletter_pitches(view: PageView) -> None:
    blocks, feats = view.page.blocks, view.feats
    for i, b in enumerate(blocks):
        if (feats[i].words > _LIST_HEADER_WORDS or feats[i].bullet
                or not b.has_rule("newsletter_signup")):
            continue  # (a list's item is a menu's or a contents list's entry, not a box's header)
        # Where the header's markup names its box (its classes, or the form that asks for an
        # e-mail address alone: read/html.py), its pitch is inside the box: below a paywall's
        # "Subscribe Now" button, or a sign-up box set between the article's paragraphs, the
        # article's next paragraphs are not.
        boxed = b.dom_has(*_BOX)
        j = i + 1
        while (j < len(blocks) and j - i <= _PITCH_BLOCKS and not blocks[j].labels and feats[j].words > _BUTTON_WORDS
               and (not boxed or blocks[j].dom_has(*_BOX))):
            j += 1
        if (i + 1 < j < len(blocks) and 0 < feats[j].words <= _BUTTON_WORDS and not feats[j].terminal
                and all(lb.rule in _BUTTON for lb in blocks[j].labels)):
            for k in range(i + 1, j):
                blocks[k].add("chrome", "newsletter_pitch")


# A teaser's summary under its headline: one sentence, as a list's dek is.
_SUMMARY_WORDS = 25


def _summary(view: PageView, i: int) -> bool:
    """Block i is a teaser's summary: a sentence of a few words, no label, not a link."""
    if i >= len(view.page.blocks):
        return False
    b, f = view.page.blocks[i], view.feats[i]
    return not b.labels and f.terminal and f.words <= _SUMMARY_WORDS and not _link(b)


def _link(b: Block) -> bool:
    """The markup says the block is a link (a text dump says nothing)."""
    return b.dom is not None and b.dom.link_line


def _linked(view: PageView, i: int) -> bool:
    """On a Markdown page a list's item is a link (read/markdown.py): the list ends at a line
    with none (the article's next paragraph, which in Thai no sentence mark ends). On HTML
    the header's box may list headlines its markup does not link (a board's table of
    threads, a "related questions" box): measured, requiring links there lost more pages
    than it gained."""
    dom = view.page.blocks[i].dom
    return view.page.kind == "html" or dom is None or dom.link_share > 0


def _slide_caption(text: str) -> bool:
    m = _SLIDE_CAPTION.match(text)
    if m is None:
        return False
    bare = m.group(1) is None
    n, total = (int(g) for g in (m.group(3, 4) if bare else m.group(1, 2)))
    return 1 <= n <= total and total >= 2 and not (bare and small_letter(m.group(5)))


def _headline_shaped(b: Block, f: Features) -> bool:
    return not b.labels and _HEADLINE_WORDS[0] <= f.words <= _HEADLINE_WORDS[1] and not f.terminal


def _consent_paragraphs(view: PageView, details: list[int]) -> None:
    """Label the cookie paragraphs and policy sentences (`COOKIE_DETAIL`, `POLICY_MENTION`)
    that stand in a consent dialog's or a form's markup, say "newsletter", or stand within
    `_CONSENT_REACH` blocks of a banner, a button, a form's field or another such block."""
    blocks = view.page.blocks
    while details:
        joined = [i for i in details if blocks[i].dom_has("consent", "form", "newsletter")
                  or _NEWSLETTER.search(blocks[i].text)
                  or any(lb.rule in _CONSENT for b in blocks[max(0, i - _CONSENT_REACH):i + _CONSENT_REACH + 1]
                         for lb in b.labels)]
        for i in joined:
            blocks[i].add(COOKIE_DETAIL.category, COOKIE_DETAIL.name)
        details = [i for i in details if i not in joined] if joined else []


# An embedded post's prompt above its text, in the reader's language ("View this post on
# Instagram", "Bu gönderiyi Instagram'da gör", "Lihat postingan ini di Instagram"): a short
# line naming the platform, up to `_EMBED_REACH` blocks above the post's author line
# (embed_credit), which the post's own words sit between.
_EMBED_REACH = 3  # the post's words (a paragraph or two) and its like count stand between
_EMBED_WORDS = 8  # the prompt is 4-6 words in every language the unseen sets showed
_EMBED_PLATFORM = re.compile(r"(?<![^\W\d_])(instagram|tiktok|youtube|facebook|threads|bluesky|twitter)(?![^\W\d_])",
                             re.IGNORECASE)


def _embed_prompts(view: PageView) -> None:
    blocks, feats = view.page.blocks, view.feats
    for i, b in enumerate(blocks):
        if not b.has_rule("embed_credit"):
            continue
        for k in range(i - 1, max(-1, i - 1 - _EMBED_REACH), -1):
            if (not blocks[k].labels and feats[k].words <= _EMBED_WORDS and not feats[k].terminal
                    and _EMBED_PLATFORM.search(blocks[k].text)):
                blocks[k].add("chrome", "embed_credit")


# A consent dialog's own rules: its banner's sentence and its buttons.
_DIALOG = frozenset({"cookie_notice", "consent_button"})


def _dialog_paragraphs(view: PageView) -> None:
    """Label what stands between a consent dialog's labelled lines, one of them its button,
    within `_CONSENT_REACH` blocks: the dialog's purposes and offers in any language, whatever
    they say ("With your permission we and our partners may use precise geolocation data ...",
    "Read without ads", "List of purposes"), up to a consent paragraph's length."""
    blocks = view.page.blocks
    marked = [i for i, b in enumerate(blocks) if any(lb.rule in _DIALOG for lb in b.labels)]
    for above, below in pairwise(marked):
        # (a button on one side at least: a privacy policy's page names cookies and the
        # policy line after line, with no dialog)
        if 1 < below - above <= _CONSENT_REACH + 1 and (blocks[above].has_rule("consent_button")
                                                       or blocks[below].has_rule("consent_button")):
            for i in range(above + 1, below):
                if not blocks[i].labels and view.feats[i].words <= COOKIE_DETAIL.max_words:
                    blocks[i].add(COOKIE_DETAIL.category, COOKIE_DETAIL.name)


# A list whose items all open with the same words ("Affordable Gym in 08004, ...",
# "Affordable Gym in 08007, ..."): a generated link list (locations, tags, archives). An
# article's list varies its openings; numbered steps differ by their number's next word.
_TEMPLATE_WORDS = 3
_TEMPLATE_RUN = 6
_DIGITS = re.compile(r"\d+")


def label_templated_runs(view: PageView) -> None:
    """Runs of `_TEMPLATE_RUN`+ consecutive short blocks opening with the same words."""
    blocks, toks = view.page.blocks, view.toks
    def key(i: int) -> tuple[str, ...] | None:
        t = toks[i]
        f = view.feats[i]
        if len(t) <= _TEMPLATE_WORDS or f.words > 20 or f.terminal:
            return None  # sentences (a transcript's "PERSON #1: Yeah.") are not link titles
        opening = tuple(_DIGITS.sub("#", w) for w in t[:_TEMPLATE_WORDS])
        # Rows of a table of figures open alike ("1/1/2013 +13.1%"), and so do numbered
        # items ("1. Best for ..."): a template opens with words.
        return opening if opening[0].isalpha() and sum(w.isalpha() for w in opening) >= 2 else None
    for i, j, k in runs(key(i) for i in range(len(blocks))):
        if k is not None and j - i >= _TEMPLATE_RUN:
            for m in range(i, j):
                blocks[m].add("chrome", "templated_list")


# A reviewer's signature: a first name and initials ("Mallory R.", "A. Rae V. B."), maybe
# after a dash. Three reviews each signed like this in a row are a testimonials widget;
# an article's quotations name people in sentences ("said Jane Doe, the mayor").
_SIGNATURE = re.compile(r"^[—–-]?\s*(?:[A-Z][a-z]*\.?\s){0,3}[A-Z]\.$|^[—–-]?\s*[A-Z][a-z]+ [A-Z]\.(?: [A-Z]\.)?$")
_TESTIMONIALS = 3


def label_testimonials(view: PageView) -> None:
    """Runs of review, signature, review, signature, ... (at least `_TESTIMONIALS` signed)."""
    blocks, feats = view.page.blocks, view.feats
    n = len(blocks)
    signed = [bool(_SIGNATURE.match(b.text.strip())) and f.words <= 5 for b, f in zip(blocks, feats, strict=True)]
    i = 0
    while i < n:
        j, count = i, 0
        # review (>= 5 words, not a signature) then its signature, repeated
        while j + 1 < n and not signed[j] and feats[j].words >= 5 and signed[j + 1]:
            count += 1
            j += 2
        if count >= _TESTIMONIALS:
            for k in range(i, j):
                blocks[k].add("chrome", "testimonial")
            i = j
        else:
            i += 1


def _user_families(view: PageView) -> list[phrases.PhraseRule]:
    """Phrases added by a rules file, matched anywhere in blocks of up to 30 words."""
    by_family: dict[str, list[str]] = {}
    for family, phrase in view.config.phrases:
        by_family.setdefault(family, []).append(re.escape(phrase))
    out = []
    for family, pats in sorted(by_family.items()):
        category = family_category(family)
        register_user_rule(family, category)
        out.append(phrases.PhraseRule(family, category, tuple(pats), max_words=30, whole=False))
    return out


def label_timestamps(view: PageView) -> None:
    """Timestamp lines (`_timestamp_line`) that no rule named, and a live page's entry
    stamps (`_entry_stamps`)."""
    blocks = view.page.blocks
    found = [i for i, b in enumerate(blocks) if not b.labels and _timestamp_line(b.text)]
    for i in found:
        if (i not in view.pipe_rows and i not in view.cells and not blocks[i].dom_has("code")
                and not _beside(blocks, i, _timestamp_line)
                and not (_field_row(blocks[i].text) and _beside(blocks, i, _field_row))):
            blocks[i].add("chrome", "byline_dateline")
    for i in _entry_stamps(view):
        blocks[i].add("chrome", "byline_dateline")


# A live page stamps each entry with its clock time alone, a word with it at most ("Ore
# 19.40", "14:32 Uhr", "10h58", "11:42 pm"): at least two such lines printed alike, none
# beside another (a timetable's column of times is a table, `_beside`), each over an entry's
# prose, under its heading or not (a table's row "杖立峠 6:55" is over the next row). A
# figure with a unit run into it ("Weight 2.42lb") is no time.
_ENTRY_STAMPS = 2
_CLOCK_ONLY = re.compile(r"^\W*(?:[^\W\d_]{1,6}\.?\s)?(?:\d{1,2}\s?[:h]\s?\d{2}|(?:[01]?\d|2[0-3])\.[0-5]\d)"
                         r"(?:\s?[ap]\.?m\.?|\s[^\W\d_]{1,4}\.?)?\W*$", re.IGNORECASE)


def _entry_stamps(view: PageView) -> list[int]:
    blocks, feats = view.page.blocks, view.feats
    found = [i for i, b in enumerate(blocks) if not b.labels and len(b.text) <= 24 and _CLOCK_ONLY.match(b.text)
             and i not in view.pipe_rows and i not in view.cells and not b.dom_has("code")
             and any(feats[k].prose for k in range(i + 1, min(i + 3, len(blocks))))]
    shape = {i: printed_as(blocks[i].text.strip()) for i in found}
    alike = Counter(shape.values())
    return [i for i in found if alike[shape[i]] >= _ENTRY_STAMPS
            and not _beside(blocks, i, lambda t: _CLOCK_ONLY.match(t) is not None)]


def label_outside_core(view: PageView) -> None:
    """Blocks before or after the article core, except a headline right above it; the
    author's box at the core's end."""
    start, end = view.core
    blocks = view.page.blocks
    if end < start:
        return
    if view.extracted:
        # trafilatura already drew the article's edges from the DOM (outside_main_content);
        # a second, text-only cut would drop its main text wherever that is not one run.
        # Nor does the core overrule those edges: taking the core's prose back where
        # trafilatura kept under 30% of it (FRAGMENT_SHARE, fit to bench/dev) measured
        # +0.0014 word F1 on bench/dev (+0.0027 and 0.0000 on its site-disjoint halves) and
        # -0.0003 snippet F1 on bench/multi: noise, so it went (issue 21). An author's box
        # the core ends with, under a heading with the byline's name, is labelled as on a
        # text page; a bio by its words alone ("... is a garden writer") is bench/dev's gold.
        _author_box(view, start, end, frozenset(), titled_only=True)
        _about_box(view, start, end)
        _paywall_box(view, start, end)
        _next_story(view)
        return
    # (the core may open with the headline itself, where it reads as prose: a section's label
    # above it is then no headline)
    opens = start + 1 < len(blocks) and _headline(view, start) and view.feats[start + 1].words > view.feats[start].words
    headline = start - 1 if start > 0 and not opens and _headline(view, start - 1) else -1
    lead = _standfirst(view, start) if headline < 0 and not opens else -1
    if lead >= 0:
        # the article opens with it; the widgets between it and the body keep their labels
        headline = lead - 1
        view.core = (lead, end)
    bylines = _bylines(view, headline)
    for i in range(0, start):
        if i not in (headline, lead):
            blocks[i].add("chrome", "before_article")
    for i in range(end + 1, len(blocks)):
        if view.in_thread(i):
            continue
        blocks[i].add("chrome", "after_article")
    _author_box(view, start, end, bylines)
    _about_box(view, start, end)
    _paywall_box(view, start, end)


# What a news page sets between its standfirst and its body, each labelled by its own rule:
# the byline and dateline, the share bar, a "follow us" call, the lead picture's caption,
# an ad's label. Each is a wall for the core, so the standfirst above them is cut off.
_BETWEEN_LEAD = frozenset({"byline_dateline", "share_line", "social_follow", "image_caption", "gallery", "ad_label"})
_LEAD_REACH = 6  # such lines between the two, at most: a byline, a share bar, a picture's caption and credit, an ad


def _standfirst(view: PageView, start: int) -> int:
    """The article's standfirst above its core start..: a paragraph of prose that ends a
    sentence, right under the headline, parted from the body by the widgets of
    `_BETWEEN_LEAD` and short lines that are no prose; -1 if none. The
    HTML reader finds it by its markup (read/align.py `_lead_above`); a text dump shows its
    place, under the headline and over the byline."""
    blocks, feats = view.page.blocks, view.feats

    def between(i: int) -> bool:
        # a widget, or a short line that is no prose: a byline and date, which the timestamp
        # stage labels after this one ("Newsroom 15.07.2025 | 09:24"), as long as a stamp's line
        if blocks[i].labels:
            return all(lb.rule in _BETWEEN_LEAD for lb in blocks[i].labels)
        return not feats[i].prose and feats[i].words <= STAMP_MAX_WORDS

    k = start - 1
    while k > 0 and start - k <= _LEAD_REACH and between(k):
        k -= 1
    # (a sentence's end: a long headline reads as prose too, and under it a breadcrumb's last
    # item looks like a headline)
    if (k >= start - 1 or k <= 0 or blocks[k].labels or not feats[k].prose or not feats[k].terminal
            or not _headline(view, k - 1)):
        return -1
    return k


def _author_box(view: PageView, start: int, end: int, bylines: frozenset[str], titled_only: bool = False) -> None:
    """Label the author's box among the last blocks of the core start..end: under a heading
    with the byline's name, or (unless `titled_only`) a bio by its words or opening with a
    byline's name."""
    blocks = view.page.blocks
    # what stands above the article's first paragraph: its byline is there
    above = view.shown[:next((i for i in range(start, end + 1) if view.feats[i].prose), start)]
    for i in range(max(start, end - _BIO_TAIL + 1), end + 1):
        if view.feats[i].words > _BIO_MAX_WORDS:
            continue
        # the box's heading ends with the author's name, the byline's, and the bio opens with it
        name = _heading_name(view, i) if i > start else None
        titled = name is not None and _printed_as_byline(name, above)
        if titled or (not titled_only and (
                _BIO.search(blocks[i].text) or (i > start and _opens_with(blocks[i].text, bylines)))):
            blocks[i].add("chrome", "author_bio")
            if i > 0 and (titled or _BIO_HEADER.match(blocks[i - 1].text) or blocks[i - 1].text.strip() in bylines):
                blocks[i - 1].add("chrome", "author_bio")
    _headed_bio(view, start, end)


# The box's heading in the vocabulary ("Über den Autor", "عن الكاتب") is a few words.
_BIO_HEADING_WORDS = 6
# Without the name's line, the bio under the heading is the box's where the core's prose from
# the heading on is at most this share of it: an author box closes a page, a section of the
# article headed so ("About the author" in a book review) has the article's end after it.
_BIO_TAIL_SHARE = 0.25


def _headed_bio(view: PageView, start: int, end: int) -> None:
    """Under the author box's heading (the rule author_bio on a line of a few words, in any
    language of the vocabulary), the bio paragraph is the box's: after the author's name on
    a line of its own, wherever in the core it stands (a site may set its previous/next
    links and its appeal after it); or without it, where what follows the heading in the
    core is a small part of it (`_BIO_TAIL_SHARE`). A paragraph under such a heading with
    the article going on after it is the article's own ("Über den Autor" as a section of a
    book review)."""
    blocks, feats = view.page.blocks, view.feats
    head = next((i for i in range(start, end + 1)
                 if blocks[i].has_rule("author_bio") and feats[i].words <= _BIO_HEADING_WORDS and not feats[i].prose), None)
    if head is None or head == end:
        return
    name = head + 1
    named = feats[name].words <= 4 and not feats[name].terminal and not blocks[name].labels
    bio = name + 1 if named else name
    if bio > end or not feats[bio].prose or feats[bio].words > _BIO_MAX_WORDS:
        return
    prose = [feats[k].words if feats[k].prose and not blocks[k].labels else 0 for k in range(start, end + 1)]
    if not named and _BIO_TAIL_SHARE * sum(prose) < sum(prose[head - start:]):
        return
    for k in range(name, bio + 1):
        blocks[k].add("chrome", "author_bio")


_ABOUT = tuple(re.compile(rf"^\W*(?:{p})\s*[:：]?\s*$", re.IGNORECASE) for ps in v.ABOUT_ORG.values() for p in ps)
# How far from the article's end an organisation's box may stand: a press release prints its
# media contact (a name, a phone, an e-mail, each a line) and its attachments after it.
_ABOUT_TAIL = 6
# An organisation's name is longer than a person's ("Sobre la Consejería de Transición
# Ecológica y Territorio").
_ABOUT_WORDS = 12


def _about_box(view: PageView, start: int, end: int) -> None:
    """Label an organisation's box among the last blocks of the core start..end: a heading
    "About <name>" and the paragraph under it, which opens with the name (`_about`); what
    follows it in the core, when none of it is prose, is the release's contact and files."""
    blocks, feats = view.page.blocks, view.feats
    # (the rows of a padded table after it, the organisation's profile in facts, are one piece)
    tail: list[int] = []
    for i in range(end, start, -1):
        if len(tail) == _ABOUT_TAIL:
            break
        if not padded_row(view.page, i):
            tail.insert(0, i)
    for i in tail:
        if feats[i].words > _BIO_MAX_WORDS or not _about(view, i):
            continue
        blocks[i - 1].add("chrome", "author_bio")
        blocks[i].add("chrome", "author_bio")
        if not any(feats[k].prose and not blocks[k].labels for k in range(i + 1, end + 1)):
            for k in range(i + 1, end + 1):
                blocks[k].add("chrome", "after_article")
        return


def _next_story(view: PageView) -> None:
    """What trafilatura kept below the header over the next story a site stacks under the
    article ("Next article", "Siguiente noticia": core.next_article), once the article's
    prose stands above it, is that story: its headline and opening paragraphs, or a list of
    other posts under a blog's "Next post". On bench/dev's HTML and the unseen sets, none of
    the 32 blocks so placed is a gold article's. A pager's "Next article" above the article
    has no prose above it."""
    blocks, feats = view.page.blocks, view.feats
    read = False
    for i, b in enumerate(blocks):
        if read and next_article(b):
            for k in range(i + 1, len(blocks)):
                if not blocks[k].labels:
                    blocks[k].add("chrome", "next_story")
            return
        read = read or (feats[i].prose and not b.labels)


def _paywall_box(view: PageView, start: int, end: int) -> None:
    """A paywall's box: its gate among the core's last `_ABOUT_TAIL` blocks ("Cet article est
    réservé aux abonnés."), and its own last line as far after the core ("Déjà abonné?
    Connectez-vous"). What lies between them in the core is the box's offer ("Continuez votre
    lecture pour 1 franc", "Accès illimité à tous les articles ..."), however much it reads
    as prose. A gate alone may stand above the rest of the article where a page printed it
    in full, which the core then keeps."""
    blocks = view.page.blocks
    gate = next((i for i in range(max(start + 1, end - _ABOUT_TAIL + 1), end + 1) if blocks[i].has_rule("paywall")), None)
    if gate is None or not any(b.has_rule("paywall") for b in blocks[end + 1:end + 1 + _ABOUT_TAIL]):
        return
    for k in range(gate + 1, end + 1):
        blocks[k].add("chrome", "paywall")


def _about(view: PageView, i: int) -> bool:
    """Block i opens with the name that the short heading above it says it is about, in an
    "About <name>" of `vocabulary.ABOUT_ORG` (the box under a press release), and goes on
    from the name as a sentence does (with a space and a small letter, a comma or a dash;
    or, in Chinese, Japanese and Korean, at once: "海川大学是一所..."); or the heading
    ends with a name block i opens with, in a language that inflects it after the word
    ("O spółce Przewozy Nadwiślańskie": "Przewozy Nadwiślańskie sp. z o.o. to ...")."""
    f = view.feats[i - 1]
    if view.page.blocks[i - 1].labels or f.bullet or f.terminal or f.words > _ABOUT_WORDS:
        return False
    heading = _HEADING_MARKS.sub("", view.shown[i - 1]).strip()
    text = view.page.blocks[i].text
    # the paragraph may give the name its article ("Over de gemeente Westerbeek": "De gemeente
    # Westerbeek telt ...")
    article = _ARTICLE.match(text)
    openings = (text, text[article.end():]) if article else (text,)
    for rx in _ABOUT:
        m = rx.match(heading)
        if m is None:
            continue
        name = m.group("n").strip()
        if len(name) < 2 or not _named(name):
            continue
        for opening in openings:
            if opening.startswith(name) and (_opens_with(opening, frozenset({name}), marks=True) or (
                    _ATTACHED.match(name[-1]) and _ATTACHED.match(opening[len(name):len(name) + 1]))):
                return True
        return _heading_name(view, i) is not None
    return False


def _named(name: str) -> bool:
    """`name` is a proper name: in a script with capitals, one of its words has one ("About
    the project" is a section of the article; "Over de gemeente Westerbeek" names a town)."""
    cased = [w for w in name.split() if w[:1].lower() != w[:1].upper()]
    return not cased or any(w[:1].isupper() for w in cased)


# A word of up to three letters and an apostrophe or a space: an article ("De", "Die", "La",
# "L'", "Az").
_ARTICLE = re.compile(r"^[^\W\d_]{1,3}(?:['’]|\s+)")


# Han, kana and Hangul: the sentence goes on from the name at once ("海川大学是", "北斗精機は",
# "누리에너지솔루션은": a Korean particle is written onto the word).
_ATTACHED = re.compile(f"[{CJK_CHARS}\uac00-\ud7af]")


# A byline's name: a line of two to four words, no figure and no sentence's end, printed alone
# above the article (not its headline) and again below it, as the heading of its author's box.
# The box, after some of the article, opens with it, in any language ("Katharina Vogt ist seit
# 2014 Redakteurin ...", under "Katharina Vogt"). A company's name printed once, as its logo,
# is no byline: a job posting's paragraph about it opens with it ("Northwind Energy operates 14
# wind farms ...").
_BYLINE_WORDS = (2, 4)


def _bylines(view: PageView, headline: int) -> frozenset[str]:
    blocks, feats = view.page.blocks, view.feats
    shown = Counter(b.text.strip() for b in blocks)
    names = set()
    for i in range(view.core[0]):
        b, f = blocks[i], feats[i]
        if (i != headline and _BYLINE_WORDS[0] <= f.words <= _BYLINE_WORDS[1] and not f.bullet
                and not f.terminal and f.digit_share == 0 and not b.labels and shown[b.text.strip()] >= 2):
            names.add(b.text.strip())
    return frozenset(names)


def _opens_with(text: str, names: frozenset[str], marks: bool = False) -> bool:
    """`text` is a paragraph that opens with one of `names` and goes on in small letters; with
    `marks`, also in a script without capitals ("लखनऊ में") or after a comma or a dash
    ("Selin Aydemir, Dokuz Eylül ...", "Оксана Мельничук — журналістка")."""
    for name in names:
        rest = text[len(name):len(name) + 2] if text.startswith(name) else ""
        if rest[:1] == " " and rest[1:].islower():
            return True
        if marks and (rest[:1] == "," or (rest[:1] == " " and (
                rest[1:] in _DASHES or (rest[1:].isalpha() and not rest[1:].isupper())))):
            return True
    return False


_DASHES = ("—", "–", "-")
# A byline prints the name first, or after a word or two ("By", "Texto:", "Écrit par").
_BYLINE_PREFIX_WORDS = 2


def _printed_as_byline(name: str, above: list[str]) -> bool:
    """`name` opens a line above the article, or follows a word or two there: its byline,
    not a name its headline or a breadcrumb mentions."""
    for text in above:
        k = text.find(name)
        if k >= 0 and len(text[:k].split()) <= _BYLINE_PREFIX_WORDS:
            return True
    return False


_HEADING_MARKS = re.compile(r"^#{1,6}\s+|[*_]{1,2}")
# The heading's words: the name, after a label of a few words ("Sobre a autora", "Écrit par").
_HEADING_WORDS = 7


def _heading_name(view: PageView, i: int) -> str | None:
    """The name block `i` opens with (2-4 words, or the first of them; in a script with
    capitals, the first and the last capitalised: "Marieke de Bruijn", not a subheading
    "Kuhusu mradi"), going on as a sentence about it, when the short line above ends with
    it: the heading of an author's box ("Marieke de Bruijn", "Écrit par Claire Dumesnil",
    "#### Johan Lindqvist"). Else None."""
    f = view.feats[i - 1]
    heading = _HEADING_MARKS.sub("", view.shown[i - 1]).strip().split()
    if view.page.blocks[i - 1].labels or f.bullet or f.terminal or f.digit_share or len(heading) > _HEADING_WORDS:
        return None
    for k in range(_BYLINE_WORDS[1], _BYLINE_WORDS[0] - 1, -1):
        words = heading[-k:]
        if len(words) < k or words[0][:1].islower() or words[-1][:1].islower():
            continue
        name = " ".join(words)
        # (the bio may call the author by the first name alone: "Marco runs Home Assistant ...")
        if _opens_with(view.page.blocks[i].text, frozenset({name, words[0]} if k > 1 else {name}), marks=True):
            return name
    return None


def _headline(view: PageView, i: int) -> bool:
    """The article's own heading: a lone short line, not the last item of a list of them."""
    b, f = view.page.blocks[i], view.feats[i]
    if (b.labels or not 2 <= f.words <= 25 or f.bullet or b.text.endswith((".", ":")) or stops_unspaced(b.text)
            or stamped_line(view, i) or DATE_FIELD.search(b.text.replace("\\", ""))
            or (i > 0 and NUMBERED.match(b.text) and NUMBERED.match(view.page.blocks[i - 1].text))):
        # (a stamp: "mbrennan February 11, 2024, 2:02pm" is a post's, not a heading, nor is a
        # date, "6\. apr 2024 • 2 min čítania"; the second numbered item of a run, "2. Region"
        # under "1. Home", is a breadcrumb's)
        return False
    if i == 0:
        return True
    # The last of a list of link titles looks like a headline too; a headline's neighbour
    # above is a menu item, a widget or a date, not another title-shaped line.
    prev, pf = view.page.blocks[i - 1], view.feats[i - 1]
    title_like = 4 <= pf.words <= 25 and not pf.bullet and not pf.terminal and not prev.labels
    return not title_like
