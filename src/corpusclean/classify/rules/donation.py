"""Donation appeals and their payment details, in the languages our users scrape most.

An appeal is recognised by its vocabulary (several hits, or one hit in a short heading);
the payment details around it (IBAN, account numbers, PayPal/Vipps/Patreon handles) by
their shape. Non-English families were written from public appeals of news sites in each
language; the Pashto, Persian/Dari and Urdu words are the common verbs and nouns for
"support", "help/contribution", "donate" and "bank account".
"""

from __future__ import annotations

from . import vocabulary as v

# The words that name giving without asking for it: a news story about a charity, a
# campaign's money or blood donation says them as often as an appeal does ("40,000 individual
# donations to her fundraising committee"). A sentence is an appeal only with another of the
# phrases too (a call to the reader, the site describing itself) or a way to pay
# (classify/donation.py); the calls below ask with their imperatives (seed 000: "ملاتړ
# وکړئ", "مرسته وکړئ"). German "unterstützen" names support ("Unternehmen unterstützen den
# Verein"); its imperatives ask ("Unterstütze RosaMag bereits mit 2,50!", bench/multi m0187;
# "Unterstützen Sie uns").
# Pashto's and Urdu's imperatives of "do, give, send" after a noun of giving: the call.
_PS_DO = "(?:وکړئ|وکړه|وکړی|ورکړئ)"
_UR_DO = "(?:کریں|دیں|بھیجیں)"
GIVING: tuple[str, ...] = (
    r"\bdonat(e|es|ed|ing|ion|ions)\b", r"\bcontribut(e|ion|ions)\b", r"\b(tax[- ]deductible|fundrais\w*|crowdfund\w*|sponsor us)\b",
    r"\bspende(n|t)?\b", r"\bunterstützen\b(?!\s+sie\b)", r"\bdon(a|ar|ación|aciones)\b", r"\bap[oó]ya(nos)?\b",
    r"\bdoaç(ão|ões)\b", r"\bdona(re|zione)\b",
    # Pashto "help/aid" (not a charity's name, "مرستندویه", aiding) and "support", Persian
    # "financial help", "donation" (not "اهداف", goals), Urdu "donation(s)", "contribution",
    # Arabic "donation": a story about a mosque's bread bank or a charity's campaign says them
    # in every paragraph ("مرسته له کومه راځي؟", where does the aid come from?)
    # (each noun but where its imperative follows, a call below: one phrase, not two)
    rf"مرست(?!ندوی)(?![هې]?\s*{_PS_DO})", rf"ملاتړ(?!\s*{_PS_DO})", rf"بسپنه(?!\s*{_PS_DO})",
    r"کمک مالی", r"حمایت مالی", r"کمک‌های مالی", r"اهدا(?!ف)",
    rf"عطیہ(?!\s*{_UR_DO})", r"عطیات", rf"چندہ(?!\s*{_UR_DO})", r"تبرع",
)

# Phrases that mark an appeal to give money: the calls, then the giving words above. Scored
# per block: a block needs two distinct hits, or one hit if it is a short heading (see
# classify/donation.py).
APPEAL: tuple[str, ...] = (
    # English
    r"\bsupport(ing)? (us|our (work|journalism|reporting|mission|newsroom|site))\b",
    # the reader asked, where the rest of the appeal only names giving ("Please donate to keep
    # our journalism free.")
    r"\bplease (consider )?(donat\w*|support\w*|giv(e|ing)|contribut\w*|mak(e|ing) a (gift|donation|contribution))",
    r"\b(donate|give|contribute) (now|today)\b",
    r"\bsupport (independent|local|quality|public[- ]interest) (journalism|news|media|reporting)\b",
    r"\b(every|any|your) (contribution|donation|gift)\b", r"\bhowever (big|small)\b",
    r"\bmake a (gift|donation|contribution)\b", r"\bplease consider (a|an|making a) ([\w-]+ )?(gift|donation|contribution)\b",
    # the site describing itself as its readers fund it
    r"\b(is|are|as) an? (nonprofit|non-profit|reader-funded|reader-supported|member-supported) "
    r"(newsroom|news (site|organi[sz]ation|outlet)|publication)\b",
    r"\bbecome a (member|patron|supporter|sustaining member|monthly donor)\b",
    r"\b(monthly|one-time|one-off|regular) (gift|donation|amount|contribution|support)\b",
    r"\bpatreon\b", r"\bko-fi\b", r"\bbuy (me|us) a coffee\b", r"\bchip in\b",
    r"\b(if there were ever a time|it only takes a minute|from as little as)\b",
    r"\b(funded|supported|made possible|powered) by (readers|listeners|viewers|members|people) like you\b",
    r"\bsupport (the )?[A-Z][\w ]{2,40}(center|centre|media|news|foundation|project)\b",
    # German, French, Dutch
    r"\bunterstütze\b|\bunterstützen sie\b", r"\bfaire un don\b", r"\bsoutenez\b", r"\bdoneer\b",
    # Pashto, Persian/Dari, Urdu, Arabic: the imperatives (no \b: these scripts attach
    # particles to words), "do help/support", "your help", "give", "donate", "support us"
    rf"(مرست[هې]|ملاتړ|بسپنه)\s*{_PS_DO}", r"ستاسو (مرست[هې]|ملاتړ|بسپنه)", r"(کمک|حمایت) کنید", rf"(عطیہ|چندہ)\s*{_UR_DO}",
    r"تعاون کریں", r"تبرّ?عوا", r"ادعمونا", r"دعمكم",
) + v.phrases(v.APPEAL) + GIVING

# Words a site uses to describe itself ("Independent news from the coast", a masthead): they
# add to an appeal's hits, but alone they never make a heading an appeal.
DESCRIPTOR: tuple[str, ...] = (
    r"\b(independent|reader-funded|reader-supported|non-profit|nonprofit) (journalism|media|news)\b",
    r"\b(unabhängige[nr]?|gemeinnützige[nr]?) (journalismus|medien|nachrichten)\b",
    r"\b(journalisme|média|information) indépendante?\b", r"\bperiodismo independiente\b",
    r"\bgiornalismo indipendente\b", r"\bjornalismo independente\b", r"\bonafhankelijke journalistiek\b",
    r"\bniezależn\w+ (media|dziennikarstw\w+|portal\w*)\b", r"\bнезависим\w+ (сми|журналистик\w+|издани\w+|медиа)\b",
    r"\bнезалежн\w+ (журналістик\w+|медіа|видання)\b",
    r"\bbağımsız (gazetecili\w*|medya|haber\w*)", r"独立(媒体|媒體|新闻|新聞)", r"独立系?(メディア|報道)",
    r"독립 ?언론", r"स्वतंत्र पत्रकारिता", r"آزاد صحافت", r"(روزنامه‌نگاری|رسانه|رسانه‌ی) مستقل",
    r"(الصحافة|صحافة|الإعلام|إعلام) (المستقلة|مستقلة|المستقل|مستقل)",
)

# Payment details: checked on short blocks near an appeal, or anywhere when two match.
PAYMENT: tuple[str, ...] = (
    # IBAN, spaced or not, in capitals whatever the matcher's flags: under IGNORECASE a
    # price and the word after it read as one ("RM35 sekilogram", "MP3s").
    r"(?-i:\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b)",
    r"\b(account|acct|a/c|ac)\s*(number|no\.?|nr\.?|#)?\s*[:#]?\s*\d[\d -]{5,}",
    r"\b(iban|swift|bic|sort code|routing number|bank account|bank transfer|wire transfer)\b",
    r"\bpaypal\b", r"\bvipps\b", r"\bvenmo\b", r"\bcash ?app\b", r"\bzelle\b", r"\bmobilepay\b",
    r"\bswish(a|en)?\b", r"\bbitcoin\b|\bbtc\b|\bethereum\b",
    # mobile money, where an appeal's readers pay by phone (Pakistan, Afghanistan, East Africa,
    # Bangladesh, the Philippines), in Latin letters and as Urdu and Pashto write them
    r"\b(m-?pesa|m-?paisa|easy ?paisa|jazz ?cash|bkash|nagad|gcash|airtel money|mtn momo|orange money)\b",
    # Brazil's instant transfer, and a bank transfer so called
    r"\bpix\b", r"\b(transferência bancária|transferencia bancaria|virement bancaire|bonifico bancario|banküberweisung|"
    r"bankoverførsel|banköverföring|pankkisiirto|przelew bankowy|banka havalesi)\b",
    r"ایزی ?پیسہ|جاز ?کیش|ایم ?پیس[هہ]",
    r"\bbank\b", r"بانک", r"حساب", r"شمېره", r"کارت",
    # account and transfer words where the languages above write them without "IBAN"
    r"\bifsc\b", r"\bupi\b", r"खाता (संख्या|नंबर|नाम)", r"계좌", r"예금주", r"\bnumer konta\b", r"\btytułem\b",
    r"реквизиты", r"\bр/с\b", r"\bбик\b", r"расч[её]тн\w+ сч[её]т", r"\bкартк\w*\b", r"开户行|開戶行|账号|帳號|户名|戶名",
    r"شبا|رقم الحساب|الآيبان|الايبان|اکاؤنٹ نمبر|بینک",
    r"\bthank you\b$", r"^مننه$",
    # a transfer form's fields, at the start of their line ("Kontoinhaber: ...", "Causale: ...")
    r"^(account (name|holder)|name on (the )?account|beneficiary|payee|(payment )?reference|kontoinhaber(in)?|"
    r"(zahlungs)?empfänger(in)?|verwendungszweck|titulaire( du compte)?|bénéficiaire|domiciliation|libellé|"
    r"code (banque|guichet)|clé rib|titular( de la cuenta)?|beneficiario|concepto|intestat(ario|aria|o a)|causale|"
    r"beneficiário|entidade|referência( multibanco)?|rekeninghouder|begunstigde|ten name van|omschrijving|odbiorca|"
    r"tytuł( przelewu)?|właściciel (rachunku|konta)|получатель|назначение платежа|отримувач|призначення платежу|"
    r"příjemce|zpráva pro příjemce|variabilní symbol|číslo účtu|hesap sahibi|alıcı|mottagare|bankgiro|plusgiro|"
    # ... and the account's number so called
    r"(bank)?konto(nummer|nr\.?)?|rekeningnummer|tilinumero|saaja|viite|modtager|numéro de compte|"
    r"número de (cuenta|conta)|numero di conto|"
    r"conto corrente|számlaszám|hesap (numarası|no)|nomor rekening|numer (rachunku|konta)|номер (сч[её]та|рахунку))\s*[:：]",
    # Italy's five per thousand of income tax, given by the charity's tax code
    r"\b5 ?x ?1000\b|\bcinque per mille\b",
    # the payment services appeals name, in any language
    r"\b(satispay|blik|mb ?way|multibanco|patronite|trakteer|saweria|darujme(\.cz)?|helloasso|liberapay|twint|bizum|"
    r"monobank|send\.monobank\.ua|gopay|steadyhq|steady\.page)\b",
    # a cheque's payee and the receipt for the taxman
    r"\bà l[’']ordre de\b", r"\breçu fiscal\b", r"\bzuwendungsbestätigung\b", r"\bgift aid\b", r"\brekening\b",
    # the box's closing thanks, a short line of its own ("Dziękujemy!", "Grazie a chi ci ha già sostenuto!")
    r"^(thanks|thank you|danke|vielen dank|merci|gracias|grazie|obrigad[oa]|dank (je|u)|dziękujemy|дякуємо|спасибо|"
    r"благодарим|teşekkür(ler| ederiz)|děkujeme|tack)\b[^.?]{0,50}[!.]?$",
)
