"""The article's core: the densest run of prose blocks, found as a maximum-sum run.

Each block scores by how much it looks like article prose: long prose scores its length,
short lines and widgets cost a little, labelled chrome costs a lot. The best-scoring
contiguous run is the core. Comment-thread headers are walls the run cannot cross, so a
long comment thread is never mistaken for the article. This is the "dense run of long
prose blocks" idea of jusText and of the text-density extractors, with the context step
built in: a short heading between two prose paragraphs costs less than they bring.
"""

from __future__ import annotations

from .context import PageView

# Prose shorter than this many words is neutral-to-positive only by a little: glossaries,
# teasers and captions are 8-20 word prose fragments between short link lines, and must not
# add up to a core of their own. Articles' paragraphs are mostly 25+ words.
_PROSE_BASE = 10
# A menu-like line (at most 3 words, no sentence end) costs this much; two of them are paid
# for by one 14-word prose sentence, so headings inside an article never split it.
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


# Past this many menu-like lines in a row (at most 3 words, no sentence end), each further
# one costs double: a long run is a menu or a link list, which the core must not swallow to
# reach a prose block beyond it (a footer disclaimer). Measured on bench/dev's text track
# (word F1 0.9188 without): from the 13th line on 0.9198, the 9th 0.9202, the 6th 0.9203,
# the 4th 0.9204, no page worse; a triple cost from the 6th 0.9206 but loses an article's
# list on one page, so double from the 6th.
_MENU_RUN = 5


def _score(view: PageView, i: int, repeated: set[str], run: int) -> float:
    b, f = view.page.blocks[i], view.feats[i]
    if b.labels:
        return -(_LABELLED_COST + f.words * 0.5)
    if f.short and b.text.lower() in repeated:
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


# Text after a comment-thread header is comments unless the header was a false alarm (a
# "Comments" menu link above the article): a run there must be this many times better than
# the best run before the header to be taken as the article.
_AFTER_WALL_HANDICAP = 3.0


def find_core(view: PageView) -> tuple[int, int]:
    n = len(view.page.blocks)
    if n == 0:
        return (0, -1)
    walls = set(view.thread_starts)
    seen: set[str] = set()
    repeated: set[str] = set()
    for b in view.page.blocks:
        key = b.text.lower()
        (repeated if key in seen else seen).add(key)
    best, best_span = float("-inf"), (0, -1)
    cur, cur_start = 0.0, 0
    weight = 1.0
    run = 0  # menu-like lines in a row, up to and including this one
    for i in range(n):
        f = view.feats[i]
        run = run + 1 if f.words <= 3 and not f.terminal else 0
        if i in walls:
            cur, cur_start = 0.0, i + 1
            weight = 1.0 / _AFTER_WALL_HANDICAP
            continue
        s = _score(view, i, repeated, run)
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur * weight > best:
            best, best_span = cur * weight, (cur_start, i)
    if best <= 0:
        # No prose at all: keep the largest unlabelled block rather than lose the page.
        cands = [i for i in range(n) if not view.page.blocks[i].labels]
        if not cands:
            return (0, -1)
        i = max(cands, key=lambda k: (view.feats[k].words, -k))
        return (i, i)
    return best_span
