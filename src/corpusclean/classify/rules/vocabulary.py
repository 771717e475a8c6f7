"""What site widgets say in other languages than English, by rule family and language.

Each family adds its patterns to the English rule of the same name (rules/chrome.py,
rules/comments.py, rules/donation.py) and is matched the same way: most families are
whole-block (the block *is* the widget: "Kommentar verfassen", "Partager", "関連記事"), so
an article sentence that uses the same word is never touched; `cookie_notice` and
`newsletter_signup` are found inside short blocks, `appeal` inside any block (as in
donation.py: two hits, or one in a short heading).

Written from the interface strings of the common publishing platforms in each language
(WordPress, Blogger, Drupal and news-site templates translate the same few dozen widgets)
and from the cookie, newsletter and donation banners of news sites. Patterns are regular
expressions matched case-insensitively. In Chinese, Japanese and Thai, which have no spaces,
a pattern found inside a block must say where it may start: ``.*?`` lets it start anywhere.
Hindi, Bengali and Thai vowel signs are not ``\\w``: their patterns use no ``\\b``, which would
fall inside a word, and a lookbehind of the script's range where a word must not go on.

Languages: de, fr, es, it, pt, nl, pl, ru, tr, zh, ja, ko, ar, fa (also Dari), ur, ps, hi, bn,
th, vi, id (also Malay), el, he, uk, cs, sv, da, nb (Norwegian Bokmål, which sites also tag
"no"), fi, ro, hu. The languages of `REGIONAL` have the two headers that end an article on a
regional portal, its comment thread's and its related box's, so far (and Swahili, Croatian and
Serbian their donation appeals' words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...read.edit_links import EDIT_WORDS

Family = dict[str, tuple[str, ...]]

# Croatian (also Bosnian and Serbian in Latin letters), Serbian in Cyrillic, Slovenian, Slovak,
# Bulgarian, Macedonian, Lithuanian, Latvian, Estonian, Swahili: in THREAD_START and
# RELATED_LINKS only (Swahili, Croatian and Serbian in APPEAL too).
REGIONAL = ("hr", "sr", "sl", "sk", "bg", "mk", "lt", "lv", "et", "sw")


def _spelled(letters: dict[str, str]) -> Callable[..., tuple[str, ...]]:
    """Patterns in which each of `letters` also matches the other ways of writing it."""
    found = re.compile("|".join(sorted(map(re.escape, letters), key=len, reverse=True)))

    def spell(*patterns: str) -> tuple[str, ...]:
        return tuple(found.sub(lambda m: letters[m.group()], p) for p in patterns)

    return spell


# Letters written in more than one way. Patterns are written with one spelling; these let
# them match the others.
# Romanian: ș and ț are also written with a cedilla (ş, ţ), and much Romanian on the web is
# typed without diacritics ("Comentariile sunt inchise").
_ro = _spelled({"ă": "[ăa]", "â": "[âa]", "î": "[îi]", "ș": "[șşs]", "ț": "[țţt]"})
# Greek: capitals drop the accents (ΣΧΟΛΙΑ for Σχόλια).
_el = _spelled({"ά": "[άα]", "έ": "[έε]", "ή": "[ήη]", "ί": "[ίι]", "ό": "[όο]", "ύ": "[ύυ]", "ώ": "[ώω]"})
# Hindi and Bengali: a letter with a nukta (ज़, ड़, য়) is one code point or two (the letter
# and the nukta), and Hindi often leaves the nukta out (ज्यादा for ज़्यादा); the Bengali o and
# au vowel signs are also written in their two parts.
_hi = _spelled({form: f"(?:{base}\u093c?|{one})"
                for base, one in zip("कखगजडढफय", map(chr, range(0x958, 0x960)), strict=True)
                for form in (base + "\u093c", one)})
_bn = _spelled({**{form: f"(?:{base}\u09bc|{one})" for base, one in (("ড", "\u09dc"), ("ঢ", "\u09dd"), ("য", "\u09df"))
                   for form in (base + "\u09bc", one)},
                **{form: f"(?:{one}|{two})" for one, two in (("\u09cb", "\u09c7\u09be"), ("\u09cc", "\u09c7\u09d7"))
                   for form in (one, two)}})

# The header that opens a comment thread: "3 Kommentare", "Laisser un commentaire".
THREAD_START: Family = {
    # (last in de, fr, es, it, pt and nl: a recipe's or a product's reviews, with their count,
    # which are its comments: "Bewertungen (12)", "Les avis (356)")
    # "Reaktionen auf die Wahl" is a heading: reactions open a thread only with their count
    "de": (r"(\d+ )?(kommentare?|leserkommentare)( \(\d+\)?)?( zu .*)?", r"\d+ reaktionen( (zu|auf) .*)?",
           r"kommentare (der|unserer) (leser|leserinnen)( \(\d+\)?)?",
           r"(\d+ )?antworten (zu|auf) .*", r"(\d+|ein|eine) gedanken? zu .*",
           r"(hinterlasse|schreibe?|verfasse)( jetzt)? (einen|deinen|ihren) kommentar",
           r"kommentar (verfassen|schreiben|hinzufügen|abgeben)", r"diskussion( zum artikel)?",
           r"(nutzer|leser)?bewertungen \(\d+\)?"),
    "fr": (r"(\d+ )?commentaires?( \(\d+\)?)?( (sur|à|pour) .*)?", r"\d+ réactions?( (sur|à) .*)?",
           r"commentaires (des|de nos) (lecteurs|internautes)( \(\d+\)?)?",
           r"(\d+ )?réponses? (à|sur) .*", r"vos (réactions|commentaires)",
           r"(laisser|écrire|ajouter|poster|laissez) un commentaire", r"réagissez|réagir à cet article",
           r"(les )?avis( des (internautes|lecteurs|clients))? \(\d+\)?"),
    "es": (r"(\d+ )?comentarios?( \(\d+\)?)?( (en|sobre|a) .*)?", r"(\d+ )?respuestas? a .*",
           r"comentarios (de|de los|de nuestros) (lectores|usuarios)( \(\d+\)?)?",
           r"(deja|dejar|escribe|escribir|añade|añadir|publica|publicar) (un|tu) comentario",
           r"(reseñas|opiniones|valoraciones) \(\d+\)?"),
    "it": (r"(\d+ )?commenti?( \(\d+\)?)?( (su|a) .*)?", r"(\d+ )?risposte a .*",
           r"commenti (dei|dei nostri) lettori( \(\d+\)?)?",
           r"(lascia|scrivi|aggiungi) un commento",
           r"recensioni \(\d+\)?"),
    "pt": (r"(\d+ )?comentários?( \(\d+\)?)?( (em|sobre|para) .*)?", r"(\d+ )?respostas? (para|a) .*",
           r"comentários (dos|de) (leitores|internautas)( \(\d+\)?)?",
           r"(deixe|deixar|escreva|escrever|adicione|adicionar) (um|seu|o seu) comentário",
           r"avaliações \(\d+\)?"),
    "nl": (r"(\d+ )?(reacties?|opmerkingen)( \(\d+\)?)?( (op|bij) .*)?", r"(\d+ )?gedachten? over .*",
           r"reacties van (lezers|onze lezers)( \(\d+\)?)?",
           r"(laat|plaats|schrijf) (een|je) (reactie|opmerking)( achter)?",
           r"(beoordelingen|recensies) \(\d+\)?"),
    "pl": (r"(\d+ )?komentarz(e|y|a)?( \(\d+\)?)?( do .*)?", r"komentarze czytelników",
           r"(dodaj|napisz|zostaw) komentarz"),
    "ru": (r"(\d+ )?(комментари(й|ев|я|и)|отзывы)( \(\d+\)?)?( к .*)?", r"всего (комментариев|отзывов)\s*:?\s*\d+",
           r"(комментарии|отзывы|мнения) читателей( \(\d+\)?)?",
           r"(оставить|оставьте|добавить|написать) (комментарий|отзыв)"),
    "tr": (r"(\d+ )?yorum(lar)?( \(\d+\)?)?", r"(okur|okuyucu) yorumları( \(\d+\)?)?",
           r"yorumları (göster|gör|oku)( \(\d+\)?)?",
           r"(yorum (yap|yaz|ekle|bırak)(ın)?|bir yorum (yazın|bırakın|ekleyin))"),
    "zh": (r"(\d+ ?条?)?(评论|評論|留言)(\s*（\d+）?|\s*\(\d+\)?)?",
           r"(网友|網友|读者|讀者|热门|熱門|最新|全部)(评论|評論|留言)(\s*[（(](共\s*)?\d+\s*[条條则則]?[）)]?)?",
           r"(发表|發表|写|寫|添加)(评论|評論|留言)"),
    "ja": (r"(\d+件の)?コメント(一覧|欄)?(\s*[（(]\d+件?[）)]?|\s*\d+件)?", r"コメントを(書く|する|残す|投稿する)",
           r"みんなの(コメント|感想)"),
    "ko": (r"(\d+개의 )?댓글( ?\d+개?| \(\d+\)?)?", r"댓글 ?(쓰기|달기|작성)"),
    "ar": (r"(\d+ )?(تعليقات?|التعليقات)( \(\d+\)?)?", r"(أضف|اكتب|اترك) (تعليقا|تعليقاً|تعليق)(ك)?"),
    "fa": (r"(\d+ )?(نظرات|دیدگاه‌ها|دیدگاه ها|دیدگاه|کامنت‌ها)( \(\d+\)?)?", r"\d+ نظر",
           r"(ارسال|ثبت) (نظر|دیدگاه)", r"(دیدگاهتان|نظر خود) را بنویسید"),
    "ur": (r"(\d+ )?(تبصرے|تبصرہ جات)( \(\d+\)?)?", r"(اپنا )?تبصرہ (کریں|لکھیں|بھیجیں)"),
    "ps": (r"(\d+ )?(نظرونه|تبصرې)", r"خپل نظر (ولیکئ|ورکړئ|شریک کړئ)"),
    "cs": (r"komentáře( \(\d+\)?)?|\d+ komentář(e|ů)?", r"(komentáře|disku[sz]e) (k|ke) (článku|příspěvku|tématu)",
           r"\d+ (komentář(e|ů)?|reakc(e|í)|odpověd(i|í)) (k|ke|u|na) .*", r"diskuse( \(\d+\)?)?|diskuze",
           r"(napsat|přidat|vložit|napište|přidejte|vložte) (nový )?komentář"),
    "sv": (r"kommentarer( \(\d+\)?)?|\d+ kommentar(er)?", r"läsarnas kommentarer",
           r"\d+ (kommentarer|kommentar|reaktioner|svar|tankar) (på|till|om) .*",
           r"(en (kommentar|reaktion|tanke)|ett svar) (på|till|om) [”\"“„«].*",
           r"(lämna|skriv|lägg till) (en|din) kommentar", r"kommentera( artikeln| inlägget)?"),
    "da": (r"kommentarer( \(\d+\)?)?|\d+ kommentar(er)?", r"læsernes kommentarer|(se|vis) (alle )?kommentarer( \(\d+\)?)?",
           r"\d+ (kommentarer|kommentar|reaktioner|svar|tanker) (på|til|om) .*",
           r"(en (kommentar|reaktion|tanke)|et svar) (på|til|om) [”\"“„«»].*",
           r"(skriv|efterlad|tilføj) (en|din) kommentar", r"kommentér( artiklen| indlægget)?|kommenter( artiklen| indlægget)?"),
    "nb": (r"kommentarer( \(\d+\)?)?|\d+ kommentar(er)?", r"lesernes kommentarer|(se|vis) (alle )?kommentarer( \(\d+\)?)?",
           r"\d+ (kommentarer|kommentar|reaksjoner|svar|tanker) (på|til|om) .*",
           r"(en (kommentar|reaksjon|tanke)|én kommentar|ett svar|et svar) (på|til|om) [”\"“„«»].*",
           r"(legg igjen|skriv|legg til) (en|din) kommentar", r"kommenter( artikkelen| innlegget| saken)?"),
    "fi": (r"kommentit( \(\d+\)?)?|\d+ kommentti(a)?|kommentteja( \(\d+\)?)?", r"lukijoiden kommentit|(näytä|katso) (kaikki )?kommentit( \(\d+\)?)?",
           r"\d+ (kommenttia|vastausta|ajatusta) (artikkeliin|aiheesta|kirjoitukseen|juttuun) .*",
           r"(yksi|1) (kommentti|vastaus|ajatus) (artikkeliin|aiheesta|kirjoitukseen|juttuun) [”\"“„«»].*",
           r"(jätä|kirjoita|lisää) (kommentti|kommenttisi|oma kommenttisi)", r"kommentoi( artikkelia| juttua| kirjoitusta)?"),
    "ro": _ro(r"comentarii(le)?( \(\d+\)?)?|\d+ (de )?comentari(i|u)",
              r"\d+ (de )?(comentarii|gânduri|răspunsuri|păreri) (despre|la|pe|pentru) .*",
              r"(un (comentariu|gând|răspuns)|o părere) (despre|la|pe|pentru) [„\"“«].*",
              r"(lasă|lăsați|scrie|scrieți|adaugă|adăugați|postează) un comentariu"),
    "hu": (r"(olvasói )?(hozzászólások|kommentek)( \(\d+\)?)?|\d+ (hozzászólás|komment)", r"(olvasói )?vélemények( \(\d+\)?)?",
           r"\d+ (hozzászólás|komment|vélemény) .{1,80} (bejegyzéshez|cikkhez|íráshoz)",
           r".{1,80} (bejegyzéshez|cikkhez|íráshoz) \d+ (hozzászólás|komment|vélemény)",
           r"(szólj|szóljon) hozzá", r"(írj|írjon|küldj|küldjön) (egy )?(hozzászólást|kommentet|véleményt)",
           r"hozzászólás írása"),
    "el": _el(r"σχόλια( \(\d+\)?)?|(\d+|ένα) σχόλι(α|ο)", r"σχόλια (αναγνωστών|χρηστών)", r"(τα )?σχόλιά σας( \(\d+\)?)?",
              r"\d+ (σχόλια|σκέψεις|απαντήσεις) (στο|για το|για|σχετικά με) .*",
              r"(ένα σχόλιο|μία σκέψη|μια σκέψη|μία απάντηση|μια απάντηση) (στο|για το|για|σχετικά με) [«\"“].*",
              r"(αφήστε|γράψτε|προσθέστε|αφήσε|γράψε) (ένα |το )?σχόλιο( σας| σου)?|προσθήκη σχολίου"),
    # (and a site builder's "Всего комментариев: 2" / "Всього коментарів: 2" over its list)
    "uk": (r"(коментарі|відгуки)( \(\d+\)?)?|\d+ (коментар(і|ів|я)?|відгук(и|ів)?)", r"всього (коментарів|відгуків)\s*:?\s*\d+", r"коментарі (читачів|до (статті|запису|новини))",
           r"\d+ (коментар(і|ів|я)?|думк(а|и|ок)|відгук(и|ів)?|відповід(і|ей)) (до|про|на) .*",
           r"(один коментар|одна думка|одна відповідь|один відгук) (до|про|на) [«\"“„].*",
           r"(залишити|залиште|залишіть|додати|додайте|написати|напишіть) (коментар|відгук)"),
    "he": (r"(\d+ )?(תגובות|טוקבקים)( \(\d+\)?)?", r"תגובות (הגולשים|הקוראים)",
           r"(\d+ (תגובות|מחשבות)|תגובה אחת|מחשבה אחת) על .*",
           r"(כתיבת|הוספת|השארת|הוסף|הוסיפו|השאירו|השאר|כתבו|כתוב) (תגובה|טוקבק)", r"להוספת (תגובה|טוקבק)"),
    "id": (r"(\d+ )?(komentar|komen|tanggapan)( \(\d+\)?)?", r"komentar (pembaca|anda)|(lihat|tampilkan) (semua )?komentar",
           r"\d+ (komentar|komen|tanggapan|pemikiran|balasan) (untuk|pada|di|tentang|terhadap) .*",
           r"(satu|1) (komentar|komen|tanggapan|pemikiran|balasan) (untuk|pada|di|tentang|terhadap) [“\"«].*",
           r"(tinggalkan|tulis|kirim|berikan|beri) (sebuah |satu )?(komentar|komen|tanggapan)( anda| kamu)?"),
    "vi": (r"\d+ (bình luận|phản hồi|ý kiến)( (về|cho|trong) .*)?", r"(bình luận|ý kiến)( bạn đọc)? \(\d+\)?",
           r"(một|1) (bình luận|phản hồi|ý kiến) (về|cho|trong) [“\"«].*", r"(ý kiến|bình luận) (bạn đọc|của bạn)|phản hồi",
           r"(để lại|viết|gửi|thêm) (một )?(bình luận|ý kiến|phản hồi)( của bạn)?"),
    "hi": _hi(r"(\d+ )?(टिप्पणियाँ|टिप्पणियां|कमेंट्स)( \(\d+\)?)?", r"\d+ (टिप्पणी|कमेंट|विचार|प्रतिक्रियाएँ|प्रतिक्रियाएं)",
              r"[“\"«].{1,80}[”\"»] पर (\d+|एक) (विचार|टिप्पणियाँ|टिप्पणियां|टिप्पणी)",
              r"(एक )?(टिप्पणी|कमेंट) (करें|लिखें|जोड़ें|छोड़ें)", r"अपनी (टिप्पणी|राय|प्रतिक्रिया) (दें|लिखें|भेजें|दर्ज करें)",
              r"पाठकों की (टिप्पणियाँ|टिप्पणियां|राय)"),
    "bn": _bn(r"মন্তব্যসমূহ|মন্তব্য \(\d+\)?|(\d+|এক)( ?টি)? মন্তব্য", r"(মন্তব্য|কমেন্ট) (করুন|লিখুন)",
              r"(আপনার )?মতামত (দিন|লিখুন|জানান)", r"পাঠকের মন্তব্য"),
    "th": (r"(\d+ ?)?(ความคิดเห็น|ความเห็น)((จาก|ของ)ผู้อ่าน)?( ?\(\d+\)?| ?\d+ ?(รายการ|ข้อ))?",
           r"(\d+|หนึ่ง) ?(ความคิดเห็น|ความเห็น) ?(บน|ใน|ต่อ|เกี่ยวกับ|ถึง) ?.*",
           r"(แสดง|เขียน|ร่วมแสดง|ฝาก)(ความคิดเห็น|ความเห็น)", r"(ความคิดเห็น|ความเห็น)(ทั้งหมด|ล่าสุด|ของผู้อ่าน)"),
    # the languages of REGIONAL (below): the thread's header only
    "hr": (r"komentari( \(\d+\)?)?|\d+ komentar(a|i)?", r"komentari (čitatelja|čitalaca)( \(\d+\)?)?",
           # WordPress's "3 thoughts on “<title>”": Croatian, Bosnian and Serbian in Latin letters
           r"\d+ (mišljenj[ae]|razmišljanj[ae]|komentar[ai]?) (na|o) .*",
           r"(ostavite|ostavi|napišite|napiši|dodajte|dodaj) komentar"),
    "sr": (r"коментари( \(\d+\)?)?|\d+ коментар(а|и)?", r"коментари (читалаца|читатеља)( \(\d+\)?)?",
           r"\d+ (мишљењ[ае]|размишљањ[ае]|коментар[аи]?) (на|о) .*",
           r"(оставите|напишите|додајте) коментар"),
    "sl": (r"komentarji( \(\d+\)?)?|\d+ komentar(ji|jev|ja)?", r"komentarji bralcev( \(\d+\)?)?",
           r"(dodaj|oddaj|napiši|napišite) komentar"),
    "sk": (r"komentáre( \(\d+\)?)?|\d+ komentár(e|ov)?", r"komentáre čitateľov( \(\d+\)?)?", r"diskusia( \(\d+\)?)?",
           r"(pridať|pridajte|napíšte|napísať) komentár"),
    "bg": (r"коментари( \(\d+\)?)?|\d+ коментар(а|и)?", r"коментари (на читателите|от читатели)( \(\d+\)?)?",
           r"(напишете|добавете|оставете) коментар"),
    "mk": (r"коментари( \(\d+\)?)?|\d+ коментар(и)?", r"коментари (на читателите|од читателите)( \(\d+\)?)?",
           r"(напишете|додадете|оставете) коментар"),
    "lt": (r"komentarai( \(\d+\)?)?|\d+ komentar(ai|ų)", r"skaitytojų komentarai( \(\d+\)?)?",
           r"(rašyti|parašykite|palikite) komentarą"),
    "lv": (r"komentāri( \(\d+\)?)?|\d+ komentār(i|s)", r"lasītāju komentāri( \(\d+\)?)?",
           r"(raksti|rakstiet|pievieno|pievienot) komentāru"),
    "et": (r"kommentaarid( \(\d+\)?)?|\d+ kommentaar(i)?", r"lugejate kommentaarid( \(\d+\)?)?",
           r"(lisa|kirjuta|jäta) kommentaar"),
    # "maoni" alone is also "opinion", a section's name: counted, asked for, or the readers'
    "sw": (r"maoni( \(\d+\)| \d+)\s*:?|\d+ maoni", r"maoni ya wasomaji( \(\d+\)?)?",
           r"(toa|andika|acha|tuma|chapisha) maoni( yako)?"),
}

# The header of an obituary's guest book or condolence book, where readers leave messages
# under the notice ("Guest Book", "Kondolenzbuch", "Skriv ett minnesord"). The words also
# head an article's section ("Condolences" over leaders' tributes), so the header opens a
# thread only over messages dated to the day (classify/comments.py).
GUEST_BOOK: Family = {
    "en": (r"(online )?(guest ?book|condolences|condolence book|book of condolences)",
           r"sign (the|our) guest ?book", r"(memories|tributes|messages) (and|&) condolences",
           r"condolences (and|&) (memories|tributes)", r"share a memory( or (offer|send) condolences)?",
           r"(leave|send|offer|write|share) (a |your )?(condolence|tribute|message of condolence)s?"),
    "de": (r"(online-)?(kondolenzbuch|kondolenzen|beileidsbekundungen|gästebuch|trauerbuch)",
           r"(ins |in das )?(kondolenzbuch|gästebuch|trauerbuch) (eintragen|schreiben)", r"(jetzt )?kondolieren"),
    "fr": (r"livre d['’]or|(registre|livre) de condoléances|condoléances",
           r"(laisser|écrire|présenter|envoyer|déposer) (un message de |vos |des |ses )?condoléances"),
    "es": (r"condolencias|libro de (condolencias|visitas)|mensajes de condolencia",
           r"(deja|dejar|enviar|envía|escribe|escribir) (un mensaje de |tus |sus )?condolencias"),
    "it": (r"condoglianze|cordoglio|libro (delle condoglianze|degli ospiti)|messaggi di cordoglio",
           r"(lascia|scrivi|invia) (un messaggio di |le tue |le )?condoglianze"),
    "pt": (r"condolências|livro de (condolências|visitas)|mensagens de (condolências|pesar)",
           r"(deixe|deixar|envie|enviar|escreva) (uma mensagem de |suas |as suas )?condolências"),
    "nl": (r"condoleances|condoleanceregister|gastenboek|condoleren",
           r"(laat|schrijf|plaats) een condoleance( achter)?"),
    "pl": (r"kondolencje|księga (kondolencyjna|kondolencji|gości|pamięci)|wpisy kondolencyjne",
           r"(złóż|złożyć|dodaj|napisz) kondolencje"),
    "sv": (r"minnesord|kondoleanser|minnesbok|gästbok", r"(skriv|lämna) (ett minnesord|en kondoleans)"),
    "da": (r"mindeord|kondolencer|gæstebog|mindebog", r"(skriv|efterlad) (et mindeord|en kondolence)"),
    "nb": (r"minneord|kondolanser|gjestebok|minnebok", r"(skriv|legg igjen) (et minneord|en kondolanse)"),
    "fi": (r"muistosanat|surunvalittelut|vieraskirja|muistokirja", r"(kirjoita|jätä) (muistosanat|surunvalittelu)"),
    "cs": (r"kondolence|kniha (kondolencí|návštěv)", r"(napsat|napište|vyjádřete|vyjádřit) kondolenci"),
    "ro": _ro(r"condoleanțe|carte de condoleanțe|mesaje de condoleanțe", r"(transmite|trimite|scrie) condoleanțe"),
    "hu": (r"részvétnyilvánítás(ok)?|részvétüzenetek|vendégkönyv|emlékkönyv", r"(részvét|emlékező sorok) (írása|küldése)"),
    "el": _el(r"συλλυπητήρια|βιβλίο (συλλυπητηρίων|επισκεπτών)", r"(εκφράστε|στείλτε|αφήστε) (τα )?συλλυπητήρια"),
    "ru": (r"соболезнования|книга (соболезнований|памяти)|гостевая книга",
           r"(выразить|оставить|выразите|оставьте) соболезнования"),
    "uk": (r"співчуття|книга (співчуттів|пам['’]яті)|гостьова книга", r"(висловити|залишити|висловіть|залиште) співчуття"),
    "tr": (r"taziyeler|taziye (defteri|mesajları)|başsağlığı (mesajları|dilekleri)|anı defteri",
           r"taziye (bırakın|yazın|bırak|yaz)|başsağlığı dile"),
    "ja": (r"お悔やみ(の)?(メッセージ|コメント|欄)|ゲストブック|芳名(録|帳)|追悼(メッセージ|コメント)",
           r"お悔やみ(の言葉|メッセージ)を(送る|書く|残す)"),
    "ko": (r"(온라인 )?(조문록|방명록)|추모 ?(글|메시지)", r"(조의|추모) ?(글|메시지) ?(남기기|쓰기|작성)"),
    "zh": (r"(网上|網上)?(吊唁|悼念)(留言|簿)?|留言(簿|本)|(访客|訪客)留言", r"(留下|发表|發表)(悼念|吊唁)"),
    "ar": (r"(سجل |دفتر )?التعازي|(دفتر|سجل) الزوار", r"(قدم|اكتب|أضف) (تعزية|تعزيتك|تعازيك)"),
    "fa": (r"(پیام‌های |پیام های )?تسلیت|دفتر یادبود", r"(ارسال|ثبت) (پیام )?تسلیت"),
    "ur": (r"تعزیت|تعزیتی پیغامات", r"تعزیت (کریں|لکھیں|بھیجیں)"),
    "he": (r"(ספר )?תנחומים|ספר אורחים", r"(כתבו|השאירו|כתוב|השאר) (תנחומים|מילים לזכרו|מילים לזכרה)"),
    "id": (r"(ucapan )?(belasungkawa|duka cita|dukacita)|buku tamu", r"(kirim|tulis|sampaikan) (ucapan )?(belasungkawa|duka cita)"),
}


# The lines each comment carries: "Antworten", "Répondre", "返信".
REPLY_LINE: Family = {
    "de": (r"antwort(en)?( ↓)?|melden|zitieren|gefällt mir|(\d+ )?(antworten|likes?)",),
    "fr": (r"répondre|signaler( (un|ce) (abus|commentaire))?|j'aime|j’aime",),
    "es": (r"responder|denunciar( comentario)?|me gusta",),
    "it": (r"rispondi|segnala( (abuso|commento))?|mi piace",),
    "pt": (r"responder|denunciar|curtir",),
    "nl": (r"beantwoorden|reageer|reageren|melden|vind ik leuk",),
    "pl": (r"odpowiedz|zgłoś( (naruszenie|komentarz))?|lubię to",),
    "ru": (r"ответить|пожаловаться|нравится",),
    "tr": (r"yanıtla|cevapla|şikayet et|beğen",),
    "zh": (r"回复|回覆|举报|舉報|点赞|點讚",),
    "ja": (r"返信(する)?|通報(する)?|違反報告|いいね!?|ナイス!?",),
    # and a portal comment's votes for and against ("추천 52비추천 3", "공감 12 비공감 1")
    "ko": (r"답글( 달기)?|신고|좋아요|공감", r"(추천|공감) ?\d*\s*(비추천|비공감) ?\d*"),
    "ar": (r"رد|الرد|إبلاغ|أعجبني",),
    "fa": (r"پاسخ( دادن)?|گزارش|لایک",),
    "ur": (r"جواب( دیں)?|رپورٹ",),
    "ps": (r"ځواب( ورکړئ)?",),
    "cs": (r"odpovědět|reagovat|nahlásit( komentář| nevhodný obsah)?|líbí se mi",),
    "sv": (r"svara|anmäl( kommentar| olämpligt innehåll)?|rapportera|gilla",),
    "da": (r"svar|besvar|anmeld( kommentar| upassende indhold| misbrug)?|rapportér( kommentar| misbrug)?|synes godt om",),
    "nb": (r"svar|rapportér( kommentar| innlegg| misbruk)?|rapporter (kommentar|innlegg|misbruk)|meld (fra om )?misbruk|lik|liker",),
    "fi": (r"vastaa|ilmoita( asiaton( sisältö| kommentti| viesti)?| asiattomasta( sisällöstä| kommentista| viestistä)?)?|tykkää",),
    "ro": _ro(r"răspunde|raportează( comentariul| abuz)?|îmi place|apreciază"),
    "hu": (r"válasz|válaszolok|tetszik|jelentés küldése",),
    "el": _el(r"απάντηση|απάντησε|απαντήστε|αναφορά (κατάχρησης|σχολίου)|μου αρέσει"),
    "uk": (r"відповісти|поскаржитися|подобається",),
    "he": (r"הגב|הגיבו|השב|להגיב|דווח( על תגובה( זו)?)?|אהבתי",),
    "id": (r"balas|laporkan( komentar)?|suka|sukai",),
    "vi": (r"trả lời|báo (cáo )?vi phạm|thích",),
    "hi": _hi(r"(जवाब|उत्तर) दें|रिप्लाई|रिपोर्ट करें|पसंद करें|लाइक"),
    "bn": _bn(r"(উত্তর|জবাব|প্রত্যুত্তর) দিন|প্রত্যুত্তর|রিপ্লাই|রিপোর্ট করুন|লাইক"),
    "th": (r"ตอบกลับ|ถูกใจ|แจ้งลบ|รายงานความคิดเห็น(นี้)?",),
}

def _submitted(verbs: str, by: str, on: str) -> str:
    """A CMS's "submitted by <name> on <date>" line (Drupal's, translated)."""
    return rf"({verbs}) {by}\s*:?\s*[\w.'’ -]{{2,40}}\s+({on})\s+.{{0,40}}\d.*"


# A comment's own header: "<name> sagt:", "<name> a écrit :", and the "submitted by" line a
# CMS prints over each comment ("Ingezonden door <name> op <date>").
COMMENT_META: Family = {
    "de": (r"[\w.'’ -]{2,40} (sagt|sagte|schrieb|schreibt|meint)( am .{0,40})?\s*:?",
           _submitted("eingereicht|gespeichert|verfasst|geschrieben", "von", "am|um")),
    "fr": (r"[\w.'’ -]{2,40} (dit|a dit|a écrit|écrit)( le .{0,40})?\s*:?", _submitted("soumis|posté|envoyé", "par", "le|à")),
    "es": (r"[\w.'’ -]{2,40} (dice|dijo|escribió|comentó)( el .{0,40})?\s*:?", _submitted("enviado|escrito", "por", "el|en")),
    "it": (r"[\w.'’ -]{2,40} (dice|ha detto|scrive|ha scritto)( il .{0,40})?\s*:?", _submitted("inviato|scritto", "da", "il|alle")),
    "pt": (r"[\w.'’ -]{2,40} (diz|disse|escreveu|comentou)( em .{0,40})?\s*:?", _submitted("enviado|postado", "por", "em|às")),
    "nl": (r"[\w.'’ -]{2,40} (zegt|schreef|schrijft)( op .{0,40})?\s*:?", _submitted("ingezonden|geplaatst", "door", "op|om")),
    "pl": (r"[\w.'’ -]{2,40} (pisze|napisał|napisała|mówi)( .{0,40})?\s*:?",),
    "cs": (r"[\w.'’ -]{2,40} (napsal|napsala|píše)\s*:",),
    "sv": (r"[\w.'’ -]{2,40} (skriver|skrev)\s*:",),
    "da": (r"[\w.'’ -]{2,40} (siger|skriver|skrev)\s*:",),
    "nb": (r"[\w.'’ -]{2,40} (sier|skriver|skrev)\s*:",),
    "fi": (r"[\w.'’ -]{2,40} (sanoo|kirjoittaa|kirjoitti)\s*:",),
    "ro": _ro(r"[\w.'’ -]{2,40} (spune|scrie|a scris)\s*:"),
    "hu": (r"[\w.'’ -]{2,40} (szerint|írta)\s*:",),
    "el": _el(r"[\w.'’ -]{2,40} (λέει|έγραψε|γράφει)\s*:"),
    "uk": (r"[\w.'’ʼ -]{2,40} (говорить|пише|написав|написала|коментує)\s*:",),
    "he": (r"[\w.'’\"״ -]{2,40} (הגיב|הגיבה|כתב|כתבה)\s*:",),
    "id": (r"[\w.'’ -]{2,40} (berkata|menulis)\s*:",),
    "vi": (r"[\w.'’ -]{2,40} (viết|nói)\s*:",),
    "hi": _hi(r"[\w\u0900-\u097f.'’ -]{2,40} (कहते हैं|कहती हैं|कहता है)\s*:"),
    "bn": _bn(r"[\w\u0980-\u09ff.'’ -]{2,40} (বলেছেন|লিখেছেন)\s*:"),
    "th": (r".{2,40}? ?(พูดว่า|เขียนว่า)\s*:",),
}

# "Comments are closed."
COMMENTS_CLOSED: Family = {
    "de": (r"(die )?kommentare sind (geschlossen|deaktiviert)\.?", r"die kommentarfunktion ist (geschlossen|deaktiviert)\.?"),
    "fr": (r"les commentaires sont (fermés|clos|désactivés)\.?",),
    "es": (r"los comentarios están (cerrados|desactivados)\.?",),
    "it": (r"i commenti sono (chiusi|disabilitati)\.?",),
    "pt": (r"(os )?comentários (estão )?(encerrados|fechados|desativados)\.?",),
    "nl": (r"reacties zijn gesloten\.?",),
    "pl": (r"komentarze (są )?(zamknięte|wyłączone)\.?",),
    "ru": (r"комментарии (закрыты|отключены)\.?",),
    "tr": (r"yorumlar (kapalı|kapatılmıştır)\.?",),
    "zh": (r"(评论|評論)已关闭|(评论|評論)已關閉",),
    "ja": (r"コメントは(受け付けていません|締め切りました)。?",),
    "ko": (r"댓글이 (닫혀 있습니다|허용되지 않습니다)\.?",),
    "cs": (r"(komentáře|diskuse) (jsou |je )?(uzavřen[aéy]|vypnut[aéy]|zakázán[aéy])\.?",
           r"komentování (je )?(uzavřeno|vypnuto)\.?"),
    "sv": (r"(kommentarer|kommentarerna|kommentarsfunktionen) (är )?(avstängda|avstängd|stängda|stängd|inaktiverade|inaktiverad)\.?",
           r"kommentarsfältet är stängt\.?", r"det går inte att kommentera( denna artikel| den här artikeln)?\.?"),
    "da": (r"(kommentarer|kommentarerne|kommentarfunktionen|kommentarsporet) (er )?(lukket|slået fra|deaktiveret)\.?",
           r"det er (ikke|ikke længere) muligt at kommentere( denne artikel| på denne artikel)?\.?"),
    "nb": (r"(kommentarer|kommentarene|kommentarfeltet|kommentarfunksjonen) (er )?(stengt|lukket|deaktivert|skrudd av)\.?",
           r"det er (ikke|ikke lenger) mulig å kommentere( denne saken| denne artikkelen| på denne saken)?\.?"),
    "fi": (r"(kommentit|kommentointi) (on |ovat )?(suljettu|suljetut|poistettu käytöstä|pois käytöstä|päättynyt)\.?",
           r"(tätä (artikkelia|juttua|kirjoitusta)|tähän (artikkeliin|juttuun|kirjoitukseen)) ei voi (enää )?kommentoida\.?"),
    "ro": _ro(r"comentariile (sunt )?(închise|dezactivate)\.?"),
    "hu": (r"(a )?hozzászólások (le vannak zárva|lezárva|ki vannak kapcsolva|kikapcsolva)\.?",
           r"(a )?(hozzászólás|kommentelés) (nem engedélyezett|lezárva|le van zárva)\.?"),
    "el": _el(r"(τα )?σχόλια (είναι κλειστά|έχουν κλείσει|έκλεισαν|είναι απενεργοποιημένα|έχουν απενεργοποιηθεί|απενεργοποιήθηκαν)\.?"),
    "uk": (r"коментарі (закриті|закрито|вимкнені|вимкнено)\.?", r"коментування (закрито|вимкнено)\.?"),
    "he": (r"(ה)?תגובות (סגורות|נסגרו|חסומות)( כעת| לכתבה זו)?\.?", r"(אפשרות ה)?תגובות (כבויה|כבויות|מבוטלות)\.?"),
    "id": (r"(komentar|komen|kolom komentar) (sudah |telah )?(ditutup|dinonaktifkan|dimatikan)\.?",),
    "vi": (r"(các )?bình luận (đã|đang) (bị )?(đóng|tắt)( lại)?\.?|đã (đóng|tắt) bình luận\.?",),
    "hi": _hi(r"टिप्पणिया[ँं] बंद (हैं|है|कर दी गई हैं)", r"(टिप्पणी|कमेंट) (करना|करने का विकल्प) बंद है"),
    "bn": _bn(r"মন্তব্য (করা )?বন্ধ (করা )?(আছে|রয়েছে|হয়েছে|করা হয়েছে)"),
    "th": (r"ปิด(รับ)?(ความคิดเห็น|ความเห็น)(แล้ว)?( ?(บน|ใน) ?.*)?|(ความคิดเห็น|ความเห็น)(ถูกปิด|ปิดอยู่)(แล้ว)?",),
}

# The comment form: its field labels, buttons and notices.
COMMENT_FORM: Family = {
    "de": (r"(name|e-?mail|webseite|website|kommentar|nachricht)( \(pflichtfeld\)| pflichtfeld)?",
           r"pflichtfelder sind mit .* markiert.*", r"(deine|ihre) e-?mail-adresse wird nicht veröffentlicht.*",
           r"kommentar (absenden|abschicken)", r"benachrichtige mich .*", r"meinen namen, (meine )?e-?mail.*"),
    "fr": (r"(nom|e-?mail|courriel|site web|commentaire|message)",
           r"votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée.*",
           r"les champs obligatoires sont indiqués.*", r"annuler la réponse", r"laisser une réponse",
           r"(publier|envoyer) (le|un|mon) commentaire", r"prévenez-moi .*"),
    "es": (r"(nombre|correo( electrónico)?|sitio web|comentario|mensaje)",
           r"tu (dirección de )?correo electrónico no será publicad[ao].*",
           r"los campos obligatorios están marcados.*", r"(publicar|enviar) comentario",
           r"cancelar respuesta", r"deja una respuesta", r"avísame .*"),
    "it": (r"(nome|e-?mail|sito web|commento|messaggio)", r"il tuo indirizzo email non sarà pubblicato.*",
           r"i campi obbligatori sono contrassegnati.*", r"(pubblica|invia) (il )?commento",
           r"annulla (la )?risposta", r"lascia una risposta"),
    "pt": (r"(nome|e-?mail|site|comentário|mensagem)", r"(o )?seu (endereço de )?e-?mail não será publicado.*",
           r"(os )?campos obrigatórios são marcados.*", r"(publicar|enviar) comentário",
           r"cancelar resposta", r"deixe uma resposta"),
    "nl": (r"(naam|e-?mail|website|reactie|bericht)", r"je e-?mailadres wordt niet gepubliceerd.*",
           r"vereiste velden zijn gemarkeerd.*", r"reactie (plaatsen|versturen)",
           r"annuleer (reactie|antwoord)", r"geef een reactie"),
    "pl": (r"(imię|nazwa|e-?mail|strona( www| internetowa)?|komentarz|wiadomość)",
           r"twój adres (e-?mail|email) nie zostanie opublikowany.*", r"wymagane pola są oznaczone.*",
           r"(opublikuj|wyślij) komentarz", r"anuluj (odpowiedź|pisanie odpowiedzi)"),
    "ru": (r"(имя|e-?mail|эл\. почта|сайт|комментарий|сообщение)",
           r"ваш (адрес )?e-?mail не будет опубликован.*", r"обязательные поля помечены.*",
           r"отправить( комментарий)?", r"отменить ответ"),
    # (not a bare "ad", Turkish for "name": alone on its line "AD" is an ad's label in many
    # languages; marked, "Ad *", it is FIELD_NAMES's)
    "tr": (r"(ad soyad|adınız|isim|e-?posta|web sitesi|yorum|mesaj)", r"e-?posta (adresiniz|hesabınız) yayımlanmayacak.*",
           r"gerekli alanlar .* ile işaretlenmişlerdir.*", r"yorum gönder", r"cevabı iptal et"),
    "zh": (r"(昵称|暱稱|姓名|名字|邮箱|郵箱|电子邮件|電子郵件|网站|網站|评论|評論|留言)\s*[:：]?",
           r"(您的)?电子邮箱地址不会被公开.*", r"必填项已用.*标注.*", r"(发表|發表|提交)(评论|評論)",
           r"取消回复|取消回覆"),
    "ja": (r"(名前|メール(アドレス)?|ウェブサイト|サイト|コメント|メッセージ)\s*[:：]?",
           r"メールアドレスが公開されることはありません.*", r".{0,4}が付いている欄は必須項目です.*",
           r"コメントを送信", r"返信をキャンセル"),
    "ko": (r"(이름|닉네임|이메일|웹사이트|메시지)", r"이메일 주소는 공개되지 않습니다.*",
           r"필수 필드는 .*로 표시됩니다.*", r"댓글 (등록|남기기)", r"답글 취소"),
    "ar": (r"(الاسم|البريد الإلكتروني|الموقع الإلكتروني|التعليق|الرسالة)",
           r"لن يتم نشر عنوان بريدك الإلكتروني.*", r"الحقول الإلزامية مشار إليها.*",
           r"(إرسال|نشر|أضف) التعليق", r"إلغاء الرد"),
    "fa": (r"(نام|ایمیل|پست الکترونیک|وب ?سایت|دیدگاه|پیام)", r"نشانی ایمیل شما منتشر نخواهد شد.*",
           r"بخش‌های موردنیاز علامت‌گذاری شده‌اند.*", r"فرستادن دیدگاه", r"لغو پاسخ"),
    "ur": (r"(نام|ای ?میل|ویب ?سائٹ|پیغام)", r"آپ کا ای ?میل ایڈریس شائع نہیں کیا جائے گا.*",
           r"تبصرہ (شائع|ارسال) کریں"),
    "ps": (r"(نوم|برېښنالیک|بریښنالیک|ویب ?پاڼه|پیغام)", r"خپل نظر ولیکئ"),
    "cs": (r"(jméno|e-?mail|webová stránka|komentář|zpráva)( \(povinné\))?",
           r"(vaše )?e-?mailová adresa nebude zveřejněna.*", r"(vyžadované informace|povinné (údaje|položky)) jsou označen[éy] .*",
           r"odeslat komentář", r"zrušit odpověď( na komentář)?", r"uložit do prohlížeče jméno, e-?mail.*",
           r"upozornit mě na (nové|další) (komentáře|příspěvky).*"),
    "sv": (r"(namn|e-?post|e-?postadress|webbplats|hemsida|kommentar|meddelande)",
           r"din e-?postadress kommer inte (att )?publiceras.*", r"obligatoriska fält är märkta.*",
           r"(publicera|skicka) kommentar(en)?", r"avbryt svar", r"lämna ett svar", r"spara mitt namn, (min )?e-?post.*",
           r"meddela mig (om|via) .*"),
    "da": (r"(navn|e-?mail|e-?mailadresse|websted|hjemmeside|kommentar|besked)",
           r"din e-?mail(-?adresse)? (vil|bliver) ikke (blive )?(publiceret|offentliggjort|vist).*",
           r"(krævede|påkrævede|obligatoriske) felter er markeret.*", r"(send|indsend|udgiv) kommentar(en)?", r"annuller svar",
           r"(skriv|efterlad) et svar", r"gem mit navn, (min )?e-?mail.*", r"giv mig besked (om|via|pr\.?) .*"),
    "nb": (r"(navn|e-?post|e-?postadresse|nettsted|nettside|hjemmeside|kommentar|melding)",
           r"din e-?postadresse (vil|blir) ikke (bli )?(publisert|vist|offentliggjort).*",
           r"(obligatoriske|påkrevde) felt(er)? er merket.*", r"(publiser|send) kommentar(en)?", r"avbryt svar",
           r"(legg igjen|skriv) et svar", r"lagre (mitt )?navn, (min )?e-?post.*", r"(varsle|gi) meg (om|på|via|beskjed) .*"),
    "fi": (r"(nimi|sähköposti|sähköpostiosoite|kotisivu|verkkosivusto|sivusto|kommentti|viesti)",
           r"sähköpostiosoitettasi ei (julkaista|näytetä).*", r"pakolliset kentät on merkitty.*",
           r"(lähetä|julkaise) kommentti", r"peruuta vastaus", r"(jätä|kirjoita) vastaus", r"tallenna nimeni, sähköpostiosoitteeni.*",
           r"ilmoita minulle .*"),
    "ro": _ro(r"(nume|e-?mail|site( web)?|comentariu|mesaj)",
              r"adresa (ta|dvs\.|dumneavoastră) de e-?mail nu va fi publicată.*", r"câmpurile obligatorii sunt marcate.*",
              r"(publică|trimite|postează) comentariul", r"anulează răspunsul", r"lasă un răspuns",
              r"salvează-mi numele, (adresa de )?e-?mail.*", r"anunță-mă (prin e-?mail )?(despre|când|de) .*"),
    "hu": (r"(név|e-?mail( cím)?|honlap|weboldal|hozzászólás|üzenet)",
           r"az e-?mail[ -]?(címet|cím|címed|címe) nem (tesszük közzé|jelenik meg|kerül nyilvánosságra).*",
           r"a kötelező mezőket .* (jelöltük|jelöltük meg|jelöljük).*", r"(hozzászólás|komment) (küldése|elküldése)",
           r"válasz megszakítása", r"vélemény, hozzászólás\??", r"a nevem, e-?mail címem.*",
           r"értesítés (az )?új (hozzászólásokról|bejegyzésekről).*"),
    "el": _el(r"(όνομα|ηλ\. ταχυδρομείο|ιστότοπος|ιστοσελίδα|σχόλιο|μήνυμα)",
              r"η (ηλ\. |ηλεκτρονική )?διεύθυνση (email |e-mail |ηλ\. ταχυδρομείου )?(σας|σου) δεν (θα )?(δημοσιεύεται|δημοσιευθεί|δημοσιευτεί|δημοσιοποιείται).*",
              r"τα υποχρεωτικά πεδία (σημειώνονται|επισημαίνονται|είναι σημειωμένα).*", r"(δημοσίευση|υποβολή|αποστολή) σχολίου",
              r"ακύρωση απάντησης", r"(αφήστε|γράψτε) μια απάντηση", r"αποθήκευσε το όνομά μου.*", r"(ειδοποίησέ|ειδοποιήστε) με .*"),
    "uk": (r"(ім['’ʼ]я|ел\. пошта|електронна пошта|сайт|вебсайт|веб-сайт|коментар|повідомлення)",
           r"ваша (e-?mail |електронна )?(адреса|пошта) не (оприлюднюватиметься|буде опублікована|публікуватиметься).*",
           r"обов['’ʼ]язкові поля (позначені|відмічені).*", r"(опублікувати|надіслати|відправити) коментар",
           r"скасувати відповідь", r"залишити відповідь", r"зберегти моє ім['’ʼ]я.*", r"повідомляти (мене )?про .*"),
    "he": (r"(שם|שם מלא|אימייל|דוא[\"״]?ל|דואר אלקטרוני|אתר|אתר אינטרנט|תגובה|הודעה)",
           r"(כתובת )?(האימייל|הדוא[\"״]?ל|הדואר האלקטרוני)( שלך)? לא (יוצג|יפורסם|תפורסם|תוצג).*", r"שדות (החובה|חובה) מסומנים.*",
           r"(פרסם|פרסום|שלח|שליחת|הוסף) תגובה", r"ביטול (תגובה|התגובה|מענה)", r"שמור את השם.*", r"(הודע|עדכן) לי .*"),
    "id": (r"(nama|surel|situs web|laman web|komentar|komen|pesan|mesej)",
           r"alamat (e-?mail|surel|e-?mel) (anda|kamu) tidak akan (dipublikasikan|ditampilkan|disiarkan|diterbitkan).*",
           r"(ruas|kolom|bidang|medan) (yang )?(wajib|diperlukan) (ditandai|bertanda|ditanda).*",
           r"(kirim|kirimkan|hantar|posting) (komentar|komen)", r"batal(kan)? (balasan|membalas)", r"tinggalkan balasan",
           r"simpan nama, (e-?mail|surel|e-?mel).*", r"beritahu saya .*"),
    "vi": (r"(tên|họ (và )?tên|trang web|bình luận|nội dung|tin nhắn)",
           r"(địa chỉ )?email (của bạn )?sẽ không được (hiển thị|công bố|đăng|công khai).*",
           r"các (trường|mục) bắt buộc (được|đã được) đánh dấu.*", r"(gửi|đăng) bình luận", r"h(ủy|uỷ) trả lời",
           r"lưu tên của tôi, email.*", r"thông báo cho tôi .*"),
    "hi": _hi(r"(नाम|ईमेल|ई-मेल|वेबसाइट|टिप्पणी|संदेश)", r"आपका (ईमेल|ई-मेल)( पता)? (प्रकाशित|सार्वजनिक) नहीं किया जाएगा.*",
              r"आवश्यक (फ़ील्ड|क्षेत्र) (चिह्नित|चिन्हित) (हैं|किए गए हैं).*", r"(टिप्पणी|कमेंट) (भेजें|प्रकाशित करें|पोस्ट करें|सबमिट करें)",
              r"(जवाब|उत्तर) रद्द करें", r"(प्रातिक्रिया|प्रतिक्रिया) दें|एक (उत्तर|जवाब) (दें|छोड़ें)", r"इस ब्राउज़र में मेरा नाम.*",
              r"मुझे .{0,60}(ईमेल|ई-मेल) (द्वारा|से) सूचित करें.*"),
    "bn": _bn(r"(নাম|ইমেইল|ই-মেইল|ইমেল|ওয়েবসাইট|মন্তব্য|বার্তা)",
              r"আপনার (ই-?মেইল|ইমেইল|ইমেল)( এ্যাড্রেস| অ্যাড্রেস| ঠিকানা)? প্রকাশ(িত)? (হবে|করা হবে) না.*",
              r"(\* )?চিহ্নিত (বিষয়গুলো|ঘরগুলো|ক্ষেত্রগুলো) (আবশ্যক|পূরণ করা আবশ্যক).*", r"প্রয়োজনীয় (ঘরগুলো|ক্ষেত্রগুলো) চিহ্নিত.*",
              r"মন্তব্য (প্রকাশ করুন|পাঠান|জমা দিন|পোস্ট করুন)", r"(উত্তর|জবাব) বাতিল( করুন)?", r"একটি (উত্তর|জবাব) (দিন|রেখে যান)",
              r"পরবর্তী সময়ে মন্তব্য করার জন্য.*", r"আমাকে .{0,40}(ইমেইলের মাধ্যমে|ইমেইলে) জানান.*"),
    "th": (r"(ชื่อ|อีเมล|อีเมล์|เว็บไซต์|ความเห็น|ความคิดเห็น|ข้อความ)", r"อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น.*",
           r"(ที่อยู่)?อีเมล(ของคุณ)?จะไม่(ถูก)?(เผยแพร่|เปิดเผย|แสดง).*", r"ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย.*",
           r"(ส่ง|แสดง|โพสต์)(ความเห็น|ความคิดเห็น)", r"ยกเลิกการตอบ(กลับ)?", r"ใส่ความเห็น", r"บันทึกชื่อ อีเมล.*",
           r"แจ้งให้ฉันทราบ.*|แจ้งเตือน(ฉัน)?ทางอีเมล.*"),
}

# Names of form fields, which a form prints as labels with a colon or a required-field star
# ("Email *", "Name :", "Passwort *"); rules/chrome.py reads them before the share and
# navigation words they also are ("Email" alone is a share button).
FIELD_NAMES: Family = {
    "en": (r"(your |first |last |full )?(name|e-?mail( address)?|website|url|comment|text|message|subject|phone( number)?|company)",),
    "de": (r"(ihr |dein )?(name|vorname|nachname|e-?mail(-adresse)?|webseite|website|kommentar|nachricht|betreff|telefon)",),
    "fr": (r"(votre )?(nom|prénom|e-?mail|courriel|adresse (e-?mail|électronique)|site( web)?|commentaire|message|sujet|téléphone)",),
    "es": (r"(tu |su )?(nombre|apellidos?|correo( electrónico)?|e-?mail|web|sitio web|comentario|mensaje|asunto|teléfono)",),
    "it": (r"(il tuo )?(nome|cognome|e-?mail|sito( web)?|commento|messaggio|oggetto|telefono)",),
    "pt": (r"(seu )?(nome|sobrenome|e-?mail|site|comentário|mensagem|assunto|telefone)",),
    "nl": (r"(je |uw )?(naam|voornaam|achternaam|e-?mail(adres)?|website|reactie|bericht|onderwerp|telefoon)",),
    "pl": (r"(twoje )?(imię|nazwisko|e-?mail|strona( www)?|komentarz|wiadomość|temat|telefon)",),
    "ru": (r"(ваше )?(имя|фамилия|e-?mail|эл\. почта|сайт|комментарий|сообщение|тема|телефон)",),
    "tr": (r"(ad|adınız|isim|soyad|e-?posta|web sitesi|yorum|mesaj|konu|telefon)",),
    "zh": (r"(昵称|暱稱|姓名|名字|邮箱|郵箱|电子邮件|電子郵件|网站|網站|评论|評論|留言|主题|電話|电话)",),
    "ja": (r"(お?名前|氏名|メール(アドレス)?|ウェブサイト|サイト|コメント|メッセージ|件名|電話番号)",),
    "ko": (r"(이름|닉네임|이메일|웹사이트|댓글|메시지|제목|전화번호)",),
    "ar": (r"(الاسم|البريد الإلكتروني|الموقع( الإلكتروني)?|التعليق|الرسالة|الموضوع|الهاتف)",),
    "fa": (r"(نام|ایمیل|پست الکترونیک|وب ?سایت|دیدگاه|نظر|پیام|موضوع|تلفن)",),
    "ur": (r"(نام|ای ?میل|ویب ?سائٹ|تبصرہ|پیغام|موضوع|فون)",),
    "ps": (r"(نوم|برېښنالیک|بریښنالیک|ویب ?پاڼه|نظر|پیغام)",),
    "cs": (r"(vaše )?(jméno|příjmení|e-?mail(ová adresa)?|web(ová stránka)?|komentář|zpráva|předmět|telefon)",),
    "sv": (r"(ditt )?(namn|förnamn|efternamn|e-?post(adress)?|webbplats|hemsida|kommentar|meddelande|ämne|telefon(nummer)?)",),
    "da": (r"(dit )?(navn|fornavn|efternavn|e-?mail(adresse)?|websted|hjemmeside|kommentar|besked|emne|telefon(nummer)?)",),
    "nb": (r"(ditt )?(navn|fornavn|etternavn|e-?post(adresse)?|nettsted|nettside|hjemmeside|kommentar|melding|emne|telefon(nummer)?)",),
    "fi": (r"(nimi|etunimi|sukunimi|sähköposti(osoite)?|kotisivu|verkkosivusto|sivusto|kommentti|viesti|aihe|otsikko|puhelin(numero)?)",),
    "ro": _ro(r"(numele (tău|dvs\.?)|nume(le)?|prenume(le)?|e-?mail|site( web)?|comentariu|mesaj|subiect|telefon)"),
    "hu": (r"(teljes )?(név|neved|vezetéknév|keresztnév|e-?mail( cím)?|honlap|weboldal|hozzászólás|üzenet|tárgy|telefon(szám)?)",),
    "el": _el(r"(το )?(όνομα|επώνυμο|ονοματεπώνυμο|ηλ\. διεύθυνση|ηλεκτρονική διεύθυνση|ιστότοπος|ιστοσελίδα|σχόλιο|μήνυμα|θέμα|τηλέφωνο)( σας)?"),
    "uk": (r"(ваше |ваш )?(ім['’ʼ]я|прізвище|e-?mail|ел\. пошта|електронна пошта|сайт|вебсайт|веб-сайт|коментар|повідомлення|тема|телефон)",),
    "he": (r"(שם|שם מלא|שם פרטי|שם משפחה|אימייל|דוא[\"״]?ל|דואר אלקטרוני|אתר|אתר אינטרנט|תגובה|הודעה|נושא|טלפון)",),
    "id": (r"(nama( lengkap| anda)?|e-?mail|surel|e-?mel|situs( web)?|laman web|komentar|komen|pesan|mesej|subjek|judul|telepon|telefon|no\.? (hp|telepon|telefon))",),
    "vi": (r"(tên|họ (và )?tên|tên của bạn|email|thư điện tử|trang web|website|bình luận|nội dung|tin nhắn|tiêu đề|chủ đề|điện thoại|số điện thoại)",),
    "hi": _hi(r"(आपका )?(नाम|पूरा नाम|ईमेल|ई-मेल|ईमेल पता|वेबसाइट|टिप्पणी|संदेश|विषय|फ़ोन|फ़ोन नंबर|मोबाइल नंबर)"),
    "bn": _bn(r"(আপনার )?(নাম|পুরো নাম|ইমেইল|ই-মেইল|ইমেল|ওয়েবসাইট|মন্তব্য|বার্তা|বিষয়|ফোন|মোবাইল নম্বর)"),
    "th": (r"(ชื่อ|ชื่อ ?- ?นามสกุล|นามสกุล|อีเมล|อีเมล์|เว็บไซต์|ความเห็น|ความคิดเห็น|ข้อความ|หัวข้อ|เรื่อง|โทรศัพท์|เบอร์โทร(ศัพท์)?)",),
}
LOGIN_FIELD_NAMES: Family = {
    "en": (r"(user ?name|password|login)",), "de": (r"(benutzername|passwort|kennwort)",),
    "fr": (r"(identifiant|nom d'utilisateur|mot de passe)",), "es": (r"(usuario|nombre de usuario|contraseña)",),
    "it": (r"(nome utente|password)",), "pt": (r"(usuário|nome de usuário|senha)",),
    "nl": (r"(gebruikersnaam|wachtwoord)",), "pl": (r"(login|nazwa użytkownika|hasło)",),
    "ru": (r"(логин|имя пользователя|пароль)",), "tr": (r"(kullanıcı adı|şifre|parola)",),
    "zh": (r"(用户名|使用者名稱|密码|密碼)",), "ja": (r"(ユーザー名|パスワード)",), "ko": (r"(아이디|비밀번호)",),
    "ar": (r"(اسم المستخدم|كلمة المرور)",), "fa": (r"(نام کاربری|رمز عبور)",), "ur": (r"(صارف نام|پاس ?ورڈ)",),
    "ps": (r"(کارن نوم|پټنوم|پاسورډ)",),
    "cs": (r"(uživatelské jméno|přihlašovací jméno|heslo)",), "sv": (r"(användarnamn|lösenord)",),
    "da": (r"(brugernavn|adgangskode|kodeord)",), "nb": (r"(brukernavn|passord)",),
    "fi": (r"(käyttäjätunnus|käyttäjänimi|salasana)",),
    "ro": _ro(r"(nume (de )?utilizator|parolă|parola)"), "hu": (r"(felhasználónév|felhasználói név|jelszó)",),
    "el": _el(r"(όνομα χρήστη|κωδικός( πρόσβασης)?|συνθηματικό)"), "uk": (r"(логін|ім['’ʼ]я користувача|пароль)",),
    "he": (r"(שם משתמש|סיסמה|סיסמא)",),
    "id": (r"(nama pengguna|kata sandi|sandi|kata laluan)",), "vi": (r"(tên đăng nhập|tên người dùng|tên tài khoản|mật khẩu)",),
    "hi": _hi(r"(उपयोगकर्ता ?नाम|यूज़र ?नेम|पासवर्ड)"), "bn": _bn(r"(ইউজারনেম|ইউজার নেম|ব্যবহারকারীর নাম|পাসওয়ার্ড)"),
    "th": (r"(ชื่อผู้ใช้|รหัสผ่าน)",),
}

# Share widgets: "Artikel teilen", "Partager sur Facebook", "この記事をシェアする".
SHARE_LINE: Family = {
    "de": (r"((den |diesen )?(artikel|beitrag|seite)|dies) teilen.*", r"teilen (mit|auf|per|via)\s*:?.*",
           r"(auf )?(facebook|twitter|whatsapp|linkedin|x) teilen", r"jetzt teilen",
           r"per e-?mail (senden|versenden|teilen)", r"drucken", r"sharen( mit)?.*", r"teile (diesen beitrag|dies).*"),
    "fr": (r"partager (cet article|l'article|l’article|sur .*|par .*)", r"partagez( cet article| sur .*)?",
           r"imprimer( l'article)?", r"envoyer (par (e-?mail|courriel)|à un ami)"),
    "es": (r"compartir (en|este artículo|esta noticia|por).*", r"comparte( esto| este artículo| en .*)?",
           r"imprimir", r"enviar por (correo|e-?mail)"),
    "it": (r"condividi (su|questo articolo|l'articolo|l’articolo|via).*", r"stampa", r"invia (per|via) e-?mail"),
    "pt": (r"(compartilh|partilh)(e|ar)( (no|na|em|este artigo|isso|esta matéria|por).*)?", r"imprimir"),
    "nl": (r"deel (dit|op|via)( artikel| bericht)?.*", r"delen (op|via).*", r"afdrukken|printen"),
    "pl": (r"udostępnij( (na|ten artykuł|artykuł)).*", r"podziel się( (na|artykułem|tym)).*", r"drukuj",
           r"wyślij e-?mailem"),
    "ru": (r"поделиться( (в|с|ссылкой) .*)?", r"поделитесь( .*)?", r"распечатать|версия для печати"),
    "tr": (r"paylaş(ın)?( .*)?", r"bu (haberi|yazıyı) paylaş.*", r"yazdır"),
    "zh": (r"分享(到|至|给|給|本文|文章|此文)?.*", r"转发|轉發|打印|列印"),
    # (not Chinese "共有" + a number or a noun, "there are in all": "共有1200套房源")
    "ja": (r"(この記事を)?(シェア|共有)(する|しよう)?(?![\d\u3400-\u9fff]).*", r"ツイート|印刷(する)?"),
    "ko": (r"(기사 )?공유(하기)?.*", r"(페이스북|트위터|카카오톡|카카오스토리|밴드)( 공유)?", r"인쇄(하기)?"),
    "ar": (r"(شارك|مشاركة|انشر)( (المقال|الخبر)| (على|عبر) .*)?", r"طباعة"),
    "fa": (r"(اشتراک ?گذاری|به اشتراک بگذارید|هم‌رسانی|همرسانی)( .*)?", r"چاپ( مطلب)?"),
    "ur": (r"(شیئر|شیر) (کریں|کیجیے)( .*)?", r"پرنٹ( کریں)?"),
    "ps": (r"شریک( یې)? کړئ.*", r"خپور یې کړئ.*", r"چاپ"),
    "cs": (r"sdílet( (článek|tento článek|příspěvek|e-?mailem))?( (na|přes|pomocí) .*)?",
           r"sdílejte( (článek|tento článek))?( na .*)?", r"(vytisknout|tisknout)( (článek|stránku))?|tisk",
           r"poslat (e-?mailem|článek e-?mailem)"),
    "sv": (r"dela( (detta|det här|artikeln|den här artikeln|inlägget|sidan))?( (på|via) .*)?",
           r"skriv ut( (artikeln|sidan))?", r"(skicka|tipsa) (via|med|per) e-?post|tipsa en vän"),
    # Danish and Norwegian "del" (share) is the Spanish and Italian "del": never alone
    "da": (r"del (dette|denne artikel|artiklen|indlægget|siden|historien)",
           r"del( (dette|denne artikel|artiklen|indlægget|siden|historien))? (på|via|med) "
           r"(facebook|twitter|x|linkedin|messenger|whatsapp|bluesky|threads|e-?mail|mail|sms)( .*)?",
           r"udskriv( (artiklen|siden))?", r"(send|tip) (via|med|pr\.?) e-?mail|send til en ven|tip en ven"),
    "nb": (r"del (dette|denne artikkelen|artikkelen|innlegget|saken|siden)",
           r"del( (dette|denne artikkelen|artikkelen|innlegget|saken|siden))? (på|via|med|i) "
           r"(facebook|twitter|x|linkedin|messenger|whatsapp|bluesky|threads|e-?post|epost|sms)( .*)?",
           r"skriv ut( (artikkelen|saken|siden))?", r"(send|tips) (via|med|på|per) e-?post|tips en venn|send til en venn"),
    "fi": (r"jaa( (tämä|artikkeli|tämä artikkeli|juttu|tämä juttu|sivu|kirjoitus))?"
           r"( (facebookissa|twitterissä|x:ssä|whatsappissa|linkedinissä|messengerissä|blueskyssa|sähköpostilla|somessa))?",
           r"jaa (facebookiin|twitteriin|whatsappiin|linkediniin|messengeriin|someen)", r"tulosta( (artikkeli|juttu|sivu))?",
           r"lähetä (sähköpostilla|ystävälle|kaverille)|vinkkaa (ystävälle|kaverille)"),
    "ro": _ro(r"(distribuie|partajează)( (articolul|acest articol|știrea))?( (pe|prin) .*)?",
              r"trimite (pe|prin) e-?mail|trimite unui prieten", r"(printează|tipărește)( articolul| pagina)?"),
    "hu": (r"(megosztás|oszd meg|ossza meg|megosztom)( (a cikket|a bejegyzést|ezt))?( a (facebookon|twitteren|x-en|linkedinen|messengeren))?",
           r"(facebook|twitter|linkedin|messenger|e-?mail)[ -]?megosztás|cikk megosztása",
           r"nyomtatás|küldés e-?mail(ben|en)"),
    "el": _el(r"(κοινοποίηση|κοινοποιήστε|κοινοποίησε|μοιραστείτε|μοιράσου)( (το άρθρο|αυτό το άρθρο|το|αυτό))?( (στο|στα|σε|μέσω) .*)?",
              r"εκτύπωση( άρθρου)?|εκτυπώστε", r"αποστολή (με|μέσω) e-?mail"),
    "uk": (r"поділит(и|ь)ся( (в|у|на|з|посиланням) .*)?", r"поділіться( .*)?", r"поширити( (в|у|на) .*)?",
           r"(роз)?друкувати|версія для друку"),
    "he": (r"(שתף|שתפו|שיתוף|שתפי)( את (הכתבה|הפוסט|המאמר|זה))?"
           r"( (ב|ל)?-?(פייסבוק|טוויטר|וואטסאפ|ווטסאפ|טלגרם|מייל|facebook|twitter|whatsapp|telegram|linkedin|x))?",
           r"הדפס|הדפסה|הדפסת (הכתבה|העמוד)|שלח (לחבר|במייל)"),
    "id": (r"(bagikan|kongsi)( (ini|artikel ini|berita ini|tulisan ini))?"
           r"( (ke|di|lewat|melalui|via) (facebook|twitter|x|whatsapp|wa|telegram|line|linkedin|e-?mail|media sosial))?",
           r"(bagikan|kongsi)\s*:.*", r"cetak( (artikel|halaman|berita)( ini)?)?", r"kirim (lewat|via|melalui) e-?mail"),
    "vi": (r"chia sẻ( (bài viết|bài này|tin này|trang này|cái này))?( (lên|qua|trên) (facebook|zalo|twitter|x|linkedin|email|telegram|messenger))?",
           r"chia sẻ\s*:.*", r"in bài( viết| này)?|bản in", r"gửi (bài|tin) qua email|gửi email cho bạn bè"),
    "hi": _hi(r"((इसे|यह लेख|इस (लेख|ख़बर|पोस्ट) को|ख़बर|लेख) )?(शेयर|साझा) (करें|कीजिए)",
              r"(फ़ेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|facebook|twitter|whatsapp|x|linkedin|telegram) पर (शेयर|साझा) (करें|कीजिए)",
              r"(शेयर|साझा)( (करें|कीजिए))?(\s*:.*)?", r"प्रिंट( करें)?|ईमेल करें"),
    "bn": _bn(r"((এটি|খবরটি|লেখাটি|পোস্টটি) )?শেয়ার (করুন|করে দিন)",
              r"(ফেসবুকে|টুইটারে|হোয়াটসঅ্যাপে|facebook|twitter|whatsapp|x|linkedin) শেয়ার( করুন)?", r"শেয়ার( করুন)?(\s*:.*)?",
              r"প্রিন্ট( করুন)?"),
    "th": (r"(แชร์|แบ่งปัน)(บทความนี้|ข่าวนี้|สิ่งนี้|เรื่องนี้|โพสต์นี้)?"
           r"( ?(ไปยัง|ไปที่|ผ่าน|บน|ทาง|ลง) ?(facebook|twitter|x|line|ไลน์|เฟซบุ๊ก|เฟสบุ๊ค|ทวิตเตอร์|อีเมล))?",
           r"(แชร์|แบ่งปัน)\s*:.*", r"(พิมพ์|ปริ้น)(บทความ|หน้านี้|ข่าวนี้)?"),
}

# Link lists to other articles: "Ähnliche Beiträge", "À lire aussi", "関連記事".
RELATED_LINKS: Family = {
    "de": (r"(ähnliche|verwandte|weitere|neueste|aktuelle|beliebte|meistgelesene|empfohlene|letzte) "
           r"(beiträge|artikel|themen|nachrichten|news|posts|meldungen|themenbereiche|kommentare)( zum thema|: [^.!?]{1,60})?",
           # ... of a source: "Weitere Meldungen dieser Einrichtung", "Weitere Artikel des Autors"
           r"weitere (beiträge|artikel|nachrichten|meldungen|texte) (dieser|dieses|des|der|aus|von|vom) [^.!?]{1,40}",
           r"(das( thema)?|dieser artikel|diese artikel|dies) könnte(n)? (sie|dich|euch) auch interessieren", r"auch interessant", r"mehr zum thema( .*)?",
           r"(lesen sie|lies) (auch|mehr|weiter)", r"weiterlesen|mehr (lesen|erfahren|dazu)", r"schon gelesen\??",
           r"zurück( zur übersicht| zur startseite| nach oben)?", r"(nächster|vorheriger) (beitrag|artikel)",
           r"top-?themen|meistgelesen|empfehlungen|passend dazu", r"alle (artikel|beiträge|news)( .*)?"),
    "fr": (r"(articles?|sujets?|contenus?) (similaires|liés|connexes|recommandés|correspondants)",
           r"((à|a) lire|lire) (aussi|également|la suite)( (dans|sur|de|du) [^.!?]{1,40})?", r"(les )?plus (lus|populaires|commentés|partagés)",
           r"dans la même rubrique", r"(vous )?(aimerez|pourriez aimer) (aussi|également)( .*)?",
           r"(ceci|cela) pourrait vous intéresser", r"sur le même (sujet|thème)",
           r"(article|billet) (précédent|suivant)", r"voir (aussi|plus|tous les articles)", r"en savoir plus",
           r"(autres|plus d['’]) ?(articles|actualités|billets|publications)( (de|du|des|dans|sur) [^.!?]{1,40})?",
           r"derniers articles|articles récents|à la une", r"retour (à l'accueil|à l’accueil|en haut|aux actualités|aux articles|à la liste|au blog|à la page précédente)"),
    "es": (r"(artículos?|noticias?|entradas?|publicaciones|contenidos?|notas?) (relacionad[ao]s?|similares|recomendad[ao]s|recientes)",
           r"(temas|hilos) similares",
           r"(lo )?más (leíd[ao]s?|visto|popular(es)?|comentad[ao]s?)", r"(también )?(te|le) puede (interesar|gustar)",
           r"(lee|leer|ver) (también|más)", r"sigue leyendo|seguir leyendo", r"(entrada|artículo) (anterior|siguiente)",
           r"últimas noticias", r"relacionad[ao]s",
           r"(otr[ao]s|más) (artículos|noticias|entradas|publicaciones|notas)( (de|del|en|sobre) [^.!?]{1,40})?"),
    "it": (r"(articoli|post|notizie) (correlat[ie]|simili|recenti|più lett[ie])", r"(discussioni|argomenti) simili",
           r"(potrebbe|ti potrebbe) (interessarti|piacerti)( anche)?", r"(leggi|vedi) anche",
           r"continua a leggere|leggi (tutto|di più)", r"(articolo|post) (precedente|successivo)",
           r"i più lett[ie]|ultime notizie|più (popolari|commentat[ie])",
           r"(le |gli )?altr[ie] (articoli|notizie|post)( (di|del|della|dello|dei|delle|su|in) [^.!?]{1,40})?"),
    "pt": (r"(artigos|posts|notícias|matérias|publicações) (relacionad[ao]s|semelhantes|recentes|recomendad[ao]s)",
           r"tópicos (semelhantes|similares)",
           r"(você )?(também )?pode (gostar|se interessar)( .*)?", r"(leia|veja) (também|mais)",
           r"continue lendo|continuar a ler", r"(post|artigo) (anterior|seguinte)",
           r"mais (lidas?|populares|vistos?)|últimas notícias", r"relacionad[ao]s",
           r"(outr[ao]s|mais) (artigos|notícias|posts|matérias|publicações)( (de|do|da|dos|das|em|sobre) [^.!?]{1,40})?"),
    "nl": (r"(gerelateerde|vergelijkbare|recente|populaire|meer) (artikelen|berichten|nieuws|posts)",
           r"vergelijkbare (topics|onderwerpen|discussies)",
           r"lees (ook|meer|verder)", r"(vorig|volgend) (artikel|bericht)", r"meest gelezen",
           r"dit vind je misschien ook leuk", r"bekijk ook"),
    "pl": (r"(podobne|powiązane|polecane|najnowsze|ostatnie|popularne) (artykuły|wpisy|posty|tematy|wiadomości)",
           r"zobacz (też|także|również|więcej)", r"(prze)?czytaj (też|także|również|więcej|dalej)",
           r"(poprzedni|następny) (artykuł|wpis)", r"najczęściej czytane|może cię zainteresować|polecamy"),
    "ru": (r"(похожие|связанные|популярные|последние|рекомендуемые|другие) (статьи|записи|новости|материалы|публикации)",
           r"читайте (также|еще|ещё)", r"(см\.|смотрите) также", r"читать (далее|дальше|еще|ещё)",
           r"(предыдущая|следующая) (статья|запись|новость|публикация)|(предыдущий|следующий) материал",
           r"(новости |материалы |статьи |публикации |ещё |еще )?по теме", r"самое (читаемое|популярное)",
           r"вам (также )?может (понравиться|быть интересно)"),
    "tr": (r"(ilgili|benzer|son|popüler|önerilen) (haberler|yazılar|içerikler|makaleler)",
           r"(bunlar da )?ilginizi çekebilir", r"devamını oku|daha fazla (oku|haber)",
           r"(önceki|sonraki) (yazı|haber)", r"(en )?çok okunanlar", r"(bunu|şunu) da okuyun",
           r"sıradaki (haberler|haber|yazılar)"),
    "zh": (r"(相关|相關|推荐|推薦|热门|熱門|最新|延伸)(文章|阅读|閱讀|新闻|新聞|推荐|推薦|资讯|資訊)",
           r"猜你喜欢|猜你喜歡|阅读更多|閱讀更多|查看更多|排行榜|热门排行|熱門排行|滚动新闻|滾動新聞|即时新闻|即時新聞",
           r"(阅读|閱讀|查看)全文",
           r"(上一篇|下一篇)\s*[:：]?.*", r"(返回|回到)(首页|首頁|顶部|頂部)", r"更多(文章|新闻|新聞)"),
    "ja": (r"(関連|人気|おすすめ|オススメ|最新|新着)(の)?(記事|ニュース|エントリー|投稿)(一覧)?",
           r"(あわせて|合わせて)(読みたい|知りたい)", r"(こちらも|この記事も)(おすすめ|読まれています)",
           r"続きを読む|もっと見る|(アクセス|人気記事|記事|週間|月間|総合|デイリー)?ランキング|よく読まれている記事", r"(前|次)の(記事|投稿|ページ).*",
           r"(トップ|ホーム)へ戻る"),
    "ko": (r"(관련|인기|추천|최신|최근|많이 본) ?(기사|뉴스|글|게시물)", r"더 ?보기", r"(이전|다음) ?(글|기사)(?![가-힣]).*", r"맨 위로",
           # a blog's list of its other posts under the post ("'여행 > 국내' 카테고리의 다른 글")
           r"(['‘]?[^'’]{1,40}['’] ?)?카테고리의 다른 글"),
    "ar": (r"(مقالات|أخبار|مواضيع) (ذات صلة|مشابهة|متعلقة|ذات الصلة)", r"(اقرأ|إقرأ) (أيضا|أيضاً|المزيد)",
           r"الأكثر (قراءة|مشاهدة)( هذا الأسبوع| اليوم| هذا الشهر)?", r"(المقال|الخبر|الموضوع|المنشور) (السابق|التالي)|(المقالة|التدوينة) (السابقة|التالية)",
           r"قد يعجبك (أيضا|أيضاً)"),
    "fa": (r"(مطالب|اخبار|مقالات|نوشته‌های|نوشته های) (مرتبط|مشابه|پربازدید|اخیر|تازه)",
           r"بیشتر بخوانید|بخوانید|ادامه مطلب( را بخوانید)?", r"(مطلب|خبر) (قبلی|بعدی)",
           r"پربازدیدترین(‌ها| ها)?|پربحث‌ترین(‌ها| ها)?"),
    "ur": (r"(متعلقہ|مزید) (خبریں|مضامین|تحریریں)", r"مزید پڑھیں|یہ بھی پڑھیں", r"(پچھلی|اگلی) (خبر|تحریر)",
           r"سب سے زیادہ (پڑھی|دیکھی) جانے والی.*"),
    "ps": (r"(اړوند|نور) (خبرونه|مطالب|لیکنې)", r"نور ولولئ|دا هم ولولئ", r"(مخکینی|وروستی) (خبر|مطلب)",
           r"ډېر لوستل شوي.*"),
    "cs": (r"(související|podobné|doporučené|nejnovější|nejčtenější|další|poslední|populární) (články|příspěvky|zprávy|témata)",
           r"související|mohlo by vás (také |též )?zajímat|(přečtěte|čtěte) si (také|též|více)|čtěte (také|též|více)",
           r"(předchozí|další|následující) (článek|příspěvek)", r"nejčtenější|nejnovější zprávy",
           r"pokračovat ve čtení|číst (dále|více|celý článek)|zobrazit (vše|více)", r"(více|další) (článků|zpráv)( .*)?",
           r"zpět (na úvod|na hlavní stránku|nahoru)"),
    "sv": (r"(relaterade|liknande|senaste|populära|rekommenderade|fler|tidigare) (artiklar|inlägg|nyheter)", r"liknande (trådar|ämnen|diskussioner)",
           r"relaterat|läs (också|även|mer|vidare)", r"(föregående|nästa) (artikel|inlägg)",
           r"mest (lästa|delade|kommenterade)( (artiklar|nyheter))?|senaste nytt",
           r"du (kanske också|kan också) (gillar|gilla|vara intresserad av)", r"fortsätt läsa|tillbaka till (startsidan|toppen)"),
    "da": (r"(relaterede|lignende|seneste|nyeste|populære|anbefalede|flere|tidligere) (artikler|indlæg|nyheder|historier)",
           r"lignende (tråde|emner|debatter)",
           r"relateret|læs (også|mere|videre)|se også", r"(forrige|næste) (artikel|indlæg)",
           r"mest (læste|delte|kommenterede|sete)( (artikler|nyheder))?|seneste nyt",
           r"du (vil måske også|kan måske også|kan også) (kunne lide|lide|være interesseret i)",
           r"fortsæt (med at læse|læsningen)|læs hele artiklen|tilbage til (forsiden|toppen)"),
    "nb": (r"(relaterte|lignende|siste|nyeste|populære|anbefalte|flere|tidligere) (artikler|innlegg|nyheter|saker)",
           r"lignende (tråder|emner|diskusjoner)",
           r"relatert|les (også|mer|videre)|se også", r"(forrige|neste) (artikkel|innlegg|sak)",
           r"mest (leste|delte|kommenterte|sette)( (artikler|nyheter|saker))?|siste nytt",
           r"du vil kanskje også (like|lese)|kanskje du også (liker|vil lese)",
           r"fortsett å lese|les hele (saken|artikkelen)|tilbake til (forsiden|toppen)"),
    "fi": (r"(aiheeseen liittyvät|liittyvät|samankaltaiset|uusimmat|viimeisimmät|tuoreimmat|suositut|suositellut) "
           r"(artikkelit|jutut|uutiset|kirjoitukset)", r"samankaltaiset (viestiketjut|ketjut|keskustelut)", r"(lisää|muita) (artikkeleita|juttuja|uutisia|kirjoituksia)( aiheesta)?",
           r"aiheeseen liittyvää|lue (myös|lisää|koko (juttu|artikkeli))|katso myös", r"(edellinen|seuraava) (artikkeli|kirjoitus|juttu)",
           r"luetuimmat( (uutiset|jutut|artikkelit))?|eniten (luetut|jaetut|kommentoidut)( (uutiset|jutut|artikkelit))?|tuoreimmat|uusimmat",
           r"(saatat|voisit) (myös )?(pitää|olla kiinnostunut) (myös )?näistä|sinua voisi (myös )?kiinnostaa",
           r"jatka lukemista|takaisin (etusivulle|ylös|alkuun)"),
    "ro": _ro(r"(articole|știri|postări) (similare|asemănătoare|recomandate|recente|conexe|populare)",
              r"(citește|citiți|vezi|vedeți) (și|mai mult|mai multe)", r"cele mai (citite|comentate|populare|noi)( știri| articole)?",
              r"ultimele (știri|articole)", r"articol(ul)? (anterior|următor)|postarea (anterioară|următoare)",
              r"(ți|v)-ar (putea|mai putea) plăcea( și)?", r"continuă (lectura|să citești)|mai multe (știri|articole)( .*)?"),
    "hu": (r"(kapcsolódó|hasonló|ajánlott|legfrissebb|legújabb|legutóbbi|friss|népszerű|további) (cikkek|bejegyzések|hírek|írások)",
           r"hasonló (témák|topikok)",
           r"kapcsolódó|ez(ek)? is érdekelhet(nek|i)?|(olvasd|olvassa) el ezt is|ezt is ajánljuk",
           r"legolvasottabb( hírek| cikkek)?|legnépszerűbb( hírek| cikkek)?", r"(előző|következő) (bejegyzés|cikk|írás)",
           r"tovább (olvasom|a cikkhez)|bővebben|(összes|még több) (hír|cikk)", r"vissza (a főoldalra|a tetejére|az elejére)"),
    "el": _el(r"(σχετικά|δημοφιλή|πρόσφατα|προτεινόμενα|τελευταία|περισσότερα) (άρθρα|νέα|θέματα)",
              r"σχετικές (ειδήσεις|αναρτήσεις|δημοσιεύσεις)", r"(διαβάστε|δείτε) (επίσης|ακόμα|ακόμη|περισσότερα)",
              r"τα πιο (δημοφιλή|διαβασμένα|πρόσφατα)|πιο δημοφιλή|τελευταίες ειδήσεις|ροή ειδήσεων",
              r"(προηγούμενο|επόμενο) άρθρο|(προηγούμενη|επόμενη) (δημοσίευση|ανάρτηση)",
              r"(μπορεί|μπορεί επίσης) να σας (αρέσει|ενδιαφέρει)( επίσης)?|ίσως σας ενδιαφέρει",
              r"συνέχεια ανάγνωσης|συνεχίστε την ανάγνωση|επιστροφή (στην αρχή|στην αρχική)"),
    "uk": (r"(схожі|пов['’ʼ]язані|популярні|останні|рекомендовані|інші|головні) (статті|записи|новини|матеріали|публікації)",
           r"читайте (також|ще|більше)", r"(див\.|дивіться) також", r"читати (далі|більше|повністю)",
           r"(попередня|наступна) (стаття|новина)|(попередній|наступний) запис",
           r"найпопулярніше|найчитаніше|новини (по темі|за темою)|більше новин", r"вам (також )?може (сподобатися|бути цікаво)"),
    "he": (r"(כתבות|פוסטים|מאמרים|רשומות) (נוספות|נוספים|קשורות|קשורים|אחרונות|אחרונים|פופולריות|פופולריים|מומלצות|מומלצים)",
           r"עוד (בנושא|כתבות|חדשות|מהמדור)", r"(קראו|קרא|קראי) (עוד|גם)", r"הכי (נקראים|נקראות|פופולריים)|הנקראים ביותר|מבזקים",
           r"(הפוסט|הכתבה|המאמר) (הקודם|הקודמת|הבא|הבאה)", r"אולי (יעניין|יעניינו) אותך", r"לכל הכתבות|חזרה (לראש העמוד|לדף הבית)"),
    "id": (r"(artikel|berita|pos|tulisan|postingan|kiriman) (terkait|berkaitan|lainnya|terbaru|terpopuler|populer|pilihan|rekomendasi)",
           r"pos-pos (terbaru|terkait)", r"baca (juga|selengkapnya|lainnya)",
           r"terpopuler|terbaru|terkini|paling (banyak dibaca|popular)", r"(artikel|pos|berita) (sebelumnya|selanjutnya|berikutnya)",
           r"(anda )?mungkin (juga )?(suka|menyukai|tertarik)|rekomendasi untuk anda",
           r"lihat (semua|selengkapnya)|selengkapnya|kembali ke (atas|beranda)"),
    "vi": (r"(các |những )?(bài viết|tin|tin tức|bài) (liên quan|cùng chuyên mục|khác|mới nhất|mới|nổi bật|đọc nhiều|xem nhiều|đề xuất)",
           r"(xem|đọc) (thêm|tiếp)|tin (mới|nóng)|(đọc|xem) nhiều( nhất)?", r"(bài|bài viết|tin) (trước|sau|tiếp theo|kế tiếp)",
           r"có thể bạn (quan tâm|sẽ thích|chưa đọc)|bạn có thể (quan tâm|thích)", r"(quay lại|trở về|về) (trang chủ|đầu trang)"),
    "hi": _hi(r"(ये|यह) भी पढ़ें", r"और पढ़ें|आगे पढ़ें|पूरा पढ़ें|(और|सभी) (ख़बरें|लेख)",
              r"(संबंधित|सम्बंधित|ताज़ा|लोकप्रिय|टॉप|बड़ी|अन्य) (ख़बरें|समाचार|लेख|पोस्ट|न्यूज़)",
              r"सबसे (ज़्यादा|अधिक) (पढ़ी|पढ़े|देखी|देखे) (गई|गए|जाने वाली)( ख़बरें)?", r"(पिछली|अगली) (ख़बर|पोस्ट)|(पिछला|अगला) (लेख|पोस्ट)",
              r"आपको (यह भी|ये भी) पसंद (आ सकता है|आएगा)", r"(होम|मुखपृष्ठ) पर (जाएं|वापस जाएं)"),
    "bn": _bn(r"(আরও|আরো) (পড়ুন|খবর|সংবাদ|পোস্ট)", r"(সম্পর্কিত|সংশ্লিষ্ট|সর্বশেষ|জনপ্রিয়|সাম্প্রতিক|অন্যান্য) (খবর|সংবাদ|পোস্ট|লেখা|নিবন্ধ)",
              r"এই বিভাগের (আরও|আরো) (খবর|সংবাদ)", r"সর্বাধিক পঠিত( খবর)?|সর্বশেষ", r"(পূর্ববর্তী|পরবর্তী) (পোস্ট|খবর|নিবন্ধ)",
              r"(আপনার )?(ভালো লাগতে পারে|পছন্দ হতে পারে)"),
    "th": (r"(บทความ|ข่าว|เรื่อง|โพสต์)(ที่เกี่ยวข้อง|ล่าสุด|ยอดนิยม|แนะนำ|อื่นๆ|อื่น ๆ|ก่อนหน้า|ถัดไป|ที่น่าสนใจ)",
           r"อ่านต่อ|อ่านเพิ่มเติม|อ่านทั้งหมด|ดูทั้งหมด|อ่านข่าวทั้งหมด", r"ยอดนิยม|ข่าวเด่น|(คุณ)?อาจ(จะ)?สนใจ(เรื่องนี้)?",
           r"กลับ(สู่|ไป)(หน้าแรก|ด้านบน)"),
    # the languages of REGIONAL (below): the related box's header only
    "hr": (r"(povezane|slične|najnovije|najčitanije|izdvojene) (vijesti|vesti|objave|teme)",
           r"(povezani|srodni|slični) članci|pročitajte (i|još|također)|čitajte (i|još)|najčitanije|vezane vijesti"),
    "sr": (r"(повезане|сличне|најновије|најчитаније) (вести|објаве|теме)",
           r"(повезани|сродни) чланци|прочитајте (још|и)|најчитаније"),
    "sl": (r"(povezane|podobne|najnovejše) (novice|objave)|(povezani|sorodni|podobni) članki",
           r"preberite (tudi|še)|najbolj brano"),
    "sk": (r"(súvisiace|podobné|najnovšie|najčítanejšie|odporúčané) (články|správy|príspevky|témy)",
           r"súvisiace|prečítajte si (aj|tiež)|čítajte (aj|tiež)|najčítanejšie"),
    "bg": (r"(свързани|подобни|последни|най-четени) (новини|статии|публикации)",
           r"прочетете (още|също)|още по темата|най-четени"),
    "mk": (r"(поврзани|слични|најнови|најчитани) (вести|статии|објави)", r"прочитајте (уште|и)|најчитани"),
    "lt": (r"(susiję|panašūs|naujausi|skaitomiausi|populiariausi) (straipsniai|įrašai)|(susijusios|naujausios) naujienos",
           r"taip pat skaitykite|skaitykite (taip pat|daugiau)|skaitomiausi"),
    "lv": (r"(saistītie|līdzīgie|jaunākie|lasītākie|populārākie) (raksti|ieraksti)|(saistītās|jaunākās) ziņas",
           r"lasiet arī|lasi arī|lasītākais"),
    "et": (r"(seotud|sarnased|uusimad|loetuimad|populaarsemad) (artiklid|uudised|postitused)",
           r"loe ka|vaata ka|loetuimad"),
    "sw": (r"(habari|makala|taarifa) (zinazohusiana|nyingine|zaidi|mpya|za hivi karibuni)",
           r"soma (pia|zaidi)|zinazosomwa zaidi|zilizosomwa zaidi|maarufu zaidi"),
}

# Newsletter sign-ups, found inside blocks of up to 30 words.
NEWSLETTER_SIGNUP: Family = {
    "de": (r"newsletter (abonnieren|bestellen|anmelden)", r"(zum|für den|für unseren) newsletter anmelden",
           r"melde dich (jetzt )?(zum|für unseren) newsletter an", r"melden sie sich (jetzt )?(zum|für (den|unseren)) newsletter an", r"^(jetzt )?abonnieren!?$",
           r"e-?mail-adresse eingeben", r"kostenlose[nr]? newsletter", r"neue beiträge per e-?mail"),
    "fr": (r"(inscrivez-vous|abonnez-vous|s'inscrire|s'abonner|s’inscrire|s’abonner) (à|a) (la|notre) "
           r"(newsletter|lettre d'information|lettre d’information|infolettre)",
           r"recevez (notre|la) (newsletter|lettre)", r"je m'abonne|je m’abonne", r"^recevez nos (nouvelles|actualités)$",
           r"^je m['’]inscris\W*$", r"^recevez (chaque (matin|jour|soir|semaine)|tous les (matins|jours|soirs)) .{0,100}$",
           # the imperative: "vous recevez une confirmation par courriel" is a help page's step
           r"(?<!vous )recevez .{0,60}(dans votre boîte (mail|aux lettres|de réception)|par (e-?mail|courriel))"),
    "es": (r"(suscríbete|suscribirse|regístrate) (a|al|en) (nuestro|nuestra|el|la) (newsletter|boletín)",
           r"recibe (nuestro|el) (newsletter|boletín)", r"boletín de noticias",
           r"recibe .{0,60}en tu (correo|email|e-mail|bandeja de entrada)"),
    "it": (r"iscriviti alla (nostra )?newsletter", r"ricevi la (nostra )?newsletter",
           r"ricevi .{0,60}(nella tua (casella|email|e-mail)|via e-?mail)"),
    "pt": (r"(assine|inscreva-se|cadastre-se) (na|em nossa|no|a) (newsletter|boletim)", r"(subscreva|subscrever) (a )?(nossa )?newsletter",
           r"receba (nossa|a) newsletter", r"receba .{0,60}no seu (e-?mail|email|correio eletrónico|correio eletrônico)"),
    "nl": (r"(schrijf je in|meld je aan|abonneer( je)?) (op|voor) (de|onze) nieuwsbrief", r"^(de |onze )?nieuwsbrief$"),
    "pl": (r"zapisz się (do|na) (nasz(ego|y) )?newsletter(a)?", r"subskrybuj (nasz )?newsletter"),
    "ru": (r"подпи(саться|сывайтесь|шитесь|ска) на (нашу |наш )?(рассылку|новости|канал)",),
    "tr": (r"(bültenimize|e-?bültene|bültene) (abone olun|kaydolun|katılın)", r"^e-?bülten$"),
    "zh": (r"^.{0,8}(订阅|訂閱)(我们的|我們的)?(电子报|電子報|新闻|新聞|通讯|通訊|邮件|郵件|频道|頻道)?.{0,8}$",
           r".*?(送到|发送到|發送到|寄到)(您|你)的(邮箱|郵箱|信箱).*"),
    "ja": (r"^.{0,8}(メールマガジン|メルマガ|ニュースレター)(の)?(登録|購読)?.{0,8}$",
           r".*?(メールマガジン|メルマガ|ニュースレター)(に|を|の)(ご)?(登録|購読).*"),
    "ko": (r"^뉴스레터( 구독| 신청)?$", r"^구독하기$", r".*?뉴스레터(를|에)? ?(구독|신청).*", r".*?(뉴스|소식)(를|을)? 이메일로 받아 ?보세요.*"),
    "ar": (r"(اشترك|اشتراك) (في|ب) (النشرة|القائمة) (البريدية|الإخبارية)", r"^النشرة (البريدية|الإخبارية)$",
           r"(اشترك|اشتركوا|اشتراك) في (نشرتنا|النشرة)", r"^(اشترك|اشتركوا) (مجان[اًا]+|الآن)$"),
    "fa": (r"(عضویت|اشتراک) در خبرنامه", r"^خبرنامه$", r"در خبرنامه (ما )?(عضو|مشترک) شوید"),
    "ur": (r"^نیوز ?لیٹر$", r"نیوز ?لیٹر (کے لیے سائن اپ کریں|سبسکرائب کریں)", r"ای ?میل .{0,40}سبسکرائب کریں"),
    "ps": (r"^خبرپاڼه$", r"خبرپاڼې ته ګډون وکړئ"),
    "cs": (r"(přihlaste se|přihlásit se|přihlásit) k odběru( (newsletteru|novinek))?", r"odebírat (newsletter|novinky)",
           r"odběr (newsletteru|novinek)"),
    "sv": (r"(prenumerera|anmäl dig|registrera dig) (på|till|för) (vårt |våra |det )?nyhetsbrev(et)?",
           r"få (vårt |våra )?nyhetsbrev(et)?", r"^(vårt )?nyhetsbrev$"),
    "da": (r"(tilmeld dig|abonnér på|abonner på|skriv dig op til)( vores| det)? nyhedsbrev(et)?",
           r"(få|modtag) (vores )?nyhedsbrev(et)?", r"^(vores )?nyhedsbrev$"),
    "nb": (r"(meld deg på|abonner på|registrer deg for)( vårt| det)? nyhetsbrev(et)?",
           r"(få|motta) (vårt )?nyhetsbrev(et)?", r"^(vårt )?nyhetsbrev$"),
    "fi": (r"tilaa (\w+ )?uutiskirje(emme|et)?", r"(liity|ryhdy) (\w+ )?uutiskirjee(mme|n) tilaajaksi", r"uutiskirjeen tilaus",
           r"tilaa .{0,60}sähköpostiisi", r"^(uutiskirje|uutiskirjeemme)$"),
    "ro": _ro(r"(abonează-te|abonați-vă|înscrie-te|înscrieți-vă) (la|pentru) (newsletter(ul)?|buletinul informativ)( nostru)?",
              r"^buletin informativ$"),
    "hu": (r"(iratkozz|iratkozzon) fel (a |az )?(hírlevelünkre|hírlevélre)", r"hírlevél[ -]?(feliratkozás|regisztráció)",
           r"feliratkozás (a )?hírlevélre", r"^hírlevél$"),
    "el": _el(r"(εγγραφείτε|εγγραφή|γραφτείτε|εγγράψου) (στο|στα|για το) (newsletter|ενημερωτικό( μας)? δελτίο)( μας)?",
              r"^ενημερωτικό δελτίο$"),
    "uk": (r"підпи(сатися|суйтеся|шіться|ска) на (нашу |наш )?(розсилку|новини|канал|оновлення)",),
    "he": (r"(הירשמו|הירשם|הרשמה|הצטרפו|הצטרף|הרשמו) (ל|אל ה)?(ניוזלטר|רשימת התפוצה|רשימת הדיוור|דיוור)", r"^ניוזלטר$"),
    "id": (r"(berlangganan|langganan|daftar|mendaftar|langgan|melanggan) (newsletter|buletin|nawala|surat berita)( kami)?",
           r"(dapatkan|terima) (newsletter|buletin)( kami)?"),
    "vi": (r"đăng ký nhận (bản tin|tin tức|tin|newsletter)", r"đăng ký (bản tin|newsletter)", r"^bản tin$"),
    "hi": _hi(r"न्यूज़लेटर (के लिए )?(साइन ?अप|सब्सक्राइब|सदस्यता लें)( करें)?", r"(हमारे )?न्यूज़लेटर (को )?सब्सक्राइब करें", r"^न्यूज़लेटर$", r"न्यूज़लेटर (की|के लिए) (सदस्यता लें|साइन ?अप करें)"),
    "bn": _bn(r"নিউজলেটার(ে)? (সাবস্ক্রাইব|সাইন ?আপ|নিবন্ধন)( করুন)?", r"^নিউজলেটার$"),
    "th": (r".*?(สมัคร|ลงทะเบียน)(รับ)?(จดหมายข่าว|นิวส์เลตเตอร์|ข่าวสาร).*", r"^(จดหมายข่าว|นิวส์เลตเตอร์)$",
           r".*?(ส่งตรงถึง|ส่งถึง)(อีเมล|กล่องจดหมาย).*"),
}

# Cookie and privacy banners, found inside blocks of up to 45 words.
COOKIE_NOTICE: Family = {
    "de": (r"(diese|unsere) (web)?(seite|site) (verwendet|nutzt|benutzt) cookies", r"wir (verwenden|nutzen|setzen) cookies|(verwenden|nutzen|setzen) wir (\w+ )?cookies",
           # (the verb last in a clause: "..., dass wir und unsere Partner Informationen auf Ihrem
           # Gerät speichern")
           r"wir und unsere (\d+ )?partner\b.{0,120}\b(cookies|gerät|endgerät)"),
    "fr": (r"(ce site|notre site) (utilise|emploie) (des )?cookies", r"nous utilisons (des )?cookies",
           r"nous et nos (\d+ )?partenaires (utilisons|stockons|traitons).{0,120}\b(cookies|appareil|terminal)"),
    "es": (r"(este|nuestro) (sitio( web)?|web) (utiliza|usa) cookies", r"(utilizamos|usamos) cookies",
           r"nosotros y nuestros (\d+ )?(socios|proveedores) (utilizamos|almacenamos|tratamos).{0,120}\b(cookies|dispositivo)"),
    "it": (r"(questo|il nostro) sito (utilizza|usa) (i )?cookie", r"(utilizziamo|usiamo) (i )?cookie",
           r"noi e i nostri (\d+ )?(partner|fornitori) (utilizziamo|archiviamo|memorizziamo|trattiamo).{0,120}\b(cookie|dispositivo)"),
    "pt": (r"(este|nosso) (site|sítio) (utiliza|usa) cookies", r"(utilizamos|usamos) cookies",
           r"nós e os nossos (\d+ )?parceiros (utilizamos|armazenamos|tratamos).{0,120}\b(cookies|dispositivo)"),
    "nl": (r"(deze|onze) (web)?site (gebruikt|maakt gebruik van) cookies", r"wij gebruiken cookies",
           r"wij en onze (\d+ )?partners (gebruiken|slaan|verwerken).{0,120}\b(cookies|apparaat)"),
    "pl": (r"((ta|nasza) strona|(ten |nasz )?serwis|(ta |nasza )?witryna)( internetow[ya])? (używa|korzysta z|wykorzystuje|stosuje) "
           r"(plików |pliki |plik )?cook\w*", r"(używamy|korzystamy z|wykorzystujemy|stosujemy) (plików |pliki )?cook\w*",
           r"my i nasi (\d+ )?partnerzy (przechowujemy|uzyskujemy|wykorzystujemy|przetwarzamy).{0,120}\b(cookie|urządzeni)\w*",
           # the GDPR (RODO) notice, addressed to the reader: "Administratorem Twoich danych
           # osobowych jest ..."; a news story names a company's data, not the reader's
           r"administratorem (twoich|pana|pani|pana/pani|państwa) danych osobowych"),
    "ru": (r"(этот|наш) сайт использует (файлы )?cookie", r"мы используем (файлы )?cookie",
           r"мы и наши (\d+ )?партн[её]р\w* (храним|используем|обрабатываем|получаем).{0,120}(cookie|устройств)\w*"),
    "tr": (r"(bu|web) ?site(miz|si)? çerez(ler)? kullan\w*", r"site(miz|mizde|de|si|sinde) çerez(ler)?( \w+)? kullan\w*",
           r"çerez(ler)?i? kullanıyoruz", r"çerez politikamızı kabul",
           r"biz ve (\d+ )?(iş )?orta(k|ğ)\w*\W.{0,120}\b(çerez|cihaz)\w*"),
    "zh": (r".*?(本网站|本網站|我们|我們|本站).{0,10}(使用|采用|採用)\s*(cookie|cookies|小型文字檔案).*",),
    # the site, then the cookies and that it uses them: what they are for may come between
    # ("当サイトでは、利便性の向上、アクセス解析および広告配信のためにCookieを使用しています");
    # a site that bakes them shows a recipe, it does not use them ("当サイトでは、手作りクッキーの
    # レシピを紹介しています")
    "ja": (r".*?(当サイト|本サイト|このサイト|このウェブサイト).{0,60}(クッキー|cookie)[^。]{0,12}?(使用|利用).*",),
    "ko": (r"(이 사이트|본 사이트|당사).{0,10}(쿠키|cookie).*", r"(이 |본 )?웹 ?사이트.{0,40}(쿠키|cookie)",
           r"쿠키(를|의)? (사용|이용)(합니다|에 동의)"),
    "ar": (r"(يستخدم|نستخدم) (هذا الموقع |موقعنا )?(ملفات )?(تعريف الارتباط|الكوكيز|كوكيز)",),
    "fa": (r"(این (وب ?)?سایت|ما) از (کوکی|کوکی‌ها|کوکی ها) استفاده می‌?\s?کن\w*",
           r"از (کوکی|کوکی‌ها|کوکی ها) .{0,60}استفاده می‌?\s?کن\w*"),
    "ur": (r"(یہ ویب ?سائٹ|ہم) کوکیز (کا )?استعمال کر\w*", r"کوکیز (کا )?استعمال کر\w*"),
    "ps": (r"(دا ویب ?پاڼه|موږ) کوکیز کاروي",),
    "cs": (r"(tento|náš) web (používá|využívá) (soubory )?cookies?", r"(tyto|naše) (webové )?stránky (používají|využívají) (soubory )?cookies?",
           r"(používáme|využíváme) (soubory )?cookies?",
           r"my a (naš\w+ )?(\d+ )?partne\w+ (ukládáme|zpracováváme|přistupujeme|používáme).{0,120}\b(cookie|zařízení)\w*"),
    "sv": (r"(den här|denna|vår) (webbplats|webbsida|sajt|sida)(en|n)? (använder|nyttjar) (sig av )?(kakor|cookies)",
           r"vi använder (oss av )?(kakor|cookies)",
           r"vi och våra (\d+ )?partner(s|na)? (lagrar|använder|behandlar|får).{0,120}\b(cookies|kakor|enhet)\w*"),
    "da": (r"(denne|vores) (hjemme|web|net)?(side|site)n? (bruger|anvender|benytter) (sig af )?cookies",
           r"(hjemmesiden|websiden|websitet|sitet|siden) (bruger|anvender|benytter) (sig af )?cookies",
           r"vi (bruger|anvender|benytter) (os af )?cookies",
           r"vi og vores (\d+ )?partnere (gemmer|bruger|anvender|behandler|indsamler|tilgår).{0,120}\b(cookies|enhed)\w*"),
    "nb": (r"(dette|denne|vårt|vår) (nettsted(et)?|nettside(n)?|side(n)?) (bruker|benytter) (seg av )?(informasjonskapsler|cookies)",
           r"(nettstedet|nettsiden|siden) (bruker|benytter) (seg av )?(informasjonskapsler|cookies)",
           r"vi (bruker|benytter) (oss av )?(informasjonskapsler|cookies)",
           r"vi og våre (\d+ )?partnere (lagrer|bruker|behandler|samler inn|får).{0,120}\b(cookies|informasjonskapsler|enhet)\w*"),
    "fi": (r"(tämä (verkko)?sivusto|(verkko)?sivustomme|(verkko)?palvelumme) (käyttää|hyödyntää) (evästeitä|cookie-?tiedostoja)",
           r"(tällä (verkko)?sivustolla|(verkko)?sivustollamme|(verkko)?palvelussamme) (käytetään|hyödynnetään) (evästeitä|cookie-?tiedostoja)",
           r"käytämme ([\w-]+ ){0,3}(evästeitä|cookie-?tiedostoja)",
           r"me ja (\d+ )?kumppanimme (tallennamme|käytämme|käsittelemme|keräämme).{0,120}\b(eväst|laitte)\w*"),
    "ro": _ro(r"(acest site|acest website|site-ul nostru|site-ul) (web )?(folosește|utilizează) (fișiere )?cookie(-uri|s)?",
              r"(folosim|utilizăm) (fișiere )?cookie(-uri|s)?",
              r"noi și (cei \d+ )?(parteneri|partenerii noștri)( noștri)? (stocăm|utilizăm|prelucrăm|accesăm).{0,120}\b(cookie|dispozitiv)\w*"),
    "hu": (r"(ez a |a )?(weboldal|honlap|webhely|oldal)(unk)? (sütiket|cookie-kat) használ", r"(sütiket|cookie-kat) használunk",
           r"mi és (a )?(\d+ )?partner\w* .{0,120}\b(süti|cookie|eszköz)\w*"),
    "el": _el(r"(αυτός ο|ο) (ιστότοπος|ιστοχώρος|δικτυακός τόπος)( μας)? χρησιμοποιεί (cookies|μπισκότα)",
              r"(αυτή η|η) (ιστοσελίδα|σελίδα)( μας)? χρησιμοποιεί (cookies|μπισκότα)", r"χρησιμοποιούμε (cookies|μπισκότα)",
              r"εμείς και οι (\d+ )?συνεργάτες μας .{0,120}(cookies|μπισκότα|συσκευή)"),
    "uk": (r"(цей|наш) (сайт|вебсайт|веб-сайт) (використовує|застосовує) (файли )?(cookie|кукі)",
           r"ми використовуємо (файли )?(cookie|кукі)",
           r"ми (та|і) наші (\d+ )?партнери .{0,120}(cookie|кукі|пристро)\w*"),
    "he": (r"(אתר זה|האתר|אנו|אנחנו) (משתמש|משתמשים|עושה שימוש|עושים שימוש) ב-?(קבצי )?(עוגיות|cookies|קוקיז)",),
    "id": (r"(situs|situs web|laman web|website|laman) (ini|kami) menggunakan (cookie|kuki)", r"kami menggunakan (cookie|kuki)"),
    "vi": (r"(trang web|website|trang|web) (này|của chúng tôi) sử dụng (cookie|cookies)", r"chúng tôi sử dụng (cookie|cookies)"),
    "hi": _hi(r"(यह|हमारी) (वेबसाइट|साइट) (कुकीज़|कुकी) का (उपयोग|इस्तेमाल) करती है", r"हम (कुकीज़|कुकी) का (उपयोग|इस्तेमाल) करते हैं",
              # with what they are for before the verb, as Hindi says it: "हम आपके अनुभव को बेहतर
              # बनाने ... के लिए कुकीज़ का उपयोग करते हैं"
              r"हम .{0,100}(कुकीज़|कुकी) का (उपयोग|इस्तेमाल) करते हैं"),
    "bn": _bn(r"(এই|আমাদের) (ওয়েবসাইট|সাইট) (কুকি|কুকিজ) ব্যবহার করে", r"আমরা (কুকি|কুকিজ) ব্যবহার করি"),
    "th": (r".*?(เว็บไซต์นี้|เว็บไซต์ของเรา)(มีการ)?ใช้(งาน)?คุกกี้.*", r".*?เราใช้คุกกี้เพื่อ.*"),
}

# The names of the site's privacy and cookie policies and its consent buttons ("Política de
# privacidade", "Cookie-Einstellungen", "Accepter tous les cookies"): links and buttons, alone
# on their line or among the footer's other links. A news story names a company's privacy
# policy in a sentence ("a rede social mudou a sua política de privacidade"), which stays.
POLICY_LINKS: Family = {
    "de": (r"cookie-?(einstellungen|richtlinie|hinweis)", r"datenschutzerklärung|datenschutzhinweise",
           r"(alle )?cookies (akzeptieren|zulassen|ablehnen)"),
    "fr": (r"(paramètres|gestion|politique) des cookies", r"accepter (les|tous les) cookies", r"politique de (confidentialité|cookies)"),
    "es": (r"(política|configuración) de cookies", r"aceptar (todas las )?cookies", r"política de privacidad"),
    "it": (r"(informativa|impostazioni) (sui |dei )?cookie", r"accetta (tutti i )?cookie", r"informativa (sulla )?privacy"),
    "pt": (r"(política|configurações) de cookies", r"aceitar (todos os )?cookies", r"política de privacidade"),
    "nl": (r"cookie(beleid|instellingen|verklaring)", r"(alle )?cookies accepteren", r"privacybeleid"),
    "pl": (r"polityka (prywatności|cookies)", r"akceptuj(ę)? (wszystkie )?(pliki )?cook\w*"),
    "ru": (r"политика (конфиденциальности|использования (файлов )?cookie)", r"принять (все )?cookie"),
    "tr": (r"çerez (politikası|ayarları)", r"çerez politika(mız|sı)\w*", r"çerezleri kabul et", r"gizlilik politikası"),
    "zh": (r"隐私政策|隱私權政策|隐私条款|隱私條款|cookie ?政策",),
    "ja": (r"プライバシーポリシー|クッキー(ポリシー|設定)",),
    "ko": (r"개인정보( ?처리| ?취급)?방침", r"쿠키 (정책|설정)"),
    "ar": (r"سياسة (الخصوصية|ملفات تعريف الارتباط)",),
    "fa": (r"سیاست (حفظ )?حریم خصوصی", r"سیاست کوکی"),
    "ur": (r"رازداری کی پالیسی",),
    "ps": (r"د محرمیت تګلاره",),
    "cs": (r"zásady (ochrany osobních údajů|(používání )?(souborů )?cookies)",
           r"(přijmout|povolit|odmítnout) (všechny )?(soubory )?cookies", r"nastavení (souborů )?cookies"),
    "sv": (r"integritetspolicy|cookiepolicy|personuppgiftspolicy", r"(acceptera|godkänn|tillåt) (alla )?(kakor|cookies)",
           r"(cookie|kak)inställningar"),
    "da": (r"privatlivspolitik|cookiepolitik|persondatapolitik|privatlivs- og cookiepolitik",
           r"(accepter|acceptér|tillad|godkend) (alle )?cookies", r"cookie-?indstillinger"),
    "nb": (r"personvernerklæring(en)?|personvernpolicy|cookiepolicy|cookieerklæring",
           r"(godta|aksepter|tillat) (alle )?(informasjonskapsler|cookies)", r"(cookie|informasjonskapsel)-?innstillinger"),
    "fi": (r"tietosuojaseloste|tietosuojakäytäntö|tietosuojalauseke|evästekäytäntö|evästeseloste",
           r"(hyväksy|salli) (kaikki )?evästeet", r"evästeasetukset"),
    "ro": _ro(r"politica (de confidențialitate|de cookie(-uri|s)?|privind cookie(-urile|s)?)",
              r"(acceptă|acceptați) (toate )?(cookie-urile|cookies)|accept (toate )?cookie-urile"),
    "hu": (r"adatvédelmi (irányelvek|tájékoztató|nyilatkozat|szabályzat)", r"(süti|cookie)[ -]?(szabályzat|beállítások|kezelés)",
           r"(sütik|cookie-k|összes süti|összes cookie) elfogadása"),
    "el": _el(r"πολιτική (απορρήτου|cookies)", r"(αποδοχή|αποδέχομαι|απόρριψη) (όλων )?(των )?(cookies|μπισκότων)", r"ρυθμίσεις cookies"),
    "uk": (r"політика (конфіденційності|використання (файлів )?(cookie|кукі))", r"прийняти (всі )?(файли )?(cookie|кукі)"),
    "he": (r"מדיניות (הפרטיות|פרטיות|העוגיות|עוגיות|ה?cookies)", r"(אשר|אישור|קבל|קבלת) (את )?(כל )?(העוגיות|ה-?cookies)"),
    "id": (r"kebijakan (privasi|cookie)|dasar privasi", r"(terima|setujui|izinkan) (semua )?(cookie|kuki)"),
    "vi": (r"chính sách (bảo mật|quyền riêng tư)( thông tin)?|chính sách cookie", r"chấp nhận (tất cả )?(cookie|cookies)"),
    "hi": _hi(r"(गोपनीयता|प्राइवेसी) नीति|(कुकी|कुकीज़) नीति", r"(सभी )?(कुकीज़|कुकी) (स्वीकार|स्वीकारें|स्वीकार करें)"),
    "bn": _bn(r"(গোপনীয়তা|প্রাইভেসি|কুকি) নীতি", r"(সব )?(কুকি|কুকিজ) (গ্রহণ|স্বীকার) করুন"),
    "th": (r"นโยบาย(ความเป็นส่วนตัว|คุกกี้|การใช้คุกกี้)", r"ยอมรับ(การใช้)?คุกกี้"),
}

# Login and account widgets.
LOGIN_FORM: Family = {
    "de": (r"(an|ab)melden|einloggen|ausloggen|registrieren|mein konto|konto erstellen|passwort vergessen\??",
           r"angemeldet bleiben|benutzername|passwort"),
    "fr": (r"(se )?connecter|connexion|déconnexion|(s'|s’)inscrire|inscription|mon compte|créer un compte",
           r"mot de passe( oublié)?\s*\??|identifiant|se souvenir de moi"),
    "es": (r"(iniciar|cerrar) sesi[oó]n|acceder|registr(o|arse|ate)|mi cuenta|crear (una )?cuenta",
           r"¿?olvidaste (tu|la) contraseña\??|contraseña|usuario|recordarme"),
    "it": (r"accedi|esci|registrati|il mio account|crea (un )?account|password dimenticata\??|nome utente|ricordami",),
    "pt": (r"entrar|sair|(faça )?login|registr(e-se|ar)|cadastr(e-se|ar)|minha conta|criar (uma )?conta",
           r"esqueceu (sua|a) senha\??|senha|lembrar-me|nome de usuário"),
    "nl": (r"inloggen|uitloggen|aanmelden|registreren|mijn account|account aanmaken|wachtwoord( vergeten)?\??",
           r"gebruikersnaam|onthoud mij"),
    "pl": (r"zaloguj( się)?|wyloguj( się)?|zarejestruj( się)?|moje konto|utwórz konto",
           r"(nie pamiętasz|zapomniałeś) hasła\??|hasło|nazwa użytkownika|zapamiętaj mnie"),
    "ru": (r"войти|вход|выйти|выход|регистрация|зарегистрироваться|личный кабинет|мой (аккаунт|профиль)",
           r"забыли пароль\??|пароль|логин|запомнить меня"),
    "tr": (r"giriş yap|çıkış yap|üye ol|kayıt ol|hesabım|hesap oluştur|şifremi unuttum|şifre|parola",
           r"kullanıcı adı|beni hatırla"),
    "zh": (r"登录|登錄|登入|注册|註冊|退出|登出|我的(账户|帳戶|账号|帳號)|忘记密码\??|忘記密碼\??|密码|密碼",
           r"用户名|使用者名稱|记住我|記住我"),
    "ja": (r"ログイン|ログアウト|新規登録|会員登録|マイページ|パスワード(を忘れた方|をお忘れの方)?|ユーザー名",
           r"ログイン状態を保存(する)?"),
    "ko": (r"로그인|로그아웃|회원가입|내 계정|비밀번호( 찾기)?|아이디( 찾기)?|자동 로그인",),
    "ar": (r"تسجيل (الدخول|الخروج)|(إنشاء|انشاء) حساب|حسابي|(هل )?نسيت كلمة (المرور|السر)\??|كلمة المرور",
           r"اسم المستخدم|تذكرني|دخول|خروج"),
    "fa": (r"ورود|خروج|ثبت ?نام|حساب کاربری( من)?|رمز عبور( را فراموش کرده‌اید)?\??|نام کاربری",
           r"مرا به خاطر بسپار|عضویت"),
    "ur": (r"لاگ ?(ان|آؤٹ)|رجسٹر|میرا اکاؤنٹ|پاس ?ورڈ( بھول گئے)?\??|صارف نام",),
    "ps": (r"ننوتل|وتل|نوم لیکنه|پاسورډ|پټنوم",),
    "cs": (r"přihlásit( se)?|odhlásit( se)?|přihlášení|odhlášení|registrace|(za)?registrovat( se)?|můj účet|vytvořit účet",
           r"zapomenuté heslo\??|zapomněli jste heslo\??|uživatelské jméno|heslo|zapamatovat si mě"),
    "sv": (r"logga (in|ut)|registrera( dig)?|mitt konto|skapa (ett )?konto|glömt (ditt )?lösenord(et)?\??",
           r"användarnamn|lösenord|kom ihåg mig"),
    "da": (r"log (ind|ud)|registrer( dig)?|opret (en )?(bruger|konto|profil)|min (konto|profil|side)|"
           r"glemt (din )?adgangskode\??|glemt (dit )?kodeord\??",
           r"brugernavn|adgangskode|kodeord|husk mig"),
    "nb": (r"logg (inn|ut)|registrer( deg)?|opprett (en )?(bruker|konto)|min (konto|profil|side)|glemt passord(et)?\??|"
           r"glemt (ditt )?passord\??",
           r"brukernavn|passord|husk meg"),
    "fi": (r"kirjaudu( sisään| ulos)?|rekisteröidy|luo (käyttäjä)?tili|oma tili|omat tiedot|unohditko salasanasi\??|"
           r"unohtunut salasana\??",
           r"käyttäjätunnus|salasana|muista minut"),
    "ro": _ro(r"autentificare|conectare|conectează-te|intră în cont|deconectare|ieșire|înregistrare|înregistrează-te",
              r"contul meu|creează (un )?cont|(ai|ați) uitat parola\??|parolă|parola|nume (de )?utilizator|ține-mă minte"),
    "hu": (r"bejelentkezés|belépés|kilépés|kijelentkezés|regisztráció|regisztrálok|fiókom|saját fiók|fiók létrehozása",
           r"elfelejtett jelszó\??|elfelejtette (a )?jelszavát\??|elfelejtetted a jelszavad\??|jelszó|felhasználónév|emlékezz rám"),
    "el": _el(r"σύνδεση|αποσύνδεση|είσοδος|έξοδος|εγγραφή|ο λογαριασμός μου|δημιουργία λογαριασμού",
              r"ξεχάσατε τον κωδικό( σας)?\??|ξέχασες τον κωδικό( σου)?\??|κωδικός( πρόσβασης)?|όνομα χρήστη|να με θυμάσαι"),
    "uk": (r"увійти|вхід|вийти|вихід|реєстрація|зареєструватися|(мій|особистий) (кабінет|акаунт|профіль)",
           r"забули пароль\??|пароль|логін|запам['’ʼ]ятати мене"),
    "he": (r"התחברות|התחבר|התחברו|התנתק|התנתקות|הרשמה|הירשם|החשבון שלי|האזור האישי|צור חשבון|יצירת חשבון",
           r"שכחת (את )?(ה)?סיסמה\??|שכחתי (את )?(ה)?סיסמה|סיסמה|סיסמא|שם משתמש|זכור אותי"),
    "id": (r"masuk|keluar|daftar|log masuk|log keluar|akun saya|akaun saya|buat akun|lupa (kata sandi|password|kata laluan)( anda)?\??",
           r"kata sandi|kata laluan|nama pengguna|ingat saya|daftar (akun|sekarang)"),
    "vi": (r"đăng nhập|đăng xuất|đăng ký|tài khoản của tôi|tạo tài khoản|quên mật khẩu\??",
           r"mật khẩu|tên đăng nhập|ghi nhớ( đăng nhập| tôi)?"),
    "hi": _hi(r"लॉग ?इन( करें)?|लॉगिन|लॉग ?आउट|साइन ?इन|रजिस्टर( करें)?|पंजीकरण( करें)?|मेरा खाता|खाता बनाएं|(अपना )?पासवर्ड भूल गए\??",
              r"पासवर्ड|उपयोगकर्ता ?नाम|मुझे याद रखें"),
    "bn": _bn(r"লগ ?ইন( করুন)?|লগ ?আউট|সাইন ?ইন|নিবন্ধন( করুন)?|রেজিস্টার( করুন)?|আমার অ্যাকাউন্ট|অ্যাকাউন্ট তৈরি করুন",
              r"পাসওয়ার্ড ভুলে গেছেন\??|পাসওয়ার্ড|ইউজারনেম|ব্যবহারকারীর নাম|আমাকে মনে রাখুন"),
    "th": (r"เข้าสู่ระบบ|ออกจากระบบ|สมัครสมาชิก|ลงทะเบียน|บัญชีของฉัน|สร้างบัญชี|ลืมรหัสผ่าน\??",
           r"รหัสผ่าน|ชื่อผู้ใช้|จดจำฉัน(ไว้)?|จำฉันไว้"),
}

# Tag and category lines: a label, a colon, the tags.
TAGS_LINE: Family = {
    "de": (r"(schlagwörter|schlagworte|stichwörter|stichworte|themen|kategorien?|abgelegt unter|veröffentlicht in)\s*:.*",
           r"(getaggt|verschlagwortet|gekennzeichnet) mit\s*:?.*"),
    "fr": (r"(mots[- ]cl[ée]s|mots[- ]clefs|catégories?|thèmes?|classé dans|publié dans)\s*:.*",),
    "es": (r"(etiquetas|palabras clave|categorías?|temas|archivado en|publicado en)\s*:.*",),
    "it": (r"(parole chiave|categori[ae]|argomenti|archiviato in|pubblicato in)\s*:.*",),
    "pt": (r"(etiquetas|palavras-chave|categorias?|temas|tópicos|arquivado em|publicado em|marcado com)\s*:.*",),
    "nl": (r"(trefwoorden|categorieën|categorie|onderwerpen|geplaatst in)\s*:.*",),
    "pl": (r"(tagi|słowa kluczowe|kategorie|kategoria|tematy|opublikowano w)\s*:.*",),
    "ru": (r"(теги|метки|ключевые слова|рубрик[аи]|категори[яи]|темы)\s*:.*",),
    "tr": (r"(etiketler|anahtar kelimeler|kategoriler|kategori|konular)\s*:.*",),
    "zh": (r"(标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類|栏目|欄目)\s*[:：].*",),
    "ja": (r"(タグ|キーワード|カテゴリー?)\s*[:：].*",),
    "ko": (r"(태그|키워드|카테고리|분류)\s*[:：].*",),
    "ar": (r"(الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|التصنيفات?|تصنيف)\s*[:：].*",),
    "fa": (r"(برچسب‌ها|برچسب ها|برچسب|کلیدواژه‌ها|کلید واژه ها|دسته‌بندی|دسته بندی|موضوعات)\s*:.*",),
    "ur": (r"(ٹیگز|ٹیگ|زمرہ|زمرے|کلیدی الفاظ)\s*:.*",),
    "ps": (r"(ټګونه|ټګ|کټګورۍ|کټګوري|کلیدي ټکي)\s*:.*",),
    "cs": (r"(štítky|tagy|klíčová slova|rubriky|rubrika|kategorie|témata|téma|zařazeno do|publikováno v)\s*:.*",),
    "sv": (r"(taggar|etiketter|nyckelord|kategorier|kategori|ämnen|publicerat i|postat i)\s*:.*",),
    "da": (r"(emner|emneord|nøgleord|kategorier|kategori|udgivet i|arkiveret under|tagget)\s*:.*",),
    "nb": (r"(stikkord|emneord|tagger|emner|nøkkelord|kategorier|kategori|publisert i|tagget)\s*:.*",),
    "fi": (r"(avainsanat|asiasanat|tunnisteet|aiheet|kategoriat|kategoria|luokat|julkaistu kategoriassa)\s*:.*",),
    "ro": _ro(r"(etichete|taguri|tag-uri|cuvinte cheie|categorii|categorie|categoria|subiecte|publicat în)\s*:.*"),
    "hu": (r"(címkék|kulcsszavak|kategóriák|kategória|rovat|rovatok|témák|téma)\s*:.*",),
    "el": _el(r"(ετικέτες|κατηγορίες|κατηγορία|λέξεις[- ]κλειδιά|θέματα)\s*:.*"),
    "uk": (r"(теги|мітки|ключові слова|рубрик[аи]|категорі[яї]|теми)\s*:.*",),
    "he": (r"(תגיות|תגים|קטגוריות|קטגוריה|נושאים|מילות מפתח|פורסם ב)\s*:.*",),
    "id": (r"(tag|label|kategori|topik|kata kunci|ditandai|diposting di|dipublikasikan di)\s*:.*",),
    "vi": (r"(thẻ|từ khóa|từ khoá|chuyên mục|danh mục|chủ đề|nhãn)\s*:.*",),
    "hi": _hi(r"(टैग(्स)?|श्रेणी|श्रेणियाँ|श्रेणियां|कैटेगरी|कीवर्ड(्स)?|विषय)\s*:.*"),
    "bn": _bn(r"(ট্যাগ|ট্যাগসমূহ|ট্যাগস|বিভাগ|ক্যাটাগরি|বিষয়|কি ?ওয়ার্ড)\s*:.*"),
    "th": (r"(แท็ก|แท็ค|ป้ายกำกับ|หมวดหมู่|คำค้น|คำค้นหา|คีย์เวิร์ด)\s*:.*",),
}

# Blog sidebar pickers flattened to one line: "Archiv Monat auswählen Oktober 2020 (1) ...".
SIDEBAR_WIDGET: Family = {
    "de": (r"(archiv(e)?\s*:?\s*)?monat (auswählen|wählen)\b.*", r"(kategorien\s*:?\s*)?kategorie auswählen\b.*"),
    "fr": (r"(archives\s*:?\s*)?sélectionner (un|le) mois\b.*", r"(catégories\s*:?\s*)?sélectionner une catégorie\b.*"),
    "es": (r"(archivos\s*:?\s*)?(elegir|seleccionar) (el )?mes\b.*", r"(categorías\s*:?\s*)?(elegir|seleccionar) (la )?categoría\b.*"),
    "it": (r"(archivi\s*:?\s*)?seleziona (il )?mese\b.*", r"(categorie\s*:?\s*)?seleziona (una )?categoria\b.*"),
    "pt": (r"(arquivos\s*:?\s*)?selecion(e|ar) (o )?mês\b.*", r"(categorias\s*:?\s*)?selecion(e|ar) (uma )?categoria\b.*"),
    "nl": (r"(archieven\s*:?\s*)?selecteer (een )?maand\b.*", r"(categorieën\s*:?\s*)?selecteer (een )?categorie\b.*"),
    "pl": (r"(archiwa\s*:?\s*)?wybierz miesiąc\b.*", r"(kategorie\s*:?\s*)?wybierz kategorię\b.*"),
    "ru": (r"(архивы\s*:?\s*)?выберите месяц\b.*", r"(рубрики\s*:?\s*)?выберите рубрику\b.*"),
    "tr": (r"(arşivler\s*:?\s*)?ay seçin\b.*", r"(kategoriler\s*:?\s*)?kategori seçin\b.*"),
    "cs": (r"(archiv[ay]?\s*:?\s*)?(vyberte|zvolte|vybrat) měsíc\b.*",
           r"((rubriky|kategorie)\s*:?\s*)?(vyberte|zvolte|vybrat) (rubriku|kategorii)\b.*"),
    "sv": (r"(arkiv\s*:?\s*)?välj månad\b.*", r"(kategorier\s*:?\s*)?välj kategori\b.*"),
    "da": (r"(arkiv(er)?\s*:?\s*)?vælg måned\b.*", r"(kategorier\s*:?\s*)?vælg kategori\b.*"),
    "nb": (r"(arkiv\s*:?\s*)?velg måned\b.*", r"(kategorier\s*:?\s*)?velg kategori\b.*"),
    "fi": (r"(arkistot?\s*:?\s*)?valitse kuukausi\b.*", r"((kategoriat|luokat)\s*:?\s*)?valitse (kategoria|luokka)\b.*"),
    "ro": _ro(r"(arhive\s*:?\s*)?(selectează|selectați|alege) (luna|o lună)\b.*",
              r"(categorii\s*:?\s*)?(selectează|selectați|alege) (o )?categori[ea]\b.*"),
    "hu": (r"(archívum\s*:?\s*)?hónap kiválasztása\b.*", r"(kategóriák\s*:?\s*)?kategória kiválasztása\b.*"),
    "el": _el(r"((αρχεία|αρχείο)\s*:?\s*)?επιλογή μήνα\b.*", r"(κατηγορίες\s*:?\s*)?επιλογή κατηγορίας\b.*"),
    "uk": (r"(архіви?\s*:?\s*)?(виберіть|оберіть) місяць\b.*", r"((рубрики|категорії)\s*:?\s*)?(виберіть|оберіть) (рубрику|категорію)\b.*"),
    "he": (r"(ארכיון\s*:?\s*)?(בחירת|בחר|בחרו) חודש\b.*", r"(קטגוריות\s*:?\s*)?(בחירת|בחר|בחרו) קטגוריה\b.*"),
    "id": (r"((arsip|arkib)\s*:?\s*)?pilih bulan\b.*", r"(kategori\s*:?\s*)?pilih kategori\b.*"),
    "vi": (r"(lưu trữ\s*:?\s*)?chọn tháng\b.*", r"((chuyên mục|danh mục)\s*:?\s*)?chọn (chuyên mục|danh mục)\b.*"),
    "hi": _hi(r"((पुरालेख|संग्रह|आर्काइव)\s*:?\s*)?महीना (चुनें|चुने)( .*)?", r"((श्रेणियाँ|श्रेणियां)\s*:?\s*)?श्रेणी (चुनें|चुने)( .*)?"),
    "bn": _bn(r"((আর্কাইভ|আর্কাইভস)\s*:?\s*)?মাস (নির্বাচন|বেছে নিন)( করুন)?( .*)?",
              r"((বিভাগ|ক্যাটাগরি)\s*:?\s*)?(বিভাগ|ক্যাটাগরি) নির্বাচন( করুন)?( .*)?"),
    "th": (r"(คลังเก็บ\s*:?\s*)?เลือกเดือน.*", r"(หมวดหมู่\s*:?\s*)?เลือกหมวดหมู่.*"),
}

# The post's meta line under a blog article, naming its categories and tags (the platforms'
# "This entry was posted in <categories> and tagged <tags>"): a tags line, however long.
POSTED_IN: Family = {
    "en": (r"this (entry|post|article) was (posted|filed) (in|under) .*",),
    "de": (r"dieser (eintrag|beitrag|artikel) wurde (in|unter) .* (veröffentlicht|abgelegt).*",
           r"dieser (eintrag|beitrag|artikel) wurde (veröffentlicht|abgelegt) (in|unter) .*"),
    "fr": (r"(cet article|ce billet|cette entrée) a été (publiée?|classée?) dans .*",),
    "es": (r"esta entrada (fue|ha sido) publicada en .*", r"este (artículo|post) (fue|ha sido) publicado en .*"),
    "it": (r"questa voce è stata pubblicata in .*", r"questo (articolo|post) è stato pubblicato in .*"),
    "pt": (r"esta entrada foi publicada em .*", r"este (artigo|post) foi publicado em .*"),
    "nl": (r"dit (bericht|artikel|item) (is|werd) geplaatst in .*",),
    "pl": (r"ten wpis (został )?opublikowan[oy] w .*",),
    "ru": (r"эта запись (была )?опубликована в рубрике .*",),
    "tr": (r"bu (yazı|girdi) .{1,80} kategorisine gönderilmiş.*",),
    "cs": (r"(tento )?(příspěvek|článek|záznam) byl (publikován|zveřejněn|zařazen|vložen) (v|do|pod) .*",),
    "sv": (r"(det här|detta) inlägg(et)? (postades|publicerades|skrevs) (i|under) .*",),
    "da": (r"(dette|det her) indlæg (blev |er )?(udgivet|publiceret|skrevet|postet|offentliggjort) (i|under) .*",),
    "nb": (r"(dette|det her) innlegget? (ble |er )?(publisert|postet|skrevet|lagt ut) (i|under) .*",),
    "fi": (r"tämä (artikkeli|kirjoitus|merkintä) (on )?(julkaistu|julkaistiin|kirjoitettiin|lähetettiin) "
           r"(kategoriassa|kategorioissa|aiheessa|aiheissa) .*",),
    "ro": _ro(r"(acest|această) (articol|intrare|postare) a fost (publicat|publicată|postat|postată) (în|la|pe) .*"),
    "hu": (r"ez a bejegyzés .{1,80} kategóriába került.*",
           r"ez a (bejegyzés|cikk) .{1,80} (kategóriában|rovatban) (jelent meg|lett közzétéve).*"),
    "el": _el(r"(αυτή η (καταχώρηση|καταχώριση|δημοσίευση|ανάρτηση)|αυτό το άρθρο) (δημοσιεύθηκε|δημοσιεύτηκε|αναρτήθηκε|καταχωρήθηκε) (στο|στην|στη|στα|στις|σε) .*"),
    "uk": (r"цей запис (був )?(опублікований|опубліковано|розміщений) (в|у) (рубриці|рубриках|категорії) .*",
           r"ця (стаття|публікація) (була )?опублікована (в|у) (рубриці|категорії) .*"),
    "he": (r"(פוסט|מאמר) זה (פורסם|נכתב) (ב|תחת) ?.*", r"(רשומה|כתבה) זו (פורסמה|נכתבה) (ב|תחת) ?.*"),
    "id": (r"(tulisan|entri|pos|artikel) ini (telah )?(dipublikasikan|ditulis|diposting|dikirim|diterbitkan|disiarkan) (di|dalam|pada) .*",),
    "vi": (r"(bài viết|mục) này (đã )?được (đăng|viết|xuất bản) (trong|tại|vào) .*",),
    "hi": _hi(r"यह (प्रविष्टि|पोस्ट|लेख) .{1,80} में (पोस्ट|प्रकाशित) (की गई|किया गया|की गयी)( थी| था)?.*"),
    "bn": _bn(r"এই (এন্ট্রি|পোস্ট|লেখা)(টি)? .{1,80}(বিভাগে|ক্যাটাগরিতে) (পোস্ট|প্রকাশ) করা হয়েছে.*"),
    "th": (r"(เรื่อง|บทความ|โพสต์|รายการ)นี้(ถูก)?(เขียน|โพสต์|เผยแพร่|บันทึก)(ไว้)?(ใน|ลงใน) ?.*",),
}

# The licence a site puts its content under, as a footer line ("Dieses Werk ist unter einer
# Creative Commons-Lizenz lizenziert"): the licence's name is the same in every language,
# and "licensed under" says it is the page's own terms, not a sentence about licences.
LICENSE_NOTICE: tuple[str, ...] = (
    r"\b(licensed under|unter (einer|der) creative|sous (la )?licence|bajo (una |la )?licencia|"
    r"sotto (una |la )?licenza|sob (uma |a )?licença|onder (een |de )?licentie|na licencji|по лицензии|"
    r"lisansı (altında|ile))\b.{0,120}creative[ -]commons|creative[ -]commons.{0,120}\b(lizenziert|licensed)\b",
)

# Calls to give money (donation.py: two hits make an appeal, one does in a short heading).
# The German, French, Spanish, Portuguese, Italian, Dutch and Arabic-script words that
# were already in rules/donation.py stay there; a phrase here must not repeat one of them
# ("jetzt spenden" holds "spenden"), or one call would count as two hits.
APPEAL: Family = {
    # with each language's call to become a member or a supporter, as the English "become a
    # member" (rules/donation.py): the imperative or a button's first person only
    "de": (r"\bunterstützen sie (uns|unsere arbeit|unabhängigen journalismus)\b",
           r"\bihr beitrag hilft\b", r"\b(werde|werden sie) (jetzt )?(fördermitglied|unterstützer(in)?)\b"),
    "fr": (r"\bfaites un don\b", r"\bsoutenez-nous\b", r"\bje (fais un don|soutiens)\b",
           r"\b(devenez|je deviens) (membre bienfaiteur|donateur|donatrice|mécène)\b",
           r"\bsoutenir (notre|le) (journalisme|média|travail)\b"),
    "es": (r"\bapoya (nuestro|el) periodismo\b", r"\bcolabora con nosotros\b",
           r"\b(hazte|quiero ser) (soci[oa]|mecenas)\b", r"\bayúdanos a (seguir|mantener)\b"),
    "it": (r"\bsostienici\b", r"\bsostieni (il|la nostra|il nostro) (giornalismo|informazione|lavoro)\b",
           r"\bdiventa (sostenitore|sostenitrice|socio sostenitore)\b"),
    "pt": (r"\bapoie (o|nosso) jornalismo\b", r"\b(torne-se|seja) (apoiador|apoiadora|sócio apoiador)\b"),
    "nl": (r"\bsteun (ons|onze journalistiek)\b", r"\bword (donateur|vriend van)\b"),
    "pl": (r"\bwesprzyj (nas|nasz[aą] (pracę|redakcję|dziennikarstwo)|niezależn\w+ (media|dziennikarstwo|redakcję))\b",
           r"\bdarowizn\w*", r"\bwpłać\b", r"\bkażda złotówka\b", r"\b(twoje|wasze) wsparcie\b", r"\bzostań patronem\b"),
    "ru": (r"\bпожертвова\w*", r"\bподдержите (нас|наш проект|редакцию|независим\w+ (журналистик\w+|сми|издани\w+))\b",
           r"\bпомогите (нам|проекту|редакции)\b", r"\bваш(а|е|и)? (поддержка|пожертвовани\w+|вклад)\b",
           r"\b(даже|всего) \d+ (рубл\w+|₽)"),
    "tr": (r"\bbağış( yap(ın)?)?\b", r"\bbize destek olun\b", r"\bdestekleyin\b"),
    "zh": (r"捐款|捐助|捐赠|捐贈|赞助我们|贊助我們|支持我们|支持我們|打赏|打賞",),
    "ja": (r"寄付|ご支援(を|ください)|募金",),
    "ko": (r"후원(하기|하세요|해 주세요)|기부(하기|하세요)", r"후원(에|을)? ?(참여|동참)", r"(독자 여러분의|여러분의) 후원",
           r"후원(금|회원|계좌)"),
    "ar": (r"ساهم معنا", r"ادعم (الصحافة|صحافة|الإعلام|إعلام|موقعنا|عملنا)", r"(دعمك|دعمكم|تبرعك|تبرعكم|مساهمتك) (يساعد|يساعدنا|يمكننا)",
           r"نعتمد على دعم (قرائنا|القراء|كم)"),
    "fa": (r"(از ما|از روزنامه‌نگاری مستقل|از رسانه مستقل) حمایت کنید", r"کمک (شما|های شما)", r"حمایت (شما|های شما)"),
    "ur": (r"(ہمارا|صحافت کا) ساتھ دیں", r"(ہماری|ہمیں) (مدد|مالی مدد) (کریں|کیجیے)", r"آپ کا (عطیہ|تعاون)"),
    "cs": (r"\bpodpořte (nás|naši práci|naši redakci|nezávisl\w+( \w+)? (žurnalistiku|redakci|média|zpravodajství))\b",
           r"\bpřispějte( nám)?\b", r"\bdarovat (přes|na|online)\b",
           r"\bdarujte (nám|jednorázově|pravidelně)\b"),
    "sv": (r"\bstöd (oss|vår journalistik|oberoende journalistik)\b", r"\bge en gåva\b", r"\bswisha (en gåva|ett bidrag)\b",
           r"\bbli (månadsgivare|stödmedlem)\b"),
    "da": (r"\bstøt (os|vores journalistik|uafhængig journalistik)\b", r"\bgiv (et bidrag|en gave)\b",
           r"\bbliv (støttemedlem|fast giver|månedlig giver)\b"),
    "nb": (r"\bstøtt (oss|vår journalistikk|uavhengig journalistikk)\b", r"\bgi (et bidrag|en gave)\b",
           r"\bbli (fast giver|støttemedlem|månedlig giver)\b"),
    "fi": (r"\btue (meitä|työtämme|riippumatonta journalismia)\b", r"\blahjoita\b", r"\btee lahjoitus\b",
           r"\bryhdy (kuukausilahjoittajaksi|tukijaksi|tukijäseneksi)\b"),
    "ro": _ro(r"\bsusține(ți)?-ne\b", r"\bsprijin(ă|iți)-ne\b", r"\bdonează\b", r"\bfă o donație\b",
              r"\b(susține|sprijină) (jurnalismul|presa) independent(ă)?\b"),
    "hu": (r"\btámogass(on|anak)? (minket|bennünket)\b", r"\badományoz(z|zon)\b", r"\btámogatói (tagság|hozzájárulás)\b"),
    "el": _el(r"\bκάν(τ)?ε (μια )?δωρεά\b", r"\bστηρίξτε (μας|την ανεξάρτητη δημοσιογραφία|το έργο μας)\b", r"\bστήριξέ μας\b"),
    "uk": (r"\bпідтримайте (нас|наш проєкт|наш проект|редакцію|незалежн\w+( \w+)? (журналістику|редакцію|медіа))\b",
           r"\bзадонат\w*",
           r"\bзробіть (внесок|пожертву)\b", r"\bпожертвуйте\b", r"\bваш(ий|а|е)? (внесок|підтримка|пожертва)\b"),
    "he": (r"\bתרמו (עכשיו|לנו|כאן)\b", r"\bתמכו בנו\b", r"\bלתרומה\b", r"\bתרומה חודשית\b"),
    "id": (r"\bdukung (kami|jurnalisme \w+|redaksi)\b", r"\btraktir (saya|kami|aku) (kopi|secangkir kopi)\b", r"\b((berikan|kirim|salurkan) )?donasi (anda )?(sekarang|di sini)\b|\b(berikan|kirim|salurkan) donasi( anda)?\b",
           r"\bsokong kami\b", r"\bderma sekarang\b", r"\bberdonasi\b"),
    "vi": (r"\bủng hộ (chúng tôi|tòa soạn|toà soạn)\b", r"\b(hãy )?quyên góp (ngay|cho chúng tôi)\b",
           r"\bđóng góp cho (chúng tôi|tòa soạn|toà soạn)\b"),
    "hi": _hi(r"(?<![\u0900-\u097f])दान (करें|दें)", r"हमें (सहयोग|समर्थन) (करें|दें)", r"हमारा समर्थन करें", r"आर्थिक (सहयोग|मदद) (करें|दें)",
              r"(पत्रकारिता|हमारा) (का )?साथ दें", r"आपका (छोटा सा |छोटा-सा )?(योगदान|सहयोग)"),
    "bn": _bn(r"(?<![\u0980-\u09ff])দান করুন", r"(?<![\u0980-\u09ff])অনুদান (দিন|করুন)", r"আমাদের (সমর্থন|সহযোগিতা) করুন",
              r"আমাদের পাশে দাঁড়ান"),
    # one call, one pattern: "ร่วมสนับสนุนเรา" holds "สนับสนุนเรา"
    "th": (r"(ร่วม)?สนับสนุน(เรา|พวกเรา|สำนักข่าว|สื่ออิสระ)", r"(ร่วม)?บริจาค(ให้เรา|ที่นี่|เลย)|ร่วมบริจาค"),
    "sw": (r"\bchangia( (sasa|leo|kazi yetu))?\b", r"\bmchango wako\b", r"\b(tuunge|iunge|kuunga) mkono\b",
           r"\bsaidia (uandishi|kazi yetu|shirika letu)\b"),
    "hr": (r"\bpodrž(i|ite) (nas|naš rad|nezavisn\w+ (novinarstvo|medij\w*|portal\w*))\b", r"\bdoniraj(te)?\b",
           r"\b(vaša|tvoja) donacija\b"),
    "sr": (r"\bподрж(и|ите) (нас|наш рад|независн\w+ (новинарство|медиј\w*|портал\w*))\b", r"\bдонирај(те)?\b",
           r"\b(ваша|твоја) донација\b"),
}


# A count as sites print it: digits with their group separators ("1.234", "1 234", "12,5"),
# maybe a magnitude ("1,2K", "3 тыс.", "1.2万").
_N = r"\d+(?:[.,\s’']\d+)*(?:\s*(?:k|m|mio|mln|mil|tys|tsd|тыс|млн|тис|rb|ribu|jt|万|萬|千|만|천)\.?)?"

# An update note is the article's, not a dateline: after its time and a colon a sentence
# follows ("Uppdaterad 09.30: Svävaren går enligt ordinarie tidtabell ..."), four words or more.
NOT_A_NOTE = r"(?!.*\d\s*[:：]\s+(?:\S+\s+){3}\S)"


def _dated(labels: str, preps: str = "", spaced: bool = True) -> tuple[str, ...]:
    """A dateline: a word for published or updated, maybe its preposition ("am", "le"), then
    the date within a few characters ("Veröffentlicht am 17. Dezember 2019 von Simon",
    "Publicado: Jueves, 21 Abril 2022 04:45"). Unspaced scripts write the date right after the
    word ("公開日2025年1月20日"). A bare "Datum:", "Fecha:" is left out: an article's list of
    events gives each its date so ("Date: Summit on 7 December 2026", bench/dev 4367)."""
    end = r"(?!\w)" if spaced else ""
    after = rf"(\s+({preps}))?" if preps else ""
    return (NOT_A_NOTE + rf"({labels}){end}{after}\s*[:：]?\s*.{{0,12}}\d.*",)


# When the page was published or updated, on a line of its own, in the other languages (the
# English is in rules/chrome.py): `byline_dateline`. Whole-block, up to 12 words: the line
# opens with the word, as no sentence about publishing does ("Veröffentlicht wurde das Buch
# 1998" has no number within a few characters of the word).
# ... nor the year a book or a record came out, which Danish, Norwegian and Finnish give the
# word as a dateline does: "Publiceret i 1998 af Gyldendal ...", "Julkaistu vuonna 1998 ...".
_NOT_A_YEAR = r"(?!.{0,25}?\s(i|vuonna)\s+\d{4}\b)"
DATELINE: Family = {
    "de": _dated(r"veröffentlicht|aktualisiert|zuletzt (aktualisiert|geändert)|erstellt|geändert|erschienen",
                 r"am|um|vom"),
    "fr": _dated(r"publié|mis à jour|modifié|mise à jour|date de publication|dernière mise à jour", r"le|à"),
    "es": _dated(r"publicado|actualizado|modificado|última actualización|fecha de publicación", r"el|a las"),
    "it": _dated(r"pubblicato|aggiornato|modificato|ultima modifica|data di pubblicazione", r"il|alle"),
    "pt": _dated(r"publicado|atualizado|actualizado|modificado|última atualização|data de publicação", r"em|às|a"),
    "nl": _dated(r"gepubliceerd|bijgewerkt|geplaatst|laatst bijgewerkt|gewijzigd", r"op|om"),
    "pl": _dated(r"opublikowano|zaktualizowano|aktualizacja|dodano|data publikacji", r"w dniu|dnia") + (
        # the record card ("Metryczka") every page of a Polish public body's bulletin (BIP)
        # ends with, by law: who produced, published and changed the information, and when
        # (its bare heading also heads a museum object's card, which is an article's)
        r"(podmiot udostępniający informację|informację (wytworzył|opublikował|wprowadził|zmodyfikował|zredagował|"
        r"udostępnił)a?|(osoba|autor) (wytwarzając\w*|odpowiedzialn\w* za|udostępniając\w*|wprowadzając\w*|publikując\w*) informacj\w*|"
        r"(data )?(wytworzenia|udostępnienia|opublikowania|publikacji|wprowadzenia|modyfikacji|ostatniej "
        r"(zmiany|modyfikacji|aktualizacji)) (informacji|dokumentu))\s*[:：]\s*\S.{0,80}",),
    "ru": _dated(r"опубликовано|обновлено|изменено|дата публикации", r"в"),
    "tr": _dated(r"yayınlanma( tarihi)?|yayın tarihi|güncellenme( tarihi)?|güncelleme|son güncelleme"),
    "zh": _dated(r"发布时间|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|更新时间|更新時間|发表于|發表於|发布于|發佈於",
                 spaced=False),
    "ja": _dated(r"最終更新日|公開日|更新日|投稿日|掲載日|配信日|作成日", spaced=False),
    "ko": _dated(r"기사입력|최종수정|입력|수정|등록|게시|작성일|업데이트|발행"),
    "ar": _dated(r"تاريخ النشر|آخر تحديث|تم التحديث|نشر|نُشر|تحديث", r"في|بتاريخ"),
    "fa": _dated(r"تاریخ انتشار|آخرین به‌روزرسانی|به‌روزرسانی|منتشر شده", r"در"),
    "ur": _dated(r"تاریخ اشاعت|شائع|اپ ڈیٹ", r"کی گئی|ہوا"),
    "ps": _dated(r"خپره شوې|خپور شوی|نوې شوې"),
    "cs": _dated(r"publikováno|aktualizováno|vloženo|zveřejněno"),
    "sv": _dated(r"publicerad|uppdaterad|publicerat|uppdaterat", r"den|kl\.?"),
    "da": tuple(_NOT_A_YEAR + p for p in _dated(r"publiceret|opdateret|senest opdateret|sidst opdateret|offentliggjort",
                                                r"den|kl\.?")),
    "nb": tuple(_NOT_A_YEAR + p for p in _dated(r"publisert|oppdatert|sist oppdatert|sist endret", r"den|kl\.?")),
    "fi": tuple(_NOT_A_YEAR + p for p in _dated(r"julkaistu|päivitetty|muokattu|viimeksi päivitetty|julkaisupäivä", r"klo\.?")),
    "ro": _ro(*_dated(r"publicat|actualizat|ultima actualizare", r"la|pe|în")),
    "hu": _dated(r"közzétéve|frissítve|megjelent|publikálva|utolsó frissítés"),
    "el": _el(*_dated(r"δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|ενημέρωση|τελευταία ενημέρωση", r"στις|την")),
    "uk": _dated(r"опубліковано|оновлено|змінено|дата публікації", r"в|о"),
    "he": _dated(r"פורסם|עודכן|עדכון אחרון", r"ב|בתאריך"),
    "id": _dated(r"diterbitkan|dipublikasikan|dipublikasi|diperbarui|diunggah|terbit", r"pada"),
    "vi": _dated(r"cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản", r"lúc|ngày"),
    "hi": _hi(*_dated(r"प्रकाशित|अपडेटेड|अपडेट|अद्यतन|प्रकाशन तिथि", r"किया गया|हुआ")),
    "bn": _bn(*_dated(r"প্রকাশিত|প্রকাশ|আপডেট|হালনাগাদ", r"করা হয়েছে")),
    # ... and a Thai date alone, as Thai news sites print it under the headline: the weekday,
    # the day, the month and the Buddhist-era year ("วันศุกร์ที่ 15 มีนาคม พ.ศ. 2567 10:30 น.")
    "th": (*_dated(r"เผยแพร่|อัปเดต|อัพเดท|โพสต์|ปรับปรุงล่าสุด", r"เมื่อ", spaced=False),
           r"(วัน(จันทร์|อังคาร|พุธ|พฤหัส(บดี)?|ศุกร์|เสาร์|อาทิตย์)(ที่)?\s*)?\d{1,2}\s*"
           r"(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
           r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*"
           r"((พ\.ศ\.|ค\.ศ\.)\s*)?\d{2,4}(\s*(เวลา\s*)?\d{1,2}[:.]\d{2}(\s*น\.?)?)?"),
}


# A site's visitor counter, as personal, club and hobby sites print it under their pages
# ("You are visitor number 12,345", "Vous êtes le 18 742e visiteur depuis le 1er mars
# 2003", "Aantal bezoekers: 2.106"). The number may be an image the text lost: "You are
# visitor number" alone.
_SINCE = r"(\s+(since|depuis|sinds|seit|dal|desde)\s+[\w .,'’]{1,30})?"
VISITOR_COUNT: Family = {
    "en": (r"you are (the )?(visitor|guest)( (number|no\.?|#))?\s*:?\s*(" + _N + r")?" + _SINCE,
           r"you are (the )?" + _N + r"\s*(st|nd|rd|th)? (visitor|guest)" + _SINCE,
           r"(total |unique )?visitors" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*(unique )?visitors" + _SINCE),
    "fr": (r"vous êtes le (visiteur|" + _N + r"\s*(e|è|ème|eme)? visiteur)( (n°|no|numéro))?\s*(" + _N + r")?" + _SINCE,
           r"(nombre de )?visiteurs" + _SINCE + r"( la création)?\s*:?\s*" + _N, _N + r"\s*visiteurs" + _SINCE),
    "nl": (r"(je|u) bent (de )?bezoeker( (nummer|nr\.?))?\s*(" + _N + r")?" + _SINCE,
           r"(je|u) bent (de )?" + _N + r"\s*(e|ste)? bezoeker" + _SINCE,
           r"(aantal )?bezoekers" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*bezoekers" + _SINCE),
    "de": (r"(sie sind|du bist) (der )?besucher( (nr\.?|nummer))?\s*(" + _N + r")?" + _SINCE,
           r"(sie sind|du bist) (der )?" + _N + r"\.? besucher" + _SINCE,
           r"besucher(zahl)?" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*besucher" + _SINCE),
    "it": (r"(sei|siete) il visitatore( (numero|n\.?|n°))?\s*(" + _N + r")?" + _SINCE,
           r"(numero )?(di )?visitatori" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*visitatori" + _SINCE,
           r"visite\s*:\s*" + _N),
    "es": (r"(eres|usted es) el visitante( (número|nº|n°))?\s*(" + _N + r")?" + _SINCE,
           r"visitantes" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*visitantes" + _SINCE),
    "pt": (r"(você é o|és o) visitante( (número|nº|n°))?\s*(" + _N + r")?" + _SINCE,
           r"visitantes" + _SINCE + r"\s*:?\s*" + _N, _N + r"\s*visitantes" + _SINCE),
}

# View and read counters and reading times: "1.234 Aufrufe", "Lesezeit: 3 Min.", "閲覧数 1,234".
# Whole-block, as the English `view_counter`: the counter is the block; "3 Minuten" or a
# number in a sentence is never one. The reading time needs its reading word.
VIEW_COUNTER: Family = {
    "de": (_N + r"\s*(aufrufe|ansichten|views|klicks|leser|mal (gelesen|angesehen|aufgerufen))",
           r"(aufrufe|ansichten|gelesen|bereits gelesen)\s*:?\s*" + _N + r"( ?(mal|x))?",
           r"(bereits )?" + _N + r"\s*(mal|x) gelesen",
           r"(geschätzte )?(lesezeit|lesedauer)\s*:?\s*(ca\.\s*|etwa\s*|rund\s*)?\d+\s*(min\.?|minuten?)",
           r"(ca\.\s*)?\d+\s*(min\.?|minuten?)\s*(lesezeit|lesedauer|lesen)"),
    "fr": (_N + r"\s*(vues|lectures|consultations|visites)", r"(vues|lectures|consultations)\s*:?\s*" + _N,
           r"lu " + _N + r" fois",
           r"(temps de lecture|durée de lecture|lecture)\s*:?\s*(environ\s*|env\.\s*)?\d+\s*(min\.?|minutes?)",
           r"(environ\s*)?\d+\s*(min\.?|minutes?) de lecture"),
    "es": (_N + r"\s*(vistas|visitas|lecturas|visualizaciones|lectores)", r"(vistas|visitas|lecturas)\s*:?\s*" + _N,
           r"leído " + _N + r" veces",
           r"(tiempo de lectura|lectura)\s*:?\s*(aprox\.\s*|unos\s*)?\d+\s*(min\.?|minutos?)",
           r"lectura de \d+\s*(min\.?|minutos?)", r"\d+\s*(min\.?|minutos?) de lectura"),
    "it": (_N + r"\s*(visualizzazioni|letture|visite|views)", r"(visualizzazioni|letture|visite)\s*:?\s*" + _N,
           r"letto " + _N + r" volte",
           r"(tempo di lettura|lettura)\s*:?\s*(circa\s*)?\d+\s*(min\.?|minut[oi])",
           r"\d+\s*(min\.?|minut[oi]) di lettura"),
    "pt": (_N + r"\s*(visualizações|leituras|visitas|acessos)", r"(visualizações|leituras|visitas|acessos)\s*:?\s*" + _N,
           r"lido " + _N + r" vezes",
           r"(tempo de leitura|leitura)\s*:?\s*(cerca de\s*)?\d+\s*(min\.?|minutos?)",
           r"\d+\s*(min\.?|minutos?) de leitura"),
    "nl": (_N + r"\s*(weergaven|keer (bekeken|gelezen)|views|lezers)", r"(weergaven|bekeken|gelezen)\s*:?\s*" + _N + r"( keer)?",
           r"(leestijd|leesduur)\s*:?\s*(ca\.\s*|ongeveer\s*)?\d+\s*(min\.?|minuten|minuut)",
           r"\d+\s*(min\.?|minuten|minuut)\s*(leestijd|lezen)"),
    "pl": (_N + r"\s*(wyświetle(ń|nia|nie)|odsłon(y|a)?|odczyt(ów|y)?)", r"(wyświetlenia|odsłony|odsłon)\s*:?\s*" + _N,
           r"(liczba|ilość) (odwiedzin|wyświetleń|odsłon)\s*:?\s*" + _N,
           r"(czas (czytania|lektury))\s*:?\s*(ok\.\s*|około\s*)?\d+\s*(min\.?|minut[ay]?|minutę)",
           r"\d+\s*(min\.?|minut[ay]?|minutę) (czytania|lektury)", r"przeczytasz w \d+\s*(min\.?|minut[ay]?|minutę)"),
    "ru": (_N + r"\s*просмотр(ов|а)?", r"просмотр(ов|ы)?\s*:?\s*" + _N,
           r"время (чтения|прочтения)\s*:?\s*(~\s*|около\s*|примерно\s*)?\d+\s*(мин\.?|минут[аы]?)",
           r"\d+\s*(мин\.?|минут[аы]?) (чтения|на чтение|на прочтение)", r"читать \d+\s*(мин\.?|минут[аы]?)"),
    "tr": (_N + r"\s*(görüntülenme|okunma|kez okundu|kez görüntülendi|okuma)", r"(okunma|görüntülenme)( sayısı)?\s*:?\s*" + _N,
           r"okuma süresi\s*:?\s*(yaklaşık\s*)?\d+\s*(dk\.?|dakika)",
           r"\d+\s*(dk\.?|dakika)(lık)? okuma( süresi)?"),
    # "被浏览 3.2k 次" (viewed 3.2k times), as Q&A sites print it
    "zh": (r"(已?被)?(阅读|閱讀|浏览|瀏覽|点击|點擊|阅读量|閱讀量|阅读数|閱讀數|浏览量|瀏覽量|浏览次数|瀏覽次數|点击量|點擊量|人气|人氣|观看|觀看)"
           r"\s*[:：]?\s*" + _N + r"\s*次?",
           _N + r"\s*(次|人)?\s*(阅读|閱讀|浏览|瀏覽|观看|觀看|点击|點擊)",
           r"(预计)?(阅读|閱讀)(时间|時間|时长|時長|本文需要?|全文需要?|需要?)\s*[:：]?\s*(约|約|大约|大約)?\s*\d+\s*(分钟|分鐘)",
           r"(约|約|大约|大約)?\s*\d+\s*(分钟|分鐘)\s*(阅读|閱讀|读完|讀完)"),
    "ja": (r"(閲覧数|閲覧|ビュー数|アクセス数|表示回数)\s*[:：]?\s*" + _N + r"\s*(回|件)?", _N + r"\s*(回閲覧|ビュー)", r"pv\s*[:：]?\s*" + _N + "|" + _N + r"\s*pv",
           r"この記事は(約|およそ)?\s*\d+\s*分で読めます", r"(約|およそ)?\s*\d+\s*分で読めます",
           r"(読了時間|読了目安|読むのにかかる時間)\s*[:：]?\s*(約|およそ)?\s*\d+\s*分(程度)?"),
    # ... and a board's visitor counts ("접속자 87명", "오늘 방문 1,932 / 전체 4,118,204")
    "ko": (r"조회(수)?\s*:?\s*" + _N + r"\s*(회)?", _N + r"\s*(회 조회|조회)", r"(현재 )?접속자\s*:?\s*" + _N + r"\s*명?",
           r"(오늘|어제|전체|총) ?(방문(자)?)?\s*:?\s*" + _N + r"(\s*/\s*(오늘|어제|전체|총) ?(방문(자)?)?\s*:?\s*" + _N + r")+",
           r"(예상 )?(읽는|읽기) 시간\s*:?\s*(약\s*)?\d+\s*분", r"(약\s*)?\d+\s*분 (분량|읽기|소요)"),
    "ar": (_N + r"\s*(مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زيارات)", r"(عدد )?(المشاهدات|مشاهدات|القراءات|الزيارات|قراءات)\s*:?\s*" + _N,
           r"(وقت|مدة) القراءة\s*:?\s*(حوالي\s*)?\d+\s*(دقيقة|دقائق|د)",
           r"\d+\s*(دقيقة|دقائق) (للقراءة|قراءة)"),
    "fa": (_N + r"\s*(بازدید|مشاهده|بار خوانده شده)", r"(تعداد )?(بازدید|بازدیدها|مشاهده)\s*:?\s*" + _N,
           r"(زمان|مدت زمان|مدت) (مطالعه|خواندن)\s*:?\s*(حدود\s*)?\d+\s*دقیقه",
           r"\d+\s*دقیقه (مطالعه|خواندن)"),
    "ur": (_N + r"\s*(ویوز|مرتبہ دیکھا گیا|بار دیکھا گیا|بار پڑھا گیا)", r"(ویوز|مناظر)\s*:?\s*" + _N,
           r"(پڑھنے کا (وقت|دورانیہ))\s*:?\s*\d+\s*منٹ", r"\d+\s*منٹ (کا مطالعہ|میں پڑھیں)"),
    "ps": (_N + r"\s*(لیدنې|کتنې|ځله کتل شوی)", r"(لیدنې|کتنې)\s*:?\s*" + _N,
           r"د لوستلو وخت\s*:?\s*\d+\s*دقیق(ې|ه|و)", r"\d+\s*دقیق(ې|ه|و) لوستل"),
    "cs": (_N + r"\s*(zobrazení|přečtení|zhlédnutí|shlédnutí)", r"(přečteno|zobrazeno|zobrazení|přečtení)\s*:?\s*" + _N + r"(\s*(×|x|krát))?",
           r"(doba|čas) čtení\s*:?\s*(cca\s*|asi\s*)?\d+\s*(min\.?|minut[ay]?|minutu)",
           r"\d+\s*(min\.?|minut[ay]?|minutu) čtení"),
    "sv": (_N + r"\s*(visningar|läsningar|sidvisningar|gånger läst)", r"(visningar|läst)\s*:?\s*" + _N + r"( gånger)?",
           r"(lästid|läsningstid)\s*:?\s*(ca\s*|cirka\s*)?\d+\s*(min\.?|minuter|minut)",
           r"\d+\s*(min\.?|minuter|minut)s? (lästid|läsning)"),
    "da": (_N + r"\s*(visninger|sidevisninger|læsninger|gange læst)", r"(visninger|læst)\s*:?\s*" + _N + r"( gange)?",
           r"læsetid\s*:?\s*(ca\.?\s*|cirka\s*)?\d+\s*(min\.?|minutter|minut)",
           r"\d+\s*(min\.?|minutter|minut)s? (læsetid|læsning)"),
    "nb": (_N + r"\s*(visninger|sidevisninger|lesninger|ganger lest)", r"(visninger|lest)\s*:?\s*" + _N + r"( ganger)?",
           r"lesetid\s*:?\s*(ca\.?\s*|cirka\s*)?\d+\s*(min\.?|minutter|minutt)",
           r"\d+\s*(min\.?|minutter|minutt)s? (lesetid|lesing)"),
    "fi": (_N + r"\s*(katselukertaa|lukukertaa|näyttökertaa|lukijaa|kertaa luettu)",
           r"(luettu|katsottu|katselukerrat|lukukerrat|näyttökerrat)\s*:?\s*" + _N + r"( kertaa)?",
           r"lukuaika\s*:?\s*(noin\s*|n\.\s*)?\d+\s*(min\.?|minuuttia|minuutti)",
           r"\d+\s*(min\.?|minuutin|minuuttia) (lukuaika|lukuaikaa|luettava)"),
    "ro": _ro(_N + r"\s*(de )?(vizualizări|afișări|citiri|accesări)", r"(vizualizări|afișări|citiri|accesări)\s*:?\s*" + _N,
              r"(timp de (lectură|citire)|durata (lecturii|citirii))\s*:?\s*(aproximativ\s*|cca\.?\s*)?\d+\s*(min\.?|minute|minut)",
              r"\d+\s*(min\.?|minute|minut) (de )?(lectură|citire)"),
    "hu": (_N + r"\s*(megtekintés|olvasás|olvasó|megjelenés)", r"(megtekintések|megtekintve|olvasottság|olvasva)\s*:?\s*" + _N + r"( alkalommal| x)?",
           r"(olvasási idő|olvasási időtartam)\s*:?\s*(kb\.\s*|körülbelül\s*)?\d+\s*(perc|p\.?)",
           r"\d+\s*(perc|p\.?)(es)? (olvasás|olvasnivaló|olvasási idő)"),
    "el": _el(_N + r"\s*(προβολές|αναγνώσεις)", r"(προβολές|αναγνώσεις)\s*:?\s*" + _N,
              r"(χρόνος ανάγνωσης|ανάγνωση)\s*:?\s*(περίπου\s*)?\d+\s*(λεπτά|λεπτό|λεπ\.|λ\.)",
              r"\d+\s*(λεπτά|λεπτό|λεπ\.|λ\.) (ανάγνωση|ανάγνωσης|διάβασμα)"),
    "uk": (_N + r"\s*перегляд(ів|и)?", r"перегляд(ів|и)\s*:?\s*" + _N,
           r"час (читання|на читання|прочитання)\s*:?\s*(~\s*|близько\s*)?\d+\s*(хв\.?|хвилин[аи]?)",
           r"\d+\s*(хв\.?|хвилин[аи]?) (читання|на читання)"),
    "he": (_N + r"\s*צפיות", r"(מספר )?צפיות\s*:?\s*" + _N,
           r"זמן קריאה\s*:?\s*(כ-?\s*)?\d+\s*(דקות|דקה|דק['׳]?)", r"\d+\s*(דקות|דק['׳]) (קריאה|לקריאה)"),
    "id": (_N + r"\s*(kali dibaca|kali dilihat|dibaca|dilihat|pembaca|tayangan|tontonan|bacaan)",
           r"(dibaca|dilihat|tayangan)\s*:?\s*" + _N + r"( ?(kali|x))?",
           r"(waktu|lama|masa) (baca|membaca)\s*:?\s*(sekitar\s*|kurang lebih\s*)?\d+\s*(menit|mnt|minit)",
           r"\d+\s*(menit|mnt|minit) (membaca|baca|bacaan)"),
    "vi": (_N + r"\s*(lượt xem|lượt đọc)", r"(lượt xem|lượt đọc)\s*:?\s*" + _N,
           r"thời gian đọc\s*:?\s*(khoảng\s*)?\d+\s*phút", r"(khoảng\s*)?\d+\s*phút (đọc|để đọc)"),
    "hi": _hi(_N + r"\s*(बार देखा गया|बार पढ़ा गया|व्यूज़|व्यू)", r"(व्यूज़|व्यू)\s*:?\s*" + _N,
              r"पढ़ने का समय\s*:?\s*(लगभग\s*)?\d+\s*(मिनट|मिनिट)", r"\d+\s*(मिनट|मिनिट) (में पढ़ें|का पाठ|पढ़ें)"),
    "bn": _bn(_N + r"\s*(বার দেখা হয়েছে|বার পড়া হয়েছে|বার পঠিত|ভিউ)", r"(ভিউ|পঠিত)\s*:?\s*" + _N,
              r"(পড়ার সময়|পড়তে সময় লাগবে)\s*:?\s*(প্রায়\s*)?\d+\s*মিনিট", r"\d+\s*মিনিটে পড়ুন|\d+\s*মিনিট(ের)? পড়া"),
    "th": (r"(เปิดอ่าน|อ่าน|เข้าชม|ผู้เข้าชม|ยอดเข้าชม|ยอดวิว|วิว|ผู้ชม)\s*:?\s*" + _N + r"\s*(ครั้ง|คน|วิว)?",
           _N + r"\s*(วิว|views)",
           r"(ระยะ)?เวลา(ในการ)?อ่าน\s*:?\s*(ประมาณ\s*)?\d+\s*นาที", r"(อ่าน(ประมาณ)?\s*)?\d+\s*นาที\s*(ในการอ่าน|อ่าน|อ่านจบ)"),
}

# The headings WordPress themes print for screen readers above the links to the previous and
# next post, and to the pages of a post's comments ("Post navigation"), in each translation
# of WordPress.
POST_NAVIGATION: Family = {
    "en": (r"(post|posts|comment|comments) navigation",),
    "de": (r"beitrags-?navigation|kommentar-?navigation",),
    "fr": (r"navigation (des|de l['’]) ?(articles?|commentaires?)",),
    "es": (r"navegación de (entradas|comentarios)",),
    "it": (r"navigazione (articoli|commenti)",),
    "pt": (r"navegação de (posts?|artigos?|comentários)",),
    "nl": (r"(bericht|berichten|reactie)-?navigatie",),
}

# A wiki's links to edit a section, alone on their line as a text dump prints them ("[
# Quelltext bearbeiten ]", "Editar", "[править | править код]"); beside a heading, each is
# cut from it (read/edit_links.py, whose words these are).
EDIT_LINK: Family = {lang: (rf"({word})(\s*\|\s*({word}))?",) for lang, word in EDIT_WORDS.items()}

# Menu and footer links, standing alone as a block: the site's home, search, contact, imprint,
# privacy and terms pages, "back to top" and "skip to content" links, "load more" and page
# counters, font size switchers, breadcrumbs starting at the home page, and the copyright
# line. Whole-block, as the English `navigation`: a sentence that uses the words stays. Left
# out: section names (a bare "Politik"), and words an article uses as a heading ("Recherche",
# "Úvod", "Giới thiệu" are also "research" and "introduction"; Persian "خانه" a house).
_CRUMB = r"\s*[/>»›|<«‹＞→]\s*.*"
NAVIGATION: Family = {
    "de": (r"startseite|hauptmenü|menü|(zur )?suche|suchen|sitemap|seitenübersicht|kontakt(formular)?|"
           r"über uns|datenschutz(erklärung|hinweise|einstellungen|bestimmungen)?|agb|nutzungsbedingungen|"
           r"barrierefreiheit|mediadaten|werbung|rss-feeds?",
           r"(nach|zum) (oben|seitenanfang)|seitenanfang|nach oben scrollen|(direkt |springe )?zum (haupt)?inhalt( springen| wechseln)?|"
           r"zur (haupt)?navigation( springen)?|(menü|navigation|suche) (öffnen|schließen)|schließen",
           r"(mehr|weitere) (laden|anzeigen)|mehr (artikel|beiträge|nachrichten|meldungen) (laden|anzeigen)|alle anzeigen|"
           r"seite \d+ von \d+|(nächste|vorherige|erste|letzte) seite|(ältere|neuere) (beiträge|einträge|artikel)",
           r"(schriftgröße|textgröße)\b.*|(artikel )?vorlesen",
           r"(startseite|übersicht)" + _CRUMB),
    "fr": (r"(page d['’])?accueil|menu( principal)?|rechercher|recherche avancée|plan du site|contact(ez-nous)?|nous contacter|"
           r"mentions légales|(politique de )?confidentialité|données personnelles|conditions générales( d['’]utilisation| de vente)?|"
           r"cgu|cgv|qui sommes-nous|à propos|gestion des cookies|publicité|accessibilité",
           r"haut de (la )?page|(revenir|remonter) en haut( de (la )?page)?|(aller|passer) (au|directement au) contenu( principal)?|"
           r"aller à la navigation|(ouvrir|fermer) le menu|fermer",
           r"(voir|afficher|charger) plus( d['’](articles|actualités|résultats))?|plus d['’]articles|"
           r"page \d+ (sur|de) \d+|page (suivante|précédente)|articles plus (anciens|récents)",
           r"taille (du texte|de la police|des caractères).*|écouter( l['’]article| cet article)?",
           r"accueil" + _CRUMB),
    "es": (r"inicio|portada|página de inicio|menú( principal)?|buscar|buscador|mapa (del sitio|web)|contacto|contáctanos|contáctenos|"
           r"aviso legal|política de (privacidad|cookies)|términos (y condiciones|de uso)|condiciones de uso|quiénes somos|"
           r"sobre nosotros|acerca de|publicidad|accesibilidad|hemeroteca",
           r"(volver|ir) arriba|volver al inicio|(ir|saltar) al contenido( principal)?|(abrir|cerrar) (el )?menú|cerrar",
           r"(cargar|mostrar) más( (noticias|artículos|entradas|resultados))?|ver todo|página \d+ de \d+|página (siguiente|anterior)|"
           r"entradas (anteriores|más recientes|siguientes)",
           r"tamaño (de (la )?)?(letra|fuente|texto).*|escuchar( (la )?noticia| (el )?artículo)?",
           r"(inicio|portada)" + _CRUMB),
    "it": (r"menù|cerca|mappa del sito|contatti|contattaci|chi siamo|note legali|privacy policy|cookie policy|"
           r"termini (e condizioni|di utilizzo|d['’]uso)|condizioni d['’]uso|pubblicità|accessibilità",
           r"torna (su|in alto|all['’]inizio)|(vai|salta) al contenuto( principale)?|(apri|chiudi) (il )?menu|chiudi",
           r"(carica|mostra|vedi|visualizza) (altri|altro|di più|tutti)( (articoli|notizie|post))?|pagina \d+ di \d+|"
           r"pagina (successiva|precedente)|articoli (precedenti|successivi|meno recenti|più recenti)",
           r"dimensione (del )?(testo|carattere).*|ascolta( l['’]articolo| questo articolo)?"),
    "pt": (r"início|página inicial|menu( principal)?|pesquisar|buscar|mapa do site|contato|contacto|contactos|fale conosco|"
           r"contacte-nos|quem somos|sobre nós|política de privacidade|termos (de uso|e condições)|aviso legal|publicidade|"
           r"acessibilidade",
           r"voltar ao topo|ir para o topo|topo|(ir|pular|saltar) para o conteúdo( principal)?|(abrir|fechar) (o )?menu|fechar",
           r"(carregar|ver|mostrar) mais( (notícias|artigos|posts|matérias))?|página \d+ de \d+|(próxima|página seguinte|página anterior)|"
           r"posts (mais antigos|mais recentes)",
           r"tamanho (da )?(fonte|letra|texto).*|ouvir( (a )?(notícia|matéria)| (o )?artigo)?",
           r"(início|página inicial)" + _CRUMB),
    "nl": (r"zoeken|zoek|sitemap|neem contact op|over ons|colofon|privacy(beleid|verklaring)|cookiebeleid|algemene voorwaarden|"
           r"adverteren|toegankelijkheid|advertentie",
           r"(terug )?naar boven|(ga |spring |direct )?naar (de )?(hoofd)?inhoud|menu (openen|sluiten)|sluiten",
           r"(laad|toon|meer) (meer|laden)( (artikelen|berichten|nieuws))?|bekijk alles|pagina \d+ van \d+|(volgende|vorige) pagina|"
           r"(oudere|nieuwere) berichten",
           r"(lettergrootte|tekstgrootte).*|voorlezen|beluister( dit artikel)?"),
    "pl": (r"strona główna|szukaj|wyszukaj|wyszukiwarka|mapa (strony|serwisu)|kontakt|o nas|regulamin|polityka (prywatności|cookies)|"
           r"reklama|deklaracja dostępności|dostępność",
           r"(do|na) góry|powrót do góry|przejdź do (treści|zawartości|menu|głównej treści)|otwórz menu|zamknij( menu)?",
           r"(załaduj|pokaż|wczytaj) (więcej|wszystkie)( (artykułów|wiadomości|wpisów))?|strona \d+ z \d+|(następna|poprzednia) strona|"
           r"(starsze|nowsze) wpisy",
           r"(rozmiar|wielkość) (czcionki|tekstu).*|(posłuchaj|odsłuchaj)( artykułu)?",
           r"strona główna" + _CRUMB),
    "ru": (r"главная( страница)?|на главную|меню|поиск|карта сайта|контакты|обратная связь|о нас|о проекте|о компании|"
           r"политика конфиденциальности|пользовательское соглашение|правила (сайта|использования)|реклама( на сайте)?|рекламодателям",
           r"наверх|вверх|в начало страницы|перейти к (содержимому|содержанию|основному содержимому)|(открыть|закрыть) меню|закрыть",
           r"(показать|загрузить) (ещё|еще|больше|все)( (новости|статьи|материалы))?|(ещё|еще) новости|страница \d+ из \d+|"
           r"(следующая|предыдущая) страница|(более )?(старые|новые) записи",
           r"размер шрифта.*|(слушать|прослушать)( статью)?|версия для слабовидящих",
           r"главная" + _CRUMB),
    "tr": (r"ana ?sayfa|menü|ara|arama yap|site haritası|iletişim|bize ulaşın|hakkımızda|künye|gizlilik (politikası|sözleşmesi)|"
           r"kullanım (koşulları|şartları)|çerez politikası|kvkk|reklam|erişilebilirlik|kategoriler|kurumsal|uygulamalar",
           r"yukarı çık|başa dön|sayfa başı|en üste (çık|dön)|içeriğe (geç|atla)|menüyü (aç|kapat)|kapat",
           r"daha fazla (göster|yükle)|tümünü gör|sayfa \d+ ?/ ?\d+|(sonraki|önceki) sayfa|daha (eski|yeni) yazılar",
           r"(yazı|font) (boyutu|büyüklüğü).*|(haberi )?dinle",
           r"ana ?sayfa" + _CRUMB),
    "zh": (r"首页|首頁|主页|主頁|网站首页|網站首頁|菜单|菜單|导航|導航|搜索|搜尋|站内搜索|网站地图|網站地圖|联系我们|聯絡我們|聯繫我們|"
           r"关于我们|關於我們|隐私政策|隱私權政策|免责声明|免責聲明|使用条款|使用條款|服务条款|服務條款|广告服务|廣告服務|"
           r"意见反馈|意見反饋|帮助中心|幫助中心|广告|廣告|栏目导航|欄目導航|加入收藏|设为首页|設為首頁",
           r"跳(至|到)(主要)?内容|跳(至|到)(主要)?內容|关闭|關閉",
           r"(加载|載入|加載|查看|显示|顯示|点击加载)更多|上一页|下一页|上一頁|下一頁", r"(第|共)\s*\d+\s*(页|頁)",
           r"(字号|字號|字体大小|字體大小)\s*[:：]?\s*([大中小]\s*)*",
           r"(首页|首頁|主页|主頁)" + _CRUMB, r"(当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|您所在的位置)\s*[:：].*"),
    "ja": (r"トップ(ページ)?|ホーム|メニュー|検索|サイトマップ|お問い?合わせ|問い合わせ|会社概要|運営会社|プライバシーポリシー|"
           r"個人情報保護方針|個人情報の取り?扱い|利用規約|免責事項|広告掲載|特定商取引法に基づく表記|よくある質問|広告",
           r"(この)?ページ(の)?(先頭|トップ|上部)へ(戻る)?|(先頭|トップ|上)に戻る|上へ戻る|ページトップ|本文へ(スキップ|移動)|"
           r"コンテンツへスキップ|メインコンテンツへ移動|閉じる|メニューを(開く|閉じる)",
           r"(もっと|さらに)(見る|読み込む)|すべて見る|一覧を見る|一覧へ|(次|前)のページ|\d+\s*/\s*\d+\s*ページ|\d+\s*ページ目",
           r"文字(サイズ|の大きさ)\s*[:：]?.*",
           r"(トップ|ホーム)" + _CRUMB),
    "ko": (r"홈으로|메뉴|전체 ?메뉴|검색|사이트맵|문의하기|고객센터|회사소개|이용약관|청소년 ?보호 ?정책|광고 ?문의|제휴 ?문의|"
           r"기사 ?제보|광고",
           r"위로( 가기)?|본문 ?바로 ?가기|닫기|메뉴 (열기|닫기)",
           r"(이전|다음) ?페이지|\d+ ?페이지",
           r"(글자|글씨) ?크기.*|(기사 )?듣기",
           r"홈" + _CRUMB, r"홈"),
    "ar": (r"(الصفحة )?الرئيسية|القائمة( الرئيسية)?|بحث|ابحث|خريطة الموقع|اتصل بنا|تواصل معنا|من نحن|عن الموقع|"
           r"سياسة الخصوصية|شروط الاستخدام|الشروط والأحكام|أعلن معنا|إعلان|اعلان",
           r"(العودة|الرجوع) (إلى|الى) (الأعلى|أعلى الصفحة)|(إلى|الى) الأعلى|أعلى الصفحة|(انتقل|تخطي|تخطى) (إلى|الى) المحتوى|إغلاق|اغلاق",
           r"(تحميل|عرض) المزيد|المزيد|عرض الكل|الصفحة \d+ من \d+|الصفحة (التالية|السابقة)",
           r"حجم الخط.*|استمع( (إلى|الى) (المقال|الخبر))?",
           r"(الصفحة )?الرئيسية" + _CRUMB),
    "fa": (r"صفحه (اصلی|نخست)|منو|جستجو|جست‌وجو|نقشه سایت|تماس با ما|ارتباط با ما|درباره ما|حریم خصوصی|قوانین و مقررات|"
           r"شرایط استفاده|تبلیغات|آرشیو",
           r"(بازگشت|برگشت) به بالا|بالای صفحه|(رفتن|پرش) به محتوا|بستن",
           r"(نمایش|مشاهده|بارگذاری) (بیشتر|همه)|بیشتر|صفحه \d+ از \d+|صفحه (بعد|قبل|بعدی|قبلی)",
           r"اندازه (قلم|متن|فونت).*|نسخه چاپی",
           r"صفحه (اصلی|نخست)" + _CRUMB),
    "ur": (r"ہوم|صفحہ اول|سرورق|مینو|تلاش( کریں)?|سرچ|ہم سے رابطہ( کریں)?|رابطہ کریں|ہمارے بارے میں|رازداری کی پالیسی|"
           r"پرائیویسی پالیسی|شرائط و ضوابط|اشتہارات",
           r"(واپس )?اوپر (جائیں|جائے)|بند کریں",
           r"مزید (دیکھیں|لوڈ کریں)|(اگلا|پچھلا) صفحہ",
           r"(ہوم|صفحہ اول)" + _CRUMB),
    "ps": (r"کور پاڼه|لومړی مخ|لومړۍ پاڼه|مینو|لټون|له موږ سره اړیکه|زموږ په اړه|د محرمیت تګلاره|اعلانونه",
           r"(بېرته )?پورته|تړل",
           r"(کور پاڼه|لومړی مخ)" + _CRUMB),
    "cs": (r"úvodní stránka|hlavní stránka|domů|hledat|vyhledávání|vyhledat|mapa (stránek|webu)|kontakty?|o nás|"
           r"(zásady )?ochran[ay] osobních údajů|podmínky užívání|obchodní podmínky|reklama|inzerce|(prohlášení o )?přístupnosti?|tiráž",
           r"nahoru|na začátek stránky|přejít (na obsah|k obsahu|k hlavnímu obsahu|na navigaci)|(otevřít|zavřít) menu|zavřít",
           r"(načíst|zobrazit) (další|všechny)( (články|zprávy))?|načíst více|strana \d+ z \d+|(další|předchozí) strana|"
           r"(starší|novější) (články|příspěvky|záznamy)",
           r"velikost (písma|textu).*|(poslechnout|přehrát|poslechněte si)( článek)?",
           r"(úvod|úvodní stránka|hlavní stránka|domů)" + _CRUMB),
    "sv": (r"hem|startsida(n)?|meny|sök|webbkarta|webbplatskarta|sajtkarta|kontakt(a oss)?|om oss|integritetspolicy|"
           r"personuppgiftspolicy|annonsera( hos oss)?|annons|tillgänglighet(sredogörelse)?|användarvillkor|kundservice",
           r"till toppen|upp|(gå|hoppa) (direkt )?till (huvud)?innehåll(et)?|(öppna|stäng) meny(n)?|stäng",
           r"(visa|ladda) (fler|mer|alla)( (artiklar|nyheter|inlägg))?|sida \d+ av \d+|(nästa|föregående) sida|(äldre|nyare) inlägg",
           r"textstorlek.*|lyssna( på artikeln)?",
           r"(hem|startsida)" + _CRUMB),
    "da": (r"forside(n)?|hjem|menu|søg|sitemap|kontakt( os)?|om os|privatlivspolitik|cookiepolitik|annoncér( hos os)?|"
           r"tilgængelighed(serklæring)?|vilkår|brugervilkår|handelsbetingelser|kundeservice",
           r"til toppen|(gå|spring) (direkte )?til (hoved)?indhold(et)?|(åbn|luk) menu(en)?|luk",
           r"(vis|indlæs|hent) (flere|mere|alle)( (artikler|nyheder|indlæg))?|side \d+ af \d+|(næste|forrige) side|(ældre|nyere) indlæg",
           r"tekststørrelse.*|lyt( til artiklen)?",
           r"(forside|hjem)" + _CRUMB),
    "nb": (r"forside(n)?|hjem|meny|søk|nettstedskart|kontakt( oss)?|om oss|personvern(erklæring)?|informasjonskapsler|"
           r"annonser( hos oss)?|tilgjengelighet(serklæring)?|brukervilkår|vilkår|kundeservice|kundesenter",
           r"til toppen|(gå|hopp) (direkte )?til (hoved)?innhold(et)?|(åpne|lukk) meny(en)?|lukk",
           r"(vis|last inn|hent) (flere|mer|alle)( (artikler|nyheter|saker|innlegg))?|side \d+ av \d+|(neste|forrige) side|"
           r"(eldre|nyere) innlegg",
           r"tekststørrelse.*|lytt( til (artikkelen|saken))?",
           r"(forside|hjem)" + _CRUMB),
    "fi": (r"etusivu|valikko|haku|hae|sivukartta|yhteystiedot|ota yhteyttä|tietoa meistä|meistä|tietosuoja(seloste|käytäntö)?|"
           r"evästeet|käyttöehdot|mediamyynti|ilmoittajille|saavutettavuus(seloste)?|asiakaspalvelu",
           r"(takaisin )?ylös|sivun alkuun|siirry (suoraan )?(sisältöön|pääsisältöön)|(avaa|sulje) valikko|sulje",
           r"(näytä|lataa) (lisää|kaikki)( (artikkeleita|uutisia|juttuja))?|sivu \d+ / \d+|(seuraava|edellinen) sivu|"
           r"(vanhemmat|uudemmat) (artikkelit|kirjoitukset)",
           r"tekstin koko.*|fonttikoko.*|kuuntele( (artikkeli|juttu))?",
           r"etusivu" + _CRUMB),
    "ro": _ro(r"acasă|prima pagină|pagina principală|meniu|caută|căutare|harta site-ului|contactează-ne|contactați-ne|despre noi|"
              r"politica de confidențialitate|termeni și condiții|publicitate|accesibilitate",
              r"(înapoi |mergi )?sus|(sari|salt) la conținut|(deschide|închide) meniul|închide",
              r"(încarcă|vezi|afișează) mai (mult|multe)( (articole|știri))?|pagina \d+ din \d+|pagina (următoare|anterioară)|"
              r"articole mai (vechi|noi)",
              r"mărime(a)? (text(ului)?|font(ului)?).*|ascultă( articolul)?",
              r"(acasă|prima pagină)" + _CRUMB),
    "hu": (r"címlap|főoldal|kezdőlap|menü|keresés|oldaltérkép|honlaptérkép|kapcsolat|impresszum|rólunk|adatvédelem|"
           r"adatvédelmi (tájékoztató|nyilatkozat|irányelvek)|felhasználási feltételek|ászf|hirdetés|médiaajánlat|akadálymentesség",
           r"fel|(ugrás|tovább) a tartalomhoz|menü (megnyitása|bezárása)|bezárás",
           r"(több|még több|további) (betöltése|megjelenítése)|mutass többet|\d+\. oldal|\d+ ?/ ?\d+ oldal|(következő|előző) oldal|"
           r"(régebbi|újabb) bejegyzések",
           r"betűméret.*|(a )?cikk meghallgatása|hallgasd meg( a cikket)?",
           r"(címlap|főoldal|kezdőlap)" + _CRUMB),
    "el": _el(r"αρχική( σελίδα)?|μενού|αναζήτηση|χάρτης (ιστότοπου|ιστοτόπου|ιστοσελίδας)|επικοινωνία|επικοινωνήστε μαζί μας|"
              r"ποιοι είμαστε|σχετικά με εμάς|όροι (χρήσης|και προϋποθέσεις)|πολιτική απορρήτου|διαφήμιση|προσβασιμότητα",
              r"(επιστροφή )?στην κορυφή|πάνω|μετάβαση στο (κύριο )?περιεχόμενο|κλείσιμο",
              r"(φόρτωση|εμφάνιση) περισσότερων|περισσότερα|δείτε όλα|σελίδα \d+ από \d+|(επόμενη|προηγούμενη) σελίδα|"
              r"(παλαιότερα|παλιότερα|νεότερα) άρθρα",
              r"μέγεθος (γραμματοσειράς|κειμένου).*|(άκουσε|ακούστε) το άρθρο",
              r"αρχική( σελίδα)?" + _CRUMB),
    "uk": (r"головна( сторінка)?|на головну|меню|пошук|мапа сайту|карта сайту|контакти|зворотний зв['’ʼ]язок|про нас|"
           r"про про(є|е)кт|політика конфіденційності|умови використання|правила (сайту|користування)|реклама( на сайті)?",
           r"нагору|вгору|догори|на початок сторінки|перейти до (вмісту|змісту|основного вмісту)|(відкрити|закрити) меню|закрити",
           r"(показати|завантажити) (ще|більше|всі)( (новини|статті|матеріали))?|ще новини|сторінка \d+ з \d+|"
           r"(наступна|попередня) сторінка|(старіші|новіші) записи",
           r"розмір шрифту.*|(слухати|прослухати)( статтю)?",
           r"головна" + _CRUMB),
    "he": (r"דף הבית|ראשי|עמוד ראשי|תפריט( ראשי)?|חיפוש|חפש|מפת (ה)?אתר|צור קשר|צרו קשר|אודות( האתר)?|מי אנחנו|"
           r"מדיניות (ה)?פרטיות|תנאי (ה)?שימוש|תקנון( האתר)?|הצהרת נגישות|נגישות|פרסמו (אצלנו|באתר)|פרסומת",
           r"(חזרה|חזור) למעלה|למעלה|(דלג|דילוג) (ל|אל ה)תוכן( המרכזי| העיקרי)?|סגור|סגירה",
           r"(טען|הצג) עוד|טעינת עוד|עוד כתבות|עמוד \d+ מתוך \d+|(ל)?עמוד (הבא|הקודם)",
           r"גודל (ה)?(גופן|טקסט).*|האזנה לכתבה|האזינו לכתבה",
           r"(דף הבית|ראשי)" + _CRUMB),
    "id": (r"beranda|halaman utama|laman utama|cari|pencarian|carian|peta situs|kontak( kami)?|hubungi kami|tentang kami|"
           r"kebijakan privasi|dasar privasi|pedoman media siber|syarat (dan|&) ketentuan|iklan|info iklan",
           r"ke atas|(lompat|langsung|loncat) ke (konten|isi)( utama)?|tutup",
           r"(muat|tampilkan) (lebih banyak|lainnya|semua)|muat lebih|halaman \d+ dari \d+|halaman (berikutnya|selanjutnya|sebelumnya)|"
           r"(pos|artikel) (lama|lebih lama|lebih baru)",
           r"ukuran (huruf|teks|font).*|dengarkan( (artikel|berita)( ini)?)?",
           r"(beranda|halaman utama|laman utama)" + _CRUMB),
    "vi": (r"trang chủ|tìm kiếm|sơ đồ (trang|trang web|website)|liên hệ( với chúng tôi| quảng cáo)?|về chúng tôi|"
           r"chính sách bảo mật|điều khoản (sử dụng|dịch vụ)|quảng cáo|đặt báo",
           r"(lên|về) đầu trang|lên trên|(chuyển|bỏ qua) đến nội dung|đóng",
           r"tải thêm|xem tất cả|trang \d+ (của|trên|/) \d+|trang (sau|trước|tiếp)|bài (cũ|mới) hơn",
           r"cỡ chữ.*|kích (thước|cỡ) chữ.*|nghe (bài viết|đọc bài)",
           r"trang chủ" + _CRUMB),
    "hi": _hi(r"होम|होम पेज|मुखपृष्ठ|मुख्य पृष्ठ|मेनू|खोजें|सर्च|साइटमैप|संपर्क( करें)?|हमसे संपर्क करें|हमारे बारे में|"
              r"गोपनीयता नीति|प्राइवेसी पॉलिसी|नियम (और|एवं) शर्तें|अस्वीकरण|विज्ञापन( दें)?",
              r"(ऊपर|शीर्ष पर) (जाएं|जाएँ)|सबसे ऊपर|सामग्री पर (जाएं|जाएँ)|बंद करें",
              r"और (देखें|लोड करें)|सभी देखें|(अगला|पिछला) (पेज|पृष्ठ)",
              r"(फ़ॉन्ट|अक्षर|टेक्स्ट) (साइज़|का आकार|आकार).*",
              r"(होम|मुखपृष्ठ)" + _CRUMB),
    "bn": _bn(r"হোম|প্রচ্ছদ|প্রথম পাতা|মূল পাতা|মেনু|অনুসন্ধান করুন|খুঁজুন|সার্চ|সাইটম্যাপ|যোগাযোগ( করুন)?|আমাদের সম্পর্কে|"
              r"গোপনীয়তা নীতি|শর্তাবলি|শর্তাবলী|ব্যবহারের শর্তাবলি|বিজ্ঞাপন( দিন)?",
              r"(উপরে|শীর্ষে) (যান|ফিরে যান|ফিরুন)|বন্ধ করুন|কন্টেন্টে যান|বিষয়বস্তুতে যান",
              r"(আরও|আরো) (দেখুন|লোড করুন)|সব দেখুন|(পরবর্তী|পূর্ববর্তী) পাতা",
              r"(ফন্ট|লেখার) (সাইজ|আকার).*",
              r"(হোম|প্রচ্ছদ)" + _CRUMB),
    "th": (r"หน้าแรก|หน้าหลัก|เมนู|ค้นหา|แผนผังเว็บไซต์|ติดต่อเรา|ติดต่อ|เกี่ยวกับเรา|เงื่อนไขการใช้งาน|ข้อกำหนด(และเงื่อนไข|การใช้งาน)|"
           r"ติดต่อโฆษณา|ลงโฆษณา|โฆษณา",
           r"(กลับ)?(ขึ้น|ไป)ด้านบน|ข้ามไป(ยัง|ที่)เนื้อหา|ปิด",
           r"(โหลด|ดู|แสดง)เพิ่มเติม|หน้า(ถัดไป|ก่อนหน้า)|หน้า ?\d+ ?(จาก|/) ?\d+",
           r"ขนาด(ตัวอักษร|ตัวหนังสือ|ฟอนต์).*|ฟัง(ข่าว|บทความ)",
           r"(หน้าแรก|หน้าหลัก)" + _CRUMB),
}

# A site's rights line in its language ("Alle Rechte vorbehalten", "版权所有", "جميع الحقوق
# محفوظة"): `license_notice`, whole-block, as the English rights line.
RIGHTS_RESERVED: Family = {
    "de": (r".{0,80}\balle rechte vorbehalten\b.*",),
    "fr": (r".{0,80}\btous droits réservés\b.*",),
    "es": (r".{0,80}\btodos los derechos reservados\b.*",),
    "it": (r".{0,80}\btutti i diritti (sono )?riservati\b.*",),
    "pt": (r".{0,80}\btodos os direitos reservados\b.*",),
    "nl": (r".{0,80}\balle rechten voorbehouden\b.*",),
    "pl": (r".{0,80}\bwszelkie prawa zastrzeżone\b.*",),
    "ru": (r".{0,80}\bвсе права защищены\b.*",),
    "tr": (r".{0,80}(tüm hakları|her hakkı) saklıdır.*", r".{0,80}(tüm|bütün) hakları .{1,60}['’]?(e|a|ye|ya) aittir\b.*",),
    "zh": (r".{0,80}(版权所有|版權所有).*",),
    "ja": (r".{0,80}無断(で|での)?(転載|複製|転用|使用)(・(転載|複製|転用|使用))*(を|は)?(固く)?(禁止|禁じ).*",),
    # and the open licence a public body's pages carry (KOGL, "공공누리 제1유형 ... 조건에 따라
    # 이용할 수 있습니다")
    "ko": (r".{0,80}무단 ?전재.{0,20}금지.*",
           r".{0,80}공공누리\s*\(?\s*제\s?[1-4]\s?유형.{0,40}조건에 따라 이용할 수 있습니다.*"),
    "ar": (r".{0,80}(جميع|كل) الحقوق محفوظة.*",),
    "fa": (r".{0,80}(کلیه|تمامی|تمام|همه‌ی|همه) حقوق.{0,80}محفوظ.*",),
    "ur": (r".{0,80}(جملہ|تمام) حقوق محفوظ.*",),
    "ps": (r".{0,80}ټول حقونه.{0,40}خوندي.*",),
    "cs": (r".{0,80}\bvšechna práva vyhrazena\b.*",),
    "sv": (r".{0,80}\balla rättigheter förbehållna\b.*",),
    "da": (r".{0,80}\balle rettigheder (forbeholdes|forbeholdt|reserveret)\b.*",),
    "nb": (r".{0,80}\balle rettigheter (forbeholdt|forbeholdes|reservert)\b.*",),
    "fi": (r".{0,80}\bkaikki oikeudet pidätetään\b.*",),
    "ro": _ro(r".{0,80}\btoate drepturile (sunt )?rezervate\b.*"),
    "hu": (r".{0,80}\bminden jog fenntartva\b.*",),
    "el": _el(r".{0,80}(με επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα (διατηρούνται|κατοχυρωμένα|προστατεύονται)).*"),
    "uk": (r".{0,80}\b(усі|всі) права (захищені|захищено)\b.*",),
    "he": (r".{0,80}כל הזכויות שמורות.*",),
    "id": (r".{0,80}(hak cipta dilindungi undang-undang|hak cipta terpelihara).*",),
    "vi": (r".{0,80}(bản quyền thuộc về|giữ bản quyền).*",),
    "hi": _hi(r".{0,80}सर्वाधिकार सुरक्षित.*"),
    "bn": _bn(r".{0,80}সর্বস্বত্ব সংরক্ষিত.*"),
    "th": (r".{0,80}สงวนลิขสิทธิ์.*",),
}


# --- Families of the English rules that had none: social_follow, the ad label of
# `navigation`, image_caption's credits, author_bio's heading, feedback_widget, contact_line,
# shop_button, paywall, and the thread header's "join the discussion" (rules/comments.py).
# All whole-block: the block *is* the widget, so a sentence using the same words stays.

# What follows a "follow us on" or "visit us on": the networks' names, a short list.
_NETS = r"[\w\u0900-\u0e7f ,&+.'’/-]{1,60}"

# "Follow us on Facebook and Twitter" (rule social_follow, whole block).
SOCIAL_FOLLOW: Family = {
    "de": (r"(folgen sie uns|folge uns|folgt uns)( (auch|jetzt))?( (auf|bei|in|via|über)( " + _NETS + ")?)?",
           r"(besuchen sie uns|finden sie uns|find uns|werden sie fan|werde fan|liken sie uns|like uns) (auch )?(auf|bei) " + _NETS,
           r"(abonnieren sie|abonniere|abonniert) unseren [\w-]*kanal( (auf|bei)( " + _NETS + ")?)?"),
    "fr": (r"(suivez|suis|suivre)[- ]nous( (aussi |également )?(sur|via)( " + _NETS + ")?)?",
           r"(rejoignez|retrouvez|likez|aimez)[- ]nous (aussi |également )?(sur|via) " + _NETS,
           r"abonnez-vous à (notre|la) chaîne( " + _NETS + ")?"),
    "es": (r"(síguenos|sígueme|síganos|seguinos|seguínos)( (también )?(en|a través de|por)( " + _NETS + ")?)?",
           r"(únete|únase|encuéntranos|búscanos|visítanos) (a nosotros )?en " + _NETS,
           r"(suscríbete|suscríbase) a nuestro canal( " + _NETS + ")?"),
    "it": (r"(seguici|seguiteci|seguimi)( (anche )?(su|sui|sul|via)( " + _NETS + ")?)?",
           r"(unisciti a noi|trovaci|mettici mi piace) (anche )?su " + _NETS,
           r"(iscriviti|unisciti) al nostro canale( " + _NETS + ")?"),
    "pt": (r"(siga-nos|siga nos|sigam-nos|segue-nos|siga-me|acompanhe-nos)( (também )?(no|na|nas|nos|em|pelo|pela)( " + _NETS + ")?)?",
           r"(curta|curte) (a )?nossa página( (no|em)( " + _NETS + ")?)?",
           r"(inscreva-se|subscreva) (no |o )?nosso canal( " + _NETS + ")?",
           r"(siga|acompanhe) o [\w.' -]{1,30} (também )?(no|nas|pelo) (instagram|facebook|twitter|x|tiktok|youtube|linkedin|telegram|whatsapp|threads|redes sociais|google news|google notícias)( " + _NETS + ")?"),
    "nl": (r"(volg ons|volg mij|volgt ons)( (ook )?(op|via|in)( " + _NETS + ")?)?",
           r"(vind|like|bezoek) ons (ook )?op " + _NETS,
           r"(abonneer je op|word lid van) (ons|onze) [\w-]*(kanaal|community|groep)( " + _NETS + ")?"),
    "pl": (r"(obserwuj|śledź|polub|obserwujcie|śledźcie|polubcie|znajdź) nas( (też |również )?(na|w|przez)( " + _NETS + ")?)?",
           r"dołącz do nas (na|w) " + _NETS,
           r"(subskrybuj|zasubskrybuj) (nasz )?kanał( " + _NETS + ")?"),
    "ru": (r"(следите за нами|мы в соцсетях|мы в социальных сетях|присоединяйтесь к нам|подписывайтесь на нас|"
           r"подпишитесь на нас|читайте нас)( (в|во|на)( " + _NETS + ")?)?",
           r"(подписывайтесь|подпишитесь) на наш (канал|телеграм-канал|telegram-канал|youtube-канал|паблик|твиттер|инстаграм|дзен)( " + _NETS + ")?"),
    "tr": (r"([\w'’ ,&+.-]{1,60} )?(bizi|bizleri) takip ed(in|iniz)", r"(bizi|bizleri) takip ed(in|iniz) " + _NETS,
           r"(bizi|bizleri) [\w'’ ,&+.-]{1,60} takip ed(in|iniz)",
           r"sosyal medya hesaplarımız", r"(youtube )?kanalımıza abone ol(un)?"),
    "zh": (r"(关注|關注|追踪|追蹤)(我们|我們)(的)?.{0,20}",
           r"(欢迎|歡迎|请|請)?(关注|關注)(本站|本号|本號)?(微信|官方|我们的|我們的)?(公众号|公眾號|微博|抖音|视频号|頻道|频道).{0,20}",
           r"(扫码|掃碼|扫描二维码|掃描二維碼|长按二维码|長按二維碼)(关注|關注).{0,30}"),
    "ja": (r"(.{1,30}(を|で|も))?フォロー(する|しよう|してください|してね|お願いします|はこちら)?",
           r"(公式)?(sns|ソーシャルメディア)(アカウント)?(で最新情報を配信中|をフォロー).{0,20}"),
    "ko": (r"(.{1,30}(에서|을|를) )?팔로우(하기|하세요|해 주세요|해주세요)?",
           r"(.{1,30} )?(채널|유튜브|유튜브 채널) 구독(하기|하세요|해 주세요)", r"(카카오톡 )?채널 추가(하기)?"),
    "ar": (r"(تابعونا|تابعنا|انضم إلينا|انضموا إلينا)( (أيضا |أيضاً )?(على|عبر|في)( " + _NETS + ")?)?",
           r"(اشترك|اشتركوا) في (قناتنا|قناتنا على)( " + _NETS + ")?"),
    "fa": (r"(ما را |مارا )?(در " + _NETS + " )?دنبال کنید", r"(به ما|به کانال (ما|تلگرام)) بپیوندید( " + _NETS + ")?",
           r"(عضویت در|عضو) کانال (تلگرام|ما)( " + _NETS + ")?"),
    "ur": (r"(ہمیں )?(" + _NETS + " )?(پر )?فالو کریں", r"ہمارے (یوٹیوب )?چینل کو سبسکرائب کریں"),
    "ps": (r"(موږ |مونږ )?(په " + _NETS + " )?(کې )?(تعقیب|فالو) کړئ", r"زموږ (یوټیوب )?چینل (سبسکرایب|ګډون) کړئ"),
    "cs": (r"(sledujte nás|sleduj nás|najdete nás|dejte nám like|přidejte se k nám)( (také |i )?(na|v|ve|přes)( " + _NETS + ")?)?",
           r"(odebírejte|přihlaste se k odběru) (náš )?kanál( " + _NETS + ")?"),
    "sv": (r"(följ oss|följ mig)( (även |också )?(på|via|i)( " + _NETS + ")?)?", r"(hitta|gilla) oss på " + _NETS),
    "da": (r"(følg os|følg mig)( (også )?(på|via)( " + _NETS + ")?)?", r"(find|like|synes godt om) os på " + _NETS,
           r"abonnér på vores [\w-]*kanal( " + _NETS + ")?"),
    "nb": (r"(følg oss|følg meg)( (også )?(på|via|i)( " + _NETS + ")?)?", r"(finn|lik) oss på " + _NETS,
           r"abonner på [\w-]*kanalen vår( " + _NETS + ")?"),
    "fi": (r"seuraa meitä( myös)?( " + _NETS + ")?", r"(tykkää|liity) (meistä|meihin)( " + _NETS + ")?",
           r"tilaa [\w-]*kanavamme( " + _NETS + ")?"),
    "ro": _ro(r"(urmărește-ne|urmăriți-ne|urmărește-mă|alătură-te nouă|alăturați-vă nouă)( (și )?(pe|pe canalul de|prin)( " + _NETS + ")?)?",
              r"(ne găsiți|ne găsești|găsește-ne|găsiți-ne|dați-ne like|dă-ne like) (și )?pe " + _NETS,
              r"(abonează-te|abonați-vă) la canalul nostru( " + _NETS + ")?"),
    "hu": (r"(kövess|kövessen|kövessetek|kövessék) (minket|bennünket)( (a |az )?" + _NETS + ")?",
           r"(lájkolj|lájkoljon|csatlakozz|csatlakozzon) (minket|hozzánk)( (a |az )?" + _NETS + ")?",
           r"(iratkozz|iratkozzon) fel (a )?[\w-]*csatornánkra"),
    "el": _el(r"(ακολουθήστε μας|ακολούθησέ μας|ακολουθήστε το [\w.' -]{1,30}|βρείτε μας|κάντε like)( (και )?(στο|στα|στη|στην|στις|σε|μέσω)( " + _NETS + ")?)?",
              r"(γίνετε|γίνε) μέλος (στο|του) κανάλι(ού)? μας( " + _NETS + ")?"),
    "uk": (r"(стежте за нами|слідкуйте за нами|підписуйтеся на нас|підписуйтесь на нас|підпишіться на нас|"
           r"приєднуйтесь до нас|приєднуйтеся до нас|ми в соцмережах|ми в соціальних мережах|читайте нас)( (в|у|на)( " + _NETS + ")?)?",
           r"(підписуйтеся|підписуйтесь|підпишіться) на наш (канал|telegram-канал|телеграм-канал|youtube-канал|інстаграм|твіттер)( " + _NETS + ")?"),
    "he": (r"(עקבו אחרינו|עקבו אחריי|עקבו|מצאו אותנו|עשו לנו לייק)( (גם )?[בל]?-?" + _NETS + ")?",
           r"הצטרפו (אלינו|לקבוצת|לערוץ|לעמוד)( ה?" + _NETS + ")?"),
    "id": (r"(ikuti kami|ikuti|follow kami|temukan kami|gabung(lah)? (dengan|bersama) kami|bergabunglah dengan kami)( (juga )?(di|pada|melalui|lewat)( " + _NETS + ")?)?",
           r"ikuti (berita|info|update|informasi|kabar)[\w ,.-]{0,50} (di|melalui|lewat) " + _NETS),
    "vi": (r"(theo dõi chúng tôi|theo dõi|like fanpage|tham gia cùng chúng tôi|kết nối với chúng tôi)( (trên|tại|qua)( " + _NETS + ")?)?",
           r"(mời bạn )?(đăng ký|theo dõi) kênh( " + _NETS + ")?"),
    "hi": _hi(r"(हमें |हमसे )?(" + _NETS + " )?(पर )?फ़ॉलो करें", r"हमारे (यूट्यूब )?चैनल को (सब्सक्राइब|फ़ॉलो) करें",
              r"हमसे (जुड़ें|जुड़िए)( " + _NETS + ")?"),
    "bn": _bn(r"(আমাদের )?(" + _NETS + " )?(ফলো|অনুসরণ) করুন", r"আমাদের (ইউটিউব )?চ্যানেল (সাবস্ক্রাইব|ফলো) করুন"),
    "th": (r"ติดตาม(เรา|พวกเรา)(ได้)?( ?(ที่|ทาง|บน|ใน) ?.{0,40})?", r"(กด)?(ไลค์|ถูกใจ)(เพจ|แฟนเพจ).{0,40}",
           r"(กด)?(ติดตาม|ซับสไครบ์)(ช่อง|แฟนเพจ|เพจ).{0,40}"),
}

# An ad's label, alone on its line ("Werbung", "Reklama", "広告"): rule ad_label.
AD_LABEL: Family = {
    "de": (r"werbung|anzeigen?|gesponsert|sponsored post|werbeanzeige",),
    "fr": (r"publicités?|sponsorisé|contenu sponsorisé",),
    "es": (r"publicidad|patrocinado|contenido patrocinado",),
    "it": (r"pubblicità|sponsorizzato|contenuto sponsorizzato",),
    "pt": (r"publicidade|patrocinado|conteúdo patrocinado",),
    "nl": (r"advertentie|advertenties|gesponsord|gesponsorde inhoud",),
    "pl": (r"reklama|reklamy|sponsorowane|materiał sponsorowany|artykuł sponsorowany",),
    "ru": (r"реклама|на правах рекламы|спонсорский материал|партнерский материал|партнёрский материал",),
    "tr": (r"reklam|sponsorlu( içerik)?|reklamlar",),
    "zh": (r"广告|廣告|赞助内容|贊助內容",),
    "ja": (r"広告|スポンサーリンク",),
    "ko": (r"광고|스폰서|협찬",),
    "ar": (r"إعلان|اعلان|إعلانات|محتوى (مدعوم|ممول)",),
    "fa": (r"تبلیغات|آگهی|تبلیغ",),
    "ur": (r"اشتہار|اشتہارات",),
    "ps": (r"اعلان|اعلانونه",),
    "cs": (r"reklama|inzerce|sponzorováno|komerční sdělení",),
    "sv": (r"annons|annonser|sponsrat( innehåll)?|reklam",),
    "da": (r"annonce|annoncer|reklame|sponsoreret( indhold)?|annoncørbetalt( indhold)?",),
    "nb": (r"annonse|annonser|reklame|sponset( innhold)?|annonsørinnhold|betalt innhold",),
    "fi": (r"mainos|mainoksia|kaupallinen yhteistyö|sponsoroitu( sisältö)?|maksettu mainos",),
    "ro": _ro(r"publicitate|reclamă|advertorial|conținut sponsorizat"),
    "hu": (r"hirdetés|szponzorált( tartalom)?|reklám",),
    "el": _el(r"διαφήμιση|χορηγούμενο( περιεχόμενο)?"),
    "uk": (r"реклама|на правах реклами|спонсорський матеріал|партнерський матеріал",),
    "he": (r"פרסומת|תוכן (שיווקי|ממומן)|ממומן",),
    "id": (r"iklan|konten bersponsor|disponsori|advertorial",),
    "vi": (r"quảng cáo|nội dung tài trợ|tài trợ",),
    "hi": _hi(r"विज्ञापन|प्रायोजित|स्पॉन्सर्ड"),
    "bn": _bn(r"বিজ্ঞাপন|স্পন্সরড|প্রায়োজিত"),
    "th": (r"โฆษณา|เนื้อหาที่ได้รับการสนับสนุน|สปอนเซอร์",),
}

# A photo's credit (rule image_caption, whole block, as the English rule's shapes): the label
# and the credit alone ("Foto: Jan Nowak / PAP", "Fot. Jan Nowak", "写真：共同"), after the
# caption's last sentence ("... am Abend. Foto: dpa"), its comma ("Roman Prymula, photo:
# ...") or its dash set off by spaces ("... في ساحة المزاد - تصوير: ..."), or in brackets
# ("(Bild: dpa)"); a source's label ("Quelle: NAME") only alone on a short line. The label
# always needs its colon (one ending in a full stop, "Fot.", needs none): the labels are
# words of other languages too ("(Imagine trying ...)", "Bild der Woche").
_UPPER = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω])"  # a capital of the Latin, Cyrillic or Greek script
_CREDIT_CHARS = r"\w\u0900-\u0e7f.'’&/|,()@©+ -"  # its hyphen last, a character, not a range
_CREDIT = rf"[{_CREDIT_CHARS}]{{2,80}}"
# Alone on its line, a credit is a name or two, six words at most: "FOTOS: Estas fueron
# las pruebas que hundieron a ..." is a gallery's headline. There it may quote a name
# ("Фото: пресс-служба ХК «Северная звезда»"); after other text a quotation mark may close
# a quote that runs on ("ordet ”Fotograf: Anna Svensson” i flera år ...").
_SHORT = r"(?=\S+(?: +\S+){0,5}$)"
_CREDIT_ALONE = rf"[«»„“”\"{_CREDIT_CHARS}]{{2,80}}"  # (the class's hyphen stays last: no range)
# A credit after the caption in the label's capital, the one shape in which an article's
# sentence does not go on: "... del rifugio. Foto di Andrea Bortolin" (the label and a
# preposition, after a stop) and "... s ivice sela Foto: A. Hodžić" (run on, with no stop),
# where the credit is a name or two: capitalised words and initials, a particle, a slash
# ("Darauf war seine Mutter zu sehen" after a German "Foto:" is prose).
_BY = r"di|da|von|de|del|van|door|par|por|av|af|by"
_NAME_WORD = rf"(?:{_UPPER}[\w.'’-]*|[/|&]|(?:de|da|di|del|van|von|der|y|e)(?=\s))"
_NAMES = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
# In scripts with no capitals the credit run on after the caption is told by its place: the
# label and one to three words closing the line ("... सिर ढककर चलते लोग फोटो: पीटीआई",
# "... 東京都内 写真: 日本デイリー"), the credit in such a script (Hebrew to Hangul).
_CASELESS = r"\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CASELESS_CREDIT = rf"[{_CASELESS}]\S*(?:\s+\S+){{0,2}}"


def _credit(photo: str, source: str, sep: str = r"[:：=]") -> tuple[str, ...]:
    label = rf"(?:{photo})(?!\w)(?:\s*{sep}|(?<=\.))\s*"
    return (
        label + _SHORT + _CREDIT_ALONE,
        r".{0,300}[.!?。！？”\"»।॥۔؟]\s*" + label + _CREDIT,  # after a sentence's end, in any script
        rf".{{0,300}}[.!?”\"»]\s*(?={_UPPER})(?:{photo})\s+(?:{_BY})\s+" + _NAMES,
        rf".{{0,300}}[^\W\d_]\s+(?={_UPPER})" + label + _NAMES,
        r".{0,300}[^\W\d_]\s+" + label + _CASELESS_CREDIT,
        rf".{{0,200}},\s*(?:{photo})(?!\w)\s*[:：]\s*" + _CREDIT,
        rf".{{0,200}}\s[-–—]\s*(?:{photo})(?!\w)\s*[:：]\s*" + _CREDIT,
        r".{0,300}[\[(（]\s*" + label + r"[^\])）]{1,80}[\])）]?",
        rf"(?:{source})(?!\w)\s*[:：]\s*[\w\u0900-\u0e7f.'’&/|,()@ -]{{2,60}}",
    )


IMAGE_CREDIT: Family = {
    "de": _credit(r"fotos?|bilder?|beitragsbild|titelbild|aufmacherbild|vorschaubild|teaserbild|headerbild|titelfoto|"
                  r"archivfoto|archivbild|symbolbild|symbolfoto|bildquelle|fotoquelle|bildnachweis|fotonachweis|"
                  r"bildrechte|fotografie|grafik|illustration|screenshot", r"quelle"),
    "fr": _credit(r"photos?|crédits? photos?|crédits?|photographie|illustration|image|capture d['’]écran", r"sources?"),
    "es": _credit(r"fotos?|fotografía|imagen|imágenes|créditos?|ilustración|gráfico|captura", r"fuentes?"),
    "it": _credit(r"foto|fotografia|immagine|immagini|crediti?|illustrazione|grafica", r"fonte|fonti"),
    "pt": _credit(r"fotos?|fotografia|imagem|imagens|créditos?|ilustração|reprodução", r"fonte"),
    "nl": _credit(r"foto['’]?s?|beeld|afbeelding|illustratie|fotografie|archieffoto", r"bron"),
    "pl": _credit(r"fot\.|fot|foto|fotografia|zdjęcie|zdjęcia|ilustracja|grafika|źródło zdjęcia", r"źródło"),
    "ru": _credit(r"фото|фотография|снимок|иллюстрация|изображение|коллаж|кадр|скриншот", r"источник"),
    "tr": _credit(r"fotoğraf(lar)?|foto|görsel(ler)?|resim", r"kaynak"),
    "zh": _credit(r"图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|配图|配圖|照片", r"来源|來源|出处|出處", sep=r"[:：=／/]")
    + (r".{0,300}[（(][^)）]{1,40}\s?(摄|攝)[)）]?",
       # "（资料图片）", "（受访者供图）": a file picture, or one its subject gave
       r".{0,300}[（(]([^)）]{0,20}(资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|供图|供圖)|新华社发|新華社發)[)）]?",
       # "图为…" ("pictured is …"): how a Chinese caption opens
       r"(图为|圖為|图片为|圖片為|上图为|上圖為|下图为|下圖為|左图为|右图为)\s*\S.{0,120}"),
    "ja": _credit(r"写真|画像|撮影|イラスト|図版|提供", r"出典|出所|引用元", sep=r"[:：=＝／/]")
    # a caption closing on its source in brackets ("...新種のクラゲ（研究チーム提供）"), or on its
    # photographer as a paper prints him ("...宝厳院のモミジ＝21日、京都市右京区（撮影・田中亮）")
    + (r".{0,300}[（(][^)）]{1,40}(提供|撮影)[)）]?", r".{0,300}[（(](撮影|写真)[・:：][^)）]{1,20}[)）]?"),
    "ko": _credit(r"사진|사진 ?제공|자료사진|그래픽|이미지|일러스트|캡처", r"출처", sep=r"[:：=＝／/]"),
    "ar": _credit(r"صورة|الصورة|صور|الصور|تصوير|صورة أرشيفية|مصدر الصورة", r"المصدر|مصدر"),
    "fa": _credit(r"عکس|تصویر|عکاس|منبع تصویر|منبع عکس", r"منبع"),
    "ur": _credit(r"تصویر|تصاویر|فوٹو|فائل فوٹو", r"ذریعہ|بشکریہ"),
    "ps": _credit(r"انځور|عکس|تصویر", r"سرچینه"),
    "cs": _credit(r"foto|fotografie|obrázek|ilustrace|ilustrační (foto|snímek)|snímek|zdroj (foto|fotografie)", r"zdroj"),
    "sv": _credit(r"foto|bild|bilder|fotograf|illustration|grafik", r"källa"),
    "da": _credit(r"foto|fotos|billede|billeder|fotograf|illustration|grafik", r"kilde"),
    "nb": _credit(r"foto|bilde|bilder|fotograf|illustrasjon|grafikk", r"kilde"),
    "fi": _credit(r"kuva|kuvat|valokuva|kuvaaja|kuvitus|grafiikka|kuvakaappaus", r"lähde"),
    "ro": _ro(*_credit(r"foto|fotografie|imagine|sursa foto|sursă foto|ilustrație|captură", r"sursa|sursă")),
    "hu": _credit(r"fotó|fotók|kép|képek|illusztráció|grafika|nyitókép|borítókép|címlapkép", r"forrás"),
    "el": _el(*_credit(r"φωτογραφία|φωτογραφίες|φωτ\.|φωτό|εικόνα|πηγή φωτογραφίας", r"πηγή")),
    "uk": _credit(r"фото|світлина|ілюстрація|зображення|колаж|скриншот", r"джерело"),
    "he": _credit(r"צילום|צילומים|תמונה|צילום מסך|קרדיט|איור", r"מקור"),
    "id": _credit(r"foto|gambar|ilustrasi|sumber foto|sumber gambar|kredit foto", r"sumber"),
    "vi": _credit(r"ảnh|hình|hình ảnh|ảnh minh (họa|hoạ)|đồ (họa|hoạ)|nguồn ảnh", r"nguồn"),
    "hi": _hi(*_credit(r"फ़ोटो|तस्वीर|चित्र|छवि|फ़ाइल फ़ोटो|फ़ोटो साभार|साभार", r"स्रोत")),
    "bn": _bn(*_credit(r"ছবি|ফটো|চিত্র|ফাইল ছবি", r"সূত্র|উৎস")),
    "th": _credit(r"ภาพ|รูป|รูปภาพ|ภาพประกอบ|ภาพจาก|ภาพโดย|เครดิตภาพ|ขอบคุณภาพ", r"ที่มา|แหล่งที่มา|เครดิต")
    + (r"(ขอบคุณ)?ภาพ(จาก|โดย) ?.{1,60}",),
}

# News agencies, whose name after a slash signs a report or credits its photo ("aja/PAP",
# "Jan Nowak/ANSA"): the English rule's "<name>/AFP" shape (image_caption) for the agencies
# of the other languages. Two-letter names (AA, TT, AP) are left out: too many other words.
AGENCIES = (r"pap|ansa|efe|europa press|dpa|apa|sda|keystone-sda|ats|belga|anp|tass|ria novosti|interfax|"
            r"риа новости|тасс|интерфакс|ukrinform|укрінформ|unian|уніан|anadolu|iha|dha|čtk|ctk|tasr|ntb|"
            r"ritzau|mti|agerpres|mediafax|ana-mpa|απε-μπε|lusa|agência brasil|kyodo|jiji|共同|時事|yonhap|"
            r"연합뉴스|뉴시스|뉴스1|xinhua|新华社|中新社|irna|ایرنا|isna|ایسنا|wafa|mena|qna|kuna|bernama|antara|"
            r"vna|ttxvn|pti|ians|bss|afp|reuters")
AGENCY_SIGNOFF = (rf"[\w.'’ ,-]{{1,40}}\s*/\s*(?:{AGENCIES})(?:\s*[/,]\s*(?:{AGENCIES}))*",)

# The heading of the author's box (rule author_bio): alone, before a colon, or run into
# the name when flattened ("Über den AutorJossi Loibl").


def _heading(names: str) -> tuple[str, ...]:
    return (rf"(?:{names})(?:\s*[:：]\s*.*|{_UPPER}.*)?",)


AUTHOR_BIO: Family = {
    "de": _heading(r"über (den|die) (autor|autorin|autoren|autorinnen|verfasser|verfasserin)|zum autor|zur autorin|"
                   r"zu den autoren|autoreninfo|autorenprofil|der autor|die autorin"),
    "fr": _heading(r"(à propos de|a propos de|sur) l['’]auteur(e)?|l['’]auteur(e)?|biographie de l['’]auteur(e)?|qui est l['’]auteur"),
    "es": _heading(r"(sobre|acerca de) (el autor|la autora|los autores)|acerca del autor|el autor|la autora"),
    "it": _heading(r"l['’]autore|l['’]autrice|sull['’]autore|informazioni sull['’]autore|chi è l['’]autore|biografia dell['’]autore"),
    "pt": _heading(r"sobre (o autor|a autora|os autores)|o autor|a autora|quem é o autor"),
    "nl": _heading(r"over de (auteur|auteurs|schrijver|schrijfster)|de auteur|de schrijver"),
    "pl": _heading(r"o autorze|o autorce|o autorach|informacje o autorze"),
    "ru": _heading(r"об авторе|об авторах|автор статьи|информация об авторе|сведения об авторе"),
    "tr": _heading(r"yazar hakkında|yazarlar hakkında|yazar bilgisi|yazar bilgileri"),
    "zh": _heading(r"作者简介|作者簡介|关于作者|關於作者|作者介绍|作者介紹"),
    "ja": _heading(r"著者について|著者紹介|筆者について|筆者紹介|執筆者紹介|この記事を書いた人|この記事の著者"),
    "ko": _heading(r"저자 소개|작가 소개|필자 소개|기자 소개|글쓴이 소개|기자 프로필|저자 정보"),
    "ar": _heading(r"عن الكاتب|عن الكاتبة|عن المؤلف|نبذة عن الكاتب|نبذة عن المؤلف|حول الكاتب"),
    "fa": _heading(r"درباره(ٔ|‌ی)? نویسنده|معرفی نویسنده"),
    "ur": _heading(r"مصنف کے بارے میں|مصنف کا تعارف|لکھاری کے بارے میں"),
    "ps": _heading(r"د لیکوال په (اړه|باره کې)|د لیکوال پېژندنه"),
    "cs": _heading(r"o autorovi|o autorce|o autorech|autor článku|autorka článku"),
    "sv": _heading(r"om (författaren|skribenten|artikelförfattaren|författarna|skribenterna)"),
    "da": _heading(r"om (forfatteren|skribenten|forfatterne|skribenterne|artiklens forfatter)"),
    "nb": _heading(r"om (forfatteren|skribenten|forfatterne|skribentene|artikkelforfatteren)"),
    "fi": _heading(r"kirjoittajasta|tietoa kirjoittajasta|kirjoittajista|kirjoittajan esittely"),
    "ro": _ro(*_heading(r"despre (autor|autoare|autori|autorul articolului)")),
    "hu": _heading(r"a szerzőről|szerzőnkről|a cikk szerzője"),
    "el": _el(*_heading(r"(σχετικά με|για) (τον συγγραφέα|τη συγγραφέα|την συγγραφέα|τον αρθρογράφο)|ο συγγραφέας|ο αρθρογράφος")),
    "uk": _heading(r"про автора|про авторку|про авторів|автор статті|інформація про автора"),
    "he": _heading(r"(על|אודות) (הכותב|הכותבת|המחבר|המחברת)"),
    "id": _heading(r"tentang (penulis|pengarang)|profil penulis|biodata penulis"),
    "vi": _heading(r"về tác giả|giới thiệu tác giả|thông tin tác giả"),
    "hi": _hi(*_heading(r"लेखक के बारे में|लेखक परिचय|लेखक का परिचय")),
    "bn": _bn(*_heading(r"লেখক সম্পর্কে|লেখক পরিচিতি|লেখকের পরিচিতি")),
    "th": _heading(r"เกี่ยวกับผู้เขียน|ประวัติผู้เขียน|ข้อมูลผู้เขียน|เกี่ยวกับนักเขียน"),
}

# The heading of an organisation's box at the end of a press release or a newsroom post
# ("About Lumenfield Robotics", "Despre Banca Danubia", "关于海川大学", "株式会社北斗精機
# について"): the organisation's name in the group `n`, for the paragraph under it that opens
# with that name (classify/chrome.py, rule author_bio). Languages that inflect a name after
# the word ("O Státním fondu", "A Szegedi Tudományegyetemről") name it otherwise than the
# paragraph does, and are found only where the name is not inflected.
ABOUT_ORG: Family = {
    "en": (r"about (?:the )?(?P<n>.+)",),
    "de": (r"über (?:die |den |das )?(?P<n>.+)",),
    "fr": (r"(?:à|a) propos (?:de la |de l['’]|du |des |de |d['’])(?P<n>.+)",),
    "es": (r"(?:acerca de|sobre) (?:la |el |los |las )?(?P<n>.+)",),
    "it": (r"(?:informazioni su|chi è|a proposito di) (?:la |il |lo |l['’])?(?P<n>.+)",),
    "pt": (r"sobre (?:a |o |os |as )?(?P<n>.+)",),
    "nl": (r"over (?:de |het )?(?P<n>.+)",),
    "pl": (r"o (?P<n>.+)",), "cs": (r"o (?P<n>.+)",),
    "sv": (r"om (?P<n>.+)",), "da": (r"om (?P<n>.+)",), "nb": (r"om (?P<n>.+)",),
    "fi": (r"(?P<n>.+) lyhyesti",),
    "tr": (r"(?P<n>.+) hakkında",),
    "ru": (r"о (?P<n>.+)",), "uk": (r"про (?P<n>.+)",),
    "el": _el(r"σχετικά με (?:την |τον |το |τη |τα )?(?P<n>.+)"),
    "ro": _ro(r"despre (?P<n>.+)"),
    "id": (r"tentang (?P<n>.+)",),
    "vi": (r"(?:giới thiệu )?về (?P<n>.+)",),
    "ar": (r"(?:نبذة )?(?:عن|حول) (?P<n>.+)",),
    "he": (r"(?:אודות|על) (?P<n>.+)",),
    "zh": (r"(?:关于|關於)(?P<n>.+)",),
    "ja": (r"(?P<n>.+?)(?:について|の概要)",),
    "ko": (r"(?P<n>.+?)\s*(?:소개|에 대하여|에 대해)",),
}


# "Was this article helpful?", "Rate this article", "Thanks for your feedback", "Report an
# error" (rule feedback_widget, whole block; the widget's buttons may follow its question).
FEEDBACK_WIDGET: Family = {
    "de": (r"(war|ist) (dieser|der|dies(er)?) (artikel|beitrag|text|inhalt|seite) (hilfreich|nützlich|interessant|lesenswert)\??.*",
           r"(wie )?(hat|gefällt) (ihnen|dir) (dieser|der) (artikel|beitrag)( gefallen)?\??.*", r"(artikel|beitrag|seite) bewerten",
           r"(danke|vielen dank) für (ihr|dein|ihre|deine) (feedback|bewertung|stimme)", r"fehler melden|(einen )?fehler gefunden(\?.*)?"),
    "fr": (r"(cet article|cette page|ce contenu) (vous )?(a-t-il|a t-il|a-t-elle|vous a-t-il|vous a-t-elle) été (utile|intéressant|utiles?)\s*\??.*",
           r"(avez-vous aimé|vous avez aimé) (cet article|ce contenu)\s*\??.*", r"(notez|évaluez|noter|évaluer) (cet article|cette page)",
           r"merci (pour|de) votre (avis|retour|vote|évaluation)", r"(signaler|signalez) une (erreur|coquille|faute)"),
    "es": (r"¿?(te|le) (ha )?(resultado|resultó|parecido|pareció|sido) (útil|interesante)( (este|esta) (artículo|noticia|contenido|información))?\s*\??.*",
           r"¿?(fue|ha sido|es) (útil|de ayuda) (este|esta) (artículo|noticia|contenido|información|página)\s*\??.*",
           r"(valora|califica|puntúa) (este|esta) (artículo|noticia|contenido)", r"gracias por (tu|su) (opinión|valoración|voto)",
           r"(reportar|notificar|informar de) un error"),
    "it": (r"(questo articolo|questa pagina|questo contenuto) (ti |le )?(è stato|è stata|è) (utile|interessante)\s*\??.*",
           r"(ti|le) è (stato|stata) utile( (questo articolo|questa pagina))?\s*\??.*", r"(valuta|vota) (questo|l['’]) ?articolo",
           r"grazie per (il tuo|il suo) (feedback|voto|parere)", r"segnala un errore"),
    "pt": (r"(este|esse) (artigo|conteúdo|texto|post) (foi|lhe foi|te foi) (útil|interessante)\s*\??.*",
           r"(você )?gostou (deste|desse|do) (artigo|conteúdo|texto|post)\s*\??.*", r"(avalie|classifique) (este|esse) (artigo|conteúdo)",
           r"obrigad[oa] pel[oa] (seu |sua )?(feedback|avaliação|voto|opinião)", r"(reportar|comunicar|informar) (um )?erro"),
    "nl": (r"(was|is) (dit|deze) (artikel|pagina|informatie|bericht) (nuttig|behulpzaam|interessant)\s*\??.*",
           r"(wat|hoe) vond (je|u) (dit|deze) (artikel|bericht|pagina)\s*\??.*", r"(beoordeel|waardeer) (dit|deze) (artikel|pagina)",
           r"bedankt voor (je|uw) (feedback|beoordeling|stem)", r"(fout|foutje) melden|(fout|foutje) (gezien|gevonden)(\?.*)?"),
    "pl": (r"czy (ten|to|ta) (artykuł|tekst|materiał|informacja|wpis) (był|była|było|jest) (pomocny|pomocna|pomocne|przydatny|przydatna|przydatne|ciekawy|ciekawa)\s*\??.*",
           r"(oceń|oceń ten) (artykuł|tekst|wpis)", r"dziękujemy za (ocenę|opinię|głos|twoją opinię)", r"zgłoś (błąd|literówkę)",
           r"(czy )?(podobał|spodobał) ci się (ten )?(artykuł|tekst|wpis)\s*\??.*"),
    "ru": (r"(была ли )?(эта )?(статья|информация|публикация) (была )?(полезна|полезной|интересна|интересной)\s*\??.*",
           r"(вам|тебе) (понравилась|понравился) (эта |этот )?(статья|материал|публикация)\s*\??.*",
           r"(оцените|оценить) (статью|материал|публикацию)", r"спасибо за (ваш |вашу )?(отзыв|оценку|голос)",
           r"(нашли|заметили) ошибку(\?.*)?"),
    "tr": (r"bu (haber|makale|içerik|yazı|sayfa) (işinize yaradı mı|faydalı oldu mu|yararlı oldu mu|ilginizi çekti mi)\s*\??.*",
           r"(haberi|makaleyi|içeriği|yazıyı) (değerlendirin|puanlayın|oylayın)", r"geri bildiriminiz için teşekkür(ler| ederiz)",
           r"hata bildir(in)?", r"bu habere (ne )?tepki(niz)? (verdiniz|nedir)\??.*"),
    "zh": (r"(这篇|這篇|本篇|本)?(文章|内容|內容)(对您|對您|对你|對你)?(有|有没有|有沒有)(帮助|幫助)(吗|嗎)?\s*[?？]?.*",
           r"(为|為|给|給)(这篇|本篇|本)?(文章|内容|內容)(评分|評分|打分)", r"(感谢|感謝|谢谢|謝謝)(您的|你的)?(反馈|回饋|评价|評價)",
           r"(我要)?(纠错|糾錯|报错|報錯)"),
    "ja": (r"(この)?(記事|ページ|ページの情報|情報)は(役に立ちましたか|参考になりましたか|お役に立ちましたか|"
           r"見つけやすかったですか|分かりやすかったですか|わかりやすかったですか)[?？]?.*",
           # a city's page survey and its answers ("役に立った ふつう 役に立たなかった")
           r"より(良い|よい)(ウェブサイト|ホームページ)(に|づくり)(する)?(ために|の(ため|参考)に).{0,30}(ご意見|アンケート).*",
           r"((役に立った|役に立たなかった|見つけやすかった|見つけにくかった|わかりやすかった|わかりにくかった|"
           r"分かりやすかった|分かりにくかった|ふつう|どちらともいえない)\s*){2,}",
           r"(この記事を)?評価(する|してください)", r"(ご意見|フィードバック)(ありがとうございました|ありがとうございます)",
           r"(誤字|誤り|間違い)を報告(する)?"),
    "ko": (r"(이 )?(기사|글|정보|페이지)(가|이)? (도움이 되었나요|도움이 되셨나요|유익했나요|좋으셨나요)\??.*",
           # a public body's page survey ("이 페이지에서 제공하는 정보에 대하여 만족하십니까?")
           r"(이 )?(페이지|누리집)에서 제공하는 (정보|서비스|콘텐츠)에 (대하여|대해서?) (얼마나 )?(만족하십니까|만족하시나요|만족하셨습니까)\??.*",
           r"(이 )?(기사|글)(를|을)? 평가(하기|해 주세요)", r"(소중한 )?(의견|피드백)(에)? 감사(합니다|드립니다)", r"(오류|오타) 신고"),
    "ar": (r"هل (كان )?(هذا )?(المقال|الموضوع|المحتوى|الخبر) (مفيدا|مفيداً|مفيد)( لك)?\s*[?؟]?.*",
           r"هل (أعجبك|اعجبك) (هذا )?(المقال|الموضوع|الخبر)\s*[?؟]?.*", r"(قيم|قيّم) (هذا )?(المقال|الموضوع|الخبر)",
           r"شكرا (لك )?على (تقييمك|ملاحظاتك|رأيك)", r"(أبلغ عن|الإبلاغ عن) (خطأ|خطا)"),
    "fa": (r"(آیا )?(این )?(مطلب|مقاله|خبر|محتوا) (برایتان |برای شما )?(مفید|سودمند) بود\s*[?؟]?.*",
           r"(به )?(این )?(مطلب|مقاله|خبر) امتیاز (دهید|بدهید)", r"(از )?(نظر|بازخورد) (شما )?(سپاسگزاریم|متشکریم)", r"گزارش (خطا|اشکال)"),
    "ur": (r"(کیا )?(یہ )?(مضمون|خبر|تحریر) (آپ کے لیے )?(مفید|کارآمد) (تھا|تھی)\s*[?؟]?.*", r"(اس )?(مضمون|خبر) (کو )?ریٹ کریں",
           r"آپ کی رائے کا شکریہ"),
    "ps": (r"(ایا )?(دا )?(مقاله|لیکنه|خبر) (ګټور|ګټوره) و(ه)?\s*[?؟]?.*", r"ستاسو د نظر (څخه )?مننه"),
    "cs": (r"(byl|je) (pro vás )?(tento|ten) (článek|příspěvek|text) (užitečný|přínosný|zajímavý)\s*\??.*",
           r"(byla|je) (pro vás )?(tato|ta) (stránka|informace) (užitečná|přínosná)\s*\??.*", r"(ohodnoťte|hodnocení) (článku|článek|příspěvku|příspěvek)",
           r"děkujeme za (vaše |váš )?(hodnocení|zpětnou vazbu|názor)", r"nahlásit chybu|našli jste chybu(\?.*)?"),
    "sv": (r"(var|är) (den här|denna|det här|detta) (artikel|artikeln|sida|sidan|text|texten|information|informationen) (till hjälp|hjälpsam|användbar|intressant)\s*\??.*",
           r"betygsätt (artikeln|texten)", r"tack för (din|ditt) (feedback|återkoppling|betyg|röst)", r"(rapportera|anmäl) (ett )?fel|hittat ett fel(\?.*)?"),
    "da": (r"var (denne|den her|dette) (artikel|side|tekst|indhold|information)(en)? (nyttig|brugbar|relevant|interessant|til hjælp)\s*\??.*",
           r"(bedøm|vurdér|vurder) (artiklen|teksten|siden)", r"tak for (din|dit) (feedback|tilbagemelding|bedømmelse|stemme)",
           r"(rapportér|meld) (en )?fejl|(har du fundet|fandt du) en fejl(\?.*)?"),
    "nb": (r"var (denne|dette) (artikkelen|saken|siden|teksten|artikkel|sak|side|tekst|innholdet) (nyttig|til hjelp|interessant|relevant)\s*\??.*",
           r"(vurder|gi karakter til) (artikkelen|saken|teksten)", r"takk for (tilbakemeldingen|vurderingen|stemmen|din tilbakemelding)",
           r"(meld fra om|rapporter) (en )?feil|(har du funnet|fant du) en feil(\?.*)?"),
    "fi": (r"(oliko|onko) (tämä|tästä) (artikkeli|juttu|sivu|sisältö|artikkelista|jutusta|sivusta|sisällöstä) "
           r"(hyödyllinen|hyötyä|avuksi|kiinnostava)\s*\??.*",
           r"arvioi (tämä )?(artikkeli|juttu)", r"kiitos (palautteestasi|arviostasi|äänestäsi)",
           r"ilmoita virheestä|(löysitkö|huomasitko) (jutusta |artikkelista )?virheen(\?.*)?"),
    "ro": _ro(r"(acest|această) (articol|informație|pagină) (a fost|ți-a fost|v-a fost) (util|utilă|folositor|folositoare)\s*\??.*",
              r"(ți-a|v-a) (fost )?(util|utilă|folositor|folositoare) (acest articol|această informație|această pagină)\s*\??.*",
              r"(evaluează|evaluați|votează|notează) (acest )?articol(ul)?", r"mulțumim pentru (feedback|evaluare|vot|părere)",
              r"(raportează|semnalează|semnalați) (o )?(eroare|greșeală)"),
    "hu": (r"(hasznos|érdekes) volt (ez a|a) (cikk|bejegyzés|oldal|tartalom)\s*\??.*", r"(hogy )?tetszett (a|ez a) (cikk|bejegyzés|írás)\s*\??.*",
           r"(értékeld|értékelje) (a|ezt a) (cikket|bejegyzést|írást)", r"köszönjük (a |az )?(visszajelzést|értékelést|szavazatot)",
           r"hibát (találtál|talált)(\?.*)?|hiba bejelentése"),
    "el": _el(r"(σας|σου) (φάνηκε|ήταν) (χρήσιμο|χρήσιμη|ενδιαφέρον) (το|αυτό το) (άρθρο|περιεχόμενο)\s*[;?;]?.*",
              r"(ήταν|είναι) (χρήσιμο|χρήσιμη) (το|αυτό το|αυτή η|η) (άρθρο|σελίδα|πληροφορία)\s*[;?;]?.*",
              r"(βαθμολογήστε|αξιολογήστε) (το|αυτό το) άρθρο", r"ευχαριστούμε για (την αξιολόγηση|τα σχόλιά σας|την ψήφο σας)",
              r"(αναφορά|αναφέρετε) (λάθους|σφάλματος|ένα λάθος)"),
    "uk": (r"(чи )?(була )?(ця )?(стаття|інформація|публікація) (була )?(корисною|корисна|цікавою)\s*\??.*",
           r"(вам|тобі) (сподобалася|сподобалась|сподобався) (ця |цей )?(стаття|матеріал|публікація)\s*\??.*",
           r"(оцініть|оцінити) (статтю|матеріал|публікацію)", r"дякуємо за (ваш |вашу )?(відгук|оцінку|голос)",
           r"(знайшли|помітили) помилку(\?.*)?"),
    "he": (r"(האם )?(הכתבה|המאמר|המידע|העמוד)( הזה| הזו)? (עזר|עזרה|היה מועיל|הייתה מועילה|עזר לך|עזרה לך)\s*\??.*",
           r"(דרגו|דרג) את (הכתבה|המאמר)", r"תודה על (המשוב|הדירוג|ההצבעה)", r"(דווחו|דווח) על (טעות|שגיאה)|מצאתם טעות(\?.*)?"),
    "id": (r"(apakah )?(artikel|berita|konten|informasi|halaman) ini (membantu|bermanfaat|berguna)( (bagi|untuk) (anda|kamu))?\s*\??.*",
           r"(bagaimana )?(reaksi|perasaan) (anda|kamu) (tentang|terhadap|setelah membaca) (artikel|berita) ini\s*\??.*",
           r"(beri nilai|nilai) (artikel|berita) ini", r"terima kasih (atas|untuk) (masukan|penilaian|feedback) (anda|kamu)",
           r"laporkan (kesalahan|typo)"),
    "vi": (r"(bài viết|thông tin|nội dung) (này )?có (hữu ích|ích) (cho bạn )?không\s*\??.*",
           r"bạn (thấy|đánh giá) (bài viết|nội dung) (này )?(thế nào|như thế nào)\s*\??.*", r"(đánh giá|bình chọn) bài viết( này)?",
           r"cảm ơn (bạn )?(đã )?(phản hồi|đánh giá|góp ý)", r"báo lỗi( bài viết)?"),
    "hi": _hi(r"(क्या )?(यह|ये) (लेख|ख़बर|जानकारी|पोस्ट) (आपके लिए )?(उपयोगी|मददगार|सहायक) (था|थी|रहा|रही)\s*\??.*",
              r"(इस )?(लेख|ख़बर|पोस्ट) को (रेटिंग दें|रेट करें)", r"(आपकी )?(प्रतिक्रिया|राय) के लिए (धन्यवाद|शुक्रिया)",
              r"(ग़लती|त्रुटि) (की )?(रिपोर्ट करें|बताएं)"),
    "bn": _bn(r"(এই )?(লেখা|নিবন্ধ|খবর|তথ্য)(টি)? (কি )?(আপনার )?(কাজে লেগেছে|সহায়ক ছিল|উপকারী ছিল)\s*\??.*",
              r"(লেখা|খবর|নিবন্ধ)(টি)? (রেটিং দিন|মূল্যায়ন করুন)", r"(আপনার )?(মতামতের|প্রতিক্রিয়ার) জন্য ধন্যবাদ", r"ভুল (রিপোর্ট করুন|জানান)"),
    "th": (r"(บทความ|ข้อมูล|เนื้อหา)นี้(มี)?(ประโยชน์|เป็นประโยชน์)(กับคุณ|ต่อคุณ)?(หรือไม่|ไหม)\s*\??.*", r"(ให้คะแนน|โหวต)(บทความ|เนื้อหา)(นี้)?",
           r"ขอบคุณ(สำหรับ)?(ความคิดเห็น|คำติชม|การให้คะแนน)(ของคุณ)?", r"แจ้ง(ข้อผิดพลาด|ปัญหา)"),
}

# A contact line (rule contact_line, whole block): an e-mail or phone label with its address
# or number ("E-Mail: redaktion@example.de", "Telefon: 030 1234567"), or a call to write to
# the newsroom that gives its address ("Czekamy na Wasze maile ...: redakcja@example.pl").
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PHONE = r"\+?\d[\d\s()./-]{6,18}\d"


def written_to(write: str) -> str:
    """A newsroom's call to write to it (`write`, its words), then its address within a
    sentence or two, up to the line's end."""
    return rf"(?:{write}).{{0,120}}?{EMAIL}.*"


def _contact(labels: str, write: str) -> tuple[str, ...]:
    return (rf"(?:{labels})\.?\s*[:：]?\s*(?:{EMAIL}|{_PHONE})", written_to(write))


CONTACT_LINE: Family = {
    "de": _contact(r"e-?mail|mail|kontakt|telefon|tel|fax|mobil|handy|hotline|redaktion",
                   r"schreiben sie uns|schreib uns|schreibt uns|kontaktieren sie uns|sie erreichen (uns|die redaktion)|"
                   r"(hinweise|anregungen|fragen|kritik|leserbriefe)( und| oder|,)[\w ,]{0,40} (an|bitte an|senden sie an)"),
    "fr": _contact(r"e-?mail|courriel|mail|contact|téléphone|tél|fax|portable",
                   r"écrivez-nous|contactez-nous|nous contacter|vous pouvez nous (écrire|contacter)"),
    "es": _contact(r"e-?mail|correo( electrónico)?|contacto|teléfono|tel|fax|móvil|whatsapp",
                   r"escríbenos|escríbanos|contáctanos|contáctenos|puedes escribirnos|envíanos"),
    "it": _contact(r"e-?mail|mail|posta elettronica|contatti|contatto|telefono|tel|fax|cellulare",
                   r"scrivici|scriveteci|contattaci|contattateci|per (informazioni|segnalazioni) (scrivere|scrivi) a"),
    "pt": _contact(r"e-?mail|contato|contacto|telefone|tel|fax|celular|telemóvel|whatsapp",
                   r"escreva-nos|fale conosco|entre em contato|contacte-nos|envie (um e-?mail|sua mensagem)"),
    "nl": _contact(r"e-?mail|mail|contact|telefoon|tel|fax|mobiel",
                   r"mail ons|schrijf ons|neem contact (met ons )?op|tips voor de redactie"),
    "pl": _contact(r"e-?mail|mail|kontakt|telefon|tel|tel\. kom|faks|fax|komórka",
                   r"czekamy na (wasze|państwa|twoje) (maile|listy|opinie|uwagi|sygnały|komentarze)|napisz do nas|napiszcie do nas|"
                   r"skontaktuj się z nami|masz (temat|informację|newsa)"),
    "ru": _contact(r"e-?mail|эл\. почта|почта|электронная почта|контакты|телефон|тел|факс",
                   r"пишите (нам|на)|напишите нам|свяжитесь с нами|присылайте (ваши )?(новости|вопросы|материалы)"),
    "tr": _contact(r"e-?posta|eposta|e-?mail|iletişim|telefon|tel|faks|gsm",
                   r"bize (yazın|ulaşın)|bizimle iletişime geçin"),
    "zh": _contact(r"邮箱|郵箱|电子邮件|電子郵件|邮件|郵件|联系|聯繫|联系我们|聯繫我們|电话|電話|传真|傳真|投稿邮箱|投稿郵箱|联系电话|聯絡電話",
                   r"欢迎投稿|歡迎投稿|投稿请|投稿請|如有(疑问|疑問|问题|問題)"),
    "ja": _contact(r"メール|メールアドレス|お問い合わせ|問い合わせ|電話|電話番号|tel|fax",
                   r"お問い合わせは|ご連絡は|情報提供は"),
    "ko": _contact(r"이메일|메일|문의|연락처|전화|전화번호|팩스|제보",
                   r"(기사 ?)?제보(는)?|문의(는)?|보도자료(는)?"),
    "ar": _contact(r"البريد الإلكتروني|البريد|الإيميل|للتواصل|هاتف|الهاتف|فاكس|جوال",
                   r"راسلونا|تواصل معنا|للتواصل معنا|اتصل بنا"),
    "fa": _contact(r"ایمیل|پست الکترونیک|تماس|تلفن|تلفن تماس|فکس|نمابر|شماره تماس",
                   r"با ما در تماس باشید|تماس با ما|برای ما بنویسید"),
    "ur": _contact(r"ای ?میل|رابطہ|فون|فیکس|موبائل", r"ہم سے رابطہ کریں|ہمیں لکھیں"),
    "ps": _contact(r"برېښنالیک|بریښنالیک|اړیکه|تلیفون|ټیلیفون", r"له موږ سره اړیکه ونیسئ|موږ ته ولیکئ"),
    "cs": _contact(r"e-?mail|kontakt|telefon|tel|fax|mobil", r"napište nám|kontaktujte nás|máte tip( na článek)?"),
    "sv": _contact(r"e-?post|mejl|mail|kontakt|telefon|tel|fax|mobil", r"mejla oss|skriv till oss|kontakta oss|tipsa oss|har du ett tips"),
    "da": _contact(r"e-?mail|mail|kontakt|telefon|tlf|tel|fax|mobil",
                   r"skriv til os|kontakt os|send os en (e-?)?mail|tip os|har du et tip"),
    "nb": _contact(r"e-?post|epost|mail|kontakt|telefon|tlf|tel|faks|mobil",
                   r"skriv til oss|kontakt oss|send oss en e-?post|tips oss|har du et tips"),
    "fi": _contact(r"sähköposti|s-posti|e-?mail|yhteystiedot|puhelin|puh|gsm|faksi",
                   r"ota yhteyttä|kirjoita meille|vinkkaa meille|lähetä (meille )?(vinkki|sähköpostia)|onko sinulla (uutis)?vinkki"),
    "ro": _ro(*_contact(r"e-?mail|contact|telefon|tel|fax|mobil", r"scrie-ne|scrieți-ne|contactează-ne|contactați-ne|trimite-ne")),
    "hu": _contact(r"e-?mail|e-?mail-cím|kapcsolat|telefon|tel|fax|mobil",
                   r"írjon nekünk|írj nekünk|lépjen kapcsolatba velünk|vegye fel velünk a kapcsolatot"),
    "el": _el(*_contact(r"e-?mail|ηλ\. ταχυδρομείο|επικοινωνία|τηλέφωνο|τηλ|φαξ|κινητό",
                        r"επικοινωνήστε μαζί μας|γράψτε μας|στείλτε μας")),
    "uk": _contact(r"e-?mail|ел\. пошта|електронна пошта|пошта|контакти|телефон|тел|факс",
                   r"пишіть (нам|на)|напишіть нам|зв['’ʼ]яжіться з нами|надсилайте"),
    "he": _contact(r"אימייל|דוא[\"״]?ל|מייל|טלפון|טל['׳]?|פקס|נייד|צור קשר|ליצירת קשר", r"כתבו לנו|צרו קשר|ליצירת קשר|לפניות"),
    "id": _contact(r"e-?mail|surel|e-?mel|kontak|telepon|telp|tel|faks|whatsapp",
                   r"hubungi kami|kirim (email|surel|tulisan) (anda )?ke"),
    "vi": _contact(r"email|thư điện tử|liên hệ|điện thoại|đt|sđt|fax|hotline",
                   r"liên hệ với chúng tôi|gửi (thư|email) cho chúng tôi|mọi (thông tin|ý kiến)[\w ]{0,20} (gửi|xin gửi) về"),
    "hi": _hi(*_contact(r"ईमेल|ई-मेल|संपर्क|फ़ोन|मोबाइल|फ़ैक्स", r"हमें लिखें|हमसे संपर्क करें")),
    "bn": _bn(*_contact(r"ইমেইল|ই-মেইল|ইমেল|যোগাযোগ|ফোন|মোবাইল|ফ্যাক্স", r"আমাদের লিখুন|আমাদের সাথে যোগাযোগ করুন")),
    "th": _contact(r"อีเมล|อีเมล์|ติดต่อ|โทร|โทรศัพท์|แฟกซ์|มือถือ", r"ติดต่อเรา|ติดต่อโฆษณา|ส่งข่าว"),
}

# Shop buttons (rule shop_button, whole block): "Bei Amazon ansehen", "Voir sur Amazon",
# "Preis prüfen", "Zum Angebot", a plug for the site's own shop ("Besuchen Sie unseren Fan-Shop").
_SHOP = r"[\w\u0900-\u0e7f.&'’ -]{1,30}"
SHOP_BUTTON: Family = {
    "de": (rf"(jetzt )?(bei|auf) {_SHOP} (kaufen|ansehen|bestellen|anschauen)", rf"(jetzt )?(kaufen|ansehen|bestellen) (bei|auf) {_SHOP}",
           rf"(zum|zu) (angebot|shop|produkt)( (bei|auf) {_SHOP})?", rf"preis (prüfen|vergleichen|ansehen)( (bei|auf) {_SHOP})?",
           r"(jetzt neu!? )?(besuchen sie|besuche|besucht) unseren [\w-]*shop", r"jetzt kaufen|jetzt bestellen|in den warenkorb"),
    "fr": (rf"(acheter|commander|voir l['’]offre|voir le prix) (sur|chez) {_SHOP}", rf"(voir|vérifier|comparer) (le prix|les prix)( (sur|chez) {_SHOP})?",
           r"(visitez|découvrez) (notre|la) boutique( en ligne)?", r"acheter maintenant|ajouter au panier|voir l['’]offre"),
    "es": (rf"(comprar|ver oferta|ver precio) en {_SHOP}", rf"(ver|comprobar|consultar) (el )?precio( en {_SHOP})?",
           r"(visita|visite|descubre) nuestra tienda( online| en línea)?", r"comprar ahora|añadir al carrito|ver oferta"),
    "it": (rf"(compra|acquista|vedi offerta|vedi prezzo) (su|da|presso) {_SHOP}", rf"(vedi|controlla|verifica) (il )?prezzo( (su|da) {_SHOP})?",
           r"(visita|scopri) il nostro (shop|negozio|store)( online)?", r"acquista ora|compra ora|aggiungi al carrello|vedi offerta|vai all['’]offerta"),
    "pt": (rf"(comprar|ver oferta|ver preço) (na|no|em) {_SHOP}", rf"(ver|conferir|verificar) (o )?preço( (na|no|em) {_SHOP})?",
           r"(visite|conheça) (a )?nossa loja( online| virtual)?", r"compre (já|agora)|comprar agora|adicionar ao carrinho|ver oferta"),
    "nl": (rf"(koop|bestel|bekijk prijs|bekijk aanbieding) (bij|op) {_SHOP}", rf"(bekijk|check|vergelijk) (de )?prijs( (bij|op) {_SHOP})?",
           r"(bezoek|ontdek) onze (web)?(winkel|shop)", r"nu kopen|koop nu|bestel nu|in winkelwagen|bekijk aanbieding"),
    "pl": (rf"(kup|kup teraz|zamów) (w|na|u) {_SHOP}", rf"(sprawdź|porównaj) (cenę|ceny)( (w|na) {_SHOP})?",
           r"(odwiedź|odwiedźcie) (nasz|naszego) (sklep|sklepu)( internetowy)?", r"kup teraz|dodaj do koszyka|zobacz ofertę|sprawdź ofertę"),
    "ru": (rf"(купить|заказать) (на|в|у) {_SHOP}", rf"(узнать|проверить|сравнить) (цену|цены)( (на|в) {_SHOP})?",
           r"(посетите|загляните в) наш (интернет-)?магазин", r"купить сейчас|в корзину|добавить в корзину"),
    "tr": (rf"{_SHOP}['’]?(da|de|ta|te)n? (satın al|incele)", r"(fiyatı|fiyatını) (gör|kontrol et|incele)",
           r"mağazamızı ziyaret edin", r"hemen satın al|sepete ekle|satın al"),
    "zh": (r"(在|到|去)[\w.&' -]{1,12}(购买|購買|查看价格|查看價格)", r"(立即|马上|馬上)(购买|購買|抢购|搶購)|加入购物车|加入購物車|查看(优惠|優惠)",
           r"(访问|訪問|逛逛)(我们的|我們的)?(商店|商城|网店|網店)"),
    "ja": (r"[\w.&' -]{1,20}で(見る|購入する|購入|チェックする|買う)", r"(今すぐ)?購入する|カートに入れる|価格をチェック"),
    "ko": (r"[\w.&' -]{1,20}에서 (보기|구매하기|구매|최저가 보기)", r"(지금 )?구매하기|장바구니 담기|최저가 (보기|확인)"),
    "ar": (rf"(اشتر|اشتري|شراء|تسوق) (الآن|من {_SHOP})", rf"(عرض|تحقق من) السعر( (على|في) {_SHOP})?", r"(زوروا|قم بزيارة) متجرنا",
           r"أضف إلى السلة|اضف الى السلة"),
    "fa": (rf"خرید (از {_SHOP}|آنلاین|کنید)", rf"(مشاهده|بررسی) قیمت( در {_SHOP})?", r"افزودن به سبد خرید",
           r"(از )?فروشگاه ما (دیدن|بازدید) کنید"),
    "ur": (r"ابھی خریدیں", r"قیمت (دیکھیں|چیک کریں)", r"ہمارے (آن لائن )?اسٹور (پر جائیں|کا دورہ کریں)", r"کارٹ میں شامل کریں"),
    "ps": (r"(اوس )?(وپېرئ|واخلئ)", r"بیه (وګورئ|چک کړئ)", r"زموږ (پلورنځي|هټۍ) ته (ورشئ|راشئ)"),
    "cs": (rf"(koupit|objednat) (na|v|u) {_SHOP}", rf"(porovnat|zjistit|zobrazit) (cenu|ceny)( (na|v) {_SHOP})?",
           r"(navštivte|navštiv) (náš )?(e-?shop|obchod)", r"koupit nyní|do košíku|přidat do košíku|zobrazit nabídku"),
    "sv": (rf"köp (på|hos|från) {_SHOP}", rf"(kolla|jämför|se) (priset|priser|pris)( (på|hos) {_SHOP})?",
           r"besök (vår|våran) (butik|webbutik|webshop)", r"köp nu|lägg i varukorgen|till erbjudandet"),
    "da": (rf"køb (på|hos|fra) {_SHOP}", rf"(se|tjek|sammenlign) (prisen|priser|pris)( (på|hos) {_SHOP})?",
           r"besøg vores (butik|webshop|netbutik)", r"køb nu|læg i kurv(en)?|tilføj til kurv(en)?|se tilbuddet|til tilbuddet"),
    "nb": (rf"kjøp (på|hos|fra) {_SHOP}", rf"(se|sjekk|sammenlign) (prisen|priser|pris)( (på|hos) {_SHOP})?",
           r"besøk (vår|vårt) (butikk|nettbutikk|webshop)|besøk nettbutikken vår", r"kjøp nå|legg i handlekurv(en)?|se tilbudet|til tilbudet"),
    # the shop's name, capitalised, in the elative or ablative: "Osta Verkkokauppa.comista"
    # ("osta kotimaista", buy domestic, is a slogan)
    "fi": (rf"(osta|tilaa) (?={_UPPER})[\w.&'’-]{{1,30}}(:sta|:stä|sta|stä|lta|ltä)",
           rf"(katso|tarkista|vertaa) (hinta|hinnat|hintoja)( (?={_UPPER})[\w.&'’-]{{1,30}}(:ssa|:ssä|ssa|ssä|lla|llä|sta|stä))?",
           r"(käy|vieraile) (verkko)?kaupassamme", r"osta nyt|lisää ostoskoriin|siirry tarjoukseen|katso tarjous"),
    "ro": _ro(rf"(cumpără|comandă) (pe|de pe|la|din) {_SHOP}", rf"(vezi|verifică|compară) (prețul|prețurile)( (pe|la) {_SHOP})?",
              r"(vizitează|vizitați) magazinul nostru( online)?", r"cumpără acum|adaugă în coș|vezi oferta"),
    "hu": (rf"(megnézem|megveszem|vásárlás|rendelés) (a |az ){_SHOP}", r"(ár|árak) (ellenőrzése|összehasonlítása)",
           r"(látogass|látogasson) el (a |az )?(webshopunkba|boltunkba|webáruházunkba)", r"kosárba( teszem)?|megveszem"),
    "el": _el(rf"(αγόρασε|αγοράστε) (στο|στα|από το|από) {_SHOP}", rf"(δείτε|δες) (την τιμή|τις τιμές)( (στο|σε) {_SHOP})?",
              r"(επισκεφθείτε|επισκεφτείτε) το (κατάστημα|eshop) μας", r"αγόρασε τώρα|αγορά τώρα|προσθήκη στο καλάθι"),
    "uk": (rf"(купити|замовити) (на|в|у) {_SHOP}", rf"(дізнатися|перевірити|порівняти) (ціну|ціни)( (на|в) {_SHOP})?",
           r"(відвідайте|завітайте до) (нашого|наш) (інтернет-)?магазин(у)?", r"купити зараз|в кошик|додати в кошик"),
    "he": (rf"(לרכישה|לקנייה|קנו|קנה) (ב|באתר |ב-){_SHOP}", rf"(בדקו|בדוק|השוו) (מחיר|מחירים)( ב-?{_SHOP})?",
           r"(בקרו|בקר) בחנות( האונליין)? שלנו", r"(הוסף|הוספה) לסל|קנה עכשיו|לרכישה"),
    "id": (rf"(beli|cek) (di|sekarang di) {_SHOP}", rf"(cek|lihat|bandingkan) harga( (di|terbaru di) {_SHOP})?",
           r"(kunjungi|mampir ke) toko (online )?kami", r"beli sekarang|tambah ke keranjang|masukkan keranjang|lihat penawaran"),
    "vi": (rf"mua (tại|ở|trên) {_SHOP}", rf"(xem|kiểm tra|so sánh) giá( (tại|trên) {_SHOP})?",
           r"(ghé thăm|truy cập) cửa hàng (của chúng tôi|online)", r"mua ngay|thêm vào giỏ( hàng)?|xem ưu đãi"),
    "hi": _hi(rf"({_SHOP} पर )?(अभी )?ख़रीदें", r"(क़ीमत|दाम) (देखें|चेक करें)", r"हमारे (ऑनलाइन )?स्टोर पर जाएं", r"कार्ट में (जोड़ें|डालें)"),
    "bn": _bn(r"(এখনই )?কিনুন", r"দাম (দেখুন|যাচাই করুন)", r"আমাদের (অনলাইন )?(স্টোর|দোকান) (ঘুরে দেখুন|ভিজিট করুন)",
              r"কার্টে (যোগ করুন|যুক্ত করুন)"),
    "th": (rf"(ซื้อ|สั่งซื้อ)(ที่|ได้ที่|ผ่าน) ?{_SHOP}", rf"(เช็ค|ดู|เปรียบเทียบ)ราคา( ?(ที่|ใน) ?{_SHOP})?",
           r"(เยี่ยมชม|แวะชม)ร้าน(ค้า)?(ของเรา|ออนไลน์)", r"ซื้อเลย|สั่งซื้อเลย|หยิบใส่ตะกร้า|เพิ่มลงตะกร้า"),
}

# Paywalls and member gates (rule paywall, whole block): the gate's label, or a block that
# opens with it and goes on with its offer ("Dieser Artikel ist nur für Abonnenten
# verfügbar. Jetzt 4 Wochen testen ...").
# The page's machinery speaking to the reader instead of its text: "enable JavaScript", "your
# browser is out of date", "your browser cannot play this video". A <noscript> fallback or
# an old-browser banner flattened into the page; every site platform prints them. Found in
# blocks of up to 30 words (rules/chrome.py), and only in the second person or the passive
# of a site's notice: an article sentence about browsers or JavaScript ("Browsers did not
# support ES6 yet") names them without telling the reader to do anything.
# "JS" words: JavaScript as each language writes it.
_JS = r"(javascript|java ?script|js)"
TECH_NOTICE: Family = {
    "de": (rf"(aktivier|einschalt|erlaub)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(aktivier\w*|einschalt\w*|erforderlich|benötigt|notwendig|deaktiviert|ausgeschaltet)",
           r"(ihr|dein|euer) (web)?browser (\w+ ){0,3}(ist (veraltet|zu alt)|wird nicht (mehr )?unterstützt|unterstützt (kein\w*|nicht)|kann (dieses|das|kein\w*) video)",
           r"(sie|du|ihr) (\w+ ){0,6}(veraltete\w*|ältere\w*|alte[nr]?) (web)?browser", r"(aktualisier\w*|update) (sie |du |ihr )?(bitte )?(ihren|deinen|euren) browser",
           r"(lade|laden sie) .{0,60}(neuere\w*|aktuelle\w*|moderne\w*) browser"),
    "fr": (rf"(activ|autoris)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(désactivé|requis|nécessaire|doit être activé)",
           r"votre navigateur (\w+ ){0,3}(est (obsolète|trop ancien|dépassé)|n'est (pas|plus) (pris en charge|supporté|à jour)|ne (prend|supporte) pas|ne peut pas (lire|afficher))",
           r"(mettez|mettre) à jour votre navigateur"),
    "es": (rf"(activ|habilit|permit)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(desactivado|deshabilitado|requerido|necesario|debe estar (activado|habilitado))",
           r"(tu|su) navegador (\w+ ){0,3}(está (desactualizado|obsoleto)|no es compatible|no (soporta|admite|puede reproducir)|ya no es compatible)",
           r"actualiza (tu|su) navegador|actualice su navegador"),
    "it": (rf"(abilit|attiv|consent)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(disabilitato|disattivato|richiesto|necessario|deve essere (abilitato|attivo))",
           r"il tuo browser (\w+ ){0,3}(è (obsoleto|datato|troppo vecchio)|non è (supportato|aggiornato|compatibile)|non supporta|non può riprodurre)",
           r"aggiorna(re)? il tuo browser"),
    "pt": (rf"(ativ|activ|habilit|permit)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(desativado|desactivado|desabilitado|necessário|obrigatório)",
           r"(seu|o seu) navegador (\w+ ){0,3}(está desatualizado|é (obsoleto|antigo)|não é (suportado|compatível)|não (suporta|pode reproduzir))",
           r"atualize (o )?(seu )?navegador|actualize o seu navegador"),
    "nl": (rf"(schakel|activeer|zet)\W+(\w+\W+){{0,3}}{_JS}( \w+)? (in|aan)", rf"{_JS}\W+(\w+\W+){{0,3}}(uitgeschakeld|vereist|nodig|ingeschakeld zijn)",
           r"(je|uw) browser (\w+ ){0,3}(is verouderd|wordt niet (meer )?ondersteund|ondersteunt (geen|dit niet|niet)|kan (deze|dit|geen) video)",
           r"(update|upgrade|vernieuw) (je|uw) browser"),
    "pl": (rf"(włącz|aktywuj|zezwól)\w*\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(wyłączon\w+|wymagan\w+|niezbędn\w+|musi być włączon\w+)",
           r"twoja przeglądarka (\w+ ){0,3}(jest (przestarzała|nieaktualna|zbyt stara)|nie (jest obsługiwana|obsługuje|może odtworzyć))",
           r"zaktualizuj (swoją )?przeglądarkę"),
    "ru": (rf"(включите|включить|разрешите)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(отключ\w+|выключ\w+|необходим\w*|требуется|должен быть включ\w+)",
           r"ваш браузер (\w+ ){0,3}(устарел|не поддерживается|не поддерживает|не может воспроизвести)", r"обновите (ваш |свой )?браузер"),
    "tr": (rf"{_JS}['’]?\w*\W+(\w+\W+){{0,3}}(etkinleştir\w*|aktif (edin|hale getirin)|devre dışı|gerekli|açın)",
           r"tarayıcınız (\w+ ){0,3}(güncel değil|eski|desteklenmiyor|desteklemiyor|bu videoyu oynatamıyor)", r"tarayıcınızı güncelleyin"),
    "zh": (rf".*?(请|請)?(启用|啟用|开启|開啟|打开|打開|允许|允許).{{0,4}}{_JS}.*", rf".*?{_JS}.{{0,4}}(已被?禁用|被禁用|未启用|未啟用|已关闭|已關閉).*",
           r".*?(您的|你的)?浏览器(版本)?(过低|過低|过旧|過舊|太旧|太舊|不支持|不支援|不受支持).*", r".*?瀏覽器(版本)?(過低|過舊|太舊|不支援|不受支援).*",
           r".*?(请|請)(升级|升級|更新)(您的|你的)?(浏览器|瀏覽器).*"),
    "ja": (rf".*?{_JS}.{{0,6}}(を)?(有効|オン)に(して|する).*", rf".*?{_JS}.{{0,6}}(が|は)(無効|オフ)(になって|です).*",
           r".*?(お使いの|ご利用の)(ブラウザ|ブラウザー)(は|では).{0,20}(古い|サポートされていません|対応していません|サポート対象外).*",
           r".*?(ブラウザ|ブラウザー)を(最新|更新|アップデート).{0,10}(してください|ください).*"),
    "ko": (rf".*?{_JS}.{{0,4}}(를|을)? ?(활성화|사용하도록 설정|허용).*", rf".*?{_JS}.{{0,4}}(가|이)? ?(비활성화|꺼져).*",
           r".*?(사용 중인|현재) (브라우저|웹 브라우저)(는|가) .{0,30}(오래되었습니다|지원되지 않습니다|지원하지 않습니다).*",
           r".*?브라우저를 (업데이트|업그레이드|최신 버전으로).*"),
    "ar": (r"(تفعيل|فعّل|فعل|قم بتفعيل|يرجى تفعيل) (ال)?(جافا ?سكريبت|javascript)", r"(جافا ?سكريبت|javascript) (معطل|غير مفعل|مطلوب)",
           r"متصفحك (\w+ ){0,3}(قديم|غير مدعوم|لا يدعم)", r"(قم ب)?تحديث متصفحك"),
    "fa": (r"(جاوا ?اسکریپت|javascript) (را|مرورگر خود را)? ?(فعال|روشن) (کنید|نمایید)", r"(جاوا ?اسکریپت|javascript) (غیرفعال|خاموش) است",
           r"مرورگر (شما|تان) (\w+ ){0,3}(قدیمی است|پشتیبانی نمی‌?شود|پشتیبانی نمی‌?کند)", r"مرورگر (خود|تان) را (به‌?روز|بروز|ارتقا)"),
    "ur": (r"(جاوا ?اسکرپٹ|javascript) (کو )?(فعال|آن) کریں", r"(جاوا ?اسکرپٹ|javascript) (غیر فعال|بند) ہے",
           r"آپ کا براؤزر (\w+ ){0,3}(پرانا ہے|سپورٹ نہیں کرتا|تعاون یافتہ نہیں)", r"(اپنا|اپنے) براؤزر (کو )?اپ ?ڈیٹ کریں"),
    "ps": (r"(جاوا ?سکریپټ|javascript) (فعال|چالان) کړئ", r"ستاسو (براوزر|براوزر مو) (زوړ دی|نه ملاتړ کوي)", r"خپل براوزر تازه کړئ"),
    "cs": (rf"(povolte|zapněte|povolit|zapnout|aktivujte)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(vypnut\w*|zakázán\w*|vyžadován\w*|nutn\w*)",
           r"váš prohlížeč (\w+ ){0,3}(je zastaralý|není podporován|nepodporuje|nemůže přehrát)", r"aktualizujte (svůj )?prohlížeč"),
    "sv": (rf"(aktivera|slå på|tillåt)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(inaktiverat|avstängt|krävs|måste vara aktiverat)",
           r"din webbläsare (\w+ ){0,3}(är (föråldrad|för gammal|inte (längre )?(stödd|supporterad))|stöder inte|stödjer inte|kan inte spela)",
           r"uppdatera din webbläsare"),
    "da": (rf"(aktivér|aktiver|tillad)\W+(\w+\W+){{0,3}}{_JS}", rf"slå {_JS} til",
           rf"{_JS}\W+(\w+\W+){{0,3}}(deaktiveret|slået fra|skal være aktiveret)",
           r"din (web)?browser (\w+ ){0,3}(er (forældet|for gammel|ikke (længere )?understøttet)|understøtter ikke|kan ikke afspille)",
           r"opdater din (web)?browser"),
    "nb": (rf"(aktiver|tillat)\W+(\w+\W+){{0,3}}{_JS}", rf"(slå|skru) på {_JS}",
           rf"{_JS}\W+(\w+\W+){{0,3}}(deaktivert|slått av|må være aktivert)",
           r"(din nettleser|nettleseren din) (\w+ ){0,3}(er (utdatert|for gammel|ikke (lenger )?støttet)|støttes ikke|støtter ikke|kan ikke spille)",
           r"oppdater (nettleseren( din)?|din nettleser)"),
    "fi": (rf"(ota|kytke) {_JS}\w* (käyttöön|päälle)", rf"salli {_JS}\w*",
           rf"{_JS}\w*\W+(\w+\W+){{0,3}}(ei ole käytössä|on poistettu käytöstä|on pois päältä|on oltava käytössä)",
           r"(selaimesi|käyttämäsi selain) (\w+ ){0,3}(on vanhentunut|on liian vanha|ei tue|ei ole tuettu|ei pysty toistamaan)",
           r"päivitä (selaimesi|selain)"),
    "ro": _ro(rf"(activați|activeaza|activează|permiteți)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(dezactivat|este necesar|necesar|trebuie (să fie )?activat)",
           r"browserul (dvs\.?|dumneavoastră|tău) (\w+ ){0,3}(este (învechit|depășit|prea vechi)|nu (este suportat|suportă|acceptă|poate reda))",
           r"actualizați(-vă)? browserul|actualizează(-ți)? browserul"),
    "hu": (rf"(engedélyezze|engedélyezd|kapcsolja be|kapcsold be)\W+(\w+\W+){{0,3}}{_JS}\w*", rf"{_JS}\w*\W+(\w+\W+){{0,3}}(le van tiltva|ki van kapcsolva|szükséges|engedélyezés\w*)",
           r"(az ön|a) böngészője (\w+ ){0,3}(elavult|nem támogatott|nem támogatja)", r"frissítse (a )?böngészőjét|frissítsd a böngésződ"),
    "el": _el(rf"(ενεργοποιήστε|ενεργοποίησε|ενεργοποίηση)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(απενεργοποιημένη|είναι απαραίτητη|απαιτείται)",
           r"(ο|το) (browser|φυλλομετρητής|πρόγραμμα περιήγησης) σας (\w+ ){0,3}(είναι (παλιός|παλιό|παρωχημένος|ξεπερασμένος)|δεν υποστηρίζ\w+)",
           r"(αναβαθμίστε|ενημερώστε) (τον|το) (browser|φυλλομετρητή|πρόγραμμα περιήγησης) σας"),
    "uk": (rf"(увімкніть|увімкнути|дозвольте)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(вимкнено|вимкнений|необхідн\w*|потрібн\w*)",
           r"ваш браузер (\w+ ){0,3}(застарів|не підтримується|не підтримує)", r"оновіть (ваш |свій )?браузер"),
    "he": (rf"(יש להפעיל|נא להפעיל|אנא הפעל|הפעילו|הפעל) (את )?{_JS}", rf"{_JS} (אינו מופעל|מושבת|נדרש)",
           r"הדפדפן (שלך|שלכם) (\w+ ){0,3}(אינו נתמך|לא נתמך|ישן|מיושן|אינו תומך|לא תומך)", r"(עדכנו|עדכן|יש לעדכן) את הדפדפן"),
    "id": (rf"(aktifkan|izinkan|nyalakan|hidupkan)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(dinonaktifkan|tidak aktif|diperlukan|harus diaktifkan)",
           r"(browser|peramban) anda (\w+ ){0,3}(sudah (usang|kedaluwarsa|lama)|tidak (didukung|mendukung))", r"perbarui (browser|peramban) anda"),
    "vi": (rf"(bật|kích hoạt|cho phép)\W+(\w+\W+){{0,3}}{_JS}", rf"{_JS}\W+(\w+\W+){{0,3}}(đã bị tắt|bị tắt|bị vô hiệu hóa|là bắt buộc)",
           r"trình duyệt (của bạn )?(\w+ ){0,3}(đã (cũ|lỗi thời)|không (được hỗ trợ|hỗ trợ))", r"(cập nhật|nâng cấp) trình duyệt"),
    "hi": _hi(r"(जावास्क्रिप्ट|javascript) (को )?(सक्षम|चालू|इनेबल) करें", r"(जावास्क्रिप्ट|javascript) (अक्षम|बंद) है",
           r"आपका ब्राउज़र (\S+ ){0,3}(पुराना है|समर्थित नहीं है|सपोर्ट नहीं करता)", r"(अपना|अपने) ब्राउज़र (को )?अपडेट करें"),
    "bn": _bn(r"(জাভাস্ক্রিপ্ট|javascript) (চালু|সক্রিয়) করুন", r"(জাভাস্ক্রিপ্ট|javascript) (বন্ধ|নিষ্ক্রিয়) আছে",
           r"আপনার ব্রাউজার (\S+ ){0,3}(পুরনো|পুরোনো|সমর্থিত নয়|সমর্থন করে না)", r"(আপনার )?ব্রাউজার আপডেট করুন"),
    "th": (rf".*?(เปิดใช้งาน|เปิดใช้|อนุญาต) ?{_JS}.*", rf".*?{_JS} ?(ถูกปิด|ปิดอยู่).*",
           r".*?เบราว์เซอร์ของคุณ.{0,20}(ล้าสมัย|ไม่รองรับ|เก่าเกินไป).*", r".*?(อัปเดต|อัพเดท|อัปเกรด)เบราว์เซอร์.*"),
}


# A consent dialog's buttons, alone on their line: agree, accept, reject, settings. Whole
# block: "Ich bin einverstanden" as a line is a button; in a sentence it is said.
CONSENT_BUTTON: Family = {
    "de": (r"(ich bin )?einverstanden|(alle )?(akzeptieren|ablehnen)|zustimmen|alle zulassen|auswahl (speichern|erlauben)|"
           r"(cookie-?)?einstellungen( anpassen| verwalten)?|nur (notwendige|essenzielle) cookies",),
    "fr": (r"(tout )?(accepter|refuser)( et fermer)?|j['’]accepte|continuer sans accepter|(personnaliser|paramétrer)( les cookies)?|"
           r"ok,? j['’]ai compris",),
    "es": (r"(aceptar|rechazar)( todo| todas)?|acepto|de acuerdo|configurar( cookies)?|personalizar",),
    "it": (r"(accetta|rifiuta)( tutto| tutti)?|accetto|personalizza|ho capito",),
    "pt": (r"(aceitar|rejeitar|recusar)( tudo| todos)?|aceito|concordo|personalizar|definições de cookies",),
    "nl": (r"(alles )?(accepteren|weigeren)|akkoord|ik ga akkoord|(cookie-?)?instellingen( aanpassen)?",),
    "pl": (r"akceptuję|(zaakceptuj|odrzuć)( wszystk(o|ie))?|zgadzam się|ustawienia( cookies| zaawansowane)?|przejdź do serwisu",),
    "ru": (r"(принять|отклонить)( все)?|(я )?согласен|согласна|понятно|настро(йки|ить)( cookie)?",),
    "tr": (r"(tümünü )?(kabul et|reddet)|kabul ediyorum|anladım|(çerez )?ayarları",),
    "zh": (r"(全部)?(接受|同意|拒绝|拒絕)|我同意|我知道了",),
    "ja": (r"(すべて)?(同意する|受け入れる|拒否する)|同意して閉じる|同意します|(クッキー|cookie)?設定(を(変更|管理)(する)?)?",),
    "ko": (r"(모두 )?(동의|수락|거부)(합니다|하기)?|확인",),
    "ar": (r"(قبول|رفض)( الكل| الجميع)?|أوافق|موافق",),
    "fa": (r"(پذیرش|رد)( همه)?|موافقم|قبول دارم",),
    "ur": (r"(قبول|مسترد)( کریں)?|میں متفق ہوں",),
    "ps": (r"منل|زه موافق یم",),
    "cs": (r"(přijmout|odmítnout)( vše)?|souhlasím|rozumím|nastavení",),
    "sv": (r"(acceptera|godkänn|avvisa|neka)( alla)?|jag godkänner|inställningar",),
    "da": (r"(accepter|acceptér|godkend|afvis|tillad)( alle)?|jeg accepterer|indstillinger|tilpas( indstillinger)?",),
    "nb": (r"(godta|aksepter|godkjenn|avvis|tillat)( alle)?|jeg godtar|innstillinger|tilpass( innstillinger)?",),
    "fi": (r"(hyväksy|hylkää|salli)( kaikki)?|hyväksyn|asetukset|(muokkaa|mukauta) (asetuksia|valintoja)",),
    "ro": _ro(r"(accept|acceptă|refuz|respinge)( tot| toate)?|sunt de acord|setări",),
    "hu": (r"(elfogadom|elutasítom)( mindet)?|(összes )?(elfogadása|elutasítása)|beállítások",),
    "el": _el(r"(αποδοχή|απόρριψη)( όλων)?|αποδέχομαι|συμφωνώ|ρυθμίσεις",),
    "uk": (r"(прийняти|відхилити)( все| всі)?|(я )?згоден|згодна|зрозуміло|налаштування",),
    "he": (r"(אישור|דחייה)( הכל)?|אני מסכים|אני מסכימה|מסכים",),
    "id": (r"(terima|tolak)( semua)?|saya setuju|setuju|pengaturan",),
    "vi": (r"(chấp nhận|từ chối)( tất cả)?|tôi đồng ý|đồng ý|cài đặt",),
    "hi": _hi(r"(सभी )?(स्वीकार|अस्वीकार)( करें)?|मैं सहमत हूं|सहमत|प्राथमिकताएँ|प्राथमिकताएं|सेटिंग्स",),
    "bn": _bn(r"(সব )?(গ্রহণ|প্রত্যাখ্যান)( করুন)?|আমি সম্মত",),
    "th": (r"(ยอมรับ|ปฏิเสธ)(ทั้งหมด)?|ตกลง|ตั้งค่า",),
}


PAYWALL: Family = {
    "de": (r"(dieser|der) (artikel|beitrag|inhalt|text) ist (nur|exklusiv|ausschließlich) für (abonnenten|abonnentinnen|abonnent\*innen|"
           r"[\w+-]+-abonnenten|mitglieder|abonnierende)\b.*",
           r"(exklusiv|nur) für (abonnenten|abonnentinnen|abonnent\*innen|mitglieder)", r"(jetzt )?weiterlesen mit [\w+ -]{1,30}",
           r"(lesen sie|lies)( jetzt| hier)? weiter mit [\w+ -]{1,30}",
           r"(dies|das) ist ein (plus|premium|abo|[\w]+\+)-?(artikel|beitrag|inhalt)",
           r"(sie haben bereits ein abo|bereits abonnent)(\?.*)?",
           # a metered paywall's count: "Sie haben Ihr Limit von 5 kostenlosen Artikeln erreicht"
           r"(sie haben|du hast) (ihr|dein|das) (limit|kontingent) (von|an) \d+ (kostenlosen |freien )?(artikeln|beiträgen)\b.*"),
    "fr": (r"(cet article|ce contenu|la suite( de (cet|cette|ce) [\w’']+)?) est (réservée?) (aux|à nos) (abonnés|abonnées|membres)\b.*",
           r"(article |contenu )?réservé (aux|à nos) (abonnés|membres)", r"(vous êtes )?déjà abonné(e)?(\s*\?.*)?",
           r"il vous reste \d+\s*% de cet article à (lire|découvrir)\b.*", r"(lisez|lire) la suite (avec|sur) [\w+ -]{1,30}",
           r"vous avez (atteint (la|votre) limite de|lu vos|consulté vos) \d+ articles? (gratuits?|offerts?)\b.*"),
    "es": (r"(este|el) (artículo|contenido) es (exclusivo|solo|sólo) para (suscriptores|suscriptoras|socios|miembros)\b.*",
           r"contenido (exclusivo|solo|sólo) para (suscriptores|socios|miembros)", r"¿?ya eres (suscriptor|socio)(\s*\?.*)?",
           r"(suscríbete|hazte (socio|suscriptor)) para (seguir|continuar) leyendo\b.*",
           r"(sigue|seguir|continúa|continuar) leyendo con [\w+ -]{1,30}",
           r"has (alcanzado|llegado a) (el|tu) límite de \d+ (artículos|noticias|contenidos) (gratuitos|gratis)\b.*"),
    "it": (r"(questo articolo|questo contenuto|l['’]articolo) è (riservato|disponibile solo|esclusivo) (agli|ai|per gli|per i) (abbonati|iscritti|utenti registrati)\b.*",
           r"(articolo |contenuto )?riservato (agli|ai) (abbonati|iscritti)", r"(sei )?già abbonato(\s*\?.*)?",
           r"(abbonati|accedi) per (continuare a leggere|leggere tutto)\b.*", r"continua a leggere con [\w+ -]{1,30}",
           r"hai (raggiunto il (tuo )?limite di|letto i tuoi) \d+ articoli (gratuiti|gratis)\b.*"),
    "pt": (r"(este|esse) (artigo|conteúdo|texto) é (exclusivo|restrito|reservado) (para|a|aos) (assinantes|subscritores|membros)\b.*",
           r"(conteúdo|matéria) exclusiv[oa] (para|de) (assinantes|subscritores)", r"já é (assinante|subscritor)(\s*\?.*)?",
           r"(assine|faça login) para (continuar lendo|continuar a ler)\b.*",
           r"(continue|continuar) (lendo|a ler) com [\w+ -]{1,30}",
           r"(você|vc) (atingiu|chegou ao) (o )?limite de \d+ (reportagens|matérias|artigos|notícias|textos) (gratuit[ao]s|grátis)\b.*"),
    "nl": (r"(dit|het) (artikel|stuk|bericht) is ((alleen|exclusief) (beschikbaar )?voor|voorbehouden (aan|voor)) "
           r"(abonnees|leden|premium-?leden)\b.*",
           r"(alleen|exclusief) voor (abonnees|leden)", r"(ben je )?al abonnee(\s*\?.*)?", r"lees verder met [\w+ -]{1,30}",
           r"(neem een abonnement|log in) om (verder te lezen|dit artikel te lezen)\b.*"),
    "pl": (r"(ten )?(artykuł|materiał|tekst) (jest )?(dostępny|dostępne) (tylko|wyłącznie) dla (subskrybentów|prenumeratorów|abonentów|użytkowników premium)\b.*",
           r"(treść|artykuł|materiał) (tylko|wyłącznie) dla (subskrybentów|prenumeratorów|abonentów)", r"(masz już|posiadasz) (subskrypcję|prenumeratę|konto premium)(\s*\?.*)?",
           r"(wykup|kup) (dostęp|subskrypcję|prenumeratę),? (aby|by) (czytać|przeczytać) (dalej|całość)\b.*"),
    "ru": (r"(эта )?(статья|материал|публикация) (доступна|доступен) только (для )?(подписчикам|подписчиков|платным подписчикам)\b.*",
           r"только для (подписчиков|платных подписчиков)", r"(уже есть подписка|уже подписаны)(\s*\?.*)?",
           r"(оформите подписку|подпишитесь),? чтобы (читать|продолжить чтение|прочитать)\b.*"),
    "tr": (r"bu (içerik|haber|makale|yazı) (sadece|yalnızca) (abonelerimize|aboneler için|abonelere özel)\b.*",
           r"(abonelere|üyelere) özel( içerik)?", r"zaten abone misiniz(\s*\?.*)?", r"(okumaya devam etmek için|devamını okumak için) abone (olun|ol)\b.*"),
    "zh": (r"(本文|此文|该文章|該文章|本内容|本篇文章)(仅限|僅限|为|為)(订阅用户|訂閱用戶|会员|會員|付费用户|付費用戶)(专享|專享|阅读|閱讀|可见|可見)?.*",
           r"(订阅|訂閱|开通会员|開通會員)(后|後)?(即可)?(阅读|閱讀|继续阅读|繼續閱讀)(全文)?.*", r"(会员|會員|订阅|訂閱)(专享|專享)(内容|內容)?"),
    "ja": (r"(この記事|この続き|続き|本記事)は(有料会員|会員|購読者|有料購読者)(限定|専用|のみ)(です|の記事です)?.*", r"(有料会員|会員)限定(記事|コンテンツ)?",
           r"(すでに|既に)(会員|購読)(の方|されている方)(は|はこちら).*", r"続きを読むには.{0,30}(会員登録|ログイン|購読).*",
           # a paid post's cut on a blogging platform: "この続きをみるには", "この続き： 3,184文字 / 画像 1枚"
           r"この続きを(みる|見る|読む)には", r"この続き\s*[:：]\s*[\d,]+\s*文字.*", r"(この)?記事を購入する",
           r"(メンバーシップ|定期購読マガジン|マガジン)に(加入|参加)する"),
    "ko": (r"(이 )?(기사|콘텐츠)는 (유료 )?(구독자|회원) ?(만|에게만|전용).*", r"(유료 )?(구독자|회원) 전용( 기사| 콘텐츠)?",
           r"이미 (구독|회원)(중|이신가요)(\?.*)?"),
    "ar": (r"(هذا )?(المقال|المحتوى|الخبر) (متاح )?(فقط|حصري) (للمشتركين|لمشتركينا|للأعضاء)\b.*", r"(محتوى )?(حصري|خاص) (للمشتركين|بالمشتركين)",
           r"(اشترك|سجل الدخول) (لمتابعة|لمواصلة) القراءة\b.*"),
    "fa": (r"(این )?(مطلب|مقاله|محتوا) (فقط|تنها) (برای|مخصوص|ویژه) (مشترکان|مشترکین|اعضا)\b.*", r"(ویژه|مخصوص) (مشترکان|مشترکین|اعضا)",
           r"برای (ادامه|خواندن ادامه) (مطلب|مقاله)،? (مشترک شوید|وارد شوید)\b.*"),
    "ur": (r"(یہ )?(مضمون|مواد|خبر) (صرف )?(سبسکرائبرز|ممبرز|اراکین) کے لیے( ہے)?\b.*", r"(پڑھنا جاری رکھنے|مزید پڑھنے) کے لیے سبسکرائب کریں\b.*"),
    "ps": (r"(دا )?(لیکنه|مطلب|مقاله) (یوازې|یواځې|فقط) (د )?(ګډون کوونکو|غړو) (لپاره)( ده)?\b.*",),
    "cs": (r"(tento |celý )?(článek|obsah|text) je (dostupný |k dispozici )?(pouze|jen|exkluzivně) pro (předplatitele|předplatitelky|členy|registrované)\b.*",
           r"(exkluzivně|pouze|jen) pro (předplatitele|členy)", r"((už|již) jste předplatitel|máte (už |již )?předplatné)(\s*\?.*)?",
           r"(celý článek|pokračování) (si )?(přečtete|čtěte) (s|v) (předplatným|předplatném)\b.*"),
    "sv": (r"(den här|denna) (artikel|artikeln|text|texten) är (endast|bara|exklusiv) för (prenumeranter|medlemmar|plusprenumeranter)\b.*",
           r"(endast|bara|exklusivt) för (prenumeranter|medlemmar)", r"(är du )?redan prenumerant(\s*\?.*)?",
           r"(fortsätt läsa|läs vidare) med [\w+ -]{1,30}( [–-] .*)?", r"det här är en (plus|premium|[\w]+\+)-?artikel",
           r"(bli prenumerant|logga in) för att (läsa vidare|fortsätta läsa|läsa hela artikeln)\b.*"),
    "da": (r"(denne|den her) (artikel|tekst) er (kun|forbeholdt|eksklusivt?) (for |til )?(abonnenter|medlemmer)\b.*",
           r"(kun|eksklusivt) for (abonnenter|medlemmer)", r"(er du )?allerede abonnent(\s*\?.*)?", r"læs videre med [\w+ -]{1,30}",
           r"dette er en (plus|premium|[\w]+\+)-?artikel",
           r"(bliv abonnent|log ind|køb abonnement) for at (læse videre|læse hele artiklen|fortsætte læsningen)\b.*"),
    "nb": (r"(denne|dette) (artikkelen|saken|innholdet) er (kun|bare|eksklusivt|forbeholdt) (for )?(abonnenter|medlemmer)\b.*",
           r"(kun|bare|eksklusivt) for (abonnenter|medlemmer)", r"(er du )?allerede abonnent(\s*\?.*)?", r"les videre med [\w+ -]{1,30}",
           r"dette er en (pluss|plus|premium|[\w]+\+)-?(artikkel|sak)",
           r"(bli abonnent|logg inn|kjøp abonnement) for å (lese videre|lese hele saken|lese hele artikkelen|fortsette å lese)\b.*"),
    "fi": (r"tämä (artikkeli|juttu|sisältö|kirjoitus) on (vain|ainoastaan) (tilaajille|jäsenille)\b.*",
           r"(vain|ainoastaan) (tilaajille|jäsenille)", r"(oletko )?jo tilaaja(\s*\?.*)?",
           r"(tilaa|kirjaudu( sisään)?) ja (lue|jatka lukemista)\b.*"),
    "ro": _ro(r"(acest )?(articol|conținut) (este )?(disponibil )?(doar|numai|exclusiv) pentru (abonați|membri)\b.*",
              r"(conținut |articol )?(exclusiv|disponibil doar) pentru abonați", r"(ești|sunteți) deja abonat(\s*\?.*)?",
              r"(abonează-te|abonați-vă) pentru a (citi|continua)\b.*"),
    "hu": (r"(ez a )?(cikk|tartalom|írás) (csak|kizárólag) (előfizetőink|előfizetők|tagjaink|támogatóink) számára\b.*", r"(csak|kizárólag) előfizetőknek",
           r"(már előfizető|előfizető vagy)(\s*\?.*)?", r"(a cikk )?(folytatásához|teljes elolvasásához) (fizess elő|előfizetés szükséges|jelentkezz be)\b.*"),
    "el": _el(r"(αυτό το |το )?(άρθρο|περιεχόμενο) (είναι )?(διαθέσιμο )?(μόνο|αποκλειστικά) (για )?(συνδρομητές|τους συνδρομητές|μέλη)\b.*",
              r"(μόνο|αποκλειστικά) για συνδρομητές", r"(είστε ήδη|ήδη) συνδρομητής(\s*[;?;].*)?",
              r"(γίνετε συνδρομητής|εγγραφείτε) για να (συνεχίσετε|διαβάσετε)\b.*"),
    "uk": (r"(ця )?(стаття|матеріал|публікація) (доступна|доступний) (лише|тільки) (для )?(передплатників|підписників)\b.*",
           r"(лише|тільки) для (передплатників|підписників)", r"(вже маєте передплату|вже є передплатником)(\s*\?.*)?",
           r"(оформіть передплату|передплатіть),? щоб (читати|продовжити читання|прочитати)\b.*"),
    "he": (r"(הכתבה|המאמר|התוכן) (זמינה|זמין|מיועדת|מיועד) (רק |אך ורק )?(למנויים|למנויי|לחברי)\b.*", r"(כתבה |תוכן )?(בלעדית?|רק) למנויים",
           r"כבר מנויים?(\s*\?.*)?", r"(הצטרפו|הירשמו) (כמנויים|למינוי) כדי (להמשיך לקרוא|לקרוא)\b.*"),
    "id": (r"(artikel|konten|berita) ini (hanya )?(khusus|tersedia) (untuk|bagi) (pelanggan|member|anggota)( premium)?\b.*",
           r"(konten |artikel )?(khusus|eksklusif) (pelanggan|member|anggota)( premium)?", r"sudah (berlangganan|menjadi pelanggan|menjadi member)(\s*\?.*)?",
           r"(berlangganan|langganan|masuk) untuk (membaca|melanjutkan membaca|lanjut membaca)\b.*"),
    "vi": (r"(bài viết|nội dung) (này )?(chỉ )?dành (riêng )?cho (thành viên|hội viên|người đăng ký|độc giả (đăng ký|trả phí))\b.*",
           r"(nội dung |bài viết )?dành riêng cho (thành viên|hội viên)", r"(bạn )?đã là (thành viên|hội viên)(\s*\?.*)?",
           r"đăng ký (để|để tiếp tục) đọc( tiếp| toàn bộ bài viết)?\b.*"),
    "hi": _hi(r"(यह )?(लेख|ख़बर|कंटेंट|सामग्री) (केवल|सिर्फ़) (सब्सक्राइबर्स|सदस्यों|ग्राहकों) के लिए( है| उपलब्ध है)?.*",
              r"(आगे|पूरा) पढ़ने के लिए (सब्सक्राइब|लॉग ?इन) करें.*"),
    "bn": _bn(r"(এই )?(লেখা|নিবন্ধ|খবর|কনটেন্ট)(টি)? (শুধুমাত্র|কেবল) (গ্রাহকদের|সদস্যদের|সাবস্ক্রাইবারদের) জন্য.*",
              r"(বাকিটা|পুরোটা) পড়তে (সাবস্ক্রাইব|লগ ?ইন) করুন.*"),
    "th": (r"(บทความ|เนื้อหา)นี้(สงวน)?(เฉพาะ|สำหรับ)(สมาชิก|ผู้สมัครสมาชิก|สมาชิกพรีเมียม).*", r"(เนื้อหา)?(เฉพาะ|สำหรับ)สมาชิก(เท่านั้น)?",
           r"สมัครสมาชิกเพื่ออ่าน(ต่อ|บทความเต็ม).*"),
}

# Affiliate disclosures of review and shopping pages (rule disclaimer, searched in blocks of up
# to 60 words): "Dieser Artikel enthält Affiliate-Links", "nous pouvons toucher une
# commission". First person, or the page naming its own links: a report on a broker's or a
# commissioner's fee names no link and speaks of others.
AFFILIATE_DISCLOSURE: Family = {
    "de": (r"(enthält|enthalten|beinhaltet) (sogenannte )?(affiliate|partner|provisions|werbe)-?links",
           r"(erhalten|bekommen) wir (ggf\.? |gegebenenfalls |eventuell |möglicherweise |unter umständen )?eine (kleine )?provision",
           r"wir (ggf\.? |gegebenenfalls |eventuell |möglicherweise )?eine (kleine )?provision (erhalten|bekommen)",
           r"(käufe|einkäufe|bestellungen) über (diese|unsere|die) (links|partnerlinks)"),
    "fr": (r"(contient|contiennent|comporte) des liens (d['’])?affili(és|ation)",
           r"nous (pouvons|pourrions|percevons|touchons|recevons) (percevoir |toucher |recevoir )?une (petite )?commission",
           r"achats (effectués |réalisés )?(via|par|grâce à|à travers) (nos|ces|les) liens"),
    "es": (r"(contiene|contienen|incluye) enlaces (de )?afiliad[oa]s?",
           r"(podríamos|podemos) (recibir|obtener|ganar|cobrar) una (pequeña )?comisión",
           r"compras (realizadas |hechas )?(a través de|mediante|desde) (los|nuestros|estos) enlaces"),
    "it": (r"(contiene|contengono) (dei )?link (di )?affiliazione|in qualità di affiliat[oa] amazon",
           r"(potremmo|possiamo|riceviamo) (ricevere |guadagnare |percepire )?una (piccola )?commissione",
           r"acquisti (effettuati |fatti )?(tramite|attraverso|da) (i|questi|nostri) link"),
    "pt": (r"(contém|contêm|inclui) links (de )?afiliad[oa]s?",
           r"(podemos|poderemos) (receber|ganhar) uma (pequena )?comissão",
           r"compras (feitas |realizadas )?(através d|por meio d|pel)(os|estes) (nossos )?links"),
    "nl": (r"(bevat|bevatten) (affiliate|partner)[- ]?links",
           r"(ontvangen|krijgen) (wij|we) (mogelijk |soms )?een (kleine )?(commissie|vergoeding)"),
    "pl": (r"(zawiera|zawierają) linki (afiliacyjne|partnerskie|reklamowe)",
           r"możemy (otrzymać|dostać|zarobić) (niewielką )?prowizję|otrzymujemy (niewielką )?prowizję"),
    "ru": (r"партн[её]рские ссылки",
           r"мы (можем )?получ(ить|аем) (небольшое )?(вознаграждение|комиссию)"),
    "tr": (r"(satış )?ortaklı(ğı|k) (bağlantıları|linkleri)|affiliate (bağlantıları|linkleri)",
           r"komisyon (alabiliriz|kazanabiliriz|alıyoruz|kazanıyoruz)",
           r"(bağlantılar|linkler) üzerinden yapılan alışverişlerden komisyon"),
    # (unspaced scripts: the match spans the block, as a word boundary never falls inside one)
    "zh": (r".*?(联盟|推广|附属|聯盟|推廣)(链接|連結|鏈接).*",
           r".*?(我们|我們|本站)(可能)?(会|會)?(获得|獲得|赚取|賺取)(一定的|少量)?(佣金|分成).*"),
    "ja": (r".*?アフィリエイト(リンク|広告|プログラム).*",
           r".*?(プロモーション|広告)(が|を)含まれて(います|いる).*", r"^(本記事|この記事|記事内)(は|に|には)?広告を含みます.*"),
    "ko": (r".*?(쿠팡 )?파트너스 활동.*|.*?제휴 링크.*",
           r".*?(일정액의 )?수수료를 (제공받|지급받).*"),
    "ar": (r"روابط (تابعة|الإحالة|إحالة|الأفلييت|أفلييت)",
           r"(قد )?(نحصل|نتلقى|نتقاضى) على عمولة"),
    "fa": (r"لینک(\u200c|\s)?های (همکاری در فروش|افیلیت|وابسته)",
           r"(ممکن است )?(کمیسیون|پورسانت) (دریافت کنیم|بگیریم|دریافت می(\u200c|\s)?کنیم)"),
    "ur": (r"(ایفیلی ?ایٹ|الحاق شدہ) لنکس",
           r"ہمیں کمیشن (مل سکتا|ملتا|حاصل)"),
    "ps": (r"(افیلیټ|شریکو) لینکونه",
           r"(موږ|مونږ) (ممکن )?کمیشن (ترلاسه کوو|ترلاسه کړو|اخلو)"),
    "cs": (r"(obsahuje|obsahují) (affiliate|partnerské|provizní) odkazy",
           r"(můžeme|můžeme získat|získáme|dostaneme) (malou )?provizi"),
    "sv": (r"(innehåller) (affiliate|annons|partner)länkar",
           r"vi (kan )?(få|tjäna|erhålla) (en )?(liten )?(provision|ersättning) (om|när|på|för)"),
    "da": (r"(indeholder) (affiliate|annonce|partner)-?links",
           r"vi (kan )?(modtage|tjene|få) (en )?(lille )?(kommission|provision) (hvis|når|på|for)"),
    "nb": (r"(inneholder) (affiliate|annonse|partner)-?lenker",
           r"vi (kan )?(få|tjene|motta) (en )?(liten )?provisjon (hvis|når|på|for)"),
    "fi": (r"(sisältää|sisältävät) (kumppani|affiliate|mainos)-?linkkejä",
           r"(saatamme|voimme) saada (pienen )?(komission|palkkion|provision)"),
    "ro": _ro(r"(conține|conțin) (linkuri|link-uri) (de )?afiliere",
              r"(putem|am putea) (primi|câștiga) (un )?(mic )?comision"),
    "hu": (r"(partner|affiliate)[- ]?linkeket (tartalmaz|tartalmazhat)",
           r"jutalékot (kaphatunk|kapunk|kaphat az oldal)"),
    "el": _el(r"(περιέχει|περιλαμβάνει) (συνδέσμους|links) (συνεργατών|affiliate)",
              r"(ενδέχεται να |μπορεί να )?(λάβουμε|κερδίσουμε) (μια )?(μικρή )?προμήθεια"),
    "uk": (r"партнерські посилання",
           r"(ми )?(можемо отримати|отримуємо) (невелику )?(винагороду|комісію)"),
    "he": (r"קישורי (שותפים|אפיליאייט|שותפות)",
           r"(אנו|אנחנו) (עשויים |עלולים )?לקבל עמלה"),
    "id": (r"(berisi|mengandung|memuat) tautan (afiliasi|affiliate)",
           r"kami (mungkin |bisa |dapat )?(mendapatkan|menerima|memperoleh) komisi"),
    "vi": (r"liên kết (tiếp thị liên kết|affiliate)",
           r"chúng tôi (có thể )?(nhận|được nhận|nhận được) (một khoản )?(hoa hồng|tiền hoa hồng)"),
    "hi": _hi(r"(एफिलिएट|एफ़िलिएट|सहबद्ध) लिंक",
              r"हमें (कमीशन) (मिल सकता|मिलता|प्राप्त हो)"),
    "bn": _bn(r"অ্যাফিলিয়েট (লিংক|লিঙ্ক)",
              r"কমিশন (পেতে পারি|পাই|পেয়ে থাকি)"),
    "th": (r".*?ลิงก์(พันธมิตร|แอฟฟิลิเอต|affiliate).*",
           r".*?ได้รับ(ค่าคอมมิชชั่น|ค่าคอมมิชชัน|ส่วนแบ่ง).*"),
}

# An opinion page's note that the piece is its author's view, not the publication's ("The
# views expressed are the author's own and do not necessarily reflect ...", "Мнение автора
# может не совпадать с мнением редакции"): a notice pinned to the piece (rule disclaimer).
# Each pattern needs the notice's own turn, the views said to be the author's or not
# necessarily the publication's; a sentence that reports someone's opinion has neither.
VIEWS_DISCLAIMER: Family = {
    "en": (r"\b(views|opinions)( and (views|opinions))? (expressed|stated|presented)\b.{0,160}?\b(are (solely |strictly |entirely )?"
           r"(those of|the author|the writer|their own|his own|her own)|(do|does) not necessarily (reflect|represent))",
           r"\b(views|opinions) (in|of) this (article|column|commentary|post|piece|op-ed|blog)( post)? are (solely |entirely )?"
           r"(those of the|the) (author|writer)"),
    "de": (r"(gibt|geben) (ausschließlich |allein |nur )?die (persönliche |eigene )?meinung (des|der) "
           r"(autor|verfasser|gastautor)\w*( und autor\w*)? wieder",
           r"(muss|müssen) (sich )?nicht (zwingend |unbedingt |notwendigerweise )?(mit )?der (meinung|position|haltung) "
           r"der redaktion",
           r"(entspricht|entsprechen|spiegelt|spiegeln) nicht (zwingend |unbedingt |notwendigerweise )?(der|die) "
           r"(meinung|position|haltung) der redaktion"),
    "fr": (r"n['’]engage(nt)? que (son|leur|ses|leurs) auteurs?",
           r"engage(nt)? (uniquement|exclusivement|seulement) (son|leur|ses|leurs) auteurs?",
           r"(opinions|propos) (exprimée?s|tenus)\b.{0,100}(n['’]engage|ne (reflètent|représentent) pas (nécessairement|forcément))"),
    "es": (r"(opiniones|puntos de vista)( y \w+)? (expresad[oa]s|vertid[oa]s|emitid[oa]s)\b.{0,120}"
           r"(son (de )?(la )?(exclusiva|única|entera) responsabilidad|son (de )?(la )?responsabilidad (exclusiva|única)"
           r"|no (necesariamente (reflejan|representan|coinciden)|(reflejan|representan|coinciden) necesariamente))",
           r"no (necesariamente )?(refleja|reflejan|representa|representan) (necesariamente )?(la (opinión|postura|línea editorial)"
           r"|el punto de vista) de(l medio| este medio| la redacción| este (diario|periódico|sitio|portal))"),
    "it": (r"opinioni (espresse|riportate)\b.{0,120}(esclusiva responsabilità|non (necessariamente "
           r"(riflettono|rappresentano|rispecchiano)|(riflettono|rappresentano|rispecchiano) necessariamente))",
           r"(impegnano|riflettono) (esclusivamente|solo|unicamente|soltanto) (l['’]autore|gli autori|chi (le )?(scrive|firma))"),
    "pt": (r"(opiniões|pontos de vista) (aqui )?(expressas|expressos|emitidas|emitidos|manifestadas)\b.{0,120}"
           r"(responsabilidade|não (necessariamente (refletem|reflectem|representam)|(refletem|reflectem|representam) "
           r"necessariamente))",
           r"não (refletem|reflectem|representam) (necessariamente )?(a opinião|o posicionamento|a posição|a linha editorial) "
           r"d[oa] (jornal|site|portal|veículo|redação|redacção)"),
    "nl": (r"(geeft|geven|vertolkt|vertolken) niet (noodzakelijkerwijs |per se |noodzakelijk )?(de mening|het standpunt|de visie) "
           r"van de redactie",
           r"(meningen|opvattingen|standpunten)\b.{0,60}zijn (uitsluitend |volledig )?(die|voor rekening) van de (auteur|schrijver)"),
    "pl": (r"(opinie|poglądy) (wyrażone|zawarte|prezentowane)\b.{0,120}(nie (muszą|zawsze) (odzwierciedla\w*|być zgodne)"
           r"|(są|stanowią) (wyłącznie |jedynie )?(opiniami|poglądami|opinią) (ich )?autor\w*)",
           r"nie (musi|muszą) (być zgodn[ea] z|odzwierciedlać|odpowiadać)\b.{0,40}(stanowisk\w* redakcji|poglądami redakcji"
           r"|opinią redakcji)"),
    "ru": (r"(мнение|точка зрения|позиция) (автора|авторов)\b.{0,20}(может|могут) не (обязательно )?(совпада\w+|отража\w+)",
           r"(может|могут) не (совпадать|отражать)\b.{0,20}(мнени\w+|позици\w+|точк\w+ зрения) редакции",
           r"(мнение|позиция) редакции (может )?не (обязательно )?совпада\w+ с (мнением|позицией|точкой зрения) (автора|авторов)"),
    "uk": (r"(думка|позиція|точка зору) (автора|авторів)\b.{0,20}(може|можуть) не (обов['’]язково )?(збіга\w+|співпада\w+|відобража\w+)",
           r"(може|можуть) не (збігатися|співпадати|відображати)\b.{0,20}(позиці\w+|думк\w+|точк\w+ зору) редакції"),
    "tr": (r"görüş\w*\b.{0,60}\byazar\w* aittir",
           r"(gazetemizin|sitemizin|kurumumuzun|yayın kuruluşumuzun|editöryal) (görüş\w*|politika\w*|çizgi\w*) "
           r"(yansıtmayabilir|yansıtmaz|bağlamaz)"),
    "ar": (r"(تعبر|تعبّر|يعبر|يعبّر) عن (رأي|آراء|وجهة نظر) (كاتبها|كتابها|كتّابها|كاتبه|الكاتب|أصحابها|صاحبها)",
           r"لا (تعكس|يعكس|تعبر|تعبّر|يعبر|يعبّر|تمثل|يمثل) (بالضرورة )?(رأي|سياسة|موقف|وجهة نظر) "
           r"(الصحيفة|الموقع|الجريدة|المجلة|التحرير|القناة)"),
    "fa": (r"(لزوما|لزوماً|الزاما|الزاماً|ضرورتا|ضرورتاً) (بیانگر|منعکس(\u200c| )?کننده|منعکس(\u200c| )?کنندهٔ) (دیدگاه|نظر|موضع)",
           r"(مسئولیت|مسؤولیت) (مطالب|محتوای|این یادداشت)\b.{0,30}(بر عهده|با) (نویسنده|نویسندگان)"),
    "cs": (r"nemusí (nutně |vždy )?(vyjadřovat|odrážet|odpovídat|být totožn\w+ s)\b.{0,20}(názor|stanovisk|postoj)\w* redakce",
           r"(text|článek|komentář) (vyjadřuje|vyjadřují|představuje) (výhradně |pouze )?(názor|názory|postoj) (jeho )?autor\w*"),
    "sv": (r"åsikterna (i (texten|artikeln|krönikan|inlägget) )?är (helt )?(skribentens|författarens|debattörens|skribenternas"
           r"|författarnas)( egna)?",
           r"(återspeglar|speglar|uttrycker) inte nödvändigtvis (tidningens|redaktionens)"),
    "da": (r"(indlægget|kronikken|artiklen|debatindlægget) (er|udtrykker) (alene |udelukkende )?(skribentens|forfatterens|"
           r"debattørens) (egen )?(holdning|mening)",
           r"(udtrykker|afspejler) ikke nødvendigvis (avisens|redaktionens|mediets)"),
    "nb": (r"(innlegget|kronikken|artikkelen|debattinnlegget) (uttrykker|gir uttrykk for) (skribentens|forfatterens) (egne )?"
           r"(meninger|holdninger|mening)",
           r"(uttrykker|gjenspeiler|reflekterer) ikke nødvendigvis (avisens|redaksjonens|nettstedets)"),
    "fi": (r"(edustaa|ilmaisee|ilmaisevat|edustavat) (kirjoittajan|kirjoittajansa|kirjoittajien) (omia|omaa) "
           r"(näkemyksiä|näkemystä|mielipiteitä|mielipidettä)",
           r"ei (välttämättä )?(edusta|vastaa|heijasta) (toimituksen|lehden|julkaisijan) (näkemys\w*|kanta\w*|mielipide\w*)"),
    "el": _el(r"δεν (απηχούν|εκφράζουν|αντιπροσωπεύουν|αντανακλούν) (απαραίτητα |υποχρεωτικά )?(τις απόψεις|τη θέση|την άποψη"
              r"|τη γραμμή) (του|της|των)",
              r"(απηχούν|εκφράζουν) (αποκλειστικά |μόνο )?(τις απόψεις|την άποψη) (του συντάκτη|των συντακτών|του αρθρογράφου"
              r"|του γράφοντος|του συγγραφέα)"),
    "ro": _ro(r"(opiniile|punctele de vedere) (exprimate|prezentate)\b.{0,120}(aparțin (exclusiv |în exclusivitate )?autor\w*"
              r"|nu (reprezintă|reflectă|exprimă) (neapărat|în mod necesar) (poziția|opinia|punctul de vedere))",
              r"nu (reprezintă|reflectă|exprimă) (neapărat |în mod necesar )?(poziția|opinia|punctul de vedere) "
              r"(redacției|publicației|ziarului|site-ului)"),
    "hu": (r"(a szerző|szerzőjének|szerzőjük|szerzők) (saját )?(véleményét|álláspontját) (tükrözi|tükrözik|fejezi ki|fejezik ki)",
           r"nem (feltétlenül )?(tükrözi|tükrözik|egyezik meg|egyeznek meg) (a )?(szerkesztőség|kiadó|lap)\w* "
           r"(álláspontjával|véleményével|álláspontját|véleményét)"),
    "id": (r"(tulisan|artikel|opini|isi tulisan) ini (sepenuhnya )?(adalah |menjadi )?tanggung jawab (penulis|pribadi penulis)",
           r"tidak (selalu |serta-merta |mesti |harus )?(mencerminkan|mewakili) (pandangan|sikap|kebijakan) (redaksi|media ini)"),
    "he": (r"(אינן|אינו|אינה) (משקפות|משקף|משקפת) (בהכרח )?(את )?(עמדת|דעת) (המערכת|האתר|העיתון)",
           r"(הדעות|הדברים) (המובעות|המובאים|המתפרסמים)\b.{0,40}(על אחריות|באחריות) (הכותב|הכותבים|הכותבת)"),
    # (unspaced scripts: the match spans the block, as a word boundary never falls inside one)
    "ja": (r".*?(筆者|著者|執筆者|寄稿者)(個人)?の(見解|意見|考え)(であり|です|に基づ|を示す).*",
           r".*?(当社|当サイト|編集部|本紙|弊社)の(見解|公式見解|立場|意見)(を示す|を代表する|とは異なる|と異なる|ではありません).*"),
    "zh": (r".*?(仅|僅)代表(作者|个人|個人|笔者|筆者)(本人)?(的)?(观点|觀點|立场|立場|意见|意見).*",
           r".*?不代表本(站|网|網|报|報|刊|平台|媒体|媒體)(的)?(观点|觀點|立场|立場).*"),
    "ko": (r".*?(필자|외부 필자|기고자|칼럼니스트|글쓴이)의 (개인(적인|적)? )?(의견|견해|생각)(이며|으로|입니다|임을).*",
           r".*?(편집 ?방향|입장)(과|와) (다를|무관할) 수 있습니다.*"),
}

# "Join the discussion", "What do you think?" (rule call_to_action, whole block).
DISCUSSION_PROMPT: Family = {
    "de": (r"(jetzt )?(diskutieren sie mit|diskutiere mit|diskutiert mit|mitdiskutieren)",
           r"(was denkst du|was denken sie|was meinen sie|was meinst du|wie ist ihre meinung|ihre meinung ist gefragt)( (dazu|darüber))?\??"),
    "fr": (r"(participez|participer|rejoignez|rejoindre) (à la|au) (discussion|conversation|débat)",
           r"(et vous,? )?(qu['’]en pensez-vous|qu['’]en penses-tu)\s*\??|votre avis nous intéresse|donnez votre avis"),
    "es": (r"(únete|únase|participa|participe) (a|en) la (conversación|discusión)|(únete|participa) al debate",
           r"¿?(y tú,? )?(qué opinas|qué opina usted|qué piensas|tú qué opinas)\s*\??"),
    "it": (r"(partecipa|unisciti|entra) (alla|nella) (discussione|conversazione)|(partecipa|unisciti) al dibattito",
           r"(e tu,? )?(cosa ne pensi|che ne pensi|cosa ne pensate)\s*\??|d[ìi]['’]? la tua|dite la vostra"),
    "pt": (r"(participe|junte-se|entre) (da|à|na) (discussão|conversa)|(participe|junte-se) do debate",
           r"(e você,? )?(o que você acha|o que acha|o que achou)\s*\??|(deixe|dê) (a )?sua opinião"),
    "nl": (r"doe mee (aan|met) de (discussie|conversatie)|praat mee|discussieer mee|neem deel aan de discussie",
           r"(wat vind jij|wat vindt u|wat vind je ervan|wat vindt u ervan|wat denk jij|wat is jouw mening|wat is uw mening)\s*\??"),
    "pl": (r"(dołącz|przyłącz się) do (dyskusji|rozmowy)|weź udział w dyskusji|dyskutuj",
           r"(a )?(ty|wy) co (o tym )?(sądzisz|sądzicie|myślisz|myślicie)\s*\??|co (o tym )?(sądzisz|sądzicie|myślisz)\s*\??"),
    "ru": (r"(присоединяйтесь|присоединиться) к (обсуждению|дискуссии)|участвуйте в обсуждении",
           r"(а )?что (вы|ты) (думаете|думаешь)( об этом| по этому поводу)?\s*\??"),
    "tr": (r"(tartışmaya|sohbete) katıl(ın)?", r"(siz |sen )?ne düşünüyorsunuz\s*\??|(sizce|sence) (de )?ne düşünüyorsunuz\s*\??"),
    "zh": (r"(参与|參與|加入)(讨论|討論)", r"(你|您)(怎么看|怎麼看|有什么看法|有什麼看法)\s*[?？]?"),
    "ja": (r"(議論|ディスカッション)に参加(する|しよう)?", r"(あなたは)?どう(思いますか|考えますか)[?？]?"),
    "ko": (r"(토론|대화)에 참여(하기|하세요)?", r"(여러분의|당신의) (생각|의견)은\??|(어떻게 )?생각하시나요\??"),
    "ar": (r"(شارك|انضم|انضموا|شاركوا) (في|إلى) (النقاش|الحوار|المناقشة)", r"(ما رأيك|ما رأيكم|شاركنا رأيك|شاركونا آراءكم)\s*[?؟]?"),
    "fa": (r"در (بحث|گفتگو|گفت‌وگو) (شرکت|مشارکت) کنید|به (بحث|گفتگو) بپیوندید",
           r"(نظر شما چیست|شما چه فکر می‌?\s?کنید|نظرتان را بنویسید)\s*[?؟]?"),
    "ur": (r"(بحث|گفتگو) میں (حصہ لیں|شامل ہوں)", r"(آپ کی رائے کیا ہے|آپ کیا سوچتے ہیں|اپنی رائے دیں)\s*[?؟]?"),
    "ps": (r"(په )?بحث (کې )?(ګډون وکړئ|برخه واخلئ)", r"(ستاسو نظر څه دی|تاسو څه فکر کوئ)\s*[?؟]?"),
    "cs": (r"(zapojte se|zapoj se|přidejte se) do (diskuse|diskuze|debaty)|diskutujte",
           r"(co (si )?o tom (myslíte|myslíš|soudíte)|jaký je váš názor)\s*\??"),
    "sv": (r"(delta|var med|gå med) i (diskussionen|debatten|samtalet)", r"(vad tycker du|vad tycker ni|vad anser du)( om det)?\s*\??"),
    "da": (r"(deltag|vær med|tag del) i (debatten|diskussionen|samtalen)",
           r"(hvad synes du|hvad synes i|hvad mener du|hvad tænker du)( om det)?\s*\??"),
    "nb": (r"(delta|bli med|vær med) i (debatten|diskusjonen|samtalen)",
           r"(hva synes du|hva synes dere|hva mener du|hva tenker du)( om (dette|det))?\s*\??"),
    "fi": (r"(osallistu|liity|tule mukaan) (keskusteluun|keskustelemaan)",
           r"(mitä mieltä olet|mitä sinä ajattelet|mitä ajattelet)( (tästä|asiasta))?\s*\??",
           r"keskustele( (aiheesta|jutusta|artikkelista))?"),
    "ro": _ro(r"(alătură-te|alăturați-vă|participă|participați) la (discuție|dezbatere)|intră în discuție",
              r"(tu ce crezi|voi ce credeți|ce părere ai|ce părere aveți)\s*\??"),
    "hu": (r"szólj hozzá a vitához|(csatlakozz|csatlakozzon) a (beszélgetéshez|vitához)|vegyen részt a vitában",
           r"(te |ön )?(mit gondolsz|mit gondol)( erről)?\s*\??|mi a (véleményed|véleménye)( erről)?\s*\??"),
    "el": _el(r"(συμμετέχετε|λάβετε μέρος|πάρτε μέρος|μπείτε) (στη|στην) συζήτηση",
              r"(εσείς τι λέτε|εσύ τι λες|τι πιστεύετε|τι πιστεύεις|ποια είναι η γνώμη σας|πείτε τη γνώμη σας)\s*[;?;]?"),
    "uk": (r"(приєднуйтесь|приєднуйтеся|долучайтеся|долучайтесь) до (обговорення|дискусії)",
           r"(а )?що (ви|ти) (думаєте|думаєш)( про це| з цього приводу)?\s*\??"),
    "he": (r"(הצטרפו|הצטרף|השתתפו) (לדיון|לשיחה)", r"(מה דעתכם|מה דעתך|מה אתם חושבים)\s*\??"),
    "id": (r"(ayo |mari )?(ikut )?berdiskusi|gabung(lah)? (dalam|ke) (diskusi|percakapan)|ikuti diskusi",
           r"(bagaimana|apa) (pendapat|tanggapan) (anda|kamu)\s*\??|(tulis|berikan|sampaikan) pendapat (anda|kamu)"),
    "vi": (r"(tham gia|cùng) (thảo luận|trao đổi)", r"(bạn nghĩ sao|bạn nghĩ gì|ý kiến của bạn thế nào)( về (điều này|vấn đề này))?\s*\??"),
    "hi": _hi(r"(चर्चा|बहस|बातचीत) में (शामिल हों|हिस्सा लें|भाग लें)", r"(आप क्या सोचते हैं|आपकी क्या राय है|आपका क्या कहना है)\s*\??"),
    "bn": _bn(r"আলোচনায় (অংশ নিন|যোগ দিন)", r"(আপনি কী ভাবছেন|আপনার মতামত কী|আপনার কী মত)\s*\??"),
    "th": (r"(ร่วม|เข้าร่วม)(พูดคุย|สนทนา|อภิปราย)", r"(คุณ)?คิด(อย่างไร|ยังไง)(กับเรื่องนี้)?\s*\??"),
}


# A form field's label: its name, then a colon or a required-field mark, nothing else; or
# the form's few labels run into one line, as a text dump prints them ("Name: Email:").
_FIELD = (r"^\W*(?:(?:{names})\s*(?:[:：]\s*\*?|\*|\((?:required|pflichtfeld|obligatoire|obligatorio|obbligatorio|"
          r"obrigatório|verplicht|wymagane|обязательно)\))\s*){{1,4}}$")


def field_labels(family: Family) -> tuple[str, ...]:
    """The labels of the fields a family names (FIELD_NAMES, LOGIN_FIELD_NAMES), one pattern per
    language: the prefilter tries each only on blocks holding one of its names, where one
    pattern of every language's names, short ones among them (Turkish "ad"), is tried on
    every short block."""
    return tuple(_FIELD.format(names="|".join(pats)) for pats in family.values())


def contact_phrases() -> tuple[str, ...]:
    """CONTACT_LINE's patterns, with every language's label-and-address pattern in one: their
    labels hold short words that ordinary words contain ("tel" in "hotel", "mail"), so
    apart each would be tried on every block holding one (28 regexes on an English page's
    every "hotel"); together they are one."""
    labelled = "|".join(f"(?:{pats[0]})" for pats in CONTACT_LINE.values())
    return (labelled, *(p for pats in CONTACT_LINE.values() for p in pats[1:]))


# A time counted back from now ("3 hours ago"): how comment sections and forums stamp their
# posts. Not a dateline of its own (an article's "updated 2 hours ago" is one line); two
# short lines with one under a thread's header are its comments (classify/comments.py).
RELATIVE_TIME: Family = {
    "en": (r"\d+ (seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",),
    "de": (r"vor \d+ (sekunden?|minuten?|min\.?|stunden?|std\.?|tagen?|wochen?|monaten?|jahren?)",),
    "fr": (r"il y a \d+ (secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)",),
    "es": (r"hace \d+ (segundos?|minutos?|min|horas?|h|días?|semanas?|mes(es)?|años?)",),
    "it": (r"\d+ (second[io]|minut[io]|or[ae]|giorn[io]|settiman[ae]|mes[ei]|ann[io]) fa",),
    "pt": (r"(há|ha) \d+ (segundos?|minutos?|min|horas?|h|dias?|semanas?|mes(es)?|anos?)",
           r"\d+ (minutos|horas|dias) atrás"),
    "nl": (r"\d+ (seconden?|minuten?|min|uur|dagen?|weken?|maanden?|jaar) geleden",),
    "pl": (r"\d+ (sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni(e)?|tydzień|miesiące|miesięcy|miesiąc|lata?) temu",),
    "ru": (r"\d+ (секунд[уы]?|минут[уы]?|час(а|ов)?|дн(я|ей)|день|недел[юьи]|месяц(а|ев)?|год(а)?|лет) назад",),
    "uk": (r"\d+ (секунд[уи]?|хвилин[уи]?|годин[уи]?|дн(і|ів)|день|тижн(і|ів)|тиждень|місяц(і|ів)|рок(и|ів)|рік) тому",),
    "tr": (r"\d+ (saniye|dakika|saat|gün|hafta|ay|yıl) önce",),
    "zh": (r"\d+\s*(秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前",),
    "ja": (r"\d+\s*(秒|分|時間|日|週間|か月|ヶ月|年)前",),
    "ko": (r"\d+\s*(초|분|시간|일|주|개월|년)\s*전",),
    "ar": (r"منذ \d+ (ثوان|ثانية|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)",),
    "fa": (r"\d+ (ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (پیش|قبل)",),
    "ur": (r"\d+ (سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|ماہ|مہینے|سال) (پہلے|قبل)",),
    "ps": (r"\d+ (ثانیې|دقیقې|ساعته|ورځې|اونۍ|میاشتې|کاله) (مخکې|وړاندې)",),
    "cs": (r"před \d+ (sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|měsíci|lety|rokem)",),
    "sv": (r"för \d+ (sekunder|minuter|timmar?|dagar?|veckor|månader|år) sedan",),
    "da": (r"for \d+ (sekunder|minutter|min\.?|timer?|dage?|uger?|måneder|år) siden",),
    "nb": (r"for \d+ (sekunder|minutter|min\.?|timer?|dager?|døgn|uker?|måneder|år) siden",),
    "fi": (r"\d+ (sekuntia|minuuttia|min|tuntia|tunti|päivää|päivä|viikkoa|viikko|kuukautta|kuukausi|vuotta|vuosi) sitten",),
    "ro": (r"(acum|în urmă cu) \d+ (secunde|minute|ore|oră|zile|săptămâni|luni|ani)",),
    "hu": (r"\d+ (másodperce|perce|órája|napja|hete|hónapja|éve)",),
    "el": (r"πριν (από )?\d+ (δευτερόλεπτα|λεπτά|ώρες|ώρα|μέρες|ημέρες|εβδομάδες|μήνες|χρόνια)",),
    "he": (r"לפני \d+ (שניות|דקות|שעות|ימים|שבועות|חודשים|שנים)",),
    "id": (r"\d+ (detik|menit|jam|hari|minggu|bulan|tahun) (yang )?lalu",),
    "vi": (r"\d+ (giây|phút|giờ|ngày|tuần|tháng|năm) trước",),
    "hi": (r"\d+ (सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह|महीने|साल) पहले",),
    "bn": (r"\d+ (সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস|বছর) আগে",),
    "th": (r"\d+\s*(วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)\s*(ที่แล้ว|ก่อน)",),
    "ca": (r"fa \d+ (segons?|minuts?|hores?|dies?|setmanes?|mesos?|anys?)",),
}


# The word "new" in a count of what is new ("3 neue Beiträge anzeigen", "Afficher 3 nouveaux
# messages", "3 تحديثات جديدة", "新着 3 件"): a live page's button over its newest entries,
# or a feed's. A thread's header counts its comments; it does not call them new.
NEW: Family = {
    "en": (r"\bnew\b",), "de": (r"\bneuen?\b|\bneuer?\b",), "fr": (r"\bnouv(?:eaux|eau|elles?|el)\b",),
    "es": (r"\bnuev[oa]s?\b",), "it": (r"\bnuov[iaeo]\b",), "pt": (r"\bnov[oa]s?\b",), "nl": (r"\bnieuwe?\b",),
    "pl": (r"\bnow(?:e|ych|y|a)\b",), "ru": (r"\bнов(?:ых|ые|ое|ая|ый)\b",), "uk": (r"\bнов(?:их|і|е|а|ий)\b",),
    "tr": (r"\byeni\b",), "sv": (r"\bny(?:a|tt)?\b",), "da": (r"\bny(?:e|t)?\b",), "fi": (r"\buu(?:sia|tta|si)\b",),
    "cs": (r"\bnov(?:é|ých|ý|á)\b",), "hu": (r"\búj\b",), "el": (r"\bνέ(?:ες|α|ο|ος|οι|ων)\b",),
    "ro": (r"\bno(?:i|ua|u)\b",), "id": (r"\bbaru\b",), "vi": (r"\bmới\b",),
    "he": (r"חדש(?:ים|ות|ה)?",), "ar": (r"جديد(?:ة)?",), "fa": (r"جدید",), "ur": (r"نئ(?:ی|ے)",),
    "hi": (r"न(?:ई|ए)",), "ja": (r"新(?:しい|着)",), "zh": (r"新(?:消息|帖子|内容|动态|更新|貼文|訊息)",),
    "ko": (r"새(?:로운)?\s*(?:글|소식|게시물|업데이트)",), "th": (r"ใหม่",),
}


# The header over the next story a news site stacks under the article (an endless scroll's
# next page, already in the HTML): "Next article", "Siguiente noticia". A wall for the core
# (classify/core.py), as a comment thread's header is. Not "Previous article", nor "Up next"
# or "Read next", which head lists of links.
NEXT_ARTICLE: Family = {
    "en": (r"next (article|story|post)",),
    "de": (r"nächste[rsn]? (artikel|beitrag|meldung|nachricht)",),
    "fr": (r"(article|billet) suivant|article d['’]après",),
    "es": (r"(artículo|noticia|nota) siguiente|siguiente (artículo|noticia|nota)",),
    "it": (r"(articolo|notizia) successiv[oa]|prossim[oa] (articolo|notizia)",),
    "pt": (r"próxim[oa] (artigo|notícia|matéria)|(artigo|notícia|matéria) seguinte",),
    "nl": (r"volgend(e)? (artikel|bericht|nieuwsbericht)",),
    "pl": (r"następn(y|a) (artykuł|wiadomość|informacja|wpis)",),
    "ru": (r"следующ(ая|ий) (новость|статья|материал|публикация)",),
    "uk": (r"наступн(а|ий) (новина|стаття|матеріал|публікація)",),
    "cs": (r"(další|následující) (článek|zpráva)",),
    "sv": (r"nästa (artikel|nyhet)",), "da": (r"næste (artikel|nyhed)",), "nb": (r"neste (artikkel|sak|nyhet)",),
    "fi": (r"seuraava (artikkeli|uutinen|juttu)",), "hu": (r"következő (cikk|hír)",),
    "ro": _ro(r"(articolul|știrea) următo(r|are)|următo(rul|area) (articol|știre)"),
    "el": _el(r"επόμενο άρθρο|επόμενη είδηση"), "tr": (r"sonraki (haber|yazı|makale)",),
    "ja": (r"次の記事",), "zh": (r"下一篇|下一条|下一條|下一则|下一則",), "ko": (r"다음 기사",),
}


# A mail archive's or a forum's link to the message or topic before or after this one, as
# its label ("Next message (by thread):", "上一条消息:", "Message précédent :"): followed by
# that message's subject, it is a labelled link (rules/chrome.py).
MESSAGE_NAV: Family = {
    "en": (r"(next|previous|prev) (message|thread|topic)|(next|previous|prev) by (date|thread)",),
    "de": (r"(vorherige|vorige|nächste) (nachricht|e-mail|thema)",),
    "fr": (r"message (précédent|suivant)|(sujet|fil) (précédent|suivant)",),
    "es": (r"mensaje (anterior|siguiente)|siguiente mensaje|(tema|hilo) (anterior|siguiente)",),
    "it": (r"messaggio (precedente|successivo)|(discussione|argomento) (precedente|successiv[oa])",),
    "pt": (r"mensagem (anterior|seguinte)|próxima mensagem|(tópico|tema) (anterior|seguinte)",),
    "nl": (r"(vorig|volgend) bericht|(vorige|volgende) (discussie|onderwerp)",),
    "pl": (r"(poprzednia|następna) wiadomość|(poprzedni|następny) (wątek|temat)",),
    "ru": (r"(предыдущее|следующее) сообщение|(предыдущая|следующая) тема",),
    "ja": (r"(スレッドの|日付順の)?[前次]の(記事|メッセージ|投稿)",),
    "zh": (r"[上下]一(条|條|封)(消息|邮件|郵件|帖子)|[上下]一(个|個)主题",),
}


def phrases(family: Family) -> tuple[str, ...]:
    """Every language's patterns of a family, in the order of the languages above."""
    return tuple(p for pats in family.values() for p in pats)
