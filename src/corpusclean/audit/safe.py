"""Scraped text is hostile: making it harmless for a terminal, an HTML page and a script tag.

>>> terminal_text("a\\x1b[2Jb\\u202ec")
'a\\\\x1b[2Jb\\\\u202ec'
>>> script_json({"t": "</script><!--\\u2028"})
'{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0/C1 controls except tab and newline (escape sequences can clear or rewrite a terminal),
# and the bidi embeddings/overrides/isolates that can make text display other than it reads.
# LRM/RLM and the zero-width joiners stay: right-to-left and Indic text uses them.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def terminal_text(text: str) -> str:
    """Control and bidi-override characters shown as visible escapes (\\x1b, \\u202e)."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def one_line(text: str, width: int = 80) -> str:
    """Terminal-safe, whitespace collapsed to single spaces, cut to `width` with an ellipsis."""
    t = " ".join(terminal_text(text).split())
    return t if len(t) <= width else t[: width - 1] + "…"


def json_text(obj: Any, indent: int | None = 2) -> str:
    """JSON with non-ASCII text as is, but lone surrogates as \\udcxx escapes (any UTF-8 stream takes it)."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def script_json(obj: Any) -> str:
    """JSON that is safe inside <script type="application/json">: it cannot close the tag,
    open a comment, or break a line in old parsers; lone surrogates become \\udcxx escapes."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)
