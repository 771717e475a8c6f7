"""The Python API: clean one page or a directory. The CLI is a thin layer over these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .model import Segment
from .pipeline import prepare
from .policy import decide


@dataclass(slots=True)
class CleanResult:
    """What `clean_page` returns: the kept text, every removed span, and page metadata."""

    text: str
    removed: list[Segment]
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    error: str | None = None


def clean_page(
    data: bytes | str,
    *,
    url: str | None = None,
    kind: str | None = None,
    config: Config | None = None,
    page_id: str = "page",
) -> CleanResult:
    """Clean one page (HTML or flattened text, detected when `kind` is None).

    >>> r = clean_page("Home\\n\\nA long paragraph of the article that says what happened and why, "
    ...                "with enough words to read as prose.\\n\\nShare this:\\n")
    >>> r.text
    'A long paragraph of the article that says what happened and why, with enough words to read as prose.'
    >>> [(s.category, s.rule) for s in r.removed]
    [('chrome', 'navigation'), ('chrome', 'share_line')]
    """
    cfg = config or Config()
    blob = data.encode("utf-8") if isinstance(data, str) else data
    page = prepare(blob, page_id, cfg, kind=kind, url=url)
    decide(page, cfg)
    text = page.kept_text() if page.error is None else ""
    meta = dict(page.metadata, url=page.url, site=page.site, kind=page.kind)
    return CleanResult(text, page.removed(), meta, page.source, page.error)


def clean_dir(raw: str | Path, out: str | Path, *, config: Config | None = None, jobs: int = 0,
              progress: bool = False) -> dict[str, Any]:
    """Clean every page under `raw` into `out`; returns the run's stats (also in stats.json)."""
    from .run.local import run

    return run(Path(raw), Path(out), config or Config(), jobs=jobs, progress=progress)
