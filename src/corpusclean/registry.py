"""Every rule name the manifest can hold, defined once: its category and what it means.

Stages name their rules here; ``Block.add`` refuses a rule that is not registered, so a typo
fails the tests instead of quietly disabling a behaviour. The README's rule table is checked
against this registry (tests/test_registry.py), and ``corpusclean show --rule`` takes only
names from it. Phrase families of a user's rules file are registered when they are read.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    category: str
    description: str


_RULES: tuple[Rule, ...] = (
    # chrome: site furniture, found by phrase families (classify/rules/chrome.py)
    Rule("navigation", "chrome", "a menu line: Home, News, Contact, ..."),
    Rule("breadcrumb", "chrome", "a breadcrumb trail on one line: Home » News » <title>"),
    Rule("inline_menu", "chrome", "several menu items on one line"),
    Rule("run_together_labels", "chrome", "menu items or buttons run together on one line (\"DelaKopiera länkSparaLyssna\")"),
    Rule("bracketed_link", "chrome", "a link in square brackets, alone (a wiki's [edit]) or in a row, maybe under "
         "a label: [Date Prev][Date Next][Thread Index]"),
    Rule("edit_link", "chrome", "a wiki's link to edit a section, alone on its line (Edit, [ Quelltext bearbeiten ]) or "
         "beside a heading, cut from it: Biography [ edit ]"),
    Rule("footnote_mark", "chrome", "a footnote's mark on a line of its own: [1], [12], [a]"),
    Rule("table_of_contents", "chrome", "a table of contents: the headings the article prints again, in their order"),
    Rule("related_links", "chrome", "a related / read more / popular list or its header"),
    Rule("related_link_labelled", "chrome",
         "a link labelled as related (Related: ..., See also: ..., or on HTML a label set before its link: Leggi anche <title>)"),
    Rule("link_run", "chrome", "three or more short lines in a row, each wholly a link: a menu, a list of sections or archive months (HTML)"),
    Rule("related_list", "chrome", "the links or headlines listed under a related / latest / popular header"),
    Rule("ad_label", "chrome", "an ad's label where the ad stood: Advertisement, Anzeige, Реклама, ..."),
    Rule("teaser_list", "chrome", "a run of short teaser headlines"),
    Rule("post_frame", "chrome", "a forum thread's lines between its posts: poster, rank, stamp, Quote"),
    Rule("mail_header", "chrome", "a mail archive's message header: From:, Date:, Subject:, Message-ID: (read/mail.py)"),
    Rule("mail_signature", "chrome", "a message's signature under its separator: -- and the few lines under it"),
    Rule("quote_expander", "chrome", "a forum's link under a folded quote, on its own line, cut from the reply it runs into: "
         "Click to expand..., Zum Vergrößern anklicken...."),
    Rule("templated_list", "chrome", "a run of blocks built from one template (listing cards)"),
    Rule("tags_line", "chrome", "a Tags: / Filed under: line"),
    Rule("tag_list", "chrome", "a list of tag words"),
    Rule("share_line", "chrome", "a share widget: Share this, Facebook Twitter, ..."),
    Rule("social_follow", "chrome", "follow us / join us on a network"),
    Rule("cookie_notice", "chrome", "a cookie or consent notice"),
    Rule("consent_button", "chrome", "a consent dialog's button (Accept all, Manage settings)"),
    Rule("newsletter_signup", "chrome", "a newsletter sign-up appeal"),
    Rule("newsletter_pitch", "chrome", "the paragraph of a newsletter box between its header and its button"),
    Rule("newsletter_label", "chrome", "a newsletter form's label"),
    Rule("login_form", "chrome", "a login or registration form's fields and links"),
    Rule("comment_form", "chrome", "a comment form's fields (Name *, Email *, Post comment)"),
    Rule("comment_widget", "chrome", "a comment widget's controls (sort, load more, count)"),
    Rule("gallery", "chrome", "gallery or slideshow controls and credits (Photos, View gallery, Photo credit: ...)"),
    Rule("slide_counter", "chrome", "a slideshow's counter between its slides (1 / 5)"),
    Rule("image_caption", "chrome", "an image credit or caption line"),
    Rule("attachment_link", "chrome", "a file's link with its type and size: Press release (PDF, 142 kB)"),
    Rule("next_story", "chrome", "the next story a site stacks under the article, below its Next article header (HTML)"),
    Rule("embed_credit", "chrome", "the signature or author line of an embedded post (— Name (@handle) date, "
         "A post shared by Name (@handle)) or its sound (♬ ...)"),
    Rule("view_counter", "chrome", "a view, like or read-time counter"),
    Rule("byline_dateline", "chrome", "a byline or dateline on its own line"),
    Rule("feedback_widget", "chrome", "was this helpful? / rate this article"),
    Rule("separator_line", "chrome", "a line of separators or symbols only"),
    Rule("star_rating", "chrome", "a row of rating stars with its score and count: ★★★★★ 4.86 (21)"),
    Rule("call_to_action", "chrome", "a call to action: subscribe, download the app, book now"),
    Rule("shop_button", "chrome", "a shop control: add to cart, buy now, price line"),
    Rule("paywall", "chrome", "a paywall notice, and its box's offer between the gate and its last line"),
    Rule("disclaimer", "chrome", "a legal, affiliate or copyright disclaimer"),
    Rule("tech_notice", "chrome", "the site's machinery speaking: enable JavaScript, your browser is out of date, cannot play this video"),
    Rule("license_notice", "chrome", "a licence line (Creative Commons, all rights reserved)"),
    Rule("contact_line", "chrome", "a contact line: phone, address, email"),
    Rule("sidebar_widget", "chrome", "a sidebar widget's heading (Archives, Categories, Recent posts)"),
    Rule("testimonial", "chrome", "a run of customer testimonials"),
    Rule("author_bio", "chrome", "an author box after the article, or an organisation's (About <name>) under a press release"),
    Rule("server_message", "chrome", "a server or PHP warning printed into the page"),
    Rule("page_title", "chrome", "the page's title line repeated as chrome, or above it the site's name (its masthead)"),
    Rule("article_end", "chrome", "what follows the article's end marker"),
    Rule("before_article", "chrome", "a block before the article core (text pages)"),
    Rule("after_article", "chrome", "a block after the article core (text pages)"),
    Rule("outside_main_content", "chrome", "HTML: outside trafilatura's main content"),
    # chrome named by the page's markup (read/dom.py)
    Rule("dom_navigation", "chrome", "HTML: inside <nav> or a menu the markup names"),
    Rule("dom_breadcrumb", "chrome", "HTML: inside a breadcrumb"),
    Rule("dom_header", "chrome", "HTML: inside the page header"),
    Rule("dom_footer", "chrome", "HTML: inside a footer"),
    Rule("dom_sidebar", "chrome", "HTML: inside an <aside> or sidebar"),
    Rule("side_column", "chrome", "HTML: a cell of a layout table beside the article's cell (a menu or notices column)"),
    Rule("dom_related", "chrome", "HTML: inside a related-content box"),
    Rule("dom_share", "chrome", "HTML: inside a share box"),
    Rule("dom_newsletter", "chrome", "HTML: inside a newsletter box"),
    Rule("dom_consent", "chrome", "HTML: inside a cookie or consent box"),
    Rule("dom_tags", "chrome", "HTML: inside a tags box"),
    Rule("dom_choice", "chrome", "HTML: a poll or a form's choice (a group of radio buttons)"),
    Rule("dom_user_card", "chrome", "HTML: the poster's card or signature beside a forum post or an answer"),
    Rule("dom_author", "chrome", "HTML: inside an author box"),
    Rule("dom_ad", "chrome", "HTML: inside an advertisement"),
    Rule("site_repeated", "chrome", "seen on many pages of the site (corpus/repeats.py)"),
    Rule("user_drop", "chrome", "a [[drop]] pattern of the user's rules file"),
    # donation appeals (classify/rules/donation.py)
    Rule("donation_appeal", "donation", "an appeal for money: donate, support us, become a member"),
    Rule("payment_details", "donation", "bank details of an appeal: IBAN, account, PayPal"),
    # comment threads (classify/rules/comments.py, classify/comments.py)
    Rule("comment_thread", "comments", "a reader comment of the thread after the article"),
    Rule("comment_section", "comments", "HTML: inside a comment section the markup names"),
    Rule("comments_closed", "comments", "comments are closed / no comments yet"),
    Rule("reply_line", "comments", "a comment's Reply / Report / vote line"),
    Rule("action_row", "comments", "a short row printed after each of three or more posts, alike but for its counts: Reply · Like (4)"),
    # duplicates (classify/duplicate.py)
    Rule("exact_copy", "duplicate", "a paragraph seen earlier on the page"),
    Rule("contained_in_longer", "duplicate", "a pull-quote: inside a longer paragraph of the page"),
    Rule("quoted_reply", "duplicate", "a mail's quote of an earlier message, > line by line, and the line that attributes it: "
         "On ..., Daniel wrote:"),
    Rule("repeated_title", "duplicate", "a title or caption repeated on the page"),
    Rule("repeated_run", "duplicate", "lines printed again in the same order: a recipe card's list"),
    # languages (classify/language.py)
    Rule("foreign_language", "language", "a block in a language that is not a target"),
    Rule("foreign_script", "language", "a block in a script no target language is written in"),
    Rule("foreign_context", "language", "a short block between foreign blocks"),
    # the article's headline (classify/title.py)
    Rule("headline", "title", "the article's headline (--title keep|drop)"),
    # a text page's own markup inside kept text (read/markdown.py)
    Rule("markdown_link", "markup", "a Markdown link's [ and ](target) around its text, which is kept"),
    Rule("markdown_image", "markup", "a Markdown image, ![alt](source), which showed no text"),
    Rule("link_number", "markup", "the number a text browser's dump prints before each link: [12]Facebook"),
    Rule("ruby_reading", "markup", "a reading printed in parentheses after its kanji: 北海道(ほっかいどう)"),
    # pages that could not be cleaned
    Rule("empty_page", "error", "no text at all"),
    Rule("binary_file", "error", "not text: an image, a program, compressed data"),
    Rule("bad_gzip", "error", "a damaged gzip file"),
    Rule("bad_zstd", "error", "a damaged zstd-compressed JSONL file"),
    Rule("too_large", "error", "over --max-bytes"),
    Rule("timeout", "error", "over --max-seconds"),
    Rule("too_deep", "error", "markup nested too deeply to parse"),
    Rule("unreadable_file", "error", "the file cannot be read (permissions, a FIFO, a broken link)"),
    Rule("unreadable_page", "error", "the page cannot be read"),
    Rule("unwritable_name", "error", "the page's output file cannot have its name (another page's, or too long)"),
    Rule("bad_warc", "error", "a damaged or not a WARC archive"),
    Rule("bad_record", "error", "a JSONL line or Parquet row that is no document"),
    Rule("bad_parquet", "error", "a damaged Parquet file"),
    Rule("no_pages", "error", "an archive or document file with no page in it"),
    Rule("damaged_cache", "error", "the run's cached copy of the page is damaged"),
    Rule("worker_died", "error", "the process cleaning the page died every time"),
    Rule("internal_error", "error", "a bug met on this page; please report it"),
)

RULES: dict[str, Rule] = {r.name: r for r in _RULES}

#: Rules that say where a block stands (beside the article, outside trafilatura's main text,
#: in the page's header, footer or sidebar), not what it is. Where a block carries one of
#: these and a rule that says what it is, the manifest names the latter.
PLACES: frozenset[str] = frozenset({"before_article", "after_article", "outside_main_content", "dom_header",
                                    "dom_footer", "dom_sidebar"})
#: Phrase families of a user's rules file (their names are theirs to choose).
_USER: dict[str, Rule] = {}


class UnknownRule(ValueError):
    pass


def rule(name: str) -> Rule:
    """The registered rule ``name``; UnknownRule for a name nobody registered."""
    found = RULES.get(name) or _USER.get(name)
    if found is None:
        raise UnknownRule(f"rule {name!r} is not in corpusclean's rule registry (registry.py)")
    return found


def register_user_rule(name: str, category: str) -> None:
    """A phrase family of the user's rules file: its name becomes a rule of ``category``."""
    if name not in RULES:
        _USER.setdefault(name, Rule(name, category, "a phrase family of the user's rules file"))


def by_category() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _RULES:
        out.setdefault(r.category, []).append(r.name)
    return out


def markdown_table() -> str:
    """The README's rule table (tests/test_registry.py keeps the two the same)."""
    lines = ["| category | rule | what it marks |", "|---|---|---|"]
    lines += [f"| `{r.category}` | `{r.name}` | {r.description} |" for r in _RULES]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m corpusclean.registry > table.md
    print(markdown_table(), end="")
