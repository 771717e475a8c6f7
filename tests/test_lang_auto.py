"""--lang auto on a folder of pages in several languages, and what the default --lang en run
says about pages it emptied as foreign."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corpusclean import Config, clean_dir, clean_page
from corpusclean.cli import main
from corpusclean.run.language_note import language_note

from .conftest import SHARED, need, read_manifest
from .test_any_script import JA, JA_MENU, JA_TITLE, ZH, ZH_TITLE
from .test_rules import P1, P2, P3

DE = [
    "Der Stadtrat hat am Dienstag beschlossen, den Park am Fluss zu erweitern. Entlang des östlichen Ufers "
    "sollen fünf Kilometer Wege und eine neue Fußgängerbrücke in der Nähe der alten Mühle entstehen.",
    "Die Pläne wurden seit mehr als zehn Jahren diskutiert, und das Geld soll aus einem regionalen Fonds kommen, "
    "der nach dem Hochwasser von 2019 eingerichtet wurde, als mehrere Brücken beschädigt wurden.",
    "Die meisten Anwohner, die bei der Versammlung sprachen, waren dafür, obwohl einige Ladenbesitzer befürchten, "
    "dass die Bauarbeiten die Hauptstraße während des Sommers monatelang blockieren könnten.",
]
EN_QUOTE = "\u201cWe are building a park for the next fifty years,\u201d the mayor told reporters in English."
FR = ("Le conseil municipal a voté mardi pour agrandir le parc au bord de la rivière, avec trois kilomètres "
      "de sentiers le long de la rive est et une nouvelle passerelle près du vieux moulin.")


def _folder(root: Path) -> Path:
    raw = root / "raw"
    raw.mkdir()
    (raw / "en.txt").write_text("Home\n\nNews\n\n" + "\n\n".join([P1, P2, FR, P3]) + "\n", encoding="utf-8")
    (raw / "de.txt").write_text("Startseite\n\n" + "\n\n".join([DE[0], DE[1], EN_QUOTE, DE[2]]) + "\n\nArtikel teilen\n",
                                encoding="utf-8")
    (raw / "ja.txt").write_text("\n".join(JA_MENU) + "\n\n" + "\n\n".join([JA_TITLE, *JA]) + "\n\nこの記事をシェアする\n",
                                encoding="utf-8")
    return raw


def _texts(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.txt")}


def test_lang_auto_keeps_each_pages_own_language(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    stats = clean_dir(raw, tmp_path / "out", config=Config(langs=("auto",)), jobs=1)
    texts = _texts(tmp_path / "out")
    for p in (P1, P2, P3):
        assert p in texts["en.txt"]
    for p in DE:
        assert p in texts["de.txt"]
    for p in JA:
        assert p in texts["ja.txt"]
    rows = {(r["page"], r["category"], r["rule"], r["lang"], r["text"].strip()) for r in read_manifest(tmp_path / "out")}
    # the foreign paragraph inside each article is removed and labelled with its language
    assert ("en.txt", "language", "foreign_language", "fr", FR) in rows
    assert ("de.txt", "language", "foreign_language", "en", EN_QUOTE) in rows
    assert FR not in texts["en.txt"] and EN_QUOTE not in texts["de.txt"]
    assert ("de.txt", "chrome", "share_line", None, "Artikel teilen") in rows
    assert ("ja.txt", "chrome", "share_line", None, "この記事をシェアする") in rows
    assert stats["pages_lost_to_language"] == {"pages": 0, "languages": {}}


def test_lang_auto_a_line_with_a_brand_name_is_the_pages_language(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ja.txt").write_text("\n\n".join([JA_TITLE, *JA, "Facebookでシェア"]) + "\n", encoding="utf-8")
    clean_dir(raw, tmp_path / "out", config=Config(langs=("auto",)), jobs=1)
    assert not [r for r in read_manifest(tmp_path / "out") if r["category"] == "language"]


def test_default_run_counts_pages_emptied_by_language(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    stats = clean_dir(raw, tmp_path / "out", config=Config(), jobs=1)
    assert stats["pages_lost_to_language"] == {"pages": 2, "languages": {"de": 1, "ja": 1}}
    on_disk = json.loads((tmp_path / "out" / "stats.json").read_text(encoding="utf-8"))
    assert on_disk["pages_lost_to_language"] == stats["pages_lost_to_language"]
    note = language_note(stats, ("en",))
    assert note is not None
    assert note.startswith("2 pages lost most of their text as not in the target language (en): de 1, ja 1.")
    assert "--lang auto" in note and "--lang en,de,ja" in note


def test_summary_line_names_pages_emptied_by_language(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "out"), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "2 pages lost most of their text as not in the target language (en): de 1, ja 1." in res.output
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "auto"), "--jobs", "1", "--lang", "auto"])
    assert res.exit_code == 0, res.output
    assert "lost most of their text" not in res.output


def test_no_note_when_nothing_was_lost() -> None:
    assert language_note({"pages_lost_to_language": {"pages": 0, "languages": {}}}, ("en",)) is None
    assert language_note({}, ("en",)) is None
    one = language_note({"pages_lost_to_language": {"pages": 1, "languages": {"ur": 1}}}, ("en", "ps"))
    assert one is not None and one.startswith("1 page lost most of its text as not in the target languages (en, ps): ur 1.")
    assert "--lang en,ps,ur keeps these" in one
    # a page the model cannot read has no language to add to --lang
    und = language_note({"pages_lost_to_language": {"pages": 1, "languages": {"und": 1}}}, ("en",))
    assert und is not None and "und (a language the model does not know) 1." in und
    assert "keeps these" not in und and "--lang auto keeps" in und


def test_lang_auto_reads_the_pages_language_off_its_prose_not_its_machine_text() -> None:
    # A German article on a broken WordPress site: PHP's warnings above it and a comment
    # widget's script template below, in English-looking code, outweigh the article in
    # letters. Neither is the page's language: the article stays, and is no foreign block.
    warnings = [f"Warning: Creating default object from empty value in /www/htdocs/w00{i}/wp-includes/"
                f"class-wp-hook.php on line {100 + i}" for i in range(12)]
    template = [f"<# if ( ThriveComments.settings.option_{i} && ! ThriveComments.current_user.ID ) {{ #>"
                f"<#= ThriveComments.util.render_label('submit_comment_{i}', comment.get('author')) #>"
                for i in range(12)]
    page = "\n\n".join(["Startseite", *warnings, *DE, "Artikel teilen", *template]) + "\n"
    res = clean_page(page, kind="text", config=Config(langs=("auto",)))
    assert all(p in res.text for p in DE), res.text[:300]
    assert res.metadata["lang"] == "de"
    assert not [s for s in res.removed if s.category == "language" and s.text in DE]


# What an English reader gets in a summary box: 49 words, 225 letters; the Chinese article
# above it has 197 Han characters, 100 words' worth (lang.unspaced).
EN_SUMMARY = ("Summary: The city council approved a plan on Tuesday to extend the riverside park with five "
              "kilometres of footpaths and a new footbridge near the old mill. Work starts next spring and is "
              "expected to take three years; some shop owners fear months of closures on the main street.")


def test_lang_auto_weighs_languages_in_words_not_letters() -> None:
    # A Han character says what takes an English word several letters: in letters the
    # summary outweighs the article, in words the article is the page's language.
    page = "\n\n".join([ZH_TITLE, *ZH, EN_SUMMARY]) + "\n"
    res = clean_page(page, kind="text", config=Config(langs=("auto",)))
    assert all(p in res.text for p in ZH), res.text[:300]
    assert res.metadata["lang"] == "zh"
    assert [(s.category, s.lang) for s in res.removed if s.text.strip() == EN_SUMMARY] == [("language", "en")]


def test_lang_auto_keeps_the_language_it_read_the_page_in() -> None:
    # A German wiki of salsa figures (bench/multi m0029): its long blocks read as German, so
    # `--lang auto` cleans it for German. With German as the hint most blocks are answered
    # by the hint, and the few the model still answers alone (a Spanish figure's name, an
    # English menu) once made it a page in a language the model cannot read ("und"), whose
    # lines were read without function words.
    page = need(SHARED / "bench" / "multi" / "text" / "m0029.txt").read_bytes()
    res = clean_page(page, kind="text", config=Config(langs=("auto",)))
    assert res.metadata["lang"] == "de"
    assert "Start, wenn man rechts auf rechts ist" in " ".join(res.text.split())
