"""The HTML report in a real headless Chromium (Debian's chromium + chromium-driver, via selenium).

Skipped when Chromium, chromedriver or selenium is missing; CI installs the browser with
.ci/install_browser.sh. The hostile page's payloads would set window.__pwned or
document.title, or open a dialog, if any of them ran.

`test_report_at_10000_pages` measures file size and first paint of a 10,000-page report; it
runs only with CORPUSCLEAN_REPORT_BENCH=1 (it cleans 10,000 pages: minutes on 2 cores).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corpusclean.cli import main

try:  # tests/ is a package (tests/__init__.py); without it, pytest puts tests/ itself on sys.path
    from tests.test_audit import HOSTILE_PAGE, PAYLOADS, build_hostile_corpus
except ImportError:
    from test_audit import HOSTILE_PAGE, PAYLOADS, build_hostile_corpus  # type: ignore[no-redef]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver; "
                "CI runs .ci/install_browser.sh)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

# Root, no network, no desktop session: what Chromium needs to start quietly on this machine and CI.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1000")
SCREENSHOT_COPY = Path("/tmp/corpusclean_report.png")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def _report(tmp_path: Path, raw: Path, jobs: str = "1") -> Path:
    out, html = tmp_path / "out", tmp_path / "report.html"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", jobs, "-q"])
    assert res.exit_code in (0, 1), res.output  # 1: some pages are error rows, as intended
    res = CliRunner().invoke(main, ["report", str(out), "--html", str(html), "-j", jobs])
    assert res.exit_code == 0, res.output
    return html


def _ready(driver: Any) -> None:
    WebDriverWait(driver, 60).until(
        lambda d: d.execute_script("return !!(window.corpuscleanReport && window.corpuscleanReport.ready)"))


def _count(driver: Any) -> str:
    return driver.find_element(By.ID, "count").text


def _clear(driver: Any, element_id: str) -> None:
    """Empty a search box as a person would (selenium's clear() sends no input event)."""
    driver.execute_script("var e = document.getElementById(arguments[0]); e.value = '';"
                          "e.dispatchEvent(new Event('input'));", element_id)


def _titled_corpus(raw: Path) -> None:
    """Two HTML pages with titles and URLs, and a text page without."""
    (raw / "web").mkdir(parents=True)
    article = (Path(__file__).parent / "fixtures" / "html" / "article.html").read_text("utf-8")
    (raw / "web" / "mill.html").write_text(article, "utf-8")
    bridge = (article.replace("My Test Article", "The new footbridge").replace("article-1", "article-2")
              .replace("the old mill", "the new footbridge over the river"))
    (raw / "web" / "bridge.html").write_text(bridge, "utf-8")
    (raw / "notes.txt").write_text("Home\n\nThe harbour board met on Monday to discuss dredging the old "
                                   "channel, which has silted up over the past ten winters.\n\nShare this:\n", "utf-8")


def test_report_list_titles_search_highlight_and_viewer_follows_filter(browser: Any, tmp_path: Path) -> None:
    _titled_corpus(tmp_path / "raw")
    browser.get(_report(tmp_path, tmp_path / "raw").as_uri())
    _ready(browser)
    subs = {r.find_element(By.CSS_SELECTOR, "button.link").text: r.find_element(By.CSS_SELECTOR, "td.t").text
            for r in browser.find_elements(By.CSS_SELECTOR, "#list tbody tr")}
    assert "The new footbridge" in subs["web/bridge.html"]
    assert "https://example.com/news/article-2" in subs["web/bridge.html"]
    assert "My Test Article" in subs["web/mill.html"] and subs["notes.txt"] == "notes.txt"

    # open the bridge page, then search its text: the hits are highlighted and scrolled to
    next(b for b in browser.find_elements(By.CSS_SELECTOR, "#list button.link") if b.text == "web/bridge.html").click()
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "src"))
    browser.find_element(By.ID, "text").send_keys("footbridge over")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–1 of 1 pages (filtered from 3)")
    hits = WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#src .hit"))
    assert [h.text.lower() for h in hits] == ["footbridge over"] * len(hits) and hits
    first = browser.execute_script(
        "var v = document.getElementById('viewer'), h = document.querySelector('#src .hit');"
        "var a = v.getBoundingClientRect(), b = h.getBoundingClientRect(); return [a.top, a.bottom, b.top, b.bottom];")
    assert first[0] <= first[2] and first[3] <= first[1], "the first hit is scrolled into the viewer"
    assert "match" in browser.find_element(By.ID, "viewer").text

    # a search the open page does not match filters it out: the viewer closes
    _clear(browser, "text")
    browser.find_element(By.ID, "text").send_keys("harbour board")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–1 of 1 pages (filtered from 3)")
    WebDriverWait(browser, 20).until(lambda d: not d.find_elements(By.ID, "src"))
    assert "not in the filtered list" in browser.find_element(By.ID, "viewer").text
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def _no_payload_ran(driver: Any, title: str) -> None:
    try:
        alert = driver.switch_to.alert
        pytest.fail(f"a dialog opened: {alert.text!r}")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.title == title


def test_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    build_hostile_corpus(tmp_path / "raw")
    html = _report(tmp_path, tmp_path / "raw")
    browser.get(html.as_uri())
    _ready(browser)
    title = "corpusclean report: out"
    assert browser.title == title
    summary = browser.find_element(By.ID, "summary")
    assert summary.is_displayed() and "pages with removals" in summary.text
    assert browser.find_element(By.ID, "checks").text == "Manifest totals match stats.json."
    assert _count(browser) == "1–8 of 8 pages"

    # a category filter narrows the list
    browser.find_element(By.CSS_SELECTOR, "#catfilter button[data-cat='2']").click()  # comments
    assert _count(browser) == "1–1 of 1 pages (filtered from 8)"
    rows = browser.find_elements(By.CSS_SELECTOR, "#list tbody tr")
    assert [r.find_element(By.CSS_SELECTOR, "button.link").text for r in rows] == [HOSTILE_PAGE]
    browser.find_element(By.CSS_SELECTOR, "#catfilter button[data-cat='-1']").click()
    assert _count(browser) == "1–8 of 8 pages"
    Select(browser.find_element(By.ID, "lang")).select_by_visible_text("removed text in de")
    assert _count(browser) == "1–1 of 1 pages (filtered from 8)"
    Select(browser.find_element(By.ID, "lang")).select_by_index(0)

    # search by text reads the page blocks; search by name
    browser.find_element(By.ID, "text").send_keys("mallory")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–1 of 1 pages (filtered from 8)")
    _clear(browser, "text")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–8 of 8 pages")
    browser.find_element(By.ID, "name").send_keys("story")  # ids story0..4, and two titles "Story H/G: ..."
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–7 of 7 pages (filtered from 8)")
    _clear(browser, "name")
    browser.find_element(By.ID, "name").send_keys("news/story")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–5 of 5 pages (filtered from 8)")
    _clear(browser, "name")
    WebDriverWait(browser, 20).until(lambda d: _count(d) == "1–8 of 8 pages")

    # the hostile page: every payload shows as text, in a comments highlight with its rule on hover
    link = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#list button.link") if b.text == HOSTILE_PAGE)
    link.click()
    src = WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "src"))
    text = browser.execute_script("return document.getElementById('src').textContent")
    for payload in PAYLOADS:
        assert payload in text
    assert "<script>alert(1)</script>" in src.text
    marks = src.find_elements(By.CSS_SELECTOR, "mark")
    titles = [m.get_attribute("title") for m in marks]
    rows = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text("utf-8").split("\n") if line]
    assert titles == [f"{r['category']}/{r['rule']}" + (f" — {r['detail']}" if r.get("detail") else "")
                      for r in rows if r["page"] == HOSTILE_PAGE]
    comments = [m for m in marks if m.get_attribute("title").startswith("comments/comment_thread")]
    assert len(comments) == 1 and "mallory said: <script>" in comments[0].text
    assert "c2" in comments[0].get_attribute("class")  # the comments colour
    assert src.find_elements(By.CSS_SELECTOR, "script, img, svg, a, textarea") == []
    assert browser.execute_script(
        "return document.querySelectorAll('img, iframe, object, embed, a:not([href^=\"#\"])').length") == 0

    # a page link in the summary opens the page too
    top = browser.find_element(By.CSS_SELECTOR, "section.grid button.link")
    top.click()
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, "#viewer h3").text == top.text)

    _no_payload_ran(browser, title)
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []  # no CSP violation, no script error

    browser.execute_script("document.getElementById('browser').scrollIntoView()")
    link = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#list button.link") if b.text == HOSTILE_PAGE)
    link.click()
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#src mark.c2"))
    browser.execute_script("document.querySelector('#src mark.c2').scrollIntoView({block: 'center'})")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    shutil.copyfile(shot, SCREENSHOT_COPY)


# --- 10,000 pages: size and first paint ------------------------------------------------------

WORDS = ["the", "council", "said", "on", "tuesday", "that", "new", "rules", "for", "water", "and", "power", "would", "take", "effect", "next", "year", "after", "months", "of", "debate", "among", "residents", "farmers", "and", "local", "business", "owners", "who", "argued", "the", "plan", "was", "too", "costly", "while", "supporters", "pointed", "to", "rising", "demand", "and", "older", "pipes", "that", "need", "repair"]
SITES = ("news-a", "news-b", "blog-c", "daily-d", "weekly-e")
MENUS = ("Home | News | Sport | Business | Contact", "Home | World | Politics | Culture | About us")
SHARE = ("Share on Facebook | Share on Twitter", "Share this article", "Click to share on X")
DONATE = "Please donate to support our independent journalism. Every contribution, however small, helps."
GERMAN = "Die Regierung hat am Dienstag neue Regeln für Wasser und Strom beschlossen, die im nächsten Jahr gelten."


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 24))).capitalize() + "."


def generate_corpus(root: Path, n: int, seed: int = 7) -> None:
    """n text pages over 5 sites: menu, title, article, sometimes German, share line, appeal, comments, footer."""
    rng = random.Random(seed)
    for i in range(n):
        parts = [rng.choice(MENUS), f"Story {i}: {_sentence(rng)[:60]}"]
        parts += [" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(3, 7))]
        if rng.random() < 0.2:
            parts.append(GERMAN)
        parts.append(rng.choice(SHARE))
        if rng.random() < 0.5:
            parts.append(DONATE)
        if rng.random() < 0.6:
            k = rng.randint(1, 4)
            parts.append(f"{k} Comments")
            for _ in range(k):
                parts += [f"{rng.choice(('anna', 'bob', 'carl'))} said: {_sentence(rng)}", "Reply"]
        parts.append("Copyright 2024 Example Media. All rights reserved.")
        d = root / SITES[i % len(SITES)]
        d.mkdir(parents=True, exist_ok=True)
        (d / f"page{i:05d}.txt").write_text("\n\n".join(parts) + "\n", "utf-8")


@pytest.mark.skipif(os.environ.get("CORPUSCLEAN_REPORT_BENCH") != "1",
                    reason="a 10,000-page measurement; set CORPUSCLEAN_REPORT_BENCH=1 to run it")
def test_report_at_10000_pages(browser: Any, tmp_path: Path) -> None:
    generate_corpus(tmp_path / "raw", 10_000)
    t0 = time.perf_counter()
    html = _report(tmp_path, tmp_path / "raw", jobs="2")
    built = time.perf_counter() - t0
    browser.get(html.as_uri())
    _ready(browser)
    timing = browser.execute_script("""
        const paint = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));
        const nav = performance.getEntriesByType('navigation')[0];
        const list = performance.getEntriesByName('corpusclean:list-rendered')[0];
        return {fcp: paint['first-contentful-paint'], fp: paint['first-paint'], list: list && list.startTime,
                dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd};""")
    assert _count(browser) == "1–100 of 10,000 pages"
    t1 = time.perf_counter()
    browser.find_elements(By.CSS_SELECTOR, "#list button.link")[0].click()
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "src"))
    opened = time.perf_counter() - t1
    size = html.stat().st_size
    print(f"\n10,000-page report: {size / 1e6:.1f} MB; clean+report {built:.0f} s; first contentful paint "
          f"{timing['fcp']:.0f} ms; list rendered {timing['list']:.0f} ms; DOMContentLoaded {timing['dcl']:.0f} ms; "
          f"load {timing['load']:.0f} ms; open a page {opened * 1000:.0f} ms")
    assert timing["fcp"] < 5000
