"""Page identity: one page crawled several times, or stored twice, is one page of its site.

Site repeats count on how many of a site's pages a block stands. Copies of one page would
count each of its paragraphs several times: five crawls of one URL made every block of it
"seen on 5 of 5 pages", and the page was cleaned down to nothing. So a page is known by its
canonical link or URL (without the fragment) when it has one, else by its source text; the
first copy in page order counts for the site, the later copies are counted and then taken
away again. Taking away after the fact (rather than skipping copies as they arrive) gives
the same counts whatever order the workers finish in. The later copies are cleaned as usual and, when their
text is the same, marked ``duplicate_of`` the first (run/writer.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol
from urllib.parse import urlsplit

from ..model import Page


class HasIdentity(Protocol):
    id: str
    site: str
    identity: str
    error: bool


def page_identity(page: Page) -> str:
    """'url:<address without #fragment>', or 'text:<digest of the source text>' without one.
    The address is the page's canonical link where it names an article (`_canonical`), else
    its URL: an article's AMP, print and mobile copies have URLs and og:urls of their own,
    and were three pages of their site whose paragraphs each stood on three pages."""
    address = _canonical(page) or page.url
    if address:
        return "url:" + address.split("#", 1)[0]
    digest = hashlib.blake2b(page.source.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return "text:" + digest


def _canonical(page: Page) -> str | None:
    """The canonical link, unless it names the site's home page: some sites give every page
    that one, which would make all their pages one page and hide their boilerplate."""
    link = page.metadata.get("canonical")
    try:
        return link if isinstance(link, str) and urlsplit(link).path.strip("/") else None
    except ValueError:  # "http://[oops/page": no address at all
        return None


def later_copies(summaries: Iterable[HasIdentity]) -> list[HasIdentity]:
    """Every page that has the identity of a page before it (in page id order) on its site."""
    first: dict[tuple[str, str], str] = {}
    later: list[HasIdentity] = []
    for s in sorted((s for s in summaries if not s.error and s.identity), key=lambda s: s.id):
        if first.setdefault((s.site, s.identity), s.id) != s.id:
            later.append(s)
    return later
