"""The article's core: the densest run of prose blocks, found as a maximum-sum run.

Each block scores by how much it looks like article prose: long prose scores its length,
short lines and widgets cost a little, labelled chrome costs a lot. The best-scoring
contiguous run is the core. Comment-thread headers are walls the run cannot cross, so a
long comment thread is never mistaken for the article. This is the "dense run of long
prose blocks" idea of jusText and of the text-density extractors, with the context step
built in: a short heading between two prose paragraphs costs less than they bring.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..model import Block
from ..read.dom import in_comment_container
from ..segment.reflow import BULLET_SIGNS, SENTENCE_END
from .comments import MIN_META_LINES, meta_lines
from .contents import find_contents
from .context import PageView, extractor_only
from .duplicate import listed_repeats
from .rules import vocabulary as v
from .tables import aligned_rows

# Prose shorter than this many words is neutral-to-positive only by a little: glossaries,
# teasers and captions are 8-20 word prose fragments between short link lines, and must not
# add up to a core of their own. Articles' paragraphs are mostly 25+ words.
# Measured on bench/dev's text track after the menu-run and joining rules (word F1, `with`
# found): 7 gives 0.923/0.860, 10 0.927/0.856, 11 0.928, 12 0.929/0.853, 13 0.929/0.853,
# 16 0.927/0.846, 20 0.925/0.835: past 12 it drops real short paragraphs.
_PROSE_BASE = 12
# A menu-like line (at most 3 words, no sentence end) costs this much; two of them are paid
# for by one 16-word prose sentence, so headings inside an article never split it.
_SHORT_COST = 2.0
# A short line that reads like a sentence or a list item with function words ("It isn't.",
# "* Captures request messages before they're sent") is article text in one-sentence-per-
# line writing; menus and link titles almost never end a sentence or carry stopwords.
_SHORT_SENTENCE = 0.0
_SHORT_SENTENCE_STOPS = 0.2
# A title-shaped line of 4-9 words (a teaser link, a heading) costs a little.
_TITLE_COST = 1.0
# Long blocks that are not prose (code, tables, link lists run together) cost per word,
# mildly: code and tables sit inside articles, link lists are labelled by other rules.
_LONG_NONPROSE = 0.2
# A block already labelled as chrome/comments/donation/duplicate: a wall in all but name.
_LABELLED_COST = 6.0
# Labels of what sits inside an article rather than at its edges (see `_score`).
_IN_ARTICLE = frozenset({"image_caption", "related_link_labelled", "related_list", "slide_counter",
                         "newsletter_pitch", "bracketed_link", "run_together_labels"})
# Labels the core reads past: a media player's or a form's technical fallback ("Your
# browser cannot play this audio", "Enable JavaScript") is where the player or the form
# was, between an article's lead and its body or below it; a footnote's mark stands inside
# a paragraph. They score nothing and wall nothing, so the page's regions are found as they
# would be without them, and they are never the article itself. So is a table of contents
# above the headings it names, between an article's lead and its first section (one below
# them, an "On this page" list, is where the article has ended: labelled chrome). So is a
# wiki's link to edit a section, which stands by each of its headings.
_READ_PAST = frozenset({"tech_notice", "footnote_mark", "edit_link"})


def _plain(b: Block) -> bool:
    """No label the core heeds (`_READ_PAST`)."""
    return all(lb.rule in _READ_PAST for lb in b.labels)


# Past this many menu-like lines in a row (at most 3 words, no sentence end), each further
# one costs double: a long run is a menu or a link list, which the core must not swallow to
# reach a prose block beyond it (a footer disclaimer). Measured on bench/dev's text track
# (word F1 0.9188 without): from the 13th line on 0.9198, the 9th 0.9202, the 6th 0.9203,
# the 4th 0.9204, no page worse; a triple cost from the 6th 0.9206 but loses an article's
# list on one page, so double from the 6th.
_MENU_RUN = 5


def _score(view: PageView, i: int, repeated: set[str], run: int, twice: bool = False) -> float:
    b, f = view.page.blocks[i], view.feats[i]
    # trafilatura's outside_main_content is its opinion, not evidence for ours: the core is
    # the text classifier's own reading of the page (it finds the comment thread's walls).
    if b.labels:
        if _plain(b):
            return 0.0  # read past: neither article nor an edge of it
        if all(lb.category == "language" for lb in b.labels):
            # A quotation or a summary in another language inside the article is removed as
            # language; it costs the core by its length, but without the fixed cost of a
            # widget, so the article's prose on either side can still join across it (bench/dev
            # text, --lang en: one page 0.858 -> 0.954, one 0.992 -> 0.989, mean unchanged; a
            # fixed cost of 2 instead let a German footer join an English page's core).
            return -f.words * 0.5
        if all(lb.rule in _IN_ARTICLE for lb in b.labels):
            # A caption, an image credit or a labelled link to another story ("Read also: <title>")
            # sits between an article's paragraphs: removed, but no edge of the article, so it
            # costs what a title-shaped line costs. As a widget (6 + words/2) each credit of a
            # listicle's images cut the list off (bench/dev text 0.931 either way, one page 0.25
            # -> 0.95 and one 0.996 -> 0.943; bench/multi text, with the core's other changes of
            # issue 21, halves 0.875/0.850 -> 0.876/0.851), and a Spanish "Le puede interesar:"
            # link cut off the paragraph above it (bench/multi m0315). So does a newsletter box's
            # pitch, which a page sets between paragraphs as often as after the article.
            return -_TITLE_COST
        if not extractor_only(b):
            return -(_LABELLED_COST + f.words * 0.5)
    if f.words == 0 and b.spans:
        return 0.0  # nothing but its spans (a mail's quoted line, its header): read past
    if in_comment_container(b.dom):
        # Inside a comment container (read/dom.py): a reader's comment is prose, and a long
        # thread must not outscore the article it follows (a German news page's 60 comments).
        return -(_LABELLED_COST + f.words * 0.5)
    if i in view.cells:
        # a table printed one cell per line (tables.py): a row costs what a row printed as
        # one line costs, a title-shaped line's
        return -_TITLE_COST / view.cells[i]
    if f.short and b.text.lower() in repeated and not twice:
        # A short line that recurs on the page is a menu or tab label rendered twice.
        return -_LABELLED_COST
    if f.prose:
        return max(1.0, f.words - _PROSE_BASE)
    if f.words >= 10:
        return -_LONG_NONPROSE * f.words
    if f.words <= 3 and not f.terminal:
        return -_SHORT_COST * (2 if run > _MENU_RUN else 1)
    if (f.terminal and not b.text.endswith(":")) or f.stop_density >= _SHORT_SENTENCE_STOPS:
        return _SHORT_SENTENCE
    return -_TITLE_COST


# A best run worth no more than one short prose block (10-13 words score 1) is no article:
# such a page's text is its lines (a programme, a timetable, a list of items one of which
# happens to be a sentence), and its core is its longest unlabelled stretch, as on a page
# with no prose at all.
_NO_ARTICLE = 1.0
# Text after a comment-thread header is comments unless the header was a false alarm (a
# "Comments" menu link above the article): a run there must be this many times better than
# the best run before the header to be taken as the article.
_AFTER_WALL_HANDICAP = 3.0


def find_core(view: PageView, frames: frozenset[int] = frozenset(),
              thread: tuple[int, int] = (0, -1), numbered: bool = False) -> tuple[int, int]:
    """The article's run of blocks; `frames`: a forum thread's per-post lines
    (`threads.post_frames`), which the core reads past from post to post, and every post of
    `thread` (from its first stamp to its last post's text) joins it; `numbered`: the
    thread's first stamp is its opening post's number (`_opening_post`)."""
    n = len(view.page.blocks)
    if n == 0:
        return (0, -1)
    # Comment-thread headers, the site's own "End of article" marker and the header over the
    # next story it stacks under the article are walls.
    walls = set(view.thread_starts) | {
        i for i, b in enumerate(view.page.blocks) if b.has_rule("article_end") or next_article(b)}
    seen: set[str] = set()
    repeated: set[str] = set()
    for b in view.page.blocks:
        key = b.text.lower()
        (repeated if key in seen else seen).add(key)
    # ... but a list of sentences the page prints twice in the same order (a recipe card
    # repeating the post's steps, duplicate.listed_repeats) is no menu: its lines are scored
    # as what they are, and the copy is labelled a duplicate later. A list of titles printed
    # twice (a mega-menu of columns, "Stay the Course by Joe Uhan", "Community Voices by
    # You!", in the header and again in the footer) ends few of its items like a sentence
    # and stays a menu: half of them must.
    steps = [(first, copy, length) for first, copy, length in listed_repeats(view)
             if 2 * sum(view.feats[k].terminal for k in range(first, first + length)) >= length]
    twice = {k for first, copy, length in steps for start in (first, copy) for k in range(start, start + length)}
    contents = find_contents(view)
    twice |= contents.headings  # a heading its table of contents names is no menu line
    scores = []
    run = 0  # menu-like lines in a row, up to and including this one
    for i, f in enumerate(view.feats):
        run = run + 1 if f.words <= 3 and not f.terminal else 0
        scores.append(0.0 if i in contents.above else _score(view, i, repeated, run, i in twice))
    for i in _item_share_bars(view):
        scores[i] = -_TITLE_COST
    for first, last in _verse(view):
        # A poem's or a song's lines are one text broken into lines: scored as the paragraph
        # they make, not line by line as short lines that each cost a little or nothing.
        words = sum(view.feats[k].words for k in range(first, last + 1))
        share = max(1.0, words - _PROSE_BASE) / (last - first + 1)
        for k in range(first, last + 1):
            scores[k] = max(scores[k], share)
    best, best_span = float("-inf"), (0, -1)
    cur, cur_start = 0.0, 0
    weight = 1.0
    ordered = sorted(walls)
    unread = -1  # the first wall with nothing above it that reads as prose
    for i in range(n):
        if i in walls:
            cur, cur_start = 0.0, i + 1
            weight = 1.0 / _AFTER_WALL_HANDICAP
            if best <= 0 and unread < 0:
                unread = i
            elif best > 0 and _evidenced_thread(view, i, ordered):
                weight = 0.0  # comments with their meta lines: never the article
            continue
        s = scores[i]
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur * weight > best:
            best, best_span = cur * weight, (cur_start, i)
    if best <= _NO_ARTICLE:
        return _unlabelled_stretch(view, walls)
    if unread >= 0 and best_span[0] > unread:
        # Song lyrics or a poem in short lines, then their comments: the only prose is a
        # comment's. The article is the stretch above the thread when it holds more text
        # than the run after its header (a "3 Comments" link above an article has the
        # site's menu above it, which its rules label, and the article below holds more).
        # Verses are lines of text; a menu the rules left unlabelled is a list, and its items
        # count for nothing (a charity's mega-menu of 120 "+ Spenden" items, bench/multi m0276).
        above = _unlabelled_stretch(view, walls, stop=unread)
        if _chars(view, above, unlisted=True) > _chars(view, best_span):
            return above
    best_span = _cut_at_furniture(view, best_span, scores)
    best, best_span = _earlier_article(view, best, best_span, walls, scores)
    # A list of sentences printed twice (`steps`: a recipe's steps, with its ingredients above
    # them) is the article's; a related box printed in the body and again in the sidebar is
    # a list of headlines, and is not joined for it.
    best_span = _merge_neighbours(view, best_span, best, walls, scores, frames, thread,
                                  tuple((first, first + length - 1) for first, _, length in steps))
    if numbered:
        best_span = _opening_post(view, best_span, walls, frames, thread, repeated)
    best_span = _finish_lists(view, best_span, walls, scores)
    best_span = _ingredients_above(view, best_span, walls)
    best_span = _finish_table(view, best_span, walls)
    best_span = _glue_split_sentences(view, best_span, walls)
    best_span = _introduced(view, best_span, walls)
    return _trim_teasers(view, best_span)


_NEXT_ARTICLE = re.compile(rf"^\W*(?:{'|'.join(v.phrases(v.NEXT_ARTICLE))})\W*$", re.IGNORECASE)


def next_article(b: Block) -> bool:
    """The block is the header over the next story (`vocabulary.NEXT_ARTICLE`)."""
    return len(b.text) <= _NEXT_HEADER_CHARS and _NEXT_ARTICLE.match(b.text.strip()) is not None


# The longest header of `vocabulary.NEXT_ARTICLE` with its marks ("» Nächster Artikel »").
_NEXT_HEADER_CHARS = 40


def _item_share_bars(view: PageView) -> list[int]:
    """The share bars a page prints under each of its items: a live blog's entries, a
    round-up's sections ("Beitrag teilen 21:44 vor 6 Minuten" after every entry). Printed
    `_WIDGET_REPEATS` times or more, with their numbers set aside, such a bar is the item's
    widget, as a thread's reply links are a comment's: it costs what a caption costs, not
    an edge of the article (a comment thread's bars stand after its header, a wall)."""
    blocks = view.page.blocks
    bars = [i for i, b in enumerate(blocks) if b.labels and all(lb.rule == "share_line" for lb in b.labels)]
    if len(bars) < _WIDGET_REPEATS:
        return []
    keys = {i: _widget_key(blocks[i].text) for i in bars}
    counts = Counter(keys.values())
    return [i for i in bars if counts[keys[i]] >= _WIDGET_REPEATS]


# Verse: at least this many lines in a row of 3-15 words, unlabelled and unbulleted, that
# read as running text (function words, `_VERSE_STOPS`, over the run), in which half the
# lines after the first go on in lower case (a sentence carried over the line break) and a
# third end in punctuation. A menu or a link list in lower case has no commas or full stops
# at its lines' ends, and a list of headlines starts each line with a capital. The values
# are verse's shape, not a fit: no text page of bench/dev or bench/multi (1,213) has such a
# run, so neither benchmark moves; the unseen set M's poem page does (text 0.000 -> 0.974).
_VERSE_LINES = 6
_VERSE_WORDS = (3, 15)
_VERSE_STOPS = 0.25
_LINE_END_MARK = re.compile(r"[,.;:!?…—–-]\W*$")


def _verse(view: PageView) -> list[tuple[int, int]]:
    blocks, feats = view.page.blocks, view.feats
    out: list[tuple[int, int]] = []

    def line(i: int) -> bool:
        f = feats[i]
        return (_plain(blocks[i]) and not f.bullet and _VERSE_WORDS[0] <= f.words <= _VERSE_WORDS[1]
                and not in_comment_container(blocks[i].dom))

    i, n = 0, len(blocks)
    while i < n:
        if not line(i):
            i += 1
            continue
        j = i
        while j + 1 < n and line(j + 1):
            j += 1
        size = j - i + 1
        if size >= _VERSE_LINES:
            texts = [blocks[k].text.lstrip() for k in range(i, j + 1)]
            lower = sum(1 for t in texts[1:] if t[:1].islower())
            marked = sum(1 for t in texts if _LINE_END_MARK.search(t))
            words = sum(feats[k].words for k in range(i, j + 1))
            stops = sum(feats[k].stop_density * feats[k].words for k in range(i, j + 1)) / words
            if 2 * lower >= size - 1 and 3 * marked >= size and stops >= _VERSE_STOPS:
                out.append((i, j))
        i = j + 1
    return out


def _chars(view: PageView, span: tuple[int, int], unlisted: bool = False) -> int:
    """Characters of the blocks of `span`; with `unlisted`, of those that are no list item."""
    return sum(len(view.page.blocks[i].text) for i in range(span[0], span[1] + 1)
               if not (unlisted and view.feats[i].bullet))


def _unlabelled_stretch(view: PageView, walls: set[int], stop: int | None = None) -> tuple[int, int]:
    """The core of a page where nothing reads as prose (a song's lyrics, a results table, a
    poem): the stretch of blocks that no rule labelled with the most characters, crossing no
    wall or comment, among the blocks before `stop`. Such a page's text is short lines one
    after another; its chrome is what the rules label. (0, -1) when every block is labelled."""
    blocks = view.page.blocks
    best, span = 0, (0, -1)
    cur, start = 0, 0
    for i, b in enumerate(blocks[:stop]):
        if i in walls or not (_plain(b) or extractor_only(b)) or in_comment_container(b.dom):
            cur, start = 0, i + 1
            continue
        cur += len(b.text)
        if cur > best:
            best, span = cur, (start, i)
    return span


# The labels of the furniture that follows an article: its share and like buttons, its tags,
# the related links, the comment form, the newsletter box (each in 17 languages, rules/).
_ARTICLE_END = frozenset({
    "share_line", "reply_line", "action_row", "related_links", "related_link_labelled", "tags_line",
    "comment_form", "newsletter_signup", "feedback_widget",
})
# A page reads article first, then its furniture, then the sidebar and the footer. A short
# article (a photo's caption, a one-paragraph notice, a podcast's summary) can score below an
# author box, a sidebar blurb or a newsletter's consent text after its furniture, and the
# best run alone keeps those instead. So the best run before the best one wins when that
# furniture lies between them and it scores at least this share of the best. bench/multi
# text (--lang any), site-disjoint halves, with the other changes of issue 21: without it
# 0.872/0.842, at 0.2 0.872/0.853, 0.3 0.875/0.853, 0.5 0.876/0.851, 0.7 0.875/0.845 (0.3
# and 0.5 differ by noise; 0.5 asks more of the earlier run). Without requiring the
# furniture, 0.5 also lost pages to a notice above the site's menu and, counting a thread
# header as furniture, bench/dev lost an essay cut by a false-alarm "As Joel writes:"
# (0.86 -> 0.38). bench/dev text: 0.931 with it and without.
_EARLIER_RATIO = 0.5


def _earlier_article(view: PageView, best: float, span: tuple[int, int], walls: set[int],
                     scores: list[float]) -> tuple[float, tuple[int, int]]:
    """The best run before `span` when an article's end furniture separates the two and it
    scores at least `_EARLIER_RATIO` of `best`; else (best, span). A thread header is no
    furniture here: the run after a header has already beaten its handicap."""
    blocks = view.page.blocks
    score, start, end = _kadane_walled(scores, walls, span[0])
    if end < start or score < _EARLIER_RATIO * best:
        return best, span
    furniture = any(lb.rule in _ARTICLE_END for k in range(end + 1, span[0]) if k not in walls
                    for lb in blocks[k].labels)
    return (score, (start, end)) if furniture else (best, span)


# A share bar or a tags line closes an article; what a best run reaches past one stays only
# if it brings this share of what came before it. A related box's header and a newsletter
# box stand between an article's paragraphs as often as after them, and keep the lower bar
# (`_MERGE_RATIO`). Measured, text tracks: the bar at 0.25 for every piece of furniture took
# bench/dev from 0.9370 to 0.9389 (halves +0.0016/+0.0022) and lost 12 unseen pages (0.05 to
# 0.17 each, nearly all cut at a mid-article "Lesen Sie auch" or newsletter box) for 11
# gained, and 2 of the later set K: fit to bench/dev. For a share bar or tags line only: bench/dev 0.9372 (halves -0.0005/+0.0010),
# bench/multi one `without` snippet more, 8 unseen pages better (a long author bio, a
# sidebar teaser or an "about" text after the share bar, 0.05 to 0.17 each), one worse (a
# share bar after an article's middle, -0.08), and the later unseen set K (36 pages) unchanged.
_CLOSING = frozenset({"share_line", "tags_line"})
_CLOSING_RATIO = 0.25


def _cut_at_furniture(view: PageView, span: tuple[int, int], scores: list[float]) -> tuple[int, int]:
    """The core up to the first piece of its furniture (`_ARTICLE_END`: tags, share bar,
    related header, comment form, newsletter box) after which the rest of it scores under
    `_MERGE_RATIO` of what comes before (`_CLOSING_RATIO` after a share bar or tags line).
    A best run goes on past an article's tags while what it reaches there scores more than
    the furniture costs: a podcast's blurb, the site's "about" paragraph, the headlines of a
    ticker. Across unlabelled lines such a neighbour would join the core only above
    `_MERGE_RATIO` of its score (`_merge_neighbours`); across the article's own furniture it
    must pass at least the same bar."""
    start, end = span
    blocks = view.page.blocks
    # Furniture proper, a bar or a header: not a labelled link set between an article's
    # paragraphs ("Read More: <title>", `_IN_ARTICLE`) nor a sentence of its text that a
    # rule read as a header ("Read more about recent LG innovations.").
    furniture = [k for k in range(start + 1, end + 1) if not view.feats[k].terminal
                 and any(lb.rule in _ARTICLE_END and lb.rule not in _IN_ARTICLE for lb in blocks[k].labels)]
    # A label the page repeats under every item ("Continue Reading" after each project of
    # a round-up) is the item's own link, as a thread's widgets recur (`_WIDGET_REPEATS`).
    counts = Counter(blocks[k].text.strip().lower() for k in furniture)
    total = sum(scores[start:end + 1])
    before, last = 0.0, start
    for k in furniture:  # one pass: what lies from k on is the total less what came before
        before += sum(scores[last:k])
        last = k
        ratio = _CLOSING_RATIO if blocks[k].has_rule(*_CLOSING) else _MERGE_RATIO
        if counts[blocks[k].text.strip().lower()] < _WIDGET_REPEATS and total - before < ratio * before:
            return (start, k - 1)
    return span


def _kadane_walled(scores: list[float], walls: set[int], stop: int) -> tuple[float, int, int]:
    """The best run of scores[:stop] that crosses no wall: (score, start, end)."""
    best, span = float("-inf"), (0, -1)
    cur, cur_start = 0.0, 0
    for i in range(stop):
        if i in walls:
            cur, cur_start = 0.0, i + 1
            continue
        if cur <= 0:
            cur, cur_start = scores[i], i
        else:
            cur += scores[i]
        if cur > best:
            best, span = cur, (cur_start, i)
    return best, span[0], span[1]


# A list item's marker: its number ("3.", "3)", html2text's "3\.") or its bullet sign.
_ITEM_MARK = re.compile(rf"^\s*(?:(\d{{1,3}})\\?[.)]|([{BULLET_SIGNS}]))\s")


def _next_item(first: str, second: str) -> bool:
    """`second` goes on the list `first` is an item of: its number is the next one ("3." after
    "2."), or it bears the same bullet."""
    a, b = _ITEM_MARK.match(first), _ITEM_MARK.match(second)
    if a is None or b is None:
        return False
    if a.group(1) is not None:
        return b.group(1) is not None and int(b.group(1)) == int(a.group(1)) + 1
    return a.group(2) == b.group(2)


def _finish_lists(view: PageView, span: tuple[int, int], walls: set[int],
                  scores: list[float]) -> tuple[int, int]:
    """Grow the core over the rest of a list its edge item belongs to. A list's items are
    short lines that score nothing or a little each, so a best run ends at the last item
    that reads as prose ("2. Taman Film – nonton film ..." of seven places) and the others
    stay out; a list is one piece of the text, as a paragraph is. Numbered items must count
    on, bulleted ones bear the same bullet; none is labelled, and each reads as an item, not
    as a menu's link (it costs nothing, `_score`), but for the numbered items that follow the
    core: a step or a place may be a name and a time ("7. Car Free Day Dago – setiap Minggu
    pagi pukul 06.00"), while above an article a numbered list is its breadcrumb ("1. Portada",
    "2. Baloncesto", then the headline)."""
    blocks = view.page.blocks
    start, end = span

    def free(i: int) -> bool:
        return 0 <= i < len(blocks) and i not in walls and _plain(blocks[i])

    while free(end + 1) and _next_item(blocks[end].text, blocks[end + 1].text) and (
            scores[end + 1] >= 0 or blocks[end + 1].text.lstrip()[:1].isdigit()):
        end += 1
    while free(start - 1) and scores[start - 1] >= 0 and _next_item(blocks[start - 1].text, blocks[start].text):
        start -= 1
    return start, end


# A recipe's ingredients, one a line, open with their quantity: a number, a fraction or a
# fraction's sign, then a word ("1 kg Kartoffeln", "250 ml Fleischbrühe", "1/2 citron", "½ cup
# milk"); a list's number ("1. Rezepte") has its dot and a space, and a table's row ends in a
# figure ("1 Napoli 26").
_QUANTITY = re.compile(r"^\W{0,2}(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])\s*[^\W\d_](?!.*\d\W*$)")
# The card stands above the steps the core found (their heading, the cooking times, the
# nutrition table between): up to this many lines, half of them quantities, four at least (a
# club's column of fixtures, "22 June v Ashcombe", stands among other lines).
_CARD_REACH = 40
_CARD_ITEMS = 4
_ITEM_WORDS = 8


def _ingredients_above(view: PageView, span: tuple[int, int], walls: set[int]) -> tuple[int, int]:
    """Grow the core up over a recipe card's ingredients above it: a text dump of a recipe
    prints them as short lines, one a line, which score nothing (`_score`) while the steps
    below read as prose and make the core. The stretch between them holds no prose and no
    labelled line but a widget of a few words (an ad's label, a number read as a counter);
    its first line of words above the first quantity, a heading ("Zutaten"), comes with it."""
    blocks, feats = view.page.blocks, view.feats
    start, end = span
    items, lines, top, lines_to_top = 0, 0, start, 0  # lines: unlabelled lines of words walked
    for k in range(start - 1, max(-1, start - 1 - _CARD_REACH), -1):
        b = blocks[k]
        if k in walls or feats[k].prose or (b.labels and not _in_flow(b) and feats[k].words > 3):
            break
        if b.labels or not b.text.strip():
            continue
        lines += 1
        if feats[k].words <= _ITEM_WORDS and _QUANTITY.match(b.text):
            items, top, lines_to_top = items + 1, k, lines
    if items < _CARD_ITEMS or 2 * items < lines_to_top:
        return span
    heading = top - 1
    if heading >= 0 and heading not in walls and not blocks[heading].labels and 0 < feats[heading].words <= 3:
        top = heading
    return top, end


# What may stand between an article's last paragraph and its table: the table's title and a
# caption ("L'ordine d'arrivo (primi 10)", "Nährwerte pro Stück").
_TABLE_REACH = 2


# A fact box's line: a label of a few words, a colon and its value ("Adresa: Ribarska ulica
# 14", "* Hrana: 5/5", "營業時間：每日早上八時至晚上九時"), at most `_FACT_WORDS` words. A run
# of `_FACT_ROWS` of them is a box of facts, as a padded table is a table of them.
_FACT = re.compile(r"^\W{0,2}[^\W\d][\w .'’/-]{0,30}?\s*[:：]\s*\S")
_FACT_ROWS = 3
_FACT_WORDS = 20


def _fact_rows(view: PageView, k: int) -> int:
    """The end of the fact box's lines from block `k`, or `k` when none starts there."""
    blocks, j = view.page.blocks, k
    while j < len(blocks) and view.feats[j].words <= _FACT_WORDS and _FACT.match(blocks[j].text):
        j += 1
    return j if j - k >= _FACT_ROWS else k


def _finish_table(view: PageView, span: tuple[int, int], walls: set[int]) -> tuple[int, int]:
    """Grow the core over a table printed in padded columns (`tables.aligned_rows`), or a box
    of facts (`_fact_rows`), that follows it, with at most `_TABLE_REACH` short lines
    between, and so on over the next such table after it: a match's result and line-ups, a
    recipe's nutrition facts, a product's specifications, a museum's opening hours and its
    fees, a review's address and ratings. Its rows are no prose and each costs a little, so a
    best run ends above it. In the text dumps of bench/dev and of twenty unseen sets, of such
    tables within two lines of the kept text 17 were the article's and 4 were not (a
    calendar, a subscription's offers, a company's profile, a law's dates); further down, 10
    of 55 were. Of the fact boxes no rule labels,
    within two lines of it in bench/dev's and twenty-six unseen sets' text dumps, 10 were the
    article's and 2 were not (an arXiv page's subjects and citation, a shop's social
    accounts)."""
    if view.page.kind != "text":
        return span
    blocks, feats = view.page.blocks, view.feats
    start, end = span
    k = end + 1
    while k < min(end + 2 + _TABLE_REACH, len(blocks)):
        if k in walls:
            break
        stop = max(aligned_rows(view.page, k), _fact_rows(view, k))
        if stop > k:
            rows = range(k, stop)
            if all(_plain(blocks[r]) for r in rows) and not walls.intersection(rows):
                end, k = stop - 1, stop
                continue
            break
        b = blocks[k]
        if feats[k].prose or not (_plain(b) or all(lb.rule in _IN_ARTICLE for lb in b.labels)):
            break
        k += 1
    return start, end


# A sentence that inline markup cut in two ("<b>The poster contest for children</b> takes
# place ...") is two blocks in flattened text; the second goes on in lower case after a
# first that ends no sentence. Both halves share the core's verdict: the core's edge never
# falls inside a sentence. Only scripts written with capitals show this: Georgian letters
# are lower case in Unicode, yet its text has no capitals, so there every paragraph would
# "go on" from the line above it (a menu, a byline). A page's script is taken as written
# with capitals when more of its blocks begin with a capital than with a small letter. No
# threshold; bench/multi text: 2 more `with` snippets found, none lost (halves
# +0.001/0.000), bench/dev text unchanged.
def _continues(first: str, second: str) -> bool:
    return second[:1].islower() and not SENTENCE_END.search(first)


def _glue_split_sentences(view: PageView, span: tuple[int, int], walls: set[int]) -> tuple[int, int]:
    """Grow the core over unlabelled neighbours that finish or begin its edge sentences."""
    blocks = view.page.blocks
    start, end = span
    initials = [b.text[:1] for b in blocks]
    if sum(c.isupper() for c in initials) <= sum(c.islower() for c in initials):
        return span

    def free(i: int) -> bool:
        return 0 <= i < len(blocks) and i not in walls and (_plain(blocks[i]) or extractor_only(blocks[i]))

    while free(start - 1) and _continues(blocks[start - 1].text, blocks[start].text):
        start -= 1
    while free(end + 1) and _continues(blocks[end].text, blocks[end + 1].text):
        end += 1
    return start, end


# A sentence that ends with a colon announces what follows it ("Ich habe Folgendes versucht:",
# "and got an unexpected result:" over a code line, a formula, a quoted output): above the
# core, across at most this many lines that are no sentence (what it announces), it opens
# the core. Language-neutral: a colon, ASCII or full-width, at the end of a block that reads
# as prose; a label ("Zutaten:", "Share this:") reads as none, a rule's line is no free line,
# and a menu-like line (`_MENU_RUN`'s: at most 3 words, no sentence end) is no announced one.
_ANNOUNCED_LINES = 2
_ANNOUNCES = (":", "：")


def _introduced(view: PageView, span: tuple[int, int], walls: set[int]) -> tuple[int, int]:
    """The core from the sentence above it that announces its first lines."""
    blocks, start = view.page.blocks, span[0]

    def free(i: int) -> bool:
        return 0 <= i < len(blocks) and i not in walls and _plain(blocks[i])

    k = start - 1
    while k >= start - 1 - _ANNOUNCED_LINES and free(k):
        f = view.feats[k]
        if f.prose:
            return (k, span[1]) if blocks[k].text.rstrip().endswith(_ANNOUNCES) else span
        if f.words <= 3 and not f.terminal:
            return span
        k -= 1
    return span


# A thread shows its comments' meta lines right under its header: each comment is a name
# and date, a paragraph or a few, a reply link. Two of them within this many blocks of a
# thread header are a thread; meta lines further down belong to a thread further down.
# bench/multi text (--lang any), site-disjoint halves: without the evidence 0.8311/0.8619,
# within 5 or 10 blocks 0.8311/0.8688, 20 0.8303/0.8688 (the gain is in one half: the other
# has fewer long threads); bench/dev text 0.931 at every value.
_EVIDENCE_WINDOW = 10
# ... or, in any language, the widgets every comment repeats: short lines that come back
# again and again right after the header ("Reply", "Gast", "Daumen hoch 3 Daumen runter",
# "1 Monat her", with their numbers set aside). Two such lines, each seen this many times
# within the first `_WIDGET_WINDOW` blocks (three comments of up to ten blocks), are a
# thread's furniture. Further down, an article's own repeated credits and bylines would be
# mistaken for it (a "Comments" menu link above an article, bench/dev). bench/multi text
# (--lang any), site-disjoint halves: without it 0.8322/0.8688, within 20 blocks
# 0.8324/0.8688, 30 0.8342/0.8688, 50 0.8358/0.8688 (30 and 50 differ by noise); unbounded,
# bench/dev text fell from 0.931 to 0.925 (four pages under a "Comments" menu link), at
# 20-50 it is 0.931.
_WIDGET_REPEATS = 3
_WIDGET_WORDS = 5
_WIDGET_WINDOW = 30
_NUMBER = re.compile(r"\d+")


def _widget_key(text: str) -> str:
    """A widget's line with its numbers set aside: "Reply", "Beitrag teilen #:# vor # Minuten"."""
    return _NUMBER.sub("#", text.strip().lower())


def _evidenced_thread(view: PageView, wall: int, walls: list[int]) -> bool:
    """Whether a thread header is followed by comments' own meta lines (names with dates and
    times, reply widgets) or by the short widget lines each comment repeats, as a thread is
    and an article after a false-alarm "Comments" link is not. A long reader-comment
    section can outweigh the article even with the handicap; with this evidence it cannot."""
    # The evidence stops at the next header; the next comment's meta line, which is a
    # thread start of its own (comments.find_thread_starts), is evidence.
    later = [w for w in walls if w > wall and not meta_lines(view, w, w)]
    last = later[0] - 1 if later else len(view.page.blocks) - 1
    if meta_lines(view, wall + 1, min(last, wall + _EVIDENCE_WINDOW)) >= MIN_META_LINES:
        return True
    seen: dict[str, int] = {}
    for i in range(wall + 1, min(last, wall + _WIDGET_WINDOW) + 1):
        if view.feats[i].words <= _WIDGET_WORDS:
            key = _widget_key(view.page.blocks[i].text)
            seen[key] = seen.get(key, 0) + 1
    return sum(1 for n in seen.values() if n >= _WIDGET_REPEATS) >= MIN_META_LINES


# Structured articles (rankings, reviews, guides) put runs of short lines between their
# prose sections (ratings, addresses, feature lists), and a single best run keeps only one
# section. A neighbouring run that is reached across unlabelled lines only (no rule fired
# there: no menu phrase, no comment header) joins the core when it scores at least this
# share of the core's score. Measured on bench/dev's text track (word F1 0.9205 without):
# 0.5 gives 0.921, 0.3 0.923, 0.15 0.924, 0.08 0.925 with no page worse than at 0.15;
# 0.03 is no better on average and loses 5 pages to joined teasers.
_MERGE_RATIO = 0.08
# Each join rescans the free stretch beyond it; real pages join a handful of sections, and
# the cap keeps a page of thousands of alternating runs linear.
_MAX_MERGES = 32


def _kadane(scores: list[float]) -> tuple[float, int, int]:
    best, span = float("-inf"), (0, -1)
    cur, cur_start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur > best:
            best, span = cur, (cur_start, i)
    return best, span[0], span[1]


# Widgets a page sets inside an article's flow as often as beside it: an ad's label where the
# ad stood ("Anzeige", "Reklama", "Publicidad") between paragraphs, tables and lists, and a
# recipe card's or a review's star rating between its story and its list. Removed, but the
# core reads past them to a neighbouring run, as across an unlabelled line.
_IN_FLOW = frozenset({"ad_label", "star_rating"})


def _in_flow(b: Block) -> bool:
    # (and a forum poster's card or signature, as the markup names it, between two posts)
    return bool(b.labels) and (all(lb.rule in _IN_FLOW for lb in b.labels) or b.dom_has("user_card"))


# A related box (its header and its items, chrome._listed_links) right above the core: the
# article's first paragraphs may stand above it ("Читайте также" after a wire story's lead),
# and are joined across it as across an ad's label. So may its standfirst stand above the
# furniture of its head: the byline, the share bar, the lead picture's credit. Only upwards:
# below the article a box is followed by other stories' teasers and the site's own prose,
# which must not join.
_BOX = frozenset({"related_links", "related_list", "share_line", "byline_dateline", "gallery", "image_caption"})


def _in_box(b: Block) -> bool:
    return bool(b.labels) and all(lb.rule in _BOX for lb in b.labels)


def _merge_neighbours(view: PageView, span: tuple[int, int], best: float, walls: set[int],
                      scores: list[float], frames: frozenset[int] = frozenset(),
                      thread: tuple[int, int] = (0, -1),
                      summarised: tuple[tuple[int, int], ...] = ()) -> tuple[int, int]:
    """Grow the core by the best run on either side that lies across unlabelled lines only (or
    a forum's post frames, wordless ornaments: a row of asterisks between a recipe's story and
    its card is no edge, or the widgets of an article's flow, `_IN_FLOW`; above it, a related
    box too, `_in_box`) and scores at least
    `_MERGE_RATIO` of the core's score, or anything if it starts within a forum `thread`'s
    span (a short reply is a post), or as far down as the end of a `summarised` list (one
    the page prints again, whose items may score nothing); repeat while one joins."""
    start, end = span

    def free(i: int) -> bool:
        return _free(view, i, walls, frames)

    def free_above(i: int) -> bool:
        return _free(view, i, walls, frames, above=True)

    def joins(s: float, i: int) -> bool:
        return s >= _MERGE_RATIO * best or (s > 0 and thread[0] <= i <= thread[1])

    for _ in range(_MAX_MERGES):
        changed = False
        hi = end + 1
        while free(hi):
            hi += 1
        if hi > end + 1:  # blocks end+1 .. hi-1 are free
            s, a, b = _kadane(scores[end + 1 : hi])
            if joins(s, end + 1 + a):
                end, changed = end + 1 + b, True
            # A list the page prints again further down (a recipe card's ingredients and
            # steps) is the article's own, however little its short items score.
            last = max((b for a, b in summarised if end < a and b < hi), default=end)
            if last > end:
                end, changed = last, True
        lo = start - 1
        while free_above(lo):
            lo -= 1
        if lo < start - 1:  # blocks lo+1 .. start-1 are free
            s, a, b = _kadane(scores[lo + 1 : start])
            if joins(s, lo + 1 + b):
                start, changed = lo + 1 + a, True
        if not changed:
            break
    return (start, end)


def _free(view: PageView, i: int, walls: set[int], frames: frozenset[int], above: bool = False) -> bool:
    """Block i is no edge of the core (`_merge_neighbours`)."""
    blocks = view.page.blocks
    if not 0 <= i < len(blocks) or i in walls:
        return False
    b = blocks[i]
    return (_plain(b) or i in frames or view.feats[i].words == 0 or _in_flow(b)) or (above and _in_box(b))


def _opening_post(view: PageView, span: tuple[int, int], walls: set[int], frames: frozenset[int],
                  thread: tuple[int, int], repeated: set[str]) -> tuple[int, int]:
    """The core from the opening post's first line, where the thread's first anchor is that
    post's own number (threads._numbered_posts) and it opens with lines that score nothing (a
    greeting, "My setup:" over a list of specs) between its header and the core: where only
    free lines stand from the number down to the core, its first line of words that is no
    frame opens the core, past the post's subject (the topic's title printed again: in
    `repeated`, the texts the page prints twice or more)."""
    start, end = span
    if not thread[0] < start <= thread[1]:
        return span
    k = start - 1
    while k > thread[0] and _free(view, k, walls, frames, above=True):
        k -= 1
    if k != thread[0]:
        return span
    blocks = view.page.blocks
    first = next((m for m in range(k + 1, start) if m not in frames and view.feats[m].words
                  and blocks[m].text.lower() not in repeated), start)
    return first, end


# A list of teasers: link title and summary, maybe with a meta line (date, section, author)
# between or after, again and again. Summaries read as prose, so such a list can carry the
# core past the article's end. A listicle's items look alike (title, short paragraph), so
# a list counts as teasers only when its units carry dated meta lines, or when it follows a
# header that a rule labelled (``Latest articles``), or closes the core under a header of
# its own: units of one shape, at least 3, each summary 12-50 words, each title different.
_TEASER_UNITS = 3
_TEASER_WORDS = (12, 50)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A meta line has a date or a field separator; a title may have numbers ("5 ways to ...").
_META = re.compile(
    rf"[•|·]|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b",
    re.IGNORECASE,
)


# Labels of the headers that open link lists ("Latest articles", "More from ..."). Not an
# ad's label, which sits in the article's flow (`_IN_FLOW`), nor a labelled link ("Read also:
# <title>"), which is one link: the sections after either are the article's.
_LIST_HEADERS = frozenset({"related_links", "newsletter_signup", "navigation"})


def _shape(view: PageView, i: int) -> str:
    """T: title-like, M: meta line, P: teaser-sized prose, X: anything else. A related
    box's item (chrome._listed_links) may be a teaser's title, a dated line of fields
    ("12/19/2025 • City • Jane Doe") its meta line."""
    b, f = view.page.blocks[i], view.feats[i]
    if b.labels and all(lb.rule == "byline_dateline" for lb in b.labels):
        return "M" if f.words <= 12 and _META.search(b.text) and not f.terminal else "X"
    if not all(lb.rule in _READ_PAST or lb.rule == "related_list" for lb in b.labels):
        return "X"
    if f.prose and _TEASER_WORDS[0] <= f.words <= _TEASER_WORDS[1]:
        return "P"
    if f.words <= 12 and _META.search(b.text) and not f.terminal:
        return "M"
    # A question ends like a sentence, so an FAQ's question/answer pairs are no teasers.
    if 2 <= f.words <= 15 and not f.terminal and not f.bullet:
        return "T"
    return "X"


def _cycle(view: PageView, shapes: list[str], i: int, start: int) -> tuple[int, str]:
    """(blocks covered, unit) of the longest run of one teaser unit from shapes[i]."""
    best = (0, "")
    for size in (2, 3):
        unit = shapes[i : i + size]
        if len(unit) < size or unit.count("P") != 1 or unit.count("T") != 1 or "X" in unit:
            continue
        title_at = unit.index("T")
        k, titles = i, set()
        while shapes[k : k + size] == unit:
            title = view.page.blocks[start + k + title_at].text.lower()
            if title in titles:
                break  # "From <source>" under every example: a caption, not a title
            titles.add(title)
            k += size
        if len(titles) >= _TEASER_UNITS and k - i > best[0]:
            best = (k - i, "".join(unit))
    return best


# The number's mark is followed by a space, or by the item's first letter where the space
# was left out ("8.Lori Kelly"); "3.5 million" is a number, not an item. A Markdown heading
# may hold it, and html2text escapes its full stop ("## 3\. Avoid the heat"). Or the number
# follows the item's word ("Step 3 Cut the boards", "ポイント3 部屋の湿度", "Tipp 4: ...", or
# "Étape 4" alone, a step's heading), the same word before every title (`_numbered`).
_ITEM_NUMBER = re.compile(r"\s*(?:#{1,6}\s*)?(?:(\d{1,3}|[一二三四五六七八九十]{1,3})\s*\\?(?:[.):]\s|[.)](?=[^\W\d_])|[、．）：])"
                          r"|(?P<word>[^\W\d_]{1,12}) ?(?P<n>\d{1,3})(?:\s*[.):：]\s*|\s|$))")
_CJK_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _item_number(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    tens, _, ones = numeral.rpartition("十")  # 三 3, 十二 12, 二十 20, 二十一 21
    if "十" not in numeral:
        return _CJK_DIGITS.get(numeral, -1)
    return (_CJK_DIGITS.get(tens, -1) if tens else 1) * 10 + (_CJK_DIGITS.get(ones, -1) if ones else 0)


def _numbered(titles: list[str]) -> bool:
    """Titles that count up one by one ("1. Zorg voor goede verlichting", "2. ...",
    "一、注意高原反应"): a listicle numbers its items, a list of teasers to other stories
    does not."""
    found = [m for m in map(_ITEM_NUMBER.match, titles) if m]
    numbers = [_item_number(m.group(1) or m.group("n")) for m in found]
    return (len(numbers) == len(titles) and len({(m.group("word") or "").lower() for m in found}) == 1
            and all(b == a + 1 for a, b in itertools.pairwise(numbers)))


def _trim_teasers(view: PageView, span: tuple[int, int]) -> tuple[int, int]:
    """Label teaser lists inside the core ``teaser_list``; one that closes it is cut off."""
    start, end = span
    if view.extracted or end - start + 1 < 2 * _TEASER_UNITS:
        return span
    blocks = view.page.blocks
    shapes = [_shape(view, i) for i in range(start, end + 1)]
    i, cut = 1, end + 1  # the core's first block is its own
    while i < len(shapes):
        covered, unit = _cycle(view, shapes, i, start)
        if not covered:
            i += 1
            continue
        first, last = start + i, start + i + covered - 1
        titles = [blocks[k].text for k in range(first + unit.index("T"), last + 1, len(unit))]
        # "1. ...", "2. ...": an article's own list of tips or steps; also when its first
        # "title" is a box's button the list's units run on from ("Subscribe", "2. ...").
        if _numbered(titles) or (len(titles) > _TEASER_UNITS and _numbered(titles[1:])):
            i += covered
            continue
        headed = blocks[first - 1].has_rule(*_LIST_HEADERS)
        # A list that closes the core is teasers under a header of its own ("More you might
        # like", "SUGGESTED"): a line that ends no sentence. After a paragraph or a caption it
        # is the article's own last sections, title and paragraph again and again.
        closes = (all(not _plain(blocks[k]) for k in range(last + 1, end + 1))
                  and not view.feats[first - 1].terminal)
        if "M" in unit or headed or closes:
            for k in range(first, last + 1):
                blocks[k].add("chrome", "teaser_list")
            if closes:
                cut = min(cut, first)
        i += covered
    return (start, cut - 1) if cut <= end else span
