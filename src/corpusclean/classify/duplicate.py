"""Repeats inside one page: exact copies, runs of lines printed twice, and short paragraphs
contained in longer ones."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import accumulate

from ..lang.unspaced import UNSPACED_CHARS, has_unspaced
from ..model import Block
from .context import PageView
from .features import NUMBERED

# Exact copies shorter than this are left to other rules: "Yes", "Reply", "Read more" are
# widgets, not content duplicates, and short list items legitimately repeat in articles.
_MIN_EXACT_TOKENS = 3
# A pull-quote or teaser must be a real sentence to count as contained: 8 words is past
# the length of names, headings and set phrases that any paragraph may contain.
_MIN_CONTAINED_TOKENS = 8
# Short lines (headings, labels, list items) recur legitimately in structured articles
# ("Pros:", "Price: $9.99" in every section): measured on bench/dev, the gold keeps both
# copies of such repeats more often than not. A short line is a duplicate only when its
# copy is this close (a title or caption rendered twice, an author line under the lede).
_SHORT_WORDS = 15
_SHORT_MAX_GAP = 3
# A list of this many items or more printed again in the same order is one section printed
# twice: a recipe card repeating the ingredients and steps the post gave above it, a
# review's spec list in its summary box. Each line alone is short and far from its copy, so
# the rules above let it be; in a run the order is the evidence, in any language. Three:
# two lines in the same order recur by chance ("Ingredients", "Method"), three items do not.
# Only lists (items, and short headings between them): a song's chorus sung again and code
# printed again as a tutorial builds it are the text itself, and stay.
_RUN_ITEMS = 3
# ... of items of this many words on average: a comparison prints the same labels under each
# of its products ("Full-service", "Piano", "Offsite storage"), a recipe's ingredient has a
# quantity and a name ("2 eggs, beaten", "250 g red lentils").
_RUN_ITEM_WORDS = 3
# Earlier copies of a block a run may start from: a menu's word printed on every teaser
# has hundreds, and the first few are enough to find a section's repeat.
_RUN_CANDIDATES = 8
# Rounds of short-copy removal (each brings the copies around a removed one closer): real
# pages settle in one or two; the cap keeps a page built of chains of copies linear.
_SHORT_ROUNDS = 8


# Chinese, Japanese, Thai, ...: a \w+ token is a whole clause, so a pull-quote of one
# sentence is not a run of a paragraph's tokens. Compared here one character at a time;
# the length thresholds above are in words, counted as the features count them.
_MATCH_TOKEN = re.compile(rf"[^\W{UNSPACED_CHARS}]+|[{UNSPACED_CHARS}]")


def match_tokens(view: PageView) -> list[tuple[str, ...]]:
    if view.matched is None:
        view.matched = [tuple(_MATCH_TOKEN.findall(b.text[:20000].lower())) if not b.text.isascii() and has_unspaced(b.text)
                        else tuple(t) for b, t in zip(view.page.blocks, view.toks, strict=True)]
    return view.matched


def label_duplicates(view: PageView) -> None:
    blocks = view.page.blocks
    toks = match_tokens(view)
    words = [f.words for f in view.feats]
    _contained(view, toks, words)
    _quoted(view, toks, words)
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(toks):
        if words[i] >= _MIN_EXACT_TOKENS:
            groups.setdefault(t, []).append(i)
    copies = [idx for idx in groups.values() if len(idx) > 1]
    for idx in copies:
        if words[idx[0]] >= _SHORT_WORDS:
            _drop_copies(view, idx)
    # Short copies count as duplicates only when near each other, and the gap between them
    # counts only blocks that stay: once what lies between is removed they are neighbours,
    # and cleaning the clean text again must not find a pair that the first pass let be. So
    # the long copies go first (then the lists printed twice), and the short ones are looked
    # at again after every round that removed some, until one removes none.
    _repeated_runs(view)
    short = [idx for idx in copies if words[idx[0]] < _SHORT_WORDS]
    for _ in range(_SHORT_ROUNDS):
        if not short:
            break
        alive = list(accumulate((not b.labels for b in blocks), initial=0))
        dropped: set[int] = set()
        for idx in short:
            # idx ascends, so a copy's nearest copies are its neighbours in idx: linear.
            close = sorted({k for a, b in zip(idx, idx[1:], strict=False)
                            if alive[b] - alive[a + 1] < _SHORT_MAX_GAP for k in (a, b)})
            if len(close) > 1:
                dropped.update(_drop_copies(view, close))
        if not dropped:
            break
        short = [rest for idx in short if len(rest := [i for i in idx if i not in dropped]) > 1]


def repeated_runs(keys: Sequence[Hashable | None]) -> list[tuple[int, int, int]]:
    """(first, copy, length) of every run of `_RUN_ITEMS` or more keys that repeats, in
    order, a run earlier in `keys` (None: a block that counts for nothing, which breaks a run).
    The copy starts after the first ends; a copy is not looked at again as a start."""
    n = len(keys)
    counts = Counter(keys)
    seen: dict[Hashable, list[int]] = {}
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < n:
        key = keys[i]
        if key is None or counts[key] < 2:  # (a run starts at a key printed twice)
            i += 1
            continue
        best, source = 0, -1
        for j in seen.get(key, ())[-_RUN_CANDIDATES:]:
            length = 0
            while (i + length < n and j + length < i and keys[i + length] is not None
                   and keys[i + length] == keys[j + length]):
                length += 1
            if length > best:
                best, source = length, j
        if best >= _RUN_ITEMS:
            out.append((source, i, best))
            for k in range(i, i + best):
                seen.setdefault(keys[k], []).append(k)
            i += best
            continue
        seen.setdefault(key, []).append(i)
        i += 1
    return out


def _item(view: PageView, i: int) -> bool:
    """A list item: in an ``li`` of the markup, or marked by a bullet or a number in text."""
    return view.page.blocks[i].dom_has("li") or view.feats[i].bullet or bool(NUMBERED.match(view.page.blocks[i].text))


def listed_repeats(view: PageView) -> list[tuple[int, int, int]]:
    """The `repeated_runs` of the page's blocks (`match_tokens`; blocks without words count
    for nothing) that are lists: `_RUN_ITEMS` items or more of `_RUN_ITEM_WORDS` words on
    average, and between them only headings (in the markup, or lines of at most three words
    that end no sentence); no code. Found once a page (the core and this stage ask)."""
    if view.repeats is None:
        view.repeats = _listed(view, match_tokens(view))
    return view.repeats


def _listed(view: PageView, toks: list[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    feats, blocks = view.feats, view.page.blocks
    out = []
    for first, copy, length in repeated_runs([t if feats[i].words else None for i, t in enumerate(toks)]):
        span = range(copy, copy + length)
        items = [k for k in span if _item(view, k)]
        if (len(items) >= _RUN_ITEMS and sum(feats[k].words for k in items) >= _RUN_ITEM_WORDS * len(items)
                and not any(blocks[k].dom_has("code") for k in span)
                and all(k in items or blocks[k].dom_has("heading") or (feats[k].words <= 3 and not feats[k].terminal)
                        for k in span)):
            out.append((first, copy, length))
    return out


def _repeated_runs(view: PageView) -> None:
    """Label the second printing of a list (`listed_repeats`) that repeats one the page keeps
    (none of its blocks labelled). Only blocks no rule labelled get the label: a site's
    header menu printed again in its footer keeps the name its rule gave it."""
    blocks = view.page.blocks
    for first, copy, length in listed_repeats(view):
        if any(blocks[k].labels for k in range(first, first + length)):
            continue
        for k in range(copy, copy + length):
            if not blocks[k].labels:
                blocks[k].add("duplicate", "repeated_run")


# A date alone on its line, in any language that writes its month as a word or in numbers
# ("5. Juni 2024", "11 يونيو 2024 - 10:45 ص", "2024-05-12", "2024년 4월 16일"): a site prints
# one per teaser or comment. Repeated, it is the site's dateline, not a repeated title. It
# is removed either way; the rule names what it is.
_DATE = re.compile(
    r"^\W*(([^\W\d_]{2,12},?\s+)?\d{1,2}\.?\s+(de\s+)?[^\W\d_]{3,12}\.?,?\s+(de\s+)?(19|20)\d{2}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(19|20)\d{2}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])"
    r"(\s*[,\-–|·]?\s*\S{0,3}\s*\d{1,2}[:.h时時]\d{2}(\s*\S{1,3})?)?\W*$")


def _drop_copies(view: PageView, idx: list[int]) -> list[int]:
    """Keep the copy the other rules keep (inside the article), else the first; label the
    others and return them."""
    blocks = view.page.blocks
    keeper = next((i for i in idx if view.in_core(i) and not blocks[i].labels), idx[0])
    out = [i for i in idx if i != keeper]
    for i in out:
        if _DATE.match(blocks[i].text):
            blocks[i].add("chrome", "byline_dateline")
            continue
        rule = "repeated_title" if view.feats[i].words <= 20 and not view.feats[i].terminal else "exact_copy"
        blocks[i].add("duplicate", rule)
    return out


def _contained(view: PageView, toks: list[tuple[str, ...]], words: list[int]) -> None:
    """A paragraph wholly inside a longer one (a pull-quote, a teaser): drop the shorter.

    Hosts are the unlabelled blocks long enough to hold a candidate, longest first (then in
    page order). Whether any longer host holds a candidate's words is first asked of one
    string of all the hosts' words: a C-level substring search, and the answer for nearly
    every paragraph of a page is no. Only for a yes are the hosts indexed by their word
    k-grams, and the candidate is looked up by its rarest k-gram: the longer hosts holding
    it are checked by substring, at most `_MAX_CHECKS` per candidate. Identical candidates
    are looked up once. Pages too large for the one-string search (`_SCAN_BUDGET`) go
    straight to the index, which is linear in the page.
    """
    k = _MIN_CONTAINED_TOKENS
    blocks = view.page.blocks
    hosts = [i for i, t in enumerate(toks) if words[i] > k and len(t) > k and not blocks[i].labels]
    if not hosts:
        return
    hosts.sort(key=lambda h: (-len(toks[h]), h))  # so every list is longest first, then page order
    text = {h: " " + " ".join(toks[h]) + " " for h in hosts}
    ends = list(accumulate(len(text[h]) + 1 for h in hosts))  # host i ends before ends[i]
    sizes = [-len(toks[h]) for h in hosts]  # ascending
    scan = sum(w >= k for w in words) * ends[-1] <= _SCAN_BUDGET
    # "\n" never occurs in a token, so no match spans two hosts
    joined = "\n".join(text[h] for h in hosts) if scan else ""
    index: dict[tuple[str, ...], list[int]] | None = None
    found: dict[tuple[str, ...], int | None] = {}
    for i, t in enumerate(toks):
        if words[i] < k or len(t) < k:
            continue
        if t not in found:
            longer = bisect_left(sizes, -len(t))  # hosts[:longer] are longer than t
            if not longer or (scan and joined.find(" " + " ".join(t) + " ", 0, ends[longer - 1]) < 0):
                found[t] = None
            else:
                if index is None:
                    index = _kgram_index(hosts, toks)
                found[t] = _host_of(t, index, toks, text)
        host = found[t]
        if host is not None and host != i and not _titles(blocks[i], i, host):
            blocks[i].add("duplicate", "contained_in_longer", detail=f"block at {blocks[host].start}")


def _titles(b: Block, i: int, host: int) -> bool:
    """Block i is an HTML heading over its host, the paragraph right under it: a section's
    title quotes the paragraph it heads ("“A hobby for people with peace of mind”" over
    "“Birds are a hobby for people with peace of mind,” said ..."). A heading that quotes a
    paragraph elsewhere is a pull-quote set as a heading, or a table of contents' entry."""
    return i < host <= i + 2 and b.dom_has("heading")


def _kgram_index(hosts: list[int], toks: list[tuple[str, ...]]) -> dict[tuple[str, ...], list[int]]:
    """Every word k-gram of the hosts -> the hosts holding it, in `hosts` order."""
    k = _MIN_CONTAINED_TOKENS
    index: dict[tuple[str, ...], list[int]] = {}
    for i in hosts:
        t = toks[i]
        for g in {t[j : j + k] for j in range(len(t) - k + 1)}:
            index.setdefault(g, []).append(i)
    return index


# Characters the one-string search may scan on a page, bounded by candidates x the hosts'
# words: on bench/dev the median page's bound is 0.5 M (the whole stage takes 0.4 ms), the
# largest 34 M (the one page of 1,418 over this budget). A page of thousands of long
# paragraphs would scan gigabytes; such pages go to the k-gram index, linear in the page.
_SCAN_BUDGET = 20_000_000

# Substring checks per candidate: the hosts sharing its rarest k-gram are nearly always the
# hosts that hold it; the cap bounds a page built to defeat that.
_MAX_CHECKS = 64


def _host_of(t: tuple[str, ...], index: dict[tuple[str, ...], list[int]], toks: list[tuple[str, ...]],
             text: dict[int, str]) -> int | None:
    """The longest host (then the first) that holds `t` as a run of words, if any."""
    k = _MIN_CONTAINED_TOKENS
    lists = []
    for j in range(len(t) - k + 1):
        lst = index.get(t[j : j + k])
        # a k-gram no longer host has (lists are longest first): no longer host holds the
        # whole. For a page's unique paragraphs this stops at the first k-gram.
        if lst is None or len(toks[lst[0]]) <= len(t):
            return None
        lists.append(lst)
    rarest = min(lists, key=len)
    needle = " " + " ".join(t) + " "
    for n, h in enumerate(rarest):  # type: ignore[arg-type]
        if len(toks[h]) <= len(t) or n >= _MAX_CHECKS:
            return None
        if needle in text[h]:
            return h
    return None


# A pull-quote repeats a quote of the article with its attribution cut out: "His sentences
# move like a slow train," she said. "They stop at small stations." becomes one quote
# without "she said". Such a paragraph is the longer one's words in at most three pieces,
# each piece a phrase (3 words or more), with a few words (an attribution: "she said",
# "says the mayor") left out between them. Looser would find two paragraphs that share
# phrases by chance; a copy in one piece is `_contained`'s. A pull-quote is a sentence or
# two of a longer paragraph, set apart in the markup (<blockquote>, <aside>, <figure>): two
# long paragraphs that differ by a few words (the terms of two offers) are both the
# article's, and so are headings and list items that name a paragraph's phrases in order
# ("Functional Training Tools: Kettlebells, Medicine Balls, and Battle Ropes": bench/dev
# has seven such in its gold, and no pull-quote of this kind outside a set-apart element).
_PIECE_MIN = 3
_PIECE_GAP = 4
_PIECE_GAPS = 2
_QUOTE_MAX_WORDS = 40


def _quoted(view: PageView, toks: list[tuple[str, ...]], words: list[int]) -> None:
    """A paragraph that is a longer one's words with an attribution left out (module
    constants above): a duplicate of it, as a pull-quote in one piece is."""
    k = _MIN_CONTAINED_TOKENS
    blocks = view.page.blocks
    cands = [i for i, t in enumerate(toks) if words[i] >= k and len(t) >= k and not blocks[i].labels]
    if len(cands) < 2:
        return
    quotes = [i for i in cands if words[i] <= _QUOTE_MAX_WORDS and (dom := blocks[i].dom) is not None
              and dom.has("quote", "aside", "figure") and not dom.has("heading", "li")]
    if not quotes:  # most pages: no index to build
        return
    starts: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in cands:
        t = toks[i]
        for j in range(len(t) - _PIECE_MIN + 1):
            starts.setdefault(t[j : j + _PIECE_MIN], []).append((i, j))
    for i in quotes:
        t = toks[i]
        for h, j in starts.get(t[:_PIECE_MIN], ())[:_MAX_CHECKS]:
            if h != i and len(toks[h]) >= 2 * len(t) and _in_pieces(t, toks[h], j):
                blocks[i].add("duplicate", "contained_in_longer",
                              detail=f"block at {blocks[h].start}, with a few words left out")
                break


def _in_pieces(t: tuple[str, ...], host: tuple[str, ...], j: int) -> bool:
    """Whether ``t`` is ``host`` from ``j`` on in 2-3 pieces (`_PIECE_MIN` words or more
    each, at most `_PIECE_GAP` host words skipped between two)."""
    i, gaps = 0, 0
    while True:
        run = 0
        while i < len(t) and j < len(host) and t[i] == host[j]:
            i, j, run = i + 1, j + 1, run + 1
        if run < _PIECE_MIN:
            return False
        if i == len(t):
            return gaps > 0
        gaps += 1
        if gaps > _PIECE_GAPS:
            return False
        nxt = t[i : i + _PIECE_MIN]
        skip = next((d for d in range(1, _PIECE_GAP + 1) if host[j + d : j + d + _PIECE_MIN] == nxt), None)
        if skip is None:
            return False
        j += skip
