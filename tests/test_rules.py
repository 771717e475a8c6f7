"""Every rule family on small inline pages: the category AND the rule name, and what must not change."""

from __future__ import annotations

import pytest

from .conftest import clean, rows_of

P1 = ("The city council voted on Tuesday to expand the bus network, adding four new routes that will "
      "connect the northern suburbs with the hospital district by the end of next year.")
P2 = ("Officials said the plan had been debated for more than a decade, and that the money would come "
      "from a regional fund that was set up after the floods of 2019 damaged several bridges.")
P3 = ("Residents who spoke at the meeting were mostly in favour, although some shop owners worried that "
      "the construction work would block the main street for several months during the summer.")
P4 = ("The first of the new routes is expected to open in March, and the council will publish a timetable "
      "for the others once the contracts with the operators have been signed in the autumn.")
ARTICLE = [P1, P2, P3, P4]


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def removed_as(text: str, category: str, rule: str, **kw: object) -> list[str]:
    res = clean(text, **kw)
    return [t.strip() for c, r, t in rows_of(res) if c == category and r == rule]


def test_plain_article_stays_whole() -> None:
    res = clean(page(*ARTICLE))
    assert res.removed == []
    assert res.text == "\n\n".join(ARTICLE)


def test_article_quoting_a_sentence_once_stays_whole() -> None:
    quote = ("As one resident put it at the meeting: \u201cThe bus is the only way my mother can get to her "
             "appointments, and this plan finally takes her needs seriously.\u201d")
    res = clean(page(P1, P2, quote, P3, P4))
    assert res.removed == []


@pytest.mark.parametrize(("line", "rule"), [
    ("Share this:", "share_line"),
    ("Facebook Twitter LinkedIn Email", "share_line"),
    ("We use cookies to improve your experience. Accept", "cookie_notice"),
    ("Sign up for our newsletter", "newsletter_signup"),
    ("Remember me Lost your password?", "login_form"),
    ("Tags: transport, council, buses", "tags_line"),
    ("Related Articles", "related_links"),
    ("1,234 views", "view_counter"),
    ("208", "view_counter"),
    ("Skip to content", "navigation"),
    ("© 2025 The Daily Example. All rights reserved.", "navigation"),
    ("Photo", "gallery"),
    ("Image credit: Jane Doe / Example Agency", "gallery"),
    ("Do you like this article?", "feedback_widget"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Politics, Transport, Council, Buses", "tag_list"),
    ("World | Business | Sport | Weather", "inline_menu"),
    ("-----", "separator_line"),
])
def test_chrome_phrase_rules(line: str, rule: str) -> None:
    assert line.strip(" :") in " ".join(removed_as(page(P1, P2, line, P3, P4), "chrome", rule))


def test_chrome_rule_does_not_fire_on_sentence_that_mentions_it() -> None:
    sentence = ("Several readers wrote to say they would share the timetable with neighbours and that they agree "
                "with the council's decision to publish it on paper as well as online.")
    res = clean(page(P1, sentence, P2, P3, P4))
    assert res.removed == []


def test_menus_before_and_links_after_the_article() -> None:
    text = page("* Home", "* News", "* Sport", "Council expands bus network", *ARTICLE,
                "Most Popular", "Five things to do this weekend", "Why the bridge is still closed")
    res = clean(text)
    rules = {(c, r) for c, r, _ in rows_of(res)}
    assert ("chrome", "before_article") in rules
    assert ("chrome", "related_links") in rules
    assert ("chrome", "after_article") in rules
    assert res.text.startswith("Council expands bus network\n\n" + P1)  # the headline stays


def test_donation_appeal_with_bank_details() -> None:
    appeal = ("If you value our reporting, please support our journalism with a donation. "
              "Every contribution, however big or small, keeps us independent.")
    text = page(*ARTICLE, "Support our newsroom", appeal,
                "IBAN: DE89 3704 0044 0532 0130 00\nPayPal: donate@example.org")
    rows = [(c, r) for c, r, _ in rows_of(clean(text))]
    assert ("donation", "donation_appeal") in rows
    assert ("donation", "payment_details") in rows
    assert all(c == "donation" for c, _ in rows)


def test_donation_appeal_in_german() -> None:
    appeal = ("Unterstützen Sie unabhängigen Journalismus: Spenden Sie jetzt, damit wir weiter berichten können. "
              "Jede Spende hilft, auch eine kleine.")
    res = clean(page(*ARTICLE, appeal), langs=("en",))
    assert [c for c, _, t in rows_of(res) if "Spende" in t] == ["donation"]


def test_article_about_a_donation_is_not_an_appeal() -> None:
    news = ("The foundation said the donation of two million euros would pay for a new wing of the hospital, "
            "which is expected to open in the spring.")
    res = clean(page(P1, P2, news, P3, P4))
    assert res.removed == []


def test_comment_thread_from_header_to_end() -> None:
    c1 = "I take this bus every day and the new route will save me half an hour each way, great news."
    c2 = "What about the people on the east side? Nobody ever asks us what we need from the network."
    text = page(*ARTICLE, "3 Comments", "Anna says:", c1, "Reply", "Tom says:", c2, "Reply")
    res = clean(text)
    rows = rows_of(res)
    assert [(c, r) for c, r, _ in rows] == [("comments", "comment_thread")]
    assert c1 not in res.text and c2 not in res.text and "Reply" not in res.text
    assert res.text == "\n\n".join(ARTICLE)


def test_comments_closed() -> None:
    assert removed_as(page(*ARTICLE, "Comments are closed."), "comments", "comments_closed") == ["Comments are closed."]


def test_comments_kept_on_request() -> None:
    c1 = "I take this bus every day and the new route will save me half an hour each way, great news."
    res = clean(page(*ARTICLE, "2 Comments", c1, "Reply"), comments="keep")
    assert c1 in res.text
    assert "Reply" not in res.text  # the widget is still chrome


def test_exact_copy_removed_once() -> None:
    res = clean(page(P1, P2, P3, P2, P4))
    assert [(c, r) for c, r, _ in rows_of(res)] == [("duplicate", "exact_copy")]
    assert res.text.count(P2) == 1


def test_pull_quote_contained_in_longer_paragraph() -> None:
    quote = "the money would come from a regional fund that was set up after the floods of 2019"
    res = clean(page(P1, quote.capitalize() + ".", P2, P3, P4))
    assert [(c, r) for c, r, _ in rows_of(res)] == [("duplicate", "contained_in_longer")]
    assert P2 in res.text


def test_repeated_caption() -> None:
    cap = "Passengers wait for a bus in the northern suburbs"
    res = clean(page(P1, cap, cap, P2, P3, P4))
    assert [(c, r) for c, r, _ in rows_of(res)] == [("duplicate", "repeated_title")]
    assert res.text.count(cap) == 1


def test_foreign_paragraph_removed_with_lang() -> None:
    fr = ("Le conseil municipal a voté mardi pour étendre le réseau de bus, en ajoutant quatre nouvelles "
          "lignes qui relieront les banlieues du nord au quartier de l'hôpital.")
    res = clean(page(P1, P2, fr, P3, P4))
    segs = [s for s in res.removed if s.category == "language"]
    assert len(segs) == 1 and segs[0].lang == "fr" and segs[0].rule == "foreign_language"


def test_pashto_block_labelled_ps() -> None:
    ps = "د ښار شورا سه شنبه د بس شبکې د پراخولو لپاره رایه ورکړه، چې څلور نوې لارې به ورزیاتې کړي."
    res = clean(page(P1, P2, ps, P3, P4))
    segs = [s for s in res.removed if s.category == "language"]
    assert len(segs) == 1 and segs[0].lang == "ps"


def test_keep_categories_override() -> None:
    res = clean(page(*ARTICLE, "Share this:"), keep=frozenset({"chrome"}))
    assert "Share this:" in res.text and res.removed == []


def test_user_overrides_force_keep_and_drop() -> None:
    from corpusclean.config import Override

    text = page("Editor's note: this story was updated.", *ARTICLE, "Sponsored by Example Motors")
    res = clean(text, overrides=(Override("keep", r"^Editor's note"), Override("drop", r"^Sponsored by")))
    assert res.text.startswith("Editor's note")
    assert [(c, r) for c, r, _ in rows_of(res)] == [("chrome", "user_drop")]


def test_user_phrase_family() -> None:
    res = clean(page(*ARTICLE, "Listen to the Example Podcast on your favourite app"),
                phrases=(("chrome_podcast", "Example Podcast"),))
    assert [(c, r) for c, r, _ in rows_of(res)] == [("chrome", "chrome_podcast")]


def test_author_bio_closing_the_article() -> None:
    bio = ("Maria Lindqvist is a freelance journalist who covers transport and city politics for "
           "regional newspapers.")
    assert removed_as(page(*ARTICLE, bio), "chrome", "author_bio") == [bio]


def test_person_described_inside_the_article_is_kept() -> None:
    inside = ("Aisha Rahman is a former bus driver who chairs the transport committee, and she said the "
              "routes were planned with drivers rather than for them.")
    res = clean(page(P1, inside, P2, P3, P4))
    assert res.removed == []


def test_disclaimer() -> None:
    note = "Disclaimer: this article is for informational purposes only and is not financial advice."
    assert removed_as(page(*ARTICLE, note), "chrome", "disclaimer") == [note]
