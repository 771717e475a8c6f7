"""corpusclean inside datatrove pipelines and Hugging Face datasets, and corpusclean's own
JSONL shards read back by Hugging Face's JSON loader."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpusclean import clean_page
from corpusclean.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "html"
TEXT_PAGE = (
    "Home\nNews\nContact\n\n"
    "The city council voted on Tuesday to approve a new budget for the parks department, after a "
    "debate that ran late into the evening and drew dozens of residents to the public gallery.\n\n"
    "Share this:\nFacebook\nTwitter\n"
)


def _docs() -> list[dict]:  # type: ignore[type-arg]
    html = (FIXTURES / "article.html").read_text("utf-8")
    return [{"id": "a", "text": html, "metadata": {"url": "https://example.com/news/article-1"}},
            {"id": "b", "text": TEXT_PAGE, "metadata": {}},
            {"id": "c", "text": "<html><body><script>var x = 1;</script></body></html>", "metadata": {}}]  # no text


def test_datatrove_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from corpusclean.integrations.datatrove import CorpusClean

    src, dst, logs = tmp_path / "in", tmp_path / "out", tmp_path / "logs"
    src.mkdir()
    with gzip.open(src / "docs.jsonl.gz", "wt", encoding="utf-8") as f:
        for d in _docs():
            f.write(json.dumps(d) + "\n")
    LocalPipelineExecutor(pipeline=[JsonlReader(str(src)), CorpusClean(), JsonlWriter(str(dst))],
                          tasks=1, workers=1, logging_dir=str(logs)).run()
    written = [json.loads(line) for p in sorted(dst.glob("*.jsonl.gz"))
               for line in gzip.decompress(p.read_bytes()).decode("utf-8").splitlines()]
    by_id = {d["id"]: d for d in written}
    assert set(by_id) == {"a", "b"}  # the document with no text is dropped
    for d in written:
        want = clean_page(next(x["text"] for x in _docs() if x["id"] == d["id"]),
                          url=d["metadata"].get("url"), page_id=d["id"])
        assert d["text"] == want.text
    assert "The village council met on Tuesday evening" in by_id["a"]["text"]
    assert "Related articles" not in by_id["a"]["text"]
    meta = by_id["b"]["metadata"]["corpusclean"]
    assert meta["removed_chars"]["chrome"] > 0
    assert ["chrome", "share_line"] in [s[2:] for s in meta["removals"]]
    assert all(TEXT_PAGE[s[0]:s[1]] for s in meta["removals"])  # spans over the page's source
    stats = json.loads((logs / "stats.json").read_text("utf-8"))
    mine = next(s for s in stats if "corpusclean" in s["name"])
    assert mine["stats"]["documents"] == 3 and mine["stats"]["dropped"] == 1
    assert mine["stats"]["failed_empty_page"] == 1 and mine["stats"]["removed_chars_chrome"]["total"] > 0


def test_hf_datasets_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    datasets = pytest.importorskip("datasets")
    from corpusclean.integrations.hf import clean_batch

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    pages = [d["text"] for d in _docs()] * 3
    ds = datasets.Dataset.from_dict({"text": pages})
    out = ds.map(clean_batch, batched=True, batch_size=2, num_proc=2, fn_kwargs={"output": "clean"})
    assert out["clean"] == [clean_page(p).text for p in pages]
    assert out["corpusclean_error"][2] == "empty_page" and out["corpusclean_error"][1] == ""
    assert out["corpusclean_removed_chars"][1]["chrome"] > 0


def test_many_jsonl_shards_load_with_hf_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """First shard: every page declares a date; later shards: none does. pyarrow types a
    column from the first rows, so a plain day in the first shard and "" later would fail."""
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    article = (FIXTURES / "article.html").read_text("utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):  # dated HTML pages first (a-...), undated text pages after (b-...)
        dated = article.replace("<title>", f'<meta name="date" content="2024-05-0{i + 1}"><title>', 1)
        (raw / f"a-{i}.html").write_text(dated.replace("old mill", f"old mill number {i}"), "utf-8")
        (raw / f"b-{i}.txt").write_text(TEXT_PAGE.replace("Tuesday", f"day {i}"), "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--format", "jsonl",
                                    "--shard-bytes", "1500"])
    assert res.exit_code == 0, res.output
    shards = sorted((out / "documents").glob("*.jsonl.gz"))
    assert len(shards) >= 4
    first = [json.loads(line) for line in gzip.decompress(shards[0].read_bytes()).decode("utf-8").splitlines()]
    assert first and all(d["created"] for d in first)
    ds = datasets.load_dataset("json", data_files=str(out / "documents" / "*.jsonl.gz"), split="train",
                               cache_dir=str(tmp_path / "cache"))
    assert len(ds) == 12
    assert ds.features["created"].dtype == "string"
    assert sorted(ds["created"])[-1] == "2024-05-06T00:00:00.000Z" and "" in ds["created"]
    assert os.environ["HF_DATASETS_OFFLINE"] == "1"


def test_datatrove_documents_keep_their_id_and_metadata_through_a_run(tmp_path: Path) -> None:
    """Documents written by datatrove (its WarcReader's id, url and date; file_path from its
    reader) are cleaned by a corpusclean run and read back by datatrove: the same ids, the
    same metadata, corpusclean's keys beside it."""
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    html = (FIXTURES / "article.html").read_text("utf-8")
    given = [Document(text=html, id="<urn:uuid:3f0c6d1e-0000-4000-8000-000000000001>",
                      metadata={"url": "https://example.com/news/article-1", "date": "2024-02-20T08:15:00Z",
                                "file_path": "s3://crawl/CC-MAIN-2024-10/segment-1.warc.gz", "dump": "CC-MAIN-2024-10"}),
             Document(text=TEXT_PAGE, id="<urn:uuid:3f0c6d1e-0000-4000-8000-000000000002>",
                      metadata={"url": "https://example.com/news/budget", "date": "2024-02-20T08:16:00Z",
                                "file_path": "s3://crawl/CC-MAIN-2024-10/segment-1.warc.gz", "dump": "CC-MAIN-2024-10"})]
    raw, out = tmp_path / "raw", tmp_path / "out"
    with JsonlWriter(str(raw)) as writer:
        for d in given:
            writer.write(d)
    res = CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    docs = {d.id: d for d in JsonlReader(str(out / "documents"), glob_pattern="*.jsonl.gz")()}
    assert set(docs) == {d.id for d in given}
    for d in given:
        meta = docs[d.id].metadata
        assert {k: meta[k] for k in d.metadata} == d.metadata, "datatrove's metadata as it was"
        assert meta["source"] == "corpusclean" and meta["chars_out"] < meta["chars_in"]
        assert meta["corpusclean_url"] == d.metadata["url"] and meta["page"].startswith("00000.jsonl.gz/")
    assert "The village council met on Tuesday evening" in docs[given[0].id].text
    assert "Share this:" not in docs[given[1].id].text
