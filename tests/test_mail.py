"""A mail archive's message (read/mail.py): its header, the earlier message it quotes with
the line that attributes it, and its signature are removed with their rows; the reply stays,
in any language, on text dumps and HTML; an article's own quote stays."""

from __future__ import annotations

from html import escape

import pytest

from corpusclean import CleanResult, Config, clean_page
from corpusclean.verify import check_page

REPLY = [
    "Thanks for writing this up, Daniel. I did some measurements on the 1.9.4 tree last night because I "
    "wanted real numbers before we argue about which compression we ship.",
    "Decompression of the zstd tarball takes a third of the time gzip needs, and the file is about twenty "
    "percent smaller, so I am in favour as long as we keep signing every artefact.",
    "If nobody objects by Friday I will open a merge request with that and update the release notes. If "
    "you want to take it instead, just say so, I am happy to review.",
]
QUOTE = [
    "> I'd like to propose that starting with 2.0 we publish only .tar.zst",
    "> release tarballs and drop .tar.gz and .tar.xz. Decompression is a",
    "> lot faster, and every distro we care about ships zstd by now.",
]
ATTRIBUTION = "On Mon, 11 Mar 2024 at 22:17, Daniel Okafor <dokafor at example.com> wrote:"
SIGNATURE = ["-- ", "Marta Kowalczyk", "ledgerkit release manager | GPG 7A1C 0D3E"]
PIPERMAIL = [
    "[Ledgerkit-devel] Re: [RFC] Ship release tarballs as .tar.zst only",
    "Marta Kowalczyk marta at example.dev\nTue Mar 12 09:41:07 UTC 2024",
    "  * Previous message (by thread): [Ledgerkit-devel] [RFC] Ship release tarballs as .tar.zst only\n"
    "  * Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
    ATTRIBUTION, "\n".join(QUOTE), REPLY[0], REPLY[1], REPLY[2], "\n".join(SIGNATURE),
    "More information about the Ledgerkit-devel mailing list",
]


def _clean(text: str, kind: str = "text") -> CleanResult:
    return clean_page(text.encode() if kind == "html" else text, kind=kind, config=Config(langs=("any",)))


def _rows(res: CleanResult, rule: str) -> list[str]:
    return [s.text.strip() for s in res.removed if s.rule == rule]


def _said(res: CleanResult, rule: str) -> str:
    """The words of the rows of `rule` (neighbouring blocks removed alike are one row)."""
    return " ".join(" ".join(_rows(res, rule)).split())


def _words(*lines: str) -> str:
    return " ".join(" ".join(lines).split())


def _nothing_lost(res: CleanResult) -> None:
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule}
            for s in res.removed]
    assert check_page("p", res.source, res.text, rows) is None


def test_a_pipermail_message_keeps_the_reply_without_quote_or_signature() -> None:
    res = _clean("\n\n".join(PIPERMAIL) + "\n")
    for para in REPLY:
        assert para in res.text
    assert ">" not in res.text and "wrote:" not in res.text and "Kowalczyk" not in res.text
    assert {s.category for s in res.removed if s.rule == "quoted_reply"} == {"duplicate"}
    assert _said(res, "quoted_reply") == _words(ATTRIBUTION, *QUOTE)
    assert _said(res, "mail_signature") == _words(*SIGNATURE)
    _nothing_lost(res)


def test_a_quote_run_into_the_reply_is_cut_from_it() -> None:
    # a dump with no blank line between the quote and the reply under it
    text = "\n\n".join([*PIPERMAIL[:3], "\n".join([ATTRIBUTION, *QUOTE, REPLY[0]]), REPLY[1], REPLY[2]]) + "\n"
    res = _clean(text)
    assert REPLY[0] in res.text and "zstd by now" not in res.text
    assert _said(res, "quoted_reply") == _words(ATTRIBUTION, *QUOTE)
    _nothing_lost(res)


HEADER = ["* To: debian-user-german@lists.debian.org",
          "* Subject: Re: Bookworm: nach Suspend kein WLAN mehr (AX200)",
          "* From: Klaus Reinhardt <klaus@example.de>",
          "* Date: Sat, 20 Jan 2024 10:17:33 +0100",
          "* Message-id: <8c1f2a9e@example.de>"]
DE_REPLY = [
    "das Problem kenne ich vom Notebook meiner Frau, gleiche Karte, gleiches Verhalten. Bei uns lag es nicht am "
    "NetworkManager, sondern daran, dass die Firmware nach dem Aufwachen nicht mehr sauber startet.",
    "Geholfen hat, das Modul vor dem Suspend zu entladen und danach wieder zu laden. Das geht am saubersten mit "
    "einem kleinen Skript, das systemd bei jedem Suspend und Resume aufruft.",
]


def test_a_header_in_a_list_and_a_quote_without_attribution_on_a_message_page() -> None:
    text = "\n\n".join(["Re: Bookworm: nach Suspend kein WLAN mehr (AX200)", "\n".join(HEADER),
                        "Hallo Bernd,", "Am 19.01.24 um 22:40 schrieb Bernd Vogt:",
                        "> seit dem Upgrade ist nach dem Aufwachen das WLAN weg.", DE_REPLY[0],
                        "> Ich habe schon die Firmware aus backports probiert.", DE_REPLY[1]]) + "\n"
    res = _clean(text)
    assert DE_REPLY[0] in res.text and DE_REPLY[1] in res.text
    assert _said(res, "mail_header") == _words(*HEADER)
    assert "backports" not in res.text and "schrieb" not in res.text
    _nothing_lost(res)


@pytest.mark.parametrize(("attribution", "quote", "reply"), [
    ("在 2008-07-15 22:41 +0800，刘洋写道：", "> 用 py2exe 打包以后，程序放在中文路径下面就启动不了。",
     "这个问题我前几个月也碰到过。原因是 sys.argv[0] 在 Windows 下是按系统默认编码编码的字节串，你后面大概把它和"
     " unicode 字符串拼在一起了，所以一到中文路径就会报错。先用系统编码解码一次就好了。"),
    ("Le 3 mars 2024 à 09:15, Julien Morel <julien@example.fr> a écrit :", "> Est-ce que quelqu'un a testé la 2.0 ?",
     "Oui, je l'ai installée la semaine dernière sur deux serveurs de test et tout fonctionne correctement, y "
     "compris la migration de la base, qui a pris une dizaine de minutes pour quatre gigaoctets de données."),
    ("19.02.2024 14:02, Иван Петров пишет:", "> Подскажите, как настроить NAT на два провайдера?",
     "Проще всего через policy routing: две таблицы маршрутизации, по одной на провайдера, и правила, которые "
     "выбирают таблицу по адресу источника. Скрипт проверки канала переключает маршрут по умолчанию."),
])
def test_a_quote_under_an_attribution_with_a_time_is_removed_in_any_language(attribution: str, quote: str,
                                                                              reply: str) -> None:
    res = _clean("\n\n".join([attribution, quote, reply, REPLY[1]]) + "\n")
    assert reply in res.text and quote not in res.text
    assert _said(res, "quoted_reply") == _words(attribution, quote)


def test_a_fidonet_messages_tear_and_origin_lines_are_its_signature() -> None:
    text = "\n\n".join(["\n".join(["From: Sergey Kulikov (2:5020/1042.17)", "Newsgroups: fido7.ru.linux",
                                   "Subject: Re: NAT на два провайдера", "Date: Thu, 13 Mar 2003 09:05:44 +0300"]),
                        "Привет, Alexey!", "SK> Маскарадинг через eth1 настроен и работает.",
                        "Проблема почти наверняка в MTU: ADSL-модем режет пакеты, и без ограничения MSS часть "
                        "сайтов будет открываться через раз. Добавь правило для SYN-пакетов, и проблема уйдет.",
                        "Пока, Alexey!", "--- GoldED+/LNX 1.1.5", " * Origin: Кто рано встает, тот весь день зевает"]) + "\n"
    res = _clean(text)
    assert "Проблема почти наверняка в MTU" in res.text
    assert "GoldED" not in res.text and "Origin" not in res.text and "SK>" not in res.text
    assert _said(res, "mail_signature") == "--- GoldED+/LNX 1.1.5 * Origin: Кто рано встает, тот весь день зевает"


def test_an_articles_quote_of_a_statement_stays() -> None:
    # no header, and the line above the quote names no time and no address: an article's quote
    quote = "> We will rebuild the bridge before the winter, whatever the insurers decide."
    text = "\n\n".join([REPLY[0], "In a statement on Tuesday, the ministry said:", quote, REPLY[1],
                        "--", "The editors"]) + "\n"
    res = _clean(text)
    assert quote in res.text
    assert not [s for s in res.removed if s.rule in ("quoted_reply", "mail_signature", "mail_header")]


def test_an_html_archives_message_in_pre() -> None:
    body = escape("\n".join([ATTRIBUTION, *QUOTE, "", REPLY[0], "", REPLY[1], "", REPLY[2], "", *SIGNATURE]))
    html = ("<html><head><title>[Ledgerkit-devel] Re: [RFC] tarballs</title></head><body>"
            "<h1>[Ledgerkit-devel] Re: [RFC] tarballs</h1><b>Marta Kowalczyk</b> marta at example.dev<br>"
            "<i>Tue Mar 12 09:41:07 UTC 2024</i><ul><li>Previous message: [RFC] tarballs</li></ul>"
            f"<pre>{body}</pre><hr><a href='#'>More information about the Ledgerkit-devel mailing list</a>"
            "</body></html>")
    res = _clean(html, kind="html")
    assert REPLY[0] in res.text and REPLY[2] in res.text
    assert "zstd by now" not in res.text and "release manager" not in res.text
    assert _said(res, "quoted_reply").startswith(_words(ATTRIBUTION, *QUOTE))


# A mail archive's links to the messages around this one and to its indexes.
@pytest.mark.parametrize(("line", "rule"), [
    ("[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]", "bracketed_link"),
    ("[prev in list] [next in list] [prev in thread] [next in thread]", "bracketed_link"),
    ("Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]", "bracketed_link"),
    ("消息按照排序: [ 日期 ] [ 线索 ] [ 主题 ] [ 作者 ]", "bracketed_link"),
    ("[日付順の前の記事][日付順の次の記事][スレッドの前の記事][スレッドの次の記事]", "bracketed_link"),
    ("Prev by Date: Re: Thunderbird 115 verliert Filterregeln", "related_link_labelled"),
    ("Next message (by thread): [Ledgerkit-devel] Re: [RFC] Ship release tarballs as .tar.zst only",
     "related_link_labelled"),
])
def test_an_archives_links_around_the_message_are_removed(line: str, rule: str) -> None:
    res = _clean("\n\n".join([REPLY[0], line, REPLY[1], REPLY[2]]) + "\n")
    assert [(s.category, s.rule, s.text.strip()) for s in res.removed] == [("chrome", rule, line)]


@pytest.mark.parametrize("line", [
    "The two switches are labelled [on] and [off], and the manual calls the second one [standby].",
    "[1][2][3]",
])
def test_brackets_in_a_sentence_or_references_are_no_links(line: str) -> None:
    res = _clean("\n\n".join([REPLY[0], line, REPLY[1], REPLY[2]]) + "\n")
    assert line in res.text


OUTLOOK = ["-----Ursprüngliche Nachricht-----", "Von: Bernd Vogt <bernd@example.de>",
           "Gesendet: Freitag, 19. Januar 2024 22:40", "An: debian-user-german@lists.debian.org",
           "Betreff: Bookworm: nach Suspend kein WLAN mehr"]
OUTLOOK_BODY = ("seit dem Upgrade von Bullseye auf Bookworm ist nach dem Aufwachen aus dem Suspend das WLAN weg, "
                "erst ein Neustart hilft. Die Karte ist eine Intel AX200 in einem ThinkPad.")


def test_a_message_quoted_whole_under_a_mailers_rule_is_a_quote() -> None:
    text = "\n\n".join(["\n".join(HEADER), *DE_REPLY, "\n".join(OUTLOOK), OUTLOOK_BODY, "-- ", "Klaus",
                        "[Date Prev][Date Next][Thread Prev][Thread Next]"]) + "\n"
    res = _clean(text)
    assert DE_REPLY[0] in res.text and DE_REPLY[1] in res.text
    assert "Ursprüngliche" not in res.text and "Bullseye" not in res.text
    assert "Bullseye" in _said(res, "quoted_reply") and "Gesendet" in _said(res, "mail_header")
    _nothing_lost(res)


def test_an_article_that_prints_one_mail_under_a_rule_keeps_its_text() -> None:
    # no header of the page's own above the rule: the mail is what the article shows
    text = "\n\n".join([REPLY[0], "\n".join(OUTLOOK), OUTLOOK_BODY, REPLY[1], REPLY[2]]) + "\n"
    res = _clean(text)
    assert OUTLOOK_BODY in res.text and REPLY[2] in res.text


def test_a_users_drop_pattern_names_a_quoted_lines_removal() -> None:
    from corpusclean.config import Override

    text = "\n\n".join([*PIPERMAIL[3:5], REPLY[0], REPLY[1]]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=("any",), overrides=(Override("drop", r"^> I'd like"),)))
    assert ("chrome", "user_drop") in [(s.category, s.rule) for s in res.removed]
    assert "quoted_reply" in [s.rule for s in res.removed]  # the quote's other lines
