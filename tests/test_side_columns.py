"""Pages laid out in a table: the menu and notice columns beside the article's cell are
side columns; an article set in two columns, or holding a data table, keeps every cell."""

from __future__ import annotations

from corpusclean import Config, clean_page

from .conftest import rows_of

ANY = Config(langs=("any",))

ARTICLE = (
    "Op zaterdag 14 mei hield de modelspoorclub haar jaarlijkse open dag in het oude stationsgebouw van "
    "Dieren. Ruim driehonderd bezoekers kwamen kijken naar de nieuwe baan in schaal H0, waaraan de leden "
    "twee winters lang hebben gewerkt.",
    "De baan stelt de lijn tussen Zutphen en Arnhem voor zoals die er rond 1960 uitzag, met de "
    "karakteristieke seinhuizen en de brug over de IJssel. Vooral de kinderen bleven lang staan bij het "
    "rangeerterrein, waar twee locomotieven om beurten wagons verzamelden.",
    "Voorzitter Henk Jansen bedankte na afloop alle vrijwilligers. Volgend jaar wil de club de baan "
    "uitbreiden met een smalspoortraject langs de Veluwezoom, als de gemeente de huur van de zaal verlengt.",
)
NOTICE = ("Nieuwe leden zijn altijd welkom op onze clubavond, iedere dinsdag vanaf half acht in het "
          "stationsgebouw, ook als u nog nooit een trein heeft gebouwd.")


def _page(middle: str, right: str) -> bytes:
    return f"""<html><head><title>MSC De IJssellijn</title></head><body>
<table width="760" border="0" cellpadding="6">
<tr><td colspan="3"><font size="5">Modelspoorclub De IJssellijn</font></td></tr>
<tr>
<td width="150" valign="top"><a href="index.html">Home</a><br><a href="club.html">De club</a><br>
<a href="baan.html">Onze baan</a><br><a href="foto.html">Foto's</a><br><a href="links.html">Links</a></td>
<td width="460" valign="top">{middle}</td>
<td width="150" valign="top">{right}</td>
</tr>
<tr><td colspan="3"><font size="1">Laatst bijgewerkt: 20 mei 2011</font></td></tr>
</table></body></html>""".encode()


def test_the_notice_column_beside_a_table_layouts_article_is_a_side_column() -> None:
    middle = "<h2>Open dag 2011</h2>" + "".join(f"<p>{p}</p>" for p in ARTICLE)
    right = f"<b>Volgende clubavond</b><br>dinsdag 24 mei, 19.30 uur<br><br>{NOTICE}"
    res = clean_page(_page(middle, right), kind="html", config=ANY)
    for p in ARTICLE:
        assert p in res.text
    assert NOTICE not in res.text and "Volgende clubavond" not in res.text
    assert any(r == "side_column" and NOTICE in t for _, r, t in rows_of(res))


def test_an_article_set_in_two_cells_of_one_row_keeps_both() -> None:
    # the middle cell holds the first paragraphs, the right one the rest: as much prose each
    middle = "".join(f"<p>{p}</p>" for p in ARTICLE[:2])
    right = f"<p>{ARTICLE[2]}</p><p>{NOTICE}</p>"
    res = clean_page(_page(middle, right), kind="html", config=ANY)
    for p in (*ARTICLE, NOTICE):
        assert p in res.text
    assert not any(r == "side_column" for _, r, _ in rows_of(res))


def test_a_data_table_inside_the_article_keeps_its_cells() -> None:
    rows = "".join(f"<tr><td><p>{name}</p><p>{what}</p></td><td>{year}</td></tr>" for name, what, year in (
        ("NS 1200", "Elektrische locomotief, gebouwd door Werkspoor, in dienst tot 1998 op de lijn naar Arnhem.",
         "1951"),
        ("NS 2400", "Diesellocomotief voor goederentreinen en de rangeerterreinen langs de IJssel.", "1954"),
        ("Mat '54", "Het Hondekop-treinstel dat tot 1990 tussen Zutphen en Arnhem reed.", "1956")))
    middle = "".join(f"<p>{p}</p>" for p in ARTICLE[:2]) + f"<table>{rows}</table><p>{ARTICLE[2]}</p>"
    res = clean_page(_page(middle, "<b>Links</b><br><a href='x'>NVBS</a>"), kind="html", config=ANY)
    assert "Diesellocomotief voor goederentreinen en de rangeerterreinen langs de IJssel." in res.text
    assert "1954" in res.text
    assert not any(r == "side_column" and ("195" in t or "IJssel" in t) for _, r, t in rows_of(res))
