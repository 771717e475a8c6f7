"""Hugging Face ``datasets``: clean a text or HTML column with ``Dataset.map``.

    >>> from datasets import Dataset  # doctest: +SKIP
    >>> ds = Dataset.from_dict({"text": pages})  # doctest: +SKIP
    >>> ds = ds.map(clean_batch, batched=True, num_proc=4, fn_kwargs={"column": "text"})  # doctest: +SKIP

Returns the clean text in ``column`` (or ``output`` when given) and three columns:
``corpusclean_removed_chars`` (per category), ``corpusclean_removals`` (spans
``[start, end, category, rule]``, as strings for a fixed Arrow type) and
``corpusclean_error`` ("" when the page was cleaned). The same texts as ``clean_page``.
"""

from __future__ import annotations

from typing import Any

from ..api import clean_page
from ..config import Config
from .removals import removals, removed_chars


def clean_batch(batch: dict[str, list[Any]], *, column: str = "text", output: str | None = None,
                kind: str | None = None, config: Config | None = None, url_column: str | None = None,
                ) -> dict[str, list[Any]]:
    """A batched map function (``batched=True``); picklable, so ``num_proc`` works."""
    texts, chars, spans, errors = [], [], [], []
    urls = batch.get(url_column) if url_column else None
    for i, value in enumerate(batch[column]):
        url = urls[i] if urls else None
        res = clean_page(value if value is not None else "", kind=kind, config=config,
                         url=str(url) if url is not None else None)
        texts.append(res.text)
        chars.append(removed_chars(res))
        spans.append([[str(x) for x in span] for span in removals(res, "spans")])
        errors.append(res.error_code or "")
    return {output or column: texts, "corpusclean_removed_chars": chars, "corpusclean_removals": spans,
            "corpusclean_error": errors}
