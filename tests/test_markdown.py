"""Pages converted to Markdown (html2text, markdownify): their links, headings and tables
are the markup's evidence, as an HTML page's elements are."""

from __future__ import annotations

from corpusclean.model import Block
from corpusclean.read.markdown import is_markdown, table_blocks
from corpusclean.segment import segment

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
