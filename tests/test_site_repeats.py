"""Site boilerplate (issue 5): blocks on many pages of a site are removed, quotes are not.

The corpus comes from bench/sitegen.py: several sites in separate folders, each with its
own header, appeal and footer on every page, articles that differ, and quoted paragraphs.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.config import Config
from corpusclean.corpus.counts import SiteKeyCounter, count_pages, merge, split
from corpusclean.corpus.hashing import QUOTE_BIT, block_key, block_keys, page_keys, site_id
from corpusclean.corpus.repeats import SiteKeys, SiteRepeats, label_repeats, select
from corpusclean.model import Block, Page
from corpusclean.policy import decide
from corpusclean.run.local import run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import sitegen  # noqa: E402


def _keys(*texts: str, quoted: tuple[str, ...] = ()) -> np.ndarray:
    ks = {block_key(t) | (QUOTE_BIT if t in quoted else 0) for t in texts}
    return np.array(sorted(ks), dtype="<u8")


def _repeats(pages: list[tuple[str, np.ndarray]], config: Config, folder: Path) -> SiteRepeats:
    counter = SiteKeyCounter(folder)
    for site, keys in pages:
        counter.add(site, keys)
    try:
        return SiteRepeats.from_tables(counter.tables(), dict(counter.pages), counter.names, config)
    finally:
        counter.close()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("aZ9_ .,-\n\x00\u0130\u03a3\u03c3\u0301\u00df\u2019\u05d0"
                                             "\u0627\u4e2d")), max_size=12), max_size=6))
def test_page_keys_in_one_pass_equal_block_by_block(texts: list[str]) -> None:
    """block_keys lower-cases and splits the whole page at once; each key must be the one
    its block gets alone (final sigma, dotted I, combining marks, a NUL inside a block)."""
    page = Page(id="p", blocks=[Block(0, 1, t) for t in texts])
    assert block_keys(page) == [block_key(t) for t in texts]


# --- counting: sums, whatever the order, the split or the spilling ----------------------


def _random_pages(seed: int = 3) -> list[tuple[str, np.ndarray]]:
    rng = random.Random(seed)
    chrome = {s: [f"{s} menu {i}" for i in range(5)] for s in ("a.org", "b.org", "dir:c")}
    pages = []
    for n in range(120):
        site = rng.choice(sorted(chrome))
        texts = [t for t in chrome[site] if rng.random() < 0.8]
        texts += [f"article {n} paragraph {j}" for j in range(rng.randint(1, 6))]
        if rng.random() < 0.1:
            texts.append(f"{site} quoted paragraph")
        pages.append((site, _keys(*texts, quoted=(f"{site} quoted paragraph",))))
    return pages


def test_counts_do_not_depend_on_order_or_split() -> None:
    pages = _random_pages()
    ref = count_pages((site_id(s), k) for s, k in pages)
    shuffled = pages[:]
    random.Random(7).shuffle(shuffled)
    parts = [count_pages((site_id(s), k) for s, k in shuffled[i : i + 17]) for i in range(0, len(shuffled), 17)]
    # a tree of merges in another order gives the same table
    tree = merge([merge(parts[::2]), merge(parts[1::2])])
    assert ref.tobytes() == tree.tobytes()
    assert int(ref["pages"].sum()) == sum(len(k) for _, k in pages)
    # buckets partition the table: every pair in exactly one
    buckets = split(ref, 8)
    assert sum(len(b) for b in buckets) == len(ref)
    assert merge(buckets).tobytes() == ref.tobytes()


def test_spilled_counter_gives_the_same_repeats(tmp_path: Path) -> None:
    pages = _random_pages()
    cfg = Config()
    mem = _repeats(pages, cfg, tmp_path / "a")
    shuffled = pages[::-1]
    spilled_counter = SiteKeyCounter(tmp_path / "b", buckets=4, buffer_records=50)
    for site, keys in shuffled:
        spilled_counter.add(site, keys)
    assert spilled_counter.spilled > 3
    assert len(list((tmp_path / "b").glob("bucket-*.bin"))) == 4
    spilled = SiteRepeats.from_tables(spilled_counter.tables(), dict(spilled_counter.pages),
                                      spilled_counter.names, cfg)
    spilled_counter.close()
    assert not (tmp_path / "b").exists()
    assert mem.pages == spilled.pages
    assert {s: k.to_dict() for s, k in mem.repeated.items()} == {s: k.to_dict() for s, k in spilled.repeated.items()}
    # the menus (80% of a site's pages) are boilerplate; article paragraphs are not
    assert all(block_key(f"a.org menu {i}") in mem.of("a.org") for i in range(5))
    assert block_key("article 1 paragraph 0") not in mem.of("a.org")


def test_site_keys_find_the_page_keys_that_are_boilerplate() -> None:
    rows = {block_key(f"menu {i}"): 3 + i for i in range(50)}
    keys = SiteKeys.of(rows)
    assert keys.to_dict() == rows and len(keys) == 50
    page = [block_key("menu 7"), None, block_key("a paragraph"), block_key("menu 49"), block_key("menu 0")]
    assert keys.find(page) == {block_key("menu 7"): 10, block_key("menu 49"): 52, block_key("menu 0"): 3}
    assert block_key("menu 3") in keys and block_key("a paragraph") not in keys
    # a key above every boilerplate key, and an empty site
    assert keys.find([2**64 - 1]) == {}
    assert SiteKeys().find(page) == {} and not SiteKeys()


# --- thresholds --------------------------------------------------------------------------


def _table(site: str, pages: int, quoted: int = 0) -> np.ndarray:
    t = count_pages([(site_id(site), _keys("x", quoted=("x",)))] * quoted
                    + [(site_id(site), _keys("x"))] * (pages - quoted))
    return t


@pytest.mark.parametrize(("seen", "quoted", "total", "boilerplate"), [
    (2, 0, 2, False),     # two pages are never enough (a quote shared by two articles)
    (3, 0, 3, True),      # three pages of a three-page site
    (3, 0, 40, False),    # 3 of 40 is under 10% of the site
    (4, 0, 40, True),     # 4 of 40 is 10%
    (3, 3, 10, False),    # inside the article on all three: a quotation, needs 6 pages / 20%
    (3, 1, 10, True),     # inside the article on one page of three: boilerplate
    (6, 6, 30, True),     # a block inserted mid-article on 6 pages and 20% of a site goes
    (6, 6, 31, False),    # ... but not on 6 of 31 (under 20%)
])
def test_thresholds(seen: int, quoted: int, total: int, boilerplate: bool) -> None:
    table = _table("s", seen, quoted)
    got = select(table, {site_id("s"): total}, Config())
    assert (len(got) == 1) is boilerplate


def test_thresholds_follow_the_config() -> None:
    table = _table("s", 3)
    assert len(select(table, {site_id("s"): 3}, Config(site_min_pages=4))) == 0
    assert len(select(table, {site_id("s"): 10}, Config(site_min_share=0.5))) == 0
    assert len(select(table, {site_id("s"): 10}, Config(site_min_share=0.3))) == 1


def test_quote_bit_marks_long_blocks_inside_the_core() -> None:
    long = "A long paragraph of the article that a reader might well quote in another story, word for word."
    texts = ["Menu", "Intro paragraph of the story, long enough to be prose and start the core here.",
             long, "Closing paragraph of the story that ends the article core right here today.", long.upper()]
    page = Page(id="p", blocks=[Block(0, 1, t) for t in texts], core=(1, 3))
    keys = {int(k) & ~QUOTE_BIT: int(k) & QUOTE_BIT for k in page_keys(page)}
    assert keys[block_key("Menu")] == 0  # outside the core
    assert keys[block_key(texts[1])] == 0  # first block of the core: an edge
    # the long block is inside the core once, but its copy (same words) is outside: not a quote
    assert keys[block_key(long)] == 0
    page.blocks.pop()
    keys = {int(k) & ~QUOTE_BIT: int(k) & QUOTE_BIT for k in page_keys(page)}
    assert keys[block_key(long)] == QUOTE_BIT


def test_label_repeats_names_the_rule_and_the_evidence() -> None:
    page = Page(id="a/p.txt", site="dir:a", blocks=[
        Block(0, 10, "Site header"), Block(12, 40, "Support us: become a member today"),
        Block(42, 60, "Article text that stays.")])
    page.source = " " * 60
    page.blocks[0].add("chrome", "before_article")
    page.blocks[1].add("donation", "donation_appeal")
    repeated = SiteKeys.of({block_key("Site header"): 9, block_key("Support us: become a member today"): 9})
    label_repeats(page, repeated, 10, Config())
    decide(page, Config())
    reasons = [(b.reason.category, b.reason.rule, b.reason.detail) if b.reason else None for b in page.blocks]
    # where a block stands is no rule: the site's evidence names the row; a rule that says
    # what the block is keeps the row (an auditor filtering on donation_appeal finds it), and
    # the row carries the evidence
    assert reasons == [("chrome", "site_repeated", "seen on 9 of 10 pages of dir:a"),
                       ("donation", "donation_appeal", "seen on 9 of 10 pages of dir:a"), None]


# --- a generated multi-site corpus, end to end -----------------------------------------


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> tuple[sitegen.Corpus, Path]:
    root = tmp_path_factory.mktemp("sites")
    corpus = sitegen.generate(root / "raw", sites=3, pages=30, seed=5, quote_pages=3)
    out = root / "out"
    run(corpus.root, out, Config(), jobs=1)
    return corpus, out


def _rows(out: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for line in (out / "manifest.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        rows.setdefault(r["page"], []).append(r)
    return rows


def test_every_shared_block_is_removed_with_the_sites_evidence(cleaned: tuple[sitegen.Corpus, Path]) -> None:
    corpus, out = cleaned
    rows = _rows(out)
    for site in corpus.sites:
        n = len(site.pages)
        for page_id in site.pages:
            text = (out / page_id).read_text("utf-8")
            for block in site.shared:
                assert block not in text, (page_id, block)
                row = next(r for r in rows[page_id] if block in r["text"])
                assert row["detail"] == f"seen on {n} of {n} pages of dir:{site.folder}", (page_id, block, row)


def test_every_article_paragraph_and_quote_is_kept(cleaned: tuple[sitegen.Corpus, Path]) -> None:
    corpus, out = cleaned
    for site in corpus.sites:
        assert len(site.quote_pages) == 2 and len(site.more_quote_pages) == 3
        for page_id in site.pages:
            text = (out / page_id).read_text("utf-8")
            for para in corpus.paragraphs[page_id]:
                assert para in text, (page_id, para[:60])
        for page_id in site.quote_pages:
            assert site.quote in (out / page_id).read_text("utf-8")
        for page_id in site.more_quote_pages:  # quoted by 3 of 10 articles: kept by the place rule
            assert site.more_quote in (out / page_id).read_text("utf-8")
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["removed"]["chrome"]["rules"]["site_repeated"]["rows"] >= 30


def test_site_falls_back_to_the_parent_folder_and_sites_are_separate(tmp_path: Path) -> None:
    # the same line on 2 pages of each of two folders: 4 pages in all, but 2 per site
    for folder in ("x", "y"):
        for i in range(2):
            p = tmp_path / "raw" / folder / f"{i}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            body = sitegen.paragraph(random.Random(f"{folder}{i}"))
            p.write_text(f"Shared line across folders\n\n{body}\n", encoding="utf-8")
    run(tmp_path / "raw", tmp_path / "out", Config(), jobs=1)
    assert "site_repeated" not in (tmp_path / "out" / "manifest.jsonl").read_text("utf-8")


def _html(url: str, header: str, body: str) -> str:
    return (f'<!doctype html><html><head><link rel="canonical" href="{url}"><title>t</title></head><body>'
            f"<header><p>{header}</p></header><article><h1>A headline</h1><p>{body}</p></article></body></html>")


def test_site_is_the_host_when_a_url_is_known(tmp_path: Path) -> None:
    """Five pages in one folder share a header line: 3 from a.example, 2 from b.example."""
    raw = tmp_path / "raw" / "mixed"
    raw.mkdir(parents=True)
    header = "Part of the Example Network of local news sites"
    for i, host in enumerate(["a.example"] * 3 + ["www.b.example"] * 2):
        body = sitegen.paragraph(random.Random(i), (4, 5))
        (raw / f"{i}.html").write_text(_html(f"https://{host}/story/{i}", header, body), encoding="utf-8")
    out = tmp_path / "out"
    run(tmp_path / "raw", out, Config(), jobs=1)
    rows = _rows(out)
    for i in range(5):
        row = next(r for r in rows[f"mixed/{i}.html"] if header in r["text"])
        if i < 3:
            assert (row["rule"], row["detail"]) == ("site_repeated", "seen on 3 of 3 pages of a.example")
        else:  # b.example has 2 pages: not enough to call anything its boilerplate
            assert row["rule"] != "site_repeated" and "seen on" not in row.get("detail", "")
