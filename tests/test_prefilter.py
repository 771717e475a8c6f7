"""The rule prefilter only skips rules that cannot match: it never changes which rule fires."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusclean.classify.chrome import _RULES
from corpusclean.classify.donation import _APPEAL, _APPEAL_FILTER
from corpusclean.classify.phrases import RuleSet, _compile, read_as_shown, trim
from corpusclean.classify.prefilter import Prefilter, canon, fold, requirements
from corpusclean.classify.rules import PhraseRule
from corpusclean.classify.rules.donation import APPEAL

from .conftest import SEEDS


def test_requirements_are_read_off_the_pattern() -> None:
    assert requirements(r"(photo|image)s? (by|via)") == (
        frozenset({"photo by", "photos by", "photo via", "photos via", "image by", "images by",
                   "image via", "images via"}),
    )
    # a required part after an unknown one is still required
    assert requirements(r".{0,300}\bsubscribe to\b") == (frozenset({"subscribe to"}),)
    # an optional word requires nothing; an alternative that requires nothing voids the set
    assert requirements(r"(share)?") == ()
    assert requirements(r"share|.{2}") == ()
    # two parts required in turn: both are kept (an AND)
    assert requirements(r"cookies?.{0,40}\bconsent") == (frozenset({"cookie"}), frozenset({"consent"}))
    # strings too short to filter anything are dropped, but two letters of a wide script are
    # a word; letters of any script are written as `canon` writes them
    assert requirements(r"\b(ad|ads)\b") == ()
    assert requirements(r"寄付|募金") == (frozenset({"寄付", "募金"}),)
    assert requirements(r"unterstützen") == (frozenset({"unterstützen"}),)
    assert requirements(r"\bПОЖЕРТВОВА\w*") == (frozenset({"пожертвова"}),)
    assert requirements(r"\bap[oó]ya") == (frozenset({"apoya", "apóya"}),)
    # one Han character is a word of Chinese and Japanese, and on pages in other scripts absent:
    # a caption credit's "(新华社记者 李明 摄)" needs its 摄, not every block tried
    assert requirements(r".{0,300}[（(][^)）]{1,40}\s?(摄|攝)[)）]?") == (frozenset({"摄", "攝"}),)
    assert requirements(r"(?:图片|图|圖)\s*[:：]") == (frozenset({"图", "圖"}),)
    assert requirements(r"é|à") == ()  # one letter of a script that has words of many letters


def test_fold_sees_what_a_case_insensitive_regex_sees() -> None:
    # KELVIN SIGN and LONG S match "k" and "s" under re.IGNORECASE, so the scan must see them so
    for text in ("\u212aeep reading", "\u017fhare this", "SHARE THIS"):
        assert re.search("keep reading|share this", text, re.IGNORECASE)
        assert "keep reading" in fold(text) or "share this" in fold(text)


def test_canon_is_shared_by_every_pair_a_case_insensitive_regex_equates() -> None:
    """Over the BMP: each cased character against its upper, lower and title forms, and the
    special pairs (ı/I/i, ſ/s, ς/σ/Σ, K/k, ᲀ/в): whenever `re` equates two, `canon` agrees."""
    pairs = [("ı", "I"), ("İ", "i"), ("ſ", "S"), ("ς", "Σ"), ("\u212a", "k"), ("\u1c80", "В"),
             ("\u0345", "ι"), ("ß", "ẞ")]
    for code in range(0x10000):
        c = chr(code)
        pairs += [(c, o) for o in (c.upper(), c.lower(), c.title()) if len(o) == 1 and o != c]
    checked = 0
    for a, b in pairs:
        if re.fullmatch(re.escape(a), b, re.IGNORECASE):
            assert canon(a) == canon(b), (a, b)
            checked += 1
    assert checked > 2000
    # and the scan's view of a text: "ΠΟΛΙΤΙΚΉ" holds "πολιτική" as the pattern writes it
    assert fold("ΠΟΛΙΤΙΚΉ ΑΠΟΡΡΉΤΟΥ") == fold("πολιτική απορρήτου")


def _brute_first(rules: RuleSet, text: str, words: int) -> PhraseRule | None:
    """Every rule in order, each with its whole regex, on the line as the rules read it
    (``read_as_shown``: "meer meer" reads as "meer"): the behaviour the prefilter must keep."""
    text, words = read_as_shown(text, words)
    for rule in rules.rules:
        if words > rule.max_words:
            continue
        target = trim(text) if rule.whole else text
        if (target or not rule.whole) and _compile(rule).search(target):
            return rule
    return None


def _blocks() -> list[str]:
    texts = []
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        texts += [b.strip() for b in path.read_text(encoding="utf-8", errors="replace").split("\n") if b.strip()]
    texts += ["Share this:", "SHARE ON FACEBOOK", "Photo by Jane Doe on Unsplash", "Leave a comment",
              "Subscribe to our newsletter", "Read more", "Tags: politics, economy, Kabul",
              "Photo: Reuters", "Disclaimer: this post contains affiliate links.", "About the author",
              "\u017fhare this", "Cookie settings", "Accept all cookies", "Was this article helpful?",
              "The council met on Tuesday to discuss the budget for the parks of the city."]
    return texts


@pytest.mark.parametrize("text", _blocks())
def test_first_rule_is_the_rule_tried_one_by_one(text: str) -> None:
    words = len(re.findall(r"\w+", text[:20000].lower()))
    assert _RULES.first(text, words) == _brute_first(_RULES, text, words)


def _patterns() -> list[tuple[str, int]]:
    return [(p, i) for i, (p, _) in enumerate((p, r) for r in _RULES.rules for p in r.patterns)]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_text_a_pattern_matches_gets_the_rule_tried_one_by_one(data: st.DataObject) -> None:
    """Texts generated from the patterns themselves (hypothesis' from_regex, case mixed)."""
    pattern, item = data.draw(st.sampled_from(_patterns()))
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    if item in _RULES.filtered:  # a pattern with requirements: the text meets them
        assert _RULES.filtered.index(item) in _RULES.prefilter.candidates(text)
    words = len(re.findall(r"\w+", text[:20000].lower()))
    assert _RULES._first(text, words, None) == _brute_first(_RULES, text, words)
    for i, p in enumerate(APPEAL):
        if _APPEAL[i].search(text):
            assert i in _APPEAL_FILTER.candidates(text), p


def test_a_rule_without_requirements_is_always_a_candidate() -> None:
    pf = Prefilter([(frozenset({"share this"}),), ()])
    assert pf.candidates("nothing to see") == [1]
    assert pf.candidates("Please SHARE THIS page") == [0, 1]


def test_every_builtin_pattern_compiles() -> None:
    """Regexes are compiled on first use; a broken built-in pattern must fail here, not on
    the first page that reaches it."""
    for i in range(len(_RULES.items)):
        assert _RULES._compile(i).pattern
    for words in range(_RULES.max_words + 1):
        _RULES._alternation(words)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_of_matches_what_its_alternation_matches(data: st.DataObject) -> None:
    """The comment-thread headers and comment meta lines, each language's, behind one
    prefilter: a text generated from any of them still matches."""
    from corpusclean.classify.comments import _META, _START
    from corpusclean.classify.rules.comments import COMMENT_META, THREAD_START

    any_of, patterns = data.draw(st.sampled_from([(_START, THREAD_START), (_META, COMMENT_META)]))
    pattern = data.draw(st.sampled_from(patterns))
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    assert any_of.match(text, fold(text)) == bool(any_of.rx.match(text))
    assert any_of.match(text, fold(text))
