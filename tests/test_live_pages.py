"""Live pages (a live blog, a live ticker): entries stamped one by one under a button for the
newest ("3 neue Beiträge anzeigen") are the article, not a comment thread under its count;
the page's own comment section still is one."""

from __future__ import annotations

import pytest

from corpusclean.classify import comments
from corpusclean.classify.rules import vocabulary as v

from .conftest import clean, rows_of
from .test_rules import ARTICLE, P1, P2, P3, P4, page

# The button over a live page's newest entries, in every language of vocabulary.NEW.
BUTTONS = {
    "en": "3 new posts", "de": "3 neue Beiträge anzeigen", "fr": "3 nouveaux messages", "es": "3 nuevas entradas",
    "it": "3 nuovi aggiornamenti", "pt": "3 novas atualizações", "nl": "3 nieuwe berichten", "pl": "3 nowe wpisy",
    "ru": "3 новых сообщения", "uk": "3 нових дописи", "tr": "3 yeni gönderi", "sv": "3 nya inlägg",
    "da": "3 nye opdateringer", "fi": "3 uutta päivitystä", "cs": "3 nové příspěvky", "hu": "3 új bejegyzés",
    "el": "3 νέες αναρτήσεις", "ro": "3 actualizări noi", "id": "3 pembaruan baru", "vi": "3 cập nhật mới",
    "he": "3 עדכונים חדשים", "ar": "3 تحديثات جديدة", "fa": "3 به‌روزرسانی جدید", "ur": "3 نئی اپڈیٹس",
    "hi": "3 नई अपडेट", "ja": "新着 3 件", "zh": "3 条新消息", "ko": "새 글 3개", "th": "3 อัปเดตใหม่",
}
STAMPS = ["28.11.2024, 14:32", "28.11.2024, 14:05", "28.11.2024, 13:41"]


def test_every_language_of_the_family_has_a_button() -> None:
    assert set(BUTTONS) == set(v.NEW)


@pytest.mark.parametrize(("lang", "button"), BUTTONS.items())
def test_live_entries_under_the_new_posts_button_are_the_article(lang: str, button: str) -> None:
    res = clean(page("Live: the council votes on the budget", P1, button, STAMPS[0], P2, STAMPS[1], P3,
                     STAMPS[2], P4), langs=("any",))
    for p in (P2, P3, P4):
        assert p in res.text
    assert not [r for r in rows_of(res) if r[0] == "comments"]
    # the button counts entries as a thread's header counts comments: only its word says new
    assert comments._NEW.search(button) and (lang == "ko" or comments._counted_header(button)
                                             or comments._sorted_header(button))


def test_a_count_of_comments_over_stamped_comments_is_still_a_thread() -> None:
    res = clean(page(P1, P2, "3 Kommentare", STAMPS[0], P3, STAMPS[1], P4), langs=("any",))
    assert P3 not in res.text and ("comments", "comment_thread") in {r[:2] for r in rows_of(res)}


ENTRIES = [P2, P3, P4]
LIVE_HTML = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Liveticker: Haushalt</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "LiveBlogPosting",
"headline": "Haushalt im Bundestag"}}</script></head><body><main><article>
<h1>Haushalt im Bundestag: der Liveticker</h1><p class="lead">{lead}</p>
<div class="live"><button>Aktualisieren</button><div class="live-new">{button}</div>{entries}</div>
</article><section class="comments"><h2>Kommentare (2)</h2>
<div class="comment"><b>Hanseat_72</b> <time>28.11.2024, 15:02</time><p>Endlich mal ein sachlicher Überblick über
den Stand der Verhandlungen, vielen Dank dafür und weiter so.</p></div>
<div class="comment"><b>K. Brandt</b> <time>28.11.2024, 15:10</time><p>Warum wird die Abstimmung schon wieder
verschoben? Das versteht doch draußen niemand mehr.</p></div></section></main></body></html>"""


def _live_html(button: str) -> str:
    entries = "".join(f'<div class="entry"><time>{s}</time><span class="author">jk</span><p>{p}</p></div>'
                      for s, p in zip(STAMPS, ENTRIES, strict=True))
    return LIVE_HTML.format(lead=P1, button=button, entries=entries)


@pytest.mark.parametrize("button", ["3 neue Beiträge anzeigen", "3 Beiträge"])
def test_a_page_declared_live_keeps_its_entries_and_drops_its_comments(button: str) -> None:
    """Declared LiveBlogPosting (schema.org), only a header that names its comments opens a
    thread: a button counting entries, in any words, does not."""
    res = clean(_live_html(button), kind="html", langs=("any",))
    for p in ENTRIES:
        assert p in res.text
    assert "sachlicher Überblick" not in res.text and "niemand mehr" not in res.text


@pytest.mark.parametrize("stamp", ["Ore {}", "{} Uhr", "{}"])
def test_a_live_pages_entry_stamps_alone_on_their_lines_are_bylines(stamp: str) -> None:
    times = ("19.40", "18.15", "17.05") if stamp.startswith("Ore") else ("19:40", "18:15", "17:05")
    lines = [stamp.format(t) for t in times]
    res = clean(page("Live: the council votes on the budget", P1, lines[0], P2, lines[1], P3, lines[2], P4),
                langs=("any",))
    assert [(c, r, t) for c, r, t in rows_of(res) if t in lines] == [("chrome", "byline_dateline", t) for t in lines]
    for p in (P1, P2, P3, P4):
        assert p in res.text


def test_one_time_on_its_line_or_a_column_of_times_stays() -> None:
    one = clean(page(P1, P2, "19:40", P3, P4), langs=("any",))
    assert "19:40" in one.text
    column = clean(page(P1, P2, "19:40", "20:15", "21:00", P3, P4), langs=("any",))
    assert all(t in column.text for t in ("19:40", "20:15", "21:00"))


def test_a_link_to_the_comments_above_a_live_page_is_no_wall() -> None:
    # "* Comentarios (231)" in the share bar under the headline links to the thread's own
    # "Comentarios (231)" under the entries: the page prints the header twice, and only the
    # second opens the thread
    comment = "txapeldun_1984 hace 3 horas\n\nQué partidazo, el mejor derbi de los últimos años sin ninguna duda."
    res = clean(page("Athletic - Real Sociedad, en directo", P1, "* Compartir en Facebook", "* Comentarios (231)",
                     "88'", P2, "52'", P3, "17'", P4, "Comentarios (231)", comment), langs=("any",))
    for p in (P1, P2, P3, P4):
        assert p in res.text
    assert "Qué partidazo" not in res.text


def test_a_thread_header_printed_over_each_page_of_comments_stays_the_threads() -> None:
    # a paginated thread prints its header over each page of its comments, each over their
    # meta lines: the first copy is the thread's, not a link to the second
    header = "3 Comments on “Council adds four bus routes”"
    comment = ("Priya S. says:\n\nMarch 3, 2024 at 9:12 am\n\nThe northern route is long overdue, my daughter "
               "needs two buses to reach the hospital now.")
    res = clean(page("Council adds four bus routes", *ARTICLE, header, comment, comment.replace("Priya S.", "Tom"),
                     header, comment.replace("Priya S.", "Ann")), langs=("any",))
    assert res.text.strip() == "\n\n".join(ARTICLE)
