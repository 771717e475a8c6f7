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
from .registry import RULES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class RulesFileError(ValueError):
    pass


def family_category(family: str) -> str:
    """The category of a user's phrase family, from its name's prefix."""
    return "donation" if family.startswith("donation") else ("comments" if family.startswith("comment") else "chrome")


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
        built_in = RULES.get(family)
        if built_in is not None and built_in.category != family_category(family):
            # its rows would say chrome/timeout or chrome/headline: a rule the registry files
            # elsewhere, which an auditor filtering on category or rule would misread
            raise RulesFileError(f"rules file {path}: [phrases] {family}: a built-in rule of category "
                                 f"{built_in.category} has this name; name the family for what it removes "
                                 "(donation_..., comment_..., else chrome)")
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise RulesFileError(f"rules file {path}: [phrases] {family}: expected a list of strings")
        for i, x in enumerate(items, 1):
            if not x.strip():
                # an empty phrase is found in every block: it would remove whole articles
                raise RulesFileError(f"rules file {path}: [phrases] {family}: entry {i} is empty; "
                                     "remove it or write the phrase")
        phrases.extend((family, x) for x in items)
    overrides: list[Override] = []
    for action in ("keep", "drop"):
        for i, item in enumerate(data.get(action) or [], 1):
            where = f"rules file {path}: [[{action}]] entry {i}"
            pat = item.get("pattern") if isinstance(item, dict) else None
            if not isinstance(pat, str):
                raise RulesFileError(f"{where}: needs a pattern string")
            try:
                compiled = re.compile(pat)
            except re.error as e:
                raise RulesFileError(f"{where}: pattern {pat!r} is not a valid regular expression: {e}") from None
            if not pat.strip() or compiled.search("") is not None:
                # a pattern that matches the empty string matches every block: a keep would
                # turn all cleaning off, a drop would remove every article
                raise RulesFileError(f"{where}: pattern {pat!r} is empty or matches every block; "
                                     "write the text it must find")
            cat = item.get("category", "chrome")
            if cat not in CATEGORIES:
                raise RulesFileError(f"{where}: category {cat!r}: choose one of {', '.join(CATEGORIES)}")
            site = item.get("site", "")
            if not isinstance(site, str):
                # site = 5 named no site: str() made it "5", which matches none, silently
                raise RulesFileError(f"{where}: site {site!r} must be a site's name in quotes, as "
                                     '"example.com"')
            unknown_keys = set(item) - {"pattern", "site", "category"}
            if unknown_keys:
                raise RulesFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown_keys))}; "
                                     "an entry has pattern, and optionally site and category")
            overrides.append(Override(action, pat, site, cat))
    unknown = set(data) - {"phrases", "keep", "drop"}
    if unknown:
        raise RulesFileError(f"rules file {path}: unknown section(s) {', '.join(sorted(unknown))}")
    return tuple(phrases), tuple(overrides)
