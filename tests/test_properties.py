"""Properties that hold for every page, over arbitrary text and generated junk-laden pages.

1. kept text + removed segments cover the source exactly (verify.check_page);
2. cleaning the clean output again removes nothing more (idempotence);
3. the output is made only of source text, in source order;
4. nothing escapes: no exception, no internal-error page.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusclean import Config, clean_page
from corpusclean.api import CleanResult
from corpusclean.verify import check_page

# Moderate example counts: the whole file runs in well under a minute on one shared core.
# CORPUSCLEAN_EXAMPLES=2000 multiplies them for a longer hunt.
SCALE = max(1, int(os.environ.get("CORPUSCLEAN_EXAMPLES", "60")) // 60)
SETTINGS = settings(max_examples=60 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = ("the council voted on tuesday to approve new budget for city parks after long debate that ran "
          "late into evening residents said plan would pay repairs playgrounds benches paths every "
          "district next three years scientists harbour fish season water river warm colder market "
          "because however although which where while their there about after before under")
WORDS = _WORDS.split()

MENU = ("Home", "News", "Sport", "Contact", "About us", "Menu", "Search", "Subscribe", "Log in",
        "Privacy policy", "Terms of use", "Advertise", "Archives", "Categories", "Skip to content")
SHARE = ("Share this:", "Facebook", "Twitter", "Share on Facebook", "Tweet", "Email", "Print",
         "Click to share on WhatsApp (Opens in new window)", "12 shares", "Pinterest")
COMMENT_HEAD = ("23 Comments", "Comments", "Leave a Reply", "Join the discussion", "4 thoughts on “Parks budget”")
COMMENT_META = ("John Smith says:", "March 3, 2021 at 4:15 pm", "Reply", "Report", "12 likes",
                "Anna wrote:", "Log in to reply")
APPEALS = ("Please consider supporting our journalism with a donation today.",
           "Become a member: readers like you keep this site free. Donate now.")


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=25))
    return " ".join(words).capitalize() + draw(st.sampled_from((".", ".", ".", "?", "!", ",")))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(sentence(), min_size=1, max_size=5)))
    width = draw(st.sampled_from((0, 0, 60, 72, 80)))
    if width:  # hard-wrapped, as plain-text dumps are
        lines, line = [], ""
        for w in text.split():
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        text = "\n".join(lines)
    return text


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


unicode_junk = st.text(max_size=80)
# Lone surrogates ("Cs") are left out: a str holding one cannot be encoded, see the xfail below.
control_junk = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=12)
accented = st.sampled_from(("Café déjà vu — “quoted”", "naïve façade", "Größe Straße", "Ærø", "Ελληνικά",
                            "Привет мир", "日本語の文章", "עברית", "العربية", "😀 emoji 👍🏽"))

piece = st.one_of(
    paragraph(),
    paragraph(),
    st.lists(st.sampled_from(MENU), min_size=1, max_size=8).map("\n".join),
    st.lists(st.sampled_from(SHARE), min_size=1, max_size=5).map("\n".join),
    st.tuples(st.sampled_from(COMMENT_HEAD), st.lists(st.tuples(st.sampled_from(COMMENT_META), paragraph()),
                                                      min_size=1, max_size=3))
    .map(lambda t: t[0] + "\n\n" + "\n\n".join(f"{m}\n{p}" for m, p in t[1])),
    st.sampled_from(APPEALS),
    unicode_junk,
    control_junk,
    accented,
    accented.map(mojibake),
    paragraph().map(mojibake),
    st.integers(2_000, 30_000).map(lambda n: ("word " * (n // 5)).strip()),  # a very long line
    st.just(""),
)


@st.composite
def junk_page(draw: st.DrawFn) -> str:
    parts = draw(st.lists(piece, min_size=1, max_size=12))
    seps = draw(st.lists(st.sampled_from(("\n\n", "\n", "\n\n\n", "\n \n", "\r\n\r\n", "\r\n", "\r", "\t\n\n")),
                         min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


def rows_of(res: CleanResult) -> list[dict[str, object]]:
    return [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]


def in_order(small: str, big: str) -> bool:
    """Every non-whitespace character of `small` appears, in order, in `big`."""
    it = iter(c for c in big if not c.isspace())
    return all(any(c == d for d in it) for c in small if not c.isspace())


def check(res: CleanResult) -> None:
    code = res.error_code
    assert code not in ("internal_error", "too_deep"), res.error  # (4): a bug, not bad input
    if res.error is not None:
        assert res.text == "" and res.removed == []
        return
    failure = check_page("p", res.source, res.text, rows_of(res))  # (1)
    assert failure is None, str(failure)
    assert in_order(res.text, res.source)  # (3)


@pytest.mark.parametrize("text", ["\xa0\u00c2\x80", "0\xa0\u00c0\x80", "caf\u00c3\u00a9\xa0\xa0ok"])
def test_repair_sees_each_line_as_its_block_shows_it(text: str) -> None:
    """ftfy's verdict depends on whitespace around a character ("\xa0Â\x80" was left as
    "Â€", which it repairs once the no-break space is stripped): the clean text, cleaned
    again, is read back unchanged, and every repair replays from the original line."""
    from corpusclean.read.repair import repair, replay

    res = clean_page(text, kind="text")
    again = clean_page(res.text, kind="text")
    assert again.source == res.text
    for r in repair(text)[1]:
        assert replay(r.before, r.steps) == r.after


def test_soft_hyphens_are_a_recorded_repair_that_replays_from_json() -> None:
    """A text dump's soft hyphens ("Ita\xadli\xadens") go, as on the HTML track, and the
    repair row says so in a form that replays from its JSON (lists, not tuples)."""
    import json

    from corpusclean.read.repair import repair, replay

    line = "Die gro\xadßen Wei\xadne Ita\xadli\xadens, ne\xadben Ba\xadro\xadlo. Cafe\u0301 \x00ok"
    text, rows = repair(line)
    assert text == "Die großen Weine Italiens, neben Barolo. Café ok"
    (row,) = rows
    assert [tuple(s) for s in row.steps] == [("remove", "nul_bytes"), ("remove", "soft_hyphens"), ("normalize", "NFC")]
    assert replay(row.before, json.loads(json.dumps(row.steps))) == row.after
    # U+00AD as a byte of mojibake: the emoji star read as Latin-1 is repaired, not cut up
    assert repair("Review: \u00e2\xad\x90\u00e2\xad\x90 (5/5)")[0] == "Review: \u2b50\u2b50 (5/5)"
    # the zero-width non-joiner is Persian spelling, not damage
    assert repair("کتاب\u200cها")[0] == "کتاب\u200cها"


EDGE_RULES = frozenset({"before_article", "after_article"})


def check_idempotent(res: CleanResult) -> None:
    """(2): the clean text, cleaned again, loses nothing -- except at its edges.

    Strict idempotence does not hold, and the reason is the article-core search, not a slip:
    the first pass finds the core on the whole page, where a block can sit *inside* the core
    because what surrounds it (a duplicate copy, an appeal, a comment) is there; once those
    are removed, the same block is at the edge of a smaller page and is trimmed as chrome
    (1.3% of 3,000 generated pages; see test_idempotence_at_the_core_edge). What does hold:
    the second pass re-reads exactly the kept blocks, removes only `before_article` /
    `after_article` blocks, so what it keeps is one contiguous stretch of the first output.
    """
    if res.error is not None or not res.text.strip():
        return
    again = clean_page(res.text, kind="text")
    assert again.error is None, again.error
    assert again.source == res.text  # the same blocks: repair and segmentation are idempotent
    # A block trimmed at the new edge may be reported under a rule that outranks the edge
    # rules (a copy of a kept block is `exact_copy`): what matters is where it lies.
    bounds = kept_bounds(again)
    odd = [(s.rule, s.text[:80]) for s in again.removed
           if s.rule not in EDGE_RULES and bounds is not None and bounds[0] < s.end and s.start < bounds[1]]
    assert not odd, odd
    assert again.text in res.text


def kept_bounds(res: CleanResult) -> tuple[int, int] | None:
    """Offsets of the first and past the last kept non-space character of the source."""
    removed = bytearray(len(res.source))
    for s in res.removed:
        removed[s.start : s.end] = b"\x01" * (s.end - s.start)
    kept = [i for i, c in enumerate(res.source) if not removed[i] and not c.isspace()]
    return (kept[0], kept[-1] + 1) if kept else None


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    res = clean_page(text, kind="text")
    check(res)
    check_idempotent(res)


@SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes) -> None:
    check(clean_page(data, page_id="x.txt"))


@SETTINGS
@given(junk_page())
def test_junk_pages(page: str) -> None:
    res = clean_page(page, kind="text")
    check(res)
    check_idempotent(res)
    # ASCII pages are not repaired, so the output is made of the input itself.
    if page.isascii():
        assert in_order(res.text, page)


@settings(SETTINGS, max_examples=30 * SCALE)
@given(junk_page(), st.sampled_from(("utf-8", "utf-16", "cp1252", "utf-8-sig")))
def test_junk_pages_encoded(page: str, encoding: str) -> None:
    data = page.encode(encoding, errors="replace")
    check(clean_page(data, page_id="x.txt"))


@settings(SETTINGS, max_examples=30 * SCALE)
@given(junk_page(), st.sampled_from(("any", "en")), st.sampled_from(("drop", "keep")))
def test_junk_pages_other_configs(page: str, lang: str, comments: str) -> None:
    res = clean_page(page, kind="text", config=Config(langs=(lang,), comments=comments))
    check(res)


@settings(SETTINGS, max_examples=20 * SCALE)
@given(junk_page())
def test_deterministic(page: str) -> None:
    a, b = clean_page(page, kind="text"), clean_page(page, kind="text")
    assert (a.text, rows_of(a)) == (b.text, rows_of(b))


def test_lone_surrogate_in_str() -> None:
    """A str with a lone surrogate (os.fsdecode, JSON '\\ud800') is cleaned, the surrogate
    read as an undecodable character."""
    res = clean_page("The the the the the the.\n\n\ud800\n\n", kind="text")
    check(res)
    assert "\ud800" not in res.source and "\ufffd" in res.source


def test_a_copied_paragraph_goes_whole() -> None:
    """A paragraph copied below the article, split in two blocks by its line breaks: both
    parts go, though the short part's copies are three blocks apart (the long copy between
    them goes first, and does not count as a block between them)."""
    para = ("Council the council the the council the council the the\ncouncil council. The council the the"
            " council council the the\ncouncil council the the council the council council the.\nCouncil"
            " council the council the council council the the\ncouncil council.\n\n")
    res = clean_page("Please consider supporting our journalism with a donation today.\n\n" + para
                     + "News\nNews\n\n" + para, kind="text")
    assert [s.rule for s in res.removed] == ["donation_appeal", "exact_copy"]
    assert res.removed[1].text == para.strip()  # both blocks, one row (neighbours, one reason)
    assert res.text.count("Council council the council the council council the the council council.") == 1
    check_idempotent(res)


@pytest.mark.xfail(reason="classify: the core is found with the duplicate copy in place; without it the short "
                          "middle block is at the core's edge and the second pass trims it (after_article)",
                   strict=True)
def test_idempotence_at_the_core_edge() -> None:
    # (the paragraph is long enough to be an article alone: one of 10-13 words is no article,
    # core._NO_ARTICLE, and the second pass would keep the page's lines whole)
    para = "The " + "the " * 18 + "the.\n\n"
    page = para + "The the the the the the.\n\n" + para
    res = clean_page(page, kind="text")
    assert [s.rule for s in res.removed] == ["exact_copy"]
    assert clean_page(res.text, kind="text").text == res.text
