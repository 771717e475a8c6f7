"""Corpus formats: JSONL and Parquet shards, Dolma attributes, read back and compared to the .txt tree.

A handful of small runs over one tiny corpus, shared by the module: every format is read
back with plain json+gzip and pyarrow (not with corpusclean's own reader) and checked
against the .txt output and the manifest.
"""

from __future__ import annotations

import gzip
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
    assert [d["metadata"] for d in docs] == [r["metadata"] for r in all_rows]


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
