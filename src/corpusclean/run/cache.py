"""The pass-one cache file of a page: the prepared Page and its blocks' fingerprints.

The block fingerprints are stored beside the page so that pass two does not hash every
block again.
"""

from __future__ import annotations

import pickle

from ..model import Page

#: Bumped when what a cache file holds changes, so older caches are prepared again.
CACHE_FORMAT = 8


def dump_cached(page: Page, keys: list[int | None]) -> bytes:
    return pickle.dumps((page, keys), protocol=pickle.HIGHEST_PROTOCOL)


def load_cached(data: bytes) -> tuple[Page, list[int | None]]:
    page, keys = pickle.loads(data)
    return page, keys
