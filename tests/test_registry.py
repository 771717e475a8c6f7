"""The rule registry: the README's table is the registry's, a rule nobody registered fails
loudly, and `show --rule` takes registered names only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpusclean.cli import main
from corpusclean.model import Block
from corpusclean.registry import RULES, UnknownRule, markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_rule_table_is_the_registry() -> None:
    text = README.read_text("utf-8")
    block = re.search(r"<!-- rules:start[^\n]*-->\n(.*?)<!-- rules:end -->", text, re.S)
    assert block is not None, "README has no rule table between the rules:start/end markers"
    assert block.group(1) == markdown_table(), "README's rule table differs: python -m corpusclean.registry"


def test_an_unregistered_rule_fails_loudly() -> None:
    b = Block(0, 5, "Hello")
    b.add("chrome", "share_line")
    with pytest.raises(UnknownRule, match="shrae_line"):
        b.add("chrome", "shrae_line")


def test_every_rule_has_a_category_and_a_description() -> None:
    assert all(r.category in ("chrome", "donation", "comments", "duplicate", "language", "title", "markup", "error")
               and r.description for r in RULES.values())


def test_show_rule_takes_registered_names(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "p.txt").write_text("Home\n\nThe council met on Monday to discuss the budget for the new tram line in "
                               "the north of the city, which has been delayed twice.\n\nShare this:\n", "utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q"]).exit_code == 0
    ok = CliRunner().invoke(main, ["show", str(out), "p.txt", "--rule", "share_line", "--no-color"])
    assert ok.exit_code == 0 and "share_line" in ok.output, ok.output
    bad = CliRunner().invoke(main, ["show", str(out), "p.txt", "--rule", "share_lines"])
    assert bad.exit_code == 2 and "not a rule" in bad.output and "share_line" in bad.output, bad.output


def test_every_registered_rule_is_used() -> None:
    """A rule in the registry that no code names is a leftover (its behaviour was removed)."""
    src = Path(__file__).resolve().parents[1] / "src" / "corpusclean"
    code = "\n".join(p.read_text("utf-8") for p in src.rglob("*.py") if p.name != "registry.py")
    assert [r for r in RULES if f'"{r}"' not in code] == []
