"""Corpus formats: JSONL and Parquet shards, Dolma attributes, read back and compared to the .txt tree.

A handful of small runs over one tiny corpus, shared by the module: every format is read
back with plain json+gzip and pyarrow (not with corpusclean's own reader) and checked
against the .txt output and the manifest.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corpusclean.cli import main
from corpusclean.config import Config
from corpusclean.model import CATEGORIES
from corpusclean.output.attributes import apply_spans
from corpusclean.output.corpus_formats import FormatError, check_formats, read_texts
from corpusclean.output.documents import added_stamp
from corpusclean.output.shards import ShardPlan

from .conftest import output_tree

pq = pytest.importorskip("pyarrow.parquet")

ARTICLE = (
    "The city council voted on Tuesday to expand the river park, adding three miles of trail "
    "along the eastern bank and a new footbridge near the old mill.\n\n"
    "Residents who spoke at the meeting said the project had been discussed for nearly a decade, "
    "and that the final plan reflected many of their suggestions."
)

PAGES = {
    "news/council.txt": (
        "Home\nAbout\nContact\n\n" + ARTICLE + "\n\nShare this:\nFacebook\nTwitter\n\n"
        "Please donate to keep our journalism free. Your support matters.\n\n"
        "5 Comments\nJohn says:\nGreat news, I walk there every day.\nReply\n"
    ),
    "news/harbour.txt": (
        "Home\n\nA second article about the harbour festival that drew thousands of visitors over the "
        "long weekend, with music, food stalls and a parade of old boats along the quay.\n\nShare this:\n"
    ),
    # Same text as harbour.txt: a duplicate_of in its metadata.
    "news/harbour-copy.txt": (
        "Home\n\nA second article about the harbour festival that drew thousands of visitors over the "
        "long weekend, with music, food stalls and a parade of old boats along the quay.\n\nShare this:\n"
    ),
    # Characters outside the BMP before the removed lines: offsets must be code points.
    "news/café 😀.txt": (
        "Home\n\nThe naïve café owner 😀 said the new menu, served since March, brought more "
        "customers than any season before, and that she plans to open a second shop next spring.\n\n"
        "Share this:\nFacebook\n"
    ),
    # HTML: title, author, date and canonical URL reach the metadata; the date is `created`.
    "news/bridge.html": (
        "<!DOCTYPE html><html lang='en'><head><title>New footbridge opens | Town News</title>"
        "<meta name='author' content='Ana Lopez'>"
        "<meta property='article:published_time' content='2024-05-02T09:30:00Z'>"
        "<link rel='canonical' href='https://news.example.org/2024/05/bridge'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>"
        "<article><h1>New footbridge opens</h1><p>The new footbridge over the river opened on Thursday, "
        "linking the old mill district with the park on the eastern bank after two years of building work.</p>"
        "<p>Engineers said the bridge was designed to carry bicycles as well as people on foot, and that it "
        "would be lit at night by low lamps set into the railings.</p></article>"
        "<footer>Share this: Facebook Twitter</footer></body></html>"
    ),
    # Unreadable: a manifest error row, never a document row.
    "news/empty.txt": "",
}

ALL = "txt,jsonl,parquet"


def _write_corpus(raw: Path) -> None:
    for rel, text in PAGES.items():
        p = raw / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _clean(raw: Path, out: Path, *args: str, env: dict[str, str] | None = None) -> None:
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", *args], env=env)
    # exit 1: the empty page is an error row, as it should be
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.output
    assert (out / "manifest.jsonl").exists()


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _no_nulls(v: Any) -> bool:
    if isinstance(v, dict):
        return all(_no_nulls(x) for x in v.values())
    if isinstance(v, list):
        return all(_no_nulls(x) for x in v)
    return v is not None


def _keys(v: Any, prefix: str = "") -> list[str]:
    if isinstance(v, dict):
        return [k for key, x in v.items() for k in [prefix + key, *_keys(x, prefix + key + ".")]]
    return []


def _nonspace(s: str) -> str:
    return "".join(s.split())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("formats")
    raw = root / "raw"
    _write_corpus(raw)
    runs = {"raw": raw}
    runs["all"] = root / "all"
    _clean(raw, runs["all"], "--jobs", "1", "--format", ALL, "--attributes")
    runs["jobs2"] = root / "jobs2"
    _clean(raw, runs["jobs2"], "--jobs", "2", "--format", ALL, "--attributes")
    runs["jsonl"] = root / "jsonl"
    _clean(raw, runs["jsonl"], "--jobs", "1", "--format", "jsonl")
    return runs


@pytest.fixture(scope="module")
def manifest(corpus: dict[str, Path]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for line in (corpus["all"] / "manifest.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        rows.setdefault(r["page"], []).append(r)
    return rows


@pytest.fixture(scope="module")
def txt(corpus: dict[str, Path]) -> dict[str, str]:
    """The clean text of every page that was read, from the .txt tree (final newline removed)."""
    out = {}
    for rel in PAGES:
        p = corpus["all"] / (rel if rel.endswith(".txt") else rel + ".txt")
        if p.exists():
            out[rel] = p.read_text("utf-8").removesuffix("\n")
    return out


def test_layout(corpus: dict[str, Path]) -> None:
    out = corpus["all"]
    assert (out / "documents" / "part-00000.jsonl.gz").is_file()
    assert (out / "documents" / "part-00000.parquet").is_file()
    assert (out / "attributes" / "corpusclean" / "part-00000.jsonl.gz").is_file()
    assert not (corpus["jsonl"] / "attributes" / "corpusclean" / "part-00000.jsonl.gz").exists()
    assert not (corpus["jsonl"] / "news").exists(), "--format jsonl alone writes no .txt tree"


def test_parquet_rows_are_the_txt_output(corpus: dict[str, Path], txt: dict[str, str],
                                         manifest: dict[str, list[dict[str, Any]]]) -> None:
    rows = pq.read_table(corpus["all"] / "documents" / "part-00000.parquet").to_pylist()
    assert [r["id"] for r in rows] == sorted(txt), "one row per readable page, in page order; no error rows"
    assert "news/empty.txt" not in txt and manifest["news/empty.txt"][0]["category"] == "error"
    for r in rows:
        assert r["text"] == txt[r["id"]]
        assert r["source"] == "corpusclean"
        assert r["added"] == ""  # no SOURCE_DATE_EPOCH
        meta = r["metadata"]
        assert meta["chars_out"] == len(txt[r["id"]])
        assert meta["lang"] == "en"
        for c in CATEGORIES:
            assert meta["removed_chars"][c] == sum(len(m["text"]) for m in manifest[r["id"]] if m["category"] == c)
    by_id = {r["id"]: r for r in rows}
    html = by_id["news/bridge.html"]
    assert html["created"] == "2024-05-02T00:00:00.000Z"
    assert {k: html["metadata"][k] for k in ("title", "author", "date", "url", "site", "kind")} == {
        "title": "New footbridge opens", "author": "Ana Lopez", "date": "2024-05-02T00:00:00.000Z",
        "url": "https://news.example.org/2024/05/bridge", "site": "news.example.org", "kind": "html"}
    assert by_id["news/council.txt"]["created"] == "" and by_id["news/council.txt"]["metadata"]["kind"] == "text"
    assert by_id["news/harbour.txt"]["metadata"]["duplicate_of"] == "news/harbour-copy.txt"
    assert by_id["news/council.txt"]["metadata"]["duplicate_of"] == ""
    assert by_id["news/council.txt"]["metadata"]["removed_chars"]["donation"] > 0


def test_jsonl_with_attributes_is_source_text_and_spans(corpus: dict[str, Path], txt: dict[str, str],
                                                         manifest: dict[str, list[dict[str, Any]]]) -> None:
    out = corpus["all"]
    docs = _jsonl(out / "documents" / "part-00000.jsonl.gz")
    attrs = _jsonl(out / "attributes" / "corpusclean" / "part-00000.jsonl.gz")
    assert [d["id"] for d in docs] == [a["id"] for a in attrs] == sorted(txt), "attributes line up with documents"
    for d, a in zip(docs, attrs, strict=True):
        page = d["id"]
        assert list(d) == ["id", "text", "source", "added", "created", "metadata"]
        assert a["source"] == d["source"] == "corpusclean"
        assert d["metadata"]["chars_in"] == len(d["text"]), "with --attributes, text is the source text"
        assert d["metadata"]["chars_out"] == len(txt[page])
        assert set(a["attributes"]) == {f"corpusclean__{c}" for c in CATEGORIES}
        spans = sorted((c.removeprefix("corpusclean__"), s, e, score)
                       for c, v in a["attributes"].items() for s, e, score in v)
        want = sorted((m["category"], m["start"], m["end"], 1.0) for m in manifest[page])
        assert spans == want, "attribute spans are the manifest rows"
        for m in manifest[page]:
            assert d["text"][m["start"]:m["end"]] == m["text"], "spans index the document's text"
        # What Dolma's mixer does with span_replacement: the clean text's content remains.
        assert _nonspace(apply_spans(d["text"], a["attributes"])) == _nonspace(txt[page])
    emoji = next(d for d in docs if "😀" in d["id"])
    assert "😀" in emoji["text"] and "Share this:" not in apply_spans(
        emoji["text"], attrs[docs.index(emoji)]["attributes"])


def test_jsonl_without_attributes_is_the_clean_text(corpus: dict[str, Path], txt: dict[str, str]) -> None:
    docs = _jsonl(corpus["jsonl"] / "documents" / "part-00000.jsonl.gz")
    assert {d["id"]: d["text"] for d in docs} == txt
    all_rows = pq.read_table(corpus["all"] / "documents" / "part-00000.parquet").to_pylist()
    # the same metadata; Parquet adds the input documents' own, JSON-encoded (none here)
    assert [{**d["metadata"], "input_metadata": "{}"} for d in docs] == [r["metadata"] for r in all_rows]


def test_read_texts(corpus: dict[str, Path], txt: dict[str, str]) -> None:
    assert read_texts(corpus["jsonl"]) == txt  # JSONL without attributes: exact
    assert read_texts(corpus["all"]) == txt  # Parquet preferred over source-text JSONL: exact


def test_byte_identical_across_jobs_and_reruns(corpus: dict[str, Path]) -> None:
    first = output_tree(corpus["all"])
    assert first == output_tree(corpus["jobs2"]), "--jobs 1 and --jobs 2 give the same bytes"
    _clean(corpus["raw"], corpus["all"], "--jobs", "2", "--format", ALL, "--attributes")  # re-run, from cache
    assert output_tree(corpus["all"]) == first


def test_shards_roll_over_in_step(corpus: dict[str, Path], tmp_path: Path, txt: dict[str, str]) -> None:
    out = tmp_path / "sharded"
    limit = 700  # each source-text row is ~400-900 bytes: several shards, one oversize row alone
    _clean(corpus["raw"], out, "--jobs", "1", "--format", "jsonl,parquet", "--attributes", "--shard-bytes", str(limit))
    docs_dir, attr_dir = out / "documents", out / "attributes" / "corpusclean"
    names = sorted(p.name.removesuffix(".jsonl.gz") for p in docs_dir.glob("*.jsonl.gz"))
    assert len(names) >= 3
    assert names == [f"part-{i:05d}" for i in range(len(names))]
    assert sorted(p.name.removesuffix(".parquet") for p in docs_dir.glob("*.parquet")) == names
    assert sorted(p.name.removesuffix(".jsonl.gz") for p in attr_dir.glob("*.jsonl.gz")) == names
    ids: list[str] = []
    first_keys = None
    for name in names:
        docs = _jsonl(docs_dir / f"{name}.jsonl.gz")
        # Hugging Face datasets types a JSON column from the first shard: no nulls, same keys everywhere.
        for d in docs:
            assert _no_nulls(d)
            assert first_keys in (None, _keys(d))
            first_keys = _keys(d)
        size = len(gzip.decompress((docs_dir / f"{name}.jsonl.gz").read_bytes()))
        assert size <= limit or len(docs) == 1
        assert [d["id"] for d in docs] == [a["id"] for a in _jsonl(attr_dir / f"{name}.jsonl.gz")]
        assert [d["id"] for d in docs] == pq.read_table(docs_dir / f"{name}.parquet").column("id").to_pylist()
        ids += [d["id"] for d in docs]
    assert ids == sorted(txt)
    # verify reads Parquet here; the same run without Parquet goes through the attribute spans
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output
    texts = read_texts(out)
    assert {k: _nonspace(v) for k, v in texts.items()} == {k: _nonspace(v) for k, v in txt.items()}
    # A re-run with one big shard leaves no stale part-00001.. behind, in any format.
    _clean(corpus["raw"], out, "--jobs", "1", "--format", "jsonl", "--attributes")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("part-*")) == [
        "attributes/corpusclean/part-00000.jsonl.gz", "documents/part-00000.jsonl.gz"]
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "0 failed" in res.output, res.output
    assert {k: _nonspace(v) for k, v in read_texts(out).items()} == {k: _nonspace(v) for k, v in txt.items()}


def test_added_and_created(corpus: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "dated"
    _clean(corpus["raw"], out, "--jobs", "1", "--format", "jsonl,parquet", env={"SOURCE_DATE_EPOCH": "1700000000"})
    docs = _jsonl(out / "documents" / "part-00000.jsonl.gz")
    assert {d["added"] for d in docs} == {"2023-11-14T22:13:20.000Z"}
    assert set(pq.read_table(out / "documents" / "part-00000.parquet").column("added").to_pylist()) == {
        "2023-11-14T22:13:20.000Z"}
    assert added_stamp({}) == ""
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        added_stamp({"SOURCE_DATE_EPOCH": "yesterday"})


def test_verify_reads_jsonl_only_run(corpus: dict[str, Path]) -> None:
    res = CliRunner().invoke(main, ["verify", str(corpus["jsonl"])])
    assert res.exit_code == 0 and "verified 5 pages: 0 failed" in res.output, res.output


def _rewrite_jsonl(path: Path, change: Any) -> None:
    rows = _jsonl(path)
    change(rows[0])
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))


@pytest.mark.parametrize("tamper", ["document text", "attribute spans", "parquet text", "extra document"])
def test_verify_checks_every_corpus_file_not_only_the_txt_tree(corpus: dict[str, Path], tmp_path: Path,
                                                              tamper: str) -> None:
    # The shards are what goes to training or to Dolma's mixer: an edit of any of them, in a
    # run that also wrote the .txt tree, fails verify.
    import shutil

    out = tmp_path / "run"
    shutil.copytree(corpus["all"], out)
    docs, attrs = out / "documents" / "part-00000.jsonl.gz", out / "attributes" / "corpusclean" / "part-00000.jsonl.gz"
    if tamper == "document text":
        _rewrite_jsonl(docs, lambda r: r.update(text="COMPLETELY REPLACED TEXT"))
        expected = "JSONL documents and attributes"
    elif tamper == "attribute spans":
        _rewrite_jsonl(attrs, lambda r: r.update(attributes={k: [] for k in r["attributes"]}))
        expected = "cutting out the removed spans"
    elif tamper == "parquet text":
        table = pq.read_table(out / "documents" / "part-00000.parquet")
        texts = table.column("text").to_pylist()
        texts[0] = "COMPLETELY REPLACED TEXT"
        table = table.set_column(table.schema.get_field_index("text"), "text", __import__("pyarrow").array(texts))
        pq.write_table(table, out / "documents" / "part-00000.parquet")
        expected = "Parquet documents hold another text"
    else:
        _rewrite_jsonl(docs, lambda r: None)
        table = pq.read_table(out / "documents" / "part-00000.parquet")
        rows = table.to_pylist()
        rows.append({**rows[0], "metadata": {**rows[0]["metadata"], "page": "not-a-page.html"}})
        pq.write_table(__import__("pyarrow").Table.from_pylist(rows, schema=table.schema),
                       out / "documents" / "part-00000.parquet")
        expected = "a document for a page the run did not have"
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code != 0 and expected in res.output, res.output
    assert "0 failed" not in res.output


def test_bad_format_options_stop_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    _write_corpus(raw)
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "o1"), "--format", "txt", "--attributes"])
    assert res.exit_code == 2 and "add jsonl to --format" in res.output
    assert not (tmp_path / "o1").exists()
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    monkeypatch.setitem(__import__("sys").modules, "pyarrow.parquet", None)
    with pytest.raises(FormatError, match=r"pip install 'corpusclean\[parquet\]'"):
        check_formats(Config(formats=("parquet",)))
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "o2"), "--format", "parquet"])
    assert res.exit_code == 2 and "needs pyarrow" in res.output
    assert not (tmp_path / "o2").exists()


def test_shard_plan() -> None:
    plan = ShardPlan(10)
    assert [plan.place(n) for n in (4, 6, 1, 25, 3, 3)] == [False, False, True, True, True, False]
    assert plan.shards == 4


def test_apply_spans_merges_overlaps() -> None:
    attrs = {"corpusclean__chrome": [[0, 4, 1.0], [10, 12, 1.0]], "corpusclean__duplicate": [[2, 6, 1.0]],
             "other__x": [[6, 8, 1.0]]}
    assert apply_spans("abcdefghijklmn", attrs) == "ghijmn"


def test_parquet_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpusclean.output import parquet

    monkeypatch.setattr(parquet, "ROW_GROUP_BYTES", 100)
    rows = [{"id": f"p{i}", "text": "word " * 30, "source": "corpusclean", "added": "", "created": "",
             "metadata": {"chars_in": i, "removed_chars": {}}} for i in range(5)]
    blobs = []
    for name in ("a", "b"):
        shards = parquet.ParquetShards(tmp_path / name)
        for r in rows:
            shards.write(r, 60)
        shards.close()
        blobs.append((tmp_path / name / "part-00000.parquet").read_bytes())
    assert blobs[0] == blobs[1]
    f = pq.ParquetFile(tmp_path / "a" / "part-00000.parquet")
    assert f.metadata.num_row_groups == 3  # 60+60 bytes reach 100: groups of 2, 2, 1
    got = f.read().to_pylist()
    assert [r["id"] for r in got] == [r["id"] for r in rows]
    assert got[3]["metadata"]["chars_in"] == 3 and got[3]["metadata"]["title"] is None


def test_abort_leaves_no_temporary_files(tmp_path: Path) -> None:
    from corpusclean.output.corpus_formats import CorpusWriter
    from corpusclean.output.record import Rendered

    w = CorpusWriter(tmp_path, Config(formats=("jsonl", "parquet"), attributes=True, shard_bytes=10), "")
    for i in range(3):
        w.add(Rendered(page=f"p{i}", text="clean", source="menu clean", error=None,
                       rows=[{"start": 0, "end": 4, "category": "chrome"}], repairs=[], comments=[], stats={},
                       metadata={"chars_in": 10, "chars_out": 5, "removed_chars": {"chrome": 4}}))
    w.abort()
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert not [n for n in left if ".tmp-" in n]
    # every row overflows 10 bytes: shards 0 and 1 were finished, the one being written is gone
    assert left == ["attributes/corpusclean/part-00000.jsonl.gz", "attributes/corpusclean/part-00001.jsonl.gz",
                    "documents/part-00000.jsonl.gz", "documents/part-00000.parquet",
                    "documents/part-00001.jsonl.gz", "documents/part-00001.parquet"]


def test_an_aborted_parquet_shard_whose_close_fails_says_nothing_more(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full while the Parquet shard's footer is written: the run stops with its one
    message; the writer left open printed a traceback from its __del__ at exit."""
    import gc

    from corpusclean.output.parquet import ParquetShards

    class FullDisk:
        def close(self) -> None:
            raise OSError(28, "No space left on device")

    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    shards = ParquetShards(tmp_path)
    shards._writer.writer = FullDisk()  # the footer cannot be written
    shards.abort()
    del shards
    gc.collect()
    assert unraisable == []
    assert list(tmp_path.iterdir()) == []  # the shard's temporary file is gone


# Documents read from document files keep what their input said of them (output/documents.py).

DOLMA_DOCS = [
    # Dolma's shape; its metadata has keys corpusclean writes too (lang, page): those keep the
    # input's values, corpusclean's go under corpusclean_<key>. (A text "page": JSONL loads as
    # a table when a key holds one type in every row, and the other rows' "page" is corpusclean's.)
    {"id": "c4-0001", "text": PAGES["news/council.txt"], "source": "c4", "added": "2023-03-14T19:02:11.461Z",
     "created": "2019-04-20T10:11:12Z",
     "metadata": {"url": "https://c4.example/council", "lang": "xx", "license": "cc-by", "page": "p. 7"}},
    # Hugging Face's shape (FineWeb): no metadata object; the other fields become the metadata
    {"id": 42, "text": PAGES["news/harbour.txt"], "url": "https://fw.example/harbour", "dump": "CC-MAIN-2024-10",
     "token_count": 61, "tags": ["news", "local"]},
    # no id, no source, no dates: the page id, "corpusclean", the run's added
    {"text": PAGES["news/café 😀.txt"]},
]


def _dolma_input(raw: Path) -> None:
    (raw / "documents").mkdir(parents=True)
    (raw / "documents" / "c4-0000.json.gz").write_bytes(
        gzip.compress("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOLMA_DOCS).encode()))


@pytest.fixture(scope="module")
def dolma(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("dolma")
    raw = root / "raw"
    _dolma_input(raw)
    runs = {"raw": raw}
    for name, jobs in (("j1", "1"), ("j2", "2")):
        runs[name] = root / name
        res = CliRunner().invoke(main, ["clean", str(raw), str(runs[name]), "-q", "--jobs", jobs, "--format", ALL,
                                        "--attributes"], env={"SOURCE_DATE_EPOCH": "1700000000"})
        assert res.exit_code == 0, res.output
    return runs


def test_document_ids_sources_dates_and_metadata_are_carried(dolma: dict[str, Path]) -> None:
    out = dolma["j1"]
    prefix = "documents/c4-0000.json.gz/"
    docs = {d["metadata"].get("corpusclean_page") or d["metadata"]["page"]: d
            for d in _jsonl(out / "documents" / "part-00000.jsonl.gz")}
    assert set(docs) == {prefix + "c4-0001", prefix + "42", prefix + "line-000003"}, "page ids as before"

    c4 = docs[prefix + "c4-0001"]
    assert (c4["id"], c4["source"], c4["added"]) == ("c4-0001", "c4", "2023-03-14T19:02:11.461Z")
    assert c4["created"] == "2019-04-20T10:11:12.000Z", "a time to the second is written in the full form"
    meta = c4["metadata"]
    assert list(meta)[:4] == ["url", "lang", "license", "page"], "the input's metadata first, as given"
    assert (meta["lang"], meta["license"], meta["page"]) == ("xx", "cc-by", "p. 7")
    assert meta["corpusclean_lang"] == "en" and meta["corpusclean_page"] == prefix + "c4-0001"
    assert meta["corpusclean_url"] == meta["url"] == "https://c4.example/council"
    assert "chrome" in meta["removed_chars"] and meta["chars_out"] < meta["chars_in"]

    fw = docs[prefix + "42"]
    assert (fw["id"], fw["source"], fw["added"]) == ("42", "corpusclean", "2023-11-14T22:13:20.000Z")
    assert fw["metadata"]["dump"] == "CC-MAIN-2024-10" and fw["metadata"]["tags"] == ["news", "local"]
    assert fw["metadata"]["token_count"] == 61 and fw["metadata"]["url"] == "https://fw.example/harbour"
    assert "text" not in fw["metadata"] and "corpusclean_url" not in fw["metadata"], "fields read are not repeated"

    bare = docs[prefix + "line-000003"]
    assert (bare["id"], bare["source"], bare["created"]) == (prefix + "line-000003", "corpusclean", "")
    assert bare["metadata"]["page"] == bare["id"] and "corpusclean_page" not in bare["metadata"]

    # Dolma's mixer pairs attributes with documents by (source, id): the documents' own
    attrs = _jsonl(out / "attributes" / "corpusclean" / "part-00000.jsonl.gz")
    assert [(a["id"], a["source"]) for a in attrs] == [
        (d["id"], d["source"]) for d in _jsonl(out / "documents" / "part-00000.jsonl.gz")]

    # Parquet: corpusclean's keys in a fixed struct, the input's metadata as JSON text
    rows = {r["metadata"]["page"]: r for r in pq.read_table(out / "documents" / "part-00000.parquet").to_pylist()}
    assert set(rows) == set(docs)
    for page, d in docs.items():
        r = rows[page]
        assert {k: r[k] for k in ("id", "source", "added", "created")} == {
            k: d[k] for k in ("id", "source", "added", "created")}
    assert json.loads(rows[prefix + "c4-0001"]["metadata"]["input_metadata"]) == DOLMA_DOCS[0]["metadata"]
    assert rows[prefix + "c4-0001"]["metadata"]["lang"] == "en"
    assert json.loads(rows[prefix + "42"]["metadata"]["input_metadata"]) == {
        "dump": "CC-MAIN-2024-10", "token_count": 61, "tags": ["news", "local"]}
    assert rows[prefix + "line-000003"]["metadata"]["input_metadata"] == "{}"

    # the page id still finds a document's text: verify and read_texts go by metadata.page
    assert set(read_texts(out)) == set(docs)
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 3 pages: 0 failed" in res.output, res.output


def test_carried_fields_are_byte_identical_across_jobs_and_reruns(dolma: dict[str, Path]) -> None:
    first = output_tree(dolma["j1"])
    assert first == output_tree(dolma["j2"])
    # a re-run prepares nothing (every page from pass one's cache) and writes the same bytes
    res = CliRunner().invoke(main, ["clean", str(dolma["raw"]), str(dolma["j1"]), "-q", "--jobs", "2",
                                    "--format", ALL, "--attributes"], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert res.exit_code == 0, res.output
    assert output_tree(dolma["j1"]) == first


def test_carried_documents_load_with_pyarrow_and_hf_datasets(dolma: dict[str, Path], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.json as paj

    out = dolma["j1"]
    table = paj.read_json(io.BytesIO(gzip.decompress((out / "documents" / "part-00000.jsonl.gz").read_bytes())))
    assert table.num_rows == 3 and str(table.schema.field("created").type) == "string"
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    for fmt, pattern in (("json", "*.jsonl.gz"), ("parquet", "*.parquet")):
        ds = datasets.load_dataset(fmt, data_files=str(out / "documents" / pattern), split="train",
                                   cache_dir=str(tmp_path / "cache"))
        assert sorted(ds["id"]) == sorted(["c4-0001", "42", "documents/c4-0000.json.gz/line-000003"])
        assert sorted(ds["source"]) == ["c4", "corpusclean", "corpusclean"]


def test_a_lone_surrogate_in_a_documents_fields_leaves_the_corpus_files_readable(tmp_path: Path) -> None:
    """Scraped JSON may hold half a surrogate pair ("\\ud83d") in any field. The corpus files
    carry U+FFFD in its place, in JSONL and Parquet alike: an escaped lone surrogate makes
    pyarrow, Hugging Face datasets and Dolma's mixer refuse the whole file."""
    import pyarrow.json as paj

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    doc = {"id": "doc-\ud83d", "source": "crawl\udc00", "text": PAGES["news/harbour.txt"],
           "metadata": {"url": "https://x.example/\ud83d", "note\ud83d": ["a\udfff"]}}
    (raw / "docs.jsonl").write_text(json.dumps(doc) + "\n", "utf-8")  # ASCII escapes, as json writes
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "-j", "1", "--format", "jsonl,parquet",
                                    "--attributes"])
    assert res.exit_code == 0, res.output
    blob = gzip.decompress((out / "documents" / "part-00000.jsonl.gz").read_bytes())
    assert b"\\ud8" not in blob.lower() and b"\\udc" not in blob.lower()
    row = paj.read_json(io.BytesIO(blob)).to_pylist()[0]
    assert (row["id"], row["source"]) == ("doc-\ufffd", "crawl\ufffd")
    assert row["metadata"]["url"] == "https://x.example/\ufffd" and row["metadata"]["note\ufffd"] == ["a\ufffd"]
    attrs = _jsonl(out / "attributes" / "corpusclean" / "part-00000.jsonl.gz")
    assert [(a["id"], a["source"]) for a in attrs] == [("doc-\ufffd", "crawl\ufffd")]
    prow = pq.read_table(out / "documents" / "part-00000.parquet").to_pylist()[0]
    assert (prow["id"], prow["source"]) == (row["id"], row["source"])
    res = CliRunner().invoke(main, ["verify", str(out)])
    assert res.exit_code == 0 and "verified 1 pages: 0 failed" in res.output, res.output


def test_a_binary_id_names_its_page_as_text(tmp_path: Path) -> None:
    """A Parquet id column of bytes: the page is named by the id's text, as the output's `id` is."""
    import pyarrow as pa

    raw = tmp_path / "raw"
    raw.mkdir()
    pq.write_table(pa.table({"id": pa.array([b"doc-7", b"a/b"], pa.binary()),
                             "text": [PAGES["news/harbour.txt"], PAGES["news/harbour.txt"].replace("harbour", "ferry")]}),
                   raw / "train.parquet")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "-j", "1", "--format", "txt,jsonl"])
    assert res.exit_code == 0, res.output
    pages = [json.loads(line) for line in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert sorted((p["page"], p["id"]) for p in pages) == [("train.parquet/a_b", "a/b"), ("train.parquet/doc-7", "doc-7")]


def test_parquet_documents_keep_their_typed_fields(tmp_path: Path) -> None:
    """A Hugging Face Parquet file: an int id, a timestamp column, bytes, a nested column."""
    import datetime as dt

    import pyarrow as pa

    raw = tmp_path / "raw"
    raw.mkdir()
    when = dt.datetime(2024, 3, 1, 12, 30, tzinfo=dt.timezone.utc)
    pq.write_table(pa.Table.from_pylist([
        {"id": 7, "text": PAGES["news/harbour.txt"], "created": when, "crawled": when, "raw_bytes": b"ab",
         "score": float("nan"), "metadata": {"lang": "en", "labels": ["a"], "page": 3}}]), raw / "train-00000.parquet")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-q", "-j", "1", "--format", "jsonl,parquet"])
    assert res.exit_code == 0, res.output
    (doc,) = _jsonl(out / "documents" / "part-00000.jsonl.gz")
    assert (doc["id"], doc["created"]) == ("7", "2024-03-01T12:30:00.000Z")
    meta = doc["metadata"]
    assert meta["labels"] == ["a"] and meta["lang"] == "en" and meta["corpusclean_lang"] == "en"
    assert meta["page"] == 3 and meta["corpusclean_page"] == "train-00000.parquet/7"
    assert meta["crawled"] == "2024-03-01T12:30:00+00:00" and meta["raw_bytes"] == "ab"
    assert meta["score"] is None, "JSON has no NaN: null"
    assert list(read_texts(out)) == ["train-00000.parquet/7"], "the page id, found under corpusclean_page"
    (row,) = pq.read_table(out / "documents" / "part-00000.parquet").to_pylist()
    assert row["metadata"]["page"] == "train-00000.parquet/7"
    assert json.loads(row["metadata"]["input_metadata"]) == {
        "lang": "en", "labels": ["a"], "page": 3, "crawled": "2024-03-01T12:30:00+00:00", "raw_bytes": "ab", "score": None}


def test_timestamps_pyarrow_would_type_are_written_in_full() -> None:
    from corpusclean.output.documents import timestamp

    assert timestamp("2024-05-02") == "2024-05-02T00:00:00.000Z"
    assert timestamp("2024-05-02T10:11:12Z") == "2024-05-02T10:11:12.000Z"  # a WARC-Date
    assert timestamp("2024-05-02 10:11") == "2024-05-02T10:11:00.000Z"
    assert timestamp("2024-05-02T01:11:12+02:00") == "2024-05-01T23:11:12.000Z"
    assert timestamp("2024-05-02T10:11:12-0130") == "2024-05-02T11:41:12.000Z"
    # read as strings already, or no date: as given
    assert timestamp("2023-03-14T19:02:11.461Z") == "2023-03-14T19:02:11.461Z"
    assert timestamp("last spring") == "last spring" and timestamp(None) == ""
