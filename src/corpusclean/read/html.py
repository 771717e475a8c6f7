"""HTML pages: the visible text as the page's source, and trafilatura's verdict as labels.

The source of an HTML page is what a browser shows, one paragraph per block-level element
with a blank line between them, so `segment` cuts it into the same blocks a person sees.
`verify` recomputes it with `visible_source`, which runs the very same parse and walk.

The page is parsed once. Its visible text is read from the tree first, each line with its
DOM evidence (read/dom.py); trafilatura then extracts the main content (without comments)
from its own copy of the tree (it copies a tree it is given), and `align` maps its
paragraphs back onto our blocks as labels. Nothing is removed here: blocks outside
trafilatura's main text are only labelled, and the text classifier that runs next sees them
as labelled chrome: with the rule their markup names (a comment container is
``comment_section``, a menu ``dom_navigation``, a share bar ``dom_share``, ...), else
``outside_main_content``. trafilatura's edges stand: its verdict is not overruled by our
classifier. Pages labelled this way carry ``page.extractor = "trafilatura"``; where
trafilatura finds no article (nothing, or nothing that is in our text), the page gets no
extraction labels and the classifier decides alone (``stats["extract_fallback"]``); its
text that is not in ours is counted (``extract_unaligned``), never dropped silently. So is
a page where every block of its main text is one our rules remove, which it found instead
of an article (classify/__init__.py, ``extract_emptied``), and a discussion whose posts its
comment selectors cut out, or a forum thread of which it left posts out (classify/threads.py,
classify/__init__.py, ``extract_posts_cut``), one whose main
text is the whole page, menus and footer with it, which draws no edge (classify/__init__.py,
``extract_whole_page``), and one whose main text is a loader's line while a template holds
the article (``extract_held_missed``).
The title, author, date, url and site name (read/meta.py) go to page.metadata; a block
that says exactly the title is labelled ``page_title``.
"""

from __future__ import annotations

import re

import lxml.etree as etree
import lxml.html
from lxml.html import HtmlElement

from ..config import Config
from ..errors import check_deadline
from ..lang.unspaced import word_equivalents
from ..model import Block, Page
from ..segment import segment
from . import dom, structured
from .align import align_blocks, apply_labels, tokens
from .extract import extract
from .repair import repair

# The parser trafilatura itself uses (trafilatura.utils.HTML_PARSER), so both read one tree:
# comments and processing instructions are invisible and dropped at parse time. Without
# huge_tree libxml2 stops at 256 levels of nesting: hostile pages nested 100,000 deep parse
# in milliseconds (their text below level 256 is lost), while the deepest bench/dev page is
# under 100 levels. huge_tree would allow 2,048 levels and its 10 MB text nodes, which only
# feed trafilatura's recursive passes into RecursionError.
_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True,
)

# Never shown as text: metadata, code, embedded documents and fallbacks that a browser with
# scripting and media support does not render, and form widgets whose options are a list
# of choices (country pickers, archive menus) of which a browser shows only one.
# Elements hidden by attribute or inline style are kept: scripts reveal them (tabs,
# "read more" folds; Next.js streams whole articles into <div hidden>, bench/dev 0155),
# and the extraction labels whatever of them is not content.
# Ruby annotations (<rt> readings, <rp> fallback parentheses) are shown above the base text,
# not in its line: run into it they make "災害さいがい" of "災害".
# A MathML formula's <annotation> (its TeX source, "{\displaystyle N}") is never rendered.
_INVISIBLE = frozenset({
    "head", "title", "meta", "link", "base", "script", "style", "noscript", "template",
    "svg", "iframe", "frame", "frameset", "object", "embed", "applet", "canvas",
    "video", "audio", "source", "track", "picture", "map", "area", "param",
    "select", "datalist", "option", "optgroup", "input", "img", "rt", "rp",
    "annotation", "annotation-xml",
})

# Markup held apart that a script or a browser without scripting renders: a blog platform
# keeps a post's whole article in <script type="text/template"> (bench/multi m0191, 3,800
# characters that trafilatura reads), a JavaScript app in a <template> it clones into the page
# (trafilatura reads that too), and some pages put theirs in <noscript>. Read as part of
# the page where it holds at least `_HELD_MIN_WORDS` words of text: the usual noscript
# ("Please enable JavaScript", a tracking pixel) and template (a widget's placeholders) hold
# far less, an article far more.
# A frameset page's own text is its <noframes> (what a browser without frames shows: the
# frames are other documents), held as text as a template script's markup is.
_HOLDERS = frozenset({"script", "noscript", "template", "frameset"})
# A template script's type names its engine: "text/template", "text/x-jquery-tmpl",
# "text/x-handlebars-template", "text/ng-template", "text/x-mustache", or "text/html".
_TEMPLATE_TYPE = re.compile(r"templ|tmpl|mustache|handlebars|^text/html$")
# 500 characters of English; counted in words, as a Japanese or Chinese article says as much
# in a third of the characters (lang/unspaced.py's word-equivalents)
_HELD_MIN_WORDS = 80
_HELD_MAX_DEPTH = 2  # templates inside held markup are read up to this depth

# Elements a browser lays out as blocks (the HTML living standard's rendering section):
# each starts and ends a paragraph of the source.
_BLOCK = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
    "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "ul", "xmp",
})

# Table cells sit side by side: a row is one paragraph, its cells apart by a space (no
# separator character is invented; a cell holding paragraphs still breaks the row).
_CELL = frozenset({"td", "th"})
# ... but a data table's cell that wraps its text in one paragraph (docutils and Sphinx write
# <td><p>5.0</p></td>, as do some editors) is still one cell of its row: else each cell is a
# block of its own and a cell holding a number reads as a counter. A row is a data row when it
# has two cells or more, each of at most `_DATA_CELL_CHARS` characters and one element at most:
# a layout table's row (a menu beside an article) has a long cell or several paragraphs.
_DATA_CELL_CHARS = 200

# Inline elements that are separate widgets, not parts of a word: adjacent links of a menu
# (<a>Home</a><a>News</a>) are shown apart by CSS margins, so where the end of one and the
# start of the next fall between two letters or digits a space keeps them two words. Only
# there: a space before the comma of "<a>FieldEdge</a>, these" would break the sentence
# (bench/dev 0068), and one at a link that starts inside a word ("s<a>elbst gemachten</a>",
# bench/multi m0036) would break the word.
_SPACED = frozenset({"a", "button", "label", "textarea"})

_PRE = frozenset({"pre", "listing", "plaintext", "xmp", "textarea"})

_WS = re.compile(r"\s+")


_NOT_WORD = re.compile(r"[\W_]+")


def _visible_chars(s: str) -> int:
    """Characters of `s` that are letters or digits: what the link share measures. A menu
    item's bullet, arrow or brackets outside its link ("◆<a>旅日記</a>", "[<a>News</a>]") are
    decoration, not text beside the link."""
    return len(_NOT_WORD.sub("", s))


# A browser shows what follows </html> as part of the body: a footer a CMS or a proxy
# appended, or a whole article where a theme closed the document after its header (bench/dev
# 0310: "</header></body></html>", then the article). libxml2 drops it, and it would be in
# neither the kept text nor the manifest. Where anything but whitespace follows the first
# </html>, the document's end tags are dropped, so the parser reads on to the end of the text,
# as a browser does.
# (Many pages end with a cache's comment after </html>: nothing a browser shows.)
_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_HTML_END = re.compile(r"</html\s*>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)


def _past_the_end(text: str) -> str:
    end = _HTML_END.search(text)
    if end is None or not _COMMENT.sub("", text[end.end():]).strip():
        return text
    return _END_TAGS.sub("", text)


# libxml2 stops reading a document that holds a run of text of 10,000,000 bytes or more
# between two of its lines or tags (its "Buffer size limit", XML_MAX_LOOKUP_LIMIT), and the
# rest of the page is lost. Such a page (a paragraph of megabytes, an inline data blob) is
# parsed again without libxml2's size limits. Only then: the limit on nesting depth it keeps
# otherwise (256 levels, `_cut_at_depth`) is what keeps hostile markup bounded, and with the
# size limits lifted it is 2048.
_HUGE_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True,
    huge_tree=True,
)
_last = [_PARSER]  # the parser of the last parse, whose error log tells where it stopped


def parse_html(text: str) -> HtmlElement | None:
    """The document tree of `text`, or None when there is no document at all."""
    if not text.strip():
        return None
    text = _past_the_end(text)
    root = _parse(text, _PARSER)
    if _cut_at("Buffer size limit"):
        root = _parse(text, _HUGE_PARSER)
    return root


def _parse(text: str, parser: etree.HTMLParser) -> HtmlElement | None:
    _last[0] = parser
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root if isinstance(root, HtmlElement) else None


class _Text:
    """Accumulates visible text as paragraphs of lines, with each line's DOM evidence."""

    def __init__(self) -> None:
        self.paras: list[str] = []
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.pre = 0  # depth inside whitespace-preserving elements
        self.last = ""  # the last character added to the current line
        self.edge = False  # a widget boundary (</a><a>) lies between `last` and the next text
        self.closed = False  # a widget ended after `last` (and no text since)
        # DOM evidence: the frames of the open elements, the current line's shallowest depth
        # (the elements enclosing all of it), its characters and those inside links.
        self.frames: list[dom.Frame] = [dom.ROOT]
        self.links = 0  # depth inside <a>
        self.line_depth = -1  # -1: the current line has no text yet
        self.line_chars = self.line_link_chars = 0
        self.para_ev: list[dom.DomEvidence | None] = []  # evidence of self.lines
        self.ev: list[list[dom.DomEvidence | None]] = []  # evidence of self.paras
        # JSON-LD texts at their paragraph, and whether they are declared the article
        self.data: list[tuple[int, list[str], bool]] = []
        self.boxes: dict[HtmlElement, str] = {}  # `_choice_groups`, `_signup_boxes`: their concept
        self.in_cell: frozenset[HtmlElement] = frozenset()  # `_table_rows`: data rows' paragraphs
        self.layout: dict[HtmlElement, dom.Cell] = {}  # `_table_rows`: layout rows' cells
        self.lone: frozenset[HtmlElement] = frozenset()  # `_table_rows`: cells alone in their row

    def push(self, frame: dom.Frame) -> None:
        self.frames.append(frame)

    def pop(self) -> None:
        self.frames.pop()
        if self.line_depth >= len(self.frames):
            self.line_depth = len(self.frames) - 1

    def add(self, s: str | None) -> None:
        if not s:
            return
        if self.line_depth < 0:
            self.line_depth = len(self.frames) - 1
        # The link share counts what a reader sees: the markup's indentation and the space
        # before an item's link (" <a>港南</a>") are no text outside the link.
        n = _visible_chars(s)
        self.line_chars += n
        if self.links:
            self.line_link_chars += n
        if self.edge:
            self.edge = False
            if self.last.isalnum() and s[0].isalnum():
                self.parts.append(" ")
        self.closed = False
        self.last = s[-1]
        if not self.pre:
            self.parts.append(s)
            return
        pieces = s.split("\n")
        self.parts.append(pieces[0])
        for p in pieces[1:]:
            self.newline()
            # each line of a <pre>'s text is inside the elements the text is (<pre>, <code>):
            # its evidence is theirs, not the page root's
            self.line_depth = len(self.frames) - 1
            self.line_chars = _visible_chars(p)
            self.line_link_chars = self.line_chars if self.links else 0
            self.parts.append(p)

    def space(self) -> None:
        if not self.pre:
            self.parts.append(" ")
            self.last = " "

    def widget_start(self) -> None:
        self.edge = self.closed  # </a><a>: two widgets side by side

    def widget_end(self) -> None:
        self.closed = True

    def newline(self) -> None:
        raw = "".join(self.parts)
        self.parts = []
        self.last, self.edge, self.closed = "", False, False
        line = raw.rstrip() if self.pre else _WS.sub(" ", raw).strip()
        if line.strip() or (self.lines and self.lines[-1]):
            self.lines.append(line if line.strip() else "")
            self.para_ev.append(
                dom.line_evidence(self.frames[max(self.line_depth, 0)], self.frames[max(self.line_depth - 1, 0)],
                                  self.line_link_chars, self.line_chars)
                if line.strip() else None)
        self.line_depth = -1
        self.line_chars = self.line_link_chars = 0

    def para(self) -> None:
        self.newline()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
            self.para_ev.pop()
        if self.lines:
            self.paras.append("\n".join(self.lines))
            self.ev.append(self.para_ev)
        self.lines, self.para_ev = [], []

    def text(self) -> str:
        self.para()
        return "\n\n".join(self.paras)

    def evidence(self) -> list[dom.DomEvidence | None]:
        """One entry per line of `text()` (None for blank lines)."""
        out: list[dom.DomEvidence | None] = []
        for i, ev in enumerate(self.ev):
            if i:
                out.append(None)
            out.extend(ev)
        return out


def visible_text(root: HtmlElement) -> str:
    """The text a browser shows, before repair: one paragraph per block, `<br>` a newline."""
    return visible_text_with_evidence(root)[0]


def visible_text_with_evidence(root: HtmlElement) -> tuple[str, list[dom.DomEvidence | None]]:
    """The visible text, and the DOM evidence of each of its lines (None for blank ones)."""
    out = _Text()
    out.boxes = dict.fromkeys(_choice_groups(root), dom.CHOICE) | dict.fromkeys(_signup_boxes(root), dom.SIGNUP)
    out.in_cell, out.layout, out.lone = _table_rows(root)
    _walk(root, out, 0)
    out.para()
    if out.data:
        _insert_data(out)
    return out.text(), out.evidence()


def _insert_data(out: _Text) -> None:
    """Read the JSON-LD article texts the page does not show (read/structured.py) where
    they stand, as held markup is read."""
    visible = structured.shingles("\n".join(out.paras))
    for at, texts, declared in reversed(out.data):
        held = parse_html(f"<html><body>{structured.as_markup(texts)}</body></html>")
        if held is None or word_equivalents(text := held.text_content()) < _HELD_MIN_WORDS:
            continue
        # one script's texts together: an FAQ's answers may paraphrase the page one by one
        if structured.shown(text, visible):
            continue
        part = _Text()
        if declared:
            part.frames = [dom.Frame(frozenset(), frozenset({structured.DECLARED_ARTICLE}), False)]
        _walk(held, part, _HELD_MAX_DEPTH)
        part.para()
        out.paras[at:at] = part.paras
        out.ev[at:at] = part.ev


def _held_markup(el: HtmlElement, tag: str, depth: int) -> HtmlElement | None:
    """The parsed markup of a template script, noscript or frameset's noframes that holds an
    article, else None."""
    if depth >= _HELD_MAX_DEPTH:
        return None
    if tag == "script":
        if not _TEMPLATE_TYPE.search((el.get("type") or "").strip().lower()):
            return None
        markup = el.text or ""
    elif tag == "frameset":
        markup = "".join(n.text or "" for n in el.iter("noframes"))
    elif tag in ("noscript", "template"):
        # lxml parses their markup as elements (a browser holds a noscript's as text, a
        # template's apart from the document).
        markup = "".join(x if isinstance(x, str) else lxml.html.tostring(x, encoding="unicode")
                         for x in [el.text or "", *el])
    else:
        return None
    if len(markup) < _HELD_MIN_WORDS:  # a word is a character at least: too short to parse
        return None
    held = parse_html(f"<html><body>{markup}</body></html>")
    if held is None or word_equivalents(held.text_content()) < _HELD_MIN_WORDS:
        return None
    return held


# A heading's permalink: an in-page link whose text is a mark, not a word (Sphinx's and
# MkDocs' "¶", VitePress' and markdown-it's "#", "§", "🔗"). Documentation themes show it only
# while the pointer is over the heading (Sphinx: visibility hidden until :hover); read into
# the text it makes "Installation¶" of the heading.
_PERMALINK_MARK = re.compile(r"[^\w\s]{1,2}")


def _heading_permalink(el: HtmlElement, frame: dom.Frame) -> bool:
    if "heading" not in frame.tags or not (el.get("href") or "").startswith("#") or len(el):
        return False
    return bool(_PERMALINK_MARK.fullmatch((el.text or "").strip()))


# A group of radio buttons (one name, two or more buttons) asks the reader to pick one: a
# poll ("How often do you buy bread? Every day / Sometimes / Never"), a feedback widget, a
# form's choice, a site search's scope. Its smallest enclosing element holds the question and
# the answers. Up to `_CHOICE_MAX_CHARS` of text: past that the element is a page's column or
# a tab set whose panels hold text (arXiv's tools, 1,649 characters; a page whose forms share
# one name puts the whole body around them). In bench/dev and bench/multi no group under the
# limit holds a gold paragraph or a `with` snippet.
_CHOICE_MAX_CHARS = 400


def _choice_groups(root: HtmlElement) -> frozenset[HtmlElement]:
    """The smallest element around each group of radio buttons, where it holds little text."""
    groups: dict[str, list[HtmlElement]] = {}
    for el in root.iter("input"):
        if (el.get("type") or "").strip().lower() == "radio":
            groups.setdefault(el.get("name") or "", []).append(el)
    found = set()
    for buttons in groups.values():
        if len(buttons) < 2:
            continue
        shared = list(buttons[0].iterancestors())
        for button in buttons[1:]:
            mine = set(button.iterancestors())
            shared = [a for a in shared if a in mine]
        if shared and shared[0].tag not in ("html", "body") and len(shared[0].text_content()) <= _CHOICE_MAX_CHARS:
            found.add(shared[0])
    return frozenset(found)


# A form that asks for an e-mail address and nothing more (no password: a login; no text
# area: a comment or a contact form) signs the reader up: for a newsletter, an alert, a
# "notify me". Its box is the smallest element around the form that holds text besides it
# (the box's heading and pitch), up to `_CHOICE_MAX_CHARS`: found by the page's structure
# where the class names say nothing ("mt-10 rounded-lg bg-emerald-50 p-6"). A form around
# the whole page (ASP.NET's) is no box: the field's own element is where the climb starts.
_EMAIL_NAME = re.compile(r"e-?mail", re.IGNORECASE)


def _signup_boxes(root: HtmlElement) -> frozenset[HtmlElement]:
    """The smallest element around each e-mail-only form, where it holds little text."""
    found = set()
    for field in root.iter("input"):
        kind = (field.get("type") or "text").strip().lower()
        if kind != "email" and not (kind == "text" and _EMAIL_NAME.search(field.get("name") or "")):
            continue
        form = next((a for a in field.iterancestors() if a.tag == "form"), None)
        box = form if form is not None and len(form.text_content()) <= _CHOICE_MAX_CHARS else field.getparent()
        if box is None:
            continue
        own = len(box.text_content().strip())
        for anc in box.iterancestors():
            size = len(anc.text_content().strip())
            if anc.tag in ("html", "body") or size > _CHOICE_MAX_CHARS:
                break
            box = anc
            if size > own:
                break
        fields = {(f.get("type") or "text").strip().lower() for f in box.iter("input")}
        if "password" not in fields and next(box.iter("textarea"), None) is None:
            found.add(box)
    return frozenset(found)


def _table_rows(root: HtmlElement) -> tuple[frozenset[HtmlElement], dict[HtmlElement, dom.Cell], frozenset[HtmlElement]]:
    """One pass over the page's table rows:

    - a data row's cells each hold a word, a figure or one paragraph (at most one element,
      `_DATA_CELL_CHARS`): that paragraph is part of its row's line, not a block of its own;
    - a layout row's cells (one of them holds several blocks or lines, or is long: a menu
      column beside an article column), each with its row's number and its place in the
      row. A browser shows such cells as columns, so each is a paragraph of its own
      (`_walk`), not a part of its row's line as a data row's cell;
    - a cell alone in its row: its row's line ends with it, so the last line of a cell
      broken by <br> ("<td class=comment><b>Ana</b> - 16/08/2010<br>Text ...</td>") is
      inside the cell, as its first line is, not only inside the row."""
    in_cell: set[HtmlElement] = set()
    layout: dict[HtmlElement, dom.Cell] = {}
    lone: list[HtmlElement] = []
    for n, row in enumerate(root.iter("tr")):
        cells = [c for c in row if c.tag in _CELL]
        if len(cells) < 2:
            lone.extend(cells)
            continue
        # (the element counts first: a cell's text is taken only where they do not decide)
        if all(len(c) <= 1 for c in cells):
            if not any(len(c.text_content()) > _DATA_CELL_CHARS for c in cells):
                in_cell.update(c[0] for c in cells if len(c) and c[0].tag == "p"
                               and not any(d.tag in _BLOCK for d in c[0].iterdescendants()))
                continue
        elif not any(sum(ch.tag in _BLOCK or ch.tag == "br" for ch in c) > 1 for c in cells) and not any(
                len(c.text_content()) > _DATA_CELL_CHARS for c in cells):
            continue
        layout.update((c, (n, k)) for k, c in enumerate(cells))
    return frozenset(in_cell), layout, frozenset(lone)


def _walk(root: HtmlElement, out: _Text, depth: int) -> None:
    """Walks the tree with lxml's iterwalk, so depth costs no Python recursion (held
    markup is walked by a nested call, at most `_HELD_MAX_DEPTH` deep)."""
    walk = etree.iterwalk(root, events=("start", "end"))
    skipped = False  # the next event is the end of an element whose subtree was skipped
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in _INVISIBLE or (tag == "a" and _heading_permalink(el, out.frames[-1])):
                walk.skip_subtree()
                skipped = True
                held = _held_markup(el, tag, depth) if tag in _HOLDERS else None
                if not depth and tag in ("script", "head"):
                    for script in (el,) if tag == "script" else el.iter("script"):
                        if script.text and structured.is_json_ld(script):
                            articles, parts = structured.bodies(script.text)
                            at = len(out.paras)  # before the paragraph in progress
                            out.data.extend((at, texts, declared) for texts, declared in
                                            ((articles, True), (parts, False)) if texts)
                if held is not None:
                    out.para()
                    out.push(dom.with_concept(out.frames[-1], dom.HELD))
                    _walk(held, out, depth + 1)
                    out.para()
                    out.pop()
                continue
            frame = dom.enter(out.frames[-1], el, tag)
            cell = out.layout.get(el) if tag in _CELL else None
            if cell is not None:
                frame = dom.in_cell(frame, cell)
            box = out.boxes.get(el)
            out.push(dom.with_concept(frame, box) if box is not None else frame)
            if tag == "a":
                out.links += 1
            if (tag in _BLOCK and el not in out.in_cell) or cell is not None:
                out.para()
            elif tag in _CELL:
                out.space()
            elif tag == "br":
                out.newline()
            elif tag in _SPACED:
                out.widget_start()
            if tag in _PRE:
                out.pre += 1
            out.add(el.text)
            continue
        if skipped:
            skipped = False
        else:
            if (tag in _BLOCK and el not in out.in_cell) or (tag in _CELL and (el in out.layout or el in out.lone)):
                out.para()  # before leaving a <pre>: its last line keeps its spaces
            elif tag in _SPACED:
                out.widget_end()
            if tag in _PRE:
                out.pre -= 1
            if tag == "a":
                out.links -= 1
            out.pop()
        if el is not root:  # the tail of a held fragment's root is not ours to read
            out.add(el.tail)


def _source(root: HtmlElement | None) -> tuple[str, list, list]:  # type: ignore[type-arg]
    """(source, repairs, DOM evidence per source line)."""
    if root is None:
        return "", [], []
    text, evidence = visible_text_with_evidence(root)
    source, repairs = repair(text)
    return source, repairs, evidence


def _cut_at_depth() -> bool:
    """Whether the last parse stopped at libxml2's nesting limit (256 levels, `_PARSER`): the
    text below is not in the tree. Unclosed tags nest that deep on broken pages, and the text
    above the cut is still read; the page is counted (stats.json ``pages_depth_cut``, the
    run's summary, ``depth_cut`` in pages.jsonl) rather than cleaned as if it were whole."""
    return _cut_at("Excessive depth")


def _cut_at(limit: str) -> bool:
    """Whether the last parse stopped at the libxml2 resource limit whose message starts so."""
    return any(e.type_name == "ERR_RESOURCE_LIMIT" and limit in e.message for e in _last[0].error_log)


def visible_source(html_text: str) -> str:
    """The source text of an HTML page: its visible text, repaired (as `html_to_page` sets it)."""
    return _source(parse_html(html_text))[0]


def html_to_page(page: Page, html_text: str, config: Config) -> None:
    """Fill the page's source, repairs and blocks, labelled by trafilatura's extraction."""
    root = parse_html(html_text)
    if _cut_at_depth():
        page.stats["pages_depth_cut"] += 1
    page.source, page.repairs, evidence = _source(root)
    page.blocks = segment(page.source)
    dom.attach(page.blocks, page.source, evidence)
    if root is None or not page.blocks:
        return
    check_deadline()
    found = extract(root, page.url)
    check_deadline()
    page.metadata.update(found.metadata)
    _label_title(page)
    if found.main is None:
        # trafilatura found no article (or failed): our own classifier decides alone.
        page.stats["extract_fallback"] += 1
        if found.error:
            page.metadata["extract_error"] = found.error
            page.stats["extract_error"] += 1
        return
    alignment = align_blocks(page.blocks, found.main, found.comments, found.description)
    for k, v in alignment.counts.items():
        page.stats[f"extract:{k}"] += v
    _note_unaligned(page, alignment.counts["main_tokens_unmatched"], alignment.counts["main_tokens"])
    if "main" not in alignment.status:
        # None of its text is in ours: there is no verdict on our blocks to apply. (A
        # fragment is applied as it is: falling back to our classifier when trafilatura kept
        # under 10% of the long blocks' words, MIN_SHARE_KEPT, measured +0.0013 word F1 on
        # bench/dev (+0.0025 / 0.0000 on its halves) and -0.0014 snippet F1 on bench/multi
        # (-0.0013 on each half), and it dropped whole articles trafilatura had found.)
        page.stats["extract_fallback"] += 1
        return
    if _held_missed(page.blocks, alignment.status):
        # its main text is a loader's line ("Loading article…"), the article in a template
        page.stats["extract_fallback"] += 1
        page.stats["extract_held_missed"] += 1
        return
    page.extractor = "trafilatura"
    apply_labels(page.blocks, alignment)


# A page whose article a script renders from a template (or a browser without scripting from
# a noscript) shows a loader's line in its place: trafilatura, which reads neither, then keeps
# that line, a teaser, or the page's menu and footer around it. Its main text is no article
# when it holds none of the held markup (which holds at least `_HELD_MIN_WORDS` of text) and
# fewer words than a lead (25, as a discussion's summary line in classify/threads.py), or no
# block as long as a sentence of prose (`_SENTENCE_WORDS`, news prose averages 20 words a
# sentence; menus, loaders and footers are shorter): the classifier reads the page alone.
_NO_ARTICLE_WORDS = 25
_SENTENCE_WORDS = 15


def _held_missed(blocks: list[Block], status: list[str]) -> bool:
    held = [b.dom_has(dom.HELD) for b in blocks]
    if not any(held):
        return False
    kept = [i for i, s in enumerate(status) if s == "main"]
    if any(held[i] for i in kept):
        return False
    words = [word_equivalents(blocks[i].text) for i in kept]
    return sum(words) < _NO_ARTICLE_WORDS or max(words, default=0) < _SENTENCE_WORDS


# trafilatura's text that is not in the page's visible text (it read JSON-LD, or markup we
# do not show) cannot be kept: every kept character is a character of the source. A page
# where at least this share of its words, and at least `_UNALIGNED_MIN_WORDS`, found no place
# is counted (stats ``extract_unaligned``) and says so in its metadata, never silently.
_UNALIGNED_SHARE = 0.5
_UNALIGNED_MIN_WORDS = 50


def _note_unaligned(page: Page, unmatched: int, total: int) -> None:
    if unmatched >= _UNALIGNED_MIN_WORDS and unmatched >= _UNALIGNED_SHARE * total:
        page.stats["extract_unaligned"] += 1
        page.metadata["extract_unaligned"] = (
            f"{unmatched} of {total} words of trafilatura's main text are not in the page's visible text")


# A headline is short; a longer block equal to the title is the article itself (a one-line
# page, or a title that is its whole first sentence) and is left to the extraction.
_TITLE_MAX_WORDS = 40


def _label_title(page: Page) -> None:
    """The page's headline is metadata: blocks saying exactly the title are labelled as such.

    trafilatura keeps the headline in its text on 153 of 709 bench/dev pages; the gold
    articles (like most corpora) hold it in the title field, not the text (19 of 709).
    Above the headline, so is a block saying just the site's name (``og:site_name``, or a
    part of the <title> besides the headline): the masthead, which a table layout's
    extraction keeps with the article ("Администрация города Верхнеозёрска"). Below it the
    same words may be the article's own (an organisation signing its statement).
    """
    title = tokens(page.metadata.get("title") or "")
    if not title or len(title) > _TITLE_MAX_WORDS:
        return
    names = {tuple(t) for name in (page.metadata.get("sitename"), *(page.metadata.get("title_parts") or "").split("\n"))
             if 0 < len(t := tokens(name or "")) <= _TITLE_MAX_WORDS} - {tuple(title)}
    last = title[-1]  # a cheap test first: a block saying the title holds its last word
    said = [i for i, b in enumerate(page.blocks)
            if len(b.text) <= 20 * _TITLE_MAX_WORDS and last in b.text.lower() and tokens(b.text) == title]
    for i in said:
        page.blocks[i].add("chrome", "page_title")
    lasts = {name[-1] for name in names}
    for b in page.blocks[: said[0] if said else 0]:
        if any(w in b.text.lower() for w in lasts) and tuple(tokens(b.text)) in names:
            b.add("chrome", "page_title")
