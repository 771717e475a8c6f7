"""A mailing list's or a newsgroup's message, as an archive prints it: header, quote, signature.

Mail archives (Pipermail, MHonArc, MARC, Hyperkitty, Google Groups, a FidoNet or Usenet
archive) print each message as its sender wrote it: the header's fields ("From:", "Date:",
"Subject:", "Message-ID:"), the earlier message quoted line by line ("> ...") under the line
that attributes it ("On Mon, 11 Mar 2024 at 22:17, Daniel <...> wrote:", "Am 19.01.24 um 22:40
schrieb Bernd Vogt:", "在 2008-07-15 22:41 +0800，刘洋写道："), the reply, and the signature
under its separator ("-- "). What the message itself says is the reply alone: the quote is a
copy of another message, the header and the signature are the mail's frame.

The shapes hold in any language: a quote's marks, a separator, an attributing line that ends
with a colon and gives a clock time or an address. The header's field names are the mail
standard's (RFC 5322), which archives print as they are, and their translations in the archives
that translate them. Each line becomes a `Span`, cut from the block it stands in (a text dump
runs a quote into the reply under it) or, when it is all the block holds, removing that block
(policy.py): ``duplicate``/``quoted_reply`` for a quote and its attribution, ``chrome``/
``mail_header`` and ``chrome``/``mail_signature`` for the frame.

Only on a page that shows it is a message: a header of a sender, a subject (or a message id)
and one more field, or a quote under an attribution with a clock time or an address. An
article that quotes a statement in a Markdown quote ("The ministry said:" over "> ...") is
neither, and keeps it.
"""

from __future__ import annotations

import re

from ..lang.numerals import CLOCK, ascii_digits
from ..model import Block, Span, attach_spans

# The header's fields by what they say, in the standard's names and the archives' translations
# (de, fr, es, it, pt, nl, pl, ru, uk, ja, zh).
_FIELDS: dict[str, str] = {
    "sender": r"from|sender|author|von|absender|de|expéditeur|remitente|mittente|remetente|van|afzender|od|nadawca|"
              r"от|від|отправитель|差出人|送信者|发件人|發件人|寄件者|寄件人",
    "date": r"date|sent|datum|gesendet|envoyé|fecha|enviado|data|inviato|verzonden|дата|日付|日時|日期|发送时间|時間",
    "subject": r"subject|betreff|objet|sujet|asunto|oggetto|assunto|onderwerp|temat|тема|件名|主题|主旨|標題",
    "recipient": r"to|cc|an|kopie|à|para|aan|do|кому|копия|宛先|收件人|抄送",
    "id": r"message-id|in-reply-to|references|reply-to|newsgroups|followup-to|list|organization|x-mailer|user-agent",
}
_KIND = {name.lower(): kind for kind, names in _FIELDS.items() for name in names.split("|")}
_NAMES = "|".join(sorted(_KIND, key=len, reverse=True))
# A field at the start of its line, after a list's bullet ("* From: ..."), with its value.
_FIELD_LINE = re.compile(rf"^[^\S\n]*(?:[*+•o-][^\S\n]+)?({_NAMES})[^\S\n]*[:：][^\S\n]*\S", re.IGNORECASE)
# ... or several on one line, as a flattener runs a header's rows together ("List: ...
# Subject: ... From: ... Date: ..."): each name after a space, then its colon.
_FIELD_IN_LINE = re.compile(rf"(?:^|(?<=\s))({_NAMES})[^\S\n]*[:：](?=\s)", re.IGNORECASE)
# Header lines may stand this many other lines apart (a field's value on the next line, a
# FidoNet header's address line) and still be one header.
_HEADER_GAP = 2

# A quoted line: its mark, maybe after the quoted sender's initials, as FidoNet and some
# newsreaders write them ("SK> ..."); full-width in CJK mailers.
_QUOTED = re.compile(r"^[^\S\n]*(?:[^\W\d_]{1,3})?[>＞]")
# An attributing line ends with its colon, within an attribution's length.
_ATTRIBUTION_WORDS = 40
_ENDS_COLON = re.compile(r"[:：]\s*$")
# ... and names when or whom: a clock time, or an address (as written, or as archives hide it:
# "dokafor at fastmail.com", "peter () haugland ! no").
_ADDRESS = re.compile(r"[\w.+-]+(?:@| at | \(\) )[\w-]+(?:[.!][\w-]+)+|<[^<>\s]+@[^<>\s]+>")

# The signature's separator ("-- ", or "--" as many mailers and archives trim it) and the
# few short lines under it: by convention four, a business signature's up to six.
_SEPARATOR = re.compile(r"^[^\S\n]*--[^\S\n]?$")
_SIGNATURE_LINES = 6
_SIGNATURE_WORDS = 15
# A FidoNet message's tear line (three dashes and the editor's name) and its origin line,
# the standard's close of every echomail message ("--- GoldED+/LNX 1.1.5", " * Origin: ...").
_TEAR_LINE = re.compile(r"^[^\S\n]*---(?:[^\S\n].*)?$")
_ORIGIN = re.compile(r"^[^\S\n]*\*[^\S\n]*Origin:", re.IGNORECASE)


def _kinds(text: str) -> set[str]:
    return {_KIND[m.group(1).lower()] for m in _FIELD_IN_LINE.finditer(text)}


def _a_header(kinds: set[str]) -> bool:
    """A sender, a subject or a message's id, and one more field: a message's header."""
    return "sender" in kinds and bool(kinds & {"subject", "id"}) and len(kinds) >= 3


def _header_lines(lines: list[str], fields: list[int], rank: dict[int, int]) -> list[int]:
    """The lines among `fields` (lines with a field's colon) that make a message's header;
    `rank`: each non-empty line's place among the non-empty lines."""
    found: list[int] = []
    run: list[int] = []
    kinds: set[str] = set()
    last = -10
    for k in fields:
        text = lines[k]
        m = _FIELD_LINE.match(text)
        line_kinds = _kinds(text)
        if m:
            line_kinds.add(_KIND[m.group(1).lower()])
        elif len(line_kinds) < 3:
            continue
        if rank[k] - last > _HEADER_GAP + 1:
            if run and _a_header(kinds):
                found.extend(run)
            run, kinds = [], set()
        run.append(k)
        kinds |= line_kinds
        last = rank[k]
    if run and _a_header(kinds):
        found.extend(run)
    return found


def _dated_or_addressed(text: str) -> bool:
    """A line of an attribution's length with a clock time or an address."""
    return len(text.split()) <= _ATTRIBUTION_WORDS and (
        CLOCK.search(ascii_digits(text)) is not None or _ADDRESS.search(text) is not None)


def _attributed(text: str) -> bool:
    return _ENDS_COLON.search(text) is not None and _dated_or_addressed(text)


# A mailer's rule over the message it quotes whole ("-----Original Message-----", "-----
# Ursprüngliche Nachricht-----", "-------- Message d'origine --------"): dashes around a few
# words, in any language, with a header's field right under it. Below that header the
# earlier message is quoted without marks, down to the signature's separator, the next
# message's header, a row of the archive's links, or this many lines.
_RULED = re.compile(r"^[^\S\n]*-{3,}[^\S\n]*[^\W\d_][^-\n]{1,40}?[^\S\n]*-{3,}[^\S\n]*$")
_RULED_QUOTE_LINES = 200
_LINK_ROW = re.compile(r"^\W*\[[^\]\n]{1,40}\]\s*\[")


def _ruled_quotes(lines: list[str], nonblank: list[int], header: set[int]) -> set[int]:
    """The lines of the messages quoted whole under a mailer's rule, the rule with them; only
    on a message's page, its own header above the rule (an article that prints one mail keeps it)."""
    out: set[int] = set()
    first = min(header, default=len(lines))
    for n, k in enumerate(nonblank):
        if k <= first or not _RULED.match(lines[k]) or n + 1 == len(nonblank) or nonblank[n + 1] not in header:
            continue
        out.add(k)
        body = False
        for m in nonblank[n + 1 : n + 1 + _RULED_QUOTE_LINES]:
            text = lines[m]
            if m in header:
                if body:
                    break  # the next message
                continue
            if _SEPARATOR.match(text) or _TEAR_LINE.match(text) or _RULED.match(text) or _LINK_ROW.match(text):
                break
            out.add(m)
            body = True
    return out


def _candidates(lines: list[str]) -> tuple[list[int], list[int]]:
    """The lines that may be quoted, and those that may hold a header's field: cheap tests
    first, as most pages have neither."""
    quoted, fields = [], []
    for k, line in enumerate(lines):
        head = line.lstrip()[:4]
        if (">" in head or "＞" in head) and _QUOTED.match(line):
            quoted.append(k)
        elif (":" in line or "：" in line) and (
                _FIELD_LINE.match(line) or line.count(":") + line.count("：") >= 3):
            fields.append(k)
    return quoted, fields


def mail_spans(source: str) -> list[Span]:
    """The spans of a message's frame and quotes, in source order; none on another page."""
    lines = source.split("\n")
    quoted, fields = _candidates(lines)
    if not quoted and not fields:
        return []
    nonblank = [k for k, t in enumerate(lines) if t.strip()]
    rank = {k: n for n, k in enumerate(nonblank)}
    header = set(_header_lines(lines, fields, rank))
    is_quoted = set(quoted)
    # the non-empty line above each quote's first line: its attribution, if any
    heads = {h for k in quoted if rank[k] and (h := nonblank[rank[k] - 1]) not in is_quoted}
    attributions = {k for k in heads if _attributed(lines[k])}
    if not header and not attributions:
        return []
    if header:
        # on a message's page, a quote's head needs no clock or address ("Daniel wrote:")
        attributions |= {k for k in heads if _ENDS_COLON.search(lines[k])
                         and len(lines[k].split()) <= _ATTRIBUTION_WORDS}
    for k in list(attributions):
        # an attribution set on two lines ("On Tue, 14 Nov 2006 10:22:31 +0900" over "Ichiro
        # Suzuki <...> wrote:"): the line right above, with its time or address, is its head
        if k and lines[k - 1].strip() and k - 1 not in header and k - 1 not in is_quoted \
                and _dated_or_addressed(lines[k - 1]):
            attributions.add(k - 1)
    out: dict[int, tuple[str, str]] = {}
    for k in header:
        out[k] = ("chrome", "mail_header")
    for k in [*quoted, *attributions, *sorted(_ruled_quotes(lines, nonblank, header))]:
        out.setdefault(k, ("duplicate", "quoted_reply"))
    for n, k in enumerate(nonblank):
        text = lines[k]
        if _SEPARATOR.match(text):
            sig = [k]
            for m in range(k + 1, min(k + 1 + _SIGNATURE_LINES, len(lines))):
                if not lines[m].strip():
                    break
                if len(lines[m].split()) > _SIGNATURE_WORDS:
                    sig = []  # a paragraph under the dashes: no signature
                    break
                sig.append(m)
            if len(sig) > 1:
                for m in sig:
                    out.setdefault(m, ("chrome", "mail_signature"))
        elif n + 1 < len(nonblank) and _TEAR_LINE.match(text) and _ORIGIN.match(lines[nonblank[n + 1]]):
            out.setdefault(k, ("chrome", "mail_signature"))
            out.setdefault(nonblank[n + 1], ("chrome", "mail_signature"))
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for k in sorted(out):
        text = lines[k]
        lead = len(text) - len(text.lstrip())
        spans.append(Span(starts[k] + lead, starts[k] + len(text.rstrip()), *out[k]))
    return spans


def attach_mail(blocks: list[Block], source: str) -> None:
    """Give each block of a message's page the spans of its frame and quotes."""
    attach_spans(blocks, mail_spans(source))
