"""What a page's markup says about a block: ancestor tags and class/id tokens, as data.

Each concept is a set of class/id *words* (a class such as ``comments-area`` or
``commentList`` is split into ``comments``, ``area`` / ``comment``, ``list``), plus a few
long, unambiguous *stems* found anywhere in a class or id (``breadcrumb`` in
``c-breadcrumbs__item``). Words are matched whole because short ones are ambiguous as
substrings: ``ad`` is in ``header`` and ``shadow``, ``nav`` in ``canvas``, ``tag`` in
``vintage``.

Where the words come from: trafilatura's own class/id lists for comments, navigation,
sharing, related posts, newsletters, consent banners and bylines (its ``xpaths.py``), the
class names of the common CMS themes (WordPress: ``comment-list``, ``comment-respond``,
``sharedaddy``, ``jp-relatedposts``, ``widget-area``; Disqus ``disqus_thread``; Blogger
``blog-pager``), and the words that sites in other languages write in their class names,
ASCII-folded as class names are (``kommentare``, ``reacties``, ``yorumlar``, ``binh-luan``,
``noticias-relacionadas``, ``rodape``). Each chrome concept's words were checked against
both benchmarks: no element carrying one of them holds a ``with`` snippet or a gold
paragraph. Left out are the words that also name content: ``komentar``/``komentare`` (Czech
and Slovak for an opinion column), ``yorum`` (Turkish, also opinion), ``otzyvy`` (Russian,
product reviews), ``colonne`` (French, the main column too), ``cmp`` (a consent management
platform, and the class prefix of every component of Adobe's Experience Manager: bench/dev
0059 and 4182 are "cmp-" elements throughout).
Deliberately absent: ``widget`` (a WordPress text widget can hold a page's only article,
bench/multi m0036), ``content``, ``main``, ``post`` and ``entry``.
"""

from __future__ import annotations

#: Ancestor tags that matter, by the name the evidence gives them.
TAGS: dict[str, str] = {
    "nav": "nav", "header": "header", "footer": "footer", "aside": "aside", "form": "form",
    "figure": "figure", "figcaption": "figcaption", "li": "li", "dt": "li", "dd": "li",
    "table": "table", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
    "h5": "heading", "h6": "heading", "article": "article", "main": "main", "menu": "nav",
    "button": "form", "label": "form", "textarea": "form", "fieldset": "form",
    "blockquote": "quote", "pre": "code",
}

#: ARIA landmark roles, by concept.
ROLES: dict[str, str] = {
    "navigation": "menu", "menubar": "menu", "menu": "menu", "complementary": "sidebar",
    "contentinfo": "footer", "banner": "header", "search": "menu", "dialog": "consent",
    "alertdialog": "consent",
}

#: concept -> class/id words matched whole.
WORDS: dict[str, frozenset[str]] = {
    "comment": frozenset({
        "comment", "comments", "commentlist", "commentslist", "comentarios", "comentario",
        "commentaires", "commentaire", "kommentar", "kommentare", "commenti", "commento",
        "komentarze", "reactions", "replies", "respond", "dsq", "disqus",
        "leserkommentare", "talkback", "reacties", "reactie", "yorumlar", "kommentarer",
        "komentarji", "hozzaszolasok", "hozzaszolas", "kommentek", "comentarii", "binhluan",
        "kommentarii", "diskuse",
        # an obituary's guest book: readers' messages under the notice (and STEMS)
        "livredor", "kondolencje",
    }),
    "share": frozenset({
        "share", "shares", "sharing", "sharer", "social", "sociable", "socials",
        "sharedaddy", "addthis", "addtoany", "sharethis", "shariff", "socialshare",
        "teilen", "partager", "partage", "compartir", "compartilhar", "compartilhe", "partilhar",
        "condividi", "condivisione", "delen", "udostepnij", "paylas", "paylasim", "sdilet",
        "megosztas", "distribuie", "bagikan", "chiase",
    }),
    "related": frozenset({
        "related", "relatedposts", "recommended", "recommendations", "recirculation",
        "outbrain", "taboola", "popular", "mostread", "trending", "teaser", "teasers",
        "readmore", "moreposts", "morestories", "verwandte", "aehnliche", "similar",
        "empfehlungen", "relacionados", "relacionadas", "relacionado", "correlati", "correlate",
        "similaires", "connexes", "gerelateerd", "powiazane", "ilgili", "souvisejici",
        "relaterade", "relaterat", "kapcsolodo", "similare", "terkait", "lienquan",
    }),
    "newsletter": frozenset({
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "mailchimp",
        "mc4wp", "optin", "abonnieren", "abonnement", "suscribirse", "suscripcion", "iscriviti",
        "inschrijven",
    }),
    "consent": frozenset({
        "cookie", "cookies", "consent", "gdpr", "cookiebanner", "cookielaw",
        "onetrust", "didomi", "cookiebot", "usercentrics", "borlabs",
    }),
    "sidebar": frozenset({
        "sidebar", "sidebars", "sidecol", "rail", "aside", "widgetarea", "seitenleiste",
        "barralateral", "lateral",
    }),
    "breadcrumb": frozenset({
        "breadcrumb", "breadcrumbs", "crumbs", "crumb", "brotkrumen", "migas", "filariane",
        "kruimelpad", "briciole",
    }),
    "menu": frozenset({
        "nav", "navbar", "navigation", "navi", "menu", "menus", "menubar", "megamenu",
        "subnav", "topnav", "mainnav", "pagination", "pager", "skip", "toolbar",
        "hamburger", "dropdown", "tabs", "menue", "hauptnavigation", "navegacion", "navegacao",
        "navigazione",
    }),
    "footer": frozenset({"footer", "colophon", "copyright", "fusszeile", "pied", "rodape", "piedepagina"}),
    "header": frozenset({"masthead", "topbar", "siteheader"}),
    "author": frozenset({
        "author", "authors", "byline", "vcard", "bio", "authorbox", "autor", "auteur",
        "autore", "yazar", "szerzo",
    }),
    # Not "tag" or "category": WordPress writes the post's own taxonomy on its <article>
    # ("post hentry category-politics tag-election").
    "tags": frozenset({
        "tags", "tagcloud", "taglist", "keywords", "schlagworte", "schlagwoerter", "stichworte",
        "etiquetas", "etichette", "motscles", "trefwoorden", "etiketler", "tagi", "stitky", "cimkek",
    }),
    # A donation box ("spendenbox", "donate-cta", "box-sostieni", "wspieraj-box"). Its
    # markup alone names no rule (one site's "donation-wrapper" holds its help search): it
    # carries an appeal found in one of its lines over the box's other lines
    # (classify/donation.py). No element carrying one of these words holds a `with` snippet
    # of bench/multi or a gold paragraph of bench/dev.
    "donation": frozenset({
        "donate", "donation", "donations", "donor", "donors", "fundraising", "fundraiser", "spenden", "spende",
        "sostieni", "sostienici", "donazione", "donazioni", "apoie", "doacao", "doacoes", "donar", "donaciones",
        "donativo", "wspieraj", "wesprzyj", "darowizna", "podporte", "darujte", "darujme", "bagis", "patreon",
        "kofi", "trakteer", "saweria", "liberapay",
    }),
    # An article's lead (standfirst, dek, chapo, German "Vorspann"): not chrome. It names
    # no rule; read/align.py takes such a block back above the article's first paragraph.
    # "teaser" is also a related box's word: only the position tells them apart. Not "lid"
    # (Polish for a lead, Dutch for a member: "lid-worden" is a membership box).
    "lead": frozenset({
        "lead", "leadtext", "standfirst", "dek", "chapo", "chapeau", "intro", "introtext",
        "excerpt", "summary", "abstract", "teaser", "teasertext", "subheadline", "subhead",
        "subtitle", "vorspann", "anriss", "einleitung", "entradilla", "bajada", "copete",
        "sumario", "sommario", "linhafina", "accroche", "zajawka", "leadin",
        # the Nordic newsrooms' "ingress" (Finnish "ingressi"), the Czech and Slovak "perex",
        # the Italian "catenaccio"
        "ingress", "ingressi", "perex", "catenaccio",
    }),
    # The card beside a forum post or a Q&A answer: the poster's name, rank, post count and
    # join date (phpBB "postprofile", XenForo "message-user" and "message-userDetails", MyBB
    # "author_information", Invision "cAuthorPane", Discuz!'s poster column "pls" and its "authi" line, Stack
    # Exchange "user-info"). Unlike an article's author box, it never holds the text: the post
    # is its sibling. Matched as the joined class ("message-user", not XenForo's post body
    # "message-userContent"). No element carrying one holds a `with` snippet of bench/multi
    # or a gold paragraph of bench/dev. So is the signature a board prints under each of a
    # poster's posts (phpBB's and vBulletin's "signature", XenForo's "message-signature",
    # Invision's "ipsSignature"): no element so named holds a gold paragraph or a `with`
    # snippet of bench/dev, bench/multi or the check pages (where news pages name a byline so,
    # that is chrome too).
    "user_card": frozenset({
        "postprofile", "userinfo", "messageuser", "messagecelluser", "messageuserdetails",
        "messageuserextras", "authorinformation", "authorstatistics", "cauthorpane", "pls",
        "authi", "favatar",
        "signature", "messagesignature", "postsignature", "ipssignature", "signaturecontainer",
    }),
    # A picture's caption where the page writes no <figcaption> ("media-caption",
    # "wp-caption-text", "bildunterschrift", "didascalia"): not chrome, and not a paragraph
    # of the article's flow either. It names no rule; read/align.py reads it as a <figure>.
    "caption": frozenset({
        "caption", "captions", "imagecaption", "photocaption", "bildunterschrift", "bildtext",
        "legende", "leyenda", "legenda", "didascalia", "onderschrift", "bijschrift",
    }),
    # The question a Q&A page answers (Stack Exchange's div#question): not chrome. It names
    # no rule; read/align.py takes its post back above the answer the extractor kept.
    "question": frozenset({"question"}),
    "ad": frozenset({
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
        "adsbygoogle", "sponsor", "sponsored", "promo", "banner", "anzeige", "werbung",
        "publicite", "dfp", "publicidad", "publicidade", "anuncio", "anuncios", "pubblicita",
        "reclame", "reklama", "reklam", "annons", "hirdetes", "iklan", "quangcao",
    }),
}

#: concept -> long stems matched anywhere in the lower-cased class or id.
STEMS: dict[str, tuple[str, ...]] = {
    "comment": ("commentlist", "comment-list", "comments-area", "disqus", "comment-respond",
                # an obituary's guest book and condolences ("GuestBook_root", "kondolenzbuch",
                # "condolencias", "condoleanceregister", "gaestebuch")
                "guestbook", "guest-book", "gaestebuch", "gastebuch", "condolenc", "condoleanc",
                "condoglianz", "kondolenz"),
    "share": ("sharedaddy", "social-share", "share-button", "sharing"),
    "related": ("relatedpost", "related-post", "related_post", "jp-relatedposts"),
    "newsletter": ("newsletter",),
    "consent": ("cookie", "consent"),
    "sidebar": ("sidebar",),
    "breadcrumb": ("breadcrumb", "bread-crumb"),
    "donation": ("donat", "spende"),
}

#: Elements whose class/id say nothing about a block: the page's and the article's own
#: wrappers carry the whole page's or post's classes (``<body class="... sidebar-right">``).
NO_CONCEPTS = frozenset({"html", "body", "article", "main"})
