"""Scoring for the extraction benchmark (bench/dev, WCXB article pages).

Convention (from ../shared/bench/dev/README.md and the WCXB benchmark):

- Words: lower-cased ``\\w+`` tokens (``re.findall(r"\\w+", s.lower())``) compared as
  multisets (``Counter`` intersection). Precision, recall and F1 are computed per page
  and averaged over pages by the caller.
- A page whose output has no tokens scores P = R = F1 = 0 when the gold has tokens
  (every gold article in bench/dev is non-empty). When both are empty it scores 1.
- Snippets: both sides are lower-cased and every run of whitespace becomes one space;
  a snippet is found when it is a substring of the normalised output. ``with``
  snippets should be found, ``without`` snippets should be absent. Callers pool the
  counts over all snippets of all pages (see ``SnippetCounts`` and ``pool``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens of ``text``, in order."""
    return WORD_RE.findall(text.lower())


def bag(text: str) -> Counter[str]:
    """The multiset of tokens of ``text``."""
    return Counter(tokens(text))


@dataclass(frozen=True, slots=True)
class PRF:
    """Word-level precision, recall and F1 of one page."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int  # tokens in the output
    gold: int  # tokens in the gold article


def prf_from_bags(pred: Counter[str], gold: Counter[str]) -> PRF:
    """P/R/F1 of two token multisets (the overlap is their ``Counter`` intersection)."""
    n_pred = sum(pred.values())
    n_gold = sum(gold.values())
    if n_pred == 0 and n_gold == 0:
        return PRF(1.0, 1.0, 1.0, 0, 0, 0)
    tp = sum((pred & gold).values())
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, tp, n_pred, n_gold)


def word_prf(pred: str, gold: str) -> PRF:
    """Word-level P/R/F1 of the extracted text ``pred`` against the gold article."""
    return prf_from_bags(bag(pred), bag(gold))


#: Optional, NOT part of the benchmark convention: typographic variants folded to ASCII.
#: On bench/dev 234 of the 348 ``with`` snippets that are missing even from the whole
#: text dump differ from it only by curly vs straight quotes or dashes (the gold was
#: drafted by a model that straightened them); ``fold=True`` shows that effect.
TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)


def normalise(text: str, *, fold: bool = False, lower: bool = True) -> str:
    """Lower-case and collapse every run of whitespace to a single space (then strip).

    ``fold=True`` also maps curly quotes, dashes and the ellipsis to ASCII (see
    ``TYPOGRAPHY``); the default is the benchmark's convention. ``lower=False`` keeps the
    case: trafilatura's own snippet evaluation (bench/multi) is case-sensitive.
    """
    if fold:
        text = text.translate(TYPOGRAPHY)
    return " ".join((text.lower() if lower else text).split())


def snippet_found(snippet: str, normalised_text: str, *, fold: bool = False, lower: bool = True) -> bool:
    """Whether ``snippet`` occurs in an output already passed through ``normalise``."""
    return normalise(snippet, fold=fold, lower=lower) in normalised_text


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Snippet results of one page; pool them with ``pool``."""

    with_found: int
    with_total: int
    without_absent: int
    without_total: int


def snippet_counts(
    pred: str, with_: Sequence[str], without: Sequence[str], *, fold: bool = False, lower: bool = True,
) -> SnippetCounts:
    """Count ``with`` snippets found in ``pred`` and ``without`` snippets absent from it."""
    text = normalise(pred, fold=fold, lower=lower)
    found = sum(snippet_found(s, text, fold=fold, lower=lower) for s in with_)
    absent = sum(not snippet_found(s, text, fold=fold, lower=lower) for s in without)
    return SnippetCounts(found, len(with_), absent, len(without))


@dataclass(frozen=True, slots=True)
class SnippetPRF:
    """trafilatura's snippet metric, pooled: a ``with`` snippet found is a true positive
    (missing: a false negative), a ``without`` snippet found a false positive."""

    precision: float
    recall: float
    f1: float


def snippet_prf(counts: Iterable[SnippetCounts]) -> SnippetPRF:
    """P/R/F1 over the pooled snippet counts of many pages (bench/multi's convention:
    precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN))."""
    tp = fn = fp = 0
    for c in counts:
        tp += c.with_found
        fn += c.with_total - c.with_found
        fp += c.without_total - c.without_absent
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return SnippetPRF(precision, recall, f1)


def pool(counts: Iterable[SnippetCounts]) -> tuple[float, float]:
    """Pooled shares over all snippets of all pages: (``with`` found, ``without`` absent).

    A share with no snippets at all is reported as NaN.
    """
    wf = wt = wa = wot = 0
    for c in counts:
        wf += c.with_found
        wt += c.with_total
        wa += c.without_absent
        wot += c.without_total
    return (wf / wt if wt else float("nan"), wa / wot if wot else float("nan"))


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; NaN for no values."""
    vals = list(values)
    return sum(vals) / len(vals) if vals else float("nan")


def diff_words(pred: str, gold: str, top: int = 10) -> tuple[list[str], list[str]]:
    """The most frequent missing (gold, not output) and extra (output, not gold) tokens."""
    p, g = bag(pred), bag(gold)
    missing = [w for w, _ in (g - p).most_common(top)]
    extra = [w for w, _ in (p - g).most_common(top)]
    return missing, extra
