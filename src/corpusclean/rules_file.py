"""Reading a user rules file (TOML): extra phrases per family, force-keep and force-drop.

    [phrases]
    chrome_promo = ["Download our app", "Listen to the podcast"]
    donation_local = ["Stöd oss"]

    [[keep]]
    pattern = "^Editor's note:"
    site = "example.com"        # optional: only this site

    [[drop]]
    pattern = "^Sponsored by"
    category = "chrome"         # optional, default chrome
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from .config import Override
from .model import CATEGORIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class RulesFileError(ValueError):
    pass


def load_rules(path: Path) -> tuple[tuple[tuple[str, str], ...], tuple[Override, ...]]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise RulesFileError(f"cannot read rules file {path}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise RulesFileError(f"rules file {path} is not valid TOML: {e}") from None
    phrases: list[tuple[str, str]] = []
    for family, items in sorted((data.get("phrases") or {}).items()):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", family):
            raise RulesFileError(f"phrase family {family!r}: use a snake_case name")
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise RulesFileError(f"phrase family {family!r}: expected a list of strings")
        phrases.extend((family, x) for x in items)
    overrides: list[Override] = []
    for action in ("keep", "drop"):
        for item in data.get(action) or []:
            pat = item.get("pattern") if isinstance(item, dict) else None
            if not isinstance(pat, str):
                raise RulesFileError(f"each [[{action}]] needs a pattern string")
            try:
                re.compile(pat)
            except re.error as e:
                raise RulesFileError(f"[[{action}]] pattern {pat!r} is not a valid regular expression: {e}") from None
            cat = item.get("category", "chrome")
            if cat not in CATEGORIES:
                raise RulesFileError(f"[[{action}]] category {cat!r}: choose one of {', '.join(CATEGORIES)}")
            overrides.append(Override(action, pat, str(item.get("site", "")), cat))
    unknown = set(data) - {"phrases", "keep", "drop"}
    if unknown:
        raise RulesFileError(f"rules file {path}: unknown section(s) {', '.join(sorted(unknown))}")
    return tuple(phrases), tuple(overrides)
