"""Forum threads and Q&A pages: their posts are the page's content, not a comment thread.

Every post, the first too, comes with a stamp (a date and a clock time, a time ago, or a
date alone under the conditions in `post_frames`), and often in a frame of short lines the
board repeats ("Quote", "Back to top", "Re: <topic>"); the replies say something: prose
follows their stamps. An article is not introduced by its comments' widgets, and a board
prints every post's stamp alike, the opening post's too, oldest first. Three ways to know a
thread, where the core (classify/core.py) is one of its posts:

* a frame line above the core's post: a short line (up to `_FRAME_WORDS`: a poster's name
  with rank and post count) the page repeats word for word at least `_FRAME_REPEATS` times
  (a thread of three posts), within `FRAME_REACH` blocks; with a stamp in the post's header
  printed as the replies' stamps are;
* or the stamps alone (`_stamped_thread`: a poster's card is his own, nothing repeats): at
  least `_FRAME_REPEATS` stamps printed alike, each followed by prose, one of them heading
  the core's post; or, on a Q&A page that stamps each post under it, each following
  prose, one of them closing the core's post (`_trailing_stamps`);
* or, where no stamp frames it, the posts' numbers ("#1", "#2", ...) in order, each over
  prose, the core in one of the posts (`_numbered_posts`).

On HTML the markup may say it: software that marks every post up as a comment (Invision,
code hosts) puts the whole discussion in comment containers with nothing said before it
(`posts_in_comments`); its posts are then no comment thread, and where no stamp shows them
the markup frames them (`marked_frames`).

Neither takes a comment section's header standing once among the stamps ("Kommentare
(12)"): an article stamps its byline as its comments are stamped often enough. The core
then reads past the frames and takes every post (`core.find_core`), and the board's lines
between the posts are labelled ``post_frame`` (`label_post_frames`). These are a thread's
shape, not values swept on a benchmark: bench/dev has no forum page, and bench/multi's
text track changes on one (an endless page of articles, read as a thread of them).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from ..lang.numerals import ascii_digits
from ..read.dom import DomEvidence, dom_rule, in_comment_container
from ..segment.reflow import SENTENCE_END
from .comments import MIN_META_LINES, dated_line, printed_as, stamp_shape, stamped_line, thread_header
from .context import PageView

_FRAME_REPEATS = 3
_FRAME_WORDS = 8
FRAME_REACH = 6
_WORDED = re.compile(r"[^\W\d_]{2}")


class PostFrames(NamedTuple):
    lines: frozenset[int]  # every short line between the posts, which the core reads past
    anchors: frozenset[int]  # the lines the page repeats, and the stamps
    first: int = 0  # the first post's stamp
    last: int = -1  # the last post's stamp
    text: int = -1  # the last post's first line of text
    numbered: bool = False  # `first` is the opening post's number (`_numbered_posts`)


NO_FRAMES = PostFrames(frozenset(), frozenset())


# Before a discussion's first post a page may say what it is in a line ("mkowalczyk-dev
# opened this issue on Mar 4 · 5 comments"): up to this many words of prose, an article's
# lead is longer.
_SUMMARY_WORDS = 25


def opens_discussion(view: PageView, start: int) -> bool:
    """The page's first comment meta line (`start`, "mkowalczyk-dev commented on Mar 4")
    comes before the page says anything (at most `_SUMMARY_WORDS` of prose that no rule
    made chrome; trafilatura's edges are no such rule) and under no comment header: the
    page is the discussion (an issue, a thread, a mailing-list message), its first post the
    first "comment". An article's comments follow the article, and mostly a header."""
    blocks, feats = view.page.blocks, view.feats
    if any(thread_header(view, i) for i in range(start + 1)):
        return False
    # the opening post's own dated meta line, printed as the replies' are past the poster's
    # name, is no thread start where the post runs longer than the reach of one (an issue's
    # report)
    said = printed_as(blocks[start].text.strip().partition(" ")[2])
    if "9" in said:  # a dated line ("commented on Mar 4, 2024"), not a name alone
        start = next((i for i in range(start) if feats[i].words <= _FRAME_WORDS
                      and printed_as(blocks[i].text.strip().partition(" ")[2]) == said), start)
    prose = sum(feats[i].words for i in range(start) if feats[i].prose and all(
        lb.rule == "outside_main_content" for lb in blocks[i].labels))
    return prose <= _SUMMARY_WORDS


# How many words open a post: a copy of it opens with the same ones.
_OPENING_WORDS = 8
# A discussion whose software marks every post up as a comment (Invision's "ipsComment",
# a code host's "timeline-comment") has its posts in comment containers and nothing but its
# header before them: at least this many of them read as prose (an opening post and a reply).
_MARKED_POSTS = 2


def posts_in_comments(view: PageView, kept: list[bool] | None = None) -> bool:
    """Whether the page's comment containers (read/dom.py) hold the discussion itself: the
    first of their blocks that reads as prose and is no author line or card comes before
    the page says anything (at most `_SUMMARY_WORDS` of prose outside them but a menu's or
    a consent banner's), at least `_MARKED_POSTS` read so, and they hold most of the
    page's prose. An article stands before its comments. With `kept` (the blocks
    trafilatura kept), also: it kept under half of their prose (it cuts out what its
    comment selectors match, the posts with it)."""
    blocks, feats = view.page.blocks, view.feats
    posts = [i for i, b in enumerate(blocks) if feats[i].prose and _post_text(b.dom)]
    if len(posts) < _MARKED_POSTS:
        return False
    said = [feats[i].words if feats[i].prose and not _unsaid(b.dom) else 0 for i, b in enumerate(blocks)]
    if sum(said[: posts[0]]) > _SUMMARY_WORDS or sum(said) >= sum(feats[i].words for i in posts):
        return False
    if kept is None:
        return True
    # A post the page holds twice (Gitea keeps each comment's raw text hidden beside it)
    # counts once, kept if either copy is: by its first words.
    words: dict[tuple[str, ...], tuple[int, bool]] = {}
    for i in posts:
        key = tuple(view.toks[i][:_OPENING_WORDS])
        size, either = words.get(key, (feats[i].words, False))
        words[key] = (size, either or kept[i])
    return 2 * sum(size for size, either in words.values() if either) < sum(size for size, _ in words.values())


def marked_frames(view: PageView, stamped: PostFrames) -> PostFrames:
    """The frames of a discussion whose posts are in comment markup (`posts_in_comments`,
    `view.posted`): `stamped` (`post_frames`) where its stamps reach from the first post to
    the last, else the markup's ("3d", "Postad 4 mars": no stamp shows the posts). Its short
    lines between the posts are frames, anchored by those the page repeats (a rank, "Quote",
    a signature) and by the poster's card and links the markup names."""
    blocks, feats = view.page.blocks, view.feats
    inside = sorted(view.posted)
    texts = [i for i in inside if feats[i].prose]
    if stamped.lines and texts and stamped.first <= texts[0] and stamped.text >= texts[-1]:
        return stamped
    short = [i for i in inside if feats[i].words <= _FRAME_WORDS and not feats[i].prose]
    repeats = Counter(blocks[i].text.strip().lower() for i in short)
    anchors = {i for i in short if repeats[blocks[i].text.strip().lower()] >= _FRAME_REPEATS
               or ((ev := blocks[i].dom) is not None and (ev.link_line or ev.has("author", "user_card")))}
    heads = [i for i in anchors if i < texts[-1]] if len(texts) >= _MARKED_POSTS else []
    if not heads:
        return stamped
    last = max(heads)
    text = next(i for i in texts if i > last)
    return PostFrames(frozenset(short), frozenset(anchors), inside[0], last, text)


# What a page does not say before its posts: a menu's or a consent banner's prose. (Hidden text
# is said: a page may hide its article until a script shows it, bench/dev 0384.)
_UNSAID = frozenset({("chrome", "dom_navigation"), ("chrome", "dom_breadcrumb"), ("chrome", "dom_consent")})


def _post_text(ev: DomEvidence | None) -> bool:
    """In a comment container and not its author line or card (a form may hold a whole
    board's posts: Invision's moderation form)."""
    return (ev is not None and in_comment_container(ev) and not ev.link_line
            and not ev.has("author", "user_card", "footer", "heading"))


def _unsaid(ev: DomEvidence | None) -> bool:
    return ev is not None and (in_comment_container(ev) or dom_rule(ev) in _UNSAID)


def post_frames(view: PageView, core: tuple[int, int]) -> PostFrames:
    """The blocks that frame a forum thread's posts, when the core is one of them (module
    docstring); empty otherwise."""
    frames = _post_frames(view, core)
    return frames if frames.lines else _numbered_posts(view, core)


# A board's post number on a line of its own ("#1", "* #2", "+ #3" in a text dump's nested
# list): XenForo, vBulletin, MyBB and phpBB number each post so in its header.
_POST_NUMBER = re.compile(r"[*•·+-]?\s*#(\d{1,5})")


def _numbered_posts(view: PageView, core: tuple[int, int]) -> PostFrames:
    """A thread known by its posts' numbers, where no stamp frames it (a board that prints
    a date alone, the opening post's last line and the poster's signature between its text
    and its buttons): the page's post numbers run 1, 2, 3, ... in order, at least
    `_FRAME_REPEATS` of them, each followed by prose before the next, and the core is in one
    of the posts (after the first number; a post's header may fill lines between its number
    and its text). An article's comments may be numbered too, but never the article above
    them: the core's post must be one of the posts."""
    blocks, feats = view.page.blocks, view.feats
    numbers = [(i, int(m.group(1))) for i, b in enumerate(blocks)
               if feats[i].words <= 2 and (m := _POST_NUMBER.fullmatch(b.text.strip()))]
    if len(numbers) < _FRAME_REPEATS or [n for _, n in numbers] != list(range(1, len(numbers) + 1)):
        return NO_FRAMES
    lines = [i for i, _ in numbers]
    if not lines[0] < core[0] <= lines[-1] + 2 * FRAME_REACH:
        return NO_FRAMES
    if not all(any(feats[m].prose for m in range(i + 1, j)) for i, j in itertools.pairwise([*lines, len(blocks)])):
        return NO_FRAMES
    return _frames(view, min(lines[0], core[0]), _repeated_short(view)[1], lines)._replace(numbered=True)


def _repeated_short(view: PageView) -> tuple[dict[int, str], set[int]]:
    """The page's short lines that end no sentence, by their text, and those of them it
    repeats at least `_FRAME_REPEATS` times (a board's lines: "Quote", a rank)."""
    blocks, feats = view.page.blocks, view.feats
    short = [i for i in range(len(blocks)) if feats[i].words <= _FRAME_WORDS and not feats[i].terminal]
    texts = {i: blocks[i].text.strip().lower() for i in short}
    counts = Counter(texts.values())
    return texts, {i for i in short if counts[texts[i]] >= _FRAME_REPEATS}


def _post_frames(view: PageView, core: tuple[int, int]) -> PostFrames:
    """`post_frames` by the posts' stamps and the board's repeated lines."""
    blocks, feats = view.page.blocks, view.feats
    start, end = core
    if end < start:
        return NO_FRAMES
    # the core may open on its post's header (the topic's title printed again, the stamp):
    # the post is what follows its stamp, where no longer text comes before it
    opening = next((k for k in range(start, min(end, start + FRAME_REACH)) if stamped_line(view, k)
                    or feats[k].words > _SUMMARY_WORDS), None)
    if opening is not None and feats[opening].words <= _SUMMARY_WORDS:
        start = opening + 1
        core = (start, end)
    above = range(max(0, start - FRAME_REACH), start)
    texts, framed = _repeated_short(view)
    # the core's post's stamp: in its header, the short lines right above it (a poster's
    # card may fill `FRAME_REACH` lines by itself: rank, joined, location, posts, thanks)
    top = start
    while top > max(0, start - 2 * FRAME_REACH) and feats[top - 1].words <= _FRAME_WORDS:
        top -= 1
    header = range(min(top, above.start), start)
    if not any(i in framed for i in above):
        return _stamped_thread(view, core, header, framed)
    stamps_above = [i for i in header if stamped_line(view, i)]
    if not stamps_above:
        dated = _dated_thread(view, core, top, header, texts, framed)
        if dated is None:
            return _trailing_stamps(view, core, framed)
        stamps_above, later = dated
    else:
        # a board prints every post's date and time alike, the opening post's too; an
        # article's byline and its comments are printed apart ("11 marca 2014, 06:00" over
        # "2014-03-11 08:23"). A time ago above ("Asked 10 years ago") has no print to match.
        shapes = {stamp_shape(blocks[i].text) for i in stamps_above} - {""}
        later = [i for i in range(start + 1, len(blocks))
                 if stamped_line(view, i) and (not shapes or stamp_shape(blocks[i].text) in shapes)]
    # the replies: stamps with prose after them, before the next stamp (a teaser list
    # stamps headlines)
    stamps = [*stamps_above, *later]
    replies = sum(any(feats[m].prose for m in range(i + 1, j))
                  for i, j in itertools.pairwise([*stamps, len(blocks)]) if i not in header)
    if replies < MIN_META_LINES or _headed_comments(view, stamps):
        return NO_FRAMES
    return _frames(view, min(start, *stamps), framed, stamps)


def _dated_thread(view: PageView, core: tuple[int, int], top: int, header: range, texts: dict[int, str],
                  framed: set[int]) -> tuple[list[int], list[int]] | None:
    """(the thread's dates from the opening post to the core's post, its later dates) where
    its posts carry a date alone (`post_frames`), or None where they make no thread."""
    blocks, feats = view.page.blocks, view.feats
    start, end = core
    # Boards print a date alone on older posts ("8 Sty 2024"). A date alone is a teaser
    # list's or a menu's as much as a thread's, so it is believed only where the first
    # line of words after the opening post is a frame line ("Like Reply", "Report")
    # that comes again before later dates, each followed by prose: each post closes the
    # same way and the next one says something. A teaser list repeats its labels and
    # share buttons around dated headlines, not around prose. And a date counts only
    # up to the board's last frame line (the similar threads and the footer below it
    # carry dates too).
    # A poster's signature may stand between the post and its closing line: one line that
    # is no prose ("System: i7 | RTX 3060") and that the page prints again (under his
    # other posts), as a header over a list of teasers is not.
    worded = [i for i in range(end + 1, len(blocks)) if _WORDED.search(blocks[i].text)][:2]
    after = next((i for i in worded if i in framed), None)
    if after is None or dated_line(view, after):
        return None
    if after != worded[0] and (feats[worded[0]].prose or not _printed_again(view, worded[0])):
        return None
    closing = texts[after]
    dated = _dated(view, start, texts, framed, closing, header)
    stamps_above = [i for i in header if dated(i)]
    if not stamps_above:
        return None
    last = max(framed)
    later = [i for i in range(after + 1, last + 1) if dated(i)]
    closings = [k for k in range(after, last + 1) if texts.get(k) == closing]
    # a post: a closing line, a date within reach after it (the next post's header: a
    # quote button and a poster's card before the date, as in the search for the core's
    # stamp above), prose after the date and before the next closing line
    # (reach counted in lines of words: a board may set a wordless "*" between each two)
    lines = list(itertools.accumulate(bool(_WORDED.search(b.text)) for b in blocks))
    posts = sum(any(k < i and lines[i] - lines[k] <= 2 * FRAME_REACH and any(feats[m].prose for m in range(i + 1, n))
                    for i in later)
                for k, n in itertools.pairwise(closings))
    # the posts before the core's (the opening post, when the core is a long reply): dates
    # printed as its own date is, each followed by prose and the closing line, oldest
    # first up to it
    core_stamp = stamps_above[-1]
    before = _printed_alike(view, core_stamp, [i for i in range(top) if dated(i)])[1:]
    before = [i for i, j in itertools.pairwise([*before, core_stamp])
              if any(feats[m].prose for m in range(i + 1, j)) and closing in map(texts.get, range(i + 1, j))]
    while before and _oldest_first(view, [*before, core_stamp])[-1] != core_stamp:
        before.pop(0)
    # and a board prints every post's date alike, the opening post's too, oldest first:
    # the thread ends where such a date goes back in time (the similar threads below)
    dates = max((_oldest_first(view, _printed_alike(view, i, later))[1:] for i in stamps_above),
                key=lambda d: (len(d), d[-1:]))
    if posts + len(before) < MIN_META_LINES or len(dates) + len(before) < MIN_META_LINES:
        return None
    later = [i for i in later if i <= dates[-1]] if dates else []
    return [*before, *stamps_above], later


def _printed_again(view: PageView, i: int) -> bool:
    """Block i's text is also in another block of the page."""
    text = view.page.blocks[i].text.strip()
    return any(text in b.text for k, b in enumerate(view.page.blocks) if k != i)


def _dated(view: PageView, start: int, texts: dict[int, str], framed: set[int], closing: str,
           header: range) -> Callable[[int], bool]:
    """The lines that date the posts: lines with a date; or, where the core's header has none
    ("Postad 4 mars", "3d": no year, no clock), the line right above the core's text when the
    board repeats it over every post, each time right above prose or a quote's line over it
    (the post's header line; a teaser list puts a title between its label and its summary)."""
    blocks, feats = view.page.blocks, view.feats
    if any(dated_line(view, i) for i in header):
        return lambda i: dated_line(view, i)
    head = next((i for i in range(start - 1, header.start - 1, -1) if _WORDED.search(blocks[i].text)), None)
    if head is None or head not in framed or texts[head] == closing:
        return lambda i: False
    over = [i for i, t in texts.items() if t == texts[head]]
    # (prose within three lines: a quote's header and its quoted line may come first)
    if not all(any(feats[k].prose for k in range(i + 1, min(i + 4, len(blocks)))) for i in over):
        return lambda i: False
    return lambda i: texts.get(i) == texts[head]


def _frames(view: PageView, start: int, framed: set[int], stamps: list[int]) -> PostFrames:
    """The thread's frame lines from `start` to its last stamp: every short line (the
    board's: a poster's name and rank, an ad's label, a signature's line), and as anchors
    the lines the page repeats, sentences too ("Re: <topic>?"), and the stamps."""
    blocks, feats = view.page.blocks, view.feats
    # up to the last post's text: its header runs on past its stamp (the poster's card)
    end = next((k for k in range(stamps[-1] + 1, min(len(blocks), stamps[-1] + 2 * FRAME_REACH)) if feats[k].prose),
               stamps[-1])
    # and the lines a rule took that are no prose: a signature ("System: i7 | RTX 3060"),
    # a post's buttons run into one line with it; the lines the markup names the poster's
    # card or signature (a signature may be a sentence: "Wer im Winter nicht im Erzgebirge
    # war, hat den Winter nicht gesehen."); and a poster's card in one line of up to twice
    # a frame line's words, no prose and no sentence ("* fényíró veterán Regisztrált:
    # 2011-10-17 Hozzászólások: 8 904")
    between = {i for i in range(start, end)
               if feats[i].words <= _FRAME_WORDS or blocks[i].dom_has("user_card") or (not feats[i].prose and (
                   blocks[i].labels or (feats[i].words <= 2 * _FRAME_WORDS and not SENTENCE_END.search(blocks[i].text))))}
    # a line the page repeats with other numbers is the board's too ("Reply Quote Likes: 7"),
    # and a longer one it repeats at all is a poster's signature under each of his posts
    counted = [_counted(b.text) for b in blocks]
    repeats = Counter(counted)
    framed = framed | {i for i in between if repeats[counted[i]] >= (_FRAME_REPEATS if feats[i].words <= _FRAME_WORDS else 2)}
    anchors = frozenset(framed | set(stamps))
    return PostFrames(anchors | between, anchors, min(stamps), stamps[-1], end)


_DIGITS = re.compile(r"\d+")


def _counted(text: str) -> str:
    """A line's text whatever numbers it prints."""
    return _DIGITS.sub("9", text.strip().lower())


def _stamped_thread(view: PageView, core: tuple[int, int], header: range, framed: set[int]) -> PostFrames:
    """A thread known by its stamps alone, where no line the page repeats heads the core
    (a poster's card is his own): the core's post is stamped in its header, and at least
    `_FRAME_REPEATS` stamps printed alike (`stamp_shape`) are each followed by prose,
    oldest first; the core may be any of the posts (the longest reply as often as the
    opening one). No comment section's header ("Kommentare (12)") stands among them: an
    article stamps its byline as its comments are stamped often enough."""
    blocks, feats = view.page.blocks, view.feats
    shapes = {stamp_shape(blocks[i].text) for i in header if stamped_line(view, i)} - {""}
    if not shapes:
        return _trailing_stamps(view, core, framed)
    alike = _stamps_shaped(view, shapes)
    alike = [i for i, j in itertools.pairwise([*alike, len(blocks)]) if any(feats[m].prose for m in range(i + 1, j))]
    if len(alike) < _FRAME_REPEATS or not alike[0] < core[0] or _headed_comments(view, alike):
        return NO_FRAMES
    return _frames(view, min(alike[0], core[0]), framed, alike)


def _trailing_stamps(view: PageView, core: tuple[int, int], framed: set[int]) -> PostFrames:
    """A Q&A page that stamps each post under it (Stack Exchange: the body, then "answered
    <date>" and the poster's card): the core's post is stamped in the short lines right
    after it, and at least `_FRAME_REPEATS` stamps printed alike each follow prose since the
    one before, oldest first, the first of them above the core or the core's own. The thread
    runs from the first (the question's "asked" line at the page's top, or the stamp under it)."""
    blocks, feats = view.page.blocks, view.feats
    start, end = core
    after: list[int] = []
    k = end + 1
    # (twice the reach, as a poster's card above a post: under a question its tags come
    # first, a line each in a text dump, then "Share", "Improve this question", "Follow")
    while k < len(blocks) and k <= end + 2 * FRAME_REACH and feats[k].words <= _FRAME_WORDS:
        after.append(k)
        k += 1
    shapes = {stamp_shape(blocks[i].text) for i in after if stamped_line(view, i)} - {""}
    if not shapes:
        return NO_FRAMES
    # (a text dump may run a stamp into the post's menu beside it: "answered Mar 4 at 9:40
    # share | improve this answer", a line of twice a frame line's words, no prose)
    stamps = [i for i in _shaped(view, shapes, 2 * _FRAME_WORDS) if feats[i].words <= _FRAME_WORDS or not feats[i].prose]
    # Each post's stamps follow its prose; a card may hold two ("edited Nov 2, 2023", then
    # "answered Mar 29, 2021"), and the post's own is the older.
    posts: list[list[int]] = []
    for i, j in itertools.pairwise([-1, *stamps]):
        if any(feats[m].prose for m in range(i + 1, j)):
            posts.append([j])
        elif posts:
            posts[-1].append(j)
    alike = _oldest_first(view, [min(p, key=lambda k: _year(blocks[k].text)) for p in posts]) if posts else []
    # The first stamp is one above the core, or the core's own under it ("asked 3 years ago"
    # at the page's top is a time ago, with no date to print alike) with no comment section's
    # header between: under an article, "109 Comments" and the first comment's stamp.
    own = alike and alike[0] in after and not any(end < t < alike[0] for t in view.thread_starts)
    if len(alike) < _FRAME_REPEATS or not (alike[0] < start or own) or _headed_comments(view, alike):
        return NO_FRAMES
    frames = _frames(view, alike[0], framed, alike)
    return frames._replace(text=alike[-1])


def _stamps_shaped(view: PageView, shapes: set[str], max_words: int | None = None) -> list[int]:
    """The page's stamps (of up to `max_words` words) of the `shapes` (`stamp_shape`), oldest first."""
    return _oldest_first(view, _shaped(view, shapes, max_words))


def _shaped(view: PageView, shapes: set[str], max_words: int | None = None) -> list[int]:
    """The page's stamps (of up to `max_words` words) of the `shapes`, in page order."""
    blocks, feats = view.page.blocks, view.feats
    return [i for i in range(len(blocks)) if (max_words is None or feats[i].words <= max_words)
            and stamped_line(view, i) and stamp_shape(blocks[i].text) in shapes]


def _headed_comments(view: PageView, stamps: list[int]) -> bool:
    """A comment section's header stands among the stamps, once: an article stamps its
    byline as its comments are stamped often enough ("Diskuse k článku (8 příspěvků)"
    between them). A header the page prints again is a post's widget ("Añade un comentario"
    under a question and under its first answer, none under the second)."""
    blocks = view.page.blocks
    heads = [i for i in view.thread_starts if stamps[0] < i < stamps[-1] and thread_header(view, i)]
    if not heads:
        return False
    texts = Counter(b.text.strip().lower() for b in blocks)
    return any(texts[blocks[i].text.strip().lower()] == 1 for i in heads)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def _printed_alike(view: PageView, first: int, later: list[int]) -> list[int]:
    """Line `first` and the lines of `later` printed as it is (`printed_as`)."""
    blocks = view.page.blocks
    shape = printed_as(blocks[first].text.strip())
    return [first, *(i for i in later if printed_as(blocks[i].text.strip()) == shape)]


def _oldest_first(view: PageView, lines: list[int]) -> list[int]:
    """`lines` up to the first whose year goes back from the year before it."""
    blocks = view.page.blocks
    out: list[int] = []
    year = _year(blocks[lines[0]].text)
    for i in lines:
        y = _year(blocks[i].text)
        if y < year:
            break
        out.append(i)
        year = y
    return out


def _year(text: str) -> int:
    m = _YEAR.search(ascii_digits(text))
    return int(m.group(0)) if m else 0


# The prefix of a reply's subject: "Re:" in most languages, "AW:" (Antwort), "SV:" (svar),
# "VS:" (vastaus), "Odp:" (odpowiedź), "Ynt:" (yanıt), "回复：".
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|odp|antw|ynt|回复|回覆)\s*[:：]\s*", re.IGNORECASE)
# A comma in the scripts' forms: Latin and Cyrillic, Arabic, CJK full-width and ideographic.
_SALUTATION_END = (",", "،", "，", "、")


def label_post_frames(view: PageView, frames: PostFrames) -> None:
    """Label ``post_frame`` the board's lines between the thread's posts in the core: in a
    run of short lines that are no sentences, those from its first line the page repeats or
    stamp to its last, or to the run's end where a post's text follows (a poster's name,
    rank and post count, the stamp, "Quote", "Report", a signature's line), with the
    wordless lines at either end ("* #3", "+ 47"). A post's own short lines (a list closing
    it, "Thanks, that worked!") come before the first such line."""
    blocks = view.page.blocks
    # from the opening post's header (above the core, which on HTML keeps what trafilatura
    # kept) to the last reply, however far the core reaches
    start, end = min(view.core[0], frames.first), min(len(blocks) - 1, max(view.core[1], frames.last + FRAME_REACH))

    def framing(k: int) -> bool:
        # a line that ends a sentence or goes on after a comma ("Bonjour à tous,") is the post's,
        # and so is a line of its code, which two posts may print alike ("SELECT c.id, c.nombre,")
        text = blocks[k].text
        if blocks[k].dom_has("code"):
            return False
        return k in frames.anchors or (k in frames.lines and not SENTENCE_END.search(text)
                                       and not text.rstrip().endswith(_SALUTATION_END))

    i = start
    while i <= end:
        if not framing(i):
            i += 1
            continue
        j = i
        while j < end and framing(j + 1):
            j += 1
        hits = [k for k in range(i, j + 1) if k in frames.anchors]
        if hits:
            lo, hi = hits[0], hits[-1]
            while lo > i and not _WORDED.search(blocks[lo - 1].text):
                lo -= 1
            if j + 1 < len(blocks) and view.feats[j + 1].prose:
                hi = j  # a post's header runs on to its text: the poster's card under the stamp
            while hi < j and not _WORDED.search(blocks[hi + 1].text):
                hi += 1
            for k in range(lo, hi + 1):
                blocks[k].add("chrome", "post_frame")
        i = j + 1
    # a reply's subject, the topic's title after "Re:", as boards print it over each reply
    titles = {b.text.strip().lower() for b in blocks}
    for k in range(start, end + 1):
        m = _REPLY_SUBJECT.match(blocks[k].text)
        if m and blocks[k].text[m.end():].strip().lower() in titles:
            blocks[k].add("chrome", "post_frame")
