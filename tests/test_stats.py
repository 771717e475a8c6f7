"""stats.json keeps every counter the stages emit."""

from __future__ import annotations

from pathlib import Path


def test_every_counter_a_stage_emits_reaches_stats_json() -> None:
    """summarise keeps counters it has no special place for (the extractor's, for one)."""
    from collections import Counter

    from corpusclean import Config
    from corpusclean.pipeline import prepare
    from corpusclean.policy import decide
    from corpusclean.run.writer import summarise

    html = (Path(__file__).parent / "fixtures" / "html" / "article.html").read_bytes()
    page = prepare(html, "article.html", Config())
    decide(page, Config())
    c = Counter({k: v for k, v in page.stats.items() if not k.startswith(("seconds_", "time:"))})
    c.update({"extract:overruled": 2, "extract_fallback": 1, "pages": 1, "some_stage:odd_counter": 3,
              "plain_counter": 4})
    out = summarise(c)

    def reached(key: str) -> bool:
        parts = key.split(":")
        if parts[0] == "stage":
            return parts[2] in out["stages"].get(parts[1], {})
        if parts[0] in ("removed_rows", "removed_chars"):
            return parts[2] in out["removed"][parts[1]]["rules"]
        if parts[0] in ("lang_blocks", "lang_chars"):
            return parts[1] in out["languages"]
        if parts[0].startswith("extract"):
            return out["extraction"].get(key) == c[key]
        if len(parts) > 1:
            return out["stages"].get(parts[0], {}).get(":".join(parts[1:])) == c[key]
        return key in out or out["counters"].get(key) == c[key]

    missing = [k for k in c if not reached(k)]
    assert not missing, missing
    assert out["extraction"]["extract:overruled"] >= 2 and out["extraction"]["extract_fallback"] >= 1
    assert out["stages"]["some_stage"]["odd_counter"] == 3 and out["counters"]["plain_counter"] == 4


def test_run_json_times_every_stage(tmp_path: Path) -> None:
    """Times per stage go to run.json (stats.json stays byte-identical between runs)."""
    import json

    from corpusclean import Config
    from corpusclean.classify import STAGES
    from corpusclean.run.local import run

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.html").write_bytes((Path(__file__).parent / "fixtures" / "html" / "article.html").read_bytes())
    run(raw, tmp_path / "out", Config(), jobs=1)
    info = json.loads((tmp_path / "out" / "run.json").read_text("utf-8"))
    assert set(info["timings"]["stage_ms"]) == {"language"} | {name for name, _ in STAGES}
    assert "prepare_ms" in info["timings"]
    stats = (tmp_path / "out" / "stats.json").read_text("utf-8")
    assert "time:" not in stats and "seconds" not in stats


def test_the_summary_line_counts_what_the_manifest_holds(tmp_path: Path) -> None:
    """The run's one line says how much the manifest removed and what the rest was (whitespace
    and repairs), so its numbers are the ones an auditor adds up from the manifest."""
    import json
    import re
    import shutil

    from click.testing import CliRunner

    from corpusclean.cli import main

    raw = tmp_path / "raw"
    shutil.copytree(Path(__file__).parent / "fixtures" / "html", raw)
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "out"), "-j", "1"])
    rows = [json.loads(x) for x in (tmp_path / "out" / "manifest.jsonl").read_text("utf-8").splitlines()]
    rows = [r for r in rows if r["category"] != "error"]
    m = re.search(r"([\d,]+) chars in, ([\d,]+) out \(([\d,]+) removed in ([\d,]+) manifest rows, "
                  r"(-?[\d,]+) whitespace and repairs\)", res.output)
    assert m, res.output
    chars_in, chars_out, removed, n, spaces = (int(g.replace(",", "")) for g in m.groups())
    assert (removed, n) == (sum(len(r["text"]) for r in rows), len(rows))
    assert chars_in == chars_out + removed + spaces and spaces >= 0
