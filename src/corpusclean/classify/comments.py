"""Comment threads: from the header that opens one after the article, to its last comment."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..lang.numerals import CLOCK, ascii_digits
from ..lang.script import COMBINING_MARKS
from ..model import Block
from ..read.dom import in_comment_container
from .context import PageView
from .phrases import AnyOf, trim
from .rules import vocabulary as v
from .rules.comments import COMMENT_META, THREAD_START

_START = AnyOf(THREAD_START, whole=True)
_META = AnyOf(COMMENT_META, whole=True)
# A comment's meta line ("by jdoe (12345) on Friday ...") is longer than a header.
_META_MAX_WORDS = 24
# Chrome that ends a thread: the site's footer widgets, not the comment form.
_FOOTER_RULES = frozenset({
    "navigation", "ad_label", "related_links", "newsletter_signup", "social_follow", "cookie_notice",
    "share_line", "gallery",
})


# Chrome that belongs to a comment thread: its form and its widgets, and its comments' dates.
# Any other chrome inside the thread's extent (a login box, a gallery link, a menu) keeps its
# own label, so that the manifest files "Login" and "Photo" under chrome, not comments.
_THREAD_WIDGETS = frozenset({"comment_form", "comment_widget", "view_counter", "separator_line", "byline_dateline"})


# A comment is its meta line, a paragraph or a few, and its reply widget: the next comment's
# meta line or this one's widget stands within this many blocks (the core's evidence window,
# core._EVIDENCE_WINDOW, reads a thread's first comments as far).
_META_REACH = 10


# A thread header may show its count, in any language and digits: "পাঠকের মন্তব্য (৩)",
# "Kommentare 12", "(3) Comments". The header phrase is matched with and without it.
# (a word's letters with its combining marks: Indic vowel signs are no \w, "கருத்துகள்")
_COUNT = re.compile(rf"^[(\[]?\d+[)\]]?\s+|\s*[(\[]?\d+[)\]]?$|\s*[(\[]\d+\s+[^\W\d_][\w{COMBINING_MARKS}]*[)\]]?$")


def _header(text: str, folded: str, names: AnyOf = _START) -> bool:
    """The block says one of `names` (a thread's header by default), with its count or without."""
    text = trim(text)
    if names.match(text, folded):
        return True
    bare = _COUNT.sub("", text)
    return bare != text and bool(bare) and names.match(bare, folded)


def thread_header(view: PageView, i: int) -> bool:
    """Block i heads a comment section by its words ("3 Kommentare", "Leave a reply",
    "Diskuse k článku (8 příspěvků)", "Comments: Our rules"), not by a comment's meta line
    nor by a count alone ("3 Answers" over a question's answers)."""
    text, f = view.shown[i], view.feats[i]
    return (_short(text, f.words) and _header(text, view.folded[i])) or (
        f.words <= _LABELLED_MAX_WORDS and _labelled_header(text, view.folded[i]))


def find_thread_starts(view: PageView) -> list[int]:
    """Thread headers ("3 Kommentare", "Leave a reply"), and comments' meta lines ("Anna
    says:", "Posted by jdoe at 10:02") that another comment's meta line, reply widget or
    date-and-time line follows within `_META_REACH` blocks, and a counted header ("Komente (3)")
    or a comment container's first line over two comments' date-and-time lines or reply
    widgets ("Réponses (2)" over "3Répondre" and "7Répondre"), and the first line of the one
    comment container whose count or dated entries say it is one (`_container_header`); and
    a count before the page's own headline in quotes, in any language (`_counted_on_title`).
    One meta line alone is a review's quotation box ("Plantur sagt:") or a post's own byline,
    not a thread: as a wall it would cut the article in two. Of a header printed twice, a link
    to the thread above the article is no start (below)."""
    blocks = view.page.blocks
    worded = [not b.has_rule("action_row") and _short(text, f.words) and not _QUOTED_LINE.match(text)
              and (_header(text, folded) or _counted_on_title(view, i, text))
              for i, (b, text, f, folded) in enumerate(zip(blocks, view.shown, view.feats, view.folded, strict=True))]
    out, boxed = [], []
    nxt = len(blocks)  # the next header by words below block i
    for i in reversed(range(len(blocks))):
        if worded[i]:
            out.append(i)
            nxt = i
        elif blocks[i].has_rule("action_row"):
            continue  # a post's own row ("8 Diskussionen" under each paragraph), not a header
        elif _evidenced_header(view, i, nxt):
            out.append(i)
        elif _container_header(view, i, nxt):
            boxed.append(i)
        elif _guest_book_header(view, i, nxt):
            out.append(i)
    # A page has one comment section: named containers of dated entries one after another
    # between the page's items are each item's reviews (a directory's "Top Positive Comment"
    # under every entry), read by the core as comments but opening no thread.
    starts = sorted(out + boxed) if len(boxed) == 1 else out[::-1]
    # ... and of a header the page prints twice, word for word, the first, with no comment's
    # meta line under it, is a link to the thread above the article ("* Comentarios (231)"
    # among a live page's share buttons, over the thread's own "Comentarios (231)"), not a
    # wall. (A paginated thread prints its header over each page of comments, each over their
    # meta lines; a board prints "Add a comment" under every post; a comment form's
    # "Comments:" field says it otherwise.)
    said = [" ".join(view.shown[i].lstrip("*+-•·> \t").casefold().split()) for i in starts]
    ends = [*(j - 1 for j in starts[1:]), len(blocks) - 1]  # (its comments end at the next header)
    return [i for k, i in enumerate(starts)
            if not (said.count(said[k]) == 2 and said[k] in said[k + 1:]
                    and not meta_lines(view, i + 1, min(i + _META_REACH, ends[k])))]


def _evidenced_header(view: PageView, i: int, nxt: int) -> bool:
    """Block i heads a thread by what follows it within `_META_REACH` blocks: a comment's
    meta line over another's, or a counted, sorted, labelled header or a comment container's
    first line over two comments' stamps or widgets (`find_thread_starts`).

    A header's evidence is the comments under it, up to the next header by words (`nxt`):
    the stamps under "HOZZÁSZÓLÁSOK (3)" are not those of an amount listed above it ("650
    millió forint a belvárosi parkolóház tervezésére" reads as a count and its word), unless
    its own count names comments (a post's "23 comentarios Compartir Guardar" over the
    thread's "Comentarios (23)")."""
    b, text, f, folded = view.page.blocks[i], view.shown[i], view.feats[i], view.folded[i]
    meta = f.words <= _META_MAX_WORDS and not _quoted(b) and _META.match(text.strip(), folded)
    shaped = ((f.words <= _COUNTED_MAX_WORDS and _counted_header(text) and not _NEW.search(text))
              or (f.words <= _SORTED_MAX_WORDS and _sorted_header(text) and not _NEW.search(text))
              or _opens_container(view, i)
              or (f.words <= _LABELLED_MAX_WORDS and _labelled_header(text, folded)))
    if not (meta or shaped):
        return False  # (most blocks: their evidence below is never looked for)
    says = _header(" ".join(text.split()[:2]), folded)
    last = min(len(view.page.blocks) if says else nxt, i + _META_REACH + 1) - 1
    if meta and meta_lines(view, i + 1, last) >= 1:
        return True
    return shaped and (_signed_lines(view, i + 1, last, stamped_line) >= MIN_META_LINES
                       or meta_lines(view, i + 1, last, stamps=False) >= MIN_META_LINES)


# A line of a quoted e-mail ("> what do you think?"): the quoted message's words, not a
# header of this page's thread.
_QUOTED_LINE = re.compile(r"^\s*>")
# A header may end on the post's title in quotes, as WordPress themes print it ("3 thoughts
# on “How to Set Up a VPN on Your Router (and Whether You Should)”", "2 Gedanken zu „...“"):
# its words are the title's, not the header's.
_QUOTED_TITLE = re.compile(r"\s[“\"«„‘‚][^“”\"«»„]{1,200}[”\"»“’']\s*$")
_HEADER_WORDS = 12
# ... and so, in whatever language the theme is translated into ("Ọrọ 3 lori “...”", "3
# mišljenja na “...”"), a few words with a count before the quoted headline of the page: an
# article quotes other titles, but not its own with a count before it.
_COUNTED_WORDS = 5
_PUNCT = re.compile(r"[^\w\s]")


def words_said(text: str) -> str:
    """`text`'s words, casefolded, without its punctuation: what two lines that say the same
    title have in common however they print it (classify/title.py normalises so too)."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def _counted_on_title(view: PageView, i: int, text: str) -> bool:
    """Block i is a count and a word or two before the page's own headline in quotes, as a
    block above prints it (`_QUOTED_TITLE`)."""
    quoted = _QUOTED_TITLE.search(text)
    if quoted is None:
        return False
    bare = text[:quoted.start()]
    if not _DIGIT.search(bare) or len(bare.split()) > _COUNTED_WORDS:
        return False
    title = words_said(quoted.group())
    return len(title.split()) >= 2 and any(words_said(view.shown[j]) == title for j in range(i))


def _short(text: str, words: int) -> bool:
    """The line is a header's length (`_HEADER_WORDS`), a quoted title at its end left out."""
    if words <= _HEADER_WORDS:
        return True
    bare = _QUOTED_TITLE.sub("", text)
    return bare != text and len(bare.split()) < _HEADER_WORDS


# A menu's entry is a few words: a bulleted neighbour this short makes a list of links.
_MENU_ENTRY_WORDS = 4


def _menu_entry(view: PageView, i: int) -> bool:
    """A bulleted line among short bulleted lines: the site menu's link to its comments
    section ("+ Kommentare" between "+ Leserbriefe" and "+ Pro & Contra"), which flattened
    text keeps as a list, not a thread's header."""
    feats = view.feats
    return feats[i].bullet and any(
        0 <= k < len(feats) and feats[k].bullet and feats[k].words <= _MENU_ENTRY_WORDS for k in (i - 1, i + 1))


# A thread header with a few words after its colon ("Comments: Our rules", "Kommentare:
# Netiquette"): under it, as under a counted header, two comments' date-and-time lines make
# it a thread's start.
_LABELLED = re.compile(r"^\W*([^:：]{2,30}?)\s*[:：]\s*\S")
_LABELLED_MAX_WORDS = 6


def _labelled_header(text: str, folded: str) -> bool:
    m = _LABELLED.match(text)
    return m is not None and _START.match(trim(m.group(1)), folded)


def _opens_container(view: PageView, i: int) -> bool:
    """The first block of an element the markup names a comment section (class="komentarze"),
    whatever its header says ("Opinie czytelników (3) Wszystkie opinie | Dodaj opinię"): under
    it, two comments' date-and-time lines make it a thread's start, as under a counted header."""
    blocks = view.page.blocks
    return in_comment_container(blocks[i].dom) and (i == 0 or not in_comment_container(blocks[i - 1].dom))


def _container_header(view: PageView, i: int, nxt: int) -> bool:
    """Block i opens an element the markup names a comment section (an obituary's
    class="GuestBook_root", "kondolenzbuch", "condolences") and the structure under it says
    so too: its count ("التعازي (6)") over entries inside the container, or messages in it
    dated to the day, though no clock time says so (within `_META_REACH`, above `nxt`)."""
    if not _opens_container(view, i):
        return False
    blocks = view.page.blocks
    last = min(nxt, i + _META_REACH + 1) - 1
    entries = range(i + 1, min(len(blocks), i + 1 + MIN_META_LINES))
    if (view.feats[i].words <= _COUNTED_MAX_WORDS and _counted_header(view.shown[i]) and len(entries) == MIN_META_LINES
            and all(in_comment_container(blocks[k].dom) for k in entries)):
        return True
    inside = next((k for k in range(i + 1, last + 1) if not in_comment_container(blocks[k].dom)), last + 1) - 1
    return _signed_lines(view, i + 1, inside, dated_line) >= MIN_META_LINES


# An obituary's guest book ("Guest Book", "Skriv ett minnesord", "Kondolenzbuch (12)") opens
# a thread over its messages, each signed with the day it was written and no time ("Linda
# Marsh Bellmont, Oregon November 14, 2025"): two such lines within `_META_REACH` blocks,
# above the next header by words. The words alone also head an article's section
# ("Condolences" over the tributes of a leader's colleagues), which no dated lines follow.
_GUEST_BOOK = AnyOf(v.phrases(v.GUEST_BOOK), whole=True)
_GUEST_BOOK_MAX_WORDS = 8  # "Memories & Condolences", "Share a memory or offer condolences"


def _guest_book_header(view: PageView, i: int, nxt: int) -> bool:
    """Block i names a guest book and messages dated to the day follow it."""
    if view.feats[i].words > _GUEST_BOOK_MAX_WORDS or not _header(view.shown[i], view.folded[i], _GUEST_BOOK):
        return False
    return _signed_lines(view, i + 1, min(nxt, i + _META_REACH + 1) - 1, dated_line) >= MIN_META_LINES


def _quoted(b: Block) -> bool:
    """Inside a <blockquote>: a post embedded from a social network ("Posted by <party> on
    Monday, February 7, 2022") or a forum's quotation of an earlier post ("Anna said:") is
    quoted in the page, not one of its comments."""
    return b.dom_has("quote")


# A comment's row of widgets, found by its shape in any language: a short line printed after
# each of at least `_ROW_COPIES` posts, alike but for its counts ("Jibu · Penda (4)", "جواب دیں ·
# پسند (8) · رپورٹ کریں"), which differ from post to post as likes do. A page's one "Reply" is
# no row; a menu printed twice has the same counts or none; a teaser list's "Read more" has
# none. Three copies: two posts alike are a pair, not a thread.
_ROW_COPIES = 3
_ROW_WORDS = 8  # "Antworten · Gefällt mir (3) · Melden" is 6; a post's body is longer
#: The labels of a comment's own widgets: its reply line found by words or by shape.
REPLY_RULES = frozenset({"reply_line", "action_row"})


def label_action_rows(view: PageView) -> None:
    """Label `action_row` the rows described above: each copy mostly link text, after a
    post's text (a block that ends like a sentence). Only the markup tells a row of links
    from a heading numbered alike ("Étape 2", "Étape 3" over a recipe's steps)."""
    blocks, feats = view.page.blocks, view.feats
    rows: dict[str, list[int]] = {}
    for i in range(1, len(blocks)):
        f, text, ev = feats[i], view.shown[i], blocks[i].dom
        if (ev is None or not ev.link_line or f.words > _ROW_WORDS or f.terminal or not feats[i - 1].terminal
                or not _FOLD_DIGITS.search(text) or _COUNTED.match(text.strip())):
            continue  # (a count with its word, "8 Diskussionen", is a paragraph's link to its own)
        rows.setdefault(_FOLD_DIGITS.sub("#", text.strip()), []).append(i)
    for copies in rows.values():
        counts = {tuple(_FOLD_DIGITS.findall(view.shown[i])) for i in copies}
        if len(copies) >= _ROW_COPIES and len(counts) > 1:
            for i in copies:
                blocks[i].add("comments", "action_row")


# Comments that trafilatura left in its main text are believed only when at least two of
# them carry a comment's meta line or reply widget: one such line may be the article's own
# byline, two are a thread (bench/dev: a blog's comments, each "Posted by: NAME at DATE").
MIN_META_LINES = 2


# A comment's header line in any language: a short line with a clock time and a year or a
# day ("1. jdoe 11. Dezember 2012 um 11:07", "marie 03/05/2021 à 14:12").
_STAMP = re.compile(r"\b\d{1,2}[:h.]\d{2}\b")
_DAY = re.compile(r"\b(1[89]|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
#: A stamp's line, a poster's name with its date and time: its words at most.
STAMP_MAX_WORDS = 12
# ... or, beside a clock time, a day, a month's short name and a year in two figures ("6:02pm
# Wed 12 Jun 24"): alone, "3 vers 24" would read as one.
_SHORT_YEAR = re.compile(r"\b\d{1,2}\.? [^\W\d_]{3,4}\.? \d{2}\b")
# ... or, right before a clock time, a day and a month's name without the year, as a board
# prints this year's posts ("asked Mar 3 at 14:22", "3 mars à 14:22", "3. März um 14:22"):
# a day's number beside a word, then at most two short words ("at", "a las") and the time.
_YEARLESS = re.compile(r"(?:\b\d{1,2}\.?\s[^\W\d_]{3,10}\.?|\b[^\W\d_]{3,10}\.?\s\d{1,2}(?:st|nd|rd|th)?\b,?)"
                       r"(?:\s[^\W\d_]{1,5}){0,2}\s(?=\d{1,2}[:h]\d{2}(?![\d.:]))")

# ... or with a time counted back from now ("Montse P. fa 3 hores", "Anna · 3 hours ago").
_DIGIT = re.compile(r"\d")
# (no word boundary after it: "3時間前に", "3 hours ago," are stamps too)
_AGO = re.compile(r"(?<!\w)(?:" + "|".join(v.phrases(v.RELATIVE_TIME)) + r")", re.IGNORECASE)
# A count of what is new ("3 neue Beiträge anzeigen", vocabulary.NEW): a live page's button
# over its newest entries, stamped one by one as comments are, which are its article.
_NEW = re.compile("|".join(v.phrases(v.NEW)), re.IGNORECASE)


def stamped_line(view: PageView, i: int) -> bool:
    """Block i is a short line with a clock time and a date, or a time ago: a post's stamp."""
    return _stamped(view, i, CLOCK)


def dated_line(view: PageView, i: int) -> bool:
    """Block i is a short line with a date (a year or a numeric date), clock time or not."""
    text = view.page.blocks[i].text
    return view.feats[i].words <= STAMP_MAX_WORDS and _DAY.search(ascii_digits(text)) is not None


def stamp_shape(text: str) -> str:
    """A stamp's date and time as printed (`printed_as`): "18 Nov 2023 21:14" and "Sun 19
    Nov 2023 09:12" are "9 9:9" from the year on, "2014-03-11 08:23" is "9-9-9 9:9"; empty
    for a time ago ("3 hours ago"), which has no date to print."""
    text = ascii_digits(text)
    day, clock = _DAY.search(text) or _YEARLESS.search(text), CLOCK.search(text)
    if day is None or clock is None:
        return ""
    return printed_as(text[min(day.start(), clock.start()):max(day.end(), clock.end())])


def printed_as(text: str) -> str:
    """`text` with its digits and its words folded ("* 8 Sty 2024" and "* 9 Lut 2024": "* 9 a
    9"): how a line is printed, whatever it says."""
    return _FOLD_LETTERS.sub("a", _FOLD_DIGITS.sub("9", text))


_FOLD_DIGITS = re.compile(r"\d+")
_FOLD_LETTERS = re.compile(rf"[^\W\d_][\w{COMBINING_MARKS}]*")


def _stamped(view: PageView, i: int, clock: re.Pattern[str]) -> bool:
    """Block i is a short line with a time (`clock`) and a date, or a time ago; or it opens
    with such a field, another labelled field after it (`_NEXT_FIELD`)."""
    text = view.page.blocks[i].text
    if not _DIGIT.search(text):  # every stamp has a number
        return False
    if view.feats[i].words > STAMP_MAX_WORDS:
        field = _NEXT_FIELD.search(text, text.find(":") + 1)
        text = text[:field.start()] if field else ""
        if len(text.split()) > STAMP_MAX_WORDS or not _DIGIT.search(text):
            return False
    text = ascii_digits(text)
    return ((clock.search(text) is not None
             and (_DAY.search(text) or _SHORT_YEAR.search(text) or _YEARLESS.search(text)) is not None)
            or _AGO.search(text) is not None)


# A board prints the post's subject after its stamp, labelled as the stamp is ("Posted: Sun Nov
# 13, 2005 8:41 pm Post subject: Re: ...", "Verfasst am: 13.11.2005 20:41 Titel: ..."): the
# second label of the line, a word or three before a colon, after the first label's colon.
_NEXT_FIELD = re.compile(r"(?<=\S)\s+[^\W\d_]+(?: [^\W\d_]+){0,2}\s?:\s")

# A header in any language that counts what follows ("Коментари (3)", "Komente (3)", "12
# Kommentare"): a word or two with its count, not a year, or up to four before a count in
# brackets, as readers' comments are named in many languages ("Maoni ya wasomaji (10)",
# "قارئین کے تبصرے (9)", "Mga komento ng mambabasa (4)"). Under it, two comments' date-and-time
# lines (a clock time and a date each) or rows (`label_action_rows`) make it a thread's,
# whatever the words are: a section heading over dated entries, a programme, gives its entries
# no clock time and a date each, nor a row of links with their counts.
# a word, its combining marks and zero-width joiners too ("கருத்துகள்", "پاسخ‌ها")
_WORD = rf"[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d-]*"
_COUNTED = re.compile(rf"^\W*(?:(?P<a>\d{{1,4}})\s+{_WORD}"  # "12 Kommentare"
                      rf"|{_WORD}(?:\s+{_WORD}){{0,3}}\s*[(\[](?P<b>\d{{1,4}})[)\]]"  # "Komente (3)"
                      # with the counter word of languages that count in classifiers
                      # ("မှတ်ချက် ၃ ခု", "评论 3 条", "コメント 3 件")
                      rf"|{_WORD}\s*(?P<c>\d{{1,4}})\s*{_WORD})\s*[:：]?$")
_COUNTED_MAX_WORDS = 5
# ... or opening a line with the section's sort control after it ("10 Comentários Ordenar:
# Mais recentes Mais antigos", "12 Comments Sort by Newest Oldest"): a count and its word
# first, a few words of widget after them. A control ends in words: a line that ends in
# figures is a table's row ("3 Valencia Basket 13 5", a standings table's position, team,
# wins and losses), while a thread's header may count its views on ("5 תגובות · 642 צפיות ·
# מעקב אחרי השרשור").
_SORTED_MAX_WORDS = 8
_ENDS_IN_FIGURE = re.compile(r"\d\W*$")


def _sorted_header(text: str) -> bool:
    """A count and its word opening a line that ends in words ("10 Comentários Ordenar: ...")."""
    words = text.split()  # a count first: of `_COUNTED`'s forms only "12 Kommentare" fits
    return (len(words) >= 3 and words[0].isdigit() and _counted_header(" ".join(words[:2]))
            and not _ENDS_IN_FIGURE.search(text))


def _signed_lines(view: PageView, start: int, last: int, line: Callable[[PageView, int], bool]) -> int:
    """Lines start..last, none of them quoted, that are such a `line`: `stamped_line`, a
    comment's stamp (a clock time and a date, or a time ago), or `dated_line`, a message
    signed with its day (a date, clock time or not)."""
    return sum(1 for i in range(start, last + 1) if not _quoted(view.page.blocks[i]) and line(view, i))


def _counted_header(text: str) -> bool:
    m = _COUNTED.match(text.strip())
    if m is None or _AGO.search(text):  # "hace 4 minutos" counts the time since a post
        return False
    n = int(m.group("a") or m.group("b") or m.group("c"))
    return not 1800 <= n <= 2099


def meta_lines(view: PageView, start: int, last: int, *, stamps: bool = True) -> int:
    """Blocks start..last that head a comment: a reply widget, a "<name> says:" line, or
    (with `stamps`) a short line with a time and a date. The last is the weakest sign (a
    quoted e-mail's "Date:" line has one too): enough to keep a thread from becoming the
    core, not to take back text trafilatura kept as the article (label_thread)."""
    n = 0
    for i in range(start, last + 1):
        b, f = view.page.blocks[i], view.feats[i]
        if _quoted(b):
            continue
        text = view.shown[i].strip()
        if b.has_rule(*REPLY_RULES) or (
                f.words <= _META_MAX_WORDS and _META.match(text, view.folded[i])) or (
                stamps and _stamped(view, i, _STAMP)):
            n += 1
    return n


def _stamps_alike(view: PageView, start: int, last: int) -> bool:
    """Two comments' stamps printed alike, a date and a clock time each ("Rubén (12/03/2024
    10:22)", "Patricia M. (12/03/2024 11:05)"), where no comment markup holds them: as good
    as a count in the header. An article's appendix or "Discussion" section does not date its
    paragraphs to the minute in one format. (Stamps inside a comment container are that
    container's: a Q&A page's comments under its question say nothing of the answer after.)"""
    blocks = view.page.blocks
    shapes = Counter(stamp_shape(blocks[i].text) for i in range(start + 1, last + 1)
                     if not _quoted(blocks[i]) and not in_comment_container(blocks[i].dom)
                     and stamped_line(view, i))
    shapes.pop("", None)
    return any(n >= MIN_META_LINES for n in shapes.values())


def label_thread(view: PageView) -> None:
    """Label the thread that follows the core: header, comments, their reply lines."""
    blocks = view.page.blocks
    # A menu's "Comments" entry stays a wall for the core (core.py), as any heading
    # that may open a thread does, but opens no thread: what follows it is the menu.
    after = [i for i in view.thread_starts if i > view.core[1] and not _menu_entry(view, i)]
    if not after or view.core[1] < view.core[0]:
        return
    start = after[0]
    last = start
    for i in range(start + 1, len(blocks)):
        rules = {lb.rule for lb in blocks[i].labels}
        if rules & _FOOTER_RULES:
            break  # the site's own widgets: what follows is the site's, not the thread's
        if rules & REPLY_RULES or "comment_form" in rules or "login_form" in rules or not rules:
            last = i  # the form, the widgets, the comments, their authors' names and dates
    view.thread = (start, last)
    # A header that counts its comments ("Comentarios (2)", "3 Comments") is the thread's own
    # widget: under it, comments' date-and-time lines are evidence enough (an article's
    # appendix or "Discussion" section has no count).
    counted = any(ch.isdigit() for ch in blocks[start].text)
    evidenced = meta_lines(view, start, last, stamps=counted) >= MIN_META_LINES or _stamps_alike(view, start, last)
    # ... or the comment form's fields right under the header: a thread with no comment
    # yet, where an appendix or a "Discussion" section has no form; or comment markup right
    # under the header: the comments' own container, which the header of a table layout's
    # thread stands above, outside it ("Comentarios de los lectores (3)" over <td
    # class="comentario"> rows)
    below = blocks[start + 1] if start + 1 < len(blocks) else None
    evidenced = evidenced or (below is not None and (below.has_rule("comment_form") or in_comment_container(below.dom)))
    for i in range(start, last + 1):
        b = blocks[i]
        if view.extracted and not b.labels and not evidenced and not in_comment_container(b.dom):
            # trafilatura read the comments apart from the DOM (comment_section); what it
            # kept as main text after a thread-like header is the article's own (an
            # appendix, a "Discussion" section) unless comments show their meta lines, or
            # the markup puts it in a comment container whose name trafilatura's own
            # list lacks (a Dutch site's class="reacties").
            continue
        if i != start and any(lb.category == "chrome" and lb.rule not in _THREAD_WIDGETS for lb in b.labels):
            continue  # a login box, a gallery or a menu inside the thread stays site chrome
        widget = i == start or any(lb.category == "chrome" or lb.rule in REPLY_RULES for lb in b.labels)
        b.add("comments", "comment_thread")
        if widget:
            b.add("chrome", "comment_widget")
