"""HTML pages in many languages: DOM evidence, comment sections, what reaches the source text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpusclean import CleanResult, Config, clean_page
from corpusclean.api import prepare
from corpusclean.cli import main
from corpusclean.read import html as html_mod
from corpusclean.read.dom import concepts_of_names, dom_rule
from corpusclean.read.extract import Extraction
from corpusclean.read.html import parse_html, visible_source, visible_text_with_evidence

from .conftest import read_manifest

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ANY = Config(langs=("any",))


def _clean(name: str, config: Config = ANY):  # type: ignore[no-untyped-def]
    return clean_page((FIXTURES / name).read_bytes(), kind="html", config=config)


def _run(tmp_path: Path, name: str, *args: str) -> Path:
    """`corpusclean clean` on one fixture, then `verify`: kept text and manifest cover the source."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / name, raw / name)
    runner = CliRunner()
    res = runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--lang", "any", *args])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output
    return out


# --- the vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize(("names", "concept"), [
    ("comments-area", "comment"), ("commentList", "comment"), ("kommentar-liste", "comment"),
    ("disqus_thread", "comment"), ("c-breadcrumbs__item", "breadcrumb"), ("main-nav", "menu"),
    ("sharedaddy sd-sharing-enabled", "share"), ("jp-relatedposts", "related"),
    ("cookie-notice", "consent"), ("widget-area sidebar-right", "sidebar"), ("post-tags", "tags"),
    # the words sites in other languages write, ASCII-folded
    ("reacties", "comment"), ("yorumlar", "comment"), ("binh-luan", "comment"), ("hozzaszolasok", "comment"),
    ("comentarii-list", "comment"), ("noticias-relacionadas", "related"), ("articoli-correlati", "related"),
    ("paylas-butonlari", "share"), ("compartilhar", "share"), ("fil-ariane", "breadcrumb"),
    ("mots-cles", "tags"), ("etiquetas", "tags"), ("box-publicidade", "ad"), ("reklama-top", "ad"),
    ("pied-de-pagina", "footer"), ("rodape", "footer"), ("hauptnavigation", "menu"), ("menu-lateral", "sidebar"),
    # a forum poster's card: phpBB, XenForo, MyBB, Invision, Discuz!, Stack Exchange
    ("postprofile", "user_card"), ("message-user", "user_card"), ("message-userDetails", "user_card"),
    ("author_information", "user_card"), ("cAuthorPane ipsColumn", "user_card"), ("pls", "user_card"),
    ("user-info user-hover", "user_card"),
])
def test_class_names_map_to_concepts(names: str, concept: str) -> None:
    assert concept in concepts_of_names(names)


@pytest.mark.parametrize("names", [
    "header", "shadow-box", "canvas-wrap", "vintage", "entry-content", "post-body", "widget widget_text",
    "category-politics tag-election",  # WordPress writes a post's own taxonomy on its <article>
    # words that also name an article: an opinion column (cs, sk, tr), the main column (fr)
    "komentare", "article-komentar", "yorum-yazilari", "colonne-principale",
    "message-userContent lbContainer",  # XenForo's post body beside its poster's card
])
def test_ordinary_class_names_name_nothing(names: str) -> None:
    assert concepts_of_names(names) == frozenset()


def test_each_line_carries_its_evidence() -> None:
    root = parse_html(
        "<html><body class='has-sidebar comments-open'><nav><a href='/'>Home</a></nav>"
        "<article><p>Text with <a href='#'>a link</a> inside it.</p></article>"
        "<div class='sidebar'><p hidden>Hidden promo</p></div></body></html>")
    assert root is not None
    text, ev = visible_text_with_evidence(root)
    lines = text.split("\n")
    assert len(lines) == len(ev)
    by_line = dict(zip(lines, ev, strict=True))
    assert by_line["Home"] is not None and by_line["Home"].has("nav") and by_line["Home"].link_share == 1.0
    para = by_line["Text with a link inside it."]
    assert para is not None and para.has("article") and not para.concepts and para.link_share < 0.5
    promo = by_line["Hidden promo"]
    assert promo is not None and promo.hidden and dom_rule(promo) == ("chrome", "dom_sidebar")


# --- comment sections --------------------------------------------------------------------


def test_german_comment_thread_is_dropped_as_comments_and_the_article_kept(tmp_path: Path) -> None:
    res = _clean("de_comments.html")
    assert "Der Stadtrat hat am Dienstagabend" in res.text
    assert "Die Verwaltung soll nun bis zum Sommer" in res.text
    for phrase in ("Endlich passiert etwas mit der Mühle", "Ein Café mit Blick auf den Fluss"):
        assert phrase not in res.text
        seg = next(s for s in res.removed if phrase in s.text)
        # the markup's comment section, or the thread its header and reply rows show (one
        # row from the header to the end, which names the removal when both are there)
        assert (seg.category, seg.rule) in {("comments", "comment_section"), ("comments", "comment_thread")}
    menu = next(s for s in res.removed if s.text.startswith("Stadt"))
    assert (menu.category, menu.rule) == ("chrome", "dom_navigation")
    out = _run(tmp_path, "de_comments.html")
    assert any(r["category"] == "comments" and "Endlich passiert etwas" in r["text"] for r in read_manifest(out))


def test_german_comment_thread_separate_holds_the_comments_only(tmp_path: Path) -> None:
    out = _run(tmp_path, "de_comments.html", "--comments", "separate")
    sep = (out / "de_comments.html.comments.txt").read_text("utf-8")
    assert "Endlich passiert etwas mit der Mühle" in sep
    assert "Der Stadtrat" not in sep and "Antworten" not in sep


def test_comment_thread_never_becomes_the_core_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura finds nothing: the text classifier decides alone, and the 8 long comments
    # (twice the article's words) are walls for its core, not its article.
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(None))
    res = _clean("de_comments.html")
    assert "Der Stadtrat hat am Dienstagabend" in res.text
    assert "Endlich passiert etwas mit der Mühle" not in res.text
    seg = next(s for s in res.removed if "Endlich passiert" in s.text)
    assert seg.category == "comments"


def test_dutch_comment_thread_is_told_by_its_class_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    # The page names its comment section in Dutch (class="reacties"); with no verdict from
    # trafilatura the six long comments are still a thread, not the article.
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(None))
    res = _clean("nl_reacties.html")
    assert "De gemeenteraad heeft dinsdagavond ingestemd" in res.text
    assert "De opening staat gepland voor het voorjaar van 2028" in res.text
    for phrase in ("Eindelijk gebeurt er iets met die toren", "Leuk voor toeristen"):
        assert phrase not in res.text
        assert next(s for s in res.removed if phrase in s.text).category == "comments"


def test_dutch_comment_thread_inside_the_extraction_goes_by_its_markup() -> None:
    # trafilatura's comment list does not know "reacties": it keeps the six comments as main
    # text. After the thread's header ("Reacties") the comment container says they are one.
    res = _clean("nl_reacties.html")
    assert "De gemeenteraad heeft dinsdagavond ingestemd" in res.text
    assert "De opening staat gepland voor het voorjaar van 2028" in res.text
    for phrase in ("Eindelijk gebeurt er iets met die toren", "Twee miljoen euro voor een uitkijkpunt"):
        assert phrase not in res.text
        seg = next(s for s in res.removed if phrase in s.text)
        assert (seg.category, seg.rule) == ("comments", "comment_thread")
    footer = next(s for s in res.removed if "Alle rechten voorbehouden" in s.text)  # class="rodape"
    assert (footer.category, footer.rule) == ("chrome", "dom_footer")


# A comment section trafilatura kept as main text, under a header no vocabulary knows (with
# its links run into it): the markup names the container, and two comments' date-and-time
# lines under its first line make a thread, in any language.
_KISW_ARTICLE = [
    "Halmashauri ya jiji imetangaza kwamba nauli za mabasi ya umma zitapanda kuanzia mwezi ujao, "
    "baada ya gharama za mafuta na matengenezo kuongezeka kwa kiasi kikubwa mwaka huu.",
    "Wakazi wengi waliohudhuria mkutano wa hadhara walisema kwamba ongezeko hilo litawaumiza zaidi "
    "wafanyakazi wa kipato cha chini wanaotegemea mabasi kila siku kwenda kazini.",
]
_KISW_COMMENTS = [
    ("mkazi_wa_kariakoo 2024-05-29 14:12", "Tunalipa zaidi kwa huduma ile ile. Mabasi ya asubuhi yamejaa kila siku."),
    ("Mama Neema 2024-05-29 15:40", "Naelewa gharama zinapanda, lakini ongezeko hili ni kubwa mno kwa familia."),
]


def _kisw_page() -> str:
    comments = "".join(f"<tr><td><b>{who}</b></td></tr><tr><td>{what}</td></tr>" for who, what in _KISW_COMMENTS)
    return ('<html lang="sw"><head><meta charset="utf-8"><title>Nauli za mabasi</title></head><body>'
            f'<div class="habari">{"".join(f"<p>{p}</p>" for p in _KISW_ARTICLE)}</div>'
            '<table class="komentarze"><tr><td>Maoni ya wasomaji (2) <a href="/m">Yote</a> | <a href="/m#o">Ongeza</a></td></tr>'
            f'{comments}</table></body></html>')


def test_a_comment_container_kept_as_main_text_is_a_thread_by_its_comments_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = [*_KISW_ARTICLE, "Maoni ya wasomaji (2) Yote | Ongeza", *(x for c in _KISW_COMMENTS for x in c)]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(main)))
    res = clean_page(_kisw_page(), kind="html", config=ANY)
    assert res.text == "\n\n".join(_KISW_ARTICLE)
    assert {s.category for s in res.removed} == {"comments"}


def test_a_comment_container_without_comments_times_stays_as_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    # an editor's "commentary" box the extractor kept, with names but no date-and-time lines
    page = _kisw_page().replace(" 2024-05-29 14:12", "").replace(" 2024-05-29 15:40", "")
    main = [*_KISW_ARTICLE, "Maoni ya wasomaji (2) Yote | Ongeza", *(x for c in _KISW_COMMENTS for x in c)]
    main = [m.replace(" 2024-05-29 14:12", "").replace(" 2024-05-29 15:40", "") for m in main]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(main)))
    res = clean_page(page, kind="html", config=ANY)
    assert all(what in res.text for _, what in _KISW_COMMENTS)
    assert not any(s.category == "comments" for s in res.removed)


# --- what reaches the source text --------------------------------------------------------


def test_article_held_in_a_script_template_is_kept(tmp_path: Path) -> None:
    res = _clean("template_article.html")
    assert res.error is None
    assert "This protocol is designed so that the service cannot tell" in res.text
    assert "Please enable JavaScript" not in res.source  # a short noscript stays invisible
    _run(tmp_path, "template_article.html")  # verify recomputes the same source


def _loader_page(title: str, menu: tuple[str, str], loader: str, paragraphs: list[str]) -> bytes:
    """A JavaScript app's page: a menu, a loader's line, and the article in a template script."""
    template = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html><head><meta charset="utf-8"><title>' + title + '</title></head><body>'
            f'<nav><a href="/">{menu[0]}</a> <a href="/local">{menu[1]}</a></nav>'
            f'<div id="app"><div class="loader">{loader}</div></div>'
            f'<script type="text/template" id="tpl-article"><article><h1>{title}</h1>'
            f'<div class="byline"><%- author %></div>{template}</article></script>'
            '<footer><p>© 2024</p></footer></body></html>').encode()


_PENDELBUS = [
    "De gemeente zet vanaf maandag een elektrische pendelbus in tussen het station en het ziekenhuis, "
    "die elk kwartier rijdt en gratis is voor iedereen met een afspraak.",
    "Volgens de wethouder moet de bus de drukte op de parkeerplaats verminderen, waar bezoekers nu "
    "soms een half uur rondrijden voordat ze een plek vinden.",
    "De proef duurt een half jaar. Daarna beslist de gemeenteraad of de bus blijft rijden en of er ook "
    "een lijn naar het nieuwe zorgcentrum aan de rand van de stad komt.",
]


_PENDELBUS_HTML = "".join(f"<p>{p}</p>" for p in _PENDELBUS)


def _keeps_pendelbus(html: bytes) -> CleanResult:
    """The page cleaned, having checked that every paragraph of the article is kept."""
    res = clean_page(html, kind="html", config=ANY)
    for paragraph in _PENDELBUS:
        assert paragraph in res.text
    return res


def test_article_in_a_template_behind_a_loaders_line_is_kept() -> None:
    # a Backbone app renders its article from a template script; the visible page is the
    # loader's line, which is all trafilatura keeps: no article, and the page is read by the
    # classifier alone over the template's text (read/html._held_missed)
    html = _loader_page("Pendelbus naar het ziekenhuis", ("Nieuws", "Wijken"), "Artikel wordt geladen…", _PENDELBUS)
    assert "Artikel wordt geladen" not in _keeps_pendelbus(html).text


def test_an_article_in_a_jquery_template_behind_a_menu_loader_and_footer_is_kept() -> None:
    # a template engine's own type ("text/x-jquery-tmpl"); what trafilatura keeps of the
    # visible page is its menu, the loader's line, a sidebar and the footer: more than a
    # lead's 25 words, but no sentence of prose, so no article (read/html._held_missed)
    html = ('<html><head><meta charset="utf-8"><title>Pendelbus</title></head><body>'
            '<div id="menu"><a href="/">Voorpagina</a> | <a href="/nieuws">Nieuws</a> | <a href="/sport">Sport</a> | '
            '<a href="/cultuur">Cultuur</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a></div>'
            '<div id="artikel">Laden...</div>'
            f'<script id="sjabloon" type="text/x-jquery-tmpl"><div class="artikel"><h1>${{titel}}</h1>{_PENDELBUS_HTML}</div></script>'
            '<div class="zijbalk"><h3>Meest gelezen</h3><p>Brug over de Vecht weer open</p>'
            '<p>Schaatsbaan opent vroeger dan gepland</p><p>Nieuwe bakker op de markt</p></div>'
            '<p>© 2011 Stadsnieuws | Colofon | Adverteren | Bezoekers: 214 883</p></body></html>').encode()
    assert "Schaatsbaan" not in _keeps_pendelbus(html).text


def test_a_frameset_pages_noframes_text_is_its_text() -> None:
    # the frames are other documents; a browser without frames shows the noframes, whose
    # markup the parser holds as text
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>Pendelbus</title>'
            '</head><frameset cols="180,*"><frame name="menu" src="menu.html"><frame name="inhoud" src="bus.html">'
            f'<noframes><body><p>Uw browser ondersteunt geen frames.</p><h1>Pendelbus naar het ziekenhuis</h1>{_PENDELBUS_HTML}'
            '</body></noframes></frameset></html>').encode()
    assert _keeps_pendelbus(html).error is None


def test_a_japanese_article_in_a_template_is_read_in_words_not_characters() -> None:
    # 300 characters of Japanese say what 900 of English do: held markup is measured in
    # word-equivalents (lang/unspaced.py), and so is the loader's line
    paragraphs = ["市は来月から、駅と市立病院を結ぶ電気バスの運行を始める。バスは十五分ごとに走り、予約のある人は無料で乗ることができる。",
                  "市長によると、病院の駐車場では空きを探して三十分近く待つ人も多く、バスで混雑を減らしたいという。試験運行は半年間の予定だ。",
                  "半年後に利用者の数や意見をまとめ、議会が運行を続けるかどうかを決める。郊外に新しくできた福祉センターへの路線も検討されている。"]
    res = clean_page(_loader_page("駅と病院を結ぶ電気バス", ("ニュース", "くらし"), "読み込み中…", paragraphs),
                     kind="html", config=ANY)
    assert "\n\n".join(paragraphs) in res.text


def test_article_held_in_a_template_element_is_kept(tmp_path: Path) -> None:
    # a JavaScript app clones its article from a <template> into an empty skeleton; the
    # visible text alone is menus and a footer, and trafilatura reads the template
    res = _clean("template_element_article.html")
    assert res.error is None
    assert "A biblioteca municipal da vila voltou a abrir as portas" in res.text
    assert "a sala de estudo fica aberta até às vinte e duas horas" in res.text
    assert "Feira do queijo" not in res.text
    _run(tmp_path, "template_element_article.html")  # verify recomputes the same source


def test_article_held_only_as_structured_data_is_kept(tmp_path: Path) -> None:
    # a script-rendered how-to: its steps are JSON-LD (entity-escaped markup), the visible
    # text only menus and a browser notice
    res = _clean("jsonld_howto.html")
    assert res.error is None
    for step in ("Measure the table top from edge to edge through its centre",
                 "Tip: an old bed sheet is often wider than fabric sold by the metre",
                 "press a narrow double hem all the way round"):
        assert step in res.text
    assert "<p>" not in res.source and "HowToStep" not in res.source
    assert "Log in" not in res.text
    _run(tmp_path, "jsonld_howto.html")  # verify recomputes the same source


def test_articlebody_shown_nowhere_is_kept_against_the_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    # a script-rendered news page whose only visible prose is a photo caption, which is all
    # the extractor finds (as trafilatura on bench/multi m0436): the article is the page's
    # JSON-LD articleBody
    caption = ("The ferry leaving the town quay on its last summer crossing, with the island behind it "
               "in the evening light. Photo: Harbour Voice")
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(caption))
    res = _clean("jsonld_article.html")
    for start in ("The harbour authority confirmed on Monday", "Passenger numbers have fallen by half",
                  "The council has asked the authority to keep the slipway open"):
        assert start in res.text
    assert "Subscribe" not in res.text and "Privacy" not in res.text


def test_articlebody_shown_nowhere_is_read_and_verified(tmp_path: Path) -> None:
    res = _clean("jsonld_article.html")
    assert "The harbour authority confirmed on Monday" in res.text
    out = _run(tmp_path, "jsonld_article.html")
    assert not [r for r in read_manifest(out) if "harbour authority confirmed" in r["text"]]


def test_structured_data_repeating_the_visible_article_is_not_read_again() -> None:
    res = _clean("jsonld_copy.html")
    assert res.source.count("The city council voted on Tuesday") == 1
    assert "The city council voted on Tuesday" in res.text
    assert not [s for s in res.removed if s.category == "duplicate"]


def test_structured_data_texts_are_found_in_graphs_and_broken_json_is_none() -> None:
    from corpusclean.read.structured import as_markup, bodies

    graph = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "articleBody": "First paragraph.\nSecond paragraph."},
        {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "acceptedAnswer": {"text": "&lt;p&gt;Yes.&lt;/p&gt;"}}]},
    ]})
    assert bodies(graph) == (["First paragraph.\nSecond paragraph."], ["&lt;p&gt;Yes.&lt;/p&gt;"])
    assert as_markup(["First paragraph.\nSecond paragraph."]) == "<p>First paragraph.</p><p>Second paragraph.</p>"
    assert as_markup(["&lt;p&gt;Yes.&lt;/p&gt;"]) == "<div><p>Yes.</p></div>"
    assert bodies('{"articleBody": "cut off') == ([], [])
    assert bodies('{"headline": "no body here"}') == ([], [])


def test_page_whose_head_opens_with_conditional_comments_is_cleaned(tmp_path: Path) -> None:
    res = _clean("conditional_head.html")
    assert res.error is None
    assert "Il consiglio comunale ha approvato martedì sera" in res.text
    assert "html5shiv" not in res.source and "[if" not in res.source
    _run(tmp_path, "conditional_head.html")


def test_japanese_ruby_keeps_the_base_text_without_readings(tmp_path: Path) -> None:
    res = _clean("ja_ruby.html")
    assert "大雨による災害が起きやすくなります" in res.text
    assert "さいがい" not in res.source and "ひなん" not in res.source
    assert "早めに避難してください" in res.text
    menu = next(s for s in res.removed if s.text.startswith("ホーム"))
    assert (menu.category, menu.rule) == ("chrome", "dom_navigation")
    _run(tmp_path, "ja_ruby.html")


def test_soft_hyphens_are_not_text() -> None:
    src = visible_source("<html><body><p>Ita\u00adli\u00adens Wei\u00adne</p></body></html>")
    assert src == "Italiens Weine"


def test_unalignable_extraction_is_counted_not_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura's text is nowhere in the visible text (it read JSON-LD, say): what can be
    # kept is kept, and the page says why the rest could not be.
    elsewhere = " ".join(f"word{i}" for i in range(80))
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(elsewhere))
    res = _clean("conditional_head.html")
    assert res.error is None
    assert "Il consiglio comunale ha approvato" in res.text
    assert "80 of 80 words of trafilatura's main text" in res.metadata["extract_unaligned"]


def test_unalignable_extraction_reaches_the_run_stats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = " ".join(f"word{i}" for i in range(80))
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(elsewhere))
    out = _run(tmp_path, "conditional_head.html")
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["extraction"]["extract_unaligned"] == 1
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "raw"), str(tmp_path / "again"), "-j", "1"])
    assert "1 HTML page with most of trafilatura's article outside the page's text" in res.output


def test_a_link_inside_a_word_does_not_split_it_but_menu_links_stay_apart() -> None:
    src = visible_source("<html><body><p>Dazu gab es s<a href='/k'>elbst gemachten</a> Brei.</p>"
                         "<div><a href='/'>Home</a><a href='/n'>News</a></div></body></html>")
    assert src == "Dazu gab es selbst gemachten Brei.\n\nHome News"


def test_tag_and_menu_lines_are_links_on_html_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Written as text, a relay team's names and a line of events are the article's; the same
    # shapes made of links are a tag list and a menu. The classifier decides alone here.
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(None))
    res = _clean("de_results.html")
    assert "Schlumberger, Lea 1993; Lonsinger, Mona 1992" in res.text
    assert "Disziplinen: 100 m | 200 m | 4 x 100 m" in res.text
    rules = {s.text: s.rule for s in res.removed}
    assert rules["Kreismeister, Staffel, Vereinsrekord"] == "tag_list"
    assert rules["Training | Termine | Wettkämpfe"] == "inline_menu"


def test_mathml_annotations_are_not_text() -> None:
    # A formula's TeX source is no part of what a browser shows (Wikipedia ships it in every
    # <math>): run into the sentence it breaks the alignment with trafilatura's text.
    src = visible_source("<html><body><p>Given a set of <math><semantics><mi>N</mi><annotation "
                         "encoding='application/x-tex'>{\\displaystyle N}</annotation></semantics></math>"
                         " objects</p></body></html>")
    assert src == "Given a set of N objects"


@pytest.mark.parametrize(("heading", "shown"), [
    ('<h2 id="install">Installation<a class="headerlink" href="#install" title="Permalink">¶</a></h2>', "Installation"),
    ('<h3 id="opt"><a class="header-anchor" href="#opt" aria-hidden="true">#</a> Options</h3>', "Options"),
    # a link in a heading that says something is text
    ('<h2><a href="#top">Back to top</a></h2>', "Back to top"),
    ('<h2>Rules <a href="#s3">§ 3</a></h2>', "Rules § 3"),
])
def test_a_headings_permalink_mark_is_not_text(heading: str, shown: str) -> None:
    # documentation themes show "¶" or "#" beside a heading only under the pointer
    src = visible_source(f"<html><body>{heading}<p>First paragraph of the section.</p></body></html>")
    assert src.split("\n\n")[0] == shown


def test_a_data_tables_cell_paragraphs_stay_in_their_row() -> None:
    # docutils writes <td><p>5.0</p></td>: each row is still one paragraph, its number no
    # block of its own (a counter); a layout row (a menu beside an article) keeps its paragraphs
    src = visible_source(
        "<html><body><table><tr><th><p>Setting</p></th><th><p>Default</p></th></tr>"
        "<tr><td><p><code>connect_timeout</code></p></td><td><p>5.0</p></td></tr></table>"
        "<table><tr><td><ul><li>Home</li></ul></td><td><p>First paragraph of the article.</p>"
        "<p>Second paragraph.</p></td></tr></table></body></html>")
    assert src.split("\n\n") == ["Setting Default", "connect_timeout 5.0", "Home",
                                  "First paragraph of the article.", "Second paragraph."]


_WARNINGS = (
    "Warning: Use of undefined constant comments - assumed 'comments' (this will throw an Error in a future "
    "version of PHP) in /homepages/15/d393/htdocs/wp-content/plugins/get-recent-comments/get-recent-comments.php "
    "on line 928\n"
    "Warning: Use of undefined constant trackbacks - assumed 'trackbacks' (this will throw an Error in a future "
    "version of PHP) in /homepages/15/d393/htdocs/wp-content/plugins/get-recent-comments/get-recent-comments.php "
    "on line 929"
)


def test_extraction_of_only_junk_falls_back_to_the_classifier(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # trafilatura's main text is the sidebar's PHP warnings, which the rules remove: it found
    # no article, and the page is read as when it finds none instead of coming out empty.
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(_WARNINGS))
    res = _clean("de_php_warnings.html")
    assert "Es ist schon einige Zeit her, als Henry auf die Welt kam" in res.text
    assert "Seitdem fragt er jeden Morgen" in res.text
    assert "Use of undefined constant" not in res.text
    assert next(s for s in res.removed if "undefined constant comments" in s.text).rule == "server_message"
    out = _run(tmp_path, "de_php_warnings.html")
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["extraction"]["extract_emptied"] == 1


_PARISH = "de_parish_table_layout.html"
_LETTER = ["Liebe Gemeinde, der Herbst ist in unserer Pfarrei seit jeher die Zeit des Dankes.",
           "In diesem Jahr haben mehr als vierzig Ehrenamtliche geholfen",
           "Ich wünsche Ihnen allen einen gesegneten Herbst"]


def test_an_extraction_of_the_whole_page_falls_back_to_the_classifier(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    # An old table layout: menu, office hours, letter and footer in one table, and
    # trafilatura's main text is all of it. It drew no edge; the classifier finds the letter,
    # and the office's address in the menu's column is a side column of the layout.
    whole = visible_source((FIXTURES / _PARISH).read_text("utf-8"))
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(whole))
    res = _clean(_PARISH)
    assert all(p in res.text for p in _LETTER)
    assert "Kirchgasse 5" not in res.text and "Öffnungszeiten" not in res.text
    assert {s.rule for s in res.removed if "Kirchgasse 5" in s.text} == {"side_column"}
    stats = json.loads((_run(tmp_path, _PARISH) / "stats.json").read_text("utf-8"))
    assert stats["extraction"]["extract_whole_page"] == 1


def test_an_extraction_of_a_whole_page_without_the_sites_chrome_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same letter alone on its page, its address under it: all of it is trafilatura's
    # main text, and no menu or footer says it missed an edge. Its verdict stands.
    html = ('<html lang="de"><head><meta charset="utf-8"><title>Pfarrbrief</title></head><body>'
            + "".join(f"<p>{p} Dafür danken wir allen, die mitgeholfen haben.</p>" for p in _LETTER)
            + "<p>Kirchgasse 5</p></body></html>")
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(visible_source(html)))
    res = clean_page(html, kind="html", config=ANY)
    assert all(p in res.text for p in _LETTER) and "Kirchgasse 5" in res.text


def test_extraction_removed_only_as_another_language_is_not_undone() -> None:
    # A German page cleaned for English: trafilatura found the article, which the language
    # stage removes. That is no sign it missed the article: its edges stand (the sidebar is
    # still named by its markup, as outside its text).
    res = _clean("de_php_warnings.html", Config(langs=("en",)))
    assert res.text.strip() == ""
    assert next(s for s in res.removed if "Henry auf die Welt" in s.text).category == "language"
    assert next(s for s in res.removed if "undefined constant comments" in s.text).rule == "dom_sidebar"


def test_a_thread_in_markup_that_names_nothing_is_told_by_its_reply_rows() -> None:
    # Hashed class names ("css-1q2w3e") say nothing: the thread is known by its header and
    # the row of widgets under each comment ("Відповісти · Подобається 17").
    paras = ["Пекарня на Салтівці знову відчинилася після ремонту: власники відновили піч і вітрину, "
             "а перші покупці прийшли ще до світанку, щоб купити свіжий хліб.",
             "Власники кажуть, що допомогли сусіди й постійні клієнти, які збирали гроші на ремонт "
             "протягом усієї зими, і тепер пекарня працює щодня з сьомої ранку."]
    comments = ["Молодці! Завжди купую там хліб, найкращий у районі.",
                "Дякуємо за вашу працю, ви справжні герої нашого міста.",
                "Дайте адресу, хочу підтримати пекарню і купити хліба."]
    thread = "".join(f'<div class="css-9k1"><div class="css-2b7">Автор {i}</div><div class="css-3c8">18 січня 2024</div>'
                     f'<p class="css-4d9">{c}</p><div class="css-5e0">Відповісти · Подобається {10 + i}</div></div>'
                     for i, c in enumerate(comments))
    html = ('<html lang="uk"><head><title>Пекарня знову відчинилася</title></head><body><div class="css-1a2">'
            '<h1>Пекарня знову відчинилася</h1>' + "".join(f'<p class="css-7x">{p}</p>' for p in paras) +
            '<h3 class="css-8y">Коментарі (3)</h3>' + thread + "</div></body></html>")
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    assert all(p in res.text for p in paras)
    assert not [c for c in comments if c in res.text]
    assert {s.category for s in res.removed if any(c in s.text for c in comments)} == {"comments"}


# A long read whose subheadings the extractor skipped (trafilatura drops some, where the
# page nests them in its own markup or a table of contents showed their text): between two
# paragraphs it kept, they are the article's; a heading inside a related box, or one that
# is a link to another story, stays out.
_SECTIONS = [("Why the harbour wall failed",
              "The old harbour wall was built in 1911 from rubble stone and lime mortar, and for most of a century it "
              "held back the winter storms without much more than a coat of render every decade or so."),
             ("What the engineers found",
              "When the engineers finally lowered a camera into the cracks last spring, they found that the sea had "
              "washed the mortar out of the core of the wall, leaving the outer stones standing on almost nothing."),
             ("What happens next",
              "The council will now decide between a full rebuild, which would close the harbour for two summers, "
              "and a cheaper repair that the engineers say would only buy the town another fifteen years.")]
_RELATED = "Ferry timetable changes for the winter season"


def _long_read() -> str:
    body = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in _SECTIONS)
    box = f'<div class="related-articles"><h3>{_RELATED}</h3></div><h3><a href="/other">Council budget in brief</a></h3>'
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The harbour wall</title></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f'<main><article><h1>The harbour wall that held for a century</h1><p>{_LEAD}</p>{body}{box}'
            f'<p>{_MIDDLE}</p><h3>Get the FREE harbour guide!</h3>'
            f'<p>{_CLOSE}</p></article></main><footer><p>© 2025 Harbour Voice</p></footer></body></html>')


_LEAD = ("Every winter for a hundred years the town has trusted its harbour wall, and this year, for the first "
         "time, the wall did not hold when the January storm drove the sea over the quay.")
_MIDDLE = ("The harbour master said the inner quay would stay open to small boats through the winter, "
           "although the outer berths will be closed whenever the forecast warns of a gale.")
_CLOSE = ("A decision is expected before the spring, when the fishing boats return to the harbour and the "
          "first ferries of the season need a safe berth on the inner quay.")


def test_subheadings_the_extractor_skipped_between_its_paragraphs_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = "\n".join([_LEAD, *(p for _, p in _SECTIONS), _MIDDLE, _CLOSE])  # the paragraphs, no heading
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(kept))
    text = clean_page(_long_read(), kind="html", config=ANY).text
    for heading, para in _SECTIONS:
        assert f"{heading}\n\n{para}" in text
    assert _RELATED not in text and "Council budget in brief" not in text and "FREE" not in text
    assert text.endswith(_CLOSE)


# An article's list that trafilatura skipped (it drops some plain <ul> inside an article's
# flow): introduced by the paragraph above it and between two paragraphs it kept, it is the
# article's; a list of links between them (a related box) or a list that nothing introduces
# stays out.
_INTRO = "The new plant, the mayor said, has cost 3.8 million euros and includes:"
_ITEMS = ["two desalination lines with a capacity of 1,500 cubic metres a day;",
          "a storage tank of 2,000 cubic metres;",
          "a pipeline of 4.2 kilometres to the main villages."]
_UNINTRODUCED = ["Water quality reports", "Opening hours of the town hall"]


def _list_page() -> str:
    items = "".join(f"<li>{i}</li>" for i in _ITEMS)
    links = "".join(f'<li><a href="/{n}">Ferry news {n}: timetable changes for the winter</a></li>' for n in range(3))
    plain = "".join(f"<li>{i}</li>" for i in _UNINTRODUCED)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Desalination</title></head><body>'
            f'<main><article><h1>The island gets its water from the sea</h1><p>{_LEAD}</p><p>{_INTRO}</p><ul>{items}</ul>'
            f'<p>{_MIDDLE}</p><ul>{links}</ul><p>{_CLOSE}</p><ul>{plain}</ul><p>{_SECTIONS[0][1]}</p>'
            '</article></main></body></html>')


def test_a_list_the_article_introduces_is_kept_where_the_extractor_skipped_it(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = "\n".join([_LEAD, _INTRO, _MIDDLE, _CLOSE, _SECTIONS[0][1]])  # the paragraphs, no list
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(kept))
    text = clean_page(_list_page(), kind="html", config=ANY).text
    assert "\n\n".join([_INTRO, *_ITEMS, _MIDDLE]) in text
    assert "Ferry news" not in text
    assert not [i for i in _UNINTRODUCED if i in text]


# ... and across a picture set between the list and the next section, whose caption the page
# writes in a <div class="media-caption"> rather than a <figcaption>: the caption is set in
# the article's flow as a <figure> is, and stays out; the list and the heading are the
# article's (an unseen university news page, where trafilatura kept the paragraphs alone).
_SUBHEADING = "What the pipeline will cost"
_PHOTO = "Workers lay the first section of the pipeline near the harbour in March."


@pytest.mark.parametrize("caption", ['<div class="media-caption"><p>{}</p></div>', '<p class="wp-caption-text">{}</p>'])
def test_a_list_and_a_heading_around_a_captioned_picture_are_kept(monkeypatch: pytest.MonkeyPatch, caption: str) -> None:
    items = "".join(f"<li>{i}</li>" for i in _ITEMS)
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Desalination</title></head><body>'
            f'<main><article><h1>The island gets its water from the sea</h1><p>{_LEAD}</p><p>{_INTRO}</p><ul>{items}</ul>'
            f'<div class="media"><div><img src="pipe.jpg" alt=""></div>{caption.format(_PHOTO)}</div>'
            f'<h2>{_SUBHEADING}</h2><p>{_MIDDLE}</p><p>{_CLOSE}</p></article></main></body></html>')
    kept = "\n".join([_LEAD, _INTRO, _MIDDLE, _CLOSE])  # the paragraphs, no list, caption or heading
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(kept))
    text = clean_page(html, kind="html", config=ANY).text
    assert "\n\n".join([_INTRO, *_ITEMS, _SUBHEADING, _MIDDLE]) in text
    assert _PHOTO not in text


# An article's lead (standfirst, chapo, German "Vorspann") in an element of its own above the
# body, which trafilatura leaves out: a paragraph whose class names a lead, within a few blocks
# above the first paragraph it kept, is the article's. The same class on a related story's
# teaser further down, a picture's caption above, or a teaser that is a link, stays out.
_VORSPANN = ("Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad nicht abzureißen, "
             "sondern bis 2027 für 14 Millionen Euro zu sanieren.")
_BODY = ["Die Entscheidung fiel mit 19 zu 12 Stimmen nach einer Debatte, die mehr als drei Stunden dauerte "
         "und in der beide Seiten noch einmal ihre Gutachten vorlegten.",
         "Der Bürgermeister sagte nach der Sitzung, das Bad gehöre zur Geschichte der Stadt, und die Sanierung "
         "sei am Ende günstiger als ein Neubau am Stadtrand."]
_OTHER_TEASER = "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme um durchschnittlich acht Prozent."
_CAPTION = "Das alte Hallenbad an der Uferstraße wurde im Jahr 1964 eröffnet und seither kaum verändert."
_LINKED = "Alle Berichte und Hintergründe zur Debatte über die Bäder der Stadt finden Sie hier."


def _news_with_lead() -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hallenbad</title></head><body>'
            f'<div class="teaser"><a href="/dossier-baeder">{_LINKED}</a></div>'
            '<main><div class="article"><h1>Das Hallenbad bleibt</h1>'
            f'<div class="teaser-text"><p>{_VORSPANN}</p></div>'
            f'<figure class="lead-image"><img src="bad.jpg" alt=""><figcaption class="intro-caption">{_CAPTION}</figcaption></figure>'
            f'{body}</div>'
            f'<div class="teaser"><p class="teaser-text">{_OTHER_TEASER}</p></div></main></body></html>')


def test_the_article_lead_the_extractor_left_out_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_BODY)))
    res = clean_page(_news_with_lead(), kind="html", config=ANY)
    page = prepare(_news_with_lead().encode(), "lead", ANY, kind="html", encoding="utf-8")
    assert res.text.startswith("\n\n".join([_VORSPANN, *_BODY]))
    for out in (_OTHER_TEASER, _CAPTION, _LINKED):
        assert out not in res.text
    assert {s.rule for s in res.removed if _OTHER_TEASER in s.text} == {"dom_related"}
    assert page.stats["extract:lead_restored"] == 1


def test_the_dateline_in_the_leads_box_is_no_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    # a byline with its clock time under the standfirst, in an element the theme names after
    # the lead too ("chapo-meta"), says when, not what: it stays out
    dateline = "Von Anna Berger · Veröffentlicht am 9. März 2024 um 6:00 · Aktualisiert um 11:12"
    html = _news_with_lead().replace('<div class="teaser-text"><p>',
                                     f'<p class="teaser-text-meta">{dateline}</p><div class="teaser-text"><p>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_BODY)))
    res = clean_page(html, kind="html", config=ANY)
    assert res.text.startswith("\n\n".join([_VORSPANN, *_BODY]))
    assert dateline not in res.text


def test_a_lead_word_names_no_rule_and_the_teaser_word_stays_related() -> None:
    assert concepts_of_names("article-teaser-text") == {"lead", "related"}
    assert concepts_of_names("c-standfirst") == {"lead"}
    # Nordic newsrooms, Czech and Slovak ones, Italian ones name it so
    for names in ("a-article__ingress", "perex", "articolo-catenaccio"):
        assert concepts_of_names(names) == {"lead"}
    assert dom_rule(visible_text_with_evidence(parse_html('<div class="chapo"><p>Un chapo.</p></div>'))[1][0]) is None


# A page builder sets each paragraph in a record of its own, every record built alike
# ("div.rec > div.t-text"); trafilatura can keep one record and skip its twins. The twins beside
# a kept paragraph are the article's; a record built otherwise (the footer's), a twin that is a
# link, and the rows of bare markup (a layout table's, built alike whatever they hold) are not.
_RECORDS = ["Während des nahen Vorbeiflugs des Asteroiden haben Mitarbeiter der Sternwarte eine Reihe "
            "fotometrischer Beobachtungen mit dem 60-Zentimeter-Teleskop durchgeführt.",
            "Die Auswertung der Lichtkurve zeigt, dass sich der Asteroid in 2,71 Stunden einmal um seine "
            "eigene Achse dreht, und dass er eher länglich als rund ist.",
            "Der Asteroid passierte die Erde in einer Entfernung von rund 1,9 Millionen Kilometern und war "
            "zu keinem Zeitpunkt eine Gefahr."]
_FOOTER = "Die Sternwarte wird vom Förderverein Sternenhimmel getragen und ist an Wochenenden geöffnet."
_ALL_NEWS = "Zurück zu allen Meldungen der Sternwarte aus diesem Jahr"


def _records_page(record: str = '<div class="rec rec_pt_15"><div class="t-text">{}</div></div>') -> str:
    recs = "".join(record.format(p) for p in _RECORDS)
    link = record.format(f'<a href="/news">{_ALL_NEWS}</a>')
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Asteroid</title></head><body>'
            f'<div class="rec rec_pt_90"><h1 class="t-title">Die Sternwarte misst den Asteroiden</h1></div>{recs}{link}'
            f'<div class="rec rec_pt_60"><div class="t-descr">{_FOOTER}</div></div></body></html>')


def test_paragraphs_built_as_the_kept_one_are_the_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(_RECORDS[1]))
    res = clean_page(_records_page(), kind="html", config=ANY)
    page = prepare(_records_page().encode(), "records", ANY, kind="html", encoding="utf-8")
    assert res.text.strip() == "\n\n".join(_RECORDS)
    assert page.stats["extract:built_alike_restored"] == 2


def test_a_quotation_the_extractor_skipped_between_two_paragraphs_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    quote = "Wir haben lange auf diesen Tag gewartet, und jetzt ist der Himmel über der Stadt wieder dunkel."
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Asteroid</title></head><body><main>'
            f'<p>{_RECORDS[0]}</p><blockquote><p>{quote}</p></blockquote><p>{_RECORDS[1]}</p>'
            f'<blockquote class="related-box"><p><a href="/a">{_ALL_NEWS}</a></p></blockquote><p>{_RECORDS[2]}</p>'
            '</main></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_RECORDS)))
    text = clean_page(html, kind="html", config=ANY).text
    assert "\n\n".join([_RECORDS[0], quote, _RECORDS[1]]) in text
    assert _ALL_NEWS not in text


def test_the_next_story_trafilatura_kept_below_its_header_is_not_the_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    nxt = ("Im Zillertal hat die Gemeinde am Montag die neue Seilbahn eröffnet, die das Tal mit dem Gletscher "
           "verbindet und bis zu 2000 Fahrgäste in der Stunde befördern kann.")
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Asteroid</title></head><body>'
            f'<article>{"".join(f"<p>{p}</p>" for p in _RECORDS)}</article><div class="next"><p>Nächster Artikel</p>'
            f'<h2>Neue Seilbahn im Zillertal eröffnet</h2><p>{nxt}</p></div></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(
        "\n".join([*_RECORDS, "Neue Seilbahn im Zillertal eröffnet", nxt])))
    res = clean_page(html, kind="html", config=ANY)
    assert res.text.strip() == "\n\n".join(_RECORDS)
    assert ("chrome", "next_story") in {(s.category, s.rule) for s in res.removed if nxt in s.text}


def test_a_pagers_next_article_above_the_article_cuts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Asteroid</title></head><body>'
            f'<p><a href="/n">Nächster Artikel</a></p><article>{"".join(f"<p>{p}</p>" for p in _RECORDS)}</article>'
            '</body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(["Nächster Artikel", *_RECORDS])))
    assert "\n\n".join(_RECORDS) in clean_page(html, kind="html", config=ANY).text


def test_rows_of_bare_markup_are_not_built_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(_RECORDS[1]))
    html = _records_page("<table><tr><td>{}</td></tr></table>")
    assert clean_page(html, kind="html", config=ANY).text.strip() == _RECORDS[1]


# A subheading introduces a list too: a short line that ends no sentence ("今日からできる対策",
# "Things you can do today"), in bold rather than in a heading element on an old table layout.
_JA_PARAS = ["静電気は、二つの物がこすれ合ったり離れたりするときに、電子が一方からもう一方へ移ることで生まれる。乾燥した冬の空気は、たまった電気を逃がしにくい。",
             "佐藤准教授は「静電気は乾燥のサイン。肌やのどの健康のためにも、まずは湿度を意識してほしい」と話している。"]
_JA_HEADING = "今日からできる対策"
_JA_ITEMS = ["加湿器などで室内の湿度を40～60％に保つ", "ドアノブに触る前に、壁や木の家具に手をつける",
             "ハンドクリームで肌の乾燥を防ぐ"]


def _list_under(monkeypatch: pytest.MonkeyPatch, above_html: str, above: str) -> str:
    """The Japanese page with `above_html` between its first paragraph and its list, cleaned
    after an extraction that skipped the list."""
    items = "".join(f"<li>{i}</li>" for i in _JA_ITEMS)
    page = ('<html lang="ja"><head><meta charset="utf-8"><title>静電気</title></head><body><table><tr><td>'
            f'<p>{_JA_PARAS[0]}</p>{above_html}<ul>{items}</ul><p>{_JA_PARAS[1]}</p>'
            '</td></tr></table></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join([_JA_PARAS[0], above, _JA_PARAS[1]])))
    return clean_page(page, kind="html", config=ANY).text


def test_a_list_under_a_subheading_is_kept_where_the_extractor_skipped_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _list_under(monkeypatch, f"<p><b>{_JA_HEADING}</b></p>", _JA_HEADING)
    assert "\n\n".join([_JA_HEADING, *_JA_ITEMS, _JA_PARAS[1]]) in text


# A short line that ends a sentence, in any script, introduces nothing: the list after it
# stays where the extractor left it (a related box between two paragraphs).
@pytest.mark.parametrize("sentence", ["It rained all day.", "दिन भर बारिश हुई।", "هل ستمطر غدا؟", "雨が降った。"])
def test_a_list_under_a_short_sentence_is_not_taken_back(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    text = _list_under(monkeypatch, f"<p>{sentence}</p>", sentence)
    assert sentence in text and _JA_PARAS[1] in text
    assert not any(i in text for i in _JA_ITEMS)


# A list whose items are sentences says what the article says (a walkthrough's steps, a plan's
# points, in any script) and needs no line that introduces it: skipped by the extractor
# between two paragraphs it kept, after a paragraph that ends as a sentence, it is the
# article's. Items that name things (stories, places), or one sentence alone, stay out.
_GUIDE = ["Past the bridge the mill's main gate is locked, so follow the path along the bank to the back of the building.",
          "Upstairs, three gears are missing from the millstone's drive, and two of them lie in plain sight."]
_STEPS = ["Climb the barrels behind the mill onto the ledge under the window.",
          "Push the shutter open and drop into the store room.",
          "Take the crank from the shelf by the door; you need it for the gears."]
_NAMES = ["The barrels behind the mill", "The shutter of the store room", "The crank by the door"]


def _guide_with(monkeypatch: pytest.MonkeyPatch, items: list[str]) -> str:
    steps = "".join(f"<li>{i}</li>" for i in items)
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Chapter 3</title></head><body><div class="guide">'
            f'<h1>Walkthrough, chapter 3: the mill</h1><p>{_GUIDE[0]}</p><ol>{steps}</ol>'
            '<div class="ad-slot">Advertisement</div>'
            f'<h2>The gear puzzle</h2><p>{_GUIDE[1]}</p></div></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_GUIDE)))
    return clean_page(page, kind="html", config=ANY).text


def test_a_list_of_sentences_is_kept_where_the_extractor_skipped_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _guide_with(monkeypatch, _STEPS)
    assert "\n\n".join([_GUIDE[0], *_STEPS, "The gear puzzle", _GUIDE[1]]) in text
    assert "Advertisement" not in text


@pytest.mark.parametrize("items", [_NAMES, _STEPS[:1]])
def test_a_list_of_names_or_one_sentence_is_not_taken_back(monkeypatch: pytest.MonkeyPatch, items: list[str]) -> None:
    text = _guide_with(monkeypatch, items)
    assert _GUIDE[0] in text and _GUIDE[1] in text
    assert not any(i in text for i in items)


# A section trafilatura skipped may have an ad slot or a picture between it and the paragraph
# above (a news page's inline ad, "Реклама"): its subheading and the list under it are the
# article's, the ad and the caption stay out. A heading inside a figure or a caption's element
# (a box's title set in one) is no section of the article.
_AD_SECTION = ("Что изменится для жителей", ["Автобусы маршрутов № 2 и № 5 возвращаются на прежние маршруты.",
                                             "Ограничение скорости на мосту — 40 км/ч."])
_RU_PARAS = ["Движение по мосту через Вуоксу на улице Гагарина возобновилось в четверг утром, на три месяца позже, "
             "чем обещал подрядчик.",
             "Депутат районного совета Ирина Лебедева заявила, что довольна результатом, но вопросы к подрядчику у неё "
             "остаются.",
             "Жители северной части города встретили открытие с облегчением: два года они ездили в поликлинику через "
             "дамбу."]
_FIGURE_BOX = "Почему мы доверяем"
_RU_LAST = "Вечером мост будет освещаться новыми светодиодными фонарями, которые установили в последний месяц работ."


@pytest.mark.parametrize("box", ['<figure class="box"><h3>{}</h3></figure>', '<div class="wp-caption"><h3>{}</h3></div>'])
def test_a_section_under_an_ad_slot_is_kept_and_a_heading_in_a_figure_is_not(monkeypatch: pytest.MonkeyPatch, box: str) -> None:
    heading, items = _AD_SECTION
    page = ('<html lang="ru"><head><meta charset="utf-8"><title>Мост</title></head><body><article>'
            f'<h1>В Приозерске открыли мост через Вуоксу</h1><p>{_RU_PARAS[0]}</p><figure><img src="m.jpg"><figcaption>Мост через Вуоксу. Фото: пресс-служба'
            f'</figcaption></figure><p>{_RU_PARAS[1]}</p><div class="ad-slot">Реклама</div><h2>{heading}</h2>'
            f'<ul>{"".join(f"<li>{i}</li>" for i in items)}</ul><p>{_RU_PARAS[2]}</p>'
            f'{box.format(_FIGURE_BOX)}<p>{_RU_LAST}</p>'
            '</article></body></html>')
    kept = "\n".join([*_RU_PARAS, _RU_LAST])
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(kept))
    text = clean_page(page, kind="html", config=ANY).text
    assert "\n\n".join([_RU_PARAS[1], heading, *items, _RU_PARAS[2]]) in text
    assert "Реклама" not in text and "Фото" not in text and _FIGURE_BOX not in text


# A news system writes the article's standfirst into the page's declared description too, and
# some class its element only "description" (VnExpress's p.description): a paragraph above
# the body that says what the description says is the lead. A two-column layout may name the
# article's own column after its sidebar ("sidebar-1", Arc XP's "b-right-rail-advanced"): a
# concept every kept paragraph carries names their container, not a sidebar, while the real
# rail beside it stays out.
_VI_LEAD = ("Sở Xây dựng Hà Nội cho biết 12 tuyến xe buýt điện mới sẽ đi vào hoạt động từ ngày 1/11, nâng tổng số "
            "tuyến buýt điện của thành phố lên 30.")
_VI_BODY = ["Theo kế hoạch vừa được phê duyệt, các tuyến mới chủ yếu kết nối khu vực trung tâm với các quận phía tây "
            "và phía nam. Tổng cộng 210 xe điện sẽ được đưa vào khai thác.",
            "Đại diện Sở Xây dựng cho biết các tuyến được lựa chọn dựa trên nhu cầu đi lại thực tế, ưu tiên những khu "
            "vực đông dân cư nhưng chưa có nhiều tuyến buýt."]
_VI_TEASER = "Giá vé xe buýt có thể điều chỉnh từ năm sau, theo đề xuất mới nhất của thành phố gửi các sở ngành."
_VI_RAIL = ["Đọc nhiều nhất", "Giá vàng hôm nay tăng mạnh", "Thời tiết Hà Nội chuyển lạnh cuối tuần"]


def _vi_news(column: str, description: str) -> str:
    rail = "".join(f"<p><a href='/x{i}'>{t}</a></p>" for i, t in enumerate(_VI_RAIL))
    return ('<html lang="vi"><head><meta charset="utf-8"><title>Hà Nội mở thêm 12 tuyến xe buýt điện</title>'
            f'<meta name="description" content="{description}"></head><body>'
            f'<div class="{column}"><h1>Hà Nội mở thêm 12 tuyến xe buýt điện</h1><p class="description">{_VI_LEAD}</p>'
            f'{"".join(f"<p>{p}</p>" for p in _VI_BODY)}</div><div class="sidebar-2">{rail}</div></body></html>')


@pytest.mark.parametrize("column", ["sidebar-1", "b-right-rail-advanced__main"])
def test_the_lead_the_description_declares_is_kept_in_a_column_named_sidebar(
        monkeypatch: pytest.MonkeyPatch, column: str) -> None:
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_VI_BODY), description=_VI_LEAD))
    html = _vi_news(column, _VI_LEAD)
    assert clean_page(html, kind="html", config=ANY).text == "\n\n".join([_VI_LEAD, *_VI_BODY])
    page = prepare(html.encode(), "vi", ANY, kind="html", encoding="utf-8")
    assert page.stats["extract:layout_column_named_sidebar"] == 1
    assert all(b.dom is not None and "sidebar" in b.dom.concepts for b in page.blocks if b.text in _VI_RAIL)
    # a paragraph in the same place that the description does not declare stays out
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_VI_BODY), description=_VI_TEASER))
    assert _VI_LEAD not in clean_page(_vi_news(column, _VI_TEASER), kind="html", config=ANY).text


# A link alone in square brackets is a wiki's edit link or a toggle, in any language; the same
# words in brackets without a link (a transcript's "[Applause]") are the page's own. (A
# toggle's word here: the edit links of the wikis' languages are `edit_link`.)
def test_a_bracketed_link_is_chrome_and_bracketed_text_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    paras = [_LEAD, _MIDDLE, _CLOSE]
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Harbour</title></head><body><main>'
            f'<h1>The harbour wall</h1><p>{paras[0]}</p><div class="mw-heading"><h2>History</h2>'
            '<span class="mw-editsection">[<a href="/w/index.php?action=edit">απόκρυψη</a>]</span></div>'
            f'<p>{paras[1]}</p><p>[Applause]</p><p>{paras[2]}</p></main></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(
        [paras[0], "History", "[απόκρυψη]", paras[1], "[Applause]", paras[2]])))
    res = clean_page(html, kind="html", config=ANY)
    assert "[Applause]" in res.text and "απόκρυψη" not in res.text
    assert [(s.rule, s.text) for s in res.removed if "απόκρυψη" in s.text] == [("bracketed_link", "[απόκρυψη]")]


# A Q&A page's question, which trafilatura leaves out when it keeps the longer answer below
# it (Stack Exchange's div#question): its post comes back, not its vote count, tags, comments
# or "asked" line.
_QUESTION_POST = ["I have a small backup script that runs fine when I start it by hand, but fails every night when "
                  "cron runs it with the message that node cannot be found.",
                  "Why does cron not see the programs and variables of my login shell, and how do I fix it?"]
_ANSWER = ["Cron runs your script with a minimal environment: it does not read your .bashrc, so neither the PATH "
           "that nvm sets up nor your exported variables exist when the job starts.",
           "Use absolute paths inside the script, or set PATH and the variables you need at the top of the "
           "crontab, and the job will find node again."]


def test_a_qa_pages_question_is_kept_above_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    post = "".join(f"<p>{p}</p>" for p in _QUESTION_POST)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Cron job cannot find node</title></head><body>'
            '<div id="mainbar"><div id="question" class="question js-question"><div class="votecell">27</div>'
            f'<div class="s-prose js-post-body">{post}</div><div class="post-taglist"><a href="/t/cron">cron</a></div>'
            '<div class="user-action-time">asked Mar 4 at 21:17</div>'
            '<div class="comments"><p>What does crontab -l print, and is the script executable at all?</p></div></div>'
            f'<div id="answers"><div class="answer">{"".join(f"<p>{p}</p>" for p in _ANSWER)}</div></div>'
            '</div></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_ANSWER)))
    res = clean_page(html, kind="html", config=ANY)
    assert res.text == "\n\n".join([*_QUESTION_POST, *_ANSWER])
    page = prepare(html.encode(), "qa", ANY, kind="html", encoding="utf-8")
    # the post's paragraphs and the vote count beside them, which the counter rule then removes
    assert page.stats["extract:question_restored"] == len(_QUESTION_POST) + 1


# A forum thread (phpBB's prosilver markup): the card beside each post, with the poster's
# name, rank, post count and join date, is chrome even inside the extractor's text; the
# posts stay. The same words in a post ("Posts" in a sentence) stay.
_FORUM_POSTS = [
    ["Hallo zusammen, meine Tomaten auf dem Balkon bekommen seit einer Woche gelbe Blätter von unten her. "
     "Ich gieße jeden Morgen einen halben Liter und dünge alle zwei Wochen mit einem Flüssigdünger.",
     "Liegt das am Wasser, am Dünger oder an einer Krankheit? Die Pflanzen stehen in Kübeln mit dreißig Litern."],
    ["Gelbe Blätter unten sind bei Tomaten im Hochsommer oft nur Alterung, aber prüf bitte, ob der Untersetzer "
     "nach dem Gießen voll Wasser steht. Staunässe zeigt sich genau so, und ein halber Liter täglich ist viel.",
     "Braune Flecken mit gelbem Rand wären dagegen ein Zeichen für die Dürrfleckenkrankheit."],
]
_FORUM_CARDS = [("balkongaertner", "Neues Mitglied", "Beiträge: 3", "Registriert: 12.05.2024"),
                ("gruener_daumen", "Moderatorin", "Beiträge: 4812", "Registriert: 14.01.2011")]


def _forum_page() -> str:
    posts = []
    for n, (paras, card) in enumerate(zip(_FORUM_POSTS, _FORUM_CARDS, strict=True)):
        name, rank, count, joined = card
        posts.append(
            f'<div id="p{n}" class="post has-profile bg{n % 2 + 1}"><div class="inner">'
            f'<dl class="postprofile" id="profile{n}"><dt class="has-profile-rank">'
            f'<a href="/memberlist.php?u={n}" class="username">{name}</a></dt>'
            f'<dd class="profile-rank">{rank}</dd><dd class="profile-posts">{count}</dd>'
            f'<dd class="profile-joined">{joined}</dd></dl>'
            f'<div class="postbody"><h3>Re: Gelbe Blätter an Balkontomaten</h3>'
            f'<div class="content">{"<br><br>".join(paras)}</div></div></div></div>')
    return ('<html lang="de"><head><meta charset="utf-8"><title>Gelbe Blätter an Balkontomaten - Gartenforum</title>'
            '</head><body><div id="page-body"><h2 class="topic-title">Gelbe Blätter an Balkontomaten</h2>'
            f'{"".join(posts)}</div></body></html>')


def test_a_forum_posters_card_is_chrome_and_the_first_post_is_kept() -> None:
    res = clean_page(_forum_page(), kind="html", config=ANY)
    assert res.text == "\n\n".join(_FORUM_POSTS[0])
    rows = [s for s in res.removed if s.rule == "dom_user_card"]
    assert [r.text.split("\n\n") for r in rows] == [list(card) for card in _FORUM_CARDS]
    assert {r.category for r in rows} == {"chrome"}


def test_a_forum_posters_card_inside_the_extraction_is_chrome(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for paras, card in zip(_FORUM_POSTS, _FORUM_CARDS, strict=True) for line in (*card, *paras)]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(lines)))
    res = clean_page(_forum_page(), kind="html", config=ANY)
    assert all(p in res.text for paras in _FORUM_POSTS for p in paras)
    assert not any(c in res.text for card in _FORUM_CARDS for c in card)
    assert {s.rule for s in res.removed if any(c in s.text for card in _FORUM_CARDS for c in card)} == {"dom_user_card"}


def test_a_posters_card_in_a_wrapper_named_first_is_chrome_without_an_extraction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the card inside a "post-menu" column: the menu concept comes first among the markup's
    # rules, and its lines are no link lines, yet the card is still a card
    html = _forum_page().replace('<dl class="postprofile"', '<div class="post-menu"><dl class="postprofile"')
    html = html.replace("</dl>", "</dl></div>")
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(None))
    res = clean_page(html, kind="html", config=ANY)
    assert all(p in res.text for p in _FORUM_POSTS[0])
    assert not any(c in res.text for card in _FORUM_CARDS for c in card[1:])
    assert {s.rule for s in res.removed if "Registriert" in s.text} == {"dom_user_card"}


# A poll (a group of radio buttons, one name) is chrome even inside the extractor's text, in
# any language: found by the page's structure. A tab set whose radio buttons switch panels
# of text is no poll.
_POLL = ("Πόσο συχνά αγοράζετε ψωμί από φούρνο της γειτονιάς;", "Κάθε μέρα", "Μερικές φορές την εβδομάδα", "Σπάνια")


def _poll_page(panel: str = "") -> str:
    question, *answers = _POLL
    options = "".join(f'<br><input type="radio" name="v"> {a}' for a in answers)
    paras = "".join(f"<p>{p}</p>" for p in (_LEAD, _MIDDLE, _CLOSE))
    return ('<html lang="el"><head><meta charset="utf-8"><title>Φούρνος</title></head><body><table><tr>'
            f'<td>{paras}</td><td><b>Δημοσκόπηση</b><div>{question}{options}{panel}</div>'
            '<input type="submit" value="Ψηφίστε"></td></tr></table></body></html>')


def test_a_poll_is_chrome_inside_the_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join([_LEAD, _MIDDLE, _CLOSE, *_POLL])))
    res = clean_page(_poll_page(), kind="html", config=ANY)
    assert res.text == "\n\n".join([_LEAD, _MIDDLE, _CLOSE])
    assert [(s.category, s.rule) for s in res.removed if any(p in s.text for p in _POLL)] == [("chrome", "dom_choice")]


def test_radio_buttons_around_much_text_are_no_poll() -> None:
    # a CSS tab set: its radio buttons share a container with the panels' text
    panel = "".join(f"<p>{_MIDDLE}</p>" for _ in range(3))
    root = parse_html(_poll_page(panel))
    assert root is not None
    _, evidence = visible_text_with_evidence(root)
    assert not any(ev is not None and "choice" in ev.concepts for ev in evidence)
    root = parse_html(_poll_page())
    assert root is not None
    assert any(ev is not None and "choice" in ev.concepts for ev in visible_text_with_evidence(root)[1])


JOB_LISTING = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warehouse operative - Leeds</title></head>
<body class="page-advert"><div class="header"><a href="/">Jobs</a> <a href="/firms">Firms</a> <a href="/advice">Advice</a></div>
<div class="banner"><span class="banner-label">Advertisement</span><a href="/promo"><img src="b.png"></a></div>
<div class="advert"><div class="advert-head"><h1 class="advert-title">Warehouse operative - early shift, Leeds</h1>
<p class="advert-date">Posted: 4 March 2024</p></div>
<table class="advert-facts"><tr><th>Place of work</th><td>Leeds, Stourton Road 115</td></tr>
<tr><th>Pay</th><td>GBP 24,000 - 27,000 a year</td></tr><tr><th>Start</th><td>at once or by agreement</td></tr></table>
<div class="advert-body"><p>We are looking for a new member of the team at our distribution warehouse in Leeds. We supply
chemists and household shops across the north of England, so there is always something to do here. If you like
physical work, keep things tidy and want a steady job with a regular early shift, get in touch.</p>
<h3>What you will do</h3><ul><li>picking goods for orders with a barcode scanner,</li><li>receiving and checking goods
from suppliers,</li><li>packing and preparing pallets for dispatch,</li><li>working with a hand pallet truck or a forklift,</li>
<li>keeping the workplace in order.</li></ul><h3>What we offer</h3><ul><li>an early shift from 6:00 to 14:30, weekends off,</li>
<li>a joining bonus of GBP 1,000 after the trial period,</li><li>five weeks of holiday and three paid days off on top,</li>
<li>a bus stop right at the site (buses 78 and 82).</li></ul>
<p>Interested? Send us your CV with the Reply button or call Hannah Newton on 0113 496 0987. We will invite you to an
interview within three working days.</p></div></div>
<div class="box similar"><h3>Similar jobs</h3><a href="/j/1">Forklift driver - nights, Leeds</a> <a href="/j/2">Picker - Wakefield</a></div>
<div class="footer"><a href="/about">About</a> | <a href="/terms">Terms</a> © 2006-2024 Jobs North</div></body></html>"""


def test_a_listing_whose_class_says_advert_is_the_page_not_an_ad() -> None:
    # "advert" names an ad slot, and on a classifieds or job site the listing itself: an
    # element holding the page's <h1> (or a page's worth of text) is content, and so are its
    # parts its word names ("advert-body", "advert-facts"); a real ad slot is still an ad
    res = clean_page(JOB_LISTING.encode(), kind="html", config=ANY)
    assert "picking goods for orders with a barcode scanner," in res.text
    assert "We are looking for a new member of the team" in res.text
    assert "GBP 24,000 - 27,000 a year" in res.text
    assert not [r for r in res.manifest if r["rule"] == "dom_ad" and r["text"] != "Advertisement"]
    assert "Advertisement" not in res.text


@pytest.mark.parametrize("names", ["advert", "ad-slot", "advertisement"])
def test_a_small_element_named_advert_is_still_an_ad(names: str) -> None:
    from lxml.html import fragment_fromstring

    from corpusclean.read.dom import ROOT, enter

    el = fragment_fromstring(f'<div class="{names}"><span>Advertisement</span><img src="a.png"></div>')
    assert "ad" in enter(ROOT, el, "div").concepts
    big = fragment_fromstring(f'<div class="{names}"><h1>Flat to let</h1><p>Two rooms.</p></div>')
    assert "ad" not in enter(ROOT, big, "div").concepts


P = ("The harbour board met on Monday to discuss dredging the old channel, which has silted up over the past "
     "ten winters and now keeps the larger fishing boats out at low tide.",
     "Members agreed to ask the county for a grant and to publish the engineers' report in full before the "
     "summer, so that residents can comment on the plans before any work begins.",
     "Volunteers planted four hundred trees along the river path this winter, and the council has promised "
     "to water them through their first dry summer.")


def test_a_pull_quote_with_its_attribution_left_out_is_a_duplicate() -> None:
    # a pull-quote joins a quote's sentences without the "she said" between them; a heading
    # that names a paragraph's phrases in order, and a paragraph sharing a phrase, stay
    said = ("Qureshi says the hardest part was the rhythm. “His sentences move like a slow train,” she said. "
            "“They stop at small stations, and every one of them has a name.” The book is out in May.")
    quote = "“His sentences move like a slow train. They stop at small stations.”"
    heading = "Qureshi says: the hardest part, the rhythm, a slow train"
    echo = ("Like a slow train, the council's plans stop at small stations, and the mayor said the "
            "new timetable is out in May for every one of them.")
    html = (f"<html><head><title>Trains</title></head><body><article><h1>Trains in verse</h1>"
            f"<p>{P[0]}</p><h3>{heading}</h3><p>{said}</p><blockquote class='pull-quote'><p>{quote}</p></blockquote>"
            f"<p>{P[1]}</p><p>{echo}</p><p>{P[2]}</p></article></body></html>")
    res = clean_page(html.encode(), kind="html", config=ANY)
    assert [(r["rule"], r["text"]) for r in res.manifest if r["category"] == "duplicate"] == [
        ("contained_in_longer", quote)]
    assert said in res.text and echo in res.text and heading in res.text


def _forum(declared: bool) -> bytes:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
          '"DiscussionForumPosting", "headline": "Zigbee devices drop off"}</script>') if declared else ""
    posts = [("mbrennan", "February 11, 2024, 2:02pm", "Since the update all my Zigbee sensors drop off the "
              "network after an hour or two, and only a restart of the coordinator brings them back for a while."),
             ("puddly_fan", "February 11, 2024, 2:31pm", "Which Zigbee channel are you on? Check the energy scan "
              "in the integration's settings, a busy channel next to your Wi-Fi would explain all of it."),
             ("tmiller", "February 11, 2024, 4:45pm", "Wi-Fi channel 1 overlaps Zigbee channels 11 to 14, and a "
              "new mesh satellite next to the coordinator would do exactly this; move the Zigbee network to 25."),
             ("mbrennan", "February 12, 2024, 9:20am", "Moved the Wi-Fi to channel 11 and the Zigbee network to 25 "
              "last night, and every device followed except one old plug, which I paired again by hand.")]
    body = "".join(f'<div class="topic-post"><div class="creator"><span>{who}</span> <span>{when}</span></div>'
                   f'<div class="post"><p>{text}</p></div><div class="likes">2 Likes</div></div>'
                   for who, when, text in posts)
    return (f'<html><head><title>Zigbee devices drop off</title>{ld}</head><body><div id="main-outlet">'
            f'<h1>Zigbee devices drop off after updating</h1>{body}</div>'
            f'<footer>Powered by Discourse</footer></body></html>').encode()


@pytest.mark.parametrize("declared", [True, False])
def test_a_forum_thread_keeps_its_replies(declared: bool) -> None:
    # a forum thread or Q&A page that says so (schema.org DiscussionForumPosting, QAPage), or
    # whose posts are stamped alike, each followed by what it says (classify/threads.py):
    # its replies are its content, not a comment thread under an article
    res = clean_page(_forum(declared), kind="html", config=ANY)
    assert "move the Zigbee network to 25." in res.text and "every device followed" in res.text
    assert not [r for r in res.manifest if r["rule"] == "comment_thread"]


def test_the_same_posts_under_an_articles_comment_header_are_comments() -> None:
    # the stamps alone do not make a thread where a comment section's header opens the posts
    page = _forum(False)
    second = page.index(b'<div class="topic-post">', page.index(b'<div class="topic-post">') + 1)
    html = page[:second] + b"<h2>3 Comments</h2>" + page[second:]
    res = clean_page(html, kind="html", config=ANY)
    assert "every device followed" not in res.text
    assert [r for r in res.manifest if r["rule"] == "comment_thread"]


def test_lines_of_code_are_not_widgets() -> None:
    # a compose file's "image: postgres:16" is no photo credit, a script's "Share" no share
    # button: phrase rules do not read lines inside <pre>
    code = "services:\n  db:\n    image: postgres:16\n  web:\n    image: ghcr.io/example/web:3.2\nShare"
    html = (f"<html><head><title>Install</title></head><body><article><h1>Install with Compose</h1>"
            f"<p>{P[0]}</p><pre><code>{code}</code></pre><p>{P[1]}</p><p>{P[2]}</p></article></body></html>")
    res = clean_page(html.encode(), kind="html", config=ANY)
    assert "image: postgres:16" in res.text and "image: ghcr.io/example/web:3.2" in res.text
    assert not [r for r in res.manifest if "image:" in r["text"]]


_BIRDS = ("“Birds are a hobby for people with peace of mind,” said Mohammad Nasir, 34, who runs a stall selling "
          "seed and cages in the old market. “When a man is worried about feeding his children, he does not buy "
          "a canary.”")
_SEEDS = ("Prices of seed have doubled since the spring, and the traders say that most of their customers now "
          "come only on Fridays, when the market is at its busiest and the old men bring their cages to talk.")


def _birds_page(heading: str, first: str, second: str) -> str:
    return ("<html><head><title>The bird market of Kabul</title></head><body><article>"
            "<h1>The bird market of Kabul</h1>"
            "<p>For more than a century the bird market has stood in a narrow lane near the river, and it has "
            "survived wars, floods and several governments that wanted it gone.</p>"
            f"<p>{first}</p><h2>{heading}</h2><p>{second}</p>"
            "<p>Most traders learned the work from their fathers and hope their sons will learn it from them, "
            "though few of the young men in the lane think there is a living in it any more.</p>"
            "</article></body></html>")


def test_a_heading_quoting_the_paragraph_under_it_is_its_title() -> None:
    heading = "“A hobby for people with peace of mind”"
    res = clean_page(_birds_page(heading, _SEEDS, _BIRDS), kind="html", config=ANY)
    assert heading in res.text and _BIRDS in res.text


def test_a_heading_quoting_a_paragraph_elsewhere_is_a_pull_quote() -> None:
    heading = "“A hobby for people with peace of mind”"
    res = clean_page(_birds_page(heading, _BIRDS, _SEEDS), kind="html", config=ANY)
    assert heading not in res.text and _BIRDS in res.text
    assert [(s.category, s.rule) for s in res.removed if s.text == heading] == [("duplicate", "contained_in_longer")]


_SIGNUP = ('<div class="mt-10 rounded-lg bg-emerald-50 p-6"><h3 class="text-lg font-bold">Get our weekly English '
           'newsletter</h3><p class="mt-1 text-sm">The best of our reporting from across the region, every '
           'Friday.</p><form class="mt-3 flex gap-2"><input type="email" placeholder="you@example.com">'
           '<button>Subscribe</button></form></div>')


def test_a_box_around_a_form_asking_for_an_email_alone_is_a_signup() -> None:
    # no class name says "newsletter": the form asking for an address and nothing more does,
    # inside trafilatura's text too
    html = _birds_page("At the market", _SEEDS, _BIRDS).replace("</article>", _SIGNUP + "</article>")
    res = clean_page(html, kind="html", config=ANY)
    assert "weekly English newsletter" not in res.text and "every Friday" not in res.text
    assert _BIRDS in res.text and _SEEDS in res.text
    rows = [s for s in res.removed if "weekly English newsletter" in s.text]
    assert [(s.category, s.rule) for s in rows] == [("chrome", "dom_newsletter")]


@pytest.mark.parametrize("fields", ['<input type="email"><input type="password">',
                                    '<input type="email"><textarea></textarea>'])
def test_a_login_or_a_contact_form_is_no_signup(fields: str) -> None:
    from corpusclean.read.html import _signup_boxes

    root = parse_html(f"<html><body><div><h3>Write to us</h3><form>{fields}<button>Send</button></form></div>"
                      "</body></html>")
    assert root is not None and not _signup_boxes(root)


def test_a_form_around_the_whole_page_is_no_signup_box() -> None:
    # ASP.NET wraps the page in one <form>: the box is the sign-up's own element, and a
    # login box with its password field stays out
    from corpusclean.read.html import _signup_boxes

    page = ("<html><body><form id='aspnetForm'><div><p>" + "</p><p>".join(P) + "</p></div>"
            "<div class='nl'><h3>Newsletter</h3><p>The week's news, every Friday.</p><input type='email'>"
            "<button>OK</button></div><div><label>User</label><input type='email'><input type='password'></div>"
            "</form></body></html>")
    root = parse_html(page)
    assert root is not None
    assert [b.get("class") for b in _signup_boxes(root)] == ["nl"]


_IT_POSTS = [
    ("Luca_Ferri", "Membro", "37", "3 marzo 2024",
     ["Ciao a tutti, da qualche settimana il mio pane a lievitazione naturale esce piatto e molto umido "
      "dentro, anche se seguo la stessa ricetta da due anni.",
      "Uso farina tipo 1, idratazione al 75% e una notte in frigorifero. Cosa può essere cambiato?"]),
    ("Marta.B", "Membro esperto", "1 204", "3 marzo 2024",
     ["Con il freddo di questi giorni il lievito madre lavora molto più lentamente: prova a rinfrescarlo due "
      "volte prima dell'impasto e a lasciarlo raddoppiare in un posto tiepido, vicino al forno spento con la "
      "luce accesa.",
      "E abbassa l'idratazione al 70% finché non trovi di nuovo il punto giusto, una farina nuova può "
      "assorbire meno acqua della solita."]),
    ("Giorgio_Panettiere", "Moderatore", "8 530", "4 marzo 2024",
     ["Aggiungo solo una cosa: controlla la temperatura del frigorifero, se è sotto i quattro gradi la "
      "lievitazione notturna quasi si ferma e al mattino l'impasto non ha forza."]),
    ("Luca_Ferri", "Membro", "38", "9 marzo 2024",
     ["Avevate ragione tutti e due: due rinfreschi e idratazione al 70%, e il pane di stamattina è finalmente "
      "cresciuto come una volta. Grazie mille!"]),
]


def _board(article: str = "", *, stamp: str = "", form: bool = False) -> bytes:
    """A thread of a board that marks every post up as a comment (Invision Community's
    ``ipsComment``), dates alone on its posts (or `stamp` on each); with `article`, the same
    posts under an article; with `form`, the posts inside the board's moderation form."""
    posts = "".join(
        f'<article class="cPost ipsBox ipsComment ipsComment_parent">'
        f'<aside class="ipsComment_author cAuthorPane"><h3><a href="/profile/{who}/">{who}</a></h3>'
        f'<ul class="cAuthorPane_info"><li>{rank}</li><li>{count}</li></ul></aside>'
        f'<div class="ipsComment_content"><div class="ipsComment_meta"><ul class="ipsComment_tools">'
        f'<li><a href="#share">Condividi</a></li><li><a href="#report">Segnala</a></li></ul>'
        f'<p class="ipsType_reset">{stamp or "Pubblicato " + when}</p></div>'
        f'<div class="cPost_contentWrap" data-role="commentContent">{"".join(f"<p>{t}</p>" for t in text)}</div>'
        f'<ul class="ipsComment_controls"><li><a href="#like">Mi piace</a></li><li><a href="#quote">Cita</a></li>'
        f'</ul></div></article>' for who, rank, count, when, text in _IT_POSTS)
    lead = f'<div class="entry-content">{"".join(f"<p>{p}</p>" for p in article.split("|"))}</div>' if article else ""
    return ('<html><head><meta charset="utf-8"><title>Pane piatto e umido</title></head><body>'
            '<nav class="ipsNavBar"><ul><li><a href="/">Forum</a></li><li><a href="/ricette/">Ricette</a></li>'
            '<li><a href="/galleria/">Galleria</a></li></ul></nav>'
            f'<main><h1>Pane a lievitazione naturale piatto e umido</h1>{lead}'
            f'<div data-role="commentFeed">{"<form>" if form else ""}{posts}{"</form>" if form else ""}</div></main>'
            '<footer><p>Il Forno di Casa © 2009-2024</p></footer></body></html>').encode()


def test_a_board_marking_its_posts_as_comments_keeps_every_post() -> None:
    # Invision Community (and a code host's issue page) mark every post up as a comment, and
    # trafilatura cuts them out with its comment selectors: before the first of them the page
    # says nothing, so they are the discussion (classify/threads.py: posts_in_comments), read
    # as a thread: every post kept, the poster cards and the post buttons chrome
    res = clean_page(_board(), kind="html", config=ANY)
    for who, _, _, _, text in _IT_POSTS:
        for paragraph in text:
            assert paragraph in res.text, who
    assert "Membro esperto" not in res.text and "Segnala" not in res.text and "Pubblicato" not in res.text
    assert not [s for s in res.removed if s.rule in ("comment_section", "comment_thread")]
    assert [s.rule for s in res.removed if s.text.startswith("Marta.B")] == ["dom_user_card"]


def test_a_board_whose_posts_show_no_date_is_read_by_its_markup() -> None:
    # "3d" on every post is no stamp the thread's rules know, and the feed sits in the board's
    # moderation form: the comment markup itself frames the posts (threads.marked_frames)
    res = clean_page(_board(stamp="3d", form=True), kind="html", config=ANY)
    for who, _, _, _, text in _IT_POSTS:
        for paragraph in text:
            assert paragraph in res.text, who
    assert "Membro esperto" not in res.text and "Segnala" not in res.text and "Cita" not in res.text.split()


def test_the_same_posts_under_an_article_stay_its_comments() -> None:
    article = ("Il pane a lievitazione naturale dipende da tre cose: la forza del lievito madre, la temperatura "
               "dell'ambiente e il tempo. In inverno tutte e tre cambiano, e chi panifica in casa se ne accorge "
               "prima di tutto dalla forma della pagnotta.|Abbiamo chiesto ai lettori del forum come "
               "affrontano i mesi freddi, e le risposte sono state molte e diverse tra loro.")
    res = clean_page(_board(article), kind="html", config=ANY)
    assert "la forza del lievito madre" in res.text
    assert "Uso farina tipo 1" not in res.text and "finalmente cresciuto" not in res.text
    assert next(s for s in res.removed if "Uso farina tipo 1" in s.text).category == "comments"


_ISSUE = [
    ("jkowalczyk", "Mar 4, 2024", "Exporting a project with more than a thousand layers stops at 99% and never writes "
     "the file. The log shows the encoder waiting for a frame that was already flushed, so it looks like a race "
     "between the writer thread and the progress callback.</p><p>Steps to reproduce:</p><ul>"
     "<li>Open a project with at least a thousand layers</li><li>Choose File, then Export as PNG sequence</li>"
     "<li>Wait until the progress bar reaches 99%</li></ul><p>Relevant part of the log:</p>"
     "<pre><code>[10:41:02] writer: frame 1204 flushed\n[10:41:02] encoder: waiting for frame 1204\n"
     "[10:41:32] encoder: still waiting</code></pre><p>This is version 4.2.0 on Windows 11, installed from "
     "the release page, with the default settings and no plugins enabled at all."),
    ("amira-dev", "Mar 4, 2024", "Thanks for the report and the log. Can you try the nightly build? We changed the "
     "order in which the writer closes its queue last week, and that should remove the race you describe."),
    ("jkowalczyk", "Mar 5, 2024", "The nightly build exports the same project in forty seconds and the file opens "
     "fine in every viewer I tried, so the fix works for me. Thank you for the quick answer."),
    ("amira-dev", "Mar 6, 2024", "Good to hear. The fix ships in the next release, so I am closing this issue now; "
     "please open a new one if the export hangs again with a larger project."),
]


def test_an_issue_whose_comments_trafilatura_kept_is_no_comment_thread() -> None:
    # a code host marks every comment of an issue, the opening one too, as a comment: the
    # page says nothing before them but its title and a summary line, so they are the
    # discussion, not a thread under an article, even where trafilatura keeps them all
    items = "".join(
        f'<div class="js-timeline-item"><div class="timeline-comment">'
        f'<div class="timeline-comment-actions"><span>Member</span><details><summary>…</summary>'
        f'<button>Copy link</button><button>Quote reply</button><button>Report content</button></details></div>'
        f'<h3 class="timeline-comment-header"><a class="author" href="/{who}">{who}</a> commented on {when}</h3>'
        f'<table><tr><td class="comment-body"><p>{text}</p></td></tr></table></div></div>' for who, when, text in _ISSUE)
    html = ('<html><head><meta charset="utf-8"><title>Export hangs at 99% · Issue #412</title></head><body>'
            '<header><nav><a href="/">Product</a> <a href="/pricing">Pricing</a></nav></header><main>'
            '<h1>Export hangs at 99% with large projects #412</h1>'
            f'<div class="flex-auto">jkowalczyk opened this issue on Mar 4, 2024 · 3 comments</div>{items}</main>'
            '<footer><p>© 2024 Example Code Host</p></footer></body></html>').encode()
    res = clean_page(html, kind="html", config=ANY)
    for *_, text in _ISSUE[1:]:
        assert text in res.text
    assert "Steps to reproduce:" in res.text and "default settings and no plugins" in res.text
    assert not [s for s in res.removed if s.category == "comments" and "issue" in s.text]
    assert not [s for s in res.removed if s.rule == "comment_thread"]


def _markdown(text: str) -> str:
    """A comment's raw text as its author wrote it: links with their addresses."""
    return text.replace("the nightly build", "[the nightly build](https://example.org/app/releases/nightly)")


def test_posts_trafilatura_kept_once_of_two_copies_keep_its_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    # Gitea keeps each comment's raw text hidden beside the rendered one: trafilatura keeping
    # the rendered posts keeps half the comment markup's prose, which is no comment selector
    # cutting the posts out; its verdict stands and each post is kept once
    texts = [text for *_, text in _ISSUE[1:]]
    items = "".join(
        f'<div class="timeline-item comment"><div class="comment-header"><a class="author" href="/{who}">{who}</a>'
        f' commented {when}</div><div class="render-content markup"><p>{text}</p></div>'
        f'<div class="raw-content tw-hidden">{_markdown(text)}</div></div>' for who, when, text in _ISSUE[1:])
    html = ('<html><head><meta charset="utf-8"><title>Export hangs</title></head><body><main>'
            f'<h1>Export hangs at 99%</h1>{items}</main><footer><p>Powered by Gitea</p></footer></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(texts)))
    res = clean_page(html.encode(), kind="html", config=ANY)
    page = prepare(html.encode(), "gitea", ANY, kind="html", encoding="utf-8")
    for text in texts:
        assert res.text.count(text) == 1
    assert page.extractor == "trafilatura" and page.stats["extract_posts_cut"] == 0


_PHOTO_NOTE = ("A juvenile grey heron waits motionless on a fallen alder at the edge of the reservoir, moments "
               "before the first light reached the water. The photographer had waited in the hide since four in "
               "the morning, and took the picture with a long lens from across the bay.")
_NOSCRIPT_COOKIES = ("We also use cookies and similar technologies. Strictly necessary cookies keep the site secure "
                     "and remember your preferences; with your consent, we and our partners also use analytics "
                     "cookies to understand which pictures people look at. As our consent tool cannot run without "
                     "scripts, no optional cookies will be set while they are off.")


def test_the_cookie_paragraph_of_a_noscript_notice_goes_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # A <noscript> fallback long enough to be read as part of the page, which the extractor
    # took for the article's start: "JavaScript is off" and, beside it, which cookies the
    # consent tool would have set. Both are the site's machinery; the picture's note is the
    # page's text.
    notice = ("Wild Frames works best with JavaScript enabled. Without it, our image viewer, zoom and comment "
              "features will not work. Please enable JavaScript in your browser settings.")
    page = ('<html><head><meta charset="utf-8"><title>Heron at dawn</title></head><body>'
            '<noscript><div class="js-off"><h2>JavaScript is switched off</h2>'
            f'<p>{notice}</p><p>{_NOSCRIPT_COOKIES}</p></div></noscript>'
            '<nav><a href="/">Galleries</a> <a href="/week">Picture of the Week</a> <a href="/shop">Shop</a></nav>'
            f'<main><article><h1>Heron at dawn</h1><p>{_PHOTO_NOTE}</p>'
            '<dl><dt>Camera</dt><dd>Nikon Z6 II</dd><dt>Lens</dt><dd>200-500mm f/5.6</dd>'
            '<dt>Exposure</dt><dd>1/1000 s, f/6.3, ISO 2000</dd></dl></article></main>'
            '<footer>Cookie Policy · Privacy Notice · © Wild Frames Ltd 2024</footer></body></html>')
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join([notice, _NOSCRIPT_COOKIES,
                                                                                     _PHOTO_NOTE])))
    res = clean_page(page, kind="html", config=ANY)
    assert _PHOTO_NOTE in res.text
    assert _NOSCRIPT_COOKIES not in res.text
    assert ("chrome", "cookie_notice") in {(s.category, s.rule) for s in res.removed if "cookies" in s.text}


# --- a menu inside the extracted text -------------------------------------------------------

_FAN_ARTICLE = [
    "I have had this tape for years, a fourth-generation cassette copy someone sent me in exchange for "
    "two other bootlegs, but only now has a decent transfer started doing the rounds, and it is a revelation.",
    "The show is from the summer of 1973, the one where the singer announced from the stage that he was "
    "sick of the whole thing. What is striking, listening to it now, is how good the band sound before that.",
    "The older hits turn up in a medley that lasts barely four minutes, and you can hear that nobody's heart "
    "is really in it. Then comes a genuinely moving ballad, the singer's voice cracking on the last verse.",
]


def _table_layout_page(between: str = "", item: str = "{}") -> bytes:
    """A 2000s fan site: the navigation column a table cell of one link per line (`item`
    around each link), which trafilatura keeps with the review."""
    nav = "".join(item.format(f'<a href="/{w.lower()}.html">{w}</a>') + "<br>"
                  for w in ("News", "Discography", "Tape Trading", "Lyrics", "Guestbook"))
    paras = [f"<p>{p}</p>" for p in _FAN_ARTICLE]
    paras.insert(2, between)
    return ('<html><head><title>Live at the Rainbow</title></head><body><table><tr>'
            f'<td width="150"><font size="2">{nav}</font></td><td><h1>Review: Live at the Rainbow, 1973</h1>'
            f'{"".join(paras)}</td></tr></table></body></html>').encode()


# (a bullet or brackets outside each link are no text beside it: "◆News" is wholly a link)
@pytest.mark.parametrize("item", ["{}", "◆{}", "[{}]", "» {}"])
def test_a_table_layouts_navigation_column_is_a_menu_inside_the_extracted_text(item: str) -> None:
    res = clean_page(_table_layout_page(item=item), kind="html", config=ANY)
    for p in _FAN_ARTICLE:
        assert p in res.text
    assert "Discography" not in res.text and "Tape Trading" not in res.text
    assert ("chrome", "link_run") in {(s.category, s.rule) for s in res.removed}


def test_a_menu_line_above_the_navigation_column_is_no_paragraph_around_it() -> None:
    # A top menu of links on one line can read as prose (twelve words, a quarter of them
    # function words: "home", "local", "us"); it does not make the navigation column below it
    # a list between the article's paragraphs.
    top = " | ".join(f'<a href="/{w.lower()}">{w}</a>' for w in (
        "Home", "Local News", "Sports", "Obituaries", "Opinion", "Classifieds", "Legal Notices", "Subscribe",
        "Contact Us"))
    page = _table_layout_page().replace(b"<table><tr>", f"<table><tr><td colspan=2>{top}</td></tr><tr>".encode())
    res = clean_page(page, kind="html", config=ANY)
    for p in _FAN_ARTICLE:
        assert p in res.text
    assert "Discography" not in res.text and "Tape Trading" not in res.text
    assert ("chrome", "link_run") in {(s.category, s.rule) for s in res.removed}


def test_a_list_of_links_between_the_articles_paragraphs_stays() -> None:
    # (a supplies list of product links, one a line, which trafilatura keeps)
    supplies = "".join(f'<p><a href="https://shop.example/{i}">{w}</a></p>' for i, w in enumerate(
        ("Lead Paint Testing Kit", "Citristrip", "Chip Brush", "Plastic Scraper")))
    res = clean_page(_table_layout_page(supplies), kind="html", config=ANY)
    assert "Citristrip" in res.text and "Plastic Scraper" in res.text


# An old table-layout portal: trafilatura keeps the readers' comments under the article, in
# a table whose class names no comment section. Two stamps printed alike, a date and a
# clock time each, are evidence enough under the section's header.
OLD_PORTAL = """<html><head><meta charset="utf-8"><title>Murió el relojero de la calle Pinto - El Diario de Tandil</title></head>
<body><table width="780" align="center"><tr><td colspan="2" class="cabecera">El Diario de Tandil</td></tr>
<tr><td width="160" valign="top" class="menu"><a href="/">Inicio</a><br><a href="/local">Local</a><br><a href="/policiales">Policiales</a><br><a href="/deportes">Deportes</a></td>
<td valign="top"><font face="Verdana">
<h1 class="titulo">Murió Héctor Larrea, el relojero de la calle Pinto</h1>
<p class="fecha">Martes 12 de marzo de 2024 | Por Redacción</p>
<p>Héctor Larrea, el relojero que durante más de cincuenta años atendió su pequeño taller de la calle Pinto, falleció el lunes a los 86 años en el hospital municipal, rodeado de su familia.</p>
<p>Llegó a Tandil en 1961 desde Azul, con una caja de herramientas heredada de su padre, y abrió el local que todavía hoy conserva el cartel pintado a mano. Por su mostrador pasaron relojes de bolsillo, despertadores y hasta el reloj de la torre de la iglesia, que reparó en 1978.</p>
<p>Sus vecinos lo recuerdan como un hombre paciente y de pocas palabras, que nunca cobraba la segunda visita y que guardaba en un cuaderno el nombre de cada cliente desde el primer día.</p>
<p>Sus restos serán velados hoy en la cochería Pardo y mañana recibirán sepultura en el cementerio municipal.</p>
<table width="100%" class="caja2"><tr><td class="tit">Comentarios de lectores</td></tr>
<tr><td class="c"><b>Rubén</b> (12/03/2024 10:22)<br>Qué tristeza. Me arregló el reloj de mi viejo hace treinta años y nunca me quiso cobrar la segunda visita.</td></tr>
<tr><td class="c"><b>Patricia M.</b> (12/03/2024 11:05)<br>Un señor de los de antes. Mis condolencias a toda la familia Larrea.</td></tr>
</table>
</font></td></tr>
<tr><td colspan="2" class="pie">El Diario de Tandil - Av. España 640 - Tandil</td></tr></table></body></html>"""


def test_comments_kept_by_the_extractor_under_their_header_with_stamps_alike() -> None:
    res = clean_page(OLD_PORTAL, kind="html", config=ANY)
    assert "cochería Pardo" in res.text and "reparó en 1978" in res.text
    assert "Qué tristeza" not in res.text and "Un señor de los de antes" not in res.text
    assert {r.category for r in res.removed if "Qué tristeza" in r.text} == {"comments"}


# A column on a publishing platform: trafilatura keeps the author's box at the end of its text,
# a heading with the byline's name over a bio that opens with it.
PLATFORM_COLUMN = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Trotoar Kita dan Siapa yang Dianggap Penting</title></head>
<body><header><a href="/">Beranda</a> <a href="/tulis">Tulis</a> <a href="/masuk">Masuk</a></header>
<main><article>
<h1>Trotoar Kita dan Siapa yang Dianggap Penting</h1>
<div class="pw-author"><a href="/@rina">Rina Pratiwi</a> · 12 Mar 2024 · 6 menit baca</div>
<p>Setiap pagi saya berjalan kaki sejauh delapan ratus meter dari rumah ke stasiun. Jaraknya tidak jauh, tetapi rutenya penuh rintangan: trotoar yang dipakai parkir motor, pedagang yang menggelar dagangan, dan lubang yang tidak pernah ditambal.</p>
<p>Teman-teman kantor sering bertanya kenapa saya tidak naik ojek saja. Jawaban jujur saya: karena saya keras kepala. Jawaban yang lebih panjang: karena kota ini seharusnya bisa dilalui dengan berjalan kaki, dan kita tidak akan pernah menuntutnya kalau semua orang menyerah.</p>
<p>Beberapa tahun terakhir memang ada kemajuan. Trotoar di jalan-jalan protokol diperlebar dan diberi jalur pemandu, tetapi begitu masuk ke jalan lingkungan, semuanya kembali seperti dulu, dan di sanalah sebagian besar dari kita tinggal.</p>
<h3>Ditulis oleh Rina Pratiwi</h3>
<p>Rina Pratiwi adalah perencana kota lulusan ITB yang kini bekerja di sebuah lembaga riset transportasi. Ia menulis tentang kota, mobilitas, dan kebiasaan sehari-hari warganya.</p>
</article></main>
<footer>Bantuan · Status · Tentang · Karier · Privasi</footer></body></html>"""


def test_an_author_box_at_the_end_of_the_extractors_text_under_the_bylines_name() -> None:
    res = clean_page(PLATFORM_COLUMN, kind="html", config=ANY)
    assert "sebagian besar dari kita tinggal" in res.text
    assert "perencana kota lulusan ITB" not in res.text
    assert {r.rule for r in res.removed if "perencana kota" in r.text} == {"author_bio"}


# --- a consent wall that trafilatura takes for the article ---------------------------------

_WALL_ARTICLE = [
    "Eastfield Central Library will open every Sunday from 11am to 4pm from February, after a six-month "
    "pilot drew far more visitors than the council had expected on what used to be its quietest day.",
    "Figures presented to the culture committee on Monday showed an average of 410 visits each Sunday, "
    "many of them families with young children and students who work during the week.",
    "The extra hours will cost about 38,000 pounds a year, mostly in staff time, and councillors agreed "
    "to take the money from the reserve set aside for the library's refurbishment.",
]
_WALL = [
    "With your permission we and our partners may use precise geolocation data and identification through "
    "device scanning. You may click to consent to our and our partners' processing as described above.",
    "Your preferences will apply to this website only. You can change your preferences or withdraw your "
    "consent at any time by returning to this site and clicking the Privacy button at the bottom of the page.",
    "With your acceptance, your precise location within a radius of less than 500 metres may be used in "
    "support of the purposes explained in this notice, and certain characteristics of your device read.",
]


def _consent_wall_page(wall_class: str) -> str:
    wall = "".join(f'<div class="{wall_class}__t">{p}</div>' for p in _WALL)
    body = "".join(f"<div class='x7'>{p}</div>" for p in _WALL_ARTICLE)
    return (f'<html><head><title>Library extends Sunday opening</title></head><body>'
            f'<div class="{wall_class}" role="dialog" aria-modal="true"><div class="{wall_class}__h">We value your privacy</div>'
            f'{wall}<button>Accept all</button> <button>Reject all</button></div>'
            f'<nav><a href="/">News</a> <a href="/sport">Sport</a> <a href="/council">Council</a></nav>'
            f'<div class="q1"><h1>Library extends Sunday opening hours after successful pilot</h1>{body}</div>'
            f'<div class="f0"><a href="/about">About us</a> <a href="/privacy">Privacy notice</a></div></body></html>')


def test_an_extraction_that_is_all_consent_wall_falls_back_to_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura's text is the wall's paragraphs (as it extracts on such a page): its markup
    # names a consent box, so the extraction found no article, and the page is read without it
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(_WALL)))
    res = clean_page(_consent_wall_page("cw9x"), kind="html", config=ANY)
    for p in _WALL_ARTICLE:
        assert p in res.text
    for p in _WALL:
        assert p not in res.text
    assert [(s.category, s.rule) for s in res.removed if _WALL[0] in s.text] == [("chrome", "dom_consent")]


def test_class_prefix_cmp_is_no_consent_box() -> None:
    # Adobe Experience Manager prefixes every component's class with "cmp-"
    assert "consent" not in concepts_of_names("cmp-text cmp-experiencefragment")
    assert "consent" in concepts_of_names("cmp-wall cookie-consent")


# A municipality's site built as a table layout: trafilatura keeps the whole table, masthead
# and all. The <title> names the site after the headline ("... :: <site>"); a block saying just
# that is the masthead.
MUNICIPAL = """<html><head><meta charset="utf-8">
<title>О плановом отключении холодного водоснабжения 14–16 октября :: Администрация города Озёрска</title></head>
<body><table width="980"><tr><td colspan="2"><font size="5"><b>Администрация города Озёрска</b></font></td></tr>
<tr><td width="560"><h1>О плановом отключении холодного водоснабжения 14–16 октября</h1>
<p>МУП «Водоканал» сообщает о временном прекращении подачи холодной воды в связи с заменой участка
магистрального водопровода на улице Садовой, который был проложен ещё в 1968 году.</p>
<p>Работы будут проводиться в три этапа, и на время каждого из них подача воды будет прекращена в
нескольких кварталах города. Для жителей будет организован подвоз питьевой воды.</p>
<p>Просим жителей заранее сделать запас воды. Справки можно получить по телефону диспетчерской службы
МУП «Водоканал» в рабочее время.</p></td></tr></table></body></html>"""


def test_a_block_saying_the_sites_name_from_the_title_is_the_masthead() -> None:
    res = clean_page(MUNICIPAL, kind="html", config=ANY)
    assert "Работы будут проводиться в три этапа" in res.text
    assert "Администрация города Озёрска" not in res.text
    assert ("chrome", "page_title") in {(s.category, s.rule) for s in res.removed
                                        if s.text.strip() == "Администрация города Озёрска"}


_PAYWALL_THEN_ARTICLE = """<html lang="en"><head><title>Council delays arena decision | Kessel Herald</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav></header>
<main><h1>Council delays arena decision</h1>
<div class="subscription-box"><h3>This content is reserved for subscribers only</h3>
<p>Subscribe now to read the latest news in your city and across the country.</p>
<a class="btn" href="/subscribe">Subscribe Now</a></div>
<div class="story">
<p>Port Kessel city council has put off a decision on replacing the old Memorial Gardens arena, asking
staff to come back in the spring with a smaller and cheaper design for the rink.</p>
<p>Councillors voted eight to three on Monday night to defer the item, a move that frustrated the minor
hockey and figure skating groups who had packed the gallery for the vote.</p>
<p>Rink two</p>
<p>The report recommended a twin-pad arena with seating for two thousand people and a walking track,
at a cost the finance department put at sixty-two million dollars over three years.</p>
<p>Mayor Gord Pelletier said he supported a new arena but could not ask taxpayers to carry the whole
cost without help from the province or a private partner.</p>
</div></main><footer><p>© 2025 Kessel Herald</p></footer></body></html>"""


def test_a_paywall_buttons_box_ends_where_its_markup_does() -> None:
    # "Subscribe Now" closes the box its markup names (class "subscription-box"): the paragraphs
    # after it are outside that box, the article's, though a short line follows them as a
    # newsletter box's button would.
    res = clean_page(_PAYWALL_THEN_ARTICLE, kind="html", config=ANY)
    assert "Port Kessel city council has put off a decision" in res.text
    assert "Councillors voted eight to three" in res.text
    assert not [s for s in res.removed if s.rule == "newsletter_pitch"]


_SIGNUP_FORM_MID_ARTICLE = """<html lang="en"><head><title>Kopi Labs raises S$18 million | TechLah</title></head>
<body><header><a href="/">TechLah</a> <a href="/login">Log in</a></header>
<div class="wrap"><h1>Kopi Labs raises S$18 million to bring bookkeeping to hawkers</h1>
<div class="body-x1">
<p>Singapore fintech startup Kopi Labs has raised S$18 million in a Series A round to expand its
bookkeeping app for micro-businesses, the company announced on Thursday.</p>
<p>The company says it now has around 12,000 active business users in Singapore and Malaysia,
up from about 400 when it launched a pilot in 2024.</p>
<h2>Expansion plans</h2>
<div class="box-7f"><p><strong>TechLah Daily</strong></p><p>Startup news before your coffee goes cold.</p>
<form action="/join"><input type="email" name="email" placeholder="Your email"><button>Subscribe free</button></form></div>
<p>The new funding will be used to expand into Indonesia and the Philippines, where the company
sees a large market of informal micro-businesses, and to build a lending marketplace.</p>
<p>That plan puts Kopi Labs in competition with larger players, including e-wallet providers and
digital banks that already offer merchant loans to the same shops.</p>
<h2>Regulatory questions</h2>
<p>Moving into lending will also bring closer scrutiny from regulators. The company said it would
partner with licensed lenders rather than lend from its own balance sheet.</p>
</div></div><footer><p>© 2026 TechLah Media</p></footer></body></html>"""


def test_a_signup_forms_pitch_is_inside_its_box() -> None:
    # The form that asks for an e-mail address alone marks its box (read/html.py): the
    # paragraphs after its "Subscribe free" button are outside it, the article's, though a
    # subheading follows them as a box's button would.
    res = clean_page(_SIGNUP_FORM_MID_ARTICLE, kind="html", config=ANY)
    assert "The new funding will be used to expand into Indonesia" in res.text
    assert "That plan puts Kopi Labs in competition" in res.text
    assert "Moving into lending will also bring closer scrutiny" in res.text
    assert "Startup news before your coffee goes cold" not in res.text
    assert not [s for s in res.removed if s.rule == "newsletter_pitch"]


def test_a_table_layouts_lead_and_its_comments_rows() -> None:
    # An old encyclopedia page set in a layout table: the lead in the article's own cell
    # (<p class="teaser">, "teaser" being also a related box's word) is the article's; each
    # comment is a row of one cell, its author's line and its text broken by <br>, and the
    # text is inside the comment's cell as its first line is
    res = _clean("es_table_layout_encyclopedia.html")
    assert "Cada primer domingo de octubre, los hornos de leña" in res.text
    for kept in ("La fiesta nació como una acción de gracias", "Hoy la jornada empieza de madrugada"):
        assert kept in res.text
    for comment in ("Comentarios de los lectores (3)", "Yo iba de niña con mi abuela",
                    "la receta de la masa madre la guardaba la tía Petra", "Lo preguntamos en la asociación"):
        assert comment not in res.text
        assert next(s for s in res.removed if comment in s.text).category == "comments"


def test_a_lone_cells_lines_each_carry_the_cells_markup() -> None:
    html = ('<html><body><table><tr><td class="comentario"><b>Rosario</b> - 12/10/2009<br>'
            "Yo iba de niña con mi abuela.</td></tr></table></body></html>")
    text, evidence = visible_text_with_evidence(parse_html(html))
    assert text == "Rosario - 12/10/2009\nYo iba de niña con mi abuela."
    assert [ev is not None and "comment" in ev.concepts for ev in evidence] == [True, True]


@pytest.mark.parametrize("where", ["html", "body", "div"])
def test_a_discussion_declared_on_any_element_the_root_too_is_read(where: str) -> None:
    # Stack Exchange declares its QAPage on <html> itself
    from corpusclean.read.meta import declared_types

    attrs = ' itemscope itemtype="https://schema.org/QAPage"'
    html = (f"<html{attrs if where == 'html' else ''}><body{attrs if where == 'body' else ''}>"
            f"<div{attrs if where == 'div' else ''}><p>Why does my chain skip?</p></div></body></html>")
    assert declared_types(parse_html(html)) == {"QAPage"}


# A Stack Exchange question page as the site serves it: each post's body is the ``text`` of
# a schema.org Question or Answer; the comments under each post, the vote counts and the
# user cards are the site's. trafilatura takes the question for the article and leaves the
# answers out.
_Q = ("I have a 20 A GFCI receptacle in my garage that protects two outdoor receptacles downstream. Whenever "
      "we get a decent amount of rain, the GFCI trips within an hour or so, and it resets fine once dry.",
      "How do I find out which of the two outdoor boxes lets the water in without digging up the cable?")
_A1 = ("A GFCI that only trips in wet weather is almost always telling you the truth: somewhere downstream, "
       "current is leaking to ground through water. Split the circuit and test each leg on its own.",
       "Turn off the breaker, disconnect the wires on the load terminals and cap them. If the GFCI holds "
       "through the next storm, the fault is downstream; reconnect one leg at a time to find it.")
_A2 = ("Make sure the outdoor receptacles are not themselves GFCIs as well. Two in series will not hurt "
       "anything, but the one upstream may trip first and send you looking in the wrong box.",)
_SE_COMMENT = ("Are the outdoor boxes surface-mounted with conduit entering from the top? That is the usual way "
               "water gets in.")


def _qa_post(paras: tuple[str, ...], card: str) -> str:
    """A post's votes, body (its ``text``), menu, user card and comments."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return ('<div class="votecell"><div itemprop="upvoteCount">14</div></div><div class="postcell">'
            f'<div class="s-prose js-post-body" itemprop="text">{body}</div>'
            '<div class="post-menu"><a href="#">Share</a> <a href="#">Improve this answer</a> <a href="#">Follow</a>'
            f'</div><div class="user-info"><span class="relativetime">{card}</span> <a href="/users/1">mkessler</a> '
            '<span class="reputation-score">1,435</span></div></div><div class="comments js-comments-container">'
            f'<ul class="comments-list"><li class="comment"><span class="comment-copy">{_SE_COMMENT}</span> – '
            '<a class="comment-user">ThreePhaseEel</a> <span class="comment-date">Feb 8 at 14:40</span></li></ul>'
            '<a class="comments-link">Add a comment</a></div>')


def _qa_page() -> bytes:
    answers = "".join(f'<div class="answer" itemprop="{prop}" itemscope itemtype="https://schema.org/Answer">'
                      f'{_qa_post(paras, card)}</div>'
                      for prop, paras, card in (("acceptedAnswer", _A1, "answered Feb 8 at 16:05"),
                                                ("suggestedAnswer", _A2, "answered Feb 8 at 19:30")))
    html = ('<html itemscope itemtype="https://schema.org/QAPage"><head><title>GFCI in garage trips every time '
            'it rains - Home Improvement Stack Exchange</title></head><body>'
            '<header><a href="/">Stack Exchange</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></header>'
            # the question's item holds its title, its own post and the answers
            '<div id="content" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
            '<h1 itemprop="name">GFCI in garage trips every time it rains</h1>'
            f'<div class="question">{_qa_post(_Q, "asked Feb 8 at 14:22")}</div>'
            f'<div id="answers"><h2 class="answers-header">2 Answers</h2>{answers}</div></div>'
            '<div class="sidebar"><h4>Hot Network Questions</h4><ul><li><a href="/q/2">Why does my new LED '
            'fixture flicker when the bathroom fan is on?</a></li></ul></div>'
            '<footer>Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA.</footer>'
            '</body></html>')
    return html.encode()


def test_a_qa_pages_answers_are_kept_as_its_markup_declares_them() -> None:
    res = clean_page(_qa_page(), kind="html", config=ANY)
    kept = res.text.split("\n\n")
    assert all(p in kept for p in (*_Q, *_A1, *_A2))
    assert _SE_COMMENT not in res.text and "answered Feb 8" not in res.text
    assert ("comments", "comment_section") in {(r["category"], r["rule"]) for r in res.manifest
                                               if _SE_COMMENT in r["text"]}


def test_a_qa_pages_answers_are_posts_where_its_question_is_no_item_of_its_own() -> None:
    # an older Stack Exchange layout: the question's text is the QAPage's own, no Question
    # item holds it; the page is a Q&A page, and each Answer's text is a post
    html = _qa_page().decode()
    html = html.replace('<div id="content" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">',
                        '<div id="content">').replace('<h1 itemprop="name">', "<h1>")
    assert 'itemtype="https://schema.org/Question"' not in html
    res = clean_page(html.encode(), kind="html", config=ANY)
    kept = res.text.split("\n\n")
    assert all(p in kept for p in (*_Q, *_A1, *_A2))
    assert _SE_COMMENT not in res.text


_DRUPAL_TOPIC = ("Since I moved from Ubuntu 22.04 to 24.04 and switched the input method from ibus to fcitx5, "
                 "Korean input works in GNOME's own applications but not in Visual Studio Code or Slack, and I "
                 "cannot find which setting I missed.")
_DRUPAL_REPLIES = (
    "On Wayland you usually have to set the input method variables yourself: put GTK_IM_MODULE, QT_IM_MODULE and "
    "XMODIFIERS in a file under environment.d and log in again, because Electron programs run under XWayland.",
    "Slack from the snap store runs in a sandbox that cannot reach the input method module, so installing the "
    "deb package from their website is the easier way out; the snap will not see fcitx5 at all.",
)


def _drupal_forum_topic() -> bytes:
    replies = "".join(
        f'<a id="comment-{n}"></a><div class="comment clearfix" typeof="sioc:Post sioct:Comment">'
        f'<div class="attribution"><span class="username">user{n}</span> <span>2024.05.14 - 21:3{n}</span></div>'
        f'<div class="comment-text"><h3><a href="/comment/{n}" class="permalink">{text[:24]}</a></h3>'
        f'<div class="content"><div class="field-item even" property="content:encoded"><p>{text}</p></div></div>'
        '<ul class="links inline"><li class="comment_forbidden"><a href="/user/login">Log in</a> or '
        '<a href="/user/register">register</a> to post comments</li></ul></div></div>'
        for n, text in enumerate(_DRUPAL_REPLIES, 1))
    return ('<html><head><title>fcitx5: no Korean input in some programs | Linux forum</title></head>'
            '<body class="node-type-forum"><div id="nav"><a href="/">Home</a> <a href="/forum">Forum</a> '
            '<a href="/news">News</a></div><h1>fcitx5: no Korean input in some programs</h1>'
            '<div id="node-1" class="node node-forum" typeof="sioc:Post sioct:BoardPost">'
            '<div class="submitted">Submitted by newuser on Tue, 2024/05/14 - 20:58</div>'
            f'<div class="content"><div class="field-item even" property="content:encoded"><p>{_DRUPAL_TOPIC}</p>'
            '</div></div><ul class="links inline"><li class="comment_forbidden"><a href="/user/login">Log in</a> or '
            '<a href="/user/register">register</a> to post comments</li></ul></div>'
            f'<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>{replies}</div>'
            '<div id="footer">Linux forum is run by volunteers. Contact us at admin@example.org.</div>'
            '</body></html>').encode()


def test_a_forum_that_declares_its_replies_in_rdfa_keeps_them() -> None:
    # Drupal's forum sets its replies in comment markup and declares them in RDFa: a board
    # post (sioct:BoardPost) and its Comments' content:encoded; trafilatura takes the topic
    res = clean_page(_drupal_forum_topic(), kind="html", config=ANY)
    assert res.text.split("\n\n") == [_DRUPAL_TOPIC, *_DRUPAL_REPLIES]
    assert "Log in" not in res.text and "user1" not in res.text


def test_comments_declared_in_rdfa_under_an_article_stay_comments() -> None:
    # a Drupal article's comments carry the same RDFa; the page declares no board post
    html = _drupal_forum_topic().decode().replace("sioct:BoardPost", "sioc:Item foaf:Document")
    res = clean_page(html.encode(), kind="html", config=ANY)
    assert _DRUPAL_TOPIC in res.text and not any(r in res.text for r in _DRUPAL_REPLIES)


def test_an_articles_comments_declared_as_comments_stay_comments() -> None:
    # a Comment's text outside a Question, an Answer or a forum posting is a reader's comment
    html = (f'<html><head><title>Dredging</title></head><body><article itemscope itemtype="https://schema.org/Article">'
            f'<h1>Dredging the old channel</h1><div itemprop="articleBody"><p>{P[0]}</p><p>{P[1]}</p><p>{P[2]}</p></div>'
            f'<section class="comments"><h2>2 Comments</h2>'
            + "".join(f'<div class="comment" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
                      f'<span itemprop="author">Reader {n}</span> <time>12 March 2024 at 14:0{n}</time>'
                      f'<div itemprop="text"><p>{_SE_COMMENT} I think the board should say so. ({n})</p></div></div>'
                      for n in (1, 2))
            + '</section></article></body></html>')
    res = clean_page(html.encode(), kind="html", config=ANY)
    assert all(p in res.text for p in P[:3]) and _SE_COMMENT not in res.text


def test_an_faqs_answers_are_no_declared_posts() -> None:
    # an FAQ's Question is its name alone, each Answer's text under it: a section of a page,
    # which the extractor decides on; a Q&A page's Question states its own text
    from corpusclean.read.structured import DECLARED_POST, declared_text

    def declared_post(el: object) -> bool:
        return declared_text(el) == DECLARED_POST  # type: ignore[arg-type]

    faq = parse_html('<div itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">How often?</h3>'
                     '<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">'
                     '<div itemprop="text" id="a"><p>Once a year.</p></div></div></div>')
    qa = parse_html(_qa_page().decode())
    assert not declared_post(faq.get_element_by_id("a"))
    assert [declared_post(el) for el in qa.iterfind('.//*[@itemprop="text"]')] == [True, True, True]
    # answers set beside the question's item, not inside it (teratail): the page's question
    # states its text
    beside = parse_html('<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why?</h1>'
                        '<div itemprop="text"><p>My code fails.</p></div></div>'
                        '<div itemscope itemtype="https://schema.org/Answer"><div itemprop="text" id="a">'
                        '<p>Sort first.</p></div></div>')
    assert declared_post(beside.get_element_by_id("a"))


_XF_POSTS = [
    ("rodrigo_rueda", "Hace un año cambié el metrobús por la bici para ir de Coyoacán a la Roma, unos nueve kilómetros "
                      "por trayecto, y quería contarles cómo me ha ido con el tiempo, el dinero y la seguridad."),
    ("Luisa_MTB", "Totalmente de acuerdo. Yo voy de Narvarte a Polanco y lo que más me ha servido es rodar por el "
                  "centro del carril y no pegado a los coches estacionados, porque así me ven mucho mejor."),
    ("pedalazo", "Buen resumen. Agrego algo sobre el candado: en la Roma y la Condesa se roban muchísimas bicis, así "
                 "que conviene usar un candado en U y amarrar siempre el cuadro, no solo la rueda delantera."),
]


def _xf_thread() -> str:
    posts = "".join(f'<article class="message message--post" itemscope itemtype="https://schema.org/Comment">'
                    f'<div class="message-user"><h4 itemprop="author">{who}</h4><span>Miembro</span></div>'
                    f'<header class="message-attribution">3 Mar 2024 #{n}</header>'
                    f'<div class="message-userContent" itemprop="text"><div class="bbWrapper">{text}</div></div>'
                    f'<footer class="message-footer"><a>Me gusta</a> <a>Responder</a></footer></article>'
                    for n, (who, text) in enumerate(_XF_POSTS, 1))
    return ('<html><head><title>¿Vale la pena irse en bici al trabajo?</title></head><body>'
            '<nav>Inicio Foros Novedades Miembros</nav><h1>¿Vale la pena irse en bici al trabajo?</h1>'
            f'<div class="block-body">{posts}</div><footer>Términos y reglas · Privacidad</footer></body></html>')


def test_a_board_that_marks_every_post_a_comment_keeps_the_replies(monkeypatch: pytest.MonkeyPatch) -> None:
    # XenForo: every post a schema.org Comment, the opening post too; trafilatura keeps that one
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction(_XF_POSTS[0][1]))
    res = clean_page(_xf_thread().encode(), kind="html", config=ANY)
    assert res.text.split("\n\n") == [text for _, text in _XF_POSTS]
