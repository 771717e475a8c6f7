"""Labelling: every stage attaches labels to blocks and deletes nothing.

The order matters only where a stage reads another's labels: widget phrases and appeals
first, then the comment-thread walls and the article core, then what lies outside the core,
then repeats. `decide` (policy.py) turns the labels into removals afterwards.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from ..config import Config
from ..errors import check_deadline
from ..lang.detect import MIN_SHORT_SCORE, lang_scripts
from ..lang.script import dominant_script
from ..lang.stopwords import particles, stopwords_in
from ..model import Label, Page
from ..read.dom import in_comment_container
from ..read.markdown import table_blocks
from ..read.structured import DECLARED_POST
from .chrome import label_outside_core, label_phrases, label_templated_runs, label_testimonials, label_timestamps
from .comments import find_thread_starts, label_action_rows, label_thread, thread_header
from .contents import label_contents
from .context import PageView
from .core import find_core
from .dom import label_dom, label_link_runs
from .donation import label_donation
from .duplicate import label_duplicates
from .features import measure, shown, stopwords, words
from .layout import label_side_columns
from .overrides import apply_overrides
from .prefilter import fold
from .tables import cell_runs
from .threads import label_post_frames, marked_frames, opens_discussion, post_frames, posts_in_comments
from .title import label_title


def _language(page: Page, config: Config) -> None:
    from .language import label_language

    label_language(page, config)


def _core(view: PageView) -> None:
    # A page that declares itself a forum thread or a Q&A page (read/meta.discussion), or
    # whose comment markup holds its posts (threads.posts_in_comments): its replies and
    # answers are its content, not a comment thread that walls off the core.
    discussion = view.page.metadata.get("discussion") or posts_in_comments(view)
    view.thread_starts = [] if discussion else find_thread_starts(view)
    if view.page.metadata.get("live"):
        # A live page's entries are stamped under a count of the newest ("3 neue Beiträge
        # anzeigen"), as a thread's comments under theirs: there only a header that names
        # its comments in words ("Kommentare (2)") opens a thread (read/meta._LIVE).
        view.thread_starts = [i for i in view.thread_starts if thread_header(view, i)]
    if view.thread_starts and opens_discussion(view, view.thread_starts[0]):
        view.thread_starts = []
    view.core = find_core(view)
    frames = post_frames(view, view.core)
    if view.posted:
        frames = marked_frames(view, frames)
    if frames.lines:  # a forum thread: the core is one of its posts, and every post is content
        view.thread_starts = []
        view.posts, view.frames = (frames.first, frames.text), frames.lines
        view.core = find_core(view, frames.lines, (frames.first, frames.text), frames.numbered)
        label_post_frames(view, frames)


Stage = Callable[[PageView], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("dom", label_dom),
    ("link_runs", label_link_runs),
    ("side_columns", label_side_columns),
    ("contents", label_contents),
    ("phrases", label_phrases),
    ("action_rows", label_action_rows),
    ("templated_lists", label_templated_runs),
    ("testimonials", label_testimonials),
    ("donation", label_donation),
    ("core", _core),
    ("comments", label_thread),
    ("outside_core", label_outside_core),
    ("duplicate", label_duplicates),
    ("title", label_title),
    ("timestamps", label_timestamps),
    ("overrides", apply_overrides),
)


def label_page(page: Page, config: Config) -> PageView:
    """Run every labelling stage over the page; returns the view for later corpus stages."""
    if page.extractor != "trafilatura":
        return _label(page, config)
    entry = [list(b.labels) for b in page.blocks]
    stats = page.stats.copy()
    view = _label(page, config)
    in_main = [not any(map(_from_extraction, labels)) for labels in entry]  # trafilatura's main text
    emptied = _extraction_emptied(page, in_main)
    whole = not emptied and _extraction_whole(page, in_main)
    # Every block of trafilatura's main text is one our stages name (a server warning, a
    # sidebar, a repeat): it found no article, only junk, and the page is read as when it
    # finds none, by the classifier alone (bench/multi m0052: a blog post under PHP
    # warnings, which were all trafilatura kept). So is a page whose main text is all of it,
    # the site's menu or footer with it (`_extraction_whole`), a discussion whose posts are
    # marked up as comments, which trafilatura cut out with its comment selectors
    # (threads.py), and a forum thread of which it left posts out (`_thread_cut`).
    cut = not (emptied or whole) and (posts_in_comments(view, in_main) or _thread_cut(view, in_main))
    if not (emptied or whole or cut):
        return view
    for b, labels in zip(page.blocks, entry, strict=True):
        b.labels = [lb for lb in labels if not _from_extraction(lb)]
    page.stats = stats
    page.stats["extract_fallback"] += 1
    page.stats["extract_emptied" if emptied else "extract_whole_page" if whole else "extract_posts_cut"] += 1
    page.extractor = ""
    return _label(page, config)


def _thread_cut(view: PageView, in_main: list[bool]) -> bool:
    """Whether the page is a forum thread (threads.post_frames: its posts framed and stamped
    alike) that holds most of the page's prose, of which trafilatura left some out: it took
    one post, or a question and its accepted answer, for the article (a board whose markup
    it does not know as comments), and the thread's posts are the page's content. Where it
    kept every post, its verdict stands. Posts in comment markup are an article's comments,
    which trafilatura left out as such (`posts_in_comments` knows a discussion marked up
    so). A page whose microdata declares its posts has them already, whatever trafilatura
    kept (read/structured.declared_text)."""
    if any(b.dom_has(DECLARED_POST) for b in view.page.blocks):
        return False
    first, last = view.posts
    feats = view.feats
    prose = [i for i in range(first, last + 1)
             if feats[i].prose and i not in view.frames and not in_comment_container(view.page.blocks[i].dom)]
    total = sum(feats[i].words for i in prose)
    page = sum(f.words for f in feats if f.prose)
    return 2 * total > page and any(not in_main[i] for i in prose)


def _extraction_emptied(page: Page, in_main: list[bool]) -> bool:
    """Whether labelling left nothing of trafilatura's main text: each of its blocks now has a
    label, and not only a language's (text in another language is no sign the extraction
    missed the article), or sits in a cookie or consent box. A consent wall over the page,
    its purposes written out in paragraphs, is where trafilatura's extraction can land; its
    markup is not believed inside the extraction (classify/dom.py), but an extraction made of
    nothing else found no article."""
    kept = [b for b, main in zip(page.blocks, in_main, strict=True) if main]
    # (a box: when every block of the page is "in" it, the name is the site's, not a box's)
    boxed = not all(b.dom_has("consent") for b in page.blocks)
    return bool(kept) and all(
        (boxed and b.dom_has("consent")) or (b.labels and any(lb.category != "language" for lb in b.labels))
        for b in kept)


# Labels that say where a block is, not what it is: no sign of the site's chrome.
_WHERE = frozenset({"page_title", "before_article", "after_article", "outside_main_content"})


def _extraction_whole(page: Page, in_main: list[bool]) -> bool:
    """Whether trafilatura's main text is the whole page and opens or ends with the site's
    chrome, which our stages label (a menu's links, a footer's rights line): it drew no edge
    (an old table layout, one column of menus, article and footer), so it says nothing of
    where the article is. A page that is its article alone, or an article whose only chrome
    sits inside it (a donation box), keeps trafilatura's verdict."""
    if not all(in_main):
        return False
    worded = [b for b in page.blocks if b.text.strip()]
    return any(lb.category == "chrome" and lb.rule not in _WHERE for b in worded[:1] + worded[-1:] for lb in b.labels)


def _from_extraction(label: Label) -> bool:
    """A label the page had before labelling is trafilatura's verdict (read/align.py), except
    the title's (read/html.py's ``page_title``, which reads the page's metadata)."""
    return label.rule != "page_title"


def _label(page: Page, config: Config) -> PageView:
    _count(page, "language", lambda: _language(page, config))
    lang = page.metadata.get("lang") or (config.langs[0] if not config.any_lang else "en")
    stops = stopwords(lang) or stopwords("en")
    texts = [shown(page.source, b) for b in page.blocks]
    toks = [words(t[:20000]) for t in texts]
    listed = bool(stopwords(lang)) or particles(lang) is not None
    # A page in a language the model cannot read (classify/language.unread) gets no function
    # words: the guessed languages' lists found none in a Hausa paragraph read as Italian, and
    # no paragraph read as prose.
    unread = bool(page.stats.get("pages_lang_unread"))
    feats = [measure(s, t, *(_NO_FUNCTION_WORDS if unread else _function_words(
                 blang := (b.lang if b.lang_score >= MIN_SHORT_SCORE or not listed else None), lang,
                 _script(s, blang, lang))))
             for b, t, s in zip(page.blocks, toks, texts, strict=True)]
    view = PageView(page, config, feats, toks, stops, [fold(t) for t in texts], texts, cells=cell_runs(texts, feats),
                    pipe_rows=table_blocks(page.blocks))
    for name, stage in STAGES:
        _count(page, name, lambda s=stage: s(view))  # type: ignore[misc]
    page.core = (view.core[0], view.core[1])
    return view


_NO_FUNCTION_WORDS: tuple[frozenset[str], re.Pattern[str] | None] = (frozenset(), None)


def _script(text: str, block_lang: str | None, page_lang: str) -> str:
    """The block's script when a language it may be read in is written in more than one
    (Kurdish, Serbian, Uzbek: `lang.stopwords.stopwords_in`), else "" (asked of few blocks:
    finding a text's script costs as much as measuring it)."""
    if (block_lang and _two_scripts(block_lang)) or _two_scripts(page_lang):
        return dominant_script(text[:200]).script
    return ""


@lru_cache(maxsize=256)
def _two_scripts(lang: str) -> bool:
    """Whether `lang` has a list of function words and is written in more than one script."""
    return bool(stopwords(lang)) and len(lang_scripts(lang)) > 1


@lru_cache(maxsize=256)
def _function_words(block_lang: str | None, page_lang: str, script: str = "") -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The function words a block is read with: its own language's when it has a list (a
    German article under an English PHP warning is German prose), else the page's. A block
    whose language the model only guessed (below `MIN_SHORT_SCORE`: a Swahili paragraph the
    small fastText model calls English at 0.2) is read as the page's when the page's
    language has a list (`_label` passes no block language then); a guessed list still
    beats none, which reads every long line as prose (a Lao share bar). A
    language known but without a list (Tamil, Telugu, Sinhala, ...) gets none, and
    features.measure reads its blocks as neutral: English function words said a Tamil
    article had none, so no paragraph read as prose. So does a language whose list is in
    another script than the block's (`script`; a Sorani block, Kurdish's list being
    Kurmanji). English only when neither is known."""
    for lang in (block_lang, page_lang):
        if lang and lang != "und" and (stopwords_in(lang, script) or particles(lang) is not None):
            return stopwords_in(lang, script) or stopwords("en"), particles(lang)
    if page_lang and page_lang != "und":
        return frozenset(), None
    return stopwords("en"), None


def _count(page: Page, stage: str, fn: Callable[[], None]) -> None:
    """Run one stage; count the labels it added and time it (microseconds, ``time:`` counters
    go to run.json, not stats.json: times differ between identical runs)."""
    check_deadline()
    before = _labels(page)
    t0 = time.perf_counter()
    fn()
    page.stats[f"time:stage:{stage}"] += int((time.perf_counter() - t0) * 1e6)
    page.stats[f"stage:{stage}:labels"] += _labels(page) - before


def _labels(page: Page) -> int:
    return sum(map(len, map(_LABELS, page.blocks)))  # C-level: this runs twice per stage


_LABELS = attrgetter("labels")
