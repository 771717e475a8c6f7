"""HTML pages: visible text as the source, trafilatura's verdict as labels, comments modes."""

from __future__ import annotations

import gzip
import shutil
import time
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from corpusclean import Config, clean_page
from corpusclean.api import prepare
from corpusclean.classify import label_page
from corpusclean.cli import main
from corpusclean.model import Block, Page
from corpusclean.policy import decide
from corpusclean.read import html as html_mod
from corpusclean.read.align import label_blocks
from corpusclean.read.extract import AllStoplists, Extraction, extract
from corpusclean.read.html import parse_html, visible_source, visible_text
from corpusclean.read.repair import repair
from corpusclean.segment import segment

from .conftest import BENCH, need, read_manifest

FIXTURES = Path(__file__).parent / "fixtures" / "html"

ARTICLE = [
    "The village council met on Tuesday evening to discuss the future of the old mill",
    "Several residents spoke in favour of turning the building into a community centre",
    "After a long debate the council agreed to commission a survey of the structure",
]
COMMENTS = [
    "I grew Sungold cherry tomatoes on my north-facing balcony last year",
    "Thank you for the tip about pinching out the side shoots",
    "Does anyone know whether a self-watering container works well for tomatoes",
]
POST = [
    "Tomatoes are among the easiest vegetables to grow in containers",
    "Cherry tomatoes and bush varieties stay compact and ripen quickly",
]


def _run(tmp_path: Path, *names: str, args: tuple[str, ...] = (), code: int = 0) -> Path:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(FIXTURES / n, raw / n)
    runner = CliRunner()
    res = runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", *args])
    assert res.exit_code == code, res.output  # 1: some pages are error rows
    res = runner.invoke(main, ["verify", str(out)])
    assert res.exit_code == 0, res.output
    assert "0 failed" in res.output
    return out


def _rows(out: Path, page: str) -> list[dict]:
    return [r for r in read_manifest(out) if r["page"] == page]


# --- the visible text --------------------------------------------------------------------


def test_visible_source_is_what_a_browser_shows() -> None:
    html = (
        "<html><head><title>The Title</title><style>p {color: red}</style>"
        "<script>var x = '<p>not text</p>';</script></head><body>"
        "<!-- a comment --><nav><ul><li><a href='/'>Home</a><a href='/n'>News</a></li></ul></nav>"
        "<h1>Heading &amp; more</h1>"
        "<p>First <b>bold</b>   and\n  <i>italic</i> words, see <a href='#'>FieldEdge</a>, then on.</p>"
        "<p>Line one<br>Line two</p>"
        "<pre>code  line 1\n    indented 2</pre>"
        "<noscript>Enable JavaScript</noscript><template><p>never shown</p></template>"
        "<svg><text>svg text</text></svg><iframe>frame text</iframe>"
        "<select><option>Option A</option><option>Option B</option></select>"
        "<table><tr><td>cell a</td><td>cell b</td></tr></table>"
        "</body></html>"
    )
    assert visible_source(html) == (
        "Home News\n\nHeading & more\n\n"
        "First bold and italic words, see FieldEdge, then on.\n\n"
        "Line one\nLine two\n\n"
        "code  line 1\n    indented 2\n\n"
        "cell a cell b"
    )


def test_blocks_follow_the_block_elements() -> None:
    src = visible_source("<div><p>One para.</p><div>Two <span>inline</span></div>tail text<ul><li>item</li></ul></div>")
    assert [b.text for b in segment(src)] == ["One para.", "Two inline", "tail text", "item"]


def test_hidden_elements_stay_in_the_source() -> None:
    # Scripts reveal them (Next.js streams whole articles into <div hidden>).
    assert visible_source("<body><div hidden><p>Streamed article text.</p></div></body>") == "Streamed article text."


def test_text_after_the_end_of_the_document_is_in_the_source(tmp_path: Path) -> None:
    # a browser shows a footer appended after </html>; libxml2 alone drops it, and it was in
    # neither the kept text nor the manifest
    assert visible_source("<html><body><p>Article.</p></body></html>\n<p>Appended footer</p> tail") == (
        "Article.\n\nAppended footer\n\ntail")
    assert visible_source("<html><body><p>Article.</p></body></HTML>  \n") == "Article."
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    body = "".join(f"<p>{p}.</p>" for p in ARTICLE)
    (raw / "a.html").write_text(f"<html><body><article>{body}</article></body></html>"
                                "<div>Copyright 2024 Appended Footer Company</div>", "utf-8")
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    kept = (out / "a.html.txt").read_text("utf-8")
    removed = " ".join(r["text"] for r in read_manifest(out))
    assert "Appended Footer" in kept + removed and ARTICLE[0] in kept
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output


def test_mojibake_is_repaired_in_the_source() -> None:
    assert visible_source("<p>The cafÃ© opened.</p>") == "The café opened."


def test_a_mojibake_i_acute_is_repaired_and_soft_hyphens_still_go() -> None:
    # "í" read as Latin-1 is "Ã" and a soft hyphen (U+00AD): the soft hyphens that sites
    # put between syllables go only after ftfy has seen the line whole.
    source = visible_source("<p>Martín García of ValparaÃ\xadso opened it.</p><p>Ita\xadli\xadens Kü\xadche</p>")
    assert source == "Martín García of Valparaíso opened it.\n\nItaliens Küche"


def test_a_double_encoded_title_is_repaired_as_the_text_is() -> None:
    paras = ["The café owner’s crêpe festival drew more than two thousand visitors to the harbour on Saturday.",
             "Stalls sold sweet and savoury crêpes from noon until late, and a band played on the old quay.",
             "The owner said the festival would return next year, perhaps over two days if the weather holds."]
    title = "CafÃ© ownerâ€™s crÃªpe festival draws crowds"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    res = clean_page(html, kind="html")
    assert res.metadata["title"] == "Café owner’s crêpe festival draws crowds"
    assert all(p in res.text for p in paras)


def test_a_paragraph_of_more_than_ten_million_characters_is_read_whole() -> None:
    # libxml2 stops at 10,000,000 bytes of text without a break: the page was an empty_page
    # error and counted as cut at the nesting limit. It is parsed again without that limit.
    from corpusclean.api import prepare

    html = ("<html><body><article><h1>A very long paragraph</h1><p>The council met on Tuesday to discuss the "
            "budget for the new park and the footbridge.</p><p>" + "word " * 2_100_000 + "</p><p>The meeting "
            "ended late in the evening after a long debate among the members.</p></article></body></html>")
    page = prepare(html.encode(), "long.html", Config(), kind="html")
    assert page.error is None and not page.stats["pages_depth_cut"]
    assert page.source.endswith("after a long debate among the members.")


def test_hostile_nesting_does_not_crash() -> None:
    deep = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    t0 = time.perf_counter()
    src = visible_source(f"<html><body><p>Before the wall.</p>{deep}</body></html>")
    assert time.perf_counter() - t0 < 30  # a guard against hangs, not a speed test
    assert src.startswith("Before the wall.")
    res = clean_page(f"<html><body><p>Before.</p>{deep}</body></html>", kind="html")
    assert res.error is None or "nested" in res.error


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<<<>>>", "\x00\x01", "<p>" * 5000])
def test_odd_markup_never_raises(html: str) -> None:
    visible_source(html)
    res = clean_page(html or " ", kind="html")
    assert res.error is None or res.error_code


def test_extraction_leaves_our_tree_alone() -> None:
    # trafilatura works on its own copy; the source must not depend on the order of the two.
    html = (FIXTURES / "comments.html").read_text("utf-8")
    root = parse_html(html)
    before = lxml.html.tostring(root)
    extract(root, None)
    assert lxml.html.tostring(root) == before
    assert repair(visible_text(root))[0] == visible_source(html)


def test_trafilaturas_jusText_fallback_sees_every_stoplist_word() -> None:
    # Its fallback reads the union of jusText's stoplists from trafilatura's global; ours
    # streams the same words (the tuple trafilatura would keep is 14 MiB a process).
    import trafilatura.external
    from justext.core import define_stoplist
    from justext.utils import get_stoplist, get_stoplists

    extract(parse_html((FIXTURES / "comments.html").read_text("utf-8")), None)
    assert isinstance(trafilatura.external.JT_STOPLIST, AllStoplists)
    union = {w.lower() for lang in get_stoplists() for w in get_stoplist(lang)}
    assert define_stoplist(trafilatura.external.JT_STOPLIST) == union
    assert len(union) > 100_000 and {"the", "und", "которые"} <= union


# --- alignment ---------------------------------------------------------------------------


def _blocks(*texts: str) -> list[Block]:
    return segment("\n\n".join(texts))


def test_alignment_tolerates_whitespace_and_dropped_inline_bits() -> None:
    blocks = _blocks(
        "Home", "News",
        "The council met on Tuesday to discuss the mill [1] and its roof.",
        "Short heading",
        "A second paragraph that goes on about the survey of the building.",
        "Related: other stories",
    )
    main = ("The council  met on Tuesday to discuss the mill and its roof.\n"
            "Short heading\nA second paragraph that goes on about the survey of the building.")
    label_blocks(blocks, main)
    outside = [b.text for b in blocks if any(lb.rule == "outside_main_content" for lb in b.labels)]
    assert outside == ["Home", "News", "Related: other stories"]


def test_alignment_puts_comments_apart_from_main() -> None:
    blocks = _blocks("The article paragraph with enough words to anchor.", "Menu",
                     "A reader comment that says something useful here.")
    label_blocks(blocks, "The article paragraph with enough words to anchor.",
                 "A reader comment that says something useful here.")
    assert [[lb.rule for lb in b.labels] for b in blocks] == [[], ["outside_main_content"], ["comment_section"]]


def test_repeated_paragraph_aligns_to_its_own_place() -> None:
    # The teaser above the article repeats its first sentence; the article copy is main.
    blocks = _blocks("Mill to become a community centre, council says after long debate",
                     "Mill to become a community centre, council says after long debate",
                     "The rest of the article follows with details of the vote and costs.")
    label_blocks(blocks, "Mill to become a community centre, council says after long debate\n"
                         "The rest of the article follows with details of the vote and costs.")
    assert [bool(b.labels) for b in blocks] == [True, False, False]


# --- whole runs --------------------------------------------------------------------------


def test_article_keeps_paragraphs_and_files_chrome(tmp_path: Path) -> None:
    out = _run(tmp_path, "article.html")
    text = (out / "article.html.txt").read_text("utf-8")
    for para in ARTICLE:
        assert para in text
    assert "Home" not in text and "Privacy policy" not in text and "Related articles" not in text
    assert "My Test Article" not in text  # the headline is metadata
    rows = _rows(out, "article.html")
    by_text = {r["text"].split("\n")[0]: r for r in rows}
    # the menu is a <nav>: its rule says so (read/dom.py)
    assert (by_text["Home"]["category"], by_text["Home"]["rule"]) == ("chrome", "dom_navigation")
    footer = next(r for r in rows if "All rights reserved" in r["text"])
    assert footer["category"] == "chrome"
    assert footer["rule"] in ("dom_footer", "copyright_line", "footer_line")
    title = next(r for r in rows if r["text"] == "My Test Article")
    assert (title["category"], title["rule"]) == ("title", "headline")


def test_metadata_comes_from_the_page() -> None:
    res = clean_page((FIXTURES / "article.html").read_bytes(), kind="html")
    assert res.metadata["title"] == "My Test Article"
    assert res.metadata["url"] == "https://example.com/news/article-1"
    assert res.metadata["site"] == "example.com"
    assert res.metadata["author"] == "Jane Doe"
    assert res.metadata["date"] == "2021-03-03"
    assert "My Test Article" not in res.text


def test_comments_dropped(tmp_path: Path) -> None:
    out = _run(tmp_path, "comments.html")
    text = (out / "comments.html.txt").read_text("utf-8")
    for para in POST:
        assert para in text
    for c in COMMENTS:
        assert c not in text
        row = next(r for r in _rows(out, "comments.html") if c in r["text"])
        assert row["category"] == "comments"
        assert row["rule"] in ("comment_section", "comment_thread")
    assert not (out / "comments.html.comments.txt").exists()


def test_comments_kept(tmp_path: Path) -> None:
    out = _run(tmp_path, "comments.html", args=("--comments", "keep"))
    text = (out / "comments.html.txt").read_text("utf-8")
    for para in POST + COMMENTS:
        assert para in text


def test_comments_separate(tmp_path: Path) -> None:
    out = _run(tmp_path, "comments.html", args=("--comments", "separate"))
    text = (out / "comments.html.txt").read_text("utf-8")
    for para in POST:
        assert para in text
    sep = (out / "comments.html.comments.txt").read_text("utf-8")
    paras = [p for p in sep.split("\n\n") if p.strip()]
    for c in COMMENTS:
        assert c not in text
        assert sum(c in p for p in paras) == 1
    assert all(any(c in p for c in COMMENTS) for p in paras)  # one comment per paragraph, nothing else
    assert "Growing Tomatoes" not in sep


def test_page_of_scripts_only_is_an_error_row(tmp_path: Path) -> None:
    out = _run(tmp_path, "scripts.html", "article.html", code=1)
    rows = _rows(out, "scripts.html")
    assert [(r["category"], r["rule"]) for r in rows] == [("error", "empty_page")]
    assert not (out / "scripts.html.txt").exists()


def test_extraction_fallback_leaves_the_classifier_alone() -> None:
    # Too little text for trafilatura to call anything an article: no extraction labels.
    res = clean_page("<html><body><p>Just one short line here.</p></body></html>", kind="html")
    assert res.error is None
    assert all(s.rule != "outside_main_content" for s in res.removed)


def test_same_output_whatever_the_jobs(tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        raw, out = tmp_path / f"raw{jobs}", tmp_path / f"out{jobs}"
        raw.mkdir()
        for n in ("article.html", "comments.html", "scripts.html"):
            shutil.copy(FIXTURES / n, raw / n)
        CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", jobs, "-q"])
        outs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                     if p.is_file() and ".corpusclean" not in p.parts and p.name not in ("run.json", "stats.json")})
    assert outs[0] == outs[1] and "comments.html.txt" in outs[0]


def test_dev_pages_verify(tmp_path: Path) -> None:
    html = need(BENCH / "html")
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(html.glob("*.html.gz"))[:20]:
        (raw / p.name[: -len(".gz")]).write_bytes(gzip.decompress(p.read_bytes()))
    out = tmp_path / "out"
    runner = CliRunner()
    res = runner.invoke(main, ["clean", str(raw), str(out), "-j", "2", "-q"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["verify", str(out)])
    assert res.exit_code == 0, res.output
    assert "verified 20 pages: 0 failed" in res.output
    errors = [r for r in read_manifest(out) if r["category"] == "error"]
    assert errors == []


def _extracted_page(paras: list[str], main: set[int]) -> Page:
    """A page as read/html.py leaves it: blocks outside `main` labelled outside_main_content."""
    page = Page(id="p.html")
    page.source = "\n\n".join(paras)
    page.blocks = segment(page.source)
    page.extractor = "trafilatura"
    for i, b in enumerate(page.blocks):
        if i not in main:
            b.add("chrome", "outside_main_content")
    return page


ARTICLE_PARAS = [
    "The council met on Tuesday evening to discuss the future of the old mill, which has stood empty "
    "for more than twenty years and is now falling apart in several places.",
    "Several residents spoke in favour of turning the building into a community centre, while others "
    "argued that the cost of the repairs would be far too high for a small village budget.",
    "The mill was built in the early nineteenth century by a family of millers who ran it for three "
    "generations before it closed after a fire destroyed most of the roof in the nineteen nineties.",
    "A decision is expected next month, after the council has received an estimate from the engineers "
    "who surveyed the walls and the foundations of the building during the summer.",
]


def test_the_extractions_edges_stand_even_around_a_fragment() -> None:
    """trafilatura kept one paragraph of four: the core does not overrule its edges (the
    overrule, fit to bench/dev, bought noise there and nothing on bench/multi)."""
    cfg = Config()
    page = _extracted_page(["Home", "News", *ARTICLE_PARAS, "Contact us"], main={2})
    label_page(page, cfg)
    decide(page, cfg)
    assert [b.text for b in page.blocks if b.keep] == ARTICLE_PARAS[:1]


def test_an_extraction_that_keeps_most_of_the_core_stands() -> None:
    cfg = Config()
    page = _extracted_page(["Home", "News", *ARTICLE_PARAS, "Contact us"], main={2, 3, 4})
    label_page(page, cfg)
    decide(page, cfg)
    kept = [b.text for b in page.blocks if b.keep]
    assert kept == ARTICLE_PARAS[:3]


def test_a_paragraph_inside_a_dropped_copy_is_kept() -> None:
    """A hidden or teaser copy that other rules drop hosts nothing: the article's paragraph
    is not a `contained_in_longer` duplicate of it."""
    cfg = Config()
    copy = ARTICLE_PARAS[0] + " " + ARTICLE_PARAS[1]
    page = _extracted_page([copy, *ARTICLE_PARAS], main={1, 2, 3, 4})
    label_page(page, cfg)
    decide(page, cfg)
    assert [b.text for b in page.blocks if b.keep] == ARTICLE_PARAS
    assert not any(lb.rule == "contained_in_longer" for b in page.blocks for lb in b.labels)


def test_embedded_social_posts_are_no_comment_thread() -> None:
    """A press release embeds two social-media posts, each signed "Posted by <name> on <date>"
    inside its <blockquote>: quotations in the article, not a thread's comment headers, so
    the article after them is kept and nothing is filed as comments."""
    paras = [
        "Die Regierung will die automatische Erhöhung der Richtwertmieten im April aussetzen, sagte die "
        "Parteivorsitzende am Montag in Wien vor Journalisten.",
        "Mehr als eine Million Menschen leben in Wohnungen mit Richtwertmieten, etwa in Altbauten, und für sie "
        "würde die Miete um sechs Prozent steigen.",
    ]
    later = [
        "Die Richtwertmietenerhöhung auszusetzen ist nur eine Maßnahme, um Mieterinnen und Mieter zu entlasten, "
        "denn viele Mietverträge sind befristet.",
        "Befristete Mietverträge abschaffen: Befristete Wohnverhältnisse sollen als Ausnahme geregelt werden und "
        "mit Ablauf der Frist enden.",
    ]

    def post(who: str, day: str, text: str) -> str:
        return (f'<div class="fb-post"><blockquote cite="https://graph.facebook.com/x/1/"><p>{text}</p>'
                f'<p>Posted by <a href="https://www.facebook.com/x">{who}</a> on&nbsp;'
                f'<a href="https://graph.facebook.com/x/1/">{day}</a></p></blockquote></div>')

    html = ("<html><head><title>Mieterhöhung verhindern</title></head><body><article><h1>Mieterhöhung verhindern</h1>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + post("SPÖ", "Monday, February 7, 2022", "Familien dürfen nicht noch zusätzlich belastet werden.")
            + "<p>„Die Preise für das tägliche Leben explodieren“, sagte die Vorsitzende am Dienstag.</p>"
            + post("Pamela Rendi-Wagner", "Sunday, February 6, 2022", "Die Preise explodieren, alles wird teurer.")
            + "".join(f"<p>{p}</p>" for p in later) + "</article></body></html>")
    res = clean_page(html.encode(), kind="html", config=Config(langs=("de",)))
    for p in paras + later:
        assert p in res.text
    assert not [s for s in res.removed if s.category == "comments"]


_XF_POSTS = [
    ("ridge_walker", "New member", "12 Jan 2024", "1",
     "Hello everyone, first time posting here. I made a sourdough starter from a recipe I found online, flour, "
     "water and a spoon of honey, and after three weeks it still barely rises. It bubbles a little and smells "
     "quite sour, but after feeding it grows by a third at most.",
     "I feed it once a day, one to one to one with plain flour, and keep it in the kitchen at about 18 degrees. "
     "Am I doing something wrong or do I just need patience?"),
    ("grandma_bakes", "Expert baker", "12 Jan 2024", "2",
     "Hi, 18 degrees is a little cold for a young starter. The yeasts and bacteria work much more slowly and "
     "the acid wins. Put it in the oven with only the light on, about 25 degrees, for a week.",
     "I would also change the flour: for a few days use some wholemeal or rye, which feeds it better."),
    ("mark_l", "Active member", "13 Jan 2024", "3",
     "Agree with grandma_bakes on the temperature. One more thing: a very sour smell can mean you feed it too "
     "little. Try two feeds a day for a while, and throw away more of the old starter each time.",
     "And the honey is not needed at some point; I would leave it out altogether."),
    ("ridge_walker", "New member", "20 Jan 2024", "4",
     "Update: I followed your advice, the oven with the light on and some rye in the feeds. After five days it "
     "doubles in four hours and smells of yoghurt. Thank you all, I baked my first loaf yesterday!",
     "The crumb is still a bit tight, but that is for another thread."),
]


_XF_SIGNATURES = {
    "ridge_walker": "Baking since last winter. Rye, spelt and far too many jars on the windowsill.",
    "grandma_bakes": "Forty years of bread and still learning something new every week.",
}


def _xenforo_page(signatures: bool = False) -> str:
    """A XenForo thread; with `signatures`, the board prints two posters' signatures, sentences,
    under each of their posts."""
    def signed(who: str) -> str:
        sig = _XF_SIGNATURES.get(who) if signatures else None
        return f'<aside class="message-signature"><div class="bbWrapper">{sig}</div></aside>' if sig else ""

    posts = "".join(
        f'<article class="message message--post"><div class="message-inner">'
        f'<div class="message-cell message-cell--user"><section class="message-user">'
        f'<h4 class="message-name"><a href="/members/{who}/" class="username">{who}</a></h4>'
        f'<h5 class="userTitle">{rank}</h5></section></div>'
        f'<div class="message-cell message-cell--main"><header class="message-attribution">'
        f'<ul class="message-attribution-main"><li><a href="/posts/{n}/"><time datetime="2024-01-12">{when}</time></a>'
        f'</li></ul><ul class="message-attribution-opposite"><li><a href="/posts/{n}/share">Share</a></li>'
        f'<li><a href="/posts/{n}/">#{n}</a></li></ul></header>'
        f'<article class="message-body"><div class="bbWrapper">{one}<br><br>{two}</div></article>{signed(who)}'
        f'<footer class="message-footer"><a href="/posts/{n}/react">Like</a> <a href="/reply?quote={n}">Reply</a> '
        f'<a href="/posts/{n}/report">Report</a></footer></div></div></article>'
        for who, rank, when, n, one, two in _XF_POSTS)
    return ("<html><head><title>Starter that will not rise | Home Bakers Forum</title></head><body>"
            '<nav><a href="/">Forums</a> <a href="/new">New posts</a> <a href="/login">Log in</a></nav>'
            '<div class="p-body"><h1 class="p-title-value">Starter that will not rise, any advice?</h1>'
            f'<div class="block-body js-replyNewMessageContainer">{posts}</div>'
            '<div class="block">You must log in or register to reply here.</div></div>'
            "<footer>Community platform by XenForo® © 2010-2023 XenForo Ltd.</footer></body></html>")


def test_a_forum_thread_of_which_trafilatura_keeps_one_post_keeps_every_post() -> None:
    # trafilatura reads a XenForo thread's first post as the article and drops the replies;
    # their stamps printed alike and the board's frame between them make it a thread, whose
    # posts are the page's content: the page is read as when trafilatura finds nothing
    html = _xenforo_page()
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    for *_, one, two in _XF_POSTS:
        assert one in res.text and two in res.text
    assert "Reply" not in res.text and "log in or register" not in res.text


def test_a_forum_posters_signature_under_each_post_goes_and_every_post_stays() -> None:
    # a signature is a sentence the board prints under each of the poster's posts; its markup
    # names it (XenForo's "message-signature", phpBB's "signature"): the poster's furniture,
    # which neither ends the thread's core nor stays in the text
    res = clean_page(_xenforo_page(signatures=True), kind="html", config=Config(langs=("any",)))
    for *_, one, two in _XF_POSTS:
        assert one in res.text and two in res.text
    assert not any(sig in res.text for sig in _XF_SIGNATURES.values())
    assert {r["rule"] for r in res.manifest if r["text"] in _XF_SIGNATURES.values()} == {"dom_user_card"}


_PHPBB_TOPIC = "Ridge trail above the reservoir: is it worth the drive this weekend?"
_PHPBB_POSTS = [
    ("trail_mum", "Newbie", "Sat 27 Jan 2024, 19:12", None, (
        "Hello all,",
        "we are thinking of driving up on Sunday with the kids, ten and thirteen, to walk part of the ridge trail. "
        "We would come from the city and the forecast looks fine, but the park's page has said nothing since "
        "the storm.",
        "Does anyone know what the path looks like after last week's rain?")),
    ("ridge_rambler", "Regular", "Sat 27 Jan 2024,20:03", "Nobody has seen the hills until they have seen them in "
                                                          "the rain.", (
        "I was up there this morning between the dam and the old quarry. The path is fine, they cut back the "
        "fallen trees on Thursday, and only the stretch along the stream is muddy after the rain.",
        "Park at the visitor centre, it costs five pounds for the day. Arrive before ten and you will find a "
        "space without trouble.")),
    ("trail_mum", "Newbie", "Sat 27 Jan 2024, 20:21", None, (
        "Great, thank you! How far is it from the car park to the quarry? The kids should not be worn out "
        "before we have even had our lunch.",)),
    ("ridge_rambler", "Regular", "Sat 27 Jan 2024, 20:40", "Nobody has seen the hills until they have seen them in "
                                                           "the rain.", (
        "From the car park to the quarry it is about four miles, gently rolling, with no steep climbs at all. "
        "With children I would turn back at the quarry and have lunch at the café by the dam on the way.",)),
]


def _phpbb_page() -> str:
    """A phpBB thread (prosilver): each post's profile beside it, its subject ("Re: <topic>"),
    buttons and author line above it, and some posters' signature under it."""
    posts = "".join(
        f'<div id="p{n}" class="post has-profile bg{n % 2 + 1}"><div class="inner">'
        f'<dl class="postprofile"><dt><a href="./memberlist.php?u={n}" class="username">{who}</a></dt>'
        f'<dd class="profile-rank">{rank}</dd><dd class="profile-posts"><strong>Posts:</strong> {40 + n}</dd></dl>'
        f'<div class="postbody"><h3><a href="#p{n}">{"" if n == 0 else "Re: "}{_PHPBB_TOPIC}</a></h3>'
        f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={n}"><span>Quote</span></a></li></ul>'
        f'<p class="author">by <strong>{who}</strong> » {when}</p>'
        f'<div class="content">{"<br><br>".join(paras)}</div>'
        + (f'<div id="sig{n}" class="signature">{sig}</div>' if sig else "")
        + '</div><div class="back2top"><a href="#top">Top</a></div></div></div><hr class="divider">'
        for n, (who, rank, when, sig, paras) in enumerate(_PHPBB_POSTS))
    return ("<html><head><title>Ridge trail above the reservoir - Hill Walkers Forum</title></head><body>"
            '<div class="navbar"><a href="/">Board index</a> <a href="/search.php">Search</a> '
            '<a href="/ucp.php?mode=login">Login</a></div>'
            f'<h2 class="topic-title"><a href="#">{_PHPBB_TOPIC}</a></h2>'
            f'<div class="action-bar"><a href="./posting.php">Post Reply</a> 4 posts • Page 1 of 1</div>{posts}'
            '<div class="action-bar"><a href="./posting.php">Post Reply</a></div>'
            '<h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p>'
            '<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></body></html>')


def test_a_thread_whose_posters_sign_with_a_sentence_keeps_every_post() -> None:
    # phpBB: a poster's signature, a sentence under each of his posts, is his furniture
    # between two posts, not the end of the thread's text
    res = clean_page(_phpbb_page(), kind="html", config=Config(langs=("any",)))
    for *_, paras in _PHPBB_POSTS:
        assert all(p in res.text for p in paras if len(p) > 20)
    assert "Nobody has seen the hills" not in res.text and "Users browsing" not in res.text


_QA_POSTS = [
    ("asked", "Mar 4, 2024 at 8:12", "pedal_pusher", 11, (
        "My chain skips under load on the two smallest rear cogs, mostly when I climb out of the saddle. The "
        "chain is about a year old and the cassette is the original one from 2019.",
        "Is this a worn cassette, a worn chain, or just an indexing problem that I could fix with the barrel "
        "adjuster at home?")),
    ("answered", "Mar 4, 2024 at 9:40", "wrench_wendy", 19, (
        "Skipping only under load, and only on the cogs you use most, is the classic sign of a worn cassette. "
        "An indexing problem skips when you pedal gently too, and usually on every cog near the bad one.",
        "Measure the chain first with a checker or a ruler: twelve full links should measure twelve inches. If "
        "it has stretched past half a percent, the new chain will not mesh with the old cogs either.",
        "A year-old chain on a five-year-old cassette very often means both have to go. Replace them together "
        "and the skipping will stop; replace only the chain and it will usually get worse.")),
    ("answered", "Mar 4, 2024 at 13:05", "old_roadie", 6, (
        "Before you buy anything, look at the rear derailleur hanger from behind the bike. A hanger bent by a "
        "fall makes the chain skip on the small cogs in exactly this way, and straightening it is cheap.",)),
    ("answered", "Mar 6, 2024 at 18:30", "gravel_gus", 2, (
        "Also check that the cassette lockring is tight. A loose lockring lets the small cogs rock on the "
        "freehub, and under load that feels just like a skipping chain.",)),
]


_SE_COMMENT = "Did you check the B-tension screw as well? Mine skipped like that until I set the gap again."


def _stack_page(declared: bool = False) -> str:
    """A Stack Exchange-shaped page; with `declared`, its posts' bodies are the microdata
    ``text`` of its Question (read/structured.declared_text), as the site marks them, its
    vote cells say what their buttons do in a sentence for screen readers, and a comment
    stands under each post."""
    def post(kind: str, when: str, who: str, votes: int, paras: tuple[str, ...], n: int) -> str:
        cls = "question js-question" if kind == "asked" else "answer js-answer" + (" accepted-answer" if n == 1 else "")
        return (f'<div id="post-{n}" class="{cls}"><div class="post-layout">'
                f'<div class="votecell post-layout--left"><div class="js-voting-container">'
                f'<button class="js-vote-up-btn">▲</button><div class="js-vote-count">{votes}</div>'
                f'<button class="js-vote-down-btn">▼</button>{voted}</div></div>'
                f'<div class="postcell post-layout--right"><div class="s-prose js-post-body"{body_prop}>'
                + "".join(f"<p>{p}</p>" for p in paras)
                + f'</div><div class="mt24"><div class="js-post-menu"><a href="/a/{n}">Share</a> '
                f'<a href="/posts/{n}/edit">Improve this answer</a> <a href="#">Follow</a></div>'
                f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{kind} '
                f'<span class="relativetime">{when}</span></div><div class="user-details">'
                f'<a href="/users/{n}">{who}</a></div></div></div></div></div>'
                f'<div class="comments js-comments-container">{comment}'
                f'<a class="js-add-link comments-link" href="#">Add a comment</a>'
                f"</div></div></div>")
    body_prop = ' itemprop="text"' if declared else ""
    voted = '<span class="s-sr-only">Down vote Save this question. Show activity on this post.</span>' if declared else ""
    comment = (f'<ul class="comments-list"><li class="comment"><span class="comment-copy">{_SE_COMMENT}</span> – '
               f'<a class="comment-user">gearhead</a> <span class="comment-date">Mar 4 at 10:02</span></li></ul>'
               if declared else "")
    question, *answers = _QA_POSTS
    return ('<html><head><title>Chain skips on the small cogs under load - Bicycles Q&amp;A</title></head>'
            '<body itemscope itemtype="https://schema.org/QAPage"><header class="top-bar"><a href="/">Bicycles</a> '
            '<a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/users/login">Log in</a></header>'
            '<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
            '<h1 itemprop="name">Chain skips on the small cogs under load</h1><div id="mainbar" role="main">'
            + post(*question, 0)
            + '<div id="answers"><h2>3 Answers</h2>'
            + "".join(post(*a, n) for n, a in enumerate(answers, 1))
            + '</div></div></div></div><div id="sidebar" class="sidebar"><h4>Related</h4>'
            '<a href="/q/1">Why does my new chain skip on an old cassette?</a></div>'
            '<footer class="site-footer">Site design / logo © 2024 Bicycles Q&amp;A; user contributions licensed '
            "under CC BY-SA.</footer></body></html>")


def test_a_qa_page_of_which_trafilatura_keeps_the_accepted_answer_keeps_every_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura can keep the question and the accepted answer and drop the others (a Stack
    # Exchange page, from one paragraph more or less in the accepted answer); the posts'
    # stamps and frames make the page a thread, and a thread of which it left posts out is
    # read as when it finds nothing
    kept = [p for *_, paras in _QA_POSTS[:2] for p in paras]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(kept)))
    res = clean_page(_stack_page(), kind="html", config=Config(langs=("any",)))
    for *_, paras in _QA_POSTS:
        for p in paras:
            assert p in res.text
    assert "Improve this answer" not in res.text and "Site design" not in res.text
    page = prepare(_stack_page().encode(), "qa", Config(langs=("any",)), kind="html", encoding="utf-8")
    assert page.extractor == "" and page.stats["extract_posts_cut"] == 1


def test_a_qa_page_that_declares_its_posts_keeps_the_answers_trafilatura_left_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the posts' microdata says they are the page's: they stay with trafilatura's verdict
    kept = [p for *_, paras in _QA_POSTS[:2] for p in paras]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(kept)))
    res = clean_page(_stack_page(declared=True), kind="html", config=Config(langs=("any",)))
    assert res.text.split("\n\n") == [p for *_, paras in _QA_POSTS for p in paras]
    assert any(_SE_COMMENT in r["text"] and r["category"] == "comments" for r in res.manifest)
    page = prepare(_stack_page(declared=True).encode(), "qa", Config(langs=("any",)), kind="html", encoding="utf-8")
    assert page.extractor == "trafilatura"


def test_a_qa_page_of_which_trafilatura_keeps_every_answer_keeps_its_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = [p for *_, paras in _QA_POSTS for p in paras]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(kept)))
    res = clean_page(_stack_page(), kind="html", config=Config(langs=("any",)))
    assert res.text.split("\n\n") == kept
    page = prepare(_stack_page().encode(), "qa", Config(langs=("any",)), kind="html", encoding="utf-8")
    assert page.extractor == "trafilatura" and page.stats["extract_posts_cut"] == 0


def test_a_line_of_code_each_post_prints_is_no_frame_of_the_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # the posts quote the same line of the asker's code: the board repeats its frame lines
    # as often, but a line in <pre> is the post's
    code = "<pre><code>SELECT c.id, c.nombre,</code></pre>"
    html = _stack_page(declared=True).replace('itemprop="text">', f'itemprop="text">{code}')
    kept = [p for *_, paras in _QA_POSTS[:2] for p in paras]
    monkeypatch.setattr(html_mod, "extract", lambda root, url: Extraction("\n".join(kept)))
    res = clean_page(html, kind="html", config=Config(langs=("any",)))
    assert "SELECT c.id, c.nombre," in res.text
    assert not [r for r in res.manifest if "SELECT" in r["text"] and r["rule"] == "post_frame"]
