"""A forum's quote expander ("Click to expand...", "Zum Vergrößern anklicken....") under a
quoted post: cut from the reply it runs into, or removed when alone, as chrome/quote_expander,
in every language it is written in; a sentence that says the same words stays."""

from __future__ import annotations

import pytest

from corpusclean import Config, clean_page
from corpusclean.read.expanders import EXPAND_WORDS
from corpusclean.verify import check_page

from .conftest import clean, rows_of
from .test_rules import P1, P2, P3, P4, assert_stays, page
from .test_vocabulary import SENTENCE

# Each language's expander as its boards print it.
LINES = {
    "en": "Click to expand...", "de": "Zum Vergrößern anklicken....", "fr": "Cliquez pour agrandir...",
    "es": "Haz clic para expandir...", "it": "Clicca per espandere...", "pt": "Clique para expandir...",
    "nl": "Klik om uit te vouwen...", "pl": "Kliknij, aby rozwinąć...", "ru": "Нажмите для раскрытия...",
    "uk": "Натисніть, щоб розгорнути...", "tr": "Genişletmek için tıklayın...", "cs": "Klikněte pro rozbalení...",
    "sv": "Klicka för att expandera...", "da": "Klik for at udvide...", "nb": "Klikk for å utvide...",
    "fi": "Klikkaa laajentaaksesi...", "hu": "Kattints a kibontáshoz...", "ro": "Click pentru a extinde...",
    "el": "Κάντε κλικ για ανάπτυξη...", "id": "Klik untuk memperluas...", "vi": "Bấm để mở rộng...",
    "ja": "クリックして展開...", "zh": "点击展开...", "ko": "클릭하여 확장...", "ar": "انقر للتوسيع...",
    "fa": "برای نمایش کامل کلیک کنید...", "he": "לחץ להרחבה...", "th": "คลิกเพื่อขยาย...",
}

# A German board's thread as a text dump prints it: the quote's header and text, the
# expander on its own line, and the reply under it with no blank line between them.
QUOTED = "Wichtig ist eher, dass es ATX 3.0 bzw. 3.1 ist und einen nativen 12V-2x6-Anschluss mitbringt."
REPLY = ("Genau. In der Preisklasse würde ich mir drei Modelle anschauen, die alle leise sind und "
         "sieben Jahre Garantie haben, und für einen Rechner direkt am Schreibtisch das leiseste nehmen.")
THREAD = [
    "Ich stelle mir gerade einen neuen Rechner zusammen und hänge beim Netzteil. Das alte ist acht Jahre "
    "alt und hat keinen Anschluss für die neue Grafikkarte, deshalb suche ich eines mit 750 Watt.",
    "650 Watt reichen locker. Der Prozessor ist einer der sparsamsten überhaupt und die Grafikkarte zieht "
    "unter Last selten mehr als 220 Watt, auch wenn der Hersteller mehr empfiehlt.",
]


def test_every_language_has_its_line() -> None:
    assert set(LINES) == set(EXPAND_WORDS)


@pytest.mark.parametrize("lang", sorted(LINES))
def test_an_expander_alone_on_its_line_is_removed(lang: str) -> None:
    line = LINES[lang]
    res = clean(page(P1, P2, line, P3, P4), langs=("any",))
    assert [(c, r, t.strip()) for c, r, t in rows_of(res)] == [("chrome", "quote_expander", line)]
    assert res.text.split("\n\n") == [P1, P2, P3, P4]


@pytest.mark.parametrize("lang", sorted(LINES))
def test_a_sentence_with_the_same_words_stays(lang: str) -> None:
    words = LINES[lang].rstrip(".…")
    assert_stays(SENTENCE.get(lang, "The manual says “{w}” under every folded list of settings.").format(w=words),
                 langs=("any",))


def test_the_expander_is_cut_from_the_reply_it_runs_into() -> None:
    text = "\n\n".join([*THREAD, f"Skyfire schrieb:\n{QUOTED}\nZum Vergrößern anklicken....\n{REPLY}"]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=("any",)))
    assert "anklicken" not in res.text
    assert REPLY in res.text and THREAD[0] in res.text and THREAD[1] in res.text
    assert ("chrome", "quote_expander", "Zum Vergrößern anklicken....") in rows_of(res)
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]
    assert check_page("p", res.source, res.text, rows) is None


def test_an_html_boards_expander_link_is_removed() -> None:
    quote = ("<blockquote class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-title'>Skyfire schrieb:</div>"
             f"<div class='bbCodeBlock-content'>{QUOTED}</div><div class='bbCodeBlock-expandLink'>"
             "<a role='button'>Zum Vergrößern anklicken....</a></div></blockquote>")
    html = (f"<html lang='de'><head><title>Netzteil für neuen Rechner</title></head><body><main><article>"
            f"<h1>Netzteil für neuen Rechner</h1><div class='bbWrapper'><p>{THREAD[0]}</p><p>{THREAD[1]}</p>"
            f"{quote}<p>{REPLY}</p></div></article></main></body></html>")
    res = clean_page(html.encode(), kind="html", config=Config(langs=("any",)))
    assert "anklicken" not in res.text
    assert REPLY in res.text and THREAD[1] in res.text
    # (trafilatura leaves the link out of its main text: the row may say so, as chrome)
    assert [c for c, r, t in rows_of(res) if t.strip() == "Zum Vergrößern anklicken...."] == ["chrome"]
