"""Comment widgets: the header that opens a thread, and the lines each comment carries."""

from . import PhraseRule
from . import vocabulary as v

# A block matching one of these opens a comment thread (see classify/comments.py).
THREAD_START: tuple[str, ...] = (
    r"\d+\s+(comments?|responses?|replies|reactions|thoughts)( on .*)?",
    # the count's closing bracket is trimmed off with the line's end ("Comments (2")
    r"(\d+ )?(comments?|responses?|replies|thoughts|reactions)( \(\d+\)?)?( (to|on) .*)?",
    r"(leave|post|add|write) a (comment|reply)",
    r"(join|start) the (discussion|conversation)",
    r"what do you think\??",
    r"(show|view|read|load|hide) (all )?(\d+ )?comments?",
    r"(reader|user|readers'?) comments?",
    r"discussion|discuss this( article)?",
    r"(kommentare?|commentaires?|comentarios?)( \(\d+\)?)?",
    r"(search )?\d+ comments?( log ?in.*| sign ?in.*)?",
    # a recipe's or a product's readers' reviews, with their count: its comments
    r"(user |customer |reader )?reviews \(\d+\)?",
) + v.phrases(v.THREAD_START)

# "... by <name> at|on <a date or a time>": a comment's meta line after "posted" (below), and
# a post's own byline (rules/chrome.py).
BY_NAME_ON_DATE = r" by\s*:?\s*[\w.'’ -]{2,40}\s+(at|on)\s+.{0,40}\d.*"

# Lines that head one comment: who wrote it and when, or its score. They open a thread
# as a header does (a thread can start without one), see classify/comments.py.
COMMENT_META: tuple[str, ...] = (
    r"(re: ?)?.{0,80}\(\s*score:\s*-?\d+[^)]*\)?",
    r"by [\w .'’-]{2,40} \(\s*\d+\s*\).{0,80}",
    r"[\w.'’ -]{2,40} (says|said|wrote|writes|commented)( on .{0,40})?\s*:?",
    r"(posted|written|submitted)" + BY_NAME_ON_DATE,
) + v.phrases(v.COMMENT_META)

# The words of a comment's widgets in every language (reply, like, report), for a row of them.
_WIDGETS = "|".join(("reply|like|likes|dislike|report|share|upvote|downvote", *v.phrases(v.REPLY_LINE)))

COMMENTS: tuple[PhraseRule, ...] = (
    PhraseRule("comments_closed", "comments", (
        r"comments (are|have been) (closed|disabled|turned off)\.?",
        r"commenting (is|has been) (closed|disabled)\.?",
        r"comments for this (article|post|story) (are|have been) closed\.?",
    ) + v.phrases(v.COMMENTS_CLOSED), max_words=12, whole=True),
    PhraseRule("reply_line", "comments", (
        r"(reply|reply ↓|reply to this( comment| parent)?( share)?|report( abuse| comment)?|flag|like|dislike|quote|permalink|edit|delete)",
        r"(like|reply|share|upvote|downvote|report)( (like|reply|share|upvote|downvote|report))+",
        r"flag as inappropriate|report (this )?(comment|post)|(load|show|view) (more )?(comments|replies)|hide replies",
        r"\d+\s*(likes?|replies|upvotes?|points?)",
        r"(log ?in|sign ?in) to (reply|comment|vote)",
        r"[\w.'’ -]{2,40} (says|said|wrote|writes)\s*:?",
        r"(antworten|répondre|responder)",
        # a comment's row of widgets, each maybe with its count: "Reply · Like 12",
        # "Відповісти · Подобається 17", "Antworten | Gefällt mir 3"
        rf"(({_WIDGETS})\s*\(?\d*\)?\s*[·•|/–-]?\s*){{2,3}}",
        # ... after the comment's votes ("+38 / -2 Odpovědět Nahlásit", "▲ 58 ▼ 3 Reply"; the
        # line's leading sign is trimmed off)
        rf"(\d+\s*[/|·•]?\s*[+\-–−▲▼△▽↑↓]?\s*\d+\s*)(({_WIDGETS})\s*\(?\d*\)?\s*[·•|/–-]?\s*){{1,3}}",
        # ... or after its claps, run into the first widget as a publishing platform's dump
        # prints them ("3Répondre"; with a space, "7 Responder" is a forum post's row of
        # counts, between posts that are the page's text)
        rf"\d+(({_WIDGETS})\s*\(?\d*\)?\s*[·•|/–-]?\s*){{1,3}}",
    ) + v.phrases(v.REPLY_LINE), max_words=8, whole=True),
)
