"""A wiki's edit links beside its section headings: cut from the heading, which stays, each
with its manifest row (chrome/edit_link), on text dumps and on HTML, in any language."""

from __future__ import annotations

import pytest

from corpusclean import CleanResult, Config, clean_page
from corpusclean.verify import check_page

from .test_vocabulary import FAMILY_LINES

RU = [
    "Анна Сергеевна Громова — одна из главных героинь цикла романов о станции «Полынь», судовой врач, "
    "а позднее командир станции. Персонаж появляется во всех пяти книгах цикла.",
    "Родилась в Новосибирске в семье инженера-геолога. С детства увлекалась медициной и после школы "
    "поступила в медицинский институт, который окончила с отличием.",
    "Громова прибывает на станцию в первой книге вместе с третьей сменой. Во второй и третьей книгах её "
    "роль заметно возрастает, а в четвёртой она принимает командование.",
    "Анна педантична, немногословна и терпеть не может неопределённости. Коллеги уважают её за "
    "хладнокровие, но признают, что с ней непросто работать.",
]
HEADINGS = ["Биография", "Ранние годы", "На станции «Полынь»", "Характер"]
LINK = "[ править | править код ]"


def _rows(res: CleanResult) -> list[dict[str, object]]:
    return [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]


def test_a_text_dumps_headings_lose_their_edit_links_and_stay() -> None:
    parts = [RU[0]]
    for heading, para in zip(HEADINGS, RU[1:] + [RU[1]], strict=True):
        parts += [f"{heading} {LINK}", para]
    res = clean_page("\n\n".join(parts) + "\n", kind="text", config=Config(langs=("any",)))
    kept = res.text.split("\n\n")
    # the heading with "«" and the link's "|" is no inline menu once its link is cut
    assert [h for h in HEADINGS if h in kept] == HEADINGS
    assert "править" not in res.text
    links = [s.text.strip() for s in res.removed if (s.category, s.rule) == ("chrome", "edit_link")]
    assert links == [LINK] * len(HEADINGS)
    assert check_page("p", res.source, res.text, _rows(res)) is None


def test_an_old_skins_link_before_the_heading_is_cut_too() -> None:
    en = ["The mill stood on the River Lode at the eastern edge of the village, and it worked for "
          "more than three centuries before it closed in the spring of 1958.",
          "The first reference to a mill at this point on the river is a lease of 1587, which grants "
          "the mill and its water rights to a tenant for twenty-one years."]
    res = clean_page(f"{en[0]}\n\n[ edit ] Early history\n\n{en[1]}\n", kind="text", config=Config(langs=("any",)))
    assert res.text.split("\n\n") == [en[0], "Early history", en[1]]
    assert [(s.rule, s.text.strip()) for s in res.removed] == [("edit_link", "[ edit ]")]


def test_an_html_wikis_headings_lose_their_edit_links() -> None:
    body = "".join(f"<h2>{h}<span class='mw-editsection'>[<a href='#'>править</a> | <a href='#'>править код</a>]"
                   f"</span></h2><p>{p}</p>" for h, p in zip(HEADINGS, RU, strict=True))
    html = f"<html><head><title>Громова</title></head><body><main>{body}</main></body></html>"
    res = clean_page(html.encode(), kind="html", config=Config(langs=("any",)))
    assert all(h in res.text.split("\n\n") for h in HEADINGS)
    assert "править" not in res.text and all(p in res.text for p in RU)
    assert check_page("p", res.source, res.text, _rows(res)) is None


@pytest.mark.parametrize("lang,line", [(lang, line) for lang, line in FAMILY_LINES["EDIT_LINK"][1].items()
                                       if line.startswith("[")])
def test_each_languages_edit_link_is_cut_from_its_heading(lang: str, line: str) -> None:
    res = clean_page(f"{RU[0]}\n\nGeschichte {line}\n\n{RU[1]}\n", kind="text", config=Config(langs=("any",)))
    assert "Geschichte" in res.text.split("\n\n")
    assert [(s.rule, s.text.strip()) for s in res.removed] == [("edit_link", line)]


@pytest.mark.parametrize("line", [
    # a sentence that ends in the word in brackets says more than a heading
    "Wer den Artikel verbessern will, klickt in der Zeile der Überschrift auf den Link [bearbeiten]",
    # the word without its brackets is the heading's own
    "Fotos bearbeiten",
    # brackets around other words
    "Geschichte [Anmerkung]",
])
def test_a_line_that_is_no_heading_with_its_edit_link_keeps_its_words(line: str) -> None:
    res = clean_page(f"{RU[0]}\n\n{line}\n\n{RU[1]}\n", kind="text", config=Config(langs=("any",)))
    assert line in res.text.split("\n\n")
