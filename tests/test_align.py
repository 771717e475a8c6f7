"""The alignment's numpy shortcuts equal the plain computations they replace.

`read/align.py` tokenizes a page's blocks in one pass, keys 4-grams with numpy, compares
long agreements in numpy chunks and counts the main text's common words in numpy. Each is
checked here against the straightforward version: token by token, block by block.
"""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.model import Block
from corpusclean.read.align import _ANCHOR, _block_ids, _gram_keys, _Stream, _Vocab, tokens

_CHARS = list("aZ9_ .,-\n\x00\u0130\u03a3\u03c3\u0301\u00df\u2019\u05d0\u0627\u4e2d")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from(_CHARS), max_size=12), max_size=6))
def test_page_tokenized_at_once_equals_block_by_block(texts: list[str]) -> None:
    """One lower-casing and one regex pass over the NUL-joined page give every block the
    ids its own tokens get (final sigma, dotted I, combining marks, a NUL inside a block)."""
    vocab = _Vocab()
    vocab["\x00"] = 0
    ids, starts = _block_ids([Block(0, 1, t) for t in texts], vocab)
    alone = _Vocab()
    alone["\x00"] = 0
    expected = [[alone[w] for w in tokens(t)] for t in texts]
    got = [ids[starts[i] : starts[i + 1]].tolist() for i in range(len(texts))]
    # the same words in the same order get the same ids either way
    assert got == expected
    assert len(starts) == len(texts) + 1


def _plain_keys(ids: list[int]) -> list[tuple[int, ...]]:
    return [tuple(ids[i : i + _ANCHOR]) for i in range(len(ids) - _ANCHOR + 1)]


def _same_keys_same_grams(ids: list[int], vocab_size: int) -> None:
    keys = _gram_keys(np.array(ids, np.int64), vocab_size).tolist()
    grams = _plain_keys(ids)
    assert len(keys) == len(grams)
    by_key: dict[int, tuple[int, ...]] = {}
    for k, g in zip(keys, grams, strict=True):
        assert by_key.setdefault(k, g) == g  # one key, one 4-gram
    assert len(set(keys)) == len(set(grams))  # and one 4-gram, one key


def test_gram_keys_are_exact_when_packed_and_distinct_when_mixed() -> None:
    rng = random.Random(7)
    small = [rng.randrange(-1, 40) for _ in range(5000)]  # -1: a word only the other side has
    _same_keys_same_grams(small, 41)
    edge = [-1, 65534, 0, 65534, -1, 3, 3, 3, 3, 65534, 65534, 65534, 65534]  # the packed edge
    _same_keys_same_grams(edge, 65535)
    # packed: the four ids (+1, so that -1 is 0) side by side, 16 bits each
    assert _gram_keys(np.array(edge, np.int64), 65535).tolist() == [
        sum((g[i] + 1) << (48 - 16 * i) for i in range(_ANCHOR)) for g in _plain_keys(edge)]
    big = [rng.randrange(-1, 200_000) for _ in range(20000)] + small[:50]
    _same_keys_same_grams(big, 200_001)
    assert _gram_keys(np.array([1, 2, 3], np.int64), 5).size == 0  # shorter than an anchor


def _plain_extent(stream: _Stream, which: int, j: int, k: int) -> int:
    other, length = stream.others[which], 0
    while (j + length < len(other) and k + length < len(stream.toks)
           and other[j + length] == stream.toks[k + length] and not stream.taken[k + length]):
        length += 1
    return length


def test_extent_in_chunks_equals_token_by_token() -> None:
    rng = random.Random(3)
    words = [f"w{rng.randrange(30)}" for _ in range(3000)]
    blocks = [Block(0, 1, " ".join(words[i : i + 100])) for i in range(0, len(words), 100)]
    other = words[:1200] + ["zzz"] + words[1300:2900]  # long agreements, one break
    stream = _Stream(blocks, [other, []])
    for k in (5, 700, 1500, 2200):  # marked stretches end agreements too
        stream.taken[k : k + 3] = b"\x01" * 3
    tries = [(0, 0), (0, 1), (1000, 1000), (1201, 1300), (1201, 1299), (10, 10), (2500, 2600),
             (len(other) - 1, 2999), (len(other) - 20, 2990)] + [
        (rng.randrange(len(other)), rng.randrange(len(words))) for _ in range(300)]
    assert max(_plain_extent(stream, 0, j, k) for j, k in tries) > 256  # the chunked path ran
    for j, k in tries:
        assert stream._extent(0, j, k) == _plain_extent(stream, 0, j, k), (j, k)
