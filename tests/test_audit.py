"""`corpusclean report` / `show` / `report --html` on a small corpus with a hostile page.

The corpus: a few news pages with menus, share lines, donation appeals and a footer; one page
whose comment thread (and file name) carry HTML/JS payloads; one German paragraph; one empty
file (an error row).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corpusclean.audit.html_report import write_report
from corpusclean.audit.safe import script_json, terminal_text
from corpusclean.audit.show import Filter, PageView, render_plain, render_rich
from corpusclean.audit.summary import normalise, summarise, tally
from corpusclean.audit.summary import visible as summary_visible
from corpusclean.cli import main
from corpusclean.config import Config
from corpusclean.output.paths import text_name
from corpusclean.output.runfiles import iter_manifest, open_run
from corpusclean.pipeline import compute_source
from corpusclean.run.local import run as run_clean

HOSTILE_NAME = "hostile<img src=x onerror=alert(3)>.txt"
HOSTILE_PAGE = f"news/{HOSTILE_NAME}"
# Each payload, if it ever ran, would set window.__pwned or document.title or raise a dialog.
PAYLOADS = (
    "<script>alert(1)</script>",
    "<script>window.__pwned=1;document.title='pwned'</script>",
    "<img src=x onerror=alert(2)>",
    '<img src=x onerror="window.__pwned=2">',
    "</textarea><svg onload=window.__pwned=3>",
    "</script><script>window.__pwned=4</script>",
    '<a href="javascript:window.__pwned=5">click me</a>',
    "javascript:alert(5)",
    "{{script}} <!-- \u2028",
)
WORDS = ["council", "tram", "network", "northern", "districts", "plan", "debated", "residents", "planners", "budget", "station", "line", "bridge", "river", "winter", "schedule", "mayor", "vote", "funding", "route", "service", "passengers"]


def _sentences(rng: random.Random, n: int) -> str:
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(n))


def _page(rng: random.Random, title: str, extra: str = "") -> str:
    parts = ["Home | News | Sport | Business | Contact", title, _sentences(rng, 4), _sentences(rng, 3),
             "Share on Facebook | Share on Twitter",
             "Please donate to support our independent journalism. Every contribution, however small, helps.",
             extra, "Copyright 2024 Example Media. All rights reserved."]
    return "\n\n".join(p for p in parts if p) + "\n"


def build_hostile_corpus(raw: Path, pages: int = 5) -> None:
    """The test corpus of this module (also used by test_report_browser.py)."""
    rng = random.Random(3)
    news = raw / "news"
    news.mkdir(parents=True)
    for i in range(pages):
        (news / f"story{i}.txt").write_text(_page(rng, f"Story {i}: trams for the north"), "utf-8")
    thread = "\n\n".join([
        "3 Comments",
        f"mallory said: {PAYLOADS[0]}{PAYLOADS[1]}", "Reply",
        f"eve said: {PAYLOADS[2]}{PAYLOADS[3]} {PAYLOADS[4]}", "Reply",
        f"trudy said: {PAYLOADS[5]} {PAYLOADS[6]} {PAYLOADS[7]} {PAYLOADS[8]}", "Reply",
    ])
    (news / HOSTILE_NAME).write_text(_page(rng, "Story H: comments from strangers", thread), "utf-8")
    german = ("Die Regierung hat am Dienstag neue Regeln für Wasser und Strom beschlossen, die im nächsten "
              "Jahr gelten sollen und viele Menschen in der Stadt betreffen.")
    (news / "german.txt").write_text(_page(rng, "Story G: a German paragraph", german), "utf-8")
    (news / "empty.txt").write_text("", "utf-8")


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("audit")
    build_hostile_corpus(root / "raw")
    run_clean(root / "raw", root / "out", Config(), jobs=1)
    return root / "out"


def _manifest(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").split("\n") if line]


def _report_json(out: Path, *args: str) -> dict[str, Any]:
    res = CliRunner().invoke(main, ["report", str(out), "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


# --- the corpus behaves as the tests below assume --------------------------------------------


def test_corpus_has_the_removals_the_tests_need(cleaned: Path) -> None:
    rows = _manifest(cleaned)
    cats = {r["category"] for r in rows}
    assert {"chrome", "donation", "comments", "language", "error"} <= cats
    hostile = [r for r in rows if r["page"] == HOSTILE_PAGE and r["category"] == "comments"]
    assert hostile and all(p in hostile[0]["text"] for p in PAYLOADS[:8])


# --- report ----------------------------------------------------------------------------------


def test_report_numbers_equal_stats_and_manifest(cleaned: Path) -> None:
    data = _report_json(cleaned)
    stats = json.loads((cleaned / "stats.json").read_text("utf-8"))
    rows = _manifest(cleaned)
    removals = [r for r in rows if r["category"] != "error"]
    # totals from stats.json
    for key in ("pages", "pages_error", "chars_in", "chars_out"):
        assert data[key] == stats[key]
    # by category and by rule: the manifest, recounted here, and stats.json all agree
    assert {c["category"]: (c["rows"], c["chars"]) for c in data["categories"]} == {
        c: (v["rows"], v["chars"]) for c, v in stats["removed"].items()}
    assert {(r["category"], r["rule"]): (r["rows"], r["chars"]) for r in data["rules"]} == {
        (c, rule): (v["rows"], v["chars"]) for c, cv in stats["removed"].items() for rule, v in cv["rules"].items()}
    for c in data["categories"]:
        mine = [r for r in removals if r["category"] == c["category"]]
        assert c["rows"] == len(mine)
        assert c["chars"] == sum(len(r["text"]) for r in mine)
        assert c["pages"] == len({r["page"] for r in mine})
        assert c["share"] == pytest.approx(c["chars"] / stats["chars_in"], abs=1e-6)
    assert data["rows"] == len(removals)
    assert data["chars_removed"] == sum(len(r["text"]) for r in removals)
    assert data["chars_reflowed"] == stats["chars_in"] - stats["chars_out"] - data["chars_removed"]
    assert data["checks"] == {"matches_stats": True, "problems": []}


def test_report_languages_and_errors(cleaned: Path) -> None:
    data = _report_json(cleaned)
    stats = json.loads((cleaned / "stats.json").read_text("utf-8"))
    langs = {r["lang"]: r for r in data["languages"]}
    for code, v in stats["languages"].items():
        assert (langs[code]["blocks"], langs[code]["chars"]) == (v["blocks"], v["chars"])
    de = [r for r in _manifest(cleaned) if r.get("lang") == "de"]
    assert de and langs["de"]["removed_rows"] == len(de)
    assert langs["de"]["removed_chars"] == sum(len(r["text"]) for r in de)
    assert data["errors"] == [{"rule": "empty_page", "pages": 1, "examples": [
        {"page": "news/empty.txt", "message": "empty file (0 bytes)"}]}]


def test_report_top_pages_share_is_removed_over_removed_plus_kept(cleaned: Path) -> None:
    data = _report_json(cleaned, "--top", "3")
    assert len(data["top_pages"]) == 3
    shares = [p["share"] for p in data["top_pages"]]
    assert shares == sorted(shares, reverse=True)
    rows = _manifest(cleaned)
    for p in data["top_pages"]:
        removed = sum(len(r["text"]) for r in rows if r["page"] == p["page"])
        kept = len((cleaned / text_name(p["page"])).read_text("utf-8").rstrip("\n"))
        assert (p["removed_chars"], p["kept_chars"]) == (removed, kept)
        assert p["share"] == pytest.approx(removed / (removed + kept), abs=1e-6)
    # the pages with a comment thread or a foreign paragraph lost the most
    assert {p["page"] for p in data["top_pages"][:2]} == {HOSTILE_PAGE, "news/german.txt"}


def test_report_top_texts_are_normalised_and_counted(cleaned: Path) -> None:
    data = _report_json(cleaned)
    top = {t["text"]: t for t in data["top_texts"]}
    footer = top["copyright # example media. all rights reserved."]
    pages_with_footer = {r["page"] for r in _manifest(cleaned) if "Copyright 2024" in r["text"]}
    assert footer["rows"] == footer["pages"] == len(pages_with_footer) == 7
    assert footer["example"] == "Copyright 2024 Example Media. All rights reserved."
    assert normalise("  Comments (12)\n\nReply ") == normalise("comments (3) reply")


def test_report_tables_in_the_terminal(cleaned: Path) -> None:
    res = CliRunner().invoke(main, ["report", str(cleaned)], terminal_width=200)
    assert res.exit_code == 0, res.output
    out = res.stdout
    for title in ("Removed by category", "Removed by rule", "Languages", "Pages that lost the largest share",
                  "Most frequently removed texts", "Errors", "manifest totals match stats.json"):
        assert title in out
    stats = json.loads((cleaned / "stats.json").read_text("utf-8"))
    assert f"{stats['chars_in']:,}" in out
    assert "\x1b" not in out  # not a terminal: no colour codes


def test_report_exits_1_when_stats_disagree(cleaned: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("manifest.jsonl", "run.json", "repairs.jsonl"):
        (out / name).write_bytes((cleaned / name).read_bytes())
    stats = json.loads((cleaned / "stats.json").read_text("utf-8"))
    stats["removed"]["chrome"]["rows"] += 1
    (out / "stats.json").write_text(json.dumps(stats), "utf-8")
    res = CliRunner().invoke(main, ["report", str(out), "--json"])
    assert res.exit_code == 1
    problems = json.loads(res.stdout)["checks"]["problems"]
    assert len(problems) == 1 and problems[0].startswith("chrome: manifest has")


def test_report_on_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert res.exit_code == 2
    assert "not a corpusclean output folder (run.json missing)" in res.output


def test_verify_and_report_on_a_run_that_did_not_finish_say_so(tmp_path: Path) -> None:
    """A first run killed before its run.json: the folder is a run's (its state folder), unfinished."""
    (tmp_path / ".corpusclean").mkdir()
    for command in ("verify", "report"):
        res = CliRunner().invoke(main, [command, str(tmp_path)])
        assert res.exit_code == 2 and "did not finish" in res.output and "run `corpusclean clean` again" in res.output


# --- show ------------------------------------------------------------------------------------


def _source(cleaned: Path, page: str) -> str:
    raw = Path(json.loads((cleaned / "run.json").read_text("utf-8"))["input"])
    return compute_source((raw / page).read_bytes(), page, Config())


def test_show_plain_marks_every_removal_and_keeps_the_rest(cleaned: Path) -> None:
    res = CliRunner().invoke(main, ["show", str(cleaned), HOSTILE_PAGE])
    assert res.exit_code == 0, res.output
    rows = [r for r in _manifest(cleaned) if r["page"] == HOSTILE_PAGE]
    body = res.stdout.split("\n\n", 1)[1]
    for r in rows:
        assert f"[-{r['category']}/{r['rule']}: {r['text']}-]" in body
    # unmarking the removals gives back the source text exactly
    unmarked = re.sub(r"\[-[a-z_]+/[a-z_]+(?: [a-z]+)?: (.*?)-\]", r"\1", body, flags=re.S)
    assert unmarked.rstrip("\n") == _source(cleaned, HOSTILE_PAGE).rstrip("\n")
    assert "\x1b" not in res.stdout


def test_show_filters_mark_only_the_chosen_removals(cleaned: Path) -> None:
    res = CliRunner().invoke(main, ["show", str(cleaned), HOSTILE_PAGE, "--category", "comments"])
    assert res.exit_code == 0, res.output
    marks = re.findall(r"\[-([a-z_]+)/([a-z_]+)", res.stdout)
    assert marks == [("comments", "comment_thread")]
    # chrome still shown, as removed text apart from the marked rows, never as kept text
    assert "{-Home | News" in res.stdout and "the other" in res.stdout
    page = "news/german.txt"
    res = CliRunner().invoke(main, ["show", str(cleaned), page, "--rule", "foreign_language"])
    assert re.findall(r"\[-([a-z_]+)/([a-z_]+) ?([a-z]*)", res.stdout) == [("language", "foreign_language", "de")]


def test_show_color_tags_and_styles(cleaned: Path) -> None:
    res = CliRunner().invoke(main, ["show", str(cleaned), HOSTILE_PAGE, "--color"])
    assert res.exit_code == 0, res.output
    assert "\x1b[" in res.stdout
    assert "[comments/comment_thread]" in res.stdout
    assert "<script>alert(1)</script>" in res.stdout


def test_show_escapes_terminal_controls() -> None:
    view = PageView("p", [{"start": 2, "end": 9, "category": "comments", "rule": "reply_line", "text": "\x1b[2Jhi\u202e"}],
                    "ok\x1b[2Jhi\u202e\x07end")
    for text in (render_plain(view, Filter()), render_rich(view, Filter()).plain):
        assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
        assert "\\x1b[2Jhi\\u202e" in text and "\\x07end" in text


def test_show_error_page_and_unknown_page(cleaned: Path) -> None:
    res = CliRunner().invoke(main, ["show", str(cleaned), "news/empty.txt"])
    assert res.exit_code == 0 and "could not be cleaned: empty file (0 bytes)" in res.stdout
    res = CliRunner().invoke(main, ["show", str(cleaned), "news/stroy1.txt"])
    assert res.exit_code == 2 and "did you mean 'news/story1.txt'" in res.output
    res = CliRunner().invoke(main, ["show", str(cleaned), "news/story1.txt", "--category", "adverts"])
    assert res.exit_code == 2 and "unknown category adverts" in res.output


def test_show_without_the_input_shows_removed_segments(cleaned: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("manifest.jsonl", "stats.json", "repairs.jsonl"):
        (out / name).write_bytes((cleaned / name).read_bytes())
    run = json.loads((cleaned / "run.json").read_text("utf-8"))
    run["input"] = str(tmp_path / "gone")
    (out / "run.json").write_text(json.dumps(run), "utf-8")
    res = CliRunner().invoke(main, ["show", str(out), "news/story1.txt", "--no-color"])
    assert res.exit_code == 0, res.output
    assert "no longer exists; showing the removed segments only (--raw DIR" in res.stdout
    assert "[-chrome/" in res.stdout
    # --raw names where the input is now: the whole page again, kept text and marks
    moved = cleaned.parent / "raw"
    res = CliRunner().invoke(main, ["show", str(out), "news/story1.txt", "--no-color", "--raw", str(moved)])
    assert res.exit_code == 0, res.output
    assert "showing the removed segments only" not in res.stdout and "[-chrome/" in res.stdout
    assert len(res.stdout) > len(CliRunner().invoke(main, ["show", str(out), "news/story1.txt", "--no-color"]).stdout)
    html = tmp_path / "r.html"
    res = CliRunner().invoke(main, ["report", str(out), "--raw", str(moved), "--html", str(html)])
    assert html.stat().st_size > 0, res.output


# --- report --html (static checks; test_report_browser.py opens it in Chromium) --------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append((self._in, ""))

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None


@pytest.fixture(scope="module")
def html_report(cleaned: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    res = CliRunner().invoke(main, ["report", str(cleaned), "--html", str(path)])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.stderr and "8 pages" in res.stderr
    return path


def test_html_report_has_one_script_and_a_strict_csp(html_report: Path) -> None:
    text = html_report.read_text("utf-8")
    p = _Tags()
    p.feed(text)
    code = [s for attrs, s in p.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 1
    assert not {tag for tag, _ in p.tags} & {"img", "iframe", "textarea", "object", "embed", "link", "base", "form"}
    assert all(a["href"].startswith("#") for t, a in p.tags if t == "a")  # only the in-page navigation
    assert not [name for _, attrs in p.tags for name in attrs if name.startswith("on")]
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(code[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe" not in csp


def test_html_report_page_data_is_inert_and_complete(html_report: Path, cleaned: Path) -> None:
    text = html_report.read_text("utf-8")
    for payload in PAYLOADS:  # never verbatim where it holds markup: `<` and `>` are escaped everywhere
        assert ("<" not in payload) or payload not in text
    p = _Tags()
    p.feed(text)
    blocks = {a["id"]: json.loads(s) for a, s in p.scripts if a.get("type") == "application/json"}
    index = blocks.pop("index")
    assert len(index["pages"]) == len(blocks) == 8
    names = [row[0] for row in index["pages"]]
    assert names == sorted(names)  # run order
    i = names.index(HOSTILE_PAGE)
    pieces = blocks[f"p{i}"]["p"]
    assert "".join(x[1] for x in pieces) == _source(cleaned, HOSTILE_PAGE)
    comments = [x for x in pieces if x[0] >= 0 and index["cats"][index["rules"][x[0]][0]] == "comments"]
    assert len(comments) == 1 and all(pl in comments[0][1] for pl in PAYLOADS)
    err = blocks[f"p{names.index('news/empty.txt')}"]
    assert err == {"err": "empty_page: empty file (0 bytes)"}
    # the index agrees with the summary
    rows = _manifest(cleaned)
    assert sum(row[3] for row in index["pages"]) == len([r for r in rows if r["category"] != "error"])


def test_html_report_without_the_input_falls_back_to_the_manifest(cleaned: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("manifest.jsonl", "stats.json", "repairs.jsonl"):
        (out / name).write_bytes((cleaned / name).read_bytes())
    run_info = json.loads((cleaned / "run.json").read_text("utf-8"))
    run_info["input"] = str(tmp_path / "gone")
    (out / "run.json").write_text(json.dumps(run_info), "utf-8")
    run = open_run(out)
    tallies = tally(iter_manifest(out))
    path = tmp_path / "r.html"
    n = write_report(run, path, summarise(run, tallies=tallies), tallies)
    assert n == len({r["page"] for r in _manifest(cleaned)})  # without the input: the manifest's pages
    assert "not in the input folder" in path.read_text("utf-8")


def test_script_json_cannot_close_its_tag() -> None:
    s = script_json({"a": "</script><!--<script>\u2028\u2029&", "b": "\udcff"})
    assert not re.search(r"[<>&\u2028\u2029]", s)
    assert json.loads(s) == {"a": "</script><!--<script>\u2028\u2029&", "b": "\udcff"}
    assert terminal_text("ok\n\tok") == "ok\n\tok"


def test_show_and_report_read_warc_records(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    (tmp_path / "raw").mkdir()
    with open(tmp_path / "raw" / "crawl.warc.gz", "wb") as f:
        w = WARCWriter(f, gzip=True)
        rng = random.Random(5)
        for i in range(3):
            body = (f"<html><body><nav>Home | News | Sport</nav><article><h1>Story {i}</h1><p>{_sentences(rng, 3)}</p>"
                    "</article><footer>Copyright 2024 Example</footer></body></html>").encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            # with a length, warcio does not buffer the payload in a temporary file it never closes
            w.write_record(w.create_warc_record(f"https://example.com/news/story{i}", "response",
                                                payload=BytesIO(body), length=len(body), http_headers=http))
    out = tmp_path / "out"
    run_clean(tmp_path / "raw", out, Config(), jobs=1)
    page = _manifest(out)[0]["page"]
    assert page.startswith("crawl.warc.gz/")
    res = CliRunner().invoke(main, ["show", str(out), page])
    assert res.exit_code == 0, res.output
    assert "(https://example.com/news/story0)" in res.stdout and "[-chrome/" in res.stdout
    assert "showing the removed segments only" not in res.stdout
    html = tmp_path / "r.html"
    assert CliRunner().invoke(main, ["report", str(out), "--html", str(html)]).exit_code == 0
    assert '"url":"https://example.com/news/story0"' in html.read_text("utf-8")


def _archive_run(tmp_path: Path, urls: tuple[str, ...]) -> Path:
    """A run over one WARC archive (one HTML response per URL) and one JSONL document, doc-7."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    raw = tmp_path / "raw"
    raw.mkdir()
    rng = random.Random(7)
    with open(raw / "crawl.warc.gz", "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url in urls:
            body = (f"<html><body><nav>Home | News</nav><article><p>{_sentences(rng, 3)}</p></article>"
                    "</body></html>").encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                                http_headers=http))
    (raw / "docs.jsonl").write_text(json.dumps({"id": "doc-7", "text": _page(rng, "Seven")}) + "\n", "utf-8")
    out = tmp_path / "out"
    run_clean(raw, out, Config(), jobs=1)
    return out


def test_show_names_pages_inside_archives_and_document_files(tmp_path: Path) -> None:
    # a record inside a file is FILE/RECORD, which nobody guesses: the file itself, the
    # record's URL and a document's own id are what a user types
    out = _archive_run(tmp_path, ("https://example.com/a", "https://example.com/b", "https://example.com/b"))
    runner = CliRunner()
    res = runner.invoke(main, ["show", str(out), "crawl.warc.gz", "--no-color"])
    assert res.exit_code == 2
    assert "'crawl.warc.gz' is an input file of 3 pages, not a page" in res.output
    assert "'crawl.warc.gz/example.com/a.html'" in res.output
    res = runner.invoke(main, ["show", str(out), "https://example.com/a", "--no-color"])  # a URL names its record
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("page crawl.warc.gz/example.com/a.html (https://example.com/a)")
    res = runner.invoke(main, ["show", str(out), "https://example.com/b", "--no-color"])
    assert res.exit_code == 2 and "2 pages of the run have the URL https://example.com/b" in res.output
    assert "'crawl.warc.gz/example.com/b~2.html'" in res.output
    # the input's own id, as the output documents' `id` has it, names the page too
    res = runner.invoke(main, ["show", str(out), "doc-7", "--no-color"])
    assert res.exit_code == 0 and res.stdout.startswith("page docs.jsonl/doc-7"), res.output
    assert runner.invoke(main, ["show", str(out), "docs.jsonl/doc-7", "--no-color"]).stdout == res.stdout
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    record_id = next(p["id"] for p in pages if p["page"] == "crawl.warc.gz/example.com/a.html")
    assert record_id.startswith("<urn:uuid:"), "WARC-Record-ID"
    res = runner.invoke(main, ["show", str(out), record_id, "--no-color"])
    assert res.exit_code == 0 and res.stdout.startswith("page crawl.warc.gz/example.com/a.html"), res.output
    res = runner.invoke(main, ["show", str(out), "doc-8", "--no-color"])
    assert res.exit_code == 2 and "is not in the manifest" in res.output


def test_terminal_report_tells_apart_pages_of_one_archive(tmp_path: Path) -> None:
    # pages of one archive share its path and host: cut at the end, as other names are,
    # every row of the top pages read the same; cut in the middle, each keeps its own end
    urls = tuple(f"https://news.example-newspaper.com/section/story-{i}" for i in range(4))
    out = _archive_run(tmp_path, urls)
    res = CliRunner(env={"COLUMNS": "80"}).invoke(main, ["report", str(out)])
    assert res.exit_code == 0, res.output
    top = res.output[res.output.index("Pages that lost"):res.output.index("Most frequently")]
    assert max(map(len, top.splitlines())) <= 80
    for i in range(4):
        assert re.search(rf"│crawl\.warc[^│ ]*…[^│ ]*story-{i}\.html *│", top), top


def test_report_counts_what_was_read_but_is_no_page(tmp_path: Path) -> None:
    # a crawl is mostly records that are no pages (requests, revisits, images); the summary
    # says how many of each, as stats.json does, so pages/records add up for the reader
    from io import BytesIO

    from warcio.warcwriter import WARCWriter

    out = _archive_run(tmp_path, ("https://example.com/a",))
    with open(tmp_path / "raw" / "crawl.warc.gz", "ab") as f:
        w = WARCWriter(f, gzip=True)
        for _ in range(2):
            req = b"GET /a HTTP/1.1\r\n\r\n"
            w.write_record(w.create_warc_record("https://example.com/a", "request", payload=BytesIO(req),
                                                length=len(req)))
    (tmp_path / "raw" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    run_clean(tmp_path / "raw", out, Config(), jobs=1)
    data = _report_json(out)
    assert data["skipped"] == {"files": {"image": 1}, "records": {"request": 2}}
    res = CliRunner(env={"COLUMNS": "80"}).invoke(main, ["report", str(out)])
    assert res.exit_code == 0, res.output
    table = res.output[res.output.index("Read but not pages"):res.output.index("Pages that lost")]
    assert re.search(r"│files +│image +│ +1│", table) and re.search(r"│records +│request +│ +2│", table), table
    html = tmp_path / "r.html"
    assert CliRunner().invoke(main, ["report", str(out), "--html", str(html)]).exit_code == 0
    page = html.read_text("utf-8")
    assert "Read but not pages" in page and '<td class="t">request</td><td class="n">2</td>' in page


def test_report_reads_kept_text_from_jsonl_runs(tmp_path: Path) -> None:
    build_hostile_corpus(tmp_path / "raw", pages=2)
    out = tmp_path / "out"
    run_clean(tmp_path / "raw", out, Config(formats=("jsonl",)), jobs=1)
    data = _report_json(out)
    assert data["checks"]["matches_stats"]
    assert all(p["kept_chars"] > 0 for p in data["top_pages"])


def test_terminal_report_fits_80_columns(tmp_path: Path) -> None:
    """Numbers stay whole, long names are cut with an ellipsis, no line passes 80 columns,
    and no removed-text row is blank."""
    raw = tmp_path / "raw"
    build_hostile_corpus(raw)
    long_name = "a-page-with-a-very-long-name-that-cannot-fit-beside-its-numbers-in-eighty-columns.txt"
    (raw / "news" / long_name).write_text(
        "Home\n\n\u200d\n\nThe council met on Monday to discuss the budget for the new tram line in the "
        "north of the city, which has been delayed twice.\n\nShare this:\n", "utf-8")
    out = tmp_path / "out"
    run_clean(raw, out, Config(), jobs=1)
    res = CliRunner(env={"COLUMNS": "80"}).invoke(main, ["report", str(out)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(map(len, lines)) <= 80, [x for x in lines if len(x) > 80]
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    for n in (stats["chars_in"], stats["chars_out"]):
        assert f"{n:,}" in res.output
    # a page name is cut in the middle: its folder and the end of its file name stay
    assert any("news/a-page-" in x and "…" in x and "columns.txt" in x for x in lines)
    data = _report_json(out)
    assert all(summary_visible(t["text"]) for t in data["top_texts"])


def test_show_finds_a_page_named_in_either_unicode_form(tmp_path: Path) -> None:
    """"café.txt" typed composed finds a file named decomposed, and the other way round."""
    import unicodedata

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    nfd = unicodedata.normalize("NFD", "café.txt")
    (raw / nfd).write_text(_page(random.Random(3), "Cafe"), "utf-8")
    run_clean(raw, out, Config(), jobs=1)
    for typed in ("café.txt", nfd):
        res = CliRunner().invoke(main, ["show", str(out), unicodedata.normalize("NFC", typed), "--no-color"])
        assert res.exit_code == 0, res.output
