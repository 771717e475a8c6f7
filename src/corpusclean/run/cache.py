"""The pass-one cache file of a page: the prepared Page and its blocks' fingerprints.

Pickle's default for slotted dataclasses goes through `dataclasses`' __getstate__ and
__setstate__, which look the fields up again for every object: measured on 200 dev text
pages that was ~4% of the whole run for Label alone. This pickler's own dispatch table
reduces Label and Block to their constructor arguments instead (for this pickler only;
nothing global is registered). The block fingerprints are stored beside the page so that
pass two does not hash every block again.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import pickle
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from ..model import Block, Label, Page

#: Bumped when what a cache file holds changes, so older caches are prepared again.
CACHE_FORMAT = 6


def _by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]] | None:
    """Reduce an instance to cls(*fields), when every field is an __init__ argument."""
    fields = dataclasses.fields(cls)
    if not all(f.init for f in fields):
        return None
    if len(fields) < 2:
        return None  # attrgetter of one name gives the value, not a tuple
    get = attrgetter(*(f.name for f in fields))  # the tuple of the fields, built in C

    def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, get(obj)
    return reduce


_DISPATCH: dict[type, Any] = dict(copyreg.dispatch_table)
_DISPATCH.update({cls: r for cls in (Label, Block) if (r := _by_fields(cls)) is not None})


def dump_cached(page: Page, keys: list[int | None]) -> bytes:
    buf = io.BytesIO()
    p = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    p.dispatch_table = _DISPATCH
    p.dump((page, keys))
    return buf.getvalue()


def load_cached(data: bytes) -> tuple[Page, list[int | None]]:
    page, keys = pickle.loads(data)
    return page, keys
