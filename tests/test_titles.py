"""One rule for every page's headline: --title keep puts it on the first line, --title drop
removes it, always as title/headline in the manifest; the page's title is in its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusclean import CleanResult, Config, clean_page

from .conftest import SEEDS, need

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HEADLINES = {
    "000": "Kandahar- Moscow bombings, ISIS and Pakistan",
    # the headline above its date line, not the last link of the "Related Content" box under it
    "002": "Peshawar Blast: Has ISIS Established Itself in Pakistan?",
    "003": "ISIS-K's recent attacks fuel distrust among Afghanistan, Pakistan, Tajikistan",
    "004": "ISIS's ambitions escalate towards Pakistan amid Taliban regional cooperation",
}


def _seed(prefix: str) -> str:
    return next(need(SEEDS).glob(f"{prefix}_*.txt")).read_text("utf-8")


@pytest.mark.parametrize("prefix", sorted(HEADLINES))
def test_seed_headlines_keep_and_drop(prefix: str) -> None:
    text = _seed(prefix)
    kept = clean_page(text, config=Config(title="keep"))
    assert kept.text.split("\n", 1)[0] == HEADLINES[prefix]
    assert not [s for s in kept.removed if s.category == "title"]
    dropped = clean_page(text, config=Config(title="drop"))
    rows = [(s.category, s.rule) for s in dropped.removed if s.text == HEADLINES[prefix]]
    assert rows[0] == ("title", "headline") and set(rows[1:]) <= {("duplicate", "exact_copy")}, rows
    assert not dropped.text.startswith(HEADLINES[prefix])
    assert dropped.metadata["title"] == HEADLINES[prefix] == kept.metadata["title"]


def test_a_page_without_a_headline_gets_none() -> None:
    """Seed 001 opens with its tag list, not a headline: nothing is labelled title."""
    res = clean_page(_seed("001"), config=Config(title="keep"))
    assert not [s for s in res.removed if s.category == "title"]
    assert ("chrome", "tag_list") in {(s.category, s.rule) for s in res.removed}
    assert "title" not in res.metadata


def test_html_headline_is_the_declared_title() -> None:
    html = (FIXTURES / "article.html").read_text("utf-8")
    kept = clean_page(html, kind="html", config=Config(title="keep"))
    assert kept.text.split("\n", 1)[0] == "My Test Article"
    dropped = clean_page(html, kind="html")  # the default: drop
    assert [(s.category, s.rule) for s in dropped.removed if s.text == "My Test Article"] == [("title", "headline")]
    assert dropped.metadata["title"] == "My Test Article"


def _kept_or_dropped(page: str, headline: str, first: str) -> CleanResult:
    """The text page cleaned keeping its title (it opens with `headline`, then `first`) and
    dropping it (it opens with `first`); returns the second result."""
    kept = clean_page(page, kind="text", config=Config(title="keep"))
    assert kept.text.startswith(f"{headline}\n\n{first}")
    dropped = clean_page(page, kind="text")
    assert dropped.text.startswith(first)
    return dropped


def test_text_headline_above_byline_and_counter() -> None:
    page = ("Home\nNews\nSport\n\nCouncil approves the new river park after a long debate\n\nBy Ana Lopez\n\n"
            "1,204 views\n\nThe council voted on Tuesday to expand the river park, adding three miles of trail "
            "along the eastern bank and a new footbridge near the old mill.\n\nMembers said the work would start "
            "in the spring and take two years, with the footbridge open to walkers by next summer.\n")
    dropped = _kept_or_dropped(page, "Council approves the new river park after a long debate", "The council voted")
    assert ("title", "headline") in {(s.category, s.rule) for s in dropped.removed}


# The core opens with the headline itself where the headline reads as prose; the line above
# it is then no second headline: a section's label ("文化・観光", a Japanese headline's
# particles make it prose), or a site builder's meta line with the author, the date and the
# category, printed with no separators.
@pytest.mark.parametrize(("above", "headline", "first", "then"), [
    ("文化・観光", "嵐山・宝厳院で秋の夜間特別拝観始まる 12月8日まで",
     "京都・嵐山の宝厳院（京都市右京区）で21日、紅葉シーズン恒例の夜間特別拝観が始まった。境内の約三百本のモミジが"
     "ライトアップされ、訪れた人たちが赤く染まった庭園の散策を楽しんだ。",
     "同院によると、今年は十月の高温の影響で色づきがやや遅れたが、ここ数日の冷え込みで一気に赤みが増したという。"),
    ("Orla Keane March 1, 2024 Local Guide", "A Local's Guide to Kinsale, From Our Front Desk",
     "Every morning someone at the front desk gets asked the same question: where should we go today? After "
     "twelve years of answers, here is the list we give our guests.",
     "Leave your car at the hotel. From our front door it is a gentle forty-minute walk along the water to the "
     "old fort, past the harbour and the boats."),
], ids=["section label", "meta line"])
def test_the_line_above_a_headline_that_opens_the_core_is_no_headline(above: str, headline: str, first: str,
                                                                       then: str) -> None:
    page = "\n\n".join(["Home", "News", above, headline, first, then]) + "\n"
    res = clean_page(page, kind="text", config=Config(langs=("any",)))
    assert res.text.startswith(first)
    assert ("title", "headline", headline) in {(s.category, s.rule, s.text) for s in res.removed}
    assert above not in res.text


def test_a_sentence_above_the_article_is_no_headline() -> None:
    page = ("Menu\n\nThis is an introduction that ends like a sentence and is not a headline.\n\n"
            "The council voted on Tuesday to expand the river park, adding three miles of trail along the "
            "eastern bank and a new footbridge near the old mill, after a debate that ran late.\n")
    res = clean_page(page, kind="text", config=Config(title="keep"))
    assert not [s for s in res.removed if s.category == "title"] and "title" not in res.metadata


@pytest.mark.parametrize("intro", [
    "町の図書館が、来月から夜九時まで開くことになりました。",
    "市图书馆下个月起将延长开放时间到晚上九点。",
    "شهر کی لائبریری اگلے مہینے سے رات نو بجے تک کھلی رہے گی۔",
], ids=["ja", "zh", "ur"])
def test_a_sentence_above_the_article_is_no_headline_in_any_script(intro: str) -> None:
    # a sentence ends with the script's own full stop: 。 or ۔, not "."
    body = ("The council voted on Tuesday to expand the river park, adding three miles of trail along the "
            "eastern bank and a new footbridge near the old mill, after a debate that ran late.")
    res = clean_page(f"Menu\n\n{intro}\n\n{body}\n", kind="text", config=Config(title="keep", langs=("any",)))
    assert not [s for s in res.removed if s.category == "title"] and "title" not in res.metadata


DE_PARAS = [
    "Der Gemeinderat hat am Dienstag beschlossen, den Park am Fluss um drei Kilometer zu verlängern, mit "
    "einer neuen Fußgängerbrücke bei der alten Mühle, die sich die Anwohner seit dem Hochwasser wünschen.",
    "Über die Pläne wird seit mehr als zehn Jahren gesprochen, und das Geld kommt aus einem Fonds, den das "
    "Land nach dem Hochwasser eingerichtet hat.",
]


@pytest.mark.parametrize("opening", [
    # two sentences run together: a paragraph, however short
    "Die Zeitung zitiert heute meinen Satz „Der Park ist zu klein. Muss man so hinnehmen.“ (Hier der Link)",
    # a quotation whose full stop a footnote's number follows
    "„Es ist nicht zu wenig Zeit, die wir haben, sondern zu viel, die wir nicht nutzen.“1",
])
def test_an_opening_sentence_is_no_headline(opening: str) -> None:
    """A headline is one sentence with no full stop at its end: the article's first short
    paragraph is not taken for it (and removed) because it ends in a bracket or a footnote."""
    page = "Menü\n\nStartseite\n\n" + "\n\n".join([opening, *DE_PARAS]) + "\n"
    res = clean_page(page, config=Config(langs=("any",), title="drop"))
    assert opening in res.text
    assert not [s for s in res.removed if s.category == "title"]


@pytest.mark.parametrize("headline", ["U.S. Senate passes the river park bill", "Was nun? Die Lage nach der Wahl"])
def test_abbreviations_and_questions_stay_headlines(headline: str) -> None:
    page = "Home\n\nNews\n\n" + "\n\n".join([headline, *EN_PARAS]) + "\n"
    res = clean_page(page, config=Config(langs=("any",), title="drop"))
    assert [s.text for s in res.removed if s.category == "title"] == [headline]


RU_PARAS = [
    "Городской совет во вторник проголосовал за расширение парка на берегу реки: вдоль восточного берега "
    "появятся три километра дорожек и новый пешеходный мост возле старой мельницы.",
    "Планы обсуждались более десяти лет, а деньги поступят из регионального фонда, созданного после "
    "наводнения, когда были повреждены несколько мостов.",
]
EN_PARAS = [
    "The city council voted on Tuesday to extend the riverside park by three kilometres, with a new "
    "footbridge near the old mill that residents have asked for since the floods.",
    "The plans have been discussed for more than ten years, and the money will come from a regional fund "
    "set up after the floods damaged several bridges.",
]


@pytest.mark.parametrize(("headline", "dateline", "paras"), [
    ("Городской совет одобрил расширение парка", "12 мая 2023, 10:15", RU_PARAS),
    ("City council approves the riverside park extension", "May 12, 2023, 10:15", EN_PARAS),
])
def test_a_date_line_under_the_headline_is_not_the_headline(headline: str, dateline: str, paras: list[str]) -> None:
    page = "Home\n\nNews\n\n" + "\n\n".join([headline, dateline, *paras]) + "\n"
    res = clean_page(page, config=Config(langs=("any",)))
    assert res.metadata["title"] == headline
    rows = {s.text: (s.category, s.rule) for s in res.removed}
    assert rows[headline] == ("title", "headline")
    assert rows.get(dateline, ("", ""))[0] != "title"


def test_the_last_link_of_a_related_box_under_the_headline_is_not_the_headline() -> None:
    """A text page puts a "Related Content" box between the headline (and its date) and the
    article; the box's last link is nearest the article, but the headline is above the box."""
    text = "\n\n".join([
        "Home", "Analysis", "Ferry fares rise again as the harbour board counts its losses",
        "Monday 7 March 2022", "Related Content",
        "Council Approves New Bus Route To Northern Suburbs",
        "Storm Closes Coastal Road For Second Week",
        "Fishermen Protest Against New Quota Rules In Capital",
        "The harbour board raised ferry fares for the third time in two years on Monday, saying that "
        "fuel and repair costs had outrun its income since the pandemic ended the tourist trade.",
        "Passengers who cross daily will pay a fifth more from April, and the board said the discount "
        "for islanders would stay, although the season ticket would cost more than it did last year.",
    ]) + "\n"
    res = clean_page(text, config=Config(title="drop"))
    assert res.metadata["title"] == "Ferry fares rise again as the harbour board counts its losses"
    rows = {s.text: (s.category, s.rule) for s in res.removed}
    assert rows["Ferry fares rise again as the harbour board counts its losses"] == ("title", "headline")
    assert rows.get("Fishermen Protest Against New Quota Rules In Capital") != ("title", "headline")


@pytest.mark.parametrize(("headline", "byline", "meta", "share", "paras"), [
    ("City council approves the riverside park extension", "Door Sanne de Vries",
     "12 May 2024 · Reading time: 4 min", "Share this article Facebook X WhatsApp Copy link", EN_PARAS),
    ("Городской совет одобрил расширение парка", "Автор: Иван Петров", "12 мая 2024 · Время чтения: 4 минуты",
     "Поделиться Facebook Telegram VK", RU_PARAS),
])
def test_byline_meta_line_and_share_bar_under_the_headline_are_stepped_over(
        headline: str, byline: str, meta: str, share: str, paras: list[str]) -> None:
    # What sites put between a headline and its article, in any language: a byline, a meta
    # line of a date and a reading time split by a middle dot, a share bar.
    page = "Home\n\nNews\n\n" + "\n\n".join([headline, byline, meta, share, *paras]) + "\n"
    res = clean_page(page, config=Config(langs=("any",)))
    assert res.metadata["title"] == headline
    rows = {s.text: (s.category, s.rule) for s in res.removed}
    assert rows[headline] == ("title", "headline")
    assert rows[share] == ("chrome", "share_line")
    assert all(p in res.text for p in paras)


def test_a_headline_naming_numbers_is_still_a_headline() -> None:
    headline = "5 things to know about the 2024 budget | Opinion"
    page = "Home\n\nNews\n\n" + "\n\n".join([headline, *EN_PARAS]) + "\n"
    assert clean_page(page, config=Config(langs=("any",))).metadata["title"] == headline


def test_a_persian_title_keeps_its_zero_width_non_joiners() -> None:
    # trafilatura's metadata readers drop unprintable characters; ZWNJ is part of the word
    title = "نمایشگاه کتاب تهران با استقبال کتاب\u200cدوستان آغاز شد"
    paras = ["نمایشگاه بین\u200cالمللی کتاب تهران روز چهارشنبه با حضور هزاران نفر از علاقه\u200cمندان به کتاب و "
             "ناشران داخلی و خارجی در مصلای امام خمینی آغاز به کار کرد و تا ده روز ادامه دارد.",
             "برگزارکنندگان می\u200cگویند امسال بیش از دو هزار ناشر در نمایشگاه شرکت کرده\u200cاند و بخش کودک و نوجوان "
             "نسبت به سال گذشته بزرگ\u200cتر شده است."]
    html = (f'<html lang="fa" dir="rtl"><head><title>{title} | روزنامه آینده</title>'
            f'<meta property="og:title" content="{title}"></head><body><article><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    assert res.metadata["title"] == title
    assert all(p in res.text for p in paras)


JA_PARAS = [
    "JR各社が利用者の少ない路線の見直しを進めている。国の新たな制度を受けて、沿線の自治体との協議が各地で始まった。",
    "中国地方の山間部を走るJRのローカル線をめぐり、鉄道を存続させるか、バスに転換するかで沿線の自治体の意見が分かれている。",
]


@pytest.mark.parametrize("byline", ["記者 田中 翔2024年10月1日 5:00 3分で読めます", "本报记者 张三"])
def test_a_cjk_byline_set_apart_by_a_space_is_a_byline_not_the_headline(byline: str) -> None:
    headline = "赤字ローカル線、バス転換か存続か"
    page = "ホーム\n\n経済\n\n" + "\n\n".join([headline, byline, *JA_PARAS]) + "\n"
    res = clean_page(page, config=Config(langs=("any",)))
    assert res.metadata["title"] == headline
    rows = {s.text: (s.category, s.rule) for s in res.removed}
    assert rows[byline] == ("chrome", "byline_dateline")
    assert all(p in res.text for p in JA_PARAS)


def test_a_headline_repeated_in_a_longer_line_is_still_the_headline() -> None:
    # A later line holds the headline (a reprint's original-title line, a teaser of the same
    # story), so the headline's block is also a copy contained in a longer one: that says
    # where else it is, not what it is. The long tag list under it is the post's tags.
    headline = "Council approves the new river park after a long debate"
    tags = ("Tags: Parks and gardens , Town council , Riverside trail , Eastern bank footbridge , "
            "Old mill , Walking routes")
    later = f"{headline}: the minutes of the meeting and the map of the new trail are on the council's website"
    page = "\n\n".join(["Home", "News", headline, "By Ana Lopez", tags, *EN_PARAS, "Share this", later]) + "\n"
    res = clean_page(page, config=Config(langs=("any",)))
    assert res.metadata["title"] == headline
    rows = {s.text: (s.category, s.rule) for s in res.removed}
    assert rows[headline] == ("title", "headline")
    assert rows[tags] == ("chrome", "tags_line")
    assert all(p in res.text for p in EN_PARAS)


def test_a_posts_stamp_is_no_headline_nor_heading() -> None:
    # a Discourse topic flattened to text: the stamp line above the opening post ("user (Name)
    # date, time, post number") is neither the page's headline nor a heading kept above it
    page = ("Zigbee devices drop off after updating to 2024.2 (ZHA + SkyConnect)\n\nIntegrations Zigbee\n\n"
            "mbrennan (Mark Brennan) February 11, 2024, 2:02pm 1\n\n"
            "Since updating to 2024.2.1 last weekend, about a third of my Zigbee devices become unavailable "
            "after a few hours. It is mostly the door sensors and two bulbs; the motion sensors seem fine.\n\n"
            "Re-pairing brings a device back, but it drops off again within a day. I have not changed anything "
            "else in the network. Has anyone seen this after the update?\n")
    dropped = _kept_or_dropped(page, "Zigbee devices drop off after updating to 2024.2 (ZHA + SkyConnect)",
                               "Since updating")
    assert [(s.category, s.rule) for s in dropped.removed if "2:02pm" in s.text] == [("chrome", "before_article")]


@pytest.mark.parametrize("sep", [" | ", " - ", " — "])
def test_a_text_page_opening_with_its_title_finds_the_headline_not_the_sites_name(sep: str) -> None:
    # BeautifulSoup's get_text keeps the <head>'s title: "Headline | Site" first, then the
    # masthead's site name, then the headline above the article
    headline = "Cantines scolaires : le pari du bio et du local tient-il ses promesses ?"
    site = "Le Courrier des Régions"
    first = ("Il est 11 h 45 à l'école Jean-Moulin de Saint-Vallier, et l'odeur d'un gratin de courges envahit "
             "déjà le couloir où les élèves attendent leur tour.")
    page = (f"{headline}{sep}{site}\n{site}\n☰\nAccueil\nÉducation\n{headline}\n{first}\n"
            "Depuis 2023, la commune sert des repas composés à 85 % de produits biologiques ou locaux, "
            "alors que la loi n'en exige que la moitié, et l'expérience attire des élus de toute la région.\n"
            f"© 2026 {site}\n")
    res = clean_page(page, kind="text", config=Config(langs=("any",)))
    assert [s.text for s in res.removed if s.category == "title"] == [headline]
    assert res.text.startswith(first)


def test_a_wikis_lead_that_opens_with_the_pages_title_is_no_headline() -> None:
    # A wiki's lead names its subject first, and the subject is the page's title: the lead
    # says the declared title at its start, and goes on as a paragraph. The wiki's own
    # heading for the subject stands in its infobox, which the markup names a sidebar.
    lead = ("Twierdza Czarny Bród to warowna osada położona nad jedyną przeprawą przez rzekę Iwę. "
            "Jest pierwszą dużą lokacją, do której gracz trafia w pierwszym akcie, i pełni rolę głównego "
            "centrum handlowego doliny.")
    body = ("Osadę otacza podwójny pierścień murów z ciosanego kamienia, a jedyna brama prowadzi wprost na "
            "most. Wewnątrz murów znajdują się targ, kuźnia, karczma oraz siedziba kasztelana.")
    page = ('<html lang="pl"><head><meta charset="utf-8"><title>Twierdza Czarny Bród | Kroniki Wiki</title></head>'
            '<body><div class="page"><aside class="sidebar infobox"><h2>Twierdza Czarny Bród</h2>'
            "<p>Typ: twierdza</p></aside>"
            f'<div class="mw-parser-output"><p>{lead}</p><h2>Opis</h2><p>{body}</p></div></div></body></html>')
    res = clean_page(page, kind="html", config=Config(langs=("any",)))
    assert lead in res.text and body in res.text
    assert not any(s.category == "title" for s in res.removed)


_BUSINESS_PARAS = (
    "Marlow Fasteners will invest $9 million in a second production hall at its plant on County Road 12, "
    "a project the company says will create 60 full-time jobs over the next three years.",
    "The family-owned maker of bolts and rivets for the rail and farm-machinery industries plans to add a "
    "40,000-square-foot bay and two new heading machines, and to hire machinists and quality inspectors.",
    "The county development board approved a seven-year tax abatement on Tuesday, and construction is "
    "expected to start in June if the township grants the building permit this spring.",
)


def _business_page() -> str:
    paras = "".join(f'<P><FONT FACE="Arial" SIZE="2">{p}</FONT></P>' for p in _BUSINESS_PARAS)
    return ("<HTML><HEAD><TITLE>Valley Business Weekly - Marlow Fasteners to add 60 jobs with $9 million expansion"
            "</TITLE></HEAD><BODY><TABLE WIDTH=\"760\"><TR><TD WIDTH=\"150\" VALIGN=\"top\"><FONT SIZE=\"1\">"
            '<B>SECTIONS</B><BR><A HREF="/local">Local Business</A><BR><A HREF="/real-estate">Real Estate</A><BR>'
            '<A HREF="/people">People on the Move</A><BR><A HREF="/archives">Archives</A></FONT></TD>'
            '<TD WIDTH="610" VALIGN="top"><FONT FACE="Arial" SIZE="1" COLOR="#990000"><B>MANUFACTURING</B></FONT><BR>'
            '<FONT FACE="Georgia" SIZE="5"><B>Marlow Fasteners to add 60 jobs with $9 million expansion</B></FONT><BR>'
            '<FONT FACE="Arial" SIZE="2" COLOR="#666666">By Dana Whitfield, Staff Writer<BR>Posted 3/12/2024</FONT>'
            f"<BR><BR>{paras}"
            '<P><FONT FACE="Arial" SIZE="2"><B>Other Manufacturing News</B><BR>'
            '&bull; <A HREF="/n/1">Packaging plant to close Eastfield warehouse</A><BR>'
            '&bull; <A HREF="/n/2">College adds welding course with industry backing</A><BR>'
            '&bull; <A HREF="/n/3">Manufacturers say hiring is their top challenge</A></FONT></P>'
            "</TD></TR></TABLE></BODY></HTML>")


def test_a_headline_that_says_another_part_of_the_title_than_the_declared_one() -> None:
    # The declared title is the site's name alone; the <title> also holds the headline, which
    # the page prints in a <font> above the byline: the headline is that block, not the byline
    res = clean_page(_business_page(), kind="html", config=Config(langs=("en",)))
    rows = {(s.category, s.rule, s.text.strip()) for s in res.removed}
    assert ("title", "headline", "Marlow Fasteners to add 60 jobs with $9 million expansion") in rows
    byline = next(s for s in res.removed if s.text.startswith("By Dana Whitfield, Staff Writer"))
    assert (byline.category, byline.rule) == ("chrome", "byline_dateline")
    for p in _BUSINESS_PARAS:
        assert p in res.text
    assert "Other Manufacturing News" not in res.text
