"""What a page's schema.org data says is its text: an article it holds only as JSON-LD, and
the posts of a Q&A page or a forum that its microdata marks.

Pages rendered by scripts in the browser often ship their article only as data: the
JSON-LD ``articleBody`` of a news page, the steps of a how-to, a recipe's instructions, an
FAQ's answers (bench/multi m0350: a how-to whose 740 words are nowhere in the HTML's visible
text). A reader with scripting sees that text, and trafilatura reads it (its baseline reads
the same properties), so the visible-text walk reads it too, where the data stands in the
document, as held markup. Only where the page does not already show it: most news pages
repeat their visible article in ``articleBody``, and reading it twice would only add a copy
for the duplicate stage to remove.

An ``articleBody`` (or ``reviewBody``) the page does not show is the publisher's own word
for what its article is: its blocks carry the ``DECLARED_ARTICLE`` concept, and the
extractor's verdict does not remove them as outside its main text (read/align.py). A news
site whose script renders the article leaves trafilatura a photo caption to extract
(bench/multi m0436: 151 characters of a 4,300-character column). Steps and answers are
parts of a page, not its article: the extractor decides on them as on any block.

A Q&A page or a forum thread marks each post's text in microdata (`declared_text`), or in
RDFa (`declared_rdfa`); those blocks carry ``DECLARED_POST``, and the extractor's verdict
does not put them outside either: trafilatura takes a question or an opening post for the
article and leaves the other posts out.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement


def is_json_ld(el: HtmlElement) -> bool:
    """A <script type="application/ld+json">: schema.org data about the page."""
    return (el.get("type") or "").strip().lower() == "application/ld+json"


#: schema.org properties that hold an article's whole text (trafilatura's baseline reads
#: the same ones); descriptions and teasers are summaries, never the article.
_BODY_KEYS = ("articleBody", "reviewBody")
_STEP_KEYS = ("recipeInstructions", "step")
_NESTED = ("@graph", "mainEntity")
#: A JSON-LD script is parsed only when its text names one of these.
_HOOKS = re.compile(r'"(?:articleBody|reviewBody|recipeInstructions|step|acceptedAnswer)"')
_MARKUP = re.compile(r"<(?:p|br|div|li|ul|ol|h[1-6]|span|a|strong|em|b|i)\b", re.IGNORECASE)

#: A script's data is shown on the page already when at least this share of its 3-word
#: shingles is in the visible text. Of the 92 JSON-LD scripts with such texts on bench/dev
#: and bench/multi, those repeating the visible article share 0.76-1.0 (most over 0.9) and
#: seven share at most 0.33 (articles and FAQs the page shows nowhere; the four over
#: 500 characters are read): the cut sits in the empty middle, on both sets alike.
SHOWN_SHARE = 0.5
_SHINGLE = 3
_WORD = re.compile(r"\w+")


#: The concept the DOM evidence of text read from ``articleBody``/``reviewBody`` carries.
DECLARED_ARTICLE = "declared_article"

#: The concept of a post's text that the page declares in schema.org microdata: the
#: ``text`` of a Q&A page's question and of its answers, of a forum's DiscussionForumPosting
#: or of a reply (Comment) inside one. Stack Exchange marks each post's body so (``<div
#: class="s-prose js-post-body" itemprop="text">`` inside ``itemscope
#: itemtype="https://schema.org/Answer"``), as Google's Q&A and forum markup asks. A Q&A
#: page's Question states its own text, the question's body; an FAQ's Question is its
#: name alone, with one Answer under it, and an FAQ is a section of a page, which the
#: extractor decides on as on any other.
DECLARED_POST = "declared_post"
#: The concept of a Comment's text outside a forum posting: an article's comments, or a
#: board that marks every post a Comment, the first too (XenForo). Which of the two, the
#: extractor's main text tells (read/align.py): a board's is its opening post's.
DECLARED_COMMENT = "declared_comment"
_MAX_ITEM_DEPTH = 40  # ancestors looked through for the item a post's text belongs to


def declared_text(el: HtmlElement) -> str | None:
    """The concept of the text `el` holds as microdata says, where it is ``itemprop="text"``
    (or ``articleBody``) of a post: `DECLARED_POST` for a DiscussionForumPosting or a
    Comment inside one, a Question, or an Answer on a QAPage or to a Question that states
    its own text (`_states_text`; an older Stack Exchange layout declares no Question, its
    question's text is the QAPage's own); `DECLARED_COMMENT` for another Comment; else None."""
    if not _texts(el):
        return None
    items = [a for a in itertools.islice(el.iterancestors(), _MAX_ITEM_DEPTH) if a.get("itemscope") is not None]
    types = [_item_type(a) for a in items]
    if not types:
        return None
    if types[0] in ("DiscussionForumPosting", "Question", "QAPage"):
        return DECLARED_POST
    if types[0] == "Comment":
        return DECLARED_POST if "DiscussionForumPosting" in types[1:] else DECLARED_COMMENT
    if types[0] == "Answer":
        if "QAPage" in types[1:]:
            return DECLARED_POST
        # the Question the answer is inside, or, where a page sets its answers beside the
        # question's item (teratail), the page's questions
        if "Question" in types[1:]:
            stated = _states_text(items[types.index("Question", 1)])
        else:
            stated = _page_fact(_STATED_QUESTIONS, el.getroottree().getroot(), _states_question)
        return DECLARED_POST if stated else None
    return None


def _states_question(root: HtmlElement) -> bool:
    """One of the page's Questions states its own text (`_states_text`)."""
    return any(_states_text(q) for q in root.iterfind(".//*[@itemtype]") if _item_type(q) == "Question")


# The SIOC types Drupal's forum declares in RDFa (``typeof="sioc:Post sioct:BoardPost"`` on a
# topic, ``typeof="sioc:Post sioct:Comment"`` on each reply) and the property of a post's
# body (``property="content:encoded"``): the RDFa counterpart of a forum's microdata.
_BOARD_POST = "sioct:BoardPost"
_RDFA_COMMENT = "sioct:Comment"


def declared_rdfa(el: HtmlElement) -> str | None:
    """`DECLARED_POST` where `el` is the body (``content:encoded``) of a board post declared in
    RDFa, or of a comment on a page that declares one: a forum whose replies are comments
    (Drupal's); else None."""
    if "content:encoded" not in (el.get("property") or "").split():
        return None
    typed = next((a for a in itertools.islice(el.iterancestors(), _MAX_ITEM_DEPTH) if a.get("typeof")), None)
    types = (typed.get("typeof") or "").split() if typed is not None else []
    if _BOARD_POST in types:
        return DECLARED_POST
    if _RDFA_COMMENT in types and declares_board_post(el.getroottree().getroot()):
        return DECLARED_POST
    return None


def declares_board_post(root: HtmlElement) -> bool:
    """The page declares a board post in RDFa (Drupal's forum topic)."""
    return _page_fact(_BOARD_PAGES, root, _board_post)


def _board_post(root: HtmlElement) -> bool:
    return any(_BOARD_POST in (a.get("typeof") or "").split() for a in root.iterfind(".//*[@typeof]"))


# Facts about a whole page, by its root element, for as long as its tree lives: asked of
# every comment or answer, each walked the whole tree (a page of 2,000 RDFa comments took
# 11.8 s, of 1,000 answers beside their question 3.9 s; 1.0 s and 0.7 s asked once a page),
# and the reader's metadata asks the first too.
_BOARD_PAGES: weakref.WeakKeyDictionary[HtmlElement, bool] = weakref.WeakKeyDictionary()
_STATED_QUESTIONS: weakref.WeakKeyDictionary[HtmlElement, bool] = weakref.WeakKeyDictionary()


def _page_fact(known: weakref.WeakKeyDictionary[HtmlElement, bool], root: HtmlElement,
               fact: Callable[[HtmlElement], bool]) -> bool:
    """`fact` of the page whose root is `root`, worked out once a page."""
    value = known.get(root)
    if value is None:
        value = known[root] = fact(root)
    return value


def _states_text(question: HtmlElement) -> bool:
    """The Question states its own text: the first text inside its item is its own, before
    its answers'; an FAQ's first text is an answer's."""
    first = next((d for d in question.iterdescendants() if _texts(d)), None)
    return first is not None and next((a for a in first.iterancestors() if a.get("itemscope") is not None),
                                      None) is question


def _texts(el: HtmlElement) -> bool:
    props = (el.get("itemprop") or "").split()
    return "text" in props or "articleBody" in props


def _item_type(el: HtmlElement) -> str:
    """The schema.org type an item declares, its last path part ("https://schema.org/Answer":
    "Answer")."""
    return (el.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1]


def bodies(script_text: str) -> tuple[list[str], list[str]]:
    """The texts of one JSON-LD script, in document order, without repeats: (whole
    articles, parts: how-to steps, recipe instructions, FAQ answers); empty lists when it
    holds none or is not JSON."""
    if not _HOOKS.search(script_text):
        return [], []
    try:
        data = json.loads(script_text, strict=False)  # real pages put raw newlines in strings
    except (ValueError, RecursionError):
        return [], []
    articles: list[str] = []
    parts: list[str] = []
    _walk(data, articles, parts, 0)
    return _unique(articles), _unique(parts)


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t for t in texts if t.strip()))


def _as_list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else [node]


_MAX_DEPTH = 8  # JSON-LD nests a handful of levels; hostile data must not recurse deeply


def _walk(node: Any, articles: list[str], parts: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    for item in _as_list(node):
        if not isinstance(item, dict):
            continue
        articles.extend(item[k] for k in _BODY_KEYS if isinstance(item.get(k), str))
        for key in _STEP_KEYS:  # a string, strings, or steps with a "text" (one level down too)
            for step in _as_list(item.get(key)):
                if isinstance(step, str):
                    parts.append(step)
                elif isinstance(step, dict):
                    for sub in (step, *_as_list(step.get("itemListElement"))):
                        if isinstance(sub, dict) and isinstance(sub.get("text"), str):
                            parts.append(sub["text"])
        answer = item.get("acceptedAnswer")
        if isinstance(answer, dict) and isinstance(answer.get("text"), str):
            parts.append(answer["text"])
        for key in _NESTED:
            _walk(item.get(key), articles, parts, depth + 1)


def as_markup(texts: list[str]) -> str:
    """The texts as HTML for the visible-text walk: values that carry markup (often
    entity-escaped, "&lt;p&gt;") as that markup, plain values one paragraph per line."""
    parts = []
    for t in texts:
        t = html.unescape(t)  # entities, and markup escaped as entities ("&lt;p&gt;")
        if _MARKUP.search(t):
            parts.append(f"<div>{t}</div>")
        else:
            parts.extend(f"<p>{html.escape(line.strip())}</p>" for line in t.splitlines() if line.strip())
    return "".join(parts)


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def shown(text: str, visible: set[tuple[str, ...]]) -> bool:
    """Whether ``text`` is already on the page (``visible``: the visible text's shingles)."""
    own = shingles(text)
    return not own or len(own & visible) >= SHOWN_SHARE * len(own)
