"""An article's table in a text dump (classify/tables.py): printed one cell per line, or as a
Markdown pipe table, it stays with the article, and so does the text after it."""

from __future__ import annotations

from corpusclean.classify.features import measure, words
from corpusclean.classify.tables import cell_runs

from .conftest import clean, rows_of


def page(*parts: str) -> str:
    return "\n".join(parts) + "\n"


MENU = ["Anasayfa", "Gündem", "Ekonomi", "Spor", "Yaşam"]
LEAD = ("Karadeniz'de yaş çay alım fiyatı bu yıl kilogram başına 10 lira 20 kuruş olarak açıklandı ve "
        "üreticilerin beklentisinin bir miktar altında kaldı.")
INTRO = "Son beş yılda ilk sürgün yaş çay alım fiyatları şöyle oldu:"
TABLE = ["Yıl", "Fiyat (TL/kg)", "2019", "3,27", "2020", "3,50", "2021", "4,00", "2022", "6,70", "2023", "10,20"]
AFTER = ("Ziraat odası yetkilileri, bu yıl kış aylarının ılık geçmesi nedeniyle ilk sürgünde rekolte "
         "beklentisinin yüksek olduğunu belirtiyor.")
AFTER2 = ("Hasadın ağustos sonuna kadar üç sürgün halinde devam etmesi bekleniyor ve kooperatifler işçi "
          "bulmakta zorlandıklarını söylüyor.")
FOOTER = ["Paylaş:", "Facebook", "X", "WhatsApp", "© 2024 Karadeniz Postası"]


def test_a_table_printed_one_cell_per_line_stays_with_the_article_and_so_does_what_follows() -> None:
    res = clean(page(*MENU, LEAD, INTRO, *TABLE, AFTER, AFTER2, *FOOTER), langs=("any",))
    for line in [LEAD, INTRO, AFTER, AFTER2, "2021", "4,00", "10,20"]:
        assert line in res.text, line
    # its figures are no view counters
    assert not [r for r in rows_of(res) if r[1] == "view_counter"]


def _cells(lines: list[str]) -> dict[int, int]:
    return cell_runs(lines, [measure(t, words(t), frozenset()) for t in lines])


def test_the_table_shape_in_any_language_and_what_is_no_table() -> None:
    # a header row, then rows whose second to fourth cells are figures
    swedish = ["Påbörjade lägenheter, kvartal 1", "Upplåtelseform", "2023", "2024", "Förändring",
               "Hyresrätt", "3 950", "2 740", "−31 %", "Bostadsrätt", "1 820", "560", "−69 %",
               "Äganderätt", "1 530", "1 300", "−15 %"]
    assert _cells(swedish) == {i: 4 for i in range(1, 17)}
    # a most-read list's ranks and titles, and a news list's titles and dates, are lists
    ranked = ["Most read", "1", "Bus lane opens", "2", "Heating dates set", "3", "Five free exhibitions"]
    dated = ["Bus lane opens", "12.03.2024", "Heating dates set", "11.03.2024", "Free exhibitions", "10.03.2024"]
    # ... and a widget's figures with their labels, under no header or under one
    widget = ["100", "Hours of Research", "15", "Carriers Compared", "3", "Experts Consulted", "5", "Products Selected"]
    topic = ["last reply", "14h", "5", "replies", "412", "views", "4", "users", "9", "likes", "1", "link"]
    assert _cells(ranked) == {}
    assert _cells(dated) == {}
    assert _cells(widget) == {}
    assert _cells(topic) == {}


PIPE = ["In maart organiseert de gemeente drie inloopavonden. Daar kunt u uw vragen stellen en een gratis "
        "keukenemmertje ophalen. Aanmelden is niet nodig.",
        "Wijk| Datum| Locatie", "---|---|---", "Overvecht| 5 maart| Buurtcentrum De Dreef",
        "Zuilen| 12 maart| Wijkcentrum Zuilen", "Ondiep| 19 maart| Huis van de Wijk Ondiep"]
CLOSING = ("Na een jaar kijkt de gemeente samen met bewoners hoe de nieuwe inzameling bevalt en of er "
           "aanpassingen nodig zijn.")
BODY = ("Vanaf 1 april haalt de gemeente het restafval in de wijken Overvecht, Zuilen en Ondiep nog maar "
        "eens per twee weken op. Etensresten worden voortaan apart ingezameld, zodat ze kunnen worden "
        "vergist en omgezet in biogas en compost voor de parken van de stad.")


def test_a_pipe_tables_row_of_dashes_is_no_separator_and_no_edge_of_the_article() -> None:
    text = "\n\n".join(["Zoeken", "# Afvalinzameling verandert", "20 februari 2024", BODY, *PIPE, CLOSING,
                        "Deel dit bericht", "Facebook"]) + "\n"
    res = clean(text, langs=("any",))
    assert CLOSING in res.text
    assert "Zuilen| 12 maart| Wijkcentrum Zuilen" in res.text
    assert not [r for r in rows_of(res) if r[1] == "separator_line"]


# A text dump that prints a table one row per line, its cells padded to columns (inscriptis,
# lynx, w3m): a match report's result under its last paragraph.
REPORT = [
    "Startseite", "Fußball", "Handball", "Motorsport", "",
    "Ferrandi siegt in Portimão nach spätem Überholmanöver", "",
    "Luca Ferrandi hat den Großen Preis von Portugal gewonnen. Der Italiener überholte Kenji Okada in der "
    "letzten Runde in der ersten Kurve und rettete einen Vorsprung von drei Zehntelsekunden ins Ziel.", "",
    "Okada hatte das Rennen von der Pole-Position aus lange kontrolliert, doch auf den letzten Runden ließen "
    "seine Hinterreifen nach und Ferrandi kam mit jeder Runde näher heran.", "",
    "      Das Ergebnis (erste fünf)", "",
    "        Pos.  Fahrer                 Motorrad  Abstand ",
    "        1     Luca Ferrandi (ITA)    Ducati    41:12.604",
    "        2     Kenji Okada (JPN)      Honda     +0.312   ",
    "        3     Matteo Bianchi (ITA)   Aprilia   +2.877   ",
    "        4     Hugo Mercier (FRA)     Yamaha    +4.105   ",
    "        5     Tiago Ramalho (POR)    KTM       +5.660   ", "",
    "Teilen", "Facebook", "WhatsApp", "© 2025 Motorsport-Rundschau",
]


def test_a_table_printed_in_padded_columns_under_the_article_is_the_articles() -> None:
    res = clean("\n".join(REPORT) + "\n", langs=("any",))
    for cell in ("Das Ergebnis (erste fünf)", "Kenji Okada (JPN)", "Tiago Ramalho (POR)", "+5.660", "Abstand"):
        assert cell in res.text, cell
    assert "WhatsApp" not in res.text and "Motorsport-Rundschau" not in res.text


def test_two_tables_under_the_article_each_under_its_heading_are_the_articles() -> None:
    # the top five, then the standings under their own heading: the core grows over the one
    # and on over the next
    standings = ["      WM-Stand", "",
                 "        Pos.  Fahrer                 Punkte ",
                 "        1     Luca Ferrandi (ITA)    212    ",
                 "        2     Kenji Okada (JPN)      198    ",
                 "        3     Hugo Mercier (FRA)     171    ", ""]
    res = clean("\n".join(REPORT[:19] + standings + REPORT[19:]) + "\n", langs=("any",))
    for cell in ("Tiago Ramalho (POR)", "WM-Stand", "Punkte", "Hugo Mercier (FRA) 171"):
        assert cell in res.text, cell
    assert "WhatsApp" not in res.text


def test_a_calendar_under_the_article_and_a_table_below_the_footer_are_not() -> None:
    # a calendar's rows of day numbers name nothing, and a table past the site's footer is
    # the footer's (a standings widget)
    calendar = ["      Mo  Di  Mi  Do  Fr  Sa  So", "       1   2   3   4   5   6   7",
                "       8   9  10  11  12  13  14", "      15  16  17  18  19  20  21"]
    table = REPORT[12:18]
    with_calendar = REPORT[:11] + calendar + [""] + REPORT[19:]
    res = clean("\n".join(with_calendar) + "\n", langs=("any",))
    assert "Okada hatte das Rennen" in res.text and "15 16 17" not in res.text
    below = REPORT[:11] + REPORT[19:] + ["", "Tabelle", "", *table]
    res = clean("\n".join(below) + "\n", langs=("any",))
    assert "Okada hatte das Rennen" in res.text and "Kenji Okada (JPN)" not in res.text


REVIEW = [
    "Naslovnica", "Vijesti", "Putovanja", "Gastro", "",
    "Recenzija: Konoba Pod Lozom u Komiži", "",
    "Konoba Pod Lozom skrivena je u uskoj uličici iza komiške rive, a do nje se dolazi prateći miris "
    "pečene ribe i zvuk razgovora s terase pod starom lozom.", "",
    "Jelovnik je kratak i ovisi o tome što su ribari ulovili tog jutra. Probali smo komišku pogaču, "
    "lignje s gradela i brudet od škarpine, a sve je bilo svježe i jednostavno pripremljeno.", "",
    "Naša ocjena", "",
    "* Hrana: 5/5", "* Usluga: 4/5", "* Ambijent: 5/5", "",
    "Adresa: Ribarska ulica 14, Komiža, otok Vis", "",
    "Radno vrijeme: svaki dan od 18 do 24 sata", "",
    "Podijeli", "Facebook", "WhatsApp", "© 2025 Jadranski vodič",
]


def test_a_box_of_facts_under_the_article_is_the_articles() -> None:
    # "label: value" lines, three or more, right under the last paragraph: a review's ratings
    # and address, in any language, as a padded table is a table of facts
    res = clean("\n".join(REVIEW) + "\n", langs=("any",))
    for fact in ("Naša ocjena", "Hrana: 5/5", "Ambijent: 5/5", "Adresa: Ribarska ulica 14", "Radno vrijeme"):
        assert fact in res.text, fact
    assert "WhatsApp" not in res.text and "Jadranski vodič" not in res.text


def test_two_facts_are_no_box_and_a_box_below_the_footer_is_not_the_articles() -> None:
    two = REVIEW[:15] + REVIEW[21:]  # two ratings, no address or hours
    res = clean("\n".join(two) + "\n", langs=("any",))
    assert "Hrana: 5/5" not in res.text
    below = REVIEW[:11] + REVIEW[21:] + ["", "Naša ocjena", "", *REVIEW[13:16]]
    res = clean("\n".join(below) + "\n", langs=("any",))
    assert "Jelovnik je kratak" in res.text and "Hrana: 5/5" not in res.text
