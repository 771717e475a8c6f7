"""The systems the benchmark compares, and how the benchmark pages are loaded.

Two benchmarks: ``bench/dev`` (English article pages with gold text) and ``bench/multi``
(multilingual pages with must/must-not snippets only, no gold text). ``Options`` says which
one a run is on; on multi the systems run as trafilatura's own evaluation runs them (jusText
gets the union of its stoplists) and corpusclean keeps every language (``--lang any``). On
every bench the HTML anchors decode the page's bytes themselves.

Each system is a function ``(data, url) -> text`` for one track:

- text track: ``data`` is the raw bytes of ``text/<id>.txt`` (a plain-text page dump);
- html track: ``data`` is the decompressed bytes of ``html/<id>.html.gz``;
- grid track: ``data`` is the page's HTML as inscriptis' ``get_text`` dumps it with its
  defaults, UTF-8: the text dump a Python scraper writes, tables printed as grids of padded
  columns (a page laid out in a table interleaves its menu and its article line by line).
  The systems read it as they read the text track.

The HTML anchors (trafilatura, jusText) cannot read plain text, so on the text track
they get each non-empty line of the dump as one ``<p>`` (``lines_to_html``).
"""

from __future__ import annotations

import gzip
import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

TRACKS = ("text", "html", "grid")
SYSTEMS = ("nothing", "trafilatura", "justext", "corpusclean")

#: The benchmarks, ../shared/bench/<name> relative to the project root.
BENCH_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
BENCHES = ("dev", "multi")
DEFAULT_BENCH = BENCH_ROOT / "dev"

Runner = Callable[[bytes, str | None], str]


@dataclass(frozen=True, slots=True)
class Options:
    """How the systems run on one benchmark."""

    multi: bool = False  # bench/multi: many languages, snippet gold only
    langs: tuple[str, ...] | None = None  # corpusclean's target languages; None: its default
    title: str | None = None  # corpusclean's --title; None: its default
    lang_detector: str | None = None  # corpusclean's --lang-detector; None: its default


def options_for(bench: Path, langs: tuple[str, ...] | None, title: str | None = None,
                lang_detector: str | None = None) -> Options:
    """bench/multi (no gold text, only snippets) runs corpusclean with ``--lang any`` unless
    told otherwise: its pages are in many languages."""
    multi = not any(g.article for g in load_gold(bench))
    return Options(multi=multi, langs=langs if langs is not None else (("any",) if multi else None), title=title,
                   lang_detector=lang_detector)


@dataclass(frozen=True, slots=True)
class Gold:
    """One line of gold.jsonl."""

    id: str
    url: str | None
    article: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def load_gold(bench: Path) -> list[Gold]:
    """All gold pages, in file order (ids ascending)."""
    pages = []
    with open(bench / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            pages.append(
                Gold(
                    id=str(row["id"]),
                    url=row.get("url"),
                    article=row.get("article") or "",
                    with_=tuple(row.get("with") or ()),
                    without=tuple(row.get("without") or ()),
                )
            )
    return pages


def select_pages(gold: Sequence[Gold], ids_file: Path | None, limit: int | None) -> list[Gold]:
    """Pages listed in ``ids_file`` (one id a line, ``#`` comments), then the first ``limit``."""
    pages = list(gold)
    if ids_file is not None:
        wanted = {
            line.strip()
            for line in ids_file.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        }
        pages = [g for g in pages if g.id in wanted]
    if limit is not None:
        pages = pages[:limit]
    return pages


def page_path(bench: Path, track: str, page_id: str) -> Path:
    if track == "text":
        return bench / "text" / f"{page_id}.txt"
    return bench / "html" / f"{page_id}.html.gz"


def load_page(bench: Path, track: str, page_id: str) -> bytes:
    """The page's input bytes for ``track`` (HTML is decompressed; the grid track's dump is
    made from it)."""
    path = page_path(bench, track, page_id)
    if track == "text":
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    return grid_dump(data) if track == "grid" else data


def grid_dump(data: bytes) -> bytes:
    """The page as inscriptis dumps it: decoded as trafilatura decodes a file (its declared
    charset, else a guess), then ``get_text`` with inscriptis' defaults."""
    from inscriptis import get_text
    from trafilatura.utils import decode_file

    return get_text(decode_file(data)).encode("utf-8")


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def lines_to_html(text: str) -> str:
    """A plain-text dump as HTML: each non-empty line becomes one escaped ``<p>``."""
    paras = (f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return "<html><body>\n" + "\n".join(paras) + "\n</body></html>"


# --- anchors --------------------------------------------------------------------------


def nothing_text(data: bytes, url: str | None) -> str:
    """Keep everything: the dump itself."""
    return decode(data)


def nothing_html(data: bytes, url: str | None) -> str:
    """Keep everything: all visible text of the HTML (trafilatura.html2txt)."""
    import trafilatura

    return trafilatura.html2txt(decode(data)) or ""


def trafilatura_text(data: bytes, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(lines_to_html(decode(data)), include_comments=False) or ""


def trafilatura_html(data: bytes, url: str | None) -> str:
    """The bytes as they are, decoded by trafilatura itself, as its own evaluation reads them:
    11 of bench/multi's 504 pages are not UTF-8, nor are many a user's own pages."""
    import trafilatura

    return trafilatura.extract(data, include_comments=False) or ""


@cache
def _stoplist(multi: bool) -> frozenset[str]:
    """English on bench/dev; on bench/multi the union of all of jusText's stoplists, as
    trafilatura's evaluation runs it on the same pages (``JT_STOPLIST``)."""
    import justext

    if not multi:
        return frozenset(justext.get_stoplist("English"))
    return frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))


def _justext(doc: str | bytes, multi: bool = False) -> str:
    import justext

    paragraphs = justext.justext(doc, _stoplist(multi))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_text(data: bytes, url: str | None) -> str:
    return _justext(lines_to_html(decode(data)))


def justext_html(data: bytes, url: str | None) -> str:
    # Raw bytes: jusText does its own charset detection (utf-8 default, errors replaced).
    return _justext(data)


def justext_text_multi(data: bytes, url: str | None) -> str:
    return _justext(lines_to_html(decode(data)), multi=True)


def justext_html_multi(data: bytes, url: str | None) -> str:
    return _justext(data, multi=True)


# --- corpusclean ----------------------------------------------------------------------


class PageError(RuntimeError):
    """A system reported that it could not process a page."""


def corpusclean_available() -> str | None:
    """None when ``corpusclean.clean_page`` imports, else why not."""
    try:
        from corpusclean import clean_page  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - any failure of a package in progress: absent
        return f"{type(exc).__name__}: {exc}"
    return None


def _corpusclean(kind: str, langs: tuple[str, ...] | None = None, title: str | None = None,
                 lang_detector: str | None = None) -> Runner:
    def run(data: bytes, url: str | None) -> str:
        from corpusclean import Config, clean_page

        opts: dict[str, Any] = {"langs": langs} if langs is not None else {}
        if title is not None:
            opts["title"] = title
        if lang_detector is not None:
            opts["lang_detector"] = lang_detector
        config = Config(**opts) if opts else None
        res: Any = clean_page(data, kind=kind, url=url, config=config)
        text: str = res.text or ""
        error = getattr(res, "error", None)
        if error and not text:  # a page corpusclean could not clean: count it as an error
            raise PageError(str(error))
        return text

    run.__name__ = f"corpusclean_{kind}"
    return run


RUNNERS: dict[tuple[str, str], Runner] = {
    ("nothing", "text"): nothing_text,
    ("nothing", "html"): nothing_html,
    ("trafilatura", "text"): trafilatura_text,
    ("trafilatura", "html"): trafilatura_html,
    ("justext", "text"): justext_text,
    ("justext", "html"): justext_html,
    ("corpusclean", "text"): _corpusclean("text"),
    ("corpusclean", "html"): _corpusclean("html"),
}


MULTI_RUNNERS: dict[tuple[str, str], Runner] = {
    ("justext", "text"): justext_text_multi,
    ("justext", "html"): justext_html_multi,
}


def runner(system: str, track: str, options: Options | None = None) -> Runner:
    options = options or Options()
    track = "text" if track == "grid" else track  # a dump, read as the text track's
    if system == "corpusclean" and (options.langs is not None or options.title is not None
                                    or options.lang_detector is not None):
        return _corpusclean(track, options.langs, options.title, options.lang_detector)
    if options.multi and (system, track) in MULTI_RUNNERS:
        return MULTI_RUNNERS[(system, track)]
    return RUNNERS[(system, track)]
