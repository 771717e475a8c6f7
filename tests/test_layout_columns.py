"""A text dump of a page laid out in a table: its columns are read one after another.

The fixture is inscriptis' dump of a club's page built as a three-column table (a menu
cell, the article cell, a cell of dates), as Python scrapers write such pages: each line
holds a menu item, a paragraph and a date side by side, padded to the table's width.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpusclean import Config, clean_page
from corpusclean.api import CleanResult
from corpusclean.pipeline import compute_source
from corpusclean.read.columns import unfold
from corpusclean.run.local import run
from corpusclean.verify import check_page, verify

LAYOUT = Path(__file__).parent / "fixtures" / "text" / "table_layout_de.txt"

PARAGRAPHS = (
    "Nach drei Jahren Arbeit hat der Heimatverein am Samstag das restaurierte Wasserrad der alten "
    "Mühle am Lindenbach wieder in Gang gesetzt. Rund zweihundert Besucherinnen und Besucher waren "
    "gekommen, als der Vorsitzende Gerhard Wendt kurz nach elf Uhr das Schütz öffnete und das Wasser "
    "auf die Schaufeln lief.",
    "Die Mühle ist von Mai bis Oktober an jedem ersten Sonntag im Monat von 14 bis 17 Uhr geöffnet. "
    "Schulklassen und Gruppen können nach Absprache auch an anderen Tagen eine Führung bekommen.",
)


def _clean() -> tuple[str, CleanResult]:
    text = LAYOUT.read_text(encoding="utf-8")
    return text, clean_page(text, kind="text", config=Config(langs=("de",)))


def test_a_table_layouts_article_is_kept_whole_and_its_menu_column_removed() -> None:
    _, res = _clean()
    paragraphs = res.text.split("\n\n")
    for p in PARAGRAPHS:
        assert p in paragraphs  # each paragraph alone, no menu item or date run into it
    for chrome in ("Bildergalerie", "Gästebuch", "Mitglied werden", "Stammtisch im Adler"):
        assert chrome not in res.text
    rows = {(s.category, s.text.split("\n")[0]) for s in res.removed}
    assert ("chrome", "Aktuelles") in rows  # the menu column, after its first items
    assert ("chrome", "Nächste Termine") in rows  # the dates column, after the article
    assert ("title", "Die alte Mühle am Lindenbach dreht sich wieder") in rows


def test_the_unfolded_source_still_accounts_for_every_character() -> None:
    text, res = _clean()
    source = compute_source(text.encode(), "layout.txt", Config(langs=("de",)), kind="text")
    assert source == res.source
    assert source.split() and sorted(source.split()) == sorted(text.split())  # no word lost or added
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]
    assert check_page("layout.txt", source, res.text, rows) is None


def _grid(*rows: tuple[str, ...], widths: tuple[int, ...]) -> str:
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)


def test_a_grid_with_a_prose_column_is_read_column_by_column() -> None:
    prose = "県と沿線4市町でつくる協議会は12日、昨年度の輸送人員が前年度比4.2％増の約61万人だったと発表した。増加は3年ぶり。"
    prose += "通学定期券の割引率を引き上げた施策が追い風になった。"
    grid = _grid(("トップ", prose), ("地域", ""), ("", "一方で課題も残る。"), widths=(10, len(prose)))
    text, grids = unfold("見出し\n" + grid + "\n終わり")
    assert grids == 1
    assert text.split("\n") == ["見出し", "トップ", "地域", "", "", prose, "", "一方で課題も残る。", "終わり"]


GLOSS = ("Sorting layer: an integer z-order value assigned to each component of the interface. Components are "
         "rendered in sort order regardless of when they were added to the hierarchy, so that a tooltip added "
         "early still draws above the panels that come after it in the file.")


def test_a_menu_beside_the_whole_article_is_read_as_its_own_column() -> None:
    # The menu has a line beside every line of the article, and more: the rows are not full.
    grid = _grid(("Home", GLOSS), ("Archive", GLOSS.replace("tooltip", "popup")), ("Contact", ""),
                 widths=(10, len(GLOSS) + 5))
    assert unfold(grid)[0].split("\n") == ["Home", "Archive", "Contact", "", GLOSS,
                                           GLOSS.replace("tooltip", "popup"), ""]


def test_a_glossary_whose_rows_are_full_stays_in_rows() -> None:
    # A long description beside every term: a data table, though one column holds prose.
    rows = (("Sorting layer", GLOSS), ("Hitbox mask", GLOSS.replace("tooltip", "button")),
            ("Reference image", GLOSS.replace("tooltip", "label")))
    grid = _grid(*rows, widths=(16, len(GLOSS) + 5))
    assert unfold(grid) == (grid, 0)


def test_a_comparison_table_with_centred_cells_stays_in_rows() -> None:
    # A converter centres a short cell beside a taller one, so rows are not full; but no cell
    # is a paragraph (a comparison table's cells hold a dozen or two words).
    cell = "High engagement with comments, likes, shares and the live streams of the big channels"
    rows = (("Industry", "Platforms", "Engagement"), ("Education", "", ""), ("", "YouTube, X", cell),
            ("(Courses, Tutorials)", "", ""), ("Sports", "YouTube, X", cell))
    grid = _grid(*rows, widths=(22, 12, len(cell)))
    assert unfold(grid) == (grid, 0)


def test_a_grid_of_data_stays_in_rows() -> None:
    rows = (("Gewicht", "1,2 kg", "Akku"), ("Bildschirm", "6,1 Zoll", "5000 mAh"), ("Farbe", "Schwarz", "Blau"))
    grid = _grid(*rows, widths=(40, 40, 40))
    assert unfold(grid) == (grid, 0)  # short cells: a table whose rows say what it says


def test_text_with_no_grid_is_left_alone() -> None:
    text = "Ein Absatz.\n\nNoch einer,   mit Leerzeichen.\n" + "x" * 200
    assert unfold(text) == (text, 0)


def test_a_run_counts_the_layouts_it_read_by_column_and_verifies(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "layout.txt").write_bytes(LAYOUT.read_bytes())
    (raw / "plain.txt").write_text("Nur ein Absatz ohne Tabelle, der hier steht.\n", encoding="utf-8")
    run(raw, tmp_path / "out", Config(langs=("de",)), jobs=1)
    stats = json.loads((tmp_path / "out" / "stats.json").read_text("utf-8"))
    assert stats["counters"]["layout_tables_unfolded"] == 1
    assert verify(tmp_path / "out", raw) == (2, [])
