"""Site chrome phrase families: what menus, widgets and forms say, in the languages we see most.

Sources: the boilerplate vocabulary of trafilatura's xpaths.py (class/id tokens such as
share, related, tags, newsletter, cookie, login), jusText's short-block heuristics, and the
`without` snippets of a public extraction benchmark, generalised into phrase families.
Most rules are `whole`: the block *is* the widget ("Share this:", "Tags :"), so an article
sentence that merely mentions sharing or cookies is never touched.
"""

from ...lang.unspaced import CJK_CHARS
from . import PhraseRule
from . import vocabulary as v
from .comments import BY_NAME_ON_DATE

# Appended to a pattern matched anywhere: the block must not end like a sentence (full stop,
# question mark, exclamation or colon, maybe before a closing quote or bracket).
_NOT_A_SENTENCE = r"(?!.*[.!?:][\"”’)\]]*\s*$)"


def _not_after(*words: str) -> str:
    """Lookbehinds, prepended to a pattern: it does not follow any of `words` and a space."""
    return "".join(f"(?<!{w} )" for w in words)


# Prepended to a call: it is not the end of a question a heading asks ("How to get started").
_NOT_ASKED = _not_after("how to", "where to", "why to", "what to", "when to")

# Words of the web and of privacy, in the languages of rules/vocabulary.py, that make
# "cookie" the browser's.
_PRIVACY = (r"(web ?sites?|webseiten?|internetseiten?|browsers?|navigateurs?|navegador(es)?|consent\w*|"
            r"einwilligung\w*|zustimmung|datenschutz\w*|privacy|confidentialité|privacidad|privacidade|"
            r"tracking|analytics|tracker\w*|przeglądar\w*|prywatno\w*|браузер\w*|tarayıcı\w*)")

# The paragraphs of a consent dialog that explain each kind of cookie ("Diese Cookies sind
# unbedingt erforderlich, um Ihnen die auf unserer Webseite ..."): "cookie" is the same word
# in most languages, and with a word of the web or of privacy beside it, it is not a recipe's.
# Longer than a banner: up to a paragraph. An article about tracking says the same words
# ("I use a browser that blocks third-party cookies"), so such a paragraph is a notice only
# inside the dialog's markup or near its banner or buttons (classify/chrome.py).
COOKIE_DETAIL = PhraseRule("cookie_notice", "chrome", (
    rf"cookies?\b.{{0,200}}?\b{_PRIVACY}", rf"{_PRIVACY}.{{0,200}}?\bcookies?",
), max_words=120)
# A sentence that names the site's privacy policy in the other languages is a form's consent
# text ("Ich habe die Datenschutzhinweise zur Kenntnis genommen", "Votre adresse ... la
# newsletter ... politique de confidentialité") only beside the form (classify/chrome.py):
# in an article it is news ("a rede social mudou a sua política de privacidade").
POLICY_MENTION = PhraseRule("cookie_notice", "chrome", v.phrases(v.POLICY_LINKS), max_words=45)
# A consent dialog's buttons, which sites run together in one line (`consent_button`).
_BUTTON = (r"(accept|reject|allow|deny|decline|refuse)( all| selection| non-essential| optional)?( cookies)?|show purposes|"
           r"(manage|more) options|(cookie |privacy )?settings|(manage )?(cookie )?preferences")

# ... or with nothing between them where the markup sets the label as text and the title
# as its link ("<strong>Leggi anche</strong> <a>Movida, i residenti ...</a>"): the link says
# where the label ends, so the rule holds only on a block the markup shows mostly link
# (classify/chrome.py); in flattened text "Read more about the council's plans" is a sentence.
LABEL_THEN_LINK = PhraseRule("related_link_labelled", "chrome", (
    r"(related|(read|see) also|also read|more on this|must read)\s+.+",
) + tuple(rf"(?:{p})\s+.+" for p in v.phrases(v.RELATED_LINKS)), max_words=25, whole=True)

# PHP's warnings printed into the page by a broken site ("Deprecated: ... in
# /www/htdocs/wp-includes/cache.php on line 36"): English whatever the page's language,
# and long enough to read as prose (so --lang auto sets them aside, classify/language.py).
SERVER_MESSAGE = PhraseRule("server_message", "chrome", (
    r"(warning|notice|deprecated|strict standards|fatal error|parse error|catchable fatal error)\s*:.{0,600}\bon line \d+",
), max_words=120, whole=True)

# What a share bar names, in the spellings pages use (brand names, and their transliterations
# in the scripts that write them so).
_PLATFORMS = (
    r"facebook|twitter|x|tweet|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|copy link|copy url|"
    r"messenger|tumblr|vk|vkontakte|вконтакте|одноклассники|viber|line|zalo|wechat|weibo|微博|微信|qq|"
    r"kakaotalk|카카오톡|카카오스토리|밴드|naver|xing|mastodon|threads|bluesky|flipboard|pocket|sms|メール|邮件|이메일|"
    r"фейсбук|твиттер|телеграм|فيسبوك|فیسبوک|فیس ?بک|تويتر|توییتر|ٹویٹر|واتساب|واتس ?اب|تلگرام|تيليجرام|"
    r"फ़ेसबुक|फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|ফেসবুক|টুইটার|เฟซบุ๊ก|เฟสบุ๊ค|ไลน์|ทวิตเตอร์|ทวีต|"
    r"واتس‌اپ|واٹس ?ایپ|ٹوئٹر|ایکس|פייסבוק|וואטסאפ|טוויטר|x（旧twitter）|はてなブックマーク|"
    # "copy link" as each language says it
    r"کپی لینک|העתקת קישור|लिंक कॉपी करें|salin tautan|คัดลอกลิงก์|sao chép liên kết|リンクをコピー|复制链接|링크 복사"
)

# One step of a breadcrumb trail: up to four words, the first of two letters or more ("a >
# b > c" compares), or of one Han or kana character, a word in itself ("第219回国会"), none
# holding a trail's sign or a colon.
_CRUMB_SIGNS = "»›>"
_CRUMB = rf"(?=[^\W\d_]{{2}}|[{CJK_CHARS}])[^\s{_CRUMB_SIGNS}«:]+(?: [^\s{_CRUMB_SIGNS}«:]+){{0,3}}"

# The words of a "previous / next" pair, as galleries and pagers label their buttons.
_PREV_NEXT = (
    r"previous|prev|next|zurück|weiter|vorherige[rs]?|nächste[rs]?|précédente?|suivante?|anterior|siguiente|"
    r"precedente|successiv[ao]|seguinte|próximo|vorige|volgende|poprzedni[eay]?|następn[yae]|назад|далее|вперед|"
    r"предыдущ\w+|следующ\w+|попередн\w+|наступн\w+|önceki|sonraki|上一[页頁张張篇]|下一[页頁张張篇]|前へ|次へ|"
    r"이전|다음|السابق|التالي|قبلی|بعدی|پچھلا|اگلا|पिछला|अगला|הקודם|הבא|sebelumnya|berikutnya|trước|tiếp theo|"
    r"προηγούμεν\w+|επόμεν\w+|předchozí|další|föregående|nästa|anterioar\w*|următo\w+|előző|következő"
)

# A person's name after a byline word: capitalised words, with the particles names carry.
_NAME = (r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]*)"
         r"(\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]*|van|de|der|den|da|di|del|von|ter|ten|le|la|bin|al)){0,3}")

_LONG_PLATFORMS = "|".join(p for p in _PLATFORMS.split("|") if len(p) >= 4)
# Where a platform's name starts in a bar whose labels ran together (`share_line`).
_NAME_START = r"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z]))|(?-i:(?<=[A-Z])(?=[A-Z][a-z])))"
# A share bar's last button: a word or two, no figures (`share_line`).
_LAST_BUTTON = r"(?:[^\W\d_][^\s\d]{0,15}(?:\s+[^\W\d_][^\s\d]{0,15})?)?"


_TAG_LABELS = (r"(tags?|tagged( with)?|topics?|categories|category|filed under|posted in|keywords?|labels?|"
               r"schlagworte|étiquettes|etiquetas)\s*:.*")
_TAG_ITEM = r"[^\s,.;:!?|·•][^,.;:!?|·•]{0,49}"
_TAG_ITEMS = rf"\s*{_TAG_ITEM}(\s*[,|·•]\s*{_TAG_ITEM}){{3,}}\s*,?"


# A year as a rights line gives it: the common era's, or the Buddhist era's of Thai sites
# (2500-2599 B.E. are 1957-2056).
_YEAR = r"(19|20|25)\d\d"


def _ending(rights: str) -> str:
    """A rights pattern of the vocabulary (".{0,80}<words>.*") as one that ends on its words."""
    head, tail = ".{0,80}", ".*"
    assert rights.startswith(head) and rights.endswith(tail), rights
    return ".{0,200}" + rights[len(head):-len(tail)] + ".{0,12}"


# Calls to action (rule call_to_action below).
_CALLS = (
    r"(learn|read|find out|discover|see|know) more( here| about [\w ]+)?",
    r"get started( (today|now|for free))?|start (your )?(free )?trial|try (it )?(now|for free|free)|try [\w ]{1,30} (now|for free|free)",
    r"(sign|log) ?up( (today|now|for free|here))?|join (now|today|us today|for free)|register (now|today|here)",
    r"(shop|buy|order|book|call|download|install|subscribe|apply|donate|enroll) (now|today|here)",
    r"(request|book|schedule|get) (a|your) (free )?(demo|quote|consultation|call|estimate|trial)",
    r"contact us( (today|now|for [\w ]+))?|get in touch|talk to (us|an expert|sales)",
    r"click here|tap here|see (the )?(full )?(details|deal|offer|price)|check (it|price|availability) (out|on [\w ]+)",
    r"(show|take) me( [\w ]{1,30})?|view (the )?(offer|deal|plans|pricing)|compare (plans|prices)",
)


# A post's meta line: its date in figures, its time, and counts (the rule below).
_NUMERIC_DATE = r"\d{1,4}[-./]\s?\d{1,2}[-./]\s?\d{2,4}\.?(?:\s*(?:г\.|r\.))?(?:\s*[,|·•]?\s*\d{1,2}[:.]\d{2})?"
_META_SEP = r"\s*[|·•,]?\s*"
_COUNT_ITEM = r"[^\W\d_]+\s*[:：]?\s*\(?\d[\d\s.,]*\)?"
_COUNTS = (r"(?:views?|reads?|hits|visits)\s*:?\s*[\d.,]+\s*[km]?", r"[\d.,]+\s*[km]?\s*(?:views?|reads?|visits|hits)",
           *v.phrases(v.VIEW_COUNTER))

CHROME: tuple[PhraseRule, ...] = (
    # A form's field labels come first: "Email *" and "Name :" are fields of a comment or
    # contact form, "Password *" of a login form, whatever else the bare word may be.
    PhraseRule("login_form", "chrome", v.field_labels(v.LOGIN_FIELD_NAMES), max_words=5),
    PhraseRule("comment_form", "chrome", v.field_labels(v.FIELD_NAMES), max_words=5),
    PhraseRule("share_line", "chrome", (
        r"share( this( article| story| post| page)?| on| via| it)?( on)?( facebook| twitter| x| linkedin| whatsapp| email)*",
        r"(click to )?(share|tweet|email|print|pin|save)( this)?( on [\w ]+)?( \(opens in new window\))?",
        r"(teilen|partager|compartir|condividi|delen|udostępnij)( (sur|en|su|auf|op))?.*",
        r"\d+\s*shares?",
        r"x \((formerly )?twitter\)?|twitter \(x\)?|x（旧twitter）?",  # trim() takes the closing bracket
        r"(pin|save) (it |this )?(for later|now)",
    ) + v.phrases(v.SHARE_LINE), max_words=10, whole=True),
    # Two or more of the platforms a page shares to, after a word or two in any language
    # ("Share this article", "Поділитися", "Delen:"): brand names are the same everywhere
    # (the first of them a name of four letters or more, which the rule prefilter can look
    # for: a shorter one, "X", is part of the words before it). The whole line is the bar, so
    # it may be longer than a share line's words: "この記事をシェアする LINE Facebook X はて
    # なブックマーク Pocket" counts 14.
    PhraseRule("share_line", "chrome", (
        # The names may be run together, as a bar of icons with their labels flattens
        # ("ShareFacebookX (Twitter)LinkedInLink", "Share XLinkedIn"): a name starts after a
        # non-letter, where a lower-case letter meets a capital, or at a capital that opens a
        # word run onto a capital before it; "Link" (copy the link) closes such a bar.
        rf"[^\d\n]{{0,40}}?{_NAME_START}({_LONG_PLATFORMS})\W*(({_PLATFORMS}|link)\W*)+",
    ), max_words=20, whole=True),
    # ... or a button of a word or two in the page's language closes it ("Copiar enlace",
    # "E-bost", "ចម្លងតំណ"), where the bar has its own word before the names ("Rhannu:
    # Facebook Bluesky E-bost") or three names at least ("FacebookXWhatsAppCopiar enlace"),
    # and does not end as a sentence does: "Facebook, Instagram down" is a headline.
    PhraseRule("share_line", "chrome", (
        rf"^{_NOT_A_SENTENCE}[^\d\n]{{1,40}}?{_NAME_START}({_LONG_PLATFORMS})\W*(({_PLATFORMS}|link)\W*)+{_LAST_BUTTON}\W*$",
        rf"^{_NOT_A_SENTENCE}\W*({_LONG_PLATFORMS})\W*(({_PLATFORMS}|link)\W*){{2,}}{_LAST_BUTTON}\W*$",
    ), max_words=20),
    # A bar that repeats its verb before each platform, in any language: "Partager sur
    # Facebook Partager sur LinkedIn", "Faasoa i le Facebook Faasoa i le X", "Compartir en X
    # Compartir con Facebook"; not a sentence ("We post on Facebook and post on X daily.").
    # (Two rules: one group name each; one of the two platforms is a long name, which the
    # rule prefilter can look for.)
    *(PhraseRule("share_line", "chrome", (
        rf"^{_NOT_A_SENTENCE}.{{0,80}}?(?<!\w)(?P<verb>[^\W\d_]{{3,}})(?:\W+\w+){{0,2}}?[\W_]+({first})(?!\w)"
        rf".{{0,60}}?(?P=verb)(?:\W+\w+){{0,2}}?[\W_]+({second})(?!\w).{{0,60}}$",
    ), max_words=20) for first, second in ((_LONG_PLATFORMS, _PLATFORMS), (_PLATFORMS, _LONG_PLATFORMS))),
    PhraseRule("social_follow", "chrome", (
        r"follow (us|me)( on [\w ,&]+)?",
        r"(like|join) us on (facebook|twitter|instagram|linkedin|telegram|youtube)",
        r"join (our|the) (facebook|telegram|discord|whatsapp|linkedin|reddit|slack) (group|community|channel|server|page)",
        r"connect with us",
        r"find us on [\w ]+",
        r"subscribe (to|on) (our )?(youtube|channel|podcast)",
        # a line that opens with the call and names the site or its author ("Follow The
        # Gleaner on Twitter and Instagram @JamaicaGleaner"); mid-sentence, "fans can follow
        # the match on YouTube" is news
        r"^follow [\w.'’&@ -]{1,40}? on (twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|telegram|"
        r"bluesky|mastodon|whatsapp|social media)",
    ), max_words=30),
    # ... and in the other languages, as the whole block ("Folgen Sie uns auf Facebook").
    PhraseRule("social_follow", "chrome", v.phrases(v.SOCIAL_FOLLOW), max_words=12, whole=True),
    # A call to follow the site on Google News, in any language, as its own short line: the
    # service keeps its name in most of them ("Ακολουθήστε μας στο Google News", "Ikuti
    # CuanPedia di Google News", "تابعوا آخر أخبار المشهد عبر Google News"), and the call
    # may go on with what the reader gets ("... και μάθετε πρώτοι όλες τις ειδήσεις"). At
    # most a share line's 20 words: a sentence of an article that names the service says more.
    PhraseRule("social_follow", "chrome", (
        r".{0,120}(?<!\w)google (news|noticias|notícias|actualités|notizie|nachrichten)(?!\w).{0,120}",
    ), max_words=20, whole=True),
    # The site saying it sets cookies, in a banner of a line or a paragraph: no article says
    # "we use cookies" of its own site.
    PhraseRule("cookie_notice", "chrome", (
        r"(this|our) (web)?site uses cookies",
        # "We use a small number of cookies", not "we use our hands to shape the cookies";
        # and the browser's, with what a notice says they are for ("to improve your
        # experience on our website"), not a bakery's ("cookies from the same recipe in our
        # school lunches")
        r"we use (a (small )?(number|handful|few) of |some |only |(strictly )?necessary |essential |analytics? |"
        r"first-party |third-party |the following )*cookies"
        r"(?=\W*$|.{0,160}?\b(web|site|brows|experience|consent|privacy|personal|data|analytic|advertis|ads\b|"
        r"traffic|device|visit|service|setting|functional|performance|track))",
        # the consent framework's own wording, used by most consent dialogs ("We and our 147
        # partners store and/or access information on a device, such as cookies")
        r"we and our (\d+ )?(partners|vendors) (use|store|process).{0,120}\b(cookies|device)",
    ) + v.phrases(v.COOKIE_NOTICE), max_words=120),
    PhraseRule("cookie_notice", "chrome", (
        r"cookies? (settings|policy|preferences|consent|notice)",
        r"by (continuing|using) (to (use|browse) )?(this|our) (web)?site",
        r"manage (cookies|cookie preferences|consent)",
        # the site's own policy, as a notice names it: opening the line or a part of a footer
        # line, or after "our", "the", "and" ("agreeing to our Terms of Service and Privacy
        # Policy"); "Meta updated its privacy policy" is news
        r"(^\W*|[|•·/]\s*|\b(our|the|and|&|google) )(privacy|cookie) (policy|settings|preferences|notice)",
        r"protected by recaptcha",
        r"do not sell( or share)? my personal information",
    ), max_words=45),
    # ... the names of the site's policies and its consent buttons in the other languages: a
    # link alone, or among the footer's links split by bars or dots ("Termos de uso |
    # Política de privacidade"); in a sentence the name is news (rules/vocabulary.py).
    PhraseRule("cookie_notice", "chrome", tuple(
        rf"(.{{0,80}}[|•·/]\s*)?({p})(\s*[|•·/].{{0,80}})?" for p in v.phrases(v.POLICY_LINKS)), max_words=12, whole=True),
    POLICY_MENTION,
    COOKIE_DETAIL,
    PhraseRule("consent_button", "chrome", (
        r"(accept|reject|allow|deny|decline)( all)?( cookies)?|(i )?agree|ok,? got it|got it|dismiss|customi[sz]e( settings)?",
        # a dialog's row of buttons run together: "Accept All Reject All Show Purposes"
        rf"({_BUTTON})(\W+({_BUTTON})){{1,3}}",
    ), max_words=8, whole=True),
    # ... and in the other languages ("Ich bin einverstanden.", "Tout accepter", "同意する"),
    # alone or a language's buttons run together ("Alle akzeptieren Nur notwendige Cookies").
    PhraseRule("consent_button", "chrome", tuple(
        rf"(?:{p})(?:\W*(?:{p})){{0,3}}" for p in v.phrases(v.CONSENT_BUTTON)), max_words=12, whole=True),
    PhraseRule("login_form", "chrome", (
        r"(log ?in|sign ?in|register|sign ?up|log ?out|my account|create (an )?account)( \w+)?",
        r"welcome!? (log ?in|sign ?in)[\w ]*",
        r"remember me( lost your password\??)?",
        r"(lost|forgot) (your )?password\??",
        r"(user ?name|password|e-?mail)( or e-?mail)?\W*\*?",
        r"recover your password",
        r"a password will be e-?mailed to you",
        r"(anmelden|registrieren|connexion|s'inscrire|iniciar sesi[oó]n|registrarse)",
    ) + v.phrases(v.LOGIN_FORM), max_words=10, whole=True),
    PhraseRule("comment_form", "chrome", (
        r"(leave|post|add|write|submit) a (comment|reply|response)( cancel reply)?",
        r"how did you (find|hear about) (us|our (web)?site)\??|how (would|do) you (like|prefer) to be contacted\??",
        r"comment (via|on)\s*:.*",
        r"tell us (more|about (yourself|your [\w ]{1,20}))|phone (no|number)\.?|free case (evaluation|review)",
        r"cancel reply",
        r"your (comment|name|email|website)( here)?\W*\*?",
        r"(name|e-?mail|website|comment|text|message)\s*[:*]*\s*\*?\s*",
        r"\*?\s*(text|message|comment)\s*:?",
        r"(send|submit|post comment|post reply)( (form|request|message|enquiry|inquiry))?",
        r"required fields are marked.*",
        r"your email address will not be published.*",
        r"(\*\s*)?denotes required field.*",
        r"(\*\s*)?indicates required( field)?",
        r"(first|last|full|your|company|business)? ?(name|e-?mail( address)?|phone( number)?|website|message|subject|zip( code)?|postcode|country|city|job title)\s*(\(required\)|\*)?",
        r"comment policy.*",
        r"notify me of (new|follow-up) (comments|posts).*",
        r"save my name, email.*",
        r"you must be (logged in|signed in) to post a comment.*",
        # character counters of comment boxes, "1500 / 1500": a box holds hundreds of
        # characters; "1 / 2" is a slideshow's counter (slide_counter)
        r"\d+\s*/\s*\d{3,}",
    ) + v.phrases(v.COMMENT_FORM), max_words=25, whole=True),
    # Paywalls and member gates: the article's access, not its text. Before the newsletter
    # calls: a gate asks to subscribe too ("You have read 3 of your 5 free articles this
    # month. Subscribe for unlimited access").
    PhraseRule("paywall", "chrome", (
        r"\b(this|the) (article|story|content|post|feature) is (exclusive|only available|available only|reserved) (to|for) [\w+ ]{0,30}(subscribers|members)",
        r"\b(subscribe|sign in|log in|become a member) to (continue|keep) reading",
        r"\balready (a subscriber|have an account|a member)\?",
        r"\b(unlock|get) (unlimited|full) access\b",
        r"\byou have (read|used) \d+ of (your )?\d+ free (articles|stories)",
        # a metered paywall's count ("You have 1 free article remaining this month")
        r"\byou have (\d+|one|no) (more )?free (articles?|stor(y|ies)) (left|remaining)",
        r"\b(this is )?your last free (article|story)\b",
        r"\bsubscribe (now )?for (unlimited|full) access\b",
        # a gate's heading with the offer's name, as "Weiterlesen mit HK+" in German
        r"^\W*continue reading with [\w+ -]{1,30}$",
        # the gate's label for the kind of article it holds back ("This is a Premium article")
        r"^\W*this is an? (premium|plus|subscriber(-only)?|members?(-only)?|paid|\w+\+) (article|story|post)\W*$",
    ), max_words=30),
    # ... in the other languages, as the whole block or a block opening with the gate.
    PhraseRule("paywall", "chrome", v.phrases(v.PAYWALL), max_words=30, whole=True),
    PhraseRule("newsletter_signup", "chrome", (
        r"(sign up|subscribe)( now)?( (for|to))?( our| the)?( (free|daily|weekly))? ?(newsletters?|updates|emails?|alerts)",
        r"(our|free|weekly|daily) newsletters?",
        r"(get|receive) (email |push )?notifications( about| of| for| when)",
        r"join (our|the|my) [\w ]{0,20}(newsletter|mailing list|email list)",
        r"get updates from",
        r"(get|receive) (the latest|our|daily|weekly|breaking)[\w ]*(in|to|delivered to) your inbox",
        r"enter your e-?mail( address)?",
        r"(straight|delivered) to your inbox",
        r"(get|receive) [^.!?]{1,60}? in your inbox",
        # the pitch every Substack post prints, and a newsletter platform's credit
        r"\ba reader-supported publication\b", r"to receive new posts and support (my|our) work",
        r"^powered by (substack|ghost|buttondown|beehiiv|mailchimp|convertkit|kit)\b",
        # a sentence opening with the call ("Sign up to get the best content of the week",
        # "Was this newsletter forwarded to you? Sign up to get it in your inbox.")
        r"(^|(?<=[.!?] ))sign up( now| today| free)? to (get|receive)",
        # a call to the reader ("Subscribe to our blog", "like, share and subscribe for
        # updates"); "Users can subscribe for €9.99 a month" and "the paywall asks them to
        # subscribe" are news
        _not_after("can", "could", "will", "would", "may", "might", "must", "cannot", "who", "them to", "users to",
                   "readers to", "customers to", "people to", "viewers to", "listeners to") + r"subscribe( now| today| here)?",
        r"(jetzt )?abonnieren|s'abonner|suscr[ií]bete",
    ) + v.phrases(v.NEWSLETTER_SIGNUP), max_words=30),
    PhraseRule("newsletter_label", "chrome", (
        r"(our |free |weekly |daily )?newsletters?( sign ?up)?",
        # a box's header with the site's name ("PC Gamer Newsletter"); the capitals make it a
        # name, not a subheading such as "Launching a newsletter"
        r"(?-i:[A-Z0-9][\w'’&.+-]*)( (?-i:[A-Z0-9][\w'’&.+-]*)){0,2} (?-i:[Nn])ewsletters?",
    ), max_words=4, whole=True),
    PhraseRule("related_links", "chrome", (
        r"related( (content|articles?|posts?|stories|news|topics|reading|links|videos?))?",
        # "Related explainers", "Related guides", "Related recipes": what the site calls its pages
        r"related [a-z]+s",
        r"similar (threads|topics|discussions|questions|posts)",  # a board's list under the thread
        r"(you|we) (may|might|would) (also )?(like|enjoy|be interested in)( this)?",
        r"(read|see) (more|also|next)( (about|on|from) [\w ]+)?",
        r"more (from|stories|news|articles|on|in|like this)( [\w &'’,-]+)?",
        r"(more|other) [\w ]{1,30} (news|stories|articles|posts|headlines)",  # "More Short Line News"
        r"recommended( (for you|stories|articles|reading))?",
        r"(most )?(popular|viewed|read|shared|commented)( (posts|articles|stories|now|this week))?",
        r"most (read|viewed|popular|shared|recent)",
        r"trending( now| stories| topics)?",
        r"(latest|recent|top|featured|editor'?s|more) (news|posts|stories|articles|videos|picks|choice)( (on|from|in) [\w ']{1,30})?",
        r"editor'?s (choice|picks?)",
        r"up next|what to read next|don'?t miss|keep reading|continue reading|in case you missed it|more to explore(r)?",
        r"(next|previous|prev|older|newer)( (post|article|story|page|entry))?\W*",
        r"read (this|these|them) (next|all)|read them all|all (reads|stories|articles|posts|news) (on|about) this (topic|subject)",
        r"(partner|sponsored|affiliate) (links|content|offers)",
        r"(lesen sie auch|weitere artikel|à lire aussi|lire aussi|te puede interesar|leer más)",
        # "Back to blog", not "Back to the Future": the link names a place on the site
        r"(back|return|go back) to( the| all)? (top|home( ?page)?|blogs?|news|articles?|posts?|stories|main (page|menu|site)|search( results)?|list|overview|index|previous page|[\w ]{1,20} (blog|page|home|index|list|overview))",
        r"(blog|news|article|post|story) (index|archive|home)",
        r"(browse|explore|view|see) (all |more |our )?(related |recent |latest )?(articles|posts|stories|blogs?|guides|topics)",
        r"table of contents|contents|in this (article|post|guide)|on this page|jump to( section)?",
        r"all (content|posts|articles|stories|news) (about|on|from|in|by) [\w &'-]{1,40}",
    ) + v.phrases(v.RELATED_LINKS), max_words=8, whole=True),
    # Stack Exchange's line under the answers, with the question's tags, in its sites' languages
    PhraseRule("related_links", "chrome", (
        r"not the answer you'?re looking for\? browse other questions tagged .*",
        r"no es la respuesta que buscas\? examina otras preguntas con la etiqueta .*",
        r"não encontrou uma resposta\? pesquise outras perguntas (com a tag|marcadas) .*",
        r"(не нашли ответ|вс[её] ещё ищете ответ)\? (задайте свой вопрос|посмотрите другие вопросы с метками) .*",
    ), max_words=40, whole=True),
    # A link title under a label: "Related: <title>", "You might also like: <title>",
    # "Next article: <title>". The label is what marks it; the title can be any length.
    PhraseRule("related_link_labelled", "chrome", (
        r"(related( (content|articles?|posts?|stories|reading|links?))?|(you|we) (may|might|would) also (like|enjoy)|"
        r"(read|see) (more|also|next)|more (on|about) this|also read|recommended( reading)?|"
        r"(next|previous|prev) (article|post|story|entry)|up next|must read)\s*[:»›]\s*.+",
        # and every language's related-links label followed so ("Czytaj też: <title>"), or in
        # lenticular brackets as Chinese and Japanese pages set it ("【相关阅读】<title>"; the
        # block is trimmed of its opening bracket)
    ) + tuple(rf"(?:{p})\s*[:：»›】]\s*.+" for p in v.phrases(v.RELATED_LINKS))
    # ... and a mail archive's links to the messages around this one, maybe with how they are
    # ordered ("Next message (by thread): <subject>", "上一条消息: <subject>")
      + tuple(rf"(?:{p})(?:\s*[(（][^)）]{{1,30}}[)）])?\s*[:：]\s*.+" for p in v.phrases(v.MESSAGE_NAV)),
    max_words=25, whole=True),
    LABEL_THEN_LINK,
    PhraseRule("tags_line", "chrome", (
        _TAG_LABELS,
        # without a colon, the plural: the singular is German's "Tag" (day), which heads a
        # travel diary's sections ("Tag 1: Von Hörschel nach Ruhla", "Tag der offenen Tür")
        r"(tags|tagged|topics|categories|filed under|posted in)(\s+\S+){0,8}",
        # a line of hashtags alone, in any language ("#open_banking #payments", run together
        # or apart; the block is trimmed of its first "#"): two at least, each opening with a
        # letter. As the tags under a post, it closes the article (core._CLOSING).
        r"#?[^\W\d_][\w-]*(\s*#[^\W\d_][\w-]*)+",
    ) + v.phrases(v.TAGS_LINE), max_words=12, whole=True),
    # ... of any length when its tags are a list: four or more items of up to 50 characters
    # between commas, bars or dots ("Tags: Abgebrochene Forschung , Georg von Below , ..."),
    # none ending a sentence, where a long line after such a label is prose.
    PhraseRule("tags_line", "chrome", tuple(
        p.removesuffix(".*") + _TAG_ITEMS for p in (_TAG_LABELS, *v.phrases(v.TAGS_LINE)) if p.endswith(".*")
    ), max_words=60, whole=True),
    PhraseRule("gallery", "chrome", (
        r"(photo|image|video|picture)s?( gallery)?",
        r"gallery|slideshow|film|photos? & videos?|multimedia|infographics?",
        r"(photo|image|picture|video) (credit|source|courtesy|by)\s*:?.*",
        r"(credit|source|photo|image|bild|foto|quelle)\s*:.*",
        r"(click|tap) (to|here to) (enlarge|expand|zoom|view)( image| gallery)?",
        r"(view|open|see) (the )?(full )?(gallery|image|slideshow)",
    ), max_words=14, whole=True),
    # A slideshow's counter ("1 / 5", "3/12 photos") stands between its slides, inside the
    # article: removed, but no edge of the article (core._IN_ARTICLE).
    PhraseRule("slide_counter", "chrome", (r"\d{1,3}\s*/\s*\d{1,3}\s*(photos|images)?",), max_words=3, whole=True),
    # The site's rights line, in any language, before the credits: "版权所有 © 2024 示例网"
    # and "Copyright © 2025 Name" hold a © but credit no picture. A few words that say the
    # rights are reserved (a sentence that quotes the words is longer), or longer ("Copyright
    # © 2025 The President and Fellows of Harvard College", "© 2024 Przykład Sp. z o.o.
    # Wszelkie prawa zastrzeżone.") when it opens with the word and the sign or the year, or
    # ends on the rights words (a year may follow), as no sentence does.
    PhraseRule("license_notice", "chrome", (r".{0,80}\ball rights reserved\b.*",) + v.phrases(v.RIGHTS_RESERVED),
               max_words=8, whole=True),
    PhraseRule("license_notice", "chrome", (
        r"copyright\s*(©|\(c\)|\d{4}).*",
        r".{0,200}\ball rights reserved\b.{0,12}",
    ) + tuple(_ending(p) for p in v.phrases(v.RIGHTS_RESERVED)), max_words=30, whole=True),
    # A file's link with its type and size ("Tisková zpráva (PDF, 142 kB)", "Grafični del (ZIP,
    # 24 MB)"): a download under a press release or a notice, in any language. Over the text
    # dumps of bench/dev and the 84 unseen sets, 77 lines of this shape, none of them a gold
    # article's. One that ends a sentence after the size ("... online (PDF, 2 MB).") is a
    # sentence's.
    PhraseRule("attachment_link", "chrome", (
        r"^\W{0,3}\S.{0,150}?(?:[(\[,–—-]\s*|\s)(?:pdf|docx?|xlsx?|odt|ods|odp|pptx?|zip|rtf|csv|epub)\s*[,;:|]?\s*"
        r"\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|kib|mib|ko|mo|go|кб|мб)\s*[)\]]?\s*$",
    ), max_words=30),
    # A Chinese site's "reproduction without permission is forbidden", after its name or its
    # rights line, as the Japanese "無断転載禁止": one clause (a sentence that reports such a
    # rule goes on after a comma, "记者了解到，未经授权不得转载的规定...").
    PhraseRule("license_notice", "chrome", (
        r"[^，,。]{0,40}(未经|未經)(本站|本网|本網|本报|本報|本社)?(书面)?(授权|授權|许可|許可|同意)[,，]?\s*(不得|禁止|严禁|嚴禁)"
        r"(转载|轉載|复制|複製|摘编|摘編|建立镜像|建立鏡像|使用)[^，,。]{0,12}[。.]?",
    ), max_words=30, whole=True),
    # The sign and the year open a site's whole legal footer, however long it runs on (terms,
    # trademarks, privacy choices): no sentence of an article starts so, in any language.
    # (Not a whole-block rule: those see the block trimmed of its leading sign.)
    # The year may be the Buddhist era's, as Thai sites count it ("© 2547-2567": 2004-2024).
    # ... or the sign, the owner's name and the year ("© L'Écho de la Vallée 2003-2024 –
    # Reproduction interdite ...").
    PhraseRule("license_notice", "chrome", (
        rf"^\W*(copyright\s*)?(©|\(c\))\s*{_YEAR}\b",
        rf"^\W*(copyright\s*)?©\s*(?:[^\W\d_][^\s\"“”„«»()\[\]（）「」『』,，。]*\s+){{1,8}}{_YEAR}\b",
    ), max_words=120),
    # A caption ends with its credit in brackets: "[Photo: Jane Doe]", "(Wakil Kohsar / AFP)"
    # (whole-block rules see the text trimmed of its closing bracket, hence the optional one).
    # A bare "[source]" names no one: an API reference's link to a function's code (Sphinx).
    PhraseRule("image_caption", "chrome", (
        r".{0,300}[\[(]((photo|image|picture|foto|credit|file photo|illustration)s?\b|sources?\b(?=[^\])]*\w))[^\])]{0,80}[\])]?",
        r".{0,300}[\[(][^\])]{0,60}\b(afp|reuters|ap|getty( images)?|epa|dpa|anadolu (ajansı|agency)|xinhua|shutterstock|istock|unsplash)\b[^\])]{0,40}[\])]?",
        # ... or with its credit as a last field: "... smart base. Credit: Jane Doe",
        # "... at dawn. Photo by Jane Doe on Unsplash"
        r".{0,400}[.!?”\"]\s*(photo(graph)? |image |picture )?(credit|courtesy|source)s?\s*:\s*[\w.'’&/ -]{2,60}",
        r".{0,400}[.!?”\"]\s*(photo(graph)?|image|picture)s? (by|courtesy of|via)\s*:?\s*['‘\"“]?[\w.'’& -]{2,40}['’\"”]?( on (unsplash|pexels|pixabay|flickr))?",
        r".{0,400}[.!?”\"]\s*(photo(graph)?|image|picture|pic|illustration)\s*:\s*[\w.'’&/ -]{2,60}",
        # ... or the agency after a bar or slash: "skymoon13 | Getty Images", "Jane Doe/AFP"
        r".{0,300}\s*[|/]\s*(getty( images)?|shutterstock|istock(photo)?|alamy|ap photo|reuters|afp|unsplash|pexels|adobe stock)",
        # ... or its rights holder after a © sign, in any language: "Stau © aremac / Clipdealer",
        # "... mobilisieren. © Pferderevue", "© Bundesrat | Frank Bräuer". Article prose does
        # not end on a © credit, nor a rights line on a sign and a year ("... © 2024").
        # bench/multi text: 10 more `without` snippets absent, 2 `with` lost (captions its
        # gold keeps), halves 0.872/0.849 -> 0.875/0.849.
        r".{0,300}©(?![\d\s–-]*$)\s*[\w.'’&/|, -]{2,60}",
    ), max_words=60, whole=True),
    # ... and the credit labels of the other languages ("Fot. Jan Nowak / Agencja Gazeta",
    # "Beitragsbild: ...", "写真：共同"), and a national agency after a slash ("aja/PAP").
    PhraseRule("image_caption", "chrome", v.phrases(v.IMAGE_CREDIT) + v.AGENCY_SIGNOFF, max_words=60, whole=True),
    # The signature line that closes an embedded X/Twitter post, in any language: "— Yann
    # LeCun (@ylecun) October 16, 2024", "— ZDF heute (@ZDFheute) 26. Mai 2019", "— Rae
    # Holloway (@raeplays.bsky.social) May 14, 2025". The post's text above it stays. The dash
    # opens it (a sentence naming an account does not), so this is no whole-block rule, which
    # would see the block trimmed of it. 28 pages of bench/dev and bench/multi print one; no
    # gold paragraph or `with` snippet holds one. An embedded Instagram post's author line
    # does without the dash, in the reader's language ("Une publication partagée par Nathalie
    # Vernier (@nathalievernier_officiel)", "서하(@seoha_lumiere)님의 공유 게시물"), never ending
    # as a sentence does, nor in a Markdown quote (">"), which is the article quoting the post;
    # a TikTok's names its sound ("#hommage ♬ original sound - kevin.f").
    PhraseRule("embed_credit", "chrome", (
        r"^\s*[—–]\s*[^()\n]{1,60}\(@[\w.]{1,40}\)[^\n]{0,40}$",
        rf"^{_NOT_A_SENTENCE}(?!\s*>)[^()\n]{{0,80}}\(@[\w.]{{2,40}}\)[^\n]{{0,60}}$",
        r"^[^\n]{0,80}♬[^\n]{0,80}$",
    ), max_words=20),
    # A Chinese portal's widgets in lenticular brackets, two or more on one line ("【打印本页】
    # 【关闭窗口】", "【字号 大 中 小】【收藏】"); trimmed, the line lost its first and last bracket.
    PhraseRule("share_line", "chrome", (r"[^【】]{1,12}(】\s*【[^【】]{1,12})+",), max_words=20, whole=True),
    # A legal footer may open with a few words before the sign and the year, the site's rights
    # words in its language ("Haki zote zimehifadhiwa © 2024 ...", "All reviews © 1999-2005
    # ...", "This site is © 1998-2025 ..."): up to eight words, no comma, bracket or quotation
    # mark before the sign (a sentence credits a picture or quotes a line so: "The photograph
    # (© 2024 Marcus Lee) shows ..."). After the caption rules, which credit a picture so too
    # ("Catalina Island, CA | © 2017 Jon Norris").
    PhraseRule("license_notice", "chrome", (rf"^\W*(?:[^\W\d_][^\s\"“”„«»()\[\]（）「」『』,，。]*\s+){{1,8}}©\s*{_YEAR}\b",),
               max_words=120),
    # A price alone on its line, a shop's ("$249.99", "8,25 €", "1 299 zł"): the counters
    # below would take its number for a count once its currency sign is trimmed off, so it
    # is matched on the untrimmed line.
    PhraseRule("shop_button", "chrome", (
        r"^\W*(([$€£¥₹₽₺₩]|eur|usd|gbp|chf)\s?\d[\d.,\s]*|\d[\d.,\s]*\s?([$€£¥₹₽₺₩]|eur|usd|gbp|chf|zł|kč|ft|lei|руб\.?|грн\.?|tl))\W*$",
    ), max_words=4),
    PhraseRule("view_counter", "chrome", (
        r"[\d.,]+\s*[km]?\s*(views?|reads?|visits|hits|likes?|shares?|comments?|votes?|downloads)",
        r"(views?|reads?|hits|visits)\s*:?\s*[\d.,]+\s*[km]?",
        r"\d+ min(ute)?s? read|(estimated )?reading time:?.*|\d+ minute read",
        # a number alone, but not a year (a timeline's entry) nor a date ("03.11.2021")
        r"(?!(1[89]|20)\d\d$|\d{1,2}\.\d{1,2}\.(\d\d)?\d\d$)[\d.,]+",
    ), max_words=6, whole=True),
    # The same in other languages (rules/vocabulary.py), up to 8 words: the reading times say
    # more ("Temps de lecture : environ 5 minutes"), and "この記事は約3分で読めます" counts 7.
    PhraseRule("view_counter", "chrome", v.phrases(v.VIEW_COUNTER), max_words=8, whole=True),
    # ... and a site's visitor counter, with the date it counts from (12 words: "Vous êtes le
    # 18 742e visiteur depuis le 1er mars 2003")
    PhraseRule("view_counter", "chrome", v.phrases(v.VISITOR_COUNT), max_words=12, whole=True),
    # ... after the post's date and time, as a regional CMS prints its meta line ("2025-11-19
    # 07:15 Odsłon: 3412", "14.11.2023 10:00 | Просмотров: 1 204"), and one more count after
    # it ("18.09.2023 10:45 Просмотров: 4 812 Комментарии: 7"). A sentence opening with a date
    # goes on in words, not in a count.
    # One pattern per counter, each with its words for the prefilter (classify/prefilter.py):
    # one alternation of them all has none, and would be compiled into every tier of the
    # whole-line patterns tried together (+0.17 s a process).
    PhraseRule("view_counter", "chrome", tuple(
        _NUMERIC_DATE + _META_SEP + "(?:" + count + ")" + "(?:" + _META_SEP + _COUNT_ITEM + ")?" for count in _COUNTS
    ), max_words=12, whole=True),
    # ... and a line of a few words that opens with the word or the sign ("Copyright 2024
    # Example", "(c) Example"): a rights line, where no credit label above named it a credit.
    PhraseRule("license_notice", "chrome", (r"(copyright|©|\(c\)).*",), max_words=8, whole=True),
    # An ad's label where the ad stood ("Advertisement", "Story continues below
    # advertisement"), and in the other languages ("Werbung", "Reklama", "広告"). The core
    # reads it as an edge, as it reads a menu line: in a dump the ad's own text often
    # follows its label. Before the menus: many languages name the ad and the footer's
    # "Advertise" link with one word.
    PhraseRule("ad_label", "chrome", (
        r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted|partner content|anzeige|publicité|publicidad)",
        r"(advertisement|sponsored|ad|promoted|paid (post|content))\s*[:|-]\s*.{1,60}",
        r"(the |this )?(article|story) continues (below|after)( (the |this )?(advertisement|ad))?",
        r"(advertisement|ad) \d{1,2}",  # an ad slot's number ("Advertisement 3")
    ) + v.phrases(v.AD_LABEL), max_words=8, whole=True),
    # ... and the placeholder a slot shows until its ad loads
    PhraseRule("ad_label", "chrome", (
        r"(this )?(advertisement|ad) has not loaded( yet)?,? but (your|the) (article|story) continues( below)?\.?",
    ), max_words=14, whole=True),
    PhraseRule("navigation", "chrome", (
        r"(home|menu|main menu|search|close|open|back|top|back to top|skip to (main )?(content|navigation)|skip navigation|toggle navigation|navigation( menu)?|sitemap|site map|rss|rss feeds?)",
        # (a bare "Company" heads a footer's column of links; a form's field is marked,
        # "Company *", and FIELD_NAMES's)
        r"(about( us)?|company|contact( us)?|careers|jobs|advertise( with us)?|privacy( policy)?|terms( (of use|of service|and conditions|& conditions))?|imprint|impressum|faq|help|support center|accessibility|disclaimer|editorial policy|corrections|masthead|our team|subscriptions?)",
        r"search( for| this site)?\W*(\.\.\.|…)?",
        r"(home|start)\s*[/>»›|].*",
        # a gallery's or a pager's "Previous Next", in any language: two of the words, alone
        rf"({_PREV_NEXT})(\W+({_PREV_NEXT})){{1,2}}",
        r"(load|show|view) (more|all)( (posts|articles|stories|comments|results|entries|updates))?",
        r"page \d+ of \d+|\d+ of \d+|(first|last|next|prev(ious)?) page",
        # an archive or category link with its count: "May (31)", "+ Politics (112)"
        r"[\w][\w .,'’&/-]{0,30}\s*\(\d{1,5}\)",
        r"(day|week|month)( (day|week|month))+",
        r"(language|english|deutsch|français|español|italiano|русский|عربي|فارسی|پښتو|اردو)",
        r"print( this( article| page)?)?|font size.*|a\+? ?a-?|text size.*|listen( to (this|the) article)?",
        r"powered by [\w .]+|designed by [\w .]+|built with [\w .]+|theme by [\w .]+",
    ) + v.phrases(v.NAVIGATION) + v.phrases(v.POST_NAVIGATION), max_words=8, whole=True),
    PhraseRule("edit_link", "chrome", v.phrases(v.EDIT_LINK), max_words=6, whole=True),
    # A breadcrumb trail flattened to a line, in any language: "Accueil » Santé » <the
    # article's title>", "Главная › Новости › ...". Three steps or more, each but the last a
    # few words (a menu's entries), with one sign between them; no « on the line (French
    # and German quotes close with », "« Ici » ... »"), no colon in a step ("Example: Women >
    # Rings > Diamond rings" is an article's example of a product category). On HTML the
    # line must hold a link (classify/chrome.py, `_LINKS`): a how-to's "Go to Products > Data
    # Files > Click on the + button" is a step of the article.
    PhraseRule("breadcrumb", "chrome", (
        *(rf"(?:{_CRUMB}\s+{sign}\s+){{2,}}[^{_CRUMB_SIGNS}«]+" for sign in ("»", "›")),
        # ... after its label, in any language ("Jesteś tutaj: Strona główna » Aktualności »
        # ...", "Sie sind hier: Startseite » ..."): two to four words and a colon, as "you are
        # here" is said (a how-to's "Tip: Settings » Privacy" has one); with "»" only, which a
        # how-to's menu path ("Go to: Settings › Privacy") prints as "›" or ">"
        rf"[^\W\d_][^\s:»]*(?: [^\s:»]+){{1,3}}\s?:\s+(?:{_CRUMB}\s+»\s+){{2,}}[^{_CRUMB_SIGNS}«]+",
        # ">" between single spaces, a string the rule prefilter can look for: an ASCII
        # sign alone would have every block of up to 40 words tried against the pattern
        rf"(?:{_CRUMB} > ){{2,}}[^{_CRUMB_SIGNS}«]+",
    ), max_words=40, whole=True),
    PhraseRule("feedback_widget", "chrome", (
        r"(do you like|did you (like|enjoy)|was this) (this )?(article|post|story|page|helpful|useful)\??.*",
        r"(rate|how (useful|helpful) was) this( (article|post|page))?\??.*",
        r"how (was|did you (like|find)|would you rate) (this|today'?s) (issue|newsletter|article|post|story|edition)\??",
        r"(yes|no)\s*/?\s*(yes|no)?",
        r"(thanks|thank you) for (your feedback|rating|voting|reading)\W*",
        r"(click|tap) (on a star|to rate).*",
        r"(report|suggest) (an error|a correction|a typo)",
        r"help us improve( this page| this site| our site| your [\w ]{1,25})?",
        r"(take|complete) (our|a|this) [\w -]{0,20}survey",
        r"got a minute\?.{0,80}\bfeedback\b.*",
    ), max_words=14, whole=True),
    # Up to 30 words: a city's survey prints its question and answers on one line ("このページの
    # 情報は役に立ちましたか？ 1：役に立った 2：ふつう 3：役に立たなかった", 26 word-equivalents).
    PhraseRule("feedback_widget", "chrome", v.phrases(v.FEEDBACK_WIDGET), max_words=30, whole=True),
    # A request to rate the page, run into a sentence or two ("Did you make this recipe?
    # Please leave a star rating ...").
    PhraseRule("feedback_widget", "chrome", (
        r".{0,200}\b(leave|give (us|me)) a (star )?rating\b.*|rate this (recipe|article|post)\b.*",
    ), max_words=60, whole=True),
    # A line that is only a phone number, a bare web address or a map link: the contact
    # details of a listing or a footer, not sentences of an article.
    PhraseRule("contact_line", "chrome", (
        # a number alone is a phone number unless it opens with a year: "2021 1.010 276" is a
        # table's row (year, then its figures), "2008-2012" a span of years, "03.11.2021" a date;
        # and it has seven digits at least, as every country's numbers do: "4.86 (21)" is a
        # rating and its count
        r"(tel|phone|call|fax|mobile|whatsapp)\.?\s*:?\s*\+?\d[\d\s().-]{6,18}\d"
        r"|(?!(19|20)\d\d(\s|\s*[-–/]\s*(19|20)?\d\d\b)|\d{1,2}[./-]\d{1,2}[./-](19|20)?\d\d$)(?=(\D*\d){7})\+?\d[\d\s().-]{6,18}\d",
        r"(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|edu|gov|io|co|uk|de|fr|info|biz|us|ca|au)(/\S*)?",
        r"(google|apple|bing) maps|get directions|(view|open) (on|in) (the )?map",
        rf"(e-?mail|contact|write to us)\s*:?\s*{v.EMAIL}",
    ), max_words=4, whole=True),
    # ... and the newsroom's call to write to it with its address (up to a short paragraph);
    # in the other languages, a label with its address or number, or that call.
    PhraseRule("contact_line", "chrome", (
        v.written_to(r"send us|e-?mail us|write to us|contact us|get in touch|tell us|share (it|them|your \w+) with us"),
    ) + v.contact_phrases(), max_words=40, whole=True),
    PhraseRule("byline_dateline", "chrome", (
        # \b: "Parmesan cheese 1 tbsp", "Porridge oats 80g" are not bylines by "par"/"por";
        # nor is a subheading whose next word is an article or a question word ("By the
        # numbers", "Von der Idee zur Umsetzung", "Por qué sube el alquiler"): a name, or a
        # title ("Par Le Monde"), follows with a capital
        r"(by|written by|posted by|published by|author|von|par|por)\b"
        r"(?!\s*:?\s*(?-i:the|a|an|this|what|how|why|der|die|das|den|dem|einer?|la|le|les|l['’]|el|los|las|lo|una?|que|qué|quoi|isso)\b)"
        r"\s*:?\s*[\w.'’ -]{2,60}",
        # ... with the reporter's role or paper after a comma, as American papers print it ("By
        # Rick Szymanski, Staff Writer"): capitalised words both, where a sentence goes on in
        # small letters ("By March, most stores had closed")
        rf"by\s+{_NAME}\s*,\s*{_NAME}",
        r"(text|words|story|reporting|interview|edited|illustrations?|photography) by [\w.'’ -]{2,60}",
        # "By <Name>" in the other languages: a name is capitalised words (with its particles),
        # so "Door de regen ..." and "Di notte ..." are no bylines
        rf"(door|di|av|af|od|oleh|autor|autora|yazar|szerző|tác giả|автор|авторка)(\s*:\s*|\s+){_NAME}",
        # an interview's byline: "Rozmawiała Agnieszka Nowak", "Propos recueillis par Léa Martin"
        rf"(interview(ed)? by|das interview führte|interview\s*:|propos recueillis par|entrevista (de|por|a cargo de)|"
        rf"intervista (di|a cura di)|rozmawiał[a]?|беседовал[а]?|розмовляв|розмовляла|интервью взял[а]?)(\s*:\s*|\s+){_NAME}",
        r"(記者|作者|撰文|文|编辑|編輯|取材・文|文・写真)\s*[：:／/]\s*\S.{0,30}", r"\S{2,12} (기자|특파원)( [\w.@-]+)?",
        r"(نویسنده|تحریر|لیکوال|लेखक|লেখক)\s*[:：]\s*\S.{1,40}", r"(بقلم|מאת|โดย)(\s*[:：]\s*|\s+)\S.{1,40}",
        r"(view|see|read) (the )?(author|full) (page|profile|bio)|full bio|(view|see) all (posts|articles|stories) by [\w.'’ -]{2,40}",
        v.NOT_A_NOTE + r"(published|posted|updated|last updated|modified|date)\b( on)?\s*:?.*\d.*",
        r"((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2}(st|nd|rd|th)?,? )?\d{4}( \d{1,2}:\d{2}( ?[ap]m)?)?( [a-z]{2,4})?",
        r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}( \d{1,2}:\d{2})?",
        r"\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",
        r"(yesterday|today|just now)( at \d{1,2}:\d{2}( ?[ap]m)?)?",
        # a teaser's meta line: "December 16, 2025 No Comments", "By Ann | 3 comments"
        r".{0,60}\b(no|\d+) (comments?|responses?|replies)",
    ), max_words=9, whole=True),
    # A post's own byline with a long tail of date, time and reading time: "Posted by <name>
    # on <date> ..." ("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the
    # skewed-job-market dept."), the shape of a comment's meta line (rules/comments.py),
    # which opens a thread only when other comments follow it (classify/comments.py); and a
    # reporter's title set apart by a space, as CJK prose never does ("記者 田中 翔2024年10月1日
    # 5:00 3分で読めます", "本报记者 张三").
    PhraseRule("byline_dateline", "chrome", (
        r"(posted|published|written|submitted)" + BY_NAME_ON_DATE,
        r"(本报|本報)?(記者|记者|編集委員|编辑|編輯)\s+\S.{0,60}",
        # a Japanese paper's sign-off, desk and name in brackets: "（科学部・望月健太）"
        r"[（(]?[^（）()]{1,12}(部|局|支局|総局|編集委員|報道部|取材班)[・･][^（）()]{2,10}[）)]?",
        # a date alone, as Chinese, Japanese and Korean pages print it ("2024年3月5日 15時20分",
        # "2024년 3월 5일 오후 2:10 입력"), whatever its brackets and weekday
        r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](\s*[（(]?[日月火水木金土一二三四五六天월화수목금토일]{1,3}[）)]?)?"
        r"(\s*(午前|午後|上午|下午|오전|오후)?\s*\d{1,2}\s*[:時时시]\s*\d{2}\s*[分분]?)?(\s*\S{1,4})?",
        # a Chinese portal's meta line, two or more of its labels with their values ("作者：林晓
        # 来源：科普天地网 发布时间：2026-11-03 点击数：3518", "本文来源：财经周刊 责任编辑：王磊"),
        # its editor's credit, and the story's original headline under a reprint ("（原标题：...）")
        r"((本文)?(作者|来源|來源|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|发布日期|發佈日期|时间|時間|日期|"
        r"点击数|點擊數|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號)(次数|量|数|數)?\s*[：:].{1,30}?\s*){2,}",
        r"(责任编辑|責任編輯|编审|編審|审核|審核)\s*[：:]\s*\S.{0,20}",
        r"(原标题|原標題)\s*[：:]\s*\S.{0,60}",
    ), max_words=24, whole=True),
    # ... and in the other languages: when the page was published or updated, longer with
    # its author ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert").
    PhraseRule("byline_dateline", "chrome", v.phrases(v.DATELINE), max_words=12, whole=True),
    # Calls to action: "Learn more", "Get started today", "Contact us", alone or run into a
    # menu line ("Careers Contact us Help"). The same words in a sentence of the article
    # ("Learn more about X in our guide.", "To get started, you need to:") are its own: the
    # rule matches only blocks that do not end as a sentence does (`_NOT_A_SENTENCE`).
    # Measured on bench/dev HTML: matching every block of up to 15 words removed ~1,000
    # gold words on 60 pages; on the text track the menu lines are walls of the core.
    # A heading that asks "How to get started", "Where to learn more" is the article's.
    PhraseRule("call_to_action", "chrome", tuple(_NOT_ASKED + f"(?:{p})" + _NOT_A_SENTENCE for p in _CALLS) + tuple(
        # ... or that open with the call and exclaim it ("Get Started with a Coach Today!")
        rf"^(?:{p})(?=.*![\"”’)\]]*\s*$)" for p in _CALLS), max_words=15),
    # Calls that are unmistakable even as a sentence.
    PhraseRule("call_to_action", "chrome", (
        r"(request|book|schedule|get|claim) (a|your) free (demo|quote|consultation|call|estimate|trial|guide|pdf|ebook)",
        r"start (your )?free trial( today| now)?",
        r"click here to (download|get|claim|subscribe|sign up|join|register|apply|buy|order)",
        r"(call|contact) us (today|now) (for|to)",
        r"(sign up|register|join) (now|today) (for|to|and)",
    ), max_words=20),
    PhraseRule("call_to_action", "chrome", (
        # the site's own app, by the stores that sell it ("For the latest stories download
        # the Nationnews apps for iOS and Android"); "users can download the app for iOS"
        # reports one
        _not_after("can", "could", "will", "would", "may", "might", "who", "to") +
        r"(download|get|install) (the|our) ([\w'’&.-]+ ){0,3}apps? (for|on|from) (ios|android|iphone|ipad|"
        r"the app store|app store|google play)",
        r"(available|download it|get it) (now )?(on|from|in) the app store (and|or|&) (on )?google play",
    ), max_words=30),
    # "Join the discussion", "What do you think?" in the other languages, as the whole block.
    # Not thread headers as the English ones are (rules/comments.py): sites print them
    # above the article too, as a link to its comments ("dołącz do dyskusji" under the
    # byline), where a header would take the article for the thread.
    PhraseRule("call_to_action", "chrome", v.phrases(v.DISCUSSION_PROMPT), max_words=12, whole=True),
    # Shop buttons of review and affiliate pages: "View on Amazon", "Check price at Walmart",
    # "See packages" (screen-reader text such as "Links to amazon.com" follows the label).
    PhraseRule("shop_button", "chrome", (
        # the shop verbs only: "Get on the bus", "Order from chaos" are headings
        r"(view|buy|shop|see it|see price|check( the)? price|get it) (on|at|from) [\w.&' -]{1,30}( links to [\w.-]+)?",
        r"(see|view|check|compare) (packages|plans|prices|pricing|deals?|offers?|availability)( links to [\w.-]+)?( at [\w.&' -]{1,30})?",
        r".{1,40} links to [\w-]+\.[\w.]+",
    ), max_words=10, whole=True),
    PhraseRule("shop_button", "chrome", v.phrases(v.SHOP_BUTTON), max_words=10, whole=True),
    # The page's machinery speaking: a <noscript> fallback, an old-browser banner, a player's
    # fallback text (vocabulary.TECH_NOTICE). Up to 60 words: most notices are a line, but
    # an old-browser banner can be a paragraph with a greeting and the browsers to install
    # (bench/multi m0296, 54 words, where it was taken for the article); the patterns ask for
    # the reader to act or state the site's requirement, as an article sentence about
    # browsers or JavaScript does not. From 30 to 60 words: no other block of bench/dev or
    # bench/multi, either track, changes.
    PhraseRule("tech_notice", "chrome", (
        r"(enable|enabling|turn on|activate|switch on|unblock|allow) (your |the )?(javascript|js|scripts)\b",
        r"(javascript|js) (is|must be|needs to be|has to be|should be) (currently )?(enabled|turned on|activated|required|disabled|switched off|needed|necessary|not enabled|not supported)",
        r"(requires?|needs?|must have|need to have) (javascript|js)( enabled| turned on| to (run|work|function|view|display))?",
        r"(your|this) (web )?browser (\w+ ){0,2}(is (out of date|outdated|too old|not supported|no longer supported|unsupported|not compatible)|(does not|doesn't|cannot|can't|can not) (support|play|display|show))",
        r"(you are|you're|you seem to be|it looks like you're) using an? (older|outdated|unsupported|old|out-of-date|legacy) (version of (your |a )?|web )?browser",
        r"(update|upgrade) (to )?(your|a (newer|modern|supported|more recent|current)) (web )?browser",
        r"(ie|internet explorer) ?\d* is (not|no longer) supported",
        r"(not|no longer) supported (by|in|on) (your|this) browser",
        # a web archive's banner over a page it captured, in English whatever the page's
        # language: Archive-It's ("You are viewing an archived web page, collected at the
        # request of ...") and the Wayback Machine's ("The Wayback Machine - https://web...")
        r"you are viewing an archived web page\b.*",
        r"the wayback machine\s*[-–]\s*https?://\S+",
        # the reader a site's PDF files need, by the program's name ("PDF形式のファイルをご覧
        # いただく場合には、Adobe社が提供するAdobe Acrobat Readerが必要です"): a sentence that
        # names it beside a PDF and says the reader needs it or may download it; a story about
        # a flaw in it names both and asks nothing (bench/dev and bench/multi name it nowhere)
        r"(?=.*(?<![a-z])pdf(?![a-z]))(?=.*(need|requir|必要|benötig|erforderlich|nécessaire|necesari|necessari|nodig|"
        r"potrzebn)).*(adobe|acrobat) ?(acrobat )?reader.*",
        r".*(adobe|acrobat) ?(acrobat )?reader.{0,60}(download|ダウンロード|herunterladen|télécharger|descargar|scaricare).*",
    ) + v.phrases(v.TECH_NOTICE), max_words=60),
    # Notices pinned to an article that are not part of it: disclaimers, affiliate notes.
    PhraseRule("disclaimer", "chrome", (
        r"^(disclaimer|disclosure|legal notice|important information|affiliate disclosure)\s*:",
        r"\b(this (post|article|page) (may )?contains? affiliate links?|we may earn (a )?(small )?commission|as an amazon associate)",
        r"\b(purchases|when you buy) (made )?(through|via|using) (our|these|the) links\b",
        r"\b(may|might|could) earn (us )?(a )?(small |an affiliate )?commission\b",
        r"\bis (supported|funded) by (commissions|affiliate|advertis)",
        r"\bwe (may|might) (be compensated|receive (compensation|a commission))\b",
        r"\b(products|items) (are|were) (chosen|selected) independently\b",
        r"^(advertiser|editorial|affiliate) disclosure$|^why trust us\??$",
        r"\b(is|are) not intended to (replace|be a substitute for|substitute for) (the )?(advice|professional)",
        r"\bfor (general )?informational purposes only\b",
    ), max_words=160),
    PhraseRule("disclaimer", "chrome", v.phrases(v.AFFILIATE_DISCLOSURE), max_words=60),
    # (up to a notice's length: the author's bio or the letters page's address may share its block)
    PhraseRule("disclaimer", "chrome", v.phrases(v.VIEWS_DISCLAIMER), max_words=120),
    # Blog sidebar widgets flattened to one line: the archive and category pickers, the
    # "Meta" box, search boxes ("Archives Select Month March 2026 February 2026 ...").
    PhraseRule("sidebar_widget", "chrome", (
        r"archives?\s*:?\s*select month\b.*",
        r"categor(y|ies)\s*:?\s*select category\b.*",
        r"meta\s+(site admin\s+)?log ?(in|out)\s+entries (feed|rss).*",
        r"(entries|comments) (feed|rss)( (entries|comments) (feed|rss))?( wordpress\.org)?",
        r"search( (the )?(blog|site))?\s*:?\s*search( for)?\s*:?",
    ) + v.phrases(v.SIDEBAR_WIDGET), max_words=400, whole=True),
    # A blog archive's entry in any language: a year or a month under its expander, with its
    # count ("► 2023 (27)", "▼ ژانویه (5)"); matched on the untrimmed line, whose marker
    # the whole-block rules trim away.
    PhraseRule("sidebar_widget", "chrome", (r"^[\W_]*[►▼▶▸◄◀]\s*[^()]{1,30}\(\d+\)\s*$",), max_words=6),
    PhraseRule("tags_line", "chrome", v.phrases(v.POSTED_IN), max_words=60, whole=True),
    # A site's licence footer, found in a block of up to a paragraph: an article about
    # licences is longer, and names the licence in its sentences, not as the page's terms.
    PhraseRule("license_notice", "chrome", v.LICENSE_NOTICE, max_words=60),
    SERVER_MESSAGE,
    # The site's own marker of where the article stops; also a wall for the core.
    PhraseRule("article_end", "chrome", (
        r"end of (the )?(article|story|post)|\(end\)|-+ ?end ?-+",
    ), max_words=6, whole=True),
    # A biography under its own label, wherever it stands.
    PhraseRule("author_bio", "chrome", (
        # "About the AuthorJane Doe": the heading and the name run together when flattened
        r"about the (author|writer|contributor)(s?\b|(?-i:[A-Z])).*",
    ), max_words=150, whole=True),
    PhraseRule("author_bio", "chrome", v.phrases(v.AUTHOR_BIO), max_words=150, whole=True),
)

# A short biography: "<Name> is a <profession> ..." — chrome only where it closes the
# article (see classify/chrome.py), since an article may well describe a person this way.
AUTHOR_BIO = (
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},? (?:is|was|has been) (?:a|an|the|our)\b.{0,120}?\b"
    r"(?:writer|journalist|editor|photographer|author|contributor|reporter|columnist|researcher|founder|"
    r"co-founder|ceo|consultant|expert|specialist|coach|blogger|analyst|marketer|strategist|designer|"
    r"developer|engineer|ambassador|correspondent|freelancer|professor|lecturer|nutritionist|dietitian)s?\b"
)

