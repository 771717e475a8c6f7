"""Order-free block fingerprints shared by the corpus passes."""

from __future__ import annotations

import hashlib
import re

from ..model import Page

_TOKEN = re.compile(r"\w+", re.UNICODE)


def block_key(text: str) -> int | None:
    """64-bit fingerprint of a block's words (case and punctuation ignored); None if no words."""
    toks = _TOKEN.findall(text.lower())
    if not toks:
        return None
    return int.from_bytes(hashlib.blake2b(" ".join(toks).encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def page_keys(page: Page) -> list[int]:
    """Distinct block fingerprints of a page, sorted (a page counts once per block text)."""
    return sorted({k for b in page.blocks if (k := block_key(b.text)) is not None})
