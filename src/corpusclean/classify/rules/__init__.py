"""Rule vocabulary as data, one module per category family.

Each rule has a snake_case name that reaches the manifest and the stats. Patterns are
regular expressions matched case-insensitively against a block's collapsed text;
`whole=True` rules must match the whole block (after trimming punctuation), the others
may match anywhere inside a block of at most `max_words` words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PhraseRule:
    name: str
    category: str
    patterns: tuple[str, ...]
    max_words: int = 12
    whole: bool = False
