"""`report --html`: one self-contained HTML file with the summary and every page viewable.

Layout of the file, so that a 10,000-page report paints fast and holds only what is shown:

* the summary as static HTML (paints before anything else is parsed);
* ``<script type="application/json" id="index">``: one short row per page (name, kept and
  removed characters, rule and language ids), from which report.js renders the page list,
  100 rows at a time;
* the app script (report.js);
* one ``<script type="application/json" id="p<N>">`` per page: the page's source text cut
  into pieces, ``[-1, kept text]`` or ``[rule id, removed text, language id or -1, detail]``
  (the last two only when there is a language or a detail). It is parsed only when the page is opened (or a text search
  reads it).

Page blocks are streamed to a temporary file while the raw input is read once, then the head
is written and the blocks copied behind it.

Security: page text is hostile. JSON in script tags goes through `script_json` (it cannot
close the tag); the summary is escaped by html_summary; report.js only uses textContent. A
Content-Security-Policy allows nothing but the hashes of the one inline script and style:
no network, no other script, no inline event handlers.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from ..output.jsonl import valid_unicode
from ..output.runfiles import NotARunError, Run, iter_manifest, kept_text_reader, read_pages
from .html_summary import REPORT_CATEGORIES, summary_html
from .safe import script_json
from .show import split_source
from .sources import RawPage, quotes_source, raw_pages, sources
from .summary import Tallies


def _asset(name: str) -> str:
    return resources.files("corpusclean.audit").joinpath(name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def csp(script: str, style: str) -> str:
    """Nothing may load or run except the report's own inline script and style."""
    return (f"default-src 'none'; script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


class _Cursor:
    """The manifest's rows of each page, read in step with the input (both are in run order).

    Pages not yet asked for are kept aside, so a different order is still correct (only slower).
    """

    def __init__(self, out: Path, pages_with_rows: set[str]) -> None:
        self._rows = iter_manifest(out)
        self._has = pages_with_rows
        self._aside: dict[str, list[dict[str, Any]]] = {}
        self._next: dict[str, Any] | None = next(self._rows, None)

    def _group(self) -> tuple[str, list[dict[str, Any]]] | None:
        if self._next is None:
            return None
        page, group = self._next["page"], [self._next]
        for r in self._rows:
            if r["page"] != page:
                self._next = r
                break
            group.append(r)
        else:
            self._next = None
        return page, group

    def take(self, page: str) -> list[dict[str, Any]]:
        if page in self._aside:
            return self._aside.pop(page)
        if page not in self._has:
            return []
        while (g := self._group()) is not None:
            if g[0] == page:
                return g[1]
            self._aside.setdefault(g[0], []).extend(g[1])
        return []

    def rest(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """Pages of the manifest that the input did not have (it moved or changed)."""
        yield from self._aside.items()
        self._aside = {}
        while (g := self._group()) is not None:
            yield g


class _Tables:
    """String tables (rules, languages) so page rows carry small ids."""

    def __init__(self) -> None:
        self.rules: dict[tuple[str, str], int] = {}
        self.langs: dict[str, int] = {}

    def rule(self, category: str, rule: str) -> int:
        return self.rules.setdefault((category, rule), len(self.rules))

    def lang(self, lang: str) -> int:
        return self.langs.setdefault(lang, len(self.langs))


def _page_entry(page: RawPage, rows: list[dict[str, Any]], source: str | None, why: str, kept: str | None,
                t: _Tables, info: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """(index row, page block data) of one page."""
    errors = [r for r in rows if r["category"] == "error"]
    removed = [r for r in rows if r["category"] != "error"]
    removed.sort(key=lambda r: (r["start"], r["end"]))
    data: dict[str, Any] = {}
    if page.url:
        data["url"] = page.url
    if errors:
        data["err"] = "; ".join(f"{e['rule']}: {e.get('message', '')}" for e in errors)
    elif not removed:
        data["p"] = [[-1, kept or ""]]
        if kept is None:
            data["note"] = "no clean text was written for this page"
    elif source is not None and quotes_source(source, removed):
        data["p"] = [_piece(text, r, t) for text, r in split_source(source, removed)]
    else:
        data["note"] = ((why or "the input changed since the run (the manifest no longer quotes it)")
                        + "; below: the kept text, then each removed segment")
        data["p"] = [[-1, kept or ""]]
        for r in removed:
            data["p"] += [[-1, "\n\n"], _piece(r["text"], r, t)]
    rule_ids = sorted({t.rule(r["category"], r["rule"]) for r in removed})
    lang_ids = sorted({t.lang(r["lang"]) for r in removed if r.get("lang")})
    row = [valid_unicode(page.id), len(kept) if kept else 0, sum(len(r["text"]) for r in removed), len(removed),
           rule_ids, lang_ids, 1 if errors else 0, valid_unicode(info.get("title") or ""),
           valid_unicode(info.get("url") or page.url or "")]
    return row, data


def _piece(text: str, r: dict[str, Any] | None, t: _Tables) -> list[Any]:
    if r is None:
        return [-1, text]
    p: list[Any] = [t.rule(r["category"], r["rule"]), text]
    if r.get("lang") or r.get("detail"):
        p.append(t.lang(r["lang"]) if r.get("lang") else -1)
    if r.get("detail"):
        p.append(r["detail"])
    return p


def _write_pages(run: Run, tallies: Tallies, f: TextIO, jobs: int) -> tuple[list[list[Any]], _Tables]:
    has_rows = set(tallies.pages) | {p for items in tallies.errors.values() for p, _ in items}
    cursor = _Cursor(run.out, has_rows)
    kept = kept_text_reader(run)
    try:
        infos = read_pages(run.out)  # titles and URLs for the page list
    except NotARunError:
        infos = {}
    t = _Tables()
    index: list[list[Any]] = []
    seen: set[str] = set()

    def emit(page: RawPage, rows: list[dict[str, Any]], source: str | None, why: str) -> None:
        row, data = _page_entry(page, rows, source, why, kept(page.id), t, infos.get(page.id, {}))
        f.write(f'<script type="application/json" id="p{len(index)}">{script_json(data)}</script>\n')
        index.append(row)

    wanted = tallies.pages.__contains__  # only pages with removals need their source
    for page, source, why in sources(raw_pages(run.raw, run.out, run.config), run.config, wanted, jobs):
        if page.id in seen:
            continue
        seen.add(page.id)
        emit(page, cursor.take(page.id), source, why)
    for page_id, rows in cursor.rest():
        if page_id not in seen:
            seen.add(page_id)
            emit(RawPage(page_id, None), rows, None, f"page {page_id} is not in the input folder {run.raw} any more")
    return index, t


def _fill(template: str, values: dict[str, str]) -> str:
    # One pass, so text put in by one placeholder is never searched for another.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def write_report(run: Run, path: Path, summary: dict[str, Any], tallies: Tallies, jobs: int = 1) -> int:
    """Write the report to `path` (atomically); returns the number of pages in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as blocks:
        index, t = _write_pages(run, tallies, blocks, jobs)
        blocks.seek(0)
        script, style = _asset("report.js"), _asset("report.css")
        title = f"corpusclean report: {run.out.resolve().name}"
        versions = run.info.get("versions", {})
        subtitle = (f"output {run.out.resolve()} · input {run.raw} · corpusclean {versions.get('corpusclean', '?')}"
                    f" · report written {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
        cats = list(REPORT_CATEGORIES)
        extra = sorted({c for c, _ in t.rules} - set(cats))
        data = {
            "cats": cats + extra,
            "catClass": [f"c{i}" for i in range(len(cats))] + ["cx"] * len(extra),
            "rules": [[(cats + extra).index(c), r] for (c, r) in t.rules],
            "langs": list(t.langs),
            "pages": index,
        }
        page_index = {row[0]: i for i, row in enumerate(index)}
        head, tail = _asset("report.html").split("{{pages}}")
        values = {
            "csp": html.escape(csp(script, style)), "title": html.escape(valid_unicode(title)),
            "subtitle": html.escape(valid_unicode(subtitle)), "style": style, "script": script,
            "summary": summary_html(summary, page_index), "index": script_json(data),
        }
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(_fill(head, values))
                shutil.copyfileobj(blocks, f, 1 << 20)
                f.write(_fill(tail, values))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    return len(index)
