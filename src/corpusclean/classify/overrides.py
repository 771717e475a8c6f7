"""User overrides from a rules file: force-keep or force-drop blocks matching a pattern."""

from __future__ import annotations

import re
from functools import lru_cache

from .context import PageView


@lru_cache(maxsize=256)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def apply_overrides(view: PageView) -> None:
    site = view.page.site
    for ov in view.config.overrides:
        if ov.site and ov.site != site:
            continue
        rx = _rx(ov.pattern)
        for b in view.page.blocks:
            if rx.search(b.text):
                b.forced = ov.action
                if ov.action == "drop":
                    b.add(ov.category, "user_drop", detail=ov.pattern)
