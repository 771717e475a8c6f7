"""A page's title, author, date, url and site name, read from its head and JSON-LD.

trafilatura's own ``extract_metadata`` costs as much as its whole content extraction
(measured on 200 bench/dev pages: 8.8 ms a page in its fast mode, 20 ms by default, against
21 ms for the extraction): most of it goes to a DOM-wide search for an author (8 ms) and to
the date parser's extensive search (12 ms), plus categories, tags and licence, which we do
not record. So this module runs trafilatura's cheap metadata steps one by one: the <meta>
tags, JSON-LD, the title, the canonical URL and the site name; and htmldate without its
extensive search (1 ms), which still reads every declared date (meta tags, JSON-LD,
<time datetime>, the URL). An author the page does not declare in its head or JSON-LD is
looked for in one walk over the body (elements marked as author or byline), not by
trafilatura's author XPaths.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from ..errors import PageError
from .repair import repair
from .structured import declares_board_post, is_json_ld

#: Fields copied into page.metadata, under the same names.
META_FIELDS = ("title", "author", "date", "url", "sitename")

_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


def page_metadata(root: HtmlElement, url: str | None) -> dict[str, str]:
    """The declared metadata of the page (fields of ``META_FIELDS`` that it has), and its
    declared summary under "description" (<meta name="description">, og:description,
    JSON-LD), which `extract` takes off: it says which block is the article's lead, and is
    not written out.

    Never raises: a page whose head trips the metadata readers simply has less metadata.
    """
    try:
        doc = _read(root, url)
    except PageError:
        raise  # the page's time limit, raised from inside a metadata reader
    except Exception:  # noqa: BLE001 - metadata is optional; the page's text is what matters
        return canonical_url(root)
    out: dict[str, str] = {}
    for name in META_FIELDS:
        value = getattr(doc, name, None)
        if isinstance(value, str) and value.strip():
            out[name] = value.strip()
    description = getattr(doc, "description", None)
    if isinstance(description, str) and description.strip():
        out["description"] = description.strip()
    sources = _with_format(root)
    for name in ("title", "author", "sitename"):
        if name in out and sources:
            out[name] = _with_format_chars(out[name], sources)
        if name in out:
            # repaired as the page's text is (ftfy, NFC, soft hyphens): the title of a
            # double-encoded page says "Café", as its headline in the text does
            out[name] = repair(out[name])[0]
    parts = _title_parts(root)
    if len(parts) > 1:
        out["title_parts"] = "\n".join(repair(p)[0] for p in parts)  # read/html.py; not written out
    declared = declared_types(root)
    if declared & _DISCUSSION:
        out["discussion"] = "1"  # classify/comments.py; not written out
    if declared & _LIVE:
        out["live"] = "1"  # classify/__init__.py; not written out
    link, og = _addresses(root)
    if "url" not in out and (link or og):
        out["url"] = link or og
    if link:
        out["canonical"] = link  # the page's identity (corpus/identity.py); not written out
    return out


#: What separates a <title>'s parts: the headline, the site's name, a section ("О плановом
#: отключении ... :: Администрация города Верхнеозёрска", "Headline | Section | Site").
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s+::\s+")


def _title_parts(root: HtmlElement) -> list[str]:
    """The parts of the page's <title>, split at its separators."""
    title = root.find(".//title")
    text = " ".join((title.text_content() if title is not None else "").split())
    return [p for p in (q.strip() for q in TITLE_SEPARATORS.split(text)) if p]


# The schema.org types a forum thread or a Q&A page declares itself with (JSON-LD or
# microdata): there the posts and answers after the first are the page's content, not a
# comment thread under an article. Forum software (Discourse, XenForo, Invision) and Q&A
# sites (Stack Exchange) declare them; a news site's comment section does not.
_DISCUSSION = frozenset({"DiscussionForumPosting", "QAPage"})
# The type a live page (a live blog, a live ticker) declares itself with: its entries are
# stamped one by one ("vor 5 Min.", "14:32") under a button for the newest ("3 new posts"),
# the shape of a comment thread under its count, and they are the article. News sites'
# live pages declare it for search engines' live badges.
_LIVE = frozenset({"LiveBlogPosting"})
_TYPES = re.compile(r"\b(" + "|".join(sorted(_DISCUSSION | _LIVE)) + r")\b")
_LD_TYPE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')


def declared_types(root: HtmlElement) -> set[str]:
    """Which of the schema.org types above the page declares (microdata or JSON-LD)."""
    found: set[str] = set()
    # (the root too: Stack Exchange declares its QAPage on <html>)
    for el in (root, *root.iterfind(".//*[@itemtype]")):
        found.update(_TYPES.findall(el.get("itemtype") or ""))
    for script in root.iterfind(".//script[@type]"):
        if is_json_ld(script) and script.text:
            for declared in _LD_TYPE.findall(script.text):
                found.update(_TYPES.findall(declared))
    if declares_board_post(root):
        # Drupal's forum declares its topic in RDFa, the SIOC ontology's message-board post
        found.add("DiscussionForumPosting")
    return found


# Invisible characters that are part of a word: the zero-width non-joiner of Persian and
# Urdu ("کتاب‌دوستان"), the joiners of emoji and Indic conjuncts, soft hyphens, direction marks.
_FORMAT_CHARS = "\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
_MAX_SOURCES = 200
_FORMAT = re.compile(f"[{_FORMAT_CHARS}]")


def _with_format(root: HtmlElement) -> list[str]:
    """The page's <title> and meta tag values that hold such characters (mostly none)."""
    title = root.find(".//title")
    sources = [title.text_content()] if title is not None else []
    sources += [m.get("content") or "" for m, _ in zip(root.iter("meta"), range(_MAX_SOURCES), strict=False)]
    return [x for x in sources if _FORMAT.search(x)]


def _with_format_chars(value: str, sources: list[str]) -> str:
    """`value` as the page writes it. trafilatura's readers drop every character that is not
    printable, so a Persian title lost its zero-width non-joiners and read as misspelt;
    the page's own <title> or meta tag that says it, with them (`_with_format`), is taken
    instead."""
    if value.isascii() or len(value) > 1000:
        return value
    gap = f"[{_FORMAT_CHARS}]*"
    pattern = re.compile(gap.join(r"\s+" if ch.isspace() else re.escape(ch) for ch in value))
    for source in sources:
        if (m := pattern.search(source)) is not None:
            return " ".join(m.group().split())
    return value


def _read(root: HtmlElement, url: str | None) -> Any:
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    doc = examine_meta(root)
    if doc.author and " " not in doc.author:
        doc.author = None  # a one-word "author" is a handle or a site (as trafilatura does)
    try:
        doc = extract_meta_json(root, doc)
    except PageError:
        raise
    except Exception:  # noqa: BLE001, S110 - malformed JSON-LD: the head's tags still count
        pass
    if not doc.author:
        doc.author = body_author(root)
    if not doc.title:
        doc.title = extract_title(root)
    if not doc.url:
        doc.url = extract_url(root, url)
    doc.date = find_date(root, extensive_search=False, original_date=True, url=doc.url or url)
    if not doc.sitename:
        doc.sitename = extract_sitename(root)
    if doc.sitename:
        doc.sitename = doc.sitename.lstrip("@")
    elif doc.url and (m := _HOST.match(doc.url)):
        doc.sitename = m[1]
    doc.clean_and_trim()
    return doc


# Markers of an author's name in the body: rel="author" links, itemprop="author", and
# class/id tokens that sites use for bylines (trafilatura's AUTHOR_XPATHS in one pass).
_AUTHOR_MARK = re.compile(r"\b(author(name)?|byline|by-?line|writer|posted-?by)\b", re.IGNORECASE)
# Where a name is not the article's author: comment threads and author lists of teasers.
_NOT_AUTHOR = re.compile(r"comment|repl(y|ies)|related|teaser|card|widget|sidebar|footer", re.IGNORECASE)
_AUTHOR_MAX_CHARS = 120  # a byline, not a biography (trafilatura's len_limit)
_BY = re.compile(r"^\s*(?:(?:written |posted |reviewed )?by|author|von|par|por)\b\s*:?\s*", re.IGNORECASE)
# A byline goes on with a date, a role or a second field: the name ends before them.
_NAME_END = re.compile(
    r"\s*(?:[,|•·–—;:(]|\b(?:on|at|in|and|updated|published|posted|reviewed)\b|\d|"
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
_NOT_NAME = re.compile(r"\b(author|profile|written|posted|updated|published|team page)\b", re.IGNORECASE)


def body_author(root: HtmlElement) -> str | None:
    """The byline's name, from the first element marked as the author's in the body.

    One walk over the tree instead of trafilatura's author XPaths, which cost 5.5 ms a page
    on their own (8 ms with the tree copy they prune first).
    """
    body = root.find("body")
    if body is None:
        return None
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        marks = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel"))))
        if not marks or not _AUTHOR_MARK.search(marks) or _NOT_AUTHOR.search(marks):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not text or len(text) > _AUTHOR_MAX_CHARS:
            continue
        name = _NAME_END.sub("", _BY.sub("", text)).strip(" -–—/|.")
        if 2 <= len(name.split()) <= 5 and name[0].isupper() and not _NOT_NAME.search(name):
            return name
    return None


def canonical_url(root: HtmlElement) -> dict[str, str]:
    """The page's own address: <link rel=canonical>, else <meta property=og:url>."""
    link, og = _addresses(root)
    address = link or og
    return {"url": address} if address else {}


def _addresses(root: HtmlElement) -> tuple[str, str]:
    """The head's <link rel=canonical> and <meta property=og:url> ("" for none)."""
    head = root.find("head")
    if head is None:
        return "", ""
    found: dict[str, str] = {}
    for el in head.iter("link", "meta"):
        if el.tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            found.setdefault("canonical", (el.get("href") or "").strip())
        elif el.tag == "meta" and (el.get("property") or "").lower() == "og:url":
            found.setdefault("og", (el.get("content") or "").strip())
    return found.get("canonical", ""), found.get("og", "")
