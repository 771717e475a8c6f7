"""Donation appeals, in any language, with the payment details that come with them."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..model import Block, runs
from .context import PageView
from .features import Features
from .phrases import compile_any
from .prefilter import Prefilter, requirements
from .rules.donation import APPEAL, DESCRIPTOR, GIVING, PAYMENT

# Calls to give first, then the words a site describes itself with (rules/donation.py).
_PHRASES = APPEAL + DESCRIPTOR
_APPEAL = [re.compile(p, re.IGNORECASE) for p in _PHRASES]
# A block is scanned only by the appeal phrases whose required words it holds (most blocks:
# none), instead of once per phrase.
_APPEAL_FILTER = Prefilter([requirements(p) for p in _PHRASES])
_PAYMENT = compile_any(PAYMENT)
_IBAN_OR_ACCOUNT = re.compile(PAYMENT[0] + "|" + PAYMENT[1], re.IGNORECASE)
# An account's or a wallet's number in any script's digits: eight or more in one run, maybe
# grouped by spaces or dashes ("0101-2045-7731-01", "0300 8412277", "123 904 71 56"). With a
# payment word on a short line it is an account line whatever the language says around it;
# alone it may be a phone number. Dots and slashes join a date's or a score's figures
# ("25.12.2025", "1831/1831"); a date written with dashes is no number ("2025-12-25").
_DATE = r"(?!\d{4}-\d\d?(?:-\d\d?)?(?![\d-])|\d\d?-\d\d?-\d{4}(?![\d-]))"


def _digit_run(at_least: int) -> re.Pattern[str]:
    """A number of `at_least` digits or more, grouped by spaces or dashes, that is no date."""
    return re.compile(rf"(?<![\d./-]){_DATE}\d(?:[ -]?\d){{{at_least - 1},}}(?![\d./])")


_ACCOUNT_DIGITS = _digit_run(8)
# A wallet's or a giro's number is shorter: five digits and more ("MobilePay: 98765"). Two
# payment lines side by side, one with such a number, are a box of payment details by
# themselves; a shop's footer names its ways to pay without numbers.
_HANDLE_DIGITS = _digit_run(5)
# The giving words close APPEAL (rules/donation.py): their indices in _PHRASES.
_GIVING = range(len(APPEAL) - len(GIVING), len(APPEAL))

# A payment-details line is short: an account line, a handle, "Thank you". 25 words covers
# "Account for international payments: NO15 ..." with a bank name and branch.
_PAYMENT_MAX_WORDS = 25
# A heading introducing an appeal ("Support Dawat Media Center") is at most this long.
_HEADING_MAX_WORDS = 10
# A heading of one giving word asks ("Donate", "Jetzt spenden", "Donate now"); a longer one
# names a story's topic ("Von der Spende bis zum Teller", "Por qué España lidera la donación").
_GIVING_HEADING_WORDS = 3


class _Hits(NamedTuple):
    hits: int  # phrases found
    calls: int  # of which calls to give
    giving: bool  # all of them only name giving
    phrases: frozenset[int]  # which


_NO_HITS = _Hits(0, 0, True, frozenset())


def _appeal_hits(text: str, folded: str, prose: bool) -> _Hits:
    """The appeal phrases in the first 5,000 characters; none in a sentence that names
    giving and no way to pay: a story about giving ("40,000 individual donations to her
    fundraising committee"), not an appeal. A call that asks (not a giving word) beside a
    way to pay counts twice: "Kamu bisa traktir saya kopi lewat Trakteer atau Saweria"."""
    head = text[:5000]
    found = [i for i in _APPEAL_FILTER.candidates(head, folded[:5000]) if _APPEAL[i].search(head)]
    if not found:
        return _NO_HITS
    giving = all(i in _GIVING for i in found)
    paid = _PAYMENT.search(text) is not None
    if giving and prose and not paid:
        return _NO_HITS
    hits = len(found) + (1 if paid and not giving else 0)
    return _Hits(hits, sum(1 for i in found if i < len(APPEAL)), giving, frozenset(found))


def label_donation(view: PageView) -> None:
    blocks = view.page.blocks
    n = len(blocks)
    appeal = [False] * n
    found = [_appeal_hits(text, folded, f.prose) for text, folded, f in zip(view.shown, view.folded, view.feats, strict=True)]
    for i, (b, f) in enumerate(zip(blocks, view.feats, strict=True)):
        hits, calls, giving, _ = found[i]
        # Two distinct appeal phrases make an appeal; one call to give is enough for a short
        # heading (a site's self-description alone is its masthead, not an appeal).
        heading = _GIVING_HEADING_WORDS if giving else _HEADING_MAX_WORDS
        # (a list item is no heading: "* 8% pension contribution" is a job's benefit)
        if hits >= 2 or (calls == 1 and hits == 1 and f.words <= heading and not (giving and _listed(b, f))):
            appeal[i] = True
        elif f.words <= _PAYMENT_MAX_WORDS and _account_line(b.text):
            appeal[i] = True  # an IBAN or account number alone is a payment detail
    feats = view.feats

    @cache
    def paid(j: int) -> bool:
        """A short line with a payment word (asked only beside an appeal or a number: the
        payment words are many, and most of a page's lines are short)."""
        return feats[j].words <= _PAYMENT_MAX_WORDS and _PAYMENT.search(blocks[j].text) is not None

    numbered = [i for i in range(n) if feats[i].words <= _PAYMENT_MAX_WORDS and _HANDLE_DIGITS.search(blocks[i].text)]
    paired = {k for i in numbered for j in (i - 1, i + 1) if 0 <= j < n and paid(i) and paid(j) for k in (i, j)}
    for i in paired:
        appeal[i] = True
    # A box's pitch says one call to give ("Become a sustaining member today") beside the
    # button or the heading that asks in other words ("Donate now"): two distinct phrases, as
    # an appeal of one block needs, in two blocks side by side. The pitch is the appeal's, and
    # takes its own heading with it as a strong appeal does. The same word in both is a
    # story's subheading and its paragraph ("本は寄付、棚は「棚主」が管理" over "本はすべて住民
    # からの寄付でまかなっている").
    def seconds(i: int, j: int) -> bool:
        return 0 <= j < n and appeal[j] and bool(found[i].phrases - found[j].phrases)

    seconded = {i for i in range(n) if not appeal[i] and found[i].hits == found[i].calls == 1
                and (seconds(i, i - 1) or seconds(i, i + 1))}
    for i in seconded:
        appeal[i] = True
    # Grow each appeal over its payment lines and headings: neighbours that are short and
    # either say payment words or are themselves part of the run.
    for i in range(n):
        if not appeal[i]:
            continue
        strong = found[i].hits >= 2 or _account_line(blocks[i].text) or i in seconded or i in paired
        if not strong:
            continue
        j = i + 1
        while j < n and paid(j):
            appeal[j] = True
            j += 1
        j = i - 1
        while j >= 0 and paid(j):
            appeal[j] = True
            j -= 1
        if j >= 0 and view.feats[j].words <= _HEADING_MAX_WORDS and not view.feats[j].terminal and j == i - 1 \
                and not blocks[j].labels:
            appeal[j] = True  # the appeal's heading; a share bar or a menu above it is their own
    # A block between two lines of one appeal is the appeal's: its text between the heading
    # and the account, however long.
    for i in range(1, n - 1):
        if appeal[i - 1] and appeal[i + 1] and not appeal[i] and not blocks[i].labels:
            appeal[i] = True
    _spread_over_boxes(view, appeal)
    for i in range(n):
        if appeal[i]:
            rule = "payment_details" if not found[i].hits and _PAYMENT.search(blocks[i].text) else "donation_appeal"
            blocks[i].add("donation", rule)


def _account_line(text: str) -> bool:
    """An IBAN, an account number so called, or a payment word with an account's digits."""
    return bool(_IBAN_OR_ACCOUNT.search(text)
                or (_ACCOUNT_DIGITS.search(text) and _PAYMENT.search(text)))


def _listed(block: Block, f: Features) -> bool:
    """A list's item: bulleted in the text, or an <li> in the markup."""
    return f.bullet or block.dom_has("li")


def _spread_over_boxes(view: PageView, appeal: list[bool]) -> None:
    """An appeal found in a donation box's markup (a run of blocks whose elements are classed
    "spendenbox", "donate-cta", ...; read/dom_vocab.py) takes the box's other lines with it:
    its heading, the amounts it asks for, the account holder and the thanks."""
    for i, j, box in runs(b.dom_has("donation") for b in view.page.blocks):
        if box and any(appeal[i:j]):
            appeal[i:j] = [True] * (j - i)
