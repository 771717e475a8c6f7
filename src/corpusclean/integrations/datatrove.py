"""A datatrove pipeline step: ``JsonlReader -> CorpusClean() -> JsonlWriter``.

Each ``Document``'s text (HTML or text, detected, or as ``kind`` says) is cleaned with
``clean_page``; ``doc.text`` becomes the clean text and ``doc.metadata["corpusclean"]``
holds the removed characters per category and the removals (``removals="spans"``: Dolma-
style ``[start, end, category, rule]`` over the source text, ``"rows"``: the manifest rows,
``"none"``). A page that cannot be cleaned is dropped (``keep_failed=False``) or kept as it
was with ``metadata["corpusclean"]["error"]``. Counters reach datatrove's stats: documents,
dropped, failed per rule, removed characters per category; the cleaning time is tracked.

Needs ``pip install "corpusclean[datatrove]"``. Site-level repeats (a line on many pages of a
site) need the whole corpus: run ``corpusclean clean`` for those.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from ..api import clean_page
from ..config import Config
from .removals import REMOVALS, removals, removed_chars


class CorpusClean(PipelineStep):
    name = "🧹 corpusclean"
    type = "✂️ - CLEAN"

    def __init__(self, *, kind: str | None = None, config: Config | None = None, removals: str = "spans",
                 keep_failed: bool = False, url_key: str = "url") -> None:
        super().__init__()
        if removals not in REMOVALS:
            raise ValueError(f"removals must be one of {', '.join(REMOVALS)}, not {removals!r}")
        if kind not in (None, "html", "text"):
            raise ValueError(f"kind must be 'html', 'text' or None (detected), not {kind!r}")
        self.kind, self.config, self.removals = kind, config or Config(), removals
        self.keep_failed, self.url_key = keep_failed, url_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                url = doc.metadata.get(self.url_key)
                # a Document's text may be None (a reader's empty record): no text, as in the HF helper
                text = doc.text if doc.text is not None else ""
                res = clean_page(text, url=url if isinstance(url, str) else None, kind=self.kind,
                                 config=self.config, page_id=str(doc.id))
            if res.error is not None:
                self.stat_update("failed", f"failed_{res.error_code}")
                if not self.keep_failed:
                    self.stat_update("dropped")
                    continue
                doc.metadata["corpusclean"] = {"error": res.error, "error_code": res.error_code}
                yield doc
                continue
            chars = removed_chars(res)
            for category, n in chars.items():
                if n:
                    self.stat_update(f"removed_chars_{category}", value=n)
            doc.text = res.text
            doc.metadata["corpusclean"] = {"removed_chars": chars, "removals": removals(res, self.removals)}
            self.update_doc_stats(doc)
            yield doc
