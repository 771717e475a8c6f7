"""The manifest's category is what an auditor filters on: site chrome inside a comment thread
stays chrome, a masthead is no donation appeal, a form field is no share button, and a long
comment thread never takes the article's place."""

from __future__ import annotations

import pytest

from corpusclean import CleanResult, Config, clean_page

from .conftest import SEEDS, clean, need, rows_of
from .test_lang_auto import DE
from .test_rules import ARTICLE, P1, P2, P3, P4, assert_stays, page


def _rows(text: str, **kw: object) -> set[tuple[str, str, str]]:
    return _rows_of(clean(text, **kw))


def _rows_of(res: CleanResult) -> set[tuple[str, str, str]]:
    """A result's manifest rows as (category, rule, text), the text stripped."""
    return {(c, r, t.strip()) for c, r, t in rows_of(res)}


def _category_of(rows: set[tuple[str, str, str]], line: str) -> set[str]:
    return {c for c, _, t in rows if line in t.split("\n")}


@pytest.mark.parametrize(("prefix", "lines"), [("001", ["Login"]), ("002", ["Gallery", "Photo", "Film"])])
def test_seed_chrome_inside_a_comment_thread_is_chrome(prefix: str, lines: list[str]) -> None:
    from corpusclean import clean_page

    path = next(need(SEEDS).glob(f"{prefix}_*.txt"))
    res = clean_page(path.read_bytes(), kind="text")
    rows = {(s.category, s.rule, s.text.strip()) for s in res.removed}
    for line in lines:
        assert _category_of(rows, line) == {"chrome"}, line


def test_login_box_inside_a_thread_is_login_form_and_the_comments_are_comments() -> None:
    comment = "I walk along the river every morning, and I cannot wait for the new trail to open next spring."
    rows = _rows(page(*ARTICLE, "Leave a Comment", "Login", "Remember me Lost your password?", "3 Comments",
                      "jdoe 12 March 2025 at 10:14", comment, "Reply"))
    assert ("chrome", "login_form", "Login\n\nRemember me Lost your password?") in rows
    assert _category_of(rows, comment) == {"comments"}


@pytest.mark.parametrize("masthead", [
    "Harbour Voice | Independent news from the coast",
    "Der Küstenbote | Unabhängiger Journalismus von der Küste",
    "د روڼ سبا مرستندویه موسسه",
])
def test_masthead_is_not_a_donation_appeal(masthead: str) -> None:
    for text in (page(masthead, *ARTICLE), page(P1, P2, masthead, P3, P4)):
        assert not any(c == "donation" for c, _, _ in _rows(text))


def test_appeal_that_names_independent_journalism_is_still_an_appeal() -> None:
    rows = _rows(page(*ARTICLE, "Support independent journalism: donate today"))
    assert ("donation", "donation_appeal", "Support independent journalism: donate today") in rows


@pytest.mark.parametrize(("field", "rule"), [
    ("Email *", "comment_form"), ("Name :", "comment_form"), ("E-Mail-Adresse *", "comment_form"),
    ("Courriel :", "comment_form"), ("メールアドレス *", "comment_form"),
    ("Password *", "login_form"), ("Passwort:", "login_form"), ("Mot de passe *", "login_form"),
])
def test_form_field_is_a_form_not_a_share_button(field: str, rule: str) -> None:
    rows = _rows(page(P1, P2, field, P3, P4), langs=("any",))
    assert ("chrome", rule, field.rstrip(" :*")) in {(c, r, t.rstrip(" :*")) for c, r, t in rows}


@pytest.mark.parametrize("line", ["Name: Email:", "Name * Email * Website *", "Họ tên: Email:"])
def test_a_forms_labels_run_into_one_line_are_a_form(line: str) -> None:
    # a text dump prints a form's labels in one line where its inputs stood between them
    assert ("chrome", "comment_form", line) in _rows(page(P1, P2, P3, P4, line), langs=("any",))
    assert_stays("Name: Email: Password: the three fields every sign-up form asks for, and why they are "
                 "all you need to start")


def test_a_thread_header_over_the_comment_form_alone_is_the_forms() -> None:
    # a portal's "Readers' opinions" with its form and no comment yet: trafilatura keeps them
    # as main text, but the form's fields under the header say what it is
    html = ("<html><body><article><h1>Road closed at night for the new flyover</h1>"
            + "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
            + "<h3>Ý kiến bạn đọc</h3><p>Họ tên: Email:</p></article></body></html>")
    rows = _rows_of(clean_page(html, kind="html", config=Config(langs=("any",))))
    assert ("comments", "comment_thread", "Ý kiến bạn đọc\n\nHọ tên: Email:") in rows


def test_a_footer_column_headed_company_is_navigation_and_a_marked_company_field_a_form() -> None:
    assert _rows(page(*ARTICLE, "Company", "About Us", "Careers", "Contact Us")) == {
        ("chrome", "navigation", "Company\n\nAbout Us\n\nCareers\n\nContact Us")}
    assert _rows(page(*ARTICLE, "Full Name *", "Company *", "Tell us about your project", "Submit Form")) == {
        ("chrome", "comment_form", "Full Name *\n\nCompany *\n\nTell us about your project\n\nSubmit Form")}


@pytest.mark.parametrize(("line", "rule"), [("1 / 2", "slide_counter"), ("3/12", "slide_counter"),
                                           ("0 / 1500", "comment_form")])
def test_a_slide_counter_is_no_form_and_a_character_counter_is(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(P1, P2, line, P3, P4))


def test_email_alone_among_share_buttons_is_still_a_share_line() -> None:
    rows = _rows(page(*ARTICLE, "Share this:", "Email"))
    assert ("chrome", "share_line", "Email") in rows or ("chrome", "share_line", "Share this:\n\nEmail") in rows


def test_long_german_comment_thread_never_becomes_the_article() -> None:
    comments = []
    for i, name in enumerate(["Mareike", "Georg", "Thomas", "Lana", "Stefan", "Jonas"]):
        comments += [f"{i + 1}. {name} 8. Dezember 2021 um 1{i}:05",
                     "Ich finde den Plan grundsätzlich richtig, aber die Bauzeit im Sommer ist für die Geschäfte in "
                     "der Innenstadt eine große Belastung, und die Stadt hätte die Anwohner viel früher fragen müssen, "
                     "bevor sie so ein großes Projekt beschließt. Außerdem fehlen Parkplätze für die Besucher.",
                     "Antworten"]
    text = page(*DE, "6 Kommentare", *comments)
    res = clean(text, langs=("de",))
    for p in DE:
        assert p in res.text
    assert "Ich finde den Plan" not in res.text
    thread = [t for c, r, t in rows_of(res) if (c, r) == ("comments", "comment_thread")]
    assert thread and thread[0].startswith("6 Kommentare") and "Ich finde den Plan" in thread[0]


@pytest.mark.parametrize("header", ["Comments: Our rules", "Kommentare: Netiquette"])
def test_a_thread_header_with_words_after_its_colon_opens_a_thread_over_dated_comments(header: str) -> None:
    said = ["Another bit of road taken away from the people who actually pay for it, and nobody asked the "
            "shops on the street what they think of losing the parking outside their doors.",
            "Cyclists pay for roads the same as everyone else, through council tax and general taxation, and "
            "a safe lane to the school is long overdue on a road this busy.",
            "I feel for the shop owners, but most of the spaces outside are taken all day by people who work "
            "in the offices above the bank, not by customers."]
    comments = [line for i, (name, text) in enumerate(zip(["RoadRunner62", "Sarah_K", "Old Harlovian"], said,
                                                          strict=True))
                for line in (f"{i + 1}. {name} 21 May 2025, 9:{14 + i}pm", text)]
    res = clean(page(*ARTICLE, header, "Please keep it civil and report comments that break our rules.",
                     *comments), langs=("any",))
    assert all(p in res.text for p in ARTICLE)
    assert not any(text in res.text for text in said)
    assert {c for c, _, t in rows_of(res) if said[1] in t} == {"comments"}
    # without the comments' date-and-time lines, a heading of that shape is the article's own
    section = ["Comments: what readers told us", P3, P4]
    assert all(p in clean(page(P1, P2, *section), langs=("any",)).text for p in section[1:])


def test_a_quoted_emails_question_opens_no_thread() -> None:
    # A story that quotes a mailing-list exchange: "> what do you think?" is the quoted
    # message's line, not the header of the page's comments; the story goes on below it.
    quoted = ["From: Matt Fredette", "Subject: Re: sneak preview", "> mainly because that way we both advance faster",
              "> what do you think?", "I'm a big believer in sharing, absolutely. Within the next week I hope to start "
              "committing to the project's repository."]
    after = ("The code went into the tree a few weeks later, and the port has been maintained by the two of them "
             "ever since, with help from a handful of other developers.")
    res = clean(page(P1, P2, *quoted, P3, P4, after))
    assert after in res.text and P3 in res.text
    assert not [t for c, _, t in rows_of(res) if c == "comments"]


def test_a_menus_comments_entry_opens_no_thread() -> None:
    # A footer menu flattened to a bulleted list has a "Kommentare" entry among its sections:
    # the entries after it are the menu's, not readers' comments.
    menu = ["+ Meinung", "+ Kommentare", "+ Pro & Contra", "+ Leserbriefe", "+ Sport", "+ Reisen"]
    rows = _rows(page(*DE, *menu), langs=("de",))
    assert not [t for c, _, t in rows if c == "comments"]
    assert all(_category_of(rows, line) == {"chrome"} for line in menu)


JA = ["市議会は火曜日、川沿いの公園を拡張する計画を賛成多数で可決した。東岸に沿って約五キロの遊歩道を整備し、古い水車"
      "小屋の近くに新しい歩道橋を架ける。",
      "工事は来年の春に始まり、二年ほどかかる見込みだ。市長は、市民が川辺で過ごす時間が増えることを期待していると述べた。",
      "反対した議員は、費用が当初の見積もりを大きく上回る可能性があると指摘し、計画の見直しを求めた。"]


def test_a_widget_in_another_language_is_filed_as_the_widget() -> None:
    # An English rights line on a Japanese page, an Arabic menu and rights line on an English
    # one: removed either way; the manifest says what they are, and the language category
    # keeps to the page's text in other languages.
    line = "Copyright © 2024 市民新聞 All Rights Reserved."
    assert ("chrome", "license_notice", line) in _rows(page("ホーム", *JA, line), langs=("auto",))
    rows = _rows(page("الرئيسية", "Home", *ARTICLE, "جميع الحقوق محفوظة"), langs=("en",))
    assert {("chrome", "navigation", "الرئيسية"), ("chrome", "license_notice", "جميع الحقوق محفوظة")} <= rows
    quote = "Die Stadt hat den Park am Fluss um drei Kilometer verlängert, und die neue Brücke wird im Frühjahr gebaut."
    assert ("language", "foreign_language", quote) in _rows(page(P1, P2, quote, P3, P4), langs=("en",))


def test_comment_thread_known_by_its_repeated_widgets_never_becomes_the_article() -> None:
    """No reply link, no clock time: the widgets each comment repeats show it is a thread."""
    comments = []
    for i, name in enumerate(["Nossi", "clandestine", "Yorick", "Bibi Blue", "Mara", "Jens", "Ute", "Olaf"]):
        comments += ["Gast", name,
                     "Ich finde den Plan grundsätzlich richtig, aber die Bauzeit im Sommer ist für die Geschäfte in "
                     "der Innenstadt eine große Belastung, und die Stadt hätte die Anwohner viel früher fragen müssen, "
                     "bevor sie so ein großes Projekt beschließt. Außerdem fehlen Parkplätze für die Besucher, und "
                     "niemand hat erklärt, wie die Lieferwagen in der Zeit an die Läden kommen sollen.",
                     f"Daumen hoch {i + 2} Daumen runter", "Translate", f"{i + 1} Monat her"]
    res = clean(page(*DE, "Hinterlasse einen Kommentar", *comments), langs=("de",))
    for p in DE:
        assert p in res.text
    assert "Ich finde den Plan" not in res.text


def test_a_share_bar_above_an_appeal_is_a_share_bar() -> None:
    # The short line above an appeal is its heading ("Support our newsroom") unless a rule
    # already named it: a share bar stays chrome/share_line, not donation.
    appeal = ("If you value our reporting, please support our journalism with a donation. "
              "Every contribution, however big or small, keeps us independent.")
    rows = _rows(page(*ARTICLE, "Share: Facebook · X · LinkedIn · Email", appeal))
    assert ("chrome", "share_line", "Share: Facebook · X · LinkedIn · Email") in rows
    assert ("donation", "donation_appeal", appeal) in rows


def test_a_donation_boxs_pitch_beside_its_button_is_the_appeal() -> None:
    # One call to give ("Become a sustaining member") in the box's paragraph, its heading above
    # and its button below: the three are the appeal, the article's paragraphs are not.
    heading = "Stories like this depend on you"
    pitch = ("Northern Plains Public Radio is a nonprofit newsroom. Listeners like you make reporting from "
             "rural communities possible. Become a sustaining member today and help keep local news free.")
    rows = _rows(page(P1, P2, heading, pitch, "Donate now", P3, P4))
    assert _category_of(rows, pitch) == {"donation"}
    assert _category_of(rows, heading) == {"donation"}
    assert _category_of(rows, P3) == set()


def test_a_call_to_give_in_the_article_away_from_any_appeal_stays() -> None:
    # The same call in a story, with no appeal beside it, is the story's.
    story = ("The station asked listeners to become a sustaining member after the federal cuts, and the "
             "manager said the response in the first week had surprised everyone in the building.")
    rows = _rows(page(P1, P2, story, P3, P4))
    assert _category_of(rows, story) == set()


def test_a_storys_paragraph_saying_the_word_of_the_heading_above_it_stays() -> None:
    # A box needs two distinct phrases, one in each block: a subheading and its paragraph that
    # both say "寄付" (donation) are a story about a shop stocked by donated books.
    heading = "本は寄付、棚は「棚主」が管理"
    para = ("本はすべて住民からの寄付でまかなっている。店内の棚の一部は月額千五百円で個人に貸し出しており、"
            "棚主となった人は自分の選んだ本を並べて販売できる。")
    res = clean(page(P1, P2, heading, para, P3, P4), langs=("any",))
    assert para in res.text


def test_a_jobs_pension_contribution_is_no_appeal() -> None:
    # A giving word alone makes a short heading an appeal ("Donate now"); a list item is no
    # heading, bulleted in the text or an <li> in the markup.
    benefits = ["28 days holiday plus bank holidays", "8% pension contribution", "Private medical insurance"]
    rows = _rows(page(P1, P2, "What we offer", *(f"* {b}" for b in benefits), P3, P4))
    assert not any(c == "donation" for c, _, _ in rows)
    html = ("<html><body><article><h1>Field Service Technician</h1>" + f"<p>{P1}</p><p>{P2}</p><h2>What we offer</h2><ul>"
            + "".join(f"<li>{b}</li>" for b in benefits) + f"</ul><p>{P3}</p><p>{P4}</p></article></body></html>")
    res = clean_page(html, kind="html")
    assert "8% pension contribution" in res.text
    assert not any(r.category == "donation" for r in res.removed)


# A news story about giving names it as an appeal does: donations, fundraising, "Spenden".
# Its paragraphs are article text; the appeal beside it, which asks the reader, is not.
@pytest.mark.parametrize("story", [
    "Judge Maria Okonkwo raised more than 40,000 individual donations last year, according to county "
    "filings, and her fundraising committee also took large contributions from two unions and several law firms.",
    "„Wir können nur verteilen, was gespendet wird“, sagt die Leiterin der Tafel. Die Spenden der Supermärkte "
    "sind im vergangenen Jahr um ein Drittel gesunken, und viele Unternehmen unterstützen den Verein nur noch "
    "unregelmäßig, weil die Schlangen jeden Monat länger werden.",
    "El sistema español apoya cada paso del proceso: desde la detección del posible donante en la UCI hasta "
    "el trasplante, y la donación en asistolia ya supone un tercio de los órganos que se trasplantan cada año.",
])
def test_a_story_about_donations_is_article_text(story: str) -> None:
    appeal = ("If you value our reporting, please support our journalism today. Every contribution, however "
              "big or small, keeps the newsroom independent.")
    rows = _rows(page(P1, story, P2, appeal), langs=("any",))
    assert _category_of(rows, story) == set()
    assert _category_of(rows, appeal) == {"donation"}


# In the Arabic-script languages the nouns of giving name it, as "donations" does: a story
# about a mosque's bread bank or a charity's campaign says them in every paragraph. The
# appeal asks with the imperative or "your help".
@pytest.mark.parametrize(("heading", "story", "appeal"), [
    ("مرسته له کومه راځي؟",  # Pashto: "Where does the help come from?"
     "د جومات د مرستې کمېټې د حساب له مخې، هره ورځ نږدې ۱۸۰۰ ډوډۍ وېشل کېږي چې لګښت یې له ۱۸ زره "
     "افغانیو څخه زیات دی، او ټولې مرستې د سیمې له دوکاندارانو څخه راځي.",
     "ستاسو مرسته یوه کورنۍ له سړې شپې ژغوري. همدا اوس مرسته وکړئ."),
    ("عطیات کہاں خرچ ہوتے ہیں؟",  # Urdu: "Where are the donations spent?"
     "فاؤنڈیشن کے مطابق اس سال رمضان میں جمع ہونے والے عطیات سے تین ہزار خاندانوں کو راشن فراہم کیا "
     "گیا، اور ہر عطیہ دہندہ کو رسید جاری کی گئی۔",
     "آپ کا عطیہ کسی کے دسترخوان کی رونق بن سکتا ہے، ابھی عطیہ دیں۔"),
    ("اهداف کمپین امسال",  # Persian: "This year's campaign goals" (not "اهدا", donation)
     "به گفته مسئولان انجمن، اهداف کمپین امسال گسترش اهدای خون در شهرهای کوچک و آموزش داوطلبان تازه "
     "است و کمک مالی دولت به این برنامه هنوز پرداخت نشده است.",
     "از ما حمایت کنید؛ کمک شما به ما امکان می‌دهد که مستقل بمانیم."),
])
def test_a_story_about_aid_in_arabic_script_is_article_text(heading: str, story: str, appeal: str) -> None:
    rows = _rows(page(P1, heading, story, P2, appeal), langs=("any",))
    assert _category_of(rows, heading) == set()
    assert _category_of(rows, story) == set()
    assert _category_of(rows, appeal) == {"donation"}


# A subheading that opens with "By", "Von" or "Por" is no byline unless a name follows.
@pytest.mark.parametrize("heading", ["By the numbers", "Von der Idee zur Umsetzung", "Por qué sube el alquiler"])
def test_a_subheading_opening_like_a_byline_stays(heading: str) -> None:
    assert_stays(heading, langs=("any",))


@pytest.mark.parametrize("byline", ["By Jane Doe", "Par Le Monde avec AFP", "Von Anna Müller"])
def test_a_byline_is_a_byline(byline: str) -> None:
    assert ("chrome", "byline_dateline", byline) in _rows(page(byline, P1, P2, P3), langs=("any",))


# Share bars in any language, as a text dump prints them: labels run together, the verb
# repeated before each platform, a last button in the page's language.
@pytest.mark.parametrize("bar", [
    "FacebookXWhatsAppCopiar enlace", "Comparte este artículo: XLinkedInWhatsApp", "Rhannu: Facebook Bluesky E-bost",
    "Partager sur Facebook Partager sur LinkedIn Partager sur Bluesky Envoyer par courriel",
    "Yabelana ku-Facebook Yabelana ku-WhatsApp Phrinta",
    "Enviar por correo electrónico Escribe un blog Compartir en X Compartir con Facebook Compartir en Pinterest"])
def test_a_share_bar_is_a_share_line_in_any_language(bar: str) -> None:
    assert ("chrome", "share_line", bar) in _rows(page(P1, P2, bar, P3, P4), langs=("any",))


@pytest.mark.parametrize("line", ["Facebook, Instagram down for hours", "Meta owns Facebook and Instagram",
                                  "We post on Facebook and post on Instagram every day.",
                                  "Facebook vs. Instagram: which is better for small businesses"])
def test_platforms_named_in_a_heading_or_a_sentence_stay(line: str) -> None:
    assert_stays(line, langs=("any",))


# An embedded social post: its author's line and a TikTok's sound go; the words the article
# quotes from the post stay.
@pytest.mark.parametrize("line", ["Une publication partagée par Nathalie Vernier (@nathalievernier_officiel)",
                                  "— Álex Prieto (@alexprietomusica) 6 de marzo de 2026",
                                  "서하(@seoha_lumiere)님의 공유 게시물 2026년 4월 15일",
                                  "#legrandfournil #hommage ♬ original sound - kevin.fournil7"])
def test_an_embedded_posts_author_line_is_an_embed_credit(line: str) -> None:
    quote = "Merci à tous pour vos messages, on se retrouve samedi sur scène pour la dernière date de la tournée."
    res = clean(page(P1, P2, quote, line, P3, P4), langs=("any",))
    assert ("chrome", "embed_credit", line) in _rows_of(res)
    assert quote in res.text


# A consent dialog flattened above the article: between its banner and its buttons, its
# purposes and its pay-or-consent offer go too, whatever words they use.
_DIALOG = ["We and our 912 partners store and access information on your device, such as cookies, and process "
           "personal data for personalised advertising. See our privacy policy.",
           "With your permission we and our partners may use precise geolocation data and identification through "
           "device scanning for the purposes listed below.",
           "Read for free with ads", "Accept all", "Read without ads",
           "Subscribe to Eastfield Post Plus for £2.99 a month and read without personalised advertising.",
           "Manage options Reject all", "List of purposes", "Store and/or access information on a device",
           "Cookies, device or similar online identifiers may be stored; see our privacy policy."]


def test_a_consent_dialogs_purposes_and_offers_go_with_it() -> None:
    res = clean(page(*_DIALOG, *ARTICLE))
    assert res.text.split("\n\n") == ARTICLE
    assert all(s.rule == "cookie_notice" for s in res.removed if s.text.strip() in (_DIALOG[1], "Read without ads"))
    assert {s.category for s in res.removed} == {"chrome"}


def test_a_privacy_policys_paragraphs_between_its_policy_lines_stay() -> None:
    # no button: a page about the policy, not a dialog
    body = ["This privacy policy explains how we handle the personal data of the people who visit this site.",
            "We collect the name and e-mail address you give us when you write to the editors, and nothing else.",
            "You can ask us at any time to delete what we hold about you, and we will do so within a month."]
    res = clean(page(*ARTICLE[:2], "Cookies, device identifiers and our privacy policy", *body,
                     "Our cookie policy and privacy policy", *ARTICLE[2:]))
    assert all(b in res.text for b in body)


@pytest.mark.parametrize("prompt", ["View this post on Instagram", "Bu gönderiyi Instagram'da gör",
                                    "Lihat postingan ini di Instagram"])
def test_an_embedded_posts_prompt_above_its_text_goes_with_its_author_line(prompt: str) -> None:
    quote = "Merci à tous pour vos messages, on se retrouve samedi sur scène pour la dernière date de la tournée."
    credit = "Une publication partagée par Nathalie Vernier (@nathalievernier_officiel)"
    res = clean(page(P1, P2, prompt, quote, credit, P3, P4), langs=("any",))
    assert ("chrome", "embed_credit", prompt) in _rows_of(res)
    assert quote in res.text
    # without the post's author line under it, a short line naming the platform stays
    heading = "Instagram im Test"
    assert heading in clean(page(P1, P2, heading, P3, P4), langs=("any",)).text


def test_the_closing_bracket_of_a_code_block_is_code() -> None:
    code = 'app.group("/admin", [auth], (r) => {\n  r.get("/", dashboard)\n})'
    res = clean(page(P1, P2, code, P3, P4), langs=("any",))
    assert "})" in res.text.split("\n")
    assert all(r != "separator_line" for _, r, _ in rows_of(res))


def test_a_dateline_with_cjk_units_is_not_the_headline() -> None:
    ja = ["東京都は20日、都内の公園で新しいごみの分別ルールを来月から試験的に導入すると発表した。対象は23区の公園で、"
          "利用者の意見を聞きながら年内に本格導入を判断する。",
          "都によると、公園のごみは年々増えており、昨年度は前年度より一割多い約4万トンに上った。担当者は「分別が進めば"
          "処理費用を大きく減らせる」と話している。"]
    res = clean(page("公園のごみ分別、来月から試験導入", "最終更新日: 2025年1月20日", *ja), langs=("any",))
    assert res.metadata.get("title") == "公園のごみ分別、来月から試験導入"
    assert ("chrome", "byline_dateline", "最終更新日: 2025年1月20日") in _rows_of(res)


# Article sentences about privacy, subscriptions and how-tos use a widget's words; the
# widgets, which address the reader, are still removed.
@pytest.mark.parametrize("sentence", [
    "Meta updated its privacy policy on Tuesday after regulators in Brussels asked the company to explain "
    "how it tracks users across other sites.",
    "Users can subscribe for 9.99 euros a month, the company said, and more than a million did so in the first week.",
])
def test_news_about_privacy_or_subscriptions_stays(sentence: str) -> None:
    assert_stays(sentence, langs=("any",))


@pytest.mark.parametrize("heading", ["How to get started", "Where to learn more"])
def test_a_how_to_heading_is_no_call_to_action(heading: str) -> None:
    assert_stays(heading, langs=("any",))


@pytest.mark.parametrize(("line", "rule"), [
    ("By clicking Join you are agreeing to our Terms of Service and Privacy Policy.", "cookie_notice"),
    ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "cookie_notice"),
    ("Terms & Conditions | Privacy Policy | Accessibility", "cookie_notice"),
    ("Subscribe to Cultivating Health", "newsletter_signup"),
    ("The best way to support my work is to share it and subscribe for future updates", "newsletter_signup"),
    ("Learn more", "call_to_action"),
])
def test_the_widgets_with_those_words_are_removed(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(*ARTICLE, line), langs=("any",))


# A paragraph that says "cookies" beside a word of the web is a consent dialog's only inside
# the dialog: beside its banner or its buttons. In an article it is the article's.
TRACKING = ("Almost never. I use a browser that blocks third-party cookies by default, and I clear the rest "
            "every week, so the ad networks that follow people from website to website lose track of me.")


def test_an_article_paragraph_about_cookies_stays() -> None:
    assert_stays(TRACKING, langs=("any",))


BAKERY = ("The cookies, baked to a recipe handed down by the owner's grandmother, are made each morning from "
          "5am. We use cookies from the same recipe in our school lunches, said a head teacher nearby.")


@pytest.mark.parametrize("notice", ["We use cookies.", "We use cookies to improve your experience on our website.",
                                    "We use cookies and similar technologies to personalise content and ads."])
def test_a_bakerys_cookies_stay_and_the_sites_go(notice: str) -> None:
    res = clean(page(P1, P2, BAKERY, P3, P4, notice), langs=("any",))
    assert BAKERY in res.text
    assert ("chrome", "cookie_notice", notice) in rows_of(res)


def test_a_sentence_of_the_article_that_opens_like_a_labelled_link_stays() -> None:
    # "Related: <title>" is a link to another story; in the markup it has a link. An
    # article's own sentence that opens with the word has none.
    sentence = "Related: the council also agreed to fund a youth club in the old library building."
    link = "Related: Council budget approved after a long debate"
    paras = [P1, P2, sentence, P3, P4]
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>The council extends the park</h1>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "<p>Related: <a href='/budget'>Council budget approved after a long debate</a></p></article></body></html>")
    res = clean_page(html, kind="html")
    assert all(p in res.text for p in paras)
    assert link not in res.text


def test_a_sentence_two_languages_label_as_a_link_stays_and_the_page_finishes() -> None:
    from corpusclean import Config
    # "À lire aussi : <title>" as a paragraph with no link in it: more than one language's
    # labelled-link rule reads it, and passing over each in turn must end (a French page
    # once ran until the time limit and lost its article).
    line = "À lire aussi : Vienne : le théâtre antique rouvre après deux ans de travaux"
    paras = [P1, P2, line, P3, P4]
    html = ("<html><body><article><h1>Jazz à Vienne</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "</article></body></html>")
    res = clean_page(html, kind="html", config=Config(langs=("any",), max_seconds=20))
    assert res.error is None
    assert all(p in res.text for p in paras)


@pytest.mark.parametrize(("label", "title"), [
    ("Leggi anche", "Movida, i residenti di corso Como presentano un esposto in Procura"),
    ("Lesen Sie auch", "Stadtrat beschließt neue Regeln für die Außengastronomie"),
    ("Czytaj też", "Radni zdecydowali o nowych zasadach dla ogródków"),
])
def test_a_label_set_before_its_link_without_a_colon_is_a_labelled_link(label: str, title: str) -> None:
    from corpusclean import Config
    # Italian, German and Polish papers set "<strong>Leggi anche</strong> <a>title</a>"
    # between an article's paragraphs: the link says where the label ends.
    html = ("<html><body><article><h1>Navigli, stop al vetro</h1>" + f"<p>{P1}</p><p>{P2}</p>"
            + f"<p><strong>{label}</strong> <a href='/altro'>{title}</a></p>" + f"<p>{P3}</p><p>{P4}</p>"
            + "</article></body></html>")
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    assert all(p in res.text for p in (P1, P2, P3, P4))
    assert title not in res.text
    assert any(r.rule == "related_link_labelled" and title in r.text for r in res.removed)


def test_a_sentence_that_opens_with_a_label_stays_without_its_link() -> None:
    # With no colon after the label, only a link tells a link from a sentence: in flattened
    # text, and in markup whose sentence holds a link to a word or two, it is the article's.
    sentence = ("Read also the minister's letter to the council, which the paper published on Monday "
                "and which sets out the costs of the plan.")
    assert sentence in clean(page(P1, P2, sentence, P3, P4)).text
    html = ("<html><body><article><h1>The council extends the park</h1>" + f"<p>{P1}</p><p>{P2}</p>"
            + "<p>Read also the minister's <a href='/letter'>letter</a> to the council, which the paper published on "
            "Monday and which sets out the costs of the plan.</p>" + f"<p>{P3}</p><p>{P4}</p></article></body></html>")
    assert sentence in clean_page(html, kind="html").text


def test_a_consent_dialogs_paragraphs_go_with_its_buttons() -> None:
    detail = ("Analytics cookies help us understand how visitors use the website, which pages they read and how "
              "long they stay, so that we can improve the way the site works for everyone who visits it.")
    rows = _rows(page(*ARTICLE, "We Care About Your Privacy", detail, "Accept All Reject All Show Purposes"),
                 langs=("any",))
    assert ("chrome", "cookie_notice", detail) in rows
    assert ("chrome", "consent_button", "Accept All Reject All Show Purposes") in rows


def test_a_german_banner_with_inverted_word_order_is_a_cookie_notice() -> None:
    banner = ("Um unser Internetangebot insgesamt nutzerfreundlicher und effektiver zu machen, nutzen wir Cookies. "
              "Wenn Sie Ihren Besuch fortsetzen, stimmen Sie der Verwendung zu.")
    assert ("chrome", "cookie_notice", banner) in _rows(page(*ARTICLE, banner), langs=("any",))


_RUNS = ["El ayuntamiento ha decidido suspender los encierros de las fiestas de este año por falta de un seguro "
         "que cubra a los corredores y al público.",
         "Las peñas han convocado una concentración para el martes por la tarde frente al Ayuntamiento y han "
         "iniciado una recogida de firmas.",
         "El alcalde asegura que buscará una aseguradora antes de septiembre, pero no se compromete a recuperar "
         "los encierros este verano."]
_THREAD = ["Pepe el de la peña — 12/08/2024 13:22", "Vergüenza. Toda la vida con encierros y este año nada.",
           "Vecina — 12/08/2024 15:10", "Si pasa algo y no hay seguro, luego nos toca pagar a todos. El alcalde tiene razón."]


def _table_page(*paragraphs: str) -> bytes:
    """An old table layout whose one cell holds the article and, in markup that names nothing,
    its comments: trafilatura keeps both as the main text."""
    cells = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>Sin encierros</title></head><body><table><tr><td>{cells}</td></tr></table></body></html>".encode()


@pytest.mark.parametrize("header", ["Comentarios (2)", "2 comentarios", "Comments (2)"])
def test_a_counted_thread_in_the_main_text_is_comments(header: str) -> None:
    from corpusclean import Config, clean_page

    res = clean_page(_table_page(*_RUNS, header, *_THREAD), kind="html", config=Config(langs=("any",)))
    assert [s.category for s in res.removed] == ["comments"]
    assert res.text.split("\n\n") == _RUNS


def test_stamps_printed_alike_under_an_uncounted_heading_are_comments() -> None:
    # two stamps, a date and a clock time each, in one format: a thread's, count or none
    from corpusclean import Config, clean_page

    res = clean_page(_table_page(*_RUNS, "Comentarios", *_THREAD), kind="html", config=Config(langs=("any",)))
    assert res.text.split("\n\n") == _RUNS
    assert {s.category for s in res.removed} == {"comments"}


def test_one_dated_line_under_an_uncounted_heading_stays_the_articles() -> None:
    from corpusclean import Config, clean_page

    res = clean_page(_table_page(*_RUNS, "Comentarios", *_THREAD[:2]), kind="html", config=Config(langs=("any",)))
    # (its stamp, a name and a date with its time, goes as a byline would)
    assert _THREAD[1] in res.text
    assert {(s.category, s.rule, s.text) for s in res.removed} == {("chrome", "byline_dateline", _THREAD[0])}


@pytest.mark.parametrize(("line", "rule"), [
    ("You have read 3 of your 5 free articles this month. Subscribe for unlimited access to our journalism.",
     "paywall"),
    ("You have 1 free article remaining this month.", "paywall"),
    ("This is your last free article.", "paywall"),
    ("Helena Sørensen at her office in Copenhagen. Photograph: Astrid Holm", "image_caption"),
    ("A flooded street in Valencia on Tuesday. Photograph: Jose Jordan/AFP", "image_caption"),
    ("Taraftarlar maçtan sonra stadyum önünde kutlama yaptı (Anadolu Ajansı)", "image_caption"),
])
def test_a_gate_is_a_paywall_and_a_credited_photo_a_caption(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(P1, P2, line, P3, P4), langs=("any",))


@pytest.mark.parametrize("line", [
    # a match report's goals: the agency is Anadolu Ajansı, Anadolu alone is the region and its teams
    "71' Serdar Aksoy, penaltı (Anadolu Gençlik)",
    "Sarı kart: Oğuz Kaplan, Hakan Er (Karadeniz Spor); Serdar Aksoy, Yunus Çelik (Anadolu Gençlik)",
])
def test_a_team_named_after_anatolia_is_no_photo_credit(line: str) -> None:
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


def test_a_sentence_about_a_metered_paywall_stays() -> None:
    line = ("The paper said readers will still have five free articles left each month before "
            "the new paywall applies.")
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


# A form's consent line names the privacy policy too; beside the form's fields it is a notice.
def test_a_forms_consent_line_beside_its_fields_is_a_cookie_notice() -> None:
    consent = "Ich habe die Datenschutzhinweise zur Kenntnis genommen."
    rows = _rows(page(*ARTICLE, "E-Mail-Adresse *", consent), langs=("any",))
    assert ("chrome", "cookie_notice", consent) in rows


@pytest.mark.parametrize("appeal", ["Unterstütze RosaMag bereits mit 2,50!", "Unterstützen Sie uns: Jetzt spenden"])
def test_a_german_appeal_asks_with_the_imperative(appeal: str) -> None:
    assert _category_of(_rows(page(*ARTICLE, appeal), langs=("any",)), appeal) == {"donation"}


def test_a_repeated_date_is_no_repeated_title() -> None:
    """A sidebar's teasers each print their date: removed with the sidebar, or as datelines,
    never filed as duplicated titles."""
    from corpusclean import Config, clean_page

    teasers = "".join(f"<li><a href='/{n}'>{t}</a></li><li>5. Juni 2024</li>" for n, t in enumerate(
        ("Neue Buslinie im Norden", "Stadtrat beschließt Haushalt", "Festival am Hafen")))
    paras = "".join(f"<p>{p}</p>" for p in _RUNS)
    html = (f"<html><head><title>Sin encierros</title></head><body><article><h1>Sin encierros</h1>{paras}"
            f"<ul>{teasers}</ul></article></body></html>").encode()
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    dated = [s for s in res.removed if "5. Juni 2024" in s.text]
    assert dated and all(s.category == "chrome" for s in dated)


# A consent dialog in the framework's own words, with its buttons run together as a dump
# writes them; and the same opening words in a sentence that is news.
@pytest.mark.parametrize(("notice", "buttons"), [
    ("Wir und unsere 147 Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem "
     "Gerät zu speichern und abzurufen.", "Alle akzeptieren Nur notwendige Cookies"),
    ("Nous et nos 312 partenaires stockons et accédons à des informations sur votre appareil, comme les cookies.",
     "Tout accepter Tout refuser"),
    ("We and our 842 partners store and/or access information on a device, such as cookies.", "Accept all Reject all"),
])
def test_a_consent_dialog_in_the_frameworks_words_is_a_cookie_notice(notice: str, buttons: str) -> None:
    rows = _rows(page(notice, buttons, *ARTICLE), langs=("any",))
    assert ("chrome", "cookie_notice", notice) in rows
    assert ("chrome", "consent_button", buttons) in rows


def test_a_polish_gdpr_notice_is_a_cookie_notice_and_a_story_about_data_stays() -> None:
    notice = ("Administratorem Twoich danych osobowych jest Example Media sp. z o.o. z siedzibą w Warszawie. "
              "Więcej informacji znajdziesz w polityce prywatności.")
    assert ("chrome", "cookie_notice", notice) in _rows(page(*ARTICLE, notice), langs=("any",))
    news = "Rzecznik wyjaśnił, że administratorem danych osobowych pasażerów jest spółka miejska, a nie przewoźnik."
    assert news in clean(page(P1, P2, news, P3, P4), langs=("any",)).text


@pytest.mark.parametrize("notice", [
    "My a našich 842 partnerů ukládáme a/nebo přistupujeme k informacím na zařízení, jako jsou soubory cookie.",
    "Vi och våra 842 partner lagrar och/eller får åtkomst till information på en enhet, till exempel cookies.",
    "Мы и наши 842 партнера храним и/или получаем доступ к информации на устройстве, например к файлам cookie.",
    "Ми та наші 842 партнери зберігаємо та/або отримуємо доступ до інформації на пристрої, наприклад файли cookie.",
    "Biz ve 842 iş ortağımız, çerezler gibi cihazdaki bilgileri depolar ve bunlara erişiriz.",
    "Noi și cei 842 parteneri stocăm și/sau accesăm informații pe un dispozitiv, cum ar fi cookie-urile.",
    "Mi és a 842 partnerünk információkat tárolunk egy eszközön és/vagy azokhoz hozzáférünk, például sütiket.",
    "Εμείς και οι 842 συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή, όπως cookies.",
])
def test_the_consent_frameworks_words_in_more_languages(notice: str) -> None:
    assert ("chrome", "cookie_notice", notice) in _rows(page(notice, *ARTICLE), langs=("any",))


def test_partners_in_a_news_sentence_stay() -> None:
    line = ("„Wir und unsere Partner verwenden die Fördermittel für neue Radwege“, sagte die Bürgermeisterin "
            "am Dienstag bei der Vorstellung des Haushalts.")
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


@pytest.mark.parametrize(("line", "rule"), [
    ("Related explainers", "related_links"),
    ("We use a small number of cookies to understand which explainers are most useful and to keep the site secure.",
     "cookie_notice"),
    ("Accept all Reject non-essential Manage preferences", "consent_button"),
])
def test_more_english_widgets(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(*ARTICLE, line), langs=("any",))


@pytest.mark.parametrize(("line", "rule"), [
    ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.", "social_follow"),
    ("For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
     "call_to_action"),
    ("PC Gamer Newsletter", "newsletter_label"),
    ("Sign up to get the best content of the week, and great gaming deals, as picked by the editors.",
     "newsletter_signup"),
    ("Das Thema könnte dich auch interessieren:", "related_links"),
    ("Contenido Relacionado", "related_links"),
    ("Was this newsletter forwarded to you? Sign up to get it in your inbox.", "newsletter_signup"),
    # a call that opens the block and exclaims it
    ("Get Started with a Coach Today!", "call_to_action"),
])
def test_a_sites_own_calls_and_box_headers(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(*ARTICLE, line), langs=("any",))


@pytest.mark.parametrize("line", [
    "Users can download the app for iOS and Android from Monday, the company said in a statement.",
    "Fans who want to follow the match on YouTube will need a subscription, the league said on Friday.",
    "Launching a newsletter",
    # a call's words in a short sentence that reports one
    "Customers who sign up to get the discount must register by Friday, the shop said.",
    "Volunteers can sign up at the library on Saturday.",
    "Je m'inscris à la course chaque année avec mes amis du club.",
    "Readers receive the newsletter in their inbox every Friday morning.",
])
def test_the_same_words_in_news_stay(line: str) -> None:
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


@pytest.mark.parametrize(("line", "rule"), [
    ("Rozmawiała Agnieszka Nowak", "byline_dateline"),
    ("Propos recueillis par Léa Martin", "byline_dateline"),
    ("Recevez nos nouvelles", "newsletter_signup"),
    ("Receba todas as sextas-feiras as notícias mais importantes do Sul no seu e-mail.", "newsletter_signup"),
    ("Ricevi ogni mattina le notizie della valle nella tua casella di posta.", "newsletter_signup"),
    ("Recevez chaque matin l'essentiel de l'actualité de votre département", "newsletter_signup"),
    ("Je m'inscris", "newsletter_signup"),
    ("Headway Weekly is a reader-supported publication. To receive new posts and support my work, consider "
     "becoming a free or paid subscriber.", "newsletter_signup"),
    ("Get product updates and incident notes from Quillstack in your inbox.", "newsletter_signup"),
    ("Powered by Buttondown, the easiest way to start and grow your newsletter.", "newsletter_signup"),
])
def test_interview_bylines_and_newsletter_boxes_in_other_languages(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(*ARTICLE, line), langs=("any",))


@pytest.mark.parametrize(("line", "rule"), [
    ("Você atingiu o limite de 5 reportagens gratuitas por mês", "paywall"),
    ("Sie haben Ihr Limit von 5 kostenlosen Artikeln erreicht.", "paywall"),
    ("Hai raggiunto il limite di 3 articoli gratuiti questo mese.", "paywall"),
    # a gate's heading with the offer's name, as "Weiterlesen mit HK+"
    ("Continue reading with Herald Plus", "paywall"),
    ("Lees verder met Dagblad Noord Plus", "paywall"),
    ("Fortsätt läsa med Norrbladet Premium", "paywall"),
    ("Læs videre med Vestkysten+", "paywall"),
    ("Les videre med Avisa Nord+", "paywall"),
    ("Dit artikel is voorbehouden aan abonnees.", "paywall"),
    ("Acompanhe o Valor Rural também no Google Notícias.", "social_follow"),
])
def test_a_metered_paywall_and_a_follow_line_in_other_languages(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _rows(page(*ARTICLE, line), langs=("any",))


def test_a_story_about_a_paywall_limit_stays() -> None:
    line = "Leitores relatam que o jornal reduziu o limite de reportagens gratuitas de dez para cinco por mês."
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


def test_news_about_mail_stays() -> None:
    line = "Les habitants recevront le nouveau calendrier de collecte dans leur boîte aux lettres en janvier."
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


def test_cookies_in_a_recipe_stay() -> None:
    line = "We use our hands to shape the cookies, then press each one flat with the back of a spoon."
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


@pytest.mark.parametrize("label", ["Advertisement", "Story continues below advertisement", "Anzeige", "Реклама",
                                   "Advertisement 3",
                                   "This advertisement has not loaded yet, but your article continues below."])
def test_an_ads_label_is_an_ad_label(label: str) -> None:
    assert ("chrome", "ad_label", label) in _rows(page(P1, P2, label, P3, P4), langs=("any",))


def test_a_sentence_about_an_advertisement_stays() -> None:
    line = "The advertisement has not been approved by the council, but the campaign continues in the spring."
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text


def test_a_report_of_a_call_to_subscribe_stays() -> None:
    line = "The paper said the new paywall asks them to subscribe before the fifth article of the month."
    assert line in clean(page(P1, P2, line, P3, P4), langs=("any",)).text
    for call in ("Don't forget to subscribe!", "Click here to subscribe"):
        assert ("chrome", "newsletter_signup", call) in _rows(page(*ARTICLE, call), langs=("any",))


# A paywall's box under the free part of an article, as a text dump prints it: its gate, its
# offer (prose, and a price), its button, and its own last line for subscribers.
_VALAIS = [
    "Pour la première fois depuis 2003, le consortage du bisse du Torrent-Neuf impose des tours d'arrosage "
    "aux propriétaires de vignes et de jardins de Savièse, faute d'eau en suffisance.",
    "L'annonce a été placardée lundi matin à la porte de la maison de commune, comme le veut la tradition, "
    "et chaque parcelle a désormais son jour et son heure d'arrosage jusqu'à la fin du mois d'août.",
    "Le Torrent-Neuf est alimenté par la Sionne et, indirectement, par la fonte du glacier, qui a perdu "
    "près d'un tiers de sa surface en vingt ans selon les relevés du canton.",
]
_BOX = [
    "Cet article est réservé aux abonnés.",
    "Accès illimité à tous les articles du Rhône Quotidien sur le site et l'application, avec l'édition "
    "numérique du journal chaque matin dès 5 heures et nos newsletters régionales.",
    "Le premier mois pour 1 franc, puis 19.90 francs par mois",
    "Je m'abonne",
    "Déjà abonné? Connectez-vous",
]


def test_a_paywalls_offer_between_its_gate_and_its_login_line_is_the_paywalls() -> None:
    res = clean("\n\n".join(["Accueil", "Valais", "Sécheresse: Savièse rationne l'eau du bisse", *_VALAIS,
                             *_BOX, "À lire aussi", "Les vendanges commencent plus tôt"]) + "\n", langs=("any",))
    assert all(p in res.text for p in _VALAIS)
    assert any((c, r) == ("chrome", "paywall") and _BOX[1] in t for c, r, t in rows_of(res))
    assert "Connectez-vous" not in res.text and "19.90 francs" not in res.text


def test_a_gate_above_the_rest_of_an_article_printed_in_full_keeps_the_rest() -> None:
    # the page printed the whole article under its gate: no box's last line follows
    rest = [
        "Pour les vignerons, la période est délicate: la vigne supporte relativement bien le sec, mais les "
        "jeunes plants et les cultures maraîchères souffrent dès la deuxième semaine sans pluie.",
        "Le consortage réévaluera la situation à la fin du mois, quand les prévisions pour septembre seront "
        "connues et que les réserves du barrage auront été mesurées.",
    ]
    res = clean("\n\n".join(["Accueil", "Valais", *_VALAIS, _BOX[0], *rest, "Partager", "Facebook"]) + "\n",
                langs=("any",))
    assert all(p in res.text for p in rest)
