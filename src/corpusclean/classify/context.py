"""What the labelling stages of one page share: the blocks' features and where the article is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..config import Config
from ..model import Block, Page
from .features import Features

if TYPE_CHECKING:
    from .contents import Contents


def extractor_only(block: Block) -> bool:
    """The block's one label is trafilatura's ``outside_main_content``: the extractor's
    verdict, which the core's own reading of the page ignores (core.py)."""
    return len(block.labels) == 1 and block.labels[0].rule == "outside_main_content"


@dataclass(slots=True)
class PageView:
    page: Page
    config: Config
    feats: list[Features]
    toks: list[list[str]]  # lower-cased word tokens per block
    stops: frozenset[str]
    folded: list[str]  # what each block shows, case-folded for the rule prefilters (prefilter.fold)
    # what each block shows: its text without its markup spans (features.shown), as the
    # rules read it and as its features are counted
    shown: list[str]
    core: tuple[int, int] = (0, -1)  # inclusive block indices of the article core; empty if end < start
    thread: tuple[int, int] = (0, -1)  # inclusive block indices of the comment thread
    thread_starts: list[int] = field(default_factory=list)
    # a discussion's blocks in the comment markup that holds its posts (threads.posts_in_comments)
    posted: frozenset[int] = frozenset()
    # a forum thread's span, from its first post's stamp to its last post's text, and the
    # board's lines between the posts (threads.post_frames)
    posts: tuple[int, int] = (0, -1)
    frames: frozenset[int] = frozenset()
    # block -> its table's columns, where a dump printed a table one cell per line (tables.py)
    cells: dict[int, int] = field(default_factory=dict)
    # a Markdown pipe table's rows (read/markdown.table_blocks)
    pipe_rows: set[int] = field(default_factory=set)
    # lists the page prints twice, (first, copy, length), and the tokens they were matched by:
    # duplicate.listed_repeats and duplicate.match_tokens, once a page
    repeats: list[tuple[int, int, int]] | None = None
    matched: list[tuple[str, ...]] | None = None
    # the tables of contents' blocks and the headings they name (contents.find_contents)
    contents: Contents | None = None

    @property
    def extracted(self) -> bool:
        """An HTML page whose article edges trafilatura drew from the DOM (read/html.py)."""
        return self.page.extractor == "trafilatura"

    def in_core(self, i: int) -> bool:
        return self.core[0] <= i <= self.core[1]

    def in_thread(self, i: int) -> bool:
        return self.thread[0] <= i <= self.thread[1]
