"""Pack a generated corpus (bench/sitegen.py) into one big input file: a WARC of HTML
responses (gzipped record by record, as Common Crawl's) or a JSONL of Dolma-shaped text
documents. One file of many pages is what a real crawl shard is, and what bench/memory.py
measures with ``--pack``.

Each page becomes a record in the folder's sorted order. A WARC page is the page's lines as
paragraphs in a page of ordinary weight (a menu of links and an inline script, ~12 kB in
all, about what a news page's HTML holds besides its text), so the HTML track runs as on a
crawl; a JSONL document holds the text as it is.

    python bench/pack.py /tmp/sites crawl.warc.gz
    python bench/pack.py /tmp/sites shard.jsonl
"""

from __future__ import annotations

import argparse
import html
import io
import json
from collections.abc import Iterator
from pathlib import Path

#: Markup every HTML page carries besides its text: a site menu and an analytics script.
_MENU = "".join(f'<li><a href="/section-{i}/index.html" class="nav-link">Section {i}</a></li>' for i in range(60))
_SCRIPT = "var _q=window._q||[];" + "".join(f"_q.push(['set','dim{i}','{i * 7919 % 10007:05d}']);" for i in range(180))


def pages(folder: Path) -> Iterator[tuple[str, str, str]]:
    """(page id, URL, text) of every page under ``folder``, in sorted order."""
    for path in sorted(folder.rglob("*.txt")):
        rel = path.relative_to(folder).with_suffix("")
        site, _, stem = rel.as_posix().partition("/")
        yield rel.as_posix(), f"http://{site}.example/{stem}.html", path.read_text(encoding="utf-8")


def page_html(text: str) -> str:
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{line}</p>" for line in lines[1:])
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{lines[0]}</title>"
            f"<script>{_SCRIPT}</script></head><body><nav><ul>{_MENU}</ul></nav>"
            f"<main><h1>{lines[0]}</h1>\n{body}\n</main></body></html>\n")


def pack_warc(folder: Path, dest: Path) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(dest, "wb") as f:
        writer = WARCWriter(f, gzip=dest.name.endswith(".gz"))
        for _, url, text in pages(folder):
            body = page_html(text).encode("utf-8")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            # length given: warcio then needs no (unclosed) temporary file to measure the payload
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=http))
            n += 1
    return n


def pack_jsonl(folder: Path, dest: Path) -> int:
    n = 0
    with open(dest, "w", encoding="utf-8") as f:
        for page_id, url, text in pages(folder):
            f.write(json.dumps({"id": page_id.replace("/", "-"), "text": text, "source": "sitegen",
                                "metadata": {"url": url}}) + "\n")
            n += 1
    return n


def pack(folder: Path, dest: Path) -> int:
    """Pack ``folder`` into ``dest`` (a .warc/.warc.gz or a .jsonl); the number of pages."""
    return pack_warc(folder, dest) if ".warc" in dest.name else pack_jsonl(folder, dest)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("dest", type=Path)
    a = ap.parse_args()
    print(f"{pack(a.folder, a.dest)} pages in {a.dest}")


if __name__ == "__main__":
    main()
