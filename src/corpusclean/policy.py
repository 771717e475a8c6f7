"""Decide: the one step that turns labels into removals, by the run's policy."""

from __future__ import annotations

from .config import Config
from .model import PRIORITY, Block, Label, Page, Span
from .registry import PLACES
from .segment.blocks import without_spans

# Within a category, a label that describes a whole region names the removal, so a comment
# thread is one manifest row from its header to its end rather than one per "Reply" line.
REGION_RULES = frozenset({"comment_thread"})
# Chrome rules that do not say what a block is: where it stands, or that the site repeats it.
_NOT_WHAT = PLACES | {"site_repeated"}


# A page "lost to language" had more than this share of its text removed as not in a target
# language: most of it, so the page's language itself was not a target.
LOST_TO_LANGUAGE = 0.5


def decide(page: Page, config: Config) -> None:
    """Set `keep`/`reason` on every block; counts removals per category and rule."""
    rank = {c: i for i, c in enumerate(PRIORITY)}
    for b in page.blocks:
        b.keep, b.reason = True, None
        b.cut, b.shown = _cut_spans(page.source, b, config)
        if b.forced == "keep":
            continue
        if b.cut and b.forced != "drop" and not any(c.isalnum() for c in b.shown):
            # nothing but its spans (a quoted line, a mail header's field, a Markdown image,
            # "* ![](photo.jpg)"): what they are is the most specific finding about it,
            # whatever else fired but a user's drop pattern
            b.keep, b.reason = False, Label(b.cut[0].category, b.cut[0].rule)
            continue
        dropping = [lb for lb in b.labels if config.drops(lb.category) or lb.rule == "user_drop"]
        if config.title == "keep" and any(lb.category == "title" for lb in b.labels):
            # where a headline stands (before the article, repeated as a caption) is no reason
            # to remove it once titles are kept; a user's drop pattern still is
            dropping = [lb for lb in dropping if lb.category not in ("chrome", "duplicate") or lb.rule == "user_drop"]
        if not dropping:
            continue
        if b.forced == "drop":
            dropping = [lb for lb in dropping if lb.rule == "user_drop"] or dropping
        b.reason = min(dropping, key=lambda lb: (rank.get(lb.category, len(rank)), lb.rule not in REGION_RULES))
        if b.reason.category == "language":
            # a widget in another language (an English copyright line on a Japanese page, an
            # Arabic menu on an English one) is filed as the widget it is: the language
            # category is what the page's own text in other languages lost
            b.reason = next((lb for lb in dropping if lb.category == "chrome" and lb.rule not in _NOT_WHAT),
                            b.reason)
        b.keep = False
    for b in page.blocks:
        if not b.keep:  # a removed block is one row, its spans in it
            b.cut, b.shown = (), ""
    lost = 0
    for seg in page.removed():
        page.stats[f"removed_rows:{seg.category}:{seg.rule}"] += 1
        page.stats[f"removed_chars:{seg.category}:{seg.rule}"] += len(seg.text)
        if seg.category == "language":
            lost += len(seg.text)
    if lost > LOST_TO_LANGUAGE * sum(len(b.text) for b in page.blocks):
        # The target languages are not the page's: the run's summary says so (run/language_note.py).
        page.stats["pages_lost_to_language"] += 1
        page.stats[f"pages_lost_to_language:{page.metadata.get('lang') or 'und'}"] += 1
    page.stats["blocks"] += len(page.blocks)
    page.stats["blocks_kept"] += sum(1 for b in page.blocks if b.keep)


def _cut_spans(source: str, b: Block, config: Config) -> tuple[tuple[Span, ...], str]:
    """A block's spans (its markup, a heading's edit link, a quoted line) whose category the
    run drops, and what the block shows without them ("" when it has none): worked out once,
    for telling a block that is nothing else and for the text a kept block shows."""
    if not b.spans:
        return (), ""
    cut = tuple(s for s in b.spans if config.drops(s.category))
    return cut, (without_spans(source, b, cut) if cut else "")
