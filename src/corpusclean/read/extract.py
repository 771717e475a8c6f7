"""trafilatura's main-content extraction on an already parsed page, with the page's metadata
(read by `meta`, not by trafilatura's slower metadata pass).

trafilatura is the reference HTML extractor of this field (it is also the benchmark's
anchor). We use its verdict, not its text: the main text and the comments it returns are
mapped back onto our own blocks by `align`, so every removal still quotes our source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from lxml.html import HtmlElement

from ..errors import PageError
from .meta import page_metadata


@dataclass(slots=True)
class Extraction:
    main: str | None  # the main text, one paragraph a line; None when trafilatura found none
    comments: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    description: str = ""  # the page's declared summary: evidence of its lead (read/align.py)


class AllStoplists:
    """Every jusText stoplist's words, read from jusText's files each time it is iterated.

    trafilatura falls back to jusText with the union of all its stoplists when it is given
    no language, and keeps that union as a tuple of 154,484 words (14 MiB a process) beside
    the lowercased set jusText makes of it once and caches by the argument. Handed this
    instead, jusText builds the same set (the same words, lowercased) and nothing else
    holds them; hashed by identity, it is also a cheap cache key (the tuple's hash took 2 ms
    a call).
    """

    def __iter__(self) -> Iterator[str]:
        from justext.utils import get_stoplist, get_stoplists

        for language in sorted(get_stoplists()):
            yield from get_stoplist(language)


def _trafilatura() -> ModuleType:
    import trafilatura

    try:
        import trafilatura.external as fallback
    except ImportError:  # another layout of trafilatura: its own stoplist, as it builds it
        return trafilatura
    if getattr(fallback, "JT_STOPLIST", False) is None:  # it reads the global at each fallback
        fallback.JT_STOPLIST = AllStoplists()  # type: ignore[assignment]
    return trafilatura


def extract(root: HtmlElement, url: str | None) -> Extraction:
    """Run trafilatura on `root` (it works on a copy of the tree, so `root` is left intact)."""
    trafilatura = _trafilatura()

    meta = page_metadata(root, url)  # read before: trafilatura strips its copy of the tree
    description = meta.pop("description", "")
    try:
        # Without comments: with include_comments=True trafilatura first cuts out whatever
        # its comment selectors match (any div whose class contains "comment"), and on some
        # pages that is the article, so its main text becomes the comment thread (bench/multi
        # m0202, taz.de). Comment sections are told by their markup instead (read/dom.py).
        doc = trafilatura.bare_extraction(
            root, url=url or meta.get("url"), include_comments=False, with_metadata=False,
            include_tables=True,
        )
    except PageError:
        raise  # the page's time limit, raised from inside trafilatura
    except Exception as e:  # noqa: BLE001 - its failure on one page means: no verdict, not no page
        return Extraction(None, metadata=meta, error=f"{type(e).__name__}: {e}", description=description)
    if doc is None or not (doc.text or "").strip():
        return Extraction(None, metadata=meta, description=description)
    return Extraction(doc.text, doc.comments or "", meta, description=description)
