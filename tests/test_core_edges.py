"""Where the article's core starts and ends (classify/core.py) on text-track pages: a short
article before its furniture, sentences cut in two by markup, image credits inside it."""

from __future__ import annotations

import pytest

from .conftest import clean, rows_of
from .test_rules import ARTICLE, P1


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


MENU = ["Home", "News", "Astronomy", "Telescopes", "Contact"]
# A short post: one paragraph under its headline and date (a photo's description).
POST = ("Not in dust this time, but with strong diffraction spikes and deep blue nebulae: the "
        "Pleiades, taken from the hills above the village on a clear night in late August.")
FURNITURE = ["Share this:", "Facebook", "Twitter", "Tags: pleiades, astrophotography", "Related posts"]
# The sidebar after it: a longer blurb about something else.
SIDEBAR = ("Adventure Astronomy was a magazine for practical astronomy in the German language. It "
           "was the successor of a long-running title and reached readers in many countries, "
           "with observing guides and equipment reviews.")


def test_short_article_before_its_furniture_beats_a_longer_sidebar_blurb() -> None:
    res = clean(page(*MENU, "The Pleiades, M45", "September 17, 2019", POST, *FURNITURE, SIDEBAR))
    assert POST in res.text
    assert SIDEBAR not in res.text
    assert ("chrome", "after_article", SIDEBAR) in rows_of(res)


def test_a_much_longer_text_after_the_furniture_stays_the_core() -> None:
    # Under half the later run's score, the earlier run is a teaser, not the article.
    blurb = "A short note about the site and what it publishes for its readers every week."
    article = " ".join([SIDEBAR] * 3)
    res = clean(page(*MENU, blurb, *FURNITURE, article, "Weather"))
    assert article in res.text
    assert blurb not in res.text


def test_without_furniture_between_the_longer_run_stays_the_core() -> None:
    # A notice above the site's menu, over half as long as the article: with nothing of an
    # article's end between them, it does not take the core from the article.
    notice = ("Dear visitors, we are glad you came to our site, but your browser is out of date and "
              "some parts of the page may not work as they should until you update it.")
    menu = [*MENU, "Observing", "Equipment", "Pictures", "Events", "Clubs", "Shop", "About"]
    article = SIDEBAR + " The publisher closed it down and moved its best articles to the web site."
    res = clean(page(notice, *menu, article, "Weather", "Sport"))
    assert article in res.text
    assert notice not in res.text


LEAD = "The poster contest for children"
REST = ("takes place for the sixth time this year. Children between six and twelve are invited "
        "to take part with their colourful and creative ideas, and the best posters will be shown.")
P2 = ("The jury will meet in April and announce the winners in May, and every child who sends in "
      "a poster will receive a small present and an invitation to the exhibition.")


def test_a_sentence_cut_in_two_by_markup_keeps_both_halves() -> None:
    res = clean(page(*MENU, "Keep our waters clean!", "Published on 23 February 2020", LEAD, REST, P2,
                     "Share this:", "Related posts"))
    assert f"{LEAD}\n\n{REST}" in res.text
    assert [t for c, r, t in rows_of(res) if LEAD in t] == []


def test_a_capitalised_line_after_the_core_is_not_glued() -> None:
    after = "Related posts from our archive"
    res = clean(page(*MENU, REST.capitalize(), P2, after, "Weather", "Sport"))
    assert after not in res.text


CREDITS = [f"Photo https://example.org/media/photos/{n} © Example Events 2025" for n in range(4)]


def test_image_credits_inside_a_list_article_do_not_cut_it_off() -> None:
    items = [(f"{n + 1}. Example Conference {n + 1}",
              f"The conference number {n + 1} brings together engineers and researchers for three days "
              "of talks, workshops and a large exhibition of the newest products and ideas.")
             for n in range(4)]
    parts: list[str] = []
    for (title, text), credit in zip(items, CREDITS, strict=True):
        parts += [title, text, credit]
    res = clean(page(*MENU, *parts, "Related posts"))
    for _, text in items:
        assert text in res.text
    for credit in CREDITS:
        assert credit not in res.text
        assert ("chrome", "image_caption", credit) in rows_of(res)


def test_a_slideshows_counters_do_not_cut_it_off() -> None:
    # slides of 17 words: the counter between two must not cost what a widget does
    slides = [("Not a flagship", "The new phone is not what you would expect, and it is designed to sell very well."),
              ("Pocket friendly", "Its form factor is the surprise: a smaller screen than most of the phones of the year."),
              ("Powerful package", "It fits in much more than its size suggests, with the same processor as the flagships.")]
    parts: list[str] = []
    for n, (title, text) in enumerate(slides, 1):
        parts += [f"{n} / {len(slides)}", title, text]
    res = clean(page(*MENU, *parts, "Popular Slideshows"))
    for _, text in slides:
        assert text in res.text
    assert {r for c, r, t in rows_of(res) if t.startswith(("1 /", "2 /", "3 /"))} == {"slide_counter"}


def test_a_sentence_about_the_copyright_sign_is_no_credit() -> None:
    line = ("The © sign was introduced in 1909, and the council's archive still stamps it on every "
            "photograph it lends to the newspapers.")
    res = clean(page(*MENU, line, P2, "Share this:"))
    assert line in res.text


def test_a_labelled_link_to_another_story_does_not_cut_the_article() -> None:
    # Spanish news sites print "Le puede interesar: <title>" between an article's paragraphs.
    lead = ("La discusión estuvo enmarcada en seis ejes temáticos y reunió a los candidatos en Medellín.")
    body = ("Los aspirantes presentaron sus propuestas sobre empleo, seguridad y educación durante más de "
            "dos horas, ante un auditorio lleno de estudiantes y representantes de los gremios de la ciudad. "
            "Al final, cada uno tuvo tres minutos para responder a las preguntas del público.")
    link = "Le puede interesar: Buscan responsables de bus quemado en Anorí, Antioquia"
    res = clean(page("Inicio", "Política", "Elecciones", lead, link, body, body.replace("Al final", "Después")),
                langs=("any",))
    assert lead in res.text and body in res.text
    assert ("chrome", "related_link_labelled", link) in rows_of(res)


# A page with no prose at all: a song's verses (short lines, no sentence ends) between the
# site's menu and its share buttons.
VERSES = ["Over the hill the lanterns glow", "Down by the quay the fishers go",
          "Salt on the rope and tar on the hand", "Home again, home again, back to the land",
          "[Chorus]", "Row, row, the tide is low", "Row, row, and home we go",
          "Wind in the sail and rain on the deck", "Gulls on the mast and spray on the neck",
          "Repeat Chorus"]


def test_a_page_without_prose_keeps_its_unlabelled_stretch_not_one_line() -> None:
    res = clean(page(*MENU, "The Fishers' Song", *VERSES, *FURNITURE))
    for line in VERSES:
        assert line in res.text, line
    removed = {text for _, _, text in rows_of(res)}
    assert "Share this:" in removed and "Tags: pleiades, astrophotography" in removed
    assert not any(line in text for text in removed for line in VERSES)


# Readers' comments under the song: prose, where the song has none.
COMMENTS = ["marcela_77 wrote on 03/02/2024:",
            "I heard this for the first time in a bar by the harbour and I cannot get it out of my head since then.",
            "Reply",
            "Hernan wrote on 15/03/2024:",
            "When they play it live, the second chorus goes 'back to the sea', not 'back to the land', I am quite sure.",
            "Reply"]


@pytest.mark.parametrize("header", ["Comments (2)", "2 Comments"])
def test_a_song_above_its_comments_is_the_article_not_a_comment(header: str) -> None:
    res = clean(page(*MENU, "The Fishers' Song", *VERSES, header, *COMMENTS))
    for line in VERSES:
        assert line in res.text, line
    assert COMMENTS[1] not in res.text and COMMENTS[4] not in res.text
    assert {c for c, _, t in rows_of(res) if COMMENTS[1] in t or COMMENTS[4] in t} == {"comments"}


def test_a_comments_link_above_an_article_is_not_taken_for_its_thread() -> None:
    # nothing above the link reads as prose, but the article below holds more text
    body = [POST, SIDEBAR, POST.replace("Pleiades", "Hyades")]
    res = clean(page(*MENU, "Comments (3)", "Hyades and Pleiades in one night", *body))
    for p in body:
        assert p in res.text


def test_a_players_fallback_between_lead_and_body_is_removed_without_cutting_the_lead() -> None:
    # An audio player between the standfirst and the body: its fallback line is removed as
    # tech_notice, and the core still reaches the lead across it, as across the player's
    # other unlabelled lines.
    lead = ("Although the protected area joined the national system in 2019, its management plan "
            "is still being discussed, while neighbours say the spraying has gone on for years.")
    body = [
        "The rural school stands in the middle of one of the protected landscapes of the region, "
        "and on a March morning two beekeepers walking past it saw a tractor spraying the field next door.",
        "Since 2011 aerial spraying has been banned near schools, and ground spraying must keep a distance "
        "of three hundred metres from them, the ministry's inspectors confirmed to this newspaper.",
        "The inspectors found that the farmer had not respected the distance, and the case was sent to the "
        "ministry's legal department, which can fine him or suspend his licence for a season.",
    ]
    res = clean(page(*MENU, "Spraying next to a rural school", lead, "Listen to this article",
                     "Your browser does not support the audio element.", "Read by a narrator", *body, *FURNITURE))
    assert lead in res.text and all(p in res.text for p in body)
    assert ("chrome", "tech_notice", "Your browser does not support the audio element.") in rows_of(res)


def test_a_long_browser_notice_above_the_menu_is_no_article() -> None:
    # A site greets readers of an old browser with a paragraph of its own, in the informal
    # plural ("ihr"), above the menu and the article. It reads as prose; as tech_notice it
    # can no longer be the article that the best run before the furniture falls back to.
    notice = ("Liebe Leserinnen und Leser, schön, dass ihr unsere Vereinsseite besucht. Leider nutzt ihr "
              "mit diesem Programm einen veralteten Browser, der unsere Seite nicht mehr richtig anzeigen "
              "kann. Damit alles so aussieht, wie es soll, empfehlen wir euch einen der folgenden Browser:")
    body = [
        "Der Verein hat am Samstag seine Jahresversammlung im Gemeindehaus abgehalten, und mehr als "
        "achtzig Mitglieder sind der Einladung des Vorstands gefolgt, so viele wie seit Jahren nicht.",
        "Im Mittelpunkt stand der Umbau des Vereinsheims, der im Frühjahr beginnen soll und nach den "
        "Plänen des Architekten bis zum Herbst abgeschlossen sein wird, wenn das Wetter mitspielt.",
        "Die Kassenprüfer lobten die sparsame Haushaltsführung, und der Vorstand wurde einstimmig "
        "entlastet, bevor die Versammlung mit einem gemeinsamen Abendessen zu Ende ging.",
    ]
    res = clean(page(notice, "* Firefox", "* Chrome", "* Safari", *MENU, "Share this:", "Tags: Verein",
                     "Jahresversammlung mit Rekordbeteiligung", *body, *FURNITURE), langs=("any",))
    assert all(p in res.text for p in body)
    assert ("chrome", "tech_notice", notice) in rows_of(res)


def test_a_mega_menu_run_into_one_line_is_no_prose() -> None:
    # A site's menu flattened to one line of Title Case entries: 40 words, with enough "of
    # the" to pass for prose by function words alone. Above a settings guide whose sections
    # are short option lists, it outscored the guide and became the core.
    mega = ("Latest Players Team of the Season Team of the Week Team of the Year Ones To Watch Heroes "
            "Icons Road To The Final Career Mode Best Young Players Free Agents Hidden Gems Wonderkids "
            "Stadiums Kits Badges Ratings Database Compare Players Squad Builder Draft Simulator")
    guide = [
        "You can change the match settings of the game from the main menu, and every change is kept "
        "for the next match you play.",
        "* 4 minutes", "* 6 minutes", "* 8 minutes", "* 10 minutes", "* 15 minutes", "* 20 minutes",
        "Choose how many minutes each half lasts; shorter halves make for fewer goals and quicker games.",
        "* Beginner", "* Amateur", "* Semi-Pro", "* Professional", "* World Class", "* Legendary",
        "Set the difficulty of your opponent to your own skill, and raise it as you win more matches.",
    ]
    res = clean(page("FIFPlay", mega, "Login", "Game Settings Guide", *guide, *FURNITURE))
    assert mega not in res.text
    assert guide[0] in res.text and guide[-1] in res.text


@pytest.mark.parametrize(("numbers", "space"), [(["1.", "2.", "3.", "4."], " "), (["一、", "二、", "三、", "四、"], " "),
                                                (["1.", "2.", "3.", "4."], ""),
                                                (["## 1\\.", "## 2\\.", "## 3\\.", "## 4\\."], " "),
                                                (["Tip 1:", "Tip 2:", "Tip 3:", "Tip 4:"], " "),
                                                (["ポイント1", "ポイント2", "ポイント3", "ポイント4"], " ")])
def test_a_numbered_listicle_is_the_article_not_a_teaser_list(numbers: list[str], space: str) -> None:
    # Title and short paragraph, again and again, is the shape of a list of teasers to
    # other stories; numbered one by one, it is the article's own list of tips, also where
    # the space after the number was left out ("3.Clean your chain"), in Markdown headings
    # whose full stop html2text escaped ("## 3\\. Clean your chain"), and where the number
    # follows the item's word ("Tip 3: Clean your chain", "ポイント3 部屋の湿度").
    intro = ("Riding through the winter is easier than it looks. With a few small changes to your bike "
             "and your clothes, the cold and wet months can be as pleasant as the summer ones.")
    tips = [("Check your lights", "You ride in the dark more often in winter, so check your lamps every week and "
             "carry spare batteries in your bag."),
            ("Let some air out", "Slightly softer tyres grip better on wet and icy roads, but too soft and you "
             "will get a puncture sooner."),
            ("Dress in layers", "Several thin layers keep you warmer than one thick coat, and you can take one "
             "off when you warm up."),
            ("Clean your chain", "Road salt and dirt wear a chain out fast: rinse it after a wet ride and oil it "
             "again before the next one.")]
    items = [part for n, (title, text) in zip(numbers, tips, strict=True) for part in (f"{n}{space}{title}", text)]
    res = clean(page(*MENU, "Winter cycling tips", intro, *items, *FURNITURE))
    assert all(text in res.text for _, text in tips)
    assert not [row for row in rows_of(res) if row[1] == "teaser_list"]
    # ... also under an ad's label set between the article's paragraphs, which heads a list
    # of teasers as a related box's header does
    res = clean(page(*MENU, "Winter cycling tips", intro, "Advertisement", *items, *FURNITURE))
    assert all(text in res.text for _, text in tips)


def test_teasers_under_a_related_header_are_still_teasers() -> None:
    # The same shape unnumbered, under a labelled "Related posts" header, stays a teaser list.
    teasers = [part for n in ("one", "two", "three", "four") for part in (
        f"Another story number {n} about the town",
        "A summary of the other story that readers may want to read next, written as a sentence of some length.")]
    res = clean(page(*MENU, "The Pleiades, M45", POST, "Related posts", *teasers))
    assert POST in res.text
    assert not any(t in res.text for t in teasers[::2])


POEM = ["The well in my grandmother's yard", "had a wooden bucket and a rusty chain",
        "that creaked in the morning", "like a door to another world.", "I leaned over the cold stones",
        "and shouted my name into the deep,", "and the water sent it back to me", "quieter, older, kinder.",
        "Today the yard is sold,", "the well has a concrete lid", "and a brass tap on it",
        "that nobody opens any more."]
BIO = ("Andrew Pope was born in 1986 in a small town in the north of the country and published his "
       "first collection of poems in 2015; his poems have appeared in several magazines since then, "
       "and he is working on his second book, which will come out next year.")


def test_a_poem_in_short_lines_is_the_article_not_only_the_authors_bio() -> None:
    # Flattened to text, each line of a poem is a block of its own, too short to read as
    # prose; the prose on the page is the poet's biography under it. The lines go on in
    # lower case and end in commas and full stops: one text broken into lines.
    res = clean(page(*MENU, "Poetry", "A poem about the old well", *POEM, "Tags: childhood, memory",
                     "Share this:", "Facebook", "Twitter", "About the author", BIO, "More poems", "* Winter windows",
                     "* A letter to my father", "* The station"))
    assert all(line in res.text for line in POEM)


def test_a_menu_in_lower_case_is_no_poem() -> None:
    menu = ["our team and our story", "the shop and the prices", "how to find us in town",
            "all of the news from the club", "the calendar of the season", "contact us by mail"]
    article = ("The club held its annual meeting on Saturday, and more than eighty members came to vote on "
               "the new clubhouse, the largest turnout in years according to the chairman.")
    res = clean(page(*menu, "Annual meeting", article, *FURNITURE))
    assert article in res.text
    assert not any(m in res.text for m in menu)


def test_a_wordless_ornament_does_not_cut_the_article() -> None:
    # a row of stars or asterisks between a recipe's story and its card is decoration, not
    # the article's edge: the method below it joins the core as it would without the row
    story = ["My grandmother made this soup every Sunday in winter, and the whole house smelled of leeks and "
             "butter long before anyone sat down at the table to eat it.",
             "I have changed very little in her recipe over the years, only the amount of pepper and the "
             "way I blend the soup at the end, which she always did through a sieve by hand."]
    card = ["Ingredients", "* 3 leeks", "* 2 potatoes", "* 40 g butter", "* 1 litre of stock", "* salt",
            "* pepper", "Method",
            "Melt the butter, soften the leeks in it, add the potatoes and the stock and let it simmer for "
            "twenty minutes before you blend it."]
    for ornament in ("★ ★ ★ ★ ★", "* * *"):
        res = clean(page("Home | Recipes | About", *story, ornament, *card, "Share this:", "© 2024 Soup Diaries"))
        assert card[-1] in res.text and "* 3 leeks" in res.text, ornament
        assert story[0] in res.text


# An article, its tags, then what a best run would go on to reach past them: a podcast's
# blurb, which scores a little more than the tags line costs.
STORY = [
    "The hospital in Harlan Falls will stop delivering babies at the end of June, making it the fourth "
    "rural hospital in the state to end obstetric care in two years.",
    "Hospital administrators said they could no longer find enough nurses and physicians trained in "
    "obstetrics to keep the unit open around the clock, and that births had fallen by a third.",
    "After the closure, the nearest hospital that delivers babies will be in Fargo, about 110 miles "
    "away, a drive of two hours in good weather and longer in the winter months.",
    "The hospital said it would continue to offer prenatal checkups and postpartum care, and that its "
    "emergency room would stay open to treat women in labour who cannot reach another hospital.",
]
PODCAST = ("Our weekly podcast visits small towns across the region to hear how people are adapting to "
           "change, from closing schools to new businesses opening on Main Street.")


def test_the_core_does_not_go_on_past_the_articles_furniture_for_a_blurb() -> None:
    res = clean(page(*MENU, *STORY, "Tags: Health care, Rural, North Dakota", "Main Street Matters", PODCAST,
                     "Listen now", "Privacy policy"))
    assert all(p in res.text for p in STORY)
    assert PODCAST not in res.text
    assert any(rule == "after_article" and PODCAST in text for _, rule, text in rows_of(res))


def test_the_article_goes_on_past_a_share_bar_that_stands_inside_it() -> None:
    # A share bar under the lead: the text after it (four paragraphs) is most of the article.
    more = STORY[1].replace("nurses", "midwives")
    res = clean(page(*MENU, STORY[0], "Share this:", "Facebook", *STORY[1:], more, "Tags: Health care, Rural"))
    assert all(p in res.text for p in STORY)


def test_a_link_repeated_under_every_item_of_a_round_up_is_no_end_of_it() -> None:
    # "Continue Reading" under each project is each project's link, with its photo credit
    # above: the round-up goes on past them.
    items = [
        ("Quick Coat Hooks", "These genius coat hooks are perfect for little kids, and this is one of those "
         "projects that make you wonder why you did not think of it yourself a long time ago."),
        ("DIY Plant Stand", "A beautiful and simple plant stand is the perfect addition to your deck or patio, "
         "and you can complete this woodworking project in under two hours with the basic tools."),
        ("DIY Mirror Frame", "Upgrade your bathroom mirror for a fraction of the cost of a new one, with a "
         "frame of pine boards that you cut, stain and glue onto the glass in an afternoon."),
        ("Window Cornice", "Dress up your window without curtains and build a wood cornice that will add some "
         "character to any room of your house, painted to match the trim around the window and the door."),
    ]
    intro = ("Today I have rounded up ten woodworking projects for your home, most of which you can make "
             "in under two hours with the tools you already have in your garage, and all of them are "
             "simple enough for a beginner who has never built anything before.")
    parts = [intro]
    for title, text in items:
        parts += [title, "Photo Credit: www.littlebitsofhome.com", text, "Continue Reading"]
    res = clean(page(*MENU, *parts, "Tags: woodworking, diy"))
    assert all(text in res.text for _, text in items)


def test_a_mega_menu_above_a_false_thread_header_is_no_song() -> None:
    # A page with nothing that reads as prose above a thread header is a song or a poem over
    # its comments, and the unlabelled stretch above the header its text; a charity's mega-menu
    # with a "- Diskussion" item is a list of 60 links, and the article below is the text.
    topics = ["Pflege", "Armut", "Wohnen", "Flucht", "Arbeit", "Familie", "Jugend", "Alter", "Klima", "Sucht"]
    menu = [f"+ {kind} {topic}" for topic in topics for kind in ("Projekte", "Beratung", "Hilfe")]
    menu2 = [f"o {kind} {topic}" for topic in topics for kind in ("Termine", "Material", "Kontakte")]
    article = [
        "Die Delegiertenversammlung hat am Dienstag in Freiburg eine neue Präsidentin gewählt, die das Amt "
        "im November von ihrem Vorgänger übernehmen wird.",
        "Sie war zuvor im Bundesfamilienministerium tätig und gehört seit vier Jahren dem Vorstand des "
        "Verbandes an, wo sie für Sozial- und Fachpolitik zuständig ist.",
    ]
    res = clean(page(*menu, "- Diskussion", *menu2, *article, "Impressum", "Datenschutz"), langs=("any",))
    assert all(p in res.text for p in article)
    assert "+ Projekte Pflege" not in res.text


# A match report: its paragraphs, a results table, an ad's label, the standings, a last
# paragraph, then the tags and two readers' comments with their date-and-time lines.
REPORT = ("The home side dominated the first half and led by twelve points at the break, but the "
          "visitors came back in the last quarter and won the game in the final minute.")
RESULTS = ["Results", "Home Score Away", "Real Madrid 84-88 Valencia", "Joventut 101-97 Baskonia",
           "Unicaja 92-75 Gran Canaria", "Zaragoza 70-68 Murcia"]
STANDINGS = ["Standings", "Pos. Team W L", "1 Real Madrid 14 4", "2 Unicaja 14 4", "3 Valencia Basket 13 5",
             "4 Tenerife 12 6", "5 Baskonia 10 8"]
NEXT = "The next round is played on the first weekend of February, with two games on Friday night."
THREAD = ["Comments (2)", "anna_v 27/01/2025 23:15", "What a game in the capital!", "Reply",
          "pepe 27/01/2025 23:40", "The coach has to react now.", "Reply"]


def test_a_standings_table_is_no_comment_thread_and_an_ad_label_does_not_cut_it_off() -> None:
    res = clean(page(*MENU, "Liga: results of round 18", REPORT, *RESULTS, "Advertisement", *STANDINGS,
                     NEXT, "Tags: basketball, league", *THREAD))
    for line in [REPORT, *RESULTS[2:], *STANDINGS[2:], NEXT]:
        assert line in res.text, line
    # a row that opens with a position and a name is no "3 Comments" header
    assert not [t for c, r, t in rows_of(res) if c == "comments" and "Valencia" in t]
    assert ("chrome", "ad_label", "Advertisement") in rows_of(res)
    assert "The coach has to react now." not in res.text


INGREDIENTS = ["* 500 g flour", "* 250 ml hot water", "* 2 tbsp butter", "* 1 tsp salt"]
STEPS = ["* Sift the flour into a bowl, add the salt and the butter and pour in the hot water slowly.",
         "* Knead the dough until it is smooth and elastic, then cover it and let it rest for half an hour.",
         "* Roll it out thinly and cut it into circles with the rim of a glass."]


def test_a_star_rating_inside_a_recipe_card_does_not_cut_the_recipe_off() -> None:
    intro = ("This is the recipe we have made in our family for every Christmas Eve, and the dough stays "
             "soft and elastic thanks to the hot water and a little butter.")
    res = clean(page(*MENU, "Dumplings like grandma's", intro, "★★★★★ 4.86 (21)", "Print Pin Rate",
                     "Ingredients", *INGREDIENTS, "Method", *STEPS, "Share:", "Facebook", "Pinterest"))
    for line in [intro, *INGREDIENTS, *STEPS]:
        assert line in res.text, line
    assert ("chrome", "star_rating", "★★★★★ 4.86 (21)") in rows_of(res)


PLACES = ["1. Town Square – artificial lawn and a view of the great mosque.",
          "2. Film Park – watch films on a big screen under the Pasupati bridge, free every evening.",
          "3. Braga Street – a row of colonial buildings and painting galleries.",
          "4. Elderly Park – good for a family picnic.",
          "5. Car Free Day Dago – Sunday 06.00–10.00."]


def test_a_numbered_list_after_the_core_is_kept_to_its_last_item() -> None:
    intro = ("Bandung does not always have to be expensive. Here are five places to visit for free at the "
             "weekend, from city parks to the old streets of the colonial centre.")
    res = clean(page(*MENU, "Five free places in Bandung", intro, *PLACES, "Tags: Bandung, travel",
                     "Share:", "Facebook"))
    for line in [intro, *PLACES]:
        assert line in res.text, line


# A short German news item: the author's name under the headline, the article, its tags, and
# the author's box, which opens with the name again; then a newsletter box whose pitch names
# no newsletter, between its header and its button.
RHEIN = ["Nach tagelangen Regenfällen im Süden steigt der Rhein in Köln weiter an. Am Donnerstagmittag "
         "zeigte der Pegel 7,85 Meter, für Freitag erwarten die Experten bis zu 8,40 Meter.",
         "Ab 8,30 Metern wird die Schifffahrt auf dem Rhein eingestellt. Die Stadt hat an der Altstadt mit dem "
         "Aufbau mobiler Schutzwände begonnen, die Uferpromenade ist seit dem Morgen gesperrt."]
BIO = ("Katharina Vogt ist seit 2014 Redakteurin in der Lokalredaktion Köln und berichtet vor allem über "
       "Verkehr, Stadtentwicklung und Umwelt. Zuvor volontierte sie beim Rhein-Kurier und arbeitete mehrere "
       "Jahre als freie Autorin für Hörfunk und Fernsehen, bevor sie in die Redaktion wechselte, wo sie heute "
       "auch die Berichterstattung über das Hochwasser und die Rheinbrücken betreut und regelmäßig die "
       "Leserfragen zur Verkehrswende in der Stadt beantwortet.")
PITCH = ("Jeden Freitagmorgen wählt unsere Redaktion für Sie die Termine des Wochenendes aus: Ausstellungen, "
         "Konzerte, Märkte und Feste in Köln und im Umland, dazu unsere Tipps für Familien und die "
         "Sonderöffnungszeiten der Museen, kostenlos und jederzeit abbestellbar.")


def test_an_author_box_that_opens_with_the_bylines_name_is_no_article_text() -> None:
    res = clean(page("Startseite", "Köln", "Sport", "Kultur", "Rheinpegel steigt – Schifffahrt eingeschränkt",
                     "Katharina Vogt", "20.03.2025, 17:12 Uhr", *RHEIN, "Themen: Hochwasser, Rhein, Köln",
                     "Katharina Vogt", BIO, "Newsletter abonnieren", PITCH, "Jetzt anmelden", "Impressum"),
                langs=("any",))
    for p in RHEIN:
        assert p in res.text
    assert BIO not in res.text
    assert ("chrome", "author_bio") in {(c, r) for c, r, t in rows_of(res) if BIO in t}
    assert PITCH not in res.text
    assert ("chrome", "newsletter_pitch") in {(c, r) for c, r, t in rows_of(res) if PITCH in t}


def test_a_company_named_once_above_its_job_posting_is_no_byline() -> None:
    about = ("Northwind Energy operates fourteen onshore and offshore wind farms across the North Sea. We are "
             "growing our service team and looking for technicians who like working at height.")
    res = clean(page("Jobs", "Search", "Northwind Energy", "Wind Turbine Technician", about, "Apply now"))
    assert about in res.text


def test_a_newsletter_box_between_paragraphs_is_removed_without_cutting_the_article() -> None:
    pitch = "The best stories of the week, chosen by our editors and sent to you every Friday morning."
    res = clean(page(*MENU, "How to repot a houseplant", REST.capitalize(), P2, "Get our newsletter", pitch,
                     "Subscribe", SIDEBAR, "Tags: houseplants, repotting", "Related posts"))
    for p in [REST.capitalize(), P2, SIDEBAR]:
        assert p in res.text
    assert ("chrome", "newsletter_pitch", pitch) in rows_of(res)


def test_a_subscription_box_closed_by_a_call_to_action_is_removed() -> None:
    pitch = "Get the Harbour Weekly delivered every two weeks for just $89 a year."
    res = clean(page(*MENU, "How to repot a houseplant", REST.capitalize(), P2, "SUBSCRIBE TODAY", pitch,
                     "Click here »", SIDEBAR, "Tags: houseplants, repotting"))
    for p in [REST.capitalize(), P2, SIDEBAR]:
        assert p in res.text
    assert ("chrome", "newsletter_pitch", pitch) in rows_of(res)


def test_a_paragraph_between_a_subscribe_button_and_an_ad_label_is_no_pitch() -> None:
    # "Subscribe" closes a box: the paragraph after it is the article's, and an ad's label
    # after that closes no newsletter box.
    res = clean(page(*MENU, "How to repot a houseplant", REST.capitalize(), "Subscribe", P2, "Advertisement",
                     SIDEBAR, "Tags: houseplants"))
    assert P2 in res.text


def test_a_long_blurb_after_the_share_bar_is_not_the_article() -> None:
    # Past the share bar that closes an article, a sidebar's teaser must bring a quarter of
    # the article's score to stay in the core; a related box's header mid-article asks less.
    article = [SIDEBAR + " The publisher closed it down and moved its best articles to the web site.",
               P2 + " Readers kept asking for the printed issues, and a small club still trades them."]
    teaser = ("The youth academy that keeps the club alive: six of the twelve players who took part in the "
              "last home game grew up in its junior teams.")
    res = clean(page(*MENU, "Adventure Astronomy", *article, "Share Facebook X WhatsApp Email", teaser,
                     "Weather", "Sport"))
    for p in article:
        assert p in res.text
    assert teaser not in res.text


# A wire story: four short paragraphs, a "read also" box of three headlines, then the rest.
_WIRE_LEAD = [
    "Ледовую переправу между Самарой и селом Рождествено закрыли в понедельник утром.",
    "Решение приняли после того, как температура воздуха второй день подряд держится выше нуля.",
    "По данным регионального управления МЧС, толщина льда на отдельных участках уменьшилась до двадцати сантиметров, "
    "а у берега появились промоины.",
    "Переправа работала всего одиннадцать дней.",
]
_WIRE_REST = [
    "Жителям Рождествено и других сёл Волжского района теперь снова придётся добираться до города в объезд, "
    "через Тольятти.",
    "Дорога в одну сторону занимает около трёх часов вместо двадцати минут по льду, и для многих это серьёзная проблема.",
    "«Мы понимаем, что для людей это большие неудобства, но рисковать жизнью никто не имеет права», — сказали в "
    "администрации района и пообещали дополнительные автобусы.",
    "Администрация района организовала дополнительный рейс автобуса до Самары по выходным и в праздничные дни.",
    "Спасатели напоминают, что выход на лёд вне оборудованных переправ по-прежнему опасен и запрещён.",
]


def test_the_paragraphs_above_a_read_also_box_stay_with_the_article() -> None:
    box = ["Читайте также", "Речной вокзал Самары закроют на реконструкцию",
           "Синоптики пообещали возвращение морозов к выходным", "В Тольятти откроют новую лыжную трассу"]
    res = clean(page("Главная", "Новости", "Общество", "В Самаре закрыли ледовую переправу", "Поделиться:",
                     *_WIRE_LEAD, *box, *_WIRE_REST, "Теги:", "переправа", "© 2024 Волжские вести"),
                langs=("any",))
    for p in _WIRE_LEAD + _WIRE_REST:
        assert p in res.text
    assert not [t for t in box if t in res.text]


BODY = [("After a winter in which residents of the North End grew used to boiling their tap water, the "
         "City Council voted on Tuesday night to spend $48 million over five years on the water system."),
        ("The plan, drafted by the Department of Public Utilities, targets about 31 miles of cast-iron "
         "pipe installed between 1921 and 1958, which caused most of last year's 212 breaks."),
        ("Residents on the affected blocks will receive letters at least two weeks before crews arrive, "
         "and the department will publish a map of the work on its website every month.")]


@pytest.mark.parametrize("line", ["Oleh Rina Wulandari · 28 Mei 2024 · Jakarta",
                                  "Claire Dumoulin | 08.11.2023 | Nantes",
                                  "By Dana Whitfield • March 12, 2025 • City Hall"])
def test_a_fields_line_with_a_date_is_a_byline_in_any_language(line: str) -> None:
    assert ("chrome", "byline_dateline", line) in rows_of(clean(page(*MENU, "Anggaran rumah tangga", line, *BODY),
                                                                langs=("any",)))


def test_a_line_of_specs_with_figures_is_no_byline() -> None:
    specs = "CPU: Core Ultra 7 | RAM: 32GB | Screen: 14-inch, 2880×1800 OLED | Weight: 2.91 lbs"
    res = clean(page(*MENU, "The best laptops", BODY[0], specs, BODY[1], BODY[2]))
    assert specs in res.text


def test_a_live_blogs_share_bar_under_every_entry_does_not_cut_it() -> None:
    # "Share this post" after each entry is the entry's widget: the entries after the first
    # stay the article
    entries = ["The harbour authority closed the port at noon after the storm damaged two of its piers.",
               "Fishermen watched the repair crews, who said the first pier could open again this evening.",
               "The mayor said the town would pay for the repairs from its reserve fund this year.",
               "The first ferry is due to leave at seven tomorrow morning, the operator said on its website."]
    parts = [part for n, entry in enumerate(entries) for part in (f"{14 - n}:{10 + n * 7}", entry, "Share this post")]
    res = clean(page(*MENU, "Storm closes the harbour: live", *parts, *FURNITURE))
    assert all(entry in res.text for entry in entries)
    assert "Share this post" not in res.text


def test_a_timetables_dated_rows_are_no_bylines() -> None:
    rows = [f"{day}.12.2024 | {paper} paper, the morning session | {paper} elective, the afternoon"
            for day, paper in (("16", "Third"), ("18", "Fourth"), ("20", "Fifth"))]
    res = clean(page(*MENU, "Examination schedule", BODY[0], *rows, BODY[1], BODY[2]))
    assert all(row in res.text for row in rows)


# A byline run together with its date and clock time or reading time, without separators:
# it goes, in any language, and the standfirst above it stays with the article under it.
_STANDFIRST = "The council's vote ends a decade of patchwork repairs, and the first crews will start work in May."


@pytest.mark.parametrize("line", ["By Owen Pryce Published June 16, 2026 5 min read",
                                  "Von Heiko Reents 14.10.2025, 19:42 Uhr 4 Min. Lesezeit",
                                  "Por Redacción NDP 11 de febrero de 2026 08:26 hrs",
                                  "Selin Kaya Giriş: 03.05.2026 09:14 Güncelleme: 03.05.2026 11:02",
                                  "كتب: أحمد سامي الخميس، 12 مارس 2026 02:20 م",
                                  "Karin Öberg Publicerad 1 juni 2026 19.58 Uppdaterad 21.14",
                                  "Sat 14 Feb 2026 17.24 GMT"])
def test_a_timestamp_line_is_a_byline_in_any_language(line: str) -> None:
    res = clean(page(*MENU, "Water mains to be replaced", _STANDFIRST, line, *BODY), langs=("any",))
    assert ("chrome", "byline_dateline", line) in rows_of(res)
    assert _STANDFIRST in res.text and all(p in res.text for p in BODY)


@pytest.mark.parametrize("furniture", [["By Dana Whitfield"], ["Share on Facebook Share on X Share on LinkedIn"],
                                       ["By Dana Whitfield", "FacebookXWhatsAppCopy link", "Photo: Reuters"]])
def test_the_standfirst_above_a_byline_or_a_share_bar_stays(furniture: list[str]) -> None:
    res = clean(page(*MENU, "Water mains to be replaced", _STANDFIRST, *furniture, *BODY))
    assert _STANDFIRST in res.text and all(p in res.text for p in BODY)
    assert not [line for line in furniture if line in res.text]


def test_dated_deadlines_one_under_the_other_and_a_dated_sentence_stay() -> None:
    deadlines = ["Deadline for tenders 15/12/2025, 15:00", "Opening of the tenders 19/12/2025, 10:00"]
    sentence = "The polls close on 14.10.2025 at 19:00."
    res = clean(page(*MENU, "Tender for the water mains", BODY[0], *deadlines, BODY[1], sentence, BODY[2]))
    assert all(line in res.text for line in (*deadlines, sentence))


@pytest.mark.parametrize("row", ["DelaKopiera länkSparaLyssna", "WhatsAppFacebookTelegramCopy linkGift this article",
                                 "МістоЛюдиТранспортЕнергетикаКультура", "San FranciscoEast BaySouth BayPeninsulaNorth Bay"])
def test_menu_items_and_buttons_run_together_go_in_any_language(row: str) -> None:
    res = clean(page(*MENU, "Water mains to be replaced", BODY[0], row, BODY[1], BODY[2]), langs=("any",))
    assert ("chrome", "run_together_labels", row) in rows_of(res)
    assert all(p in res.text for p in BODY)


@pytest.mark.parametrize("line", ["WorldWideWebSize", "OneTrip Basic OneTrip Prime OneTrip Premier",
                                  "iPhone Pro eBay MacBook", "freeCodeCamp Free Certificates",
                                  "HttpRawMessageLoggingOptions - Configuration options that control logging behavior"])
def test_names_written_in_camel_case_are_not_labels_run_together(line: str) -> None:
    # a name that runs its own words together, a product named thrice in a table's header,
    # names with one small letter before the capital, a class name and its description
    res = clean(page(*MENU, "Water mains to be replaced", BODY[0], BODY[1], line, BODY[2]))
    assert "run_together_labels" not in {r[1] for r in rows_of(res)}


def test_the_date_row_of_a_fact_sheet_stays() -> None:
    # an event's details, one field a line: its date and time are the article's, not a byline
    sheet = ["Etkinlik: Proje Tanıtımı", "Tarih: 17 Aralık 2025, Saat 13.30",
             "Yer: Deniz Bilimleri Fakültesi Konferans Salonu"]
    res = clean(page(*MENU, "Tender for the water mains", BODY[0], BODY[1], *sheet, BODY[2]), langs=("any",))
    assert all(line in res.text for line in sheet)
    # ... and a decimal figure beside a date is no clock
    assert "byline_dateline" not in {r[1] for r in rows_of(clean(page(
        *MENU, "Water mains to be replaced", _STANDFIRST, "Rainfall 3 March 2026: 2.75 inches", *BODY)))}


def test_a_greeting_above_a_post_stays_and_a_date_line_above_an_article_goes() -> None:
    # right above the core, a lone short line is the article's heading and stays with it:
    # a greeting that ends with a comma is the post's first line; a date is no heading
    greeting = "Bonjour à tous,"
    assert greeting in clean(page(*MENU, greeting, *BODY)).text
    date = "6. apr 2024 • 2 min čítania"
    assert date not in clean(page(*MENU, "Anggaran rumah tangga", date, *BODY), langs=("any",)).text


# An essay on a publishing platform: its byline runs into the follow button, and the author's
# box under it is headed "Écrit par <name>" and opens with the name; then two readers' replies
# under a counted header, each with its claps run into its reply link ("3Répondre").
NAGE = ["Pendant presque quarante ans, j'ai inventé des excuses pour ne pas aller à la piscine avec mes "
        "amis, mes collègues et même mes enfants, qui ne se doutaient de rien.",
        "En septembre, j'ai vu une affiche à la piscine municipale : un cours pour adultes débutants, le "
        "mardi soir, dix séances, et personne pour se moquer de ceux qui ont peur de l'eau.",
        "Aujourd'hui, je fais une longueur de brasse, lentement, la tête hors de l'eau, et c'est la chose "
        "dont je suis la plus fière depuis des années."]
BIO_FR = ("Claire Dumesnil est graphiste à Nantes. Elle écrit de temps en temps sur les choses qu'on apprend "
          "tard et celles qu'on n'apprend jamais.")
REPLIES = ["Réponses (2)", "Sophie B. 8 mars",
           "Merci pour ce texte. J'ai 52 ans et je n'ose toujours pas. Vous m'avez donné envie d'essayer.",
           "3Répondre", "Karim 8 mars",
           "Le maître-nageur qui dit que l'eau vous porte, c'est exactement ce qu'on m'a dit aussi !",
           "7Répondre"]


def test_an_author_box_headed_by_the_bylines_name_and_a_counted_thread_of_replies() -> None:
    res = clean(page("S'inscrire", "Se connecter", "Apprendre à nager à quarante ans", "Claire DumesnilSuivre",
                     "Lecture de 5 min · 7 mars 2024", *NAGE, "Écrit par Claire Dumesnil", BIO_FR, *REPLIES,
                     "Aide", "Confidentialité"), langs=("any",))
    for p in NAGE:
        assert p in res.text
    rows = rows_of(res)
    assert BIO_FR not in res.text
    assert ("chrome", "author_bio") in {(c, r) for c, r, t in rows if BIO_FR in t}
    assert REPLIES[2] not in res.text and REPLIES[5] not in res.text
    assert {r for c, r, t in rows if REPLIES[5] in t} == {"comment_thread"}


# The same in a script without capitals: the box opens with the name, then goes on.
HINDI = ["लखनऊ की पुरानी गलियों में सुबह की चाय के साथ अख़बार पढ़ने की आदत अब धीरे धीरे कम हो रही है, "
         "लेकिन कुछ लोग आज भी इसे नहीं छोड़ते हैं।",
         "चौक के पास एक छोटी सी दुकान पर हर सुबह दस बारह लोग इकट्ठा होते हैं और शहर की हर ख़बर पर "
         "लंबी बहस करते हैं, जो कभी कभी दोपहर तक चलती है।"]
BIO_HI = "विनीता शर्मा लखनऊ में रहती हैं और पिछले पंद्रह वर्षों से शहर की संस्कृति पर लिखती हैं।"


def test_an_author_box_in_a_script_without_capitals() -> None:
    res = clean(page("होम", "देश", "शहर", "सुबह की चाय और अख़बार", "विनीता शर्मा | 12 मार्च 2024", *HINDI,
                     "विनीता शर्मा", BIO_HI, "हमसे संपर्क करें"), langs=("any",))
    for p in HINDI:
        assert p in res.text
    assert BIO_HI not in res.text
    assert ("chrome", "author_bio") in {(c, r) for c, r, t in rows_of(res) if BIO_HI in t}


# ... and a box that calls the author by the first name alone under the full name.
BIO_FIRST = ("Marco runs Home Assistant on a mini PC in his closet and has automated everything in his "
             "house except the cat flap.")


def test_an_author_box_that_calls_the_author_by_the_first_name() -> None:
    res = clean(page("Home", "Reviews", "The best smart plugs", "By Marco Deluca", "March 29, 2024", *ARTICLE,
                     "Marco Deluca", BIO_FIRST, "All posts by Marco"))
    for p in ARTICLE:
        assert p in res.text
    assert ("chrome", "author_bio") in {(c, r) for c, r, t in rows_of(res) if BIO_FIRST in t}


# A fight preview's last section is headed by a boxer's name and opens with it: the headline
# names him, no byline does, and the section is the article's.
BOXING = ["Chris Eubank Jr. steigt am bevorstehenden Wochenende wieder in den Ring. Der 32-jährige "
          "Mittelgewichtler trifft Samstagabend in Cardiff auf den Waliser, der als unbequemer Gegner gilt.",
          "Bei seinem ersten Kampf im neuen Jahr geht es jedoch um keinen Titel, sondern um eine gute "
          "Ausgangsposition für die großen Kämpfe im Sommer."]
SECTION = ("Liam Williams stand im April des letzten Jahres gegen den Weltmeister im Ring und kam immerhin "
           "über die volle Distanz von zwölf Runden, auch wenn er am Ende klar nach Punkten verlor.")


def test_a_section_about_a_person_the_headline_names_stays() -> None:
    res = clean(page("Start", "Archiv", "Morgen Abend: Chris Eubank Jr. gegen Liam Williams", "Boxen · 4. Februar",
                     *BOXING, "Liam Williams", SECTION, "Impressum", "Datenschutz"), langs=("any",))
    for p in [*BOXING, SECTION]:
        assert p in res.text


# The same thread in Persian: the header's word holds a zero-width non-joiner ("پاسخ‌ها").
PERSIAN = ["کتاب‌فروشی کوچک سر کوچهٔ ما بعد از چهل سال بسته شد و صاحبش، آقای صدری، همهٔ کتاب‌ها را به کتابخانهٔ "
           "محله بخشید تا بچه‌ها هنوز بتوانند آن‌ها را بخوانند.",
           "او می‌گفت که هر کتاب یک دوست است و دوست را نمی‌شود فروخت، فقط می‌شود به کسی سپرد که قدرش را بداند و "
           "از آن مراقبت کند."]
PERSIAN_REPLIES = ["پاسخ‌ها (2)", "مهدی ر. ۲۳ اسفند", "چقدر این متن آشنا بود. کتاب‌فروشی محلهٔ ما در کرج هم همین سرنوشت را داشت.",
                   "3پاسخ", "لیلا ۲۳ اسفند", "آقای صدری‌ها هنوز هستند، فقط باید پیدایشان کرد. ممنون که نوشتید.", "7پاسخ"]


def test_a_counted_thread_whose_header_word_holds_a_joiner() -> None:
    res = clean(page("ورود", "ثبت نام", "کتاب‌فروشی سر کوچه", *PERSIAN, *PERSIAN_REPLIES, "درباره ما"), langs=("any",))
    for p in PERSIAN:
        assert p in res.text
    assert PERSIAN_REPLIES[2] not in res.text
    assert {r for c, r, t in rows_of(res) if PERSIAN_REPLIES[2] in t} == {"comment_thread"}


def test_a_programme_with_one_short_sentence_is_kept_as_its_lines() -> None:
    """A page whose only prose is one short sentence (a note under a timetable) has no
    article to find: its text is its lines, as on a page with no prose at all."""
    rows = ["09:00 – 09:30 Registration and coffee", "09:30 – 10:30 Opening keynote, Dr Ana Silva",
            "10:30 – 11:00 Coffee break", "11:00 – 12:30 Panel: open data and air quality",
            "12:30 – 13:30 Lunch in the main hall", "13:30 – 15:00 Workshops in rooms 2 and 3"]
    note = "Entry is free, but please register before the day of the summit."
    res = clean(page("Home", "Programme", "Contact", "Open Data Summit 2024",
                     "Thursday 12 September, Conference Centre", *rows, note, "Share this:", "© 2024 Open Data Summit"))
    assert res.text.endswith("\n\n".join([*rows, note]))
    assert ("chrome", "share_line", "Share this:") in rows_of(res)


TIPS = [("1. Open the account where the fees are lowest",
         "You can hold only one such account at a time, so compare the fees and the funds on offer before you choose a provider."),
        ("2. Sold allowance comes back next year",
         "When you sell a fund, the part of the allowance it used is free again from the next year, but the yearly limit stays the same."),
        ("3. Losses cannot be set against other gains",
         "A loss inside the account does not reduce the tax on gains in your other accounts, which is why it suits long holdings."),
        ("4. Keep a cash reserve first",
         "Before you invest, keep about six months of living costs in a savings account so that you never have to sell in a slump."),
        ("5. Start small and keep going",
         "A small monthly amount that you keep up for years does more than a large sum that you put in once and then forget about.")]


def test_a_numbered_list_split_by_a_newsletter_box_is_no_teaser_list() -> None:
    """A box set between an item's title and its text: its button and the item's text look
    like a teaser's title and summary, but the titles after it count on (2., 3., 4., 5.)."""
    tips = [x for t in TIPS for x in t]
    res = clean(page("Home", "Money", "Contact", "Five things to know before you open a tax-free account",
                     "The new rules took effect in January, and they change more than the yearly limit: here is "
                     "what matters when you start.", *tips[:3], "Sign up for our newsletter", "Count me in",
                     *tips[3:], "Share this:", "© 2024 Money Notes"))
    for line in tips:
        assert line in res.text
    assert not [r for c, r, _ in rows_of(res) if r == "teaser_list"]


_SECTIONS = [
    ("Morning: beef soup by the market", "The day starts with a bowl of beef soup, the thin slices cooked by the "
     "hot broth poured over them, and a small bowl of rice with minced pork on the side."),
    ("Noon: noodles in the old town", "At noon the small bowls of noodles in the old town are the thing to eat, "
     "with a shrimp on top and a spoon of the meat sauce the stalls have cooked for hours."),
    ("Evening: eel noodles", "Dinner is eel stir-fried over a high flame with fried noodles in a sweet and sour "
     "sauce, a dish you will find in this city and almost nowhere else."),
]
_INTRO = ("Every time I go home the plan is the same: eat. Most stalls hide in the lanes, open for a few hours "
          "and close when they sell out, so the order of the day matters.")


def test_an_articles_last_sections_are_no_teaser_list() -> None:
    # Title and short paragraph, three times, closing the article: after a paragraph or a
    # photo's caption they are the article's own sections ...
    body = [part for title, text in _SECTIONS for part in (title, text)]
    caption = "The soup at seven in the morning, the meat still pink."
    res = clean(page(*MENU, "A day of eating in the old capital", _INTRO, P1, caption, *body, *FURNITURE))
    assert all(text in res.text for _, text in _SECTIONS)
    assert not [row for row in rows_of(res) if row[1] == "teaser_list"]


@pytest.mark.parametrize("between", ["Advertisement", "Read also: How the old capital's night market began"])
def test_an_articles_sections_after_an_ad_or_a_labelled_link_are_no_teaser_list(between: str) -> None:
    # An ad's label sits in the article's flow, and a labelled link ("Read also: <title>") is
    # one link: neither opens a list, and the sections after them are the article's (an
    # unseen Hindi horoscope page lost its last nine signs).
    body = [part for title, text in _SECTIONS for part in (title, text)]
    res = clean(page(*MENU, "A day of eating in the old capital", _INTRO, P1, between, *body, P2, *FURNITURE))
    assert all(text in res.text for _, text in _SECTIONS) and P2 in res.text
    assert not [row for row in rows_of(res) if row[1] == "teaser_list"]


def test_a_list_under_a_header_of_its_own_that_closes_the_article_is_teasers() -> None:
    # ... under a line that ends no sentence, they are teasers to other stories.
    teasers = [part for title, text in _SECTIONS for part in (title, text)]
    res = clean(page(*MENU, "A day of eating in the old capital", _INTRO, P1, "More you might like", *teasers,
                     *FURNITURE))
    assert P1 in res.text
    assert not any(text in res.text for _, text in _SECTIONS)
    assert [row for row in rows_of(res) if row[1] == "teaser_list"]


# Under the box's heading in the vocabulary, the name and the bio are the box's wherever in
# the core the box stands: here the site's previous/next links and its appeal follow it.
BIO_AR = ("ناقد وصحفي مقيم في برلين، يكتب عن الرواية العربية والسينما، وصدر له كتاب عن المدن في الأدب "
          "عن دار نشر في بيروت.")


def test_an_author_box_under_its_heading_before_the_sites_links() -> None:
    body = ["صدرت هذه الرواية في بيروت مطلع العام، وهي الأولى لكاتبتها بعد سنوات من العمل في الصحافة الثقافية، "
            "وتتبع ثلاثة أجيال من عائلة دمشقية في بيت قديم على ضفة النهر.",
            "تكتب الروائية عن المدينة كما تتذكرها الجدران، فتجعل من البيت شاهدًا على التحولات التي مرت بها "
            "العائلة والمدينة معًا، من الانتداب إلى سنوات الحرب الأخيرة.",
            "لكن هذه ملاحظات لا تقلل من قيمة عمل يستحق القراءة، خصوصًا لمن يبحث عن رواية تتأمل المدينة "
            "والذاكرة بعيدًا عن الخطابة والشعارات."]
    res = clean(page("الرئيسية", "رواية «بيت على النهر»: المدينة كما تتذكرها الجدران", *body, "عن الكاتب", "رامي الشامي",
                     BIO_AR, "← المقالة السابقة: صابون الغار: ذاكرة مدينة في قالب أخضر",
                     "المقالة التالية: فيلم جديد يعيد المدينة إلى الشاشة →"), langs=("any",))
    for p in body:
        assert p in res.text
    assert {r for c, r, t in rows_of(res) if BIO_AR in t or "رامي الشامي" in t} == {"author_bio"}
    assert "المقالة السابقة" not in res.text and "المقالة التالية" not in res.text


# A recipe's text dump: its ingredients one a line, no bullet, above the steps that make the core.
INGREDIENTS = ["4 servings", "1 kg waxy potatoes", "1 onion", "250 ml hot beef stock", "4 tbsp white wine vinegar",
               "1 tsp medium mustard", "5 tbsp sunflower oil", "Salt and pepper", "½ cucumber, if you like"]
STEPS = ["Wash the potatoes and boil them in their skins in salted water for 20 to 25 minutes, until they are soft "
         "but not falling apart. Drain, let them steam off briefly and peel them while still warm.",
         "Slice the potatoes thinly into a large bowl. Chop the onion very finely, stir it into the hot stock with "
         "the vinegar, mustard, salt and pepper, and pour it over the warm potatoes.",
         "Fold in the oil only at the end and season again. It usually needs a little more salt or a dash of "
         "vinegar, and it tastes best after an hour in which the potatoes soak up the dressing."]


def test_a_recipes_ingredients_above_its_steps_are_the_article() -> None:
    res = clean(page("Home", "Recipes", "Side dishes", "4.7 (912)", "Save Print Share", "Grandma's potato salad",
                     "Ingredients", *INGREDIENTS, "Nutrition per serving", "kcal", "322", "Method", *STEPS,
                     "Did you make this recipe? Upload a photo!"))
    for line in ("Ingredients", *INGREDIENTS, *STEPS):
        assert line in res.text
    assert "Save Print Share" not in res.text and "Side dishes" not in res.text


def test_a_table_of_standings_or_a_numbered_list_above_an_article_stays_out() -> None:
    standings = ["1 Napoli 26", "2 Atalanta 25", "3 Fiorentina 25", "4 Inter 24", "5 Lazio 23", "Standings"]
    most_read = ["1. Pensions rise in January", "2. Schools closed tomorrow", "3. Derby ends in a draw",
                 "4. Actor marries in secret", "5. Vitamin D in winter", "Most read"]
    for lines in (standings, most_read):
        res = clean(page("Table", *lines, *ARTICLE))
        assert res.text.strip() == "\n\n".join(ARTICLE)


def test_a_recipes_steps_headed_step_one_two_three_close_the_article() -> None:
    # "Step 1" alone over each step's paragraph: a numbered list of steps, not teasers, though
    # they close the core (the share bar and the thread follow)
    steps = [f"Step {n}" for n in (1, 2, 3)]
    lines = ["Tarte Tatin", "The classic of Sunday lunches: apples cooked in caramel under a crust, turned out "
             "warm so that the caramel runs down the sides and sets into a shining glaze.", "Method",
             "Prep: 30 min Cook: 45 min"]
    for heading, step in zip(steps, STEPS, strict=True):
        lines += [heading, step]
    res = clean(page(*lines, "Share this recipe", "Comments (2)", "Lovely recipe, exactly my grandmother's."))
    for line in (*steps, *STEPS):
        assert line in res.text


LEAD = ("The city council approved the riverside park expansion on Tuesday, ending a decade of argument "
        "over the old mill ground.")
WIDGETS = ["By Dana Whitfield | 15.07.2025 09:24", "Share Tweet Viber Follow us on Google News",
           "Photo: The old mill ground at dusk (Jane Doe / Example Agency)", "Advertisement"]


def test_a_standfirst_parted_from_the_body_by_its_widgets_stays_with_the_article() -> None:
    # a news page's dump: headline, standfirst, then the byline, the share bar, the lead
    # picture's caption and an ad's label, walls for the core, then the body
    res = clean(page(*MENU, "Council approves riverside park expansion", LEAD, *WIDGETS, *ARTICLE,
                     "Related stories", "Weather"), langs=("any",))
    assert res.text.split("\n\n") == [LEAD, *ARTICLE]
    assert ("title", "headline", "Council approves riverside park expansion") in rows_of(res)


def test_prose_above_the_widgets_under_no_headline_is_no_standfirst() -> None:
    # a teaser under a "Most read" box's header is no standfirst: it stands under no headline
    res = clean(page(*MENU, "Most read", LEAD, *WIDGETS, *ARTICLE, "Weather"), langs=("any",))
    assert LEAD not in res.text and all(p in res.text for p in ARTICLE)


# A question that opens with a sentence announcing its code ("... and got this:"), the code
# on a line that is no sentence, then the question's body: the announcing sentence is the
# article's first line, in any language.
ANNOUNCED = {
    "en": ("I wanted to check how the built-in round function works and got a result I did not expect:",
           "In school we learned that 2.5 rounds up to 3. Why does Python round one half up and the other "
           "one down, and how do I get the rounding that my accountant expects for the monthly report?"),
    "ru": ("Решил проверить, как работает встроенная функция round, и получил неожиданный результат:",
           "В школе нас учили, что 2,5 округляется до 3. Почему Python в одном случае округляет вверх, "
           "а в другом вниз, и как получить округление, которого ждёт бухгалтерия для месячного отчёта?"),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_sentence_announcing_the_code_under_it_opens_the_article(lang: str) -> None:
    intro, body = ANNOUNCED[lang]
    res = clean(page(*MENU, "Why does round(2.5) return 2?", "Asked 1 year ago", "Viewed 3k times",
                     intro, ">>> round(2.5) 2 >>> round(3.5) 4", body, ARTICLE[1]), langs=("any",))
    assert intro in res.text and body in res.text


def test_a_label_with_a_colon_above_the_article_is_not_pulled_into_it() -> None:
    # "Latest:" is no sentence, and a menu line between it and the article is no free line
    res = clean(page(*MENU, "Our latest picks from the archive, chosen by the editors:", "Weather", P1, *ARTICLE[1:]))
    assert "Our latest picks" not in res.text and P1 in res.text
