"""trafilatura's main-content extraction on an already parsed page, with its metadata.

trafilatura is the reference HTML extractor of this field (it is also the benchmark's
anchor). We use its verdict, not its text: the main text and the comments it returns are
mapped back onto our own blocks by `align`, so every removal still quotes our source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from ..errors import PageError

#: Metadata fields copied from trafilatura's Document into page.metadata, under the same names.
META_FIELDS = ("title", "author", "date", "url", "sitename")


@dataclass(slots=True)
class Extraction:
    main: str | None  # the main text, one paragraph a line; None when trafilatura found none
    comments: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def extract(root: HtmlElement, url: str | None) -> Extraction:
    """Run trafilatura on `root` (it works on a copy of the tree, so `root` is left intact)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            root, url=url, include_comments=True, with_metadata=True, include_tables=True,
        )
    except PageError:
        raise  # the page's time limit, raised from inside trafilatura
    except Exception as e:  # noqa: BLE001 - its failure on one page means: no verdict, not no page
        return Extraction(None, metadata=_canonical(root), error=f"{type(e).__name__}: {e}")
    meta: dict[str, Any] = {}
    if doc is not None:
        for name in META_FIELDS:
            value = getattr(doc, name, None)
            if isinstance(value, str) and value.strip():
                meta[name] = value.strip()
    if "url" not in meta:
        meta.update(_canonical(root))
    if doc is None or not (doc.text or "").strip():
        return Extraction(None, metadata=meta)
    return Extraction(doc.text, doc.comments or "", meta)


def _canonical(root: HtmlElement) -> dict[str, str]:
    """The page's own address: <link rel=canonical>, else <meta property=og:url>."""
    head = root.find("head")
    if head is None:
        return {}
    found: dict[str, str] = {}
    for el in head.iter("link", "meta"):
        if el.tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            found.setdefault("canonical", (el.get("href") or "").strip())
        elif el.tag == "meta" and (el.get("property") or "").lower() == "og:url":
            found.setdefault("og", (el.get("content") or "").strip())
    url = found.get("canonical") or found.get("og")
    return {"url": url} if url else {}
