"""A table of contents: a run of short lines that names the page's headings in their order.

A wiki article's "Contents", a documentation page's "On this page", a long read's chapter
list: each entry is a heading the article prints again above its section, numbered or not
("1 History", "1" / "History", "2.1 Early years"). The run is the page's furniture, however
the dump printed it; its headings are the article's, and printed twice they are no menu.

Found by structure, in any language: at least `_MIN_ENTRIES` entries whose texts recur, in
the same order, all after the run (a contents box above the article) or all before it (an
"On this page" list below), where most of the copies open a section of prose. A menu printed
in the header and again in the footer recurs in order too, but its copies are a run of
short lines with no prose between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .context import PageView

# Three entries: two headings named twice in order happen by chance (a "News" and "Sport"
# tab above and a footer's), three in order with prose under each do not.
_MIN_ENTRIES = 3
# An entry, and the heading it names, is a heading's length: up to 20 words (a travel
# guide's question-shaped headings run to 17, "8.1 Japanese words to know, especially if
# you're travelling ..."); a paragraph printed twice is no entry.
_MAX_WORDS = 20
# A heading is printed once above its section and once in each contents box: at most three
# times (a documentation page's "On this page" at its top and again in its sidebar).
_MAX_COPIES = 3
# An entry's number: "1", "2.1", "3.", "IV." (printed before its title or on a line of its own).
_NUMBER_MARK = r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)(?:\s+|$)"
_NUMBER = re.compile(rf"^\s*{_NUMBER_MARK}")
# ... after the bullet or Markdown marks a line may open with
_PREFIX = re.compile(rf"^[\W_]*(?:{_NUMBER_MARK})?")
# An entry ends as a heading does: a question or a colon may close it, a full stop does not
# (a short sentence printed twice is a pull quote or a teaser, not a heading).
_SENTENCE = re.compile(r"[.。!！…]\W*$")
# ... and is named in words: a date or a figure printed twice is a teaser card's.
_LETTER = re.compile(r"[^\W\d_]{2}")


def _key(text: str) -> str:
    """A line as an entry or a heading: without its number, bullet or Markdown marks."""
    return " ".join(text[_PREFIX.match(text).end():].lower().split())  # type: ignore[union-attr]  # always matches


@dataclass(frozen=True, slots=True)
class Contents:
    above: frozenset[int]  # the blocks of a contents box above the headings it names
    below: frozenset[int]  # ... of one below them ("On this page" after the article)
    headings: frozenset[int]  # the headings a box above names


_NONE = Contents(frozenset(), frozenset(), frozenset())


def find_contents(view: PageView) -> Contents:
    """The page's tables of contents and the headings a box above names; cached on the view. On a
    text page only: on HTML the markup and trafilatura see the box (its list of links)."""
    if view.contents is None:
        view.contents = _NONE if view.page.kind == "html" else _find(view)
    return view.contents


def _find(view: PageView) -> Contents:
    feats, shown = view.feats, view.shown
    n = len(shown)
    keys = [_key(t) if 0 < f.words <= _MAX_WORDS and not _SENTENCE.search(t) and _LETTER.search(t) else ""
            for t, f in zip(shown, feats, strict=True)]
    where: dict[str, list[int]] = {}  # the lines that can be a heading: no list item
    for i, k in enumerate(keys):
        if k and not feats[i].bullet:
            where.setdefault(k, []).append(i)
    counts = Counter(k for k in keys if k)
    if sum(counts[k] > 1 for k in where) < _MIN_ENTRIES:
        return _NONE  # fewer headings printed twice than a table of contents names
    # a line printed on every post of a thread ("Quote", "Re: <title>") is no heading
    keys = [k if counts[k] <= _MAX_COPIES else "" for k in keys]
    # a run starts at an entry printed again, or at the number before one
    starts = [bool(k) and counts[k] > 1 and k in where or _NUMBER.fullmatch(t) is not None
              for k, t in zip(keys, shown, strict=True)]
    runs: tuple[set[int], set[int]] = (set(), set())
    named: set[int] = set()
    i = 0
    while i < n:
        if not starts[i]:
            i += 1
            continue
        stop = n
        for after in (True, False):
            found, reached = _run(i, keys, shown, where, after)
            stop = min(stop, reached)
            if found is not None and _sections(view, found[1]):
                break
        else:
            # a run from any line up to where this one stopped stops there too: each line
            # is looked at a bounded number of times (a page of 10,000 copies of one line)
            i = max(i + 1, stop)
            continue
        end, heads = found
        box = runs[0 if after else 1]
        box.update(range(i, end + 1))
        # the box's title ("Contents", "Nesta página", "Содержание") is a short line above it,
        # or above its "[hide]" toggle
        title = i - 1 - (i > 1 and _TOGGLE.match(shown[i - 1]) is not None)
        if title >= 0 and not feats[title].prose and 0 < feats[title].words <= _TITLE_WORDS and title not in heads:
            box.add(title)
        if after:
            named.update(heads)
        i = end + 1
    return Contents(frozenset(runs[0]), frozenset(runs[1]), frozenset(named))


def _run(i: int, keys: list[str], shown: list[str], where: dict[str, list[int]],
         after: bool) -> tuple[tuple[int, list[int]] | None, int]:
    """The run of entries from block `i` whose copies lie after it (or before it) in order:
    (its last block, the copies) when it has `_MIN_ENTRIES`, else None; and the block where
    the run stopped. A number on a line of its own belongs to the entry after it; an entry
    named twice ends the run (a contents box names each heading once)."""
    heads: list[int] = []
    seen: set[str] = set()
    last = i - 1
    j = i
    while j < len(keys) and not (after and heads and j >= heads[0]):
        if _NUMBER.fullmatch(shown[j]):
            j += 1
            continue
        if keys[j] in seen:
            break
        copies = where.get(keys[j], ()) if keys[j] else ()
        prev = heads[-1] if heads else -1
        k = bisect_right(copies, max(prev, j) if after else prev)
        if k == len(copies) or not after and copies[k] >= i:
            break
        heads.append(copies[k])
        seen.add(keys[j])
        last = j
        j += 1
    if len(heads) < _MIN_ENTRIES or after and heads[0] <= last or not after and heads[-1] >= i:
        return None, j
    return (last, heads), j


# A contents box's title: "Contents", "On this page", "In this article:", "Inhaltsverzeichnis".
_TITLE_WORDS = 4
_TOGGLE = re.compile(r"^\[[^\[\]]{1,20}\]$")


# Most headings open a section with prose in it; a menu's copies have none between them. Two
# thirds: a wiki's last sections ("Notes", "References", "External links") hold no prose, and
# four sections of six still pass; a byline printed twice (name, title, date, "View PDF",
# bench/dev 0428) has prose after one of its four copies, and half of them would pass it.
_PROSE_SHARE = 2 / 3


def _sections(view: PageView, heads: list[int]) -> bool:
    """Whether most of the `heads` are followed, before the next one, by a prose block, and
    few stand right after the one before (a post's header lines, "Posts: 666" / "Joined:
    ...", printed again above a user's next post, are a run of lines, not headings)."""
    if 3 * sum(b == a + 1 for a, b in zip(heads, heads[1:], strict=False)) > len(heads) - 1:
        return False
    bounds = [*heads[1:], len(view.feats)]
    opened = sum(any(view.feats[k].prose for k in range(h + 1, min(nxt, h + 1 + _SECTION_REACH)))
                 for h, nxt in zip(heads, bounds, strict=True))
    return opened >= _PROSE_SHARE * len(heads) and opened >= 2


# A section's prose starts within a few blocks of its heading (an edit link, a figure's
# caption, a "Main article:" line may stand between).
_SECTION_REACH = 4


def label_contents(view: PageView) -> None:
    """Label each table of contents' lines that no rule labelled."""
    found = find_contents(view)
    for i in sorted(found.above | found.below):
        b = view.page.blocks[i]
        if not b.labels:
            b.add("chrome", "table_of_contents")
