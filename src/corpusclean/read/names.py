"""Safe relative names for pages that come from URLs (WARC records).

A target URI is untrusted input: `../../etc/passwd`, `/etc/passwd`, `file:///etc/passwd`,
percent-encoded slashes and NULs, 10 kB path segments. `safe_name` turns any of them into
a relative path of plain segments (host, then path) that cannot leave the folder it is
joined to, whose file name ends in `.html` or `.txt` by kind (so the reader, and `verify`,
see the kind in the name), and whose directories never end in `.txt`, the ending of every
output file, so a page's folder and another page's text file cannot be the same path.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import SplitResult, unquote, urlsplit

# Segments are cut to this many UTF-8 bytes (with a hash of the whole segment appended):
# file systems allow 255, and the output adds ".html.comments.txt" and a "~NN" suffix.
_MAX_SEGMENT_BYTES = 120
# Deeper paths are folded into one hashed segment: no site needs more, and it bounds the
# output path length well below PATH_MAX (4096) even with long segments.
_MAX_DEPTH = 16
# Characters that are unsafe or unportable in file names (Windows' reserved set included).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_HOST_UNSAFE = re.compile(r"[^a-z0-9.\-_]")
_EXT = {"html": ".html", "text": ".txt"}


def _digest(s: str, n: int = 8) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def _clean_segment(seg: str) -> str:
    """One path segment: percent-decoded, control and separator characters replaced."""
    text = unquote(seg, errors="replace")
    text = "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") else c for c in text)
    text = _UNSAFE.sub("_", text).strip().rstrip(".")
    if text.startswith("."):
        text = "_" + text  # no hidden files, and never "." or ".."
    return _bound(text)


def safe_segment(text: str) -> str:
    """Any string (a document id) as one safe path segment."""
    return _clean_segment(text)


def _bound(text: str) -> str:
    if len(text.encode("utf-8")) <= _MAX_SEGMENT_BYTES:
        return text
    cut = text
    while len(cut.encode("utf-8")) > _MAX_SEGMENT_BYTES - 9:
        cut = cut[: max(1, len(cut) * 3 // 4)]
    return f"{cut}-{_digest(text)}"


def _host(parts: SplitResult) -> str:
    try:
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed bracketed host
        host = ""
    try:
        port = parts.port
    except ValueError:  # a malformed port: the host alone names the site
        port = None
    host = _HOST_UNSAFE.sub("_", host).strip(".")
    if not host or set(host) <= {".", "_"}:
        return "_nohost"
    return _bound(f"{host}_{port}" if port else host)


def safe_name(url: str, kind: str = "html") -> str:
    """A safe relative path for the page at `url`: host/dirs/file.ext, no '..', no root."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "Invalid IPv6 URL": no host to trust; the whole URI names the page
        parts = urlsplit("/" + url.strip().replace("[", "_").replace("]", "_").replace("?", "_").replace("#", "_"))
    host = _host(parts)
    raw = [s for s in parts.path.split("/")]
    segs = [c for c in (_clean_segment(s) for s in raw) if c and c not in (".", "..")]
    directory_like = not segs or parts.path.endswith("/") or raw[-1] in ("", ".", "..")
    if directory_like:
        segs.append("index")
    if len(segs) > _MAX_DEPTH:
        rest = "/".join(segs[_MAX_DEPTH - 1 :])
        segs = segs[: _MAX_DEPTH - 1] + [_bound(f"{segs[_MAX_DEPTH - 1]}-{_digest(rest)}")]
    dirs = [_not_txt(s) for s in segs[:-1]]
    name = segs[-1]
    if parts.query:
        name = f"{name}_{_digest(parts.query)}"
    ext = _EXT.get(kind, ".html")
    known = name.endswith(".txt") if kind == "text" else name.lower().endswith((".html", ".htm"))
    if not known or parts.query:
        name += ext
    return "/".join([_not_txt(host), *dirs, name])


def _not_txt(directory: str) -> str:
    return directory + "_" if directory.lower().endswith(".txt") else directory


class NameBook:
    """Hands out names inside one archive: a name taken before gets `~2`, `~3`, ... added.

    Names are compared case-folded (two pages must not share a file on case-insensitive
    file systems), together with the output files derived from them.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, name: str) -> str:
        stem, dot, ext = name.rpartition(".")
        if not dot or "/" in ext:
            stem, ext = name, ""
        candidate, n = name, 1
        while self._clash(candidate):
            n += 1
            candidate = f"{stem}~{n}.{ext}" if ext else f"{stem}~{n}"
        self._taken.update(self._outputs(candidate))
        return candidate

    def _clash(self, name: str) -> bool:
        return any(o in self._taken for o in self._outputs(name))

    @staticmethod
    def _outputs(name: str) -> tuple[str, ...]:
        from ..output.paths import comments_name, text_name

        return tuple(x.casefold() for x in (name, text_name(name), comments_name(name)))
