"""Pages converted to Markdown (html2text, markdownify): their links, headings and tables
are the markup's evidence, as an HTML page's elements are."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from click.testing import CliRunner

from corpusclean.api import CleanResult
from corpusclean.cli import main
from corpusclean.model import Block
from corpusclean.read.markdown import is_markdown, table_blocks
from corpusclean.segment import segment
from corpusclean.verify import check_page

from .conftest import clean, rows_of

P1 = ("Na twee jaar proef met deelfietsen zonder vaste stalling kiest de gemeente Zwolle voor een\n"
      "strakker systeem. Vanaf maart mogen de fietsen alleen nog in aangewezen vakken staan.")
P2 = ("Tegelijk laten de cijfers zien dat het systeem populair was. Het aantal ritten\n"
      "verdubbelde ten opzichte van de periode daarvoor, vooral onder studenten en\n"
      "mensen die voor hun werk naar het centrum reizen.")
P3 = ("Ondernemers in de binnenstad reageren verdeeld. De winkeliersvereniging is\n"
      "blij dat de stoepen weer vrij worden, maar een fietsenmaker aan de\n"
      "Diezerstraat vreest dat klanten straks verder moeten lopen.")
P4 = ("Ook de aanbieder moet zich aanpassen. Een woordvoerder laat weten dat de app zo\n"
      "wordt aangepast dat gebruikers alleen nog kunnen afsluiten als de fiets in een\n"
      "stalling staat. De gemeenteraad bespreekt het voorstel in november.")
TABLE = ("Onderdeel| Proef| Nieuwe situatie  \n---|---|---  \nAantal fietsen| 600| 750  \n"
         "Stallingen| geen| 34  \nBoete bij verkeerd parkeren| geen| 5 euro")
RELATED = "Lees ook [Spoorbrug over de IJssel maand langer dicht](https://dagbladoost.nl/regio/201/)"
MENU = ("  * [Nieuws](https://dagbladoost.nl/nieuws/)\n  * [Regio](https://dagbladoost.nl/regio/)\n"
        "  * [Sport](https://dagbladoost.nl/sport/)")


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_markdown_page_keeps_its_table_and_loses_a_labelled_link() -> None:
    res = clean(_page("[Dagblad Oost](https://dagbladoost.nl/)", MENU, "# Deelfietsen alleen nog in vakken",
                      P1, RELATED, P2, "### Wat er verandert", TABLE, P3, P4,
                      "Onderwerpen: [Zwolle](https://dagbladoost.nl/tag/zwolle/)"), langs=("any",))
    assert ("chrome", "related_link_labelled", RELATED) in rows_of(res)
    for row in ("Aantal fietsen| 600| 750", "Boete bij verkeerd parkeren| geen| 5 euro"):
        assert row in res.text
    assert "Een woordvoerder laat weten" in res.text
    assert "dagbladoost.nl/nieuws" not in res.text


def test_without_links_a_pipe_tables_rows_are_no_menu() -> None:
    res = clean(_page(P1, P2, TABLE, P3, P4), langs=("any",))
    assert not [r for c, r, t in rows_of(res) if r == "inline_menu"]
    assert "Stallingen| geen| 34" in res.text


def test_a_label_and_a_title_without_the_markup_of_a_link_stay() -> None:
    """On a text page with no Markdown links the label before a title is a sentence's start
    as far as anyone can tell: only the markup's link makes it a link."""
    line = "Lees ook het rapport over de spoorbrug, dat de gemeente vorige week publiceerde"
    assert line in clean(_page(P1, P2, line, P3, P4), langs=("any",)).text


def test_markdown_needs_links_to_be_markup() -> None:
    assert is_markdown(_page(MENU, P1))
    assert not is_markdown("See [the report](https://example.org/r) for the figures, and the annex.")


def test_the_rows_of_a_pipe_table() -> None:
    blocks: list[Block] = segment(_page(P1, TABLE, P2))
    rows = table_blocks(blocks)
    assert rows and all("|" in blocks[i].text or "---" in blocks[i].text for i in rows)
    assert not any(blocks[i].text.startswith("Na twee jaar") for i in rows)


def test_on_a_markdown_page_a_related_list_ends_at_a_line_with_no_link() -> None:
    """Thai is written without a full stop: the article's lines after a "read more" box are
    shaped like its headlines, and only the box's links tell its items from them."""
    thai = ["ผลลัพธ์เริ่มชัดเจนขึ้นทุกปี", "ปัจจุบันกาแฟของกลุ่มได้รับการประเมินคุณภาพในระดับสูง",
            "และส่งขายให้ร้านกาแฟพิเศษทั้งในเชียงใหม่ กรุงเทพฯ และบางส่วน"]
    box = ["**อ่านเพิ่มเติม:**", "[เชียงใหม่เตรียมรับนักท่องเที่ยวช่วงเทศกาลดอกไม้](https://khaonuea.com/r/1)",
           "[ราคากาแฟโลกพุ่งสูงสุดในรอบหลายปี](https://khaonuea.com/r/2)"]
    res = clean(_page(MENU, P1, P2, *box, *thai, P3, P4), langs=("any",))
    assert [t for c, r, t in rows_of(res) if r == "related_list"] == ["\n\n".join(box[1:])]
    for line in thai:
        assert line in res.text


def test_a_markdown_image_and_its_caption_are_a_caption() -> None:
    figure = ("![Wakazi wa Kiromo wakichota maji kwenye kituo kipya.](https://cdn.example.co.tz/img/2.jpg)"
              "Wakazi wa Kiromo wakichota maji kwenye kituo kipya. Picha: Salim Abdallah")
    icon = ("![](https://example.org/icons/info.png) " + P3.replace("\n", " ") + " " + P4.replace("\n", " ")
            + " " + P2.replace("\n", " "))
    res = clean(_page(MENU, P1, figure, P2, icon, P3, P4), langs=("any",))
    assert ("chrome", "image_caption", figure) in rows_of(res)
    assert "Diezerstraat vreest dat klanten" in res.text  # a paragraph opening with an icon


def test_the_rules_read_a_markdown_link_by_its_text() -> None:
    trail = ("[Cidades](https://jornaldacidade.example/cidades/) » [Meio ambiente](https://jornaldacidade.example/"
             "cidades/meio-ambiente/) » Prefeitura amplia programa de hortas comunitárias")
    related = "**Leia também:** [Feiras orgânicas ganham novos pontos](https://jornaldacidade.example/cidades/9)"
    res = clean(_page(MENU, P1, trail, P2, related, P3, P4), langs=("any",))
    rows = rows_of(res)
    assert ("chrome", "breadcrumb", trail) in rows
    assert ("chrome", "related_link_labelled", related) in rows


# html2text's output, links kept: a link's text may wrap onto the next line.
LINKED = ("Het college trekt daarvoor [twee miljoen\neuro](https://dagbladoost.nl/regio/begroting-2026/) uit, "
          "zo staat in de\n[begroting](https://dagbladoost.nl/regio/begroting/ \"Begroting\"). De raad stemt op "
          "[Wikipedia's lijst](https://nl.wikipedia.org/wiki/Zwolle_(stad)).")


def _cut(res: CleanResult) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in res.removed if r.category == "markup"]


def test_a_kept_paragraph_reads_its_links_as_their_text() -> None:
    res = clean(_page(MENU, P1, LINKED, P2, P3, P4), langs=("any",))
    assert ("Het college trekt daarvoor twee miljoen euro uit, zo staat in de begroting. De raad stemt op "
            "Wikipedia's lijst.") in res.text
    assert "](" not in res.text and "https://" not in res.text
    assert _cut(res) == [("markdown_link", "["), ("markdown_link", "](https://dagbladoost.nl/regio/begroting-2026/)"),
                         ("markdown_link", "["),
                         ("markdown_link", '](https://dagbladoost.nl/regio/begroting/ "Begroting")'),
                         ("markdown_link", "["), ("markdown_link", "](https://nl.wikipedia.org/wiki/Zwolle_(stad))")]
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def test_keep_markup_keeps_the_links_as_written() -> None:
    res = clean(_page(MENU, P1, LINKED, P2, P3, P4), langs=("any",), keep=frozenset({"markup"}))
    assert "[begroting](https://dagbladoost.nl/regio/begroting/ \"Begroting\")" in res.text
    assert not _cut(res)


def test_one_link_in_a_text_is_no_markup() -> None:
    mention = "Zie [het rapport](https://example.org/r) voor de cijfers en de bijlage van de gemeente."
    res = clean(_page(P1, P2, mention, P3, P4), langs=("any",))
    assert mention in res.text and not _cut(res)


def test_an_image_goes_whole_and_a_linked_image_before_a_headline_leaves_the_headline() -> None:
    photo = "  * ![](https://dagbladoost.nl/img/fiets.jpg)"
    teaser = "[![](https://dagbladoost.nl/thumbs/9.jpg)Spoorbrug over de IJssel maand langer dicht](https://dagbladoost.nl/9)"
    res = clean(_page(MENU, P1, photo, P2, P3 + " " + teaser, P4), langs=("any",))
    rows = _cut(res)
    assert ("markdown_image", photo.strip()) in rows_of_rules(res)
    assert ("markdown_image", "[![](https://dagbladoost.nl/thumbs/9.jpg)") in rows
    assert "Spoorbrug over de IJssel maand langer dicht" in res.text and "thumbs" not in res.text
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def rows_of_rules(res: CleanResult) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in res.removed]


# A text browser's dump (lynx -dump) prints a link's number before its text.
LYNX = "   The council will spend [4]two million euros on the new stalls, the [5]budget shows, and the [6]opposition wants a vote before March."


def test_a_text_browsers_link_numbers_are_cut_and_footnotes_stay() -> None:
    footnote = "   The figures come from the city's own count [7] and the operator's data."
    body = [p.replace("\n", " ") for p in (P1, P2, P3, P4)]
    res = clean(_page("[1]Home [2]News [3]Sport", body[0], LYNX, body[1], footnote, body[2], body[3]), langs=("any",))
    assert ("The council will spend two million euros on the new stalls, the budget shows, and the opposition "
            "wants a vote before March.") in res.text
    assert "count [7] and" in res.text
    assert [t for r, t in _cut(res) if r == "link_number"] == ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]"]
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def test_verify_accepts_cut_markup_and_still_refuses_glued_words() -> None:
    source = "A [link](https://x.org/a). Next words"
    rows = [{"start": 2, "end": 3, "category": "markup", "rule": "markdown_link", "text": "["},
            {"start": 7, "end": 25, "category": "markup", "rule": "markdown_link", "text": "](https://x.org/a)"}]
    assert check_page("p", source, "A link. Next words", rows) is None
    assert check_page("p", source, "A link. Nextwords", rows) is not None
    assert check_page("p", source, "Alink. Next words", rows) is not None


def test_a_run_over_markdown_pages_verifies_and_its_attributes_give_the_clean_text(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "zwolle.md.txt").write_text(_page(MENU, P1, LINKED, P2, P3, P4), encoding="utf-8")
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "--lang", "any", "--format", "txt,jsonl",
                                    "--attributes"])
    assert res.exit_code == 0, res.output
    text = (out / "zwolle.md.txt").read_text(encoding="utf-8")
    assert "zo staat in de begroting. De raad" in text and "https://" not in text
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(r["category"] == "markup" for r in rows) == 6
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output


def test_a_link_whose_target_html2text_wrapped_after_a_hyphen_is_cut_whole() -> None:
    wrapped = ("За даними [Державної служби статистики](https://www.ekonomichna-pravda-\n"
               "lviv.com.ua/tag/derzhstat/), у січні овочі борщового набору в середньому по\n"
               "країні подешевшали на 9%, а у Львові навіть на 12%, пишуть аналітики ринку.")
    res = clean(_page(MENU, P1, wrapped, P2, P3, P4), langs=("any",))
    assert "За даними Державної служби статистики, у січні овочі" in res.text
    assert "lviv.com.ua" not in res.text
    assert ("markdown_link", "](https://www.ekonomichna-pravda-\nlviv.com.ua/tag/derzhstat/)") in _cut(res)
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def test_a_link_across_two_blocks_is_cut_in_each() -> None:
    # "Seguí leyendo [" ends one line and the linked headline opens the next: the reflow
    # keeps them apart, and each keeps its part of the link's markup
    box = ("Seguí leyendo [\nCuenca Alta, tres años después: así viven hoy los evacuados]"
           "(https://diario.example/sociedad/2024/04/03/cuenca-alta/)")
    res = clean(_page(MENU, P1, P2, box, P3, P4), langs=("any",))
    assert "diario.example" not in res.text
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def test_an_image_whose_alt_text_wraps_onto_the_next_line_goes_whole() -> None:
    # html2text wraps a long alt text; where the reflow leaves two blocks (the next line
    # opens with a capital), each holds its part of the image, and both go as one row
    photo = ("![Fietsen in een rij in de overdekte stalling bij\n"
             "Zwolle Centraal](https://dagbladoost.nl/resizer/v2/80EA26D2FE74021C.jpg?width=1440)")
    res = clean(_page(MENU, P1, photo, P2, P3, P4), langs=("any",))
    assert "overdekte stalling" not in res.text and "Zwolle Centraal" not in res.text
    assert _cut(res) == [("markdown_image", photo)]
    assert check_page("p", res.source, res.text, [asdict(s) for s in res.removed]) is None


def test_a_links_address_is_no_words_of_the_page() -> None:
    # A ticker of linked headlines above the article: with the slugs of their addresses
    # counted, "* [Spoorbrug ... dicht](/regio/spoorbrug-over-de-ijssel-...)" read as a
    # sentence of 15 words with function words, and the core took the ticker in.
    ticker = ["  * [Spoorbrug langer dicht](https://dagbladoost.nl/regio/spoorbrug-over-de-ijssel-blijft-"
              "een-maand-langer-dicht-voor-het-verkeer-201/)",
              "  * [Raad stemt in met begroting](https://dagbladoost.nl/politiek/de-raad-stemt-in-met-de-"
              "begroting-van-het-komende-jaar-en-de-extra-uitgaven-202/)"]
    res = clean(_page(MENU, "Breaking", *ticker, "Deelfietsen alleen nog in vakken", P1, P2, P3, P4), langs=("any",))
    assert "Spoorbrug" not in res.text and "Raad stemt in" not in res.text
    assert "Vanaf maart mogen de fietsen" in res.text


def test_the_rules_read_a_line_as_shown_with_the_words_it_shows() -> None:
    # an ad's label glued to its banner image: the rules read "Advertisement", one word
    ad = "Advertisement![](https://ads.example-adnet.com/banner/zwolle-728x90.gif)"
    res = clean(_page(MENU, P1, P2, ad, P3, P4), langs=("any",))
    assert ("ad_label", ad) in rows_of_rules(res)
    assert all(p.split("\n")[0] in res.text for p in (P1, P2, P3, P4))


def test_a_quotes_blank_line_is_the_quotes_not_a_separator() -> None:
    """html2text writes a blank line inside a quote as ">": an embedded post's text and its
    attribution stay one quote in the article, not split by a separator line."""
    lead = ("The city council voted on Tuesday to expand the bus network, adding four new routes that "
            "will connect the northern suburbs with the hospital district by the end of next year.")
    after = ("Residents who spoke at the meeting were mostly in favour, although some shop owners worried "
             "that the construction work would block the main street for several months.")
    quote = ["> Four new routes, one network. The vote passed 31 to 9 tonight.", ">",
             "> -- City Council (@citycouncil) 12 March 2024"]
    res = clean("\n\n".join(["Home", "News", lead, *quote, after, "Share this:"]) + "\n")
    assert res.text == "\n\n".join([lead, *quote, after])
    assert rows_of(res)[-1] == ("chrome", "share_line", "Share this:")
    assert ("chrome", "separator_line", "---") in rows_of(clean("\n\n".join([lead, "---", after, "Share this:"])))
