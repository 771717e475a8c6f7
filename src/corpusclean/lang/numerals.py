"""Numbers as pages write them in any script: a script's own digits read as ASCII ones, and
a clock time told from a date."""

from __future__ import annotations

import re
import unicodedata

# Dates and times written in a script's own digits ("ဇန်နဝါရီ ၁၇၊ ၂၀၂၄ 9:12", "۱۴۰۲/۰۵/۲۱",
# "१२ जनवरी २०२४") are read as in ASCII digits: every decimal digit of Unicode to its value.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script in ASCII."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


#: A clock time proper ("12:41", "14h05", "19:45:10"), not a date's first two fields ("12.05.2024").
CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:h]\d{2}(?::\d{2})?(?![\d.:])")
