"""Order-free block fingerprints shared by the corpus passes.

A fingerprint is a 64-bit blake2b hash of a block's words, with its lowest bit cleared: that
bit carries, in pass one's records, whether the page shows the block where an article quotes
(see `page_keys`). Counting 64-bit integers instead of text keeps the corpus pass compact.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from ..model import Page
from ..segment.blocks import BLOCK_SEP, join_blocks

# Runs of non-word characters: replacing each by one space and stripping gives the \w+
# tokens joined by spaces, in one pass instead of findall + join.
_NON_WORD = re.compile(r"\W+", re.UNICODE)
# The same over a whole page at once (segment.blocks.join_blocks): the runs stop at the
# block separator.
_NON_WORD_BUT_SEP = re.compile(rf"[^\w{re.escape(BLOCK_SEP)}]+", re.UNICODE)

#: The flag bit of a pass-one key: the block sat where quotes sit on that page.
QUOTE_BIT = 1
_MASK = (1 << 64) - 1 - QUOTE_BIT

# A block of this many words inside the article (not its first or last block) is placed
# like a quotation. Menus, bylines, headings and "Advertisement" lines are shorter; the
# quoted paragraphs of news and blog articles are longer (jusText calls 10+ word
# paragraphs "medium" and 25+ "long"; a quoted sentence runs ~15-30 words).
QUOTE_WORDS = 15


def block_key(text: str) -> int | None:
    """64-bit fingerprint of a block's words (case and punctuation ignored), lowest bit 0;
    None if the block has no words."""
    return _key(_NON_WORD.sub(" ", text.lower()).strip())


def _key(words: str) -> int | None:
    if not words:
        return None
    digest = hashlib.blake2b(words.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MASK


def site_id(site: str) -> int:
    """64-bit id of a site name, the same in every process (Python's hash() is salted)."""
    digest = hashlib.blake2b(site.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def block_keys(page: Page) -> list[int | None]:
    """block_key of every block of the page, in block order (one lower-casing and one regex
    pass over the page; block by block when a block holds the separator itself)."""
    texts = [b.text for b in page.blocks]
    joined = join_blocks(texts)
    if joined is None:
        return list(map(block_key, texts))
    return [_key(words.strip()) for words in _NON_WORD_BUT_SEP.sub(" ", joined.lower()).split(BLOCK_SEP)]


def page_keys(page: Page, keys: list[int | None] | None = None) -> np.ndarray:
    """The page's distinct block fingerprints, sorted, as uint64, each with its quote bit.

    A page counts once per block text. The quote bit is set when every copy of the block on
    this page is a long block strictly inside the article core (``page.core``):
    the place of a paragraph the article quotes. Boilerplate sits before or after the
    article, or is its first or last block (an appeal glued to the end of the story).
    """
    start, end = page.core
    if keys is None:
        keys = block_keys(page)
    quote: dict[int, bool] = {}
    for i, (b, k) in enumerate(zip(page.blocks, keys, strict=True)):
        if k is None:
            continue
        inner = start < i < end and b.words >= QUOTE_WORDS
        quote[k] = quote.get(k, True) and inner
    return np.array(sorted(k | QUOTE_BIT if q else k for k, q in quote.items()), dtype="<u8")
