"""The user's five real scraped pages: what must be kept and what must go, with which category."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpusclean import Config, clean_page
from corpusclean.api import CleanResult

from .conftest import SEEDS, need


def seed(prefix: str, config: Config | None = None) -> CleanResult:
    path = next(need(SEEDS).glob(f"{prefix}_*.txt"))
    return clean_page(path.read_bytes(), kind="text", config=config)


def removed(res: CleanResult, category: str) -> list[str]:
    return [s.text for s in res.removed if s.category == category]


def paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]


def test_seed_000_article_whole_with_references_and_appeals_removed() -> None:
    res = seed("000")
    assert "once again highlight Pakistan’s role as a nexus" in res.text
    assert "Pakistan needs to sincerely fight Islamic extremism terrorism" in res.text
    for ref in ("[1] Livemint (2024)", "[2] Antonio Giustozzi", "[i] Pande, A."):
        assert ref in res.text
    rows = {(s.category, s.rule, s.text.strip()) for s in res.removed}
    assert ("chrome", "view_counter", "208") in rows
    author = [s for s in res.removed if s.text.strip() == "Ahmad Fawad Arsala"]
    assert author and all(s.category in ("duplicate", "chrome") for s in author)
    donation = " ".join(removed(res, "donation"))
    assert "Support Dawat Media Center" in donation
    assert "NO15 0530 2294 668" in donation and "Vipps: #557320" in donation
    assert "له موږ سره د مرستې همدا وخت دی" in donation  # the Pashto appeal
    pashto = [s for s in res.removed if "مرستې" in s.text]
    assert pashto and all(s.category == "donation" and s.lang == "ps" for s in pashto)
    assert "DNB Bank" not in res.text and "Every contribution" not in res.text
    assert [s.text for s in res.removed if s.category == "comments"] == ["Comments are closed."]


def test_seed_001_pull_quotes_removed_once_longer_copy_kept() -> None:
    res = seed("001")
    dups = [s for s in res.removed if s.category == "duplicate"]
    assert len(dups) == 6
    for s in dups:
        assert s.rule in ("contained_in_longer", "exact_copy")
        assert res.text.count(s.text.strip()[:80]) == 1  # the longer copy is still there
    assert "Pro-ISIS graffiti also appeared in major cities" in res.text
    tags = [s for s in res.removed if s.text.startswith("ISIS, Pakistan, LeJ-A")]
    assert tags and tags[0].category == "chrome"
    gone = " ".join(s.text for s in res.removed)
    for widget in ("Leave a Comment", "Welcome! Login in to your account", "Lost Password"):
        assert widget in gone and widget not in res.text


def test_seed_002_chrome_removed_article_and_subheadings_kept() -> None:
    res = seed("002")
    for junk in ("Alwaght | News & Analysis Website", "Most Viewed", "In Focus", "Ansarullah",
                 "A Zaidi Shiite movement operating in Yemen", "Related Content",
                 "Bus Bomb Blast Kills 15", "Tags :", "Pakistan ISIS Attack Security Blast Terrorism",
                 "Email :", "Gallery", "Farmers in Poland"):
        assert junk not in res.text, junk
    title = "Peshawar Blast: Has ISIS Established Itself in Pakistan?"
    assert res.text.count(title) == 0
    assert any(s.category == "duplicate" and title in s.text for s in res.removed)
    for kept in ("Alwaght- A day after deadly blast", "Is Pakistan stricken by ISIS?", "ISIS danger to Pakistan",
                 "it can be concluded that ISIS now is a big security challenge"):
        assert kept in res.text, kept


def test_seed_003_comment_thread_removed_as_comments() -> None:
    res = seed("003")
    comments = [s for s in res.removed if s.category == "comments"]
    thread = " ".join(s.text for s in comments)
    assert "5 Comment" in thread and thread.count("Reply") == 5
    for opening in ("The grievance that the Indian Pashtun ruler", "The causes, environment, and consequences",
                    "The struggle of Hazrat Naeem Wazir", "Very well", "All countries must prevent"):
        assert opening in thread and opening not in res.text
    assert "Do you like this article?" not in res.text
    gone = {s.text.strip() for s in res.removed}
    assert "Security" in " ".join(gone)  # the section label
    caption = "Afghan security personnel stand guard last July in Kabul. [Wakil Kohsar / AFP]"
    assert res.text.count(caption) <= 1
    for kept in ("HERAT -- Recent attacks by the Khorasan branch", "This strategy by ISIS has created disagreements",
                 "Escalating regional conflict", "the paper wrote."):
        assert kept in res.text, kept


def test_seed_004_nothing_removed_and_reflowed() -> None:
    res = seed("004", Config(title="keep"))
    assert res.removed == []
    # by default the headline is the one removal, filed under its own rule
    assert [(s.category, s.rule) for s in seed("004").removed] == [("title", "headline")]
    paras = res.text.split("\n\n")
    assert paras[0] == "ISIS's ambitions escalate towards Pakistan amid Taliban regional cooperation"
    assert len(paras) == 14  # title + 13 paragraphs
    assert "ISIS’s aspirations towards Pakistan" in paras
    assert all("\n" not in p for p in paras)
    # no sentence split across paragraphs: every paragraph but headings ends a sentence
    headings = {"ISIS’s aspirations towards Pakistan",
                "Mechanisms of cooperation between Pakistan and Taliban to confront ISIS", paras[0]}
    assert all(p.endswith((".", "?")) for p in paras if p not in headings)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_kept_plus_removed_cover_source(prefix: str) -> None:
    from corpusclean.verify import check_page

    res = seed(prefix)
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]
    assert check_page(prefix, res.source, res.text, rows) is None


@pytest.mark.parametrize("detector", ["fasttext", "py3langid", "langdetect"])
def test_seed_000_pashto_rows_are_ps_with_each_detector(detector: str) -> None:
    from corpusclean import Config

    path = next(need(SEEDS).glob("000_*.txt"))
    res = clean_page(path.read_bytes(), kind="text", config=Config(lang_detector=detector))
    pashto = [s for s in res.removed if any("\u0600" <= c <= "\u06ff" for c in s.text)]
    assert pashto and all(s.lang == "ps" for s in pashto)
