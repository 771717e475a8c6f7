"""corpusclean: scraped pages to clean article text, with a manifest of every removal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config

if TYPE_CHECKING:
    from .api import CleanResult, clean_dir, clean_page

__version__ = "0.1.0"
__all__ = ["CleanResult", "Config", "__version__", "clean_dir", "clean_page"]

_API = frozenset({"CleanResult", "clean_dir", "clean_page"})


def __getattr__(name: str) -> Any:
    # The pipeline is imported on first use: importing it builds the rule vocabulary's
    # prefilter (~0.4 s), which `corpusclean --version`, `report` and `show` never need.
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
