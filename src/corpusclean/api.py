"""The Python API: clean one page or a directory. The CLI is a thin layer over these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .model import Segment
from .output.record import render
from .pipeline import prepare
from .policy import decide
from .read.decode import text_bytes


@dataclass(slots=True)
class CleanResult:
    """What `clean_page` returns: the kept text, every removed span, and page metadata.

    `removed` spans are offsets into `source` (code points, end-exclusive), each with its
    category, rule, text and (for foreign-language blocks) lang. `manifest` is the same
    spans as manifest.jsonl rows (an ``error`` row when the page could not be read).
    `metadata` has what a directory run records: url, site, kind, lang, chars_in, chars_out,
    removed_chars per category, and title/author/date when the page declared them. For a
    page that could not be cleaned, `error` says why and `error_code` is its rule.
    """

    text: str
    removed: list[Segment]
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    error: str | None = None
    manifest: list[dict[str, Any]] = field(default_factory=list)
    error_code: str | None = None  # the error row's rule (binary_file, empty_page, ...)


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
    # A wrong type is the caller's mistake, said as one: inside the pipeline it became an
    # internal_error row ("please report it") for a page that was never a page.
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise TypeError(f"clean_page takes the page as bytes or str, not {type(data).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url is a str or None, not {type(url).__name__}")
    if kind not in (None, "html", "text"):
        raise ValueError(f"kind is 'html', 'text' or None (detected), not {kind!r}")
    cfg = config or Config()
    blob = text_bytes(data) if isinstance(data, str) else data
    # A str is text already: its UTF-8 is not sniffed or guessed at ("0\x00" is no UTF-16).
    page = prepare(blob, page_id, cfg, kind=kind, url=url, encoding="utf-8" if isinstance(data, str) else None)
    if page.error is None:
        decide(page, cfg)
    rec = render(page, cfg)
    removed = page.removed() if page.error is None else []
    return CleanResult(rec.text, removed, rec.metadata, page.source, page.error, rec.rows, rec.error_code)


def clean_dir(raw: str | Path, out: str | Path, *, config: Config | None = None, jobs: int = 0,
              progress: bool = False) -> dict[str, Any]:
    """Clean every page under `raw` into `out`; returns the run's stats (also in stats.json).

    ``config.formats`` picks the outputs (txt, jsonl, parquet); a format that cannot be
    written (parquet without pyarrow, attributes without jsonl) raises ValueError at once.
    """
    from .output.corpus_formats import check_formats
    from .run.local import run

    check_formats(config or Config())
    return run(Path(raw), Path(out), config or Config(), jobs=jobs, progress=progress)
