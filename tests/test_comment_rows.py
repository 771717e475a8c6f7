"""Comment threads told by their shape where no rule knows the language: a header that counts
its comments in brackets after a few words, and under each comment a row of links printed
alike but for its counts ("Jibu · Penda (4)"). The pages are written here, in Swahili and
Tagalog, with class names no vocabulary holds; trafilatura keeps their comments as main text."""

from __future__ import annotations

import html as H
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from corpusclean import CleanResult, Config, clean_page
from corpusclean.read.html import parse_html, visible_text_with_evidence

ANY = Config(langs=("any",))


@dataclass(frozen=True)
class Sample:
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    header: str  # the comment section's heading, with its count in brackets
    comments: tuple[tuple[str, str, str], ...]  # (name, when, text)
    row: tuple[str, ...]  # the row's links; "{}" is the comment's like count


SWAHILI = Sample(
    "sw",
    "Mabasi ya mwendo kasi kuongezwa njia mpya ya Mbagala",
    (
        "Serikali imetangaza kuwa mabasi ya mwendo kasi yataanza kutoa huduma kwenye njia mpya ya "
        "Mbagala mwezi ujao, hatua ambayo inatarajiwa kupunguza msongamano wa magari katika barabara "
        "ya Kilwa. Wakazi wa maeneo hayo wamekuwa wakisubiri huduma hii kwa zaidi ya miaka mitano.",
        "Msemaji wa wakala wa usafiri amesema mabasi mapya mia moja na hamsini yamewasili bandarini "
        "na yanaendelea kukaguliwa kabla ya kuanza safari zake. Vituo kumi na nane vimejengwa kando "
        "ya barabara, na abiria wataweza kulipa nauli kwa kutumia simu zao za mkononi.",
        "Hata hivyo, baadhi ya madereva wa daladala wameeleza wasiwasi kuhusu ajira zao. Wakala "
        "umesema utakutana na vyama vya wasafirishaji wiki ijayo ili kujadili namna ya kuwahusisha "
        "katika mfumo mpya wa usafiri wa umma jijini Dar es Salaam.",
    ),
    "Maoni ya wasomaji (5)",
    (
        ("Mzee Salim", "saa 3 zilizopita", "Tumesubiri muda mrefu sana. Natumaini safari hii ni kweli na si ahadi tu."),
        ("Neema J.", "saa 2 zilizopita", "Habari njema kwa sisi tunaofanya kazi mjini kila siku ya wiki."),
        ("Baraka", "saa 2 zilizopita", "Swali langu ni moja: vituo vitakuwa na ulinzi wa kutosha jioni?"),
        ("Fatuma Ally", "saa 1 iliyopita", "Mabasi hayatatosha. Angalia foleni ya Kimara kila asubuhi ilivyo."),
        ("Rehema", "dakika 40 zilizopita", "Malipo kwa simu ni jambo zuri sana, kadi zilikuwa zinaharibika."),
    ),
    ("Jibu", "Penda ({})"),
)

TAGALOG = Sample(
    "tl",
    "Bagong ruta ng bus sa Quezon City, bubuksan sa susunod na buwan",
    (
        "Inanunsyo ng lokal na pamahalaan na bubuksan sa susunod na buwan ang bagong ruta ng bus na "
        "mag-uugnay sa mga barangay sa hilaga ng lungsod at sa istasyon ng tren. Inaasahang mababawasan "
        "nito ang oras ng biyahe ng mga manggagawa na araw-araw na pumapasok sa sentro ng lungsod.",
        "Ayon sa tagapagsalita ng tanggapan ng transportasyon, tatlumpung bagong bus ang darating sa "
        "katapusan ng buwan at susuriin muna bago gamitin. Labindalawang hintayan ang itinayo sa tabi "
        "ng kalsada at maaaring magbayad ang mga pasahero gamit ang kanilang mga cellphone.",
        "Gayunman, nagpahayag ng pangamba ang ilang tsuper ng dyip tungkol sa kanilang kabuhayan. "
        "Sinabi ng tanggapan na makikipagpulong ito sa mga samahan ng mga tsuper sa susunod na linggo "
        "upang pag-usapan kung paano sila maisasama sa bagong sistema ng pampublikong sasakyan.",
    ),
    "Mga komento ng mambabasa (4)",
    (
        ("Mang Ramon", "3 oras ang nakalipas", "Matagal na naming hinihintay ito. Sana totoo na ngayon."),
        ("Liza P.", "2 oras ang nakalipas", "Magandang balita para sa aming araw-araw na bumibiyahe."),
        ("Jun", "1 oras ang nakalipas", "May tanong ako: may bantay ba sa mga hintayan tuwing gabi?"),
        ("Ate Cora", "40 minuto ang nakalipas", "Kulang pa rin ang tatlumpung bus para sa dami ng pasahero."),
    ),
    ("Tumugon", "Gusto ({})", "Iulat"),
)


def _page(s: Sample) -> str:
    comments = "".join(
        f'<div class="x7-item"><div class="x7-head"><span>{H.escape(name)}</span> · <span>{H.escape(when)}</span></div>'
        f'<p class="x7-body">{H.escape(text)}</p><div class="x7-acts">'
        + " · ".join(f'<a href="#">{H.escape(w.format(3 * k + 1))}</a>' for w in s.row)
        + "</div></div>\n"
        for k, (name, when, text) in enumerate(s.comments))
    paragraphs = "\n".join(f"<p>{H.escape(p)}</p>" for p in s.paragraphs)
    return (f'<!DOCTYPE html><html lang="{s.lang}"><head><meta charset="utf-8"><title>{H.escape(s.title)}</title>'
            '</head><body><nav class="juu"><a href="/">Home</a> <a href="/a">A</a> <a href="/b">B</a></nav>'
            f'<div class="kuu"><h1>{H.escape(s.title)}</h1><div class="k2">{paragraphs}</div>'
            f'<section class="x7-wrap"><h3>{H.escape(s.header)}</h3>\n{comments}</section></div>'
            '<footer>© 2025 <a href="/p">Privacy</a></footer></body></html>')


@pytest.mark.parametrize("sample", [SWAHILI, TAGALOG], ids=lambda s: s.lang)
def test_a_thread_told_by_its_counted_header_and_rows_goes_as_comments(sample: Sample) -> None:
    res = clean_page(_page(sample), kind="html", config=ANY)
    for p in sample.paragraphs:
        assert p in res.text
    for _, _, text in sample.comments:
        assert text not in res.text
        seg = next(s for s in res.removed if text in s.text)
        assert seg.category == "comments"
    # each comment's row is a comment's widget, found by its shape, not by its words
    rows = [s for s in res.removed if s.text.startswith(sample.row[0])]
    assert len(rows) == len(sample.comments)
    assert all(s.category in ("comments", "chrome") for s in rows)


def test_rows_alike_with_the_same_counts_are_no_comment_rows() -> None:
    # A menu printed under each of three paragraphs, the same each time: no counts that vary
    # from post to post, so nothing here is a comment's row and the paragraphs stay.
    paragraphs = SWAHILI.paragraphs
    row = '<div class="m"><a href="/1">Sehemu 1</a> · <a href="/2">Sehemu 2</a></div>'
    body = "".join(f"<p>{H.escape(p)}</p>{row}" for p in paragraphs)
    page = (f'<html lang="sw"><head><meta charset="utf-8"><title>{H.escape(SWAHILI.title)}</title></head><body>'
            f"<h1>{H.escape(SWAHILI.title)}</h1><div>{body}</div></body></html>")
    res = clean_page(page, kind="html", config=ANY)
    for p in paragraphs:
        assert p in res.text
    assert not any(s.rule == "action_row" for s in res.removed)


def test_a_paragraphs_counted_link_is_no_comment_row() -> None:
    # An annotated paper links each paragraph to its discussion ("8 Diskussionen"): a count
    # and its word, as a thread's header is, so no row; the paper stays whole.
    paragraphs = SWAHILI.paragraphs
    body = "".join(f'<p>{H.escape(p)}</p><ul class="k"><li><a href="#d{k}">{3 * k + 2} Mijadala</a></li></ul>'
                   for k, p in enumerate(paragraphs))
    page = (f'<html lang="sw"><head><meta charset="utf-8"><title>{H.escape(SWAHILI.title)}</title></head><body>'
            f"<h1>{H.escape(SWAHILI.title)}</h1><div>{body}</div></body></html>")
    res = clean_page(page, kind="html", config=ANY)
    for p in paragraphs:
        assert p in res.text
    assert not any(s.rule == "action_row" for s in res.removed)


def test_link_share_counts_what_a_reader_sees() -> None:
    # An item's link after an icon and a space, in indented markup: the whitespace around the
    # link is no text outside it (a table layout's menu of two-character CJK section names).
    root = parse_html('<html><body><table><tr><td>\n      <img src="a.gif"> <a href="/3">港南</a>\n    </td></tr>'
                      '<tr><td>\n      <img src="a.gif"> <a href="/4">汐見</a>\n    </td></tr></table></body></html>')
    assert root is not None
    text, ev = visible_text_with_evidence(root)
    by_line = dict(zip(text.split("\n"), ev, strict=True))
    assert by_line["港南"] is not None and by_line["港南"].link_share == 1.0



# A Hungarian council report: its list of amounts opens each item with a figure and a word
# ("650 millió forint ..."), as a counted header opens with its count, and the comments'
# stamps stand a few lines below the list, under the thread's own header.
_AMOUNTS = ("4,2 milliárd forint a Körös-parti sétány második ütemére",
            "1,8 milliárd forint az óvodák energetikai felújítására",
            "650 millió forint a belvárosi parkolóház tervezésére",
            "320 millió forint civil szervezetek és sportegyesületek támogatására")
_BUDGET_COMMENTS = (("gyula58", "2025.12.12. 09:02", "Megint a sétányra megy a pénz, közben a mi utcánkban tíz éve nincs járda."),
                    ("Kata_K", "2025.12.12. 10:40", "Legalább nem emelik az adót. Ez is valami."),
                    ("polgár", "2025.12.12. 11:15", "Tavasszal meglátjuk, ki mondott igazat."))
BUDGET_REPORT = (
    '<html lang="hu"><head><meta charset="utf-8"><title>Költségvetés</title></head><body>'
    '<table><tr><td><h1>Elfogadta a 2026-os költségvetést a kőrösvári közgyűlés</h1>'
    "<p>Tizenkilenc igen, tizenhárom nem szavazattal és egy tartózkodással fogadta el csütörtökön a "
    "közgyűlés a város jövő évi költségvetését, amelynek főösszege meghaladja a negyvenegy milliárd forintot.</p>"
    "<p>A polgármester a vitában hangsúlyozta, hogy a város működése biztosított, és egyetlen intézményt "
    "sem kell bezárni, az ellenzék szerint viszont a tervezet túlságosan optimista.</p>"
    "<h3>Mire jut pénz jövőre?</h3><ul>" + "".join(f"<li>{a}</li>" for a in _AMOUNTS) + "</ul>"
    "<p>A közgyűlés az ülés végén arról is döntött, hogy januártól tizenkét százalékkal emeli a városi "
    "cégek vezetőinek fizetését, amit az ellenzék egyhangúlag elutasított.</p>"
    '<p class="cimkek">Címkék: <a href="/t/1">közgyűlés</a>, <a href="/t/2">költségvetés</a></p>'
    '<div class="hird">Hirdetés</div>'
    '<div class="comments"><h3>HOZZÁSZÓLÁSOK (3)</h3>'
    + "".join(f'<div class="c"><b>{n}</b> {w}<p>{t}</p></div>' for n, w, t in _BUDGET_COMMENTS)
    + "</div></td></tr></table></body></html>")


def test_a_thread_headers_stamps_are_its_own_not_a_list_above_it() -> None:
    res = clean_page(BUDGET_REPORT, kind="html", config=ANY)
    assert "A közgyűlés az ülés végén arról is döntött" in res.text
    for _, _, comment in _BUDGET_COMMENTS:
        assert comment not in res.text
        assert next(s for s in res.removed if comment in s.text).category == "comments"
    # the list above the thread is no thread, whatever trafilatura made of it
    assert not any(s.category == "comments" for s in res.removed if any(a in s.text for a in _AMOUNTS))


# An obituary and its guest book: the messages are dated to the day, with no clock time and
# no count in the heading; the markup names the section (class="GuestBook_root", "kondolenzbuch").
OBITUARY = (
    "Margaret Ellen Doucette, 87, of Ashby Falls, passed away peacefully on Saturday at the Riverside care home, "
    "surrounded by her family, after a short illness borne with the humour her friends knew well.",
    "Peggy was born on the family farm north of town and taught at the elementary school for thirty-one years, "
    "where she ran the school office long after she retired from the classroom.",
    "A funeral mass will be held on Friday at St. Bridget's Church, with visitation from ten o'clock until the "
    "service at eleven. Burial will follow at Lakeview Cemetery.",
)
GUEST_BOOK = (("Jenny Olsen", "November 24, 2025", "Mrs. Doucette ran the school office like a ship captain and still had time to tie my shoes."),
              ("Dale and Rita Brekke", "November 24, 2025", "We will miss Peggy at the Tuesday sorting table at the parish shop."),
              ("The Pfeiffer family", "November 25, 2025", "Aunt Peggy taught every one of us how to lose at cribbage gracefully."))


def _notice_kept_messages_removed(res: CleanResult, notice: Sequence[str], messages: Sequence[str]) -> None:
    assert all(p in res.text for p in notice)
    for message in messages:
        assert message not in res.text
        assert next(s for s in res.removed if message in s.text).category == "comments"


@pytest.mark.parametrize("section", ["GuestBook_root__0Zr1f", "kondolenzbuch"])
def test_a_guest_book_the_markup_names_is_a_comment_thread(section: str) -> None:
    entries = "".join(f'<li><p class="n">{n}</p><time>{d}</time><p class="m">{H.escape(t)}</p></li>'
                      for n, d, t in GUEST_BOOK)
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Margaret Ellen Doucette Obituary</title></head><body>'
            '<header><a href="/">Lindqvist Funeral Home</a> <a href="/obituaries">Obituaries</a></header>'
            '<main><article><h1>Margaret Ellen Doucette</h1>' + "".join(f"<p>{H.escape(p)}</p>" for p in OBITUARY)
            + f'</article><section class="{section}"><h2>Guest Book</h2>'
            "<p>Share a memory or leave a message for the family.</p><ul>" + entries
            + "</ul></section></main><footer>© 2025 Lindqvist Funeral Home</footer></body></html>")
    _notice_kept_messages_removed(clean_page(page, kind="html", config=ANY), OBITUARY, [m for _, _, m in GUEST_BOOK])


def test_a_counted_heading_over_entries_of_a_condolences_section_opens_the_thread() -> None:
    notice = ("ينعى آل الخطيب في الأردن والمهجر ببالغ الحزن والأسى فقيدهم الغالي الحاج محمود الخطيب الذي انتقل إلى رحمة الله "
              "تعالى يوم الجمعة عن عمر ناهز ثمانين عامًا بعد حياة حافلة بالعطاء في التعليم وخدمة المجتمع.",
              "عمل مدرسًا للغة العربية في مدارس إربد قرابة خمسة وثلاثين عامًا، وتخرج على يديه أجيال من الطلبة الذين "
              "ما زالوا يذكرون صبره وحرصه على تعليمهم وتشجيعهم على القراءة.")
    messages = (("أحمد الزعبي", "رحمه الله وأسكنه فسيح جناته، كان نعم المعلم والمربي لأجيال من أبناء المدينة."),
                ("عائلة الشرع", "عظم الله أجركم وأحسن عزاءكم وغفر لميتكم وألهمكم الصبر والسلوان."))
    page = ('<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>نعي</title></head><body>'
            '<nav><a href="/">الرئيسية</a> <a href="/w">الوفيات</a></nav><div class="obit"><h1>الحاج محمود الخطيب في ذمة الله</h1>'
            + "".join(f"<p>{p}</p>" for p in notice)
            + '</div><div class="condolences"><h3>التعازي (2)</h3>'
            + "".join(f'<div class="c"><strong>{n}</strong><p>{t}</p></div>' for n, t in messages)
            + "</div><footer>© 2026</footer></body></html>")
    _notice_kept_messages_removed(clean_page(page, kind="html", config=ANY), notice, [m for _, m in messages])


# The same guest book flattened to text, as a scraper's dump prints it: the header's words
# and each message's signature with its day are all that is left of the markup.
TEXT_GUEST_BOOKS = {
    "en": ("Guest Book", "Sign the Guest Book", "Bellmont, Oregon"),
    "sv": ("Minnesord", "Skriv ett minnesord", "Hudiksvall"),
    "de": ("Kondolenzbuch", "Jetzt kondolieren", "Bremen"),
    "fr": ("Condoléances", "Laisser un message de condoléances", "Angers"),
}
_DAYS = {"en": ("November 24, 2025", "November 25, 2025"), "sv": ("24 november 2025", "25 november 2025"),
         "de": ("24. November 2025", "25. November 2025"), "fr": ("24 novembre 2025", "25 novembre 2025")}


@pytest.mark.parametrize("lang", sorted(TEXT_GUEST_BOOKS))
def test_a_guest_book_in_a_text_dump_is_a_comment_thread(lang: str) -> None:
    header, invite, town = TEXT_GUEST_BOOKS[lang]
    lines = [*OBITUARY, header, invite]
    for (name, _, message), day in zip(GUEST_BOOK, (*_DAYS[lang], _DAYS[lang][-1]), strict=True):
        lines += [f"{name} {town} {day}", message]
    res = clean_page("\n\n".join(lines), kind="text", config=ANY)
    _notice_kept_messages_removed(res, OBITUARY, [m for _, _, m in GUEST_BOOK])


def test_a_condolences_heading_over_an_articles_paragraphs_stays() -> None:
    # A report's section named for the condolences that world leaders sent: no message under
    # it is signed with its day, so it is the article's.
    tributes = ("The prime minister said the former mayor had given forty years of his life to the city and "
                "that his work on the harbour had changed the lives of thousands of families.",
                "The opposition leader praised his patience in the council chamber and said he had always "
                "answered letters from residents by hand, often on the same day.")
    page = "\n\n".join([*OBITUARY, "Condolences", *tributes])
    res = clean_page(page, kind="text", config=ANY)
    assert "Condolences" in res.text and all(t in res.text for t in tributes)
    assert not any(s.category == "comments" for s in res.removed)


def test_a_posts_comment_count_on_its_last_lines_is_read_to_the_pages_end() -> None:
    # "3 comments Share": a post's counted link to its comments, one line before the page's
    # end: its evidence is looked for as far as the page goes, and no further.
    page = "\n\n".join([*OBITUARY, "3 comments Share", "Restack"])
    res = clean_page(page, kind="text", config=ANY)
    assert res.error is None
    assert all(p in res.text for p in OBITUARY)


def test_a_directorys_reviews_under_each_entry_open_no_thread() -> None:
    # Each entry of a list of apps has its own box of reader reviews dated to the day (one with
    # a reply link), named a comment container by the markup: the page's entries go on below
    # every box, so none is the page's comment section, and the entries after the first box
    # stay.
    apps = (("Obsidian", "A note-taking app that keeps every note as a plain Markdown file in a folder on your own disk, with links between notes and a graph of them."),
            ("Logseq", "An outliner that stores its pages as local files and builds a knowledge graph from the daily journal pages you write in it."),
            ("Joplin", "An open-source note-taking and to-do application that can synchronise encrypted notes through several cloud services."))
    reviews = ("Just an amazing free app where you own your data, the only issue is the closed source.",
               "I switched last year and never looked back, the plugins cover everything I need.",
               "Synchronisation through my own server works well, though the editor feels dated.")
    items = "".join(
        f'<li><h2>{name}</h2><p>{H.escape(desc)}</p><div class="comments-box"><h4>Top Positive Comment</h4>'
        f'<div class="c"><p>user{k}</p><p>Positive comment • Nov {k + 3}, 2024</p><p>{H.escape(reviews[k])}</p></div>'
        f'<div class="c"><p>other{k}</p><p>Positive comment • Dec {k + 5}, 2024</p><p>Agreed, a fine choice for notes.</p>'
        '<a href="#">Reply</a></div></div></li>'
        for k, (name, desc) in enumerate(apps))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>The best Notion alternatives</title></head><body>'
            "<main><h1>The best Notion alternatives</h1><p>Notion is a workspace for notes, tasks and wikis. "
            "These are the alternatives our users recommend most often, with what they say about each one.</p>"
            f"<ol>{items}</ol></main></body></html>")
    res = clean_page(page, kind="html", config=ANY)
    for _, desc in apps:
        assert desc in res.text
    assert not any(s.rule == "comment_thread" and any(d in s.text for _, d in apps) for s in res.removed)
