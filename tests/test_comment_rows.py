"""Comment threads told by their shape where no rule knows the language: a header that counts
its comments in brackets after a few words, and under each comment a row of links printed
alike but for its counts ("Jibu · Penda (4)"). The pages are written here, in Swahili and
Tagalog, with class names no vocabulary holds; trafilatura keeps their comments as main text."""

from __future__ import annotations

import html as H
from dataclasses import dataclass

import pytest

from corpusclean import Config, clean_page
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
