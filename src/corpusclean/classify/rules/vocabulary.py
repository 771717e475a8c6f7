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
expressions matched case-insensitively. In Chinese and Japanese, which have no spaces, a
pattern found inside a block must say where it may start: ``.*?`` lets it start anywhere.

Languages: de, fr, es, it, pt, nl, pl, ru, tr, zh, ja, ko, ar, fa (also Dari), ur, ps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Family = dict[str, tuple[str, ...]]


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

# The header that opens a comment thread: "3 Kommentare", "Laisser un commentaire".
THREAD_START: Family = {
    # "Reaktionen auf die Wahl" is a heading: reactions open a thread only with their count
    "de": (r"(\d+ )?(kommentare?|leserkommentare)( \(\d+\)?)?( zu .*)?", r"\d+ reaktionen( (zu|auf) .*)?",
           r"(\d+ )?antworten (zu|auf) .*", r"(\d+|ein|eine) gedanken? zu .*",
           r"(hinterlasse|schreibe?|verfasse)( jetzt)? (einen|deinen|ihren) kommentar",
           r"kommentar (verfassen|schreiben|hinzufügen|abgeben)", r"diskussion( zum artikel)?"),
    "fr": (r"(\d+ )?commentaires?( \(\d+\)?)?( (sur|à|pour) .*)?", r"\d+ réactions?( (sur|à) .*)?",
           r"(\d+ )?réponses? (à|sur) .*", r"vos (réactions|commentaires)",
           r"(laisser|écrire|ajouter|poster|laissez) un commentaire", r"réagissez|réagir à cet article"),
    "es": (r"(\d+ )?comentarios?( \(\d+\)?)?( (en|sobre|a) .*)?", r"(\d+ )?respuestas? a .*",
           r"(deja|dejar|escribe|escribir|añade|añadir|publica|publicar) (un|tu) comentario"),
    "it": (r"(\d+ )?commenti?( \(\d+\)?)?( (su|a) .*)?", r"(\d+ )?risposte a .*",
           r"(lascia|scrivi|aggiungi) un commento"),
    "pt": (r"(\d+ )?comentários?( \(\d+\)?)?( (em|sobre|para) .*)?", r"(\d+ )?respostas? (para|a) .*",
           r"(deixe|deixar|escreva|escrever|adicione|adicionar) (um|seu|o seu) comentário"),
    "nl": (r"(\d+ )?(reacties?|opmerkingen)( \(\d+\)?)?( (op|bij) .*)?", r"(\d+ )?gedachten? over .*",
           r"(laat|plaats|schrijf) (een|je) (reactie|opmerking)( achter)?"),
    "pl": (r"(\d+ )?komentarz(e|y|a)?( \(\d+\)?)?( do .*)?", r"komentarze czytelników",
           r"(dodaj|napisz|zostaw) komentarz"),
    "ru": (r"(\d+ )?(комментари(й|ев|я|и)|отзывы)( \(\d+\)?)?( к .*)?",
           r"(оставить|оставьте|добавить|написать) (комментарий|отзыв)"),
    "tr": (r"(\d+ )?yorum(lar)?( \(\d+\)?)?", r"(yorum (yap|yaz|ekle|bırak)(ın)?|bir yorum (yazın|bırakın|ekleyin))"),
    "zh": (r"(\d+ ?条?)?(评论|評論|留言)(\s*（\d+）?|\s*\(\d+\)?)?", r"(网友|網友|热门|熱門|最新|全部)(评论|評論)",
           r"(发表|發表|写|寫|添加)(评论|評論|留言)"),
    "ja": (r"(\d+件の)?コメント(一覧|欄)?(\s*（\d+）?|\s*\(\d+\)?|\s*\d+件)?", r"コメントを(書く|する|残す|投稿する)",
           r"みんなの(コメント|感想)"),
    "ko": (r"(\d+개의 )?댓글( ?\d+개?| \(\d+\)?)?", r"댓글 ?(쓰기|달기|작성)"),
    "ar": (r"(\d+ )?(تعليقات?|التعليقات)( \(\d+\)?)?", r"(أضف|اكتب|اترك) (تعليقا|تعليقاً|تعليق)(ك)?"),
    "fa": (r"(\d+ )?(نظرات|دیدگاه‌ها|دیدگاه ها|دیدگاه|کامنت‌ها)( \(\d+\)?)?",
           r"(ارسال|ثبت) (نظر|دیدگاه)", r"(دیدگاهتان|نظر خود) را بنویسید"),
    "ur": (r"(\d+ )?(تبصرے|تبصرہ جات)( \(\d+\)?)?", r"(اپنا )?تبصرہ (کریں|لکھیں|بھیجیں)"),
    "ps": (r"(\d+ )?(نظرونه|تبصرې)", r"خپل نظر (ولیکئ|ورکړئ|شریک کړئ)"),
    "cs": (r"(\d+ )?komentář(e|ů)?( \(\d+\)?)?", r"(komentáře|diskuse) (k|ke) (článku|příspěvku|tématu)",
           r"\d+ (komentář(e|ů)?|reakc(e|í)|odpověd(i|í)) (k|ke|u|na) .*", r"diskuse( \(\d+\)?)?|diskuze",
           r"(napsat|přidat|vložit|napište|přidejte|vložte) (nový )?komentář"),
    "sv": (r"(\d+ )?kommentar(er)?( \(\d+\)?)?", r"läsarnas kommentarer",
           r"\d+ (kommentarer|kommentar|reaktioner|svar|tankar) (på|till|om) .*",
           r"(en (kommentar|reaktion|tanke)|ett svar) (på|till|om) [”\"“„«].*",
           r"(lämna|skriv|lägg till) (en|din) kommentar", r"kommentera( artikeln| inlägget)?"),
    "ro": _ro(r"(\d+ (de )?)?comentari(i|u|ile)( \(\d+\)?)?",
              r"\d+ (de )?(comentarii|gânduri|răspunsuri|păreri) (despre|la|pe|pentru) .*",
              r"(un (comentariu|gând|răspuns)|o părere) (despre|la|pe|pentru) [„\"“«].*",
              r"(lasă|lăsați|scrie|scrieți|adaugă|adăugați|postează) un comentariu"),
    "hu": (r"(\d+ )?(hozzászólás(ok)?|komment(ek)?)( \(\d+\)?)?", r"(olvasói )?vélemények( \(\d+\)?)?",
           r"\d+ (hozzászólás|komment|vélemény) .{1,80} (bejegyzéshez|cikkhez|íráshoz)",
           r".{1,80} (bejegyzéshez|cikkhez|íráshoz) \d+ (hozzászólás|komment|vélemény)",
           r"(szólj|szóljon) hozzá", r"(írj|írjon|küldj|küldjön) (egy )?(hozzászólást|kommentet|véleményt)",
           r"hozzászólás írása"),
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
    "ja": (r"返信(する)?|通報(する)?|いいね!?",),
    "ko": (r"답글( 달기)?|신고|좋아요|공감",),
    "ar": (r"رد|الرد|إبلاغ|أعجبني",),
    "fa": (r"پاسخ( دادن)?|گزارش|لایک",),
    "ur": (r"جواب( دیں)?|رپورٹ",),
    "ps": (r"ځواب( ورکړئ)?",),
    "cs": (r"odpovědět|reagovat|nahlásit( komentář| nevhodný obsah)?|líbí se mi",),
    "sv": (r"svara|anmäl( kommentar| olämpligt innehåll)?|rapportera|gilla",),
    "ro": _ro(r"răspunde|raportează( comentariul| abuz)?|îmi place|apreciază"),
    "hu": (r"válasz|válaszolok|tetszik|jelentés küldése",),
}

# A comment's own header: "<name> sagt:", "<name> a écrit :".
COMMENT_META: Family = {
    "de": (r"[\w.'’ -]{2,40} (sagt|sagte|schrieb|schreibt|meint)( am .{0,40})?\s*:?",),
    "fr": (r"[\w.'’ -]{2,40} (dit|a dit|a écrit|écrit)( le .{0,40})?\s*:?",),
    "es": (r"[\w.'’ -]{2,40} (dice|dijo|escribió|comentó)( el .{0,40})?\s*:?",),
    "it": (r"[\w.'’ -]{2,40} (dice|ha detto|scrive|ha scritto)( il .{0,40})?\s*:?",),
    "pt": (r"[\w.'’ -]{2,40} (diz|disse|escreveu|comentou)( em .{0,40})?\s*:?",),
    "nl": (r"[\w.'’ -]{2,40} (zegt|schreef|schrijft)( op .{0,40})?\s*:?",),
    "pl": (r"[\w.'’ -]{2,40} (pisze|napisał|napisała|mówi)( .{0,40})?\s*:?",),
    "cs": (r"[\w.'’ -]{2,40} (napsal|napsala|píše|říká)( .{0,40})?\s*:",),
    "sv": (r"[\w.'’ -]{2,40} (skriver|skrev|säger|sa)( .{0,40})?\s*:",),
    "ro": _ro(r"[\w.'’ -]{2,40} (spune|a spus|scrie|a scris|zice)( .{0,40})?\s*:"),
    "hu": (r"[\w.'’ -]{2,40} (szerint|írta|mondta)( .{0,40})?\s*:",),
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
    "ro": _ro(r"comentariile (sunt )?(închise|dezactivate)\.?"),
    "hu": (r"(a )?hozzászólások (le vannak zárva|lezárva|ki vannak kapcsolva|kikapcsolva)\.?",
           r"(a )?(hozzászólás|kommentelés) (nem engedélyezett|lezárva|le van zárva)\.?"),
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
    "tr": (r"(ad|isim|e-?posta|web sitesi|yorum|mesaj)", r"e-?posta (adresiniz|hesabınız) yayımlanmayacak.*",
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
    "ro": _ro(r"(nume|e-?mail|site( web)?|comentariu|mesaj)",
              r"adresa (ta|dvs\.|dumneavoastră) de e-?mail nu va fi publicată.*", r"câmpurile obligatorii sunt marcate.*",
              r"(publică|trimite|postează) comentariul", r"anulează răspunsul", r"lasă un răspuns",
              r"salvează-mi numele, (adresa de )?e-?mail.*", r"anunță-mă (prin e-?mail )?(despre|când|de) .*"),
    "hu": (r"(név|e-?mail( cím)?|honlap|weboldal|hozzászólás|üzenet)",
           r"az e-?mail[ -]?(címet|cím|címed|címe) nem (tesszük közzé|jelenik meg|kerül nyilvánosságra).*",
           r"a kötelező mezőket .* (jelöltük|jelöltük meg|jelöljük).*", r"(hozzászólás|komment) (küldése|elküldése)",
           r"válasz megszakítása", r"vélemény, hozzászólás\??", r"a nevem, e-?mail címem.*",
           r"értesítés (az )?új (hozzászólásokról|bejegyzésekről).*"),
}

# Names of form fields, which a form prints as labels with a colon or a required-field star
# ("Email *", "Name :", "Passwort *"); rules/chrome.py reads them before the share and
# navigation words they also are ("Email" alone is a share button).
FIELD_NAMES: Family = {
    "en": (r"(your |first |last |full )?(name|e-?mail( address)?|website|url|comment|text|message|subject|phone( number)?)",),
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
    "ro": _ro(r"(numele (tău|dvs\.?)|nume(le)?|prenume(le)?|e-?mail|site( web)?|comentariu|mesaj|subiect|telefon)"),
    "hu": (r"(teljes )?(név|neved|vezetéknév|keresztnév|e-?mail( cím)?|honlap|weboldal|hozzászólás|üzenet|tárgy|telefon(szám)?)",),
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
    "ro": _ro(r"(nume (de )?utilizator|parolă|parola)"), "hu": (r"(felhasználónév|felhasználói név|jelszó)",),
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
    "ja": (r"(この記事を)?(シェア|共有)(する|しよう)?.*", r"ツイート|印刷(する)?"),
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
    "ro": _ro(r"(distribuie|partajează)( (articolul|acest articol|știrea))?( (pe|prin) .*)?",
              r"trimite (pe|prin) e-?mail|trimite unui prieten", r"(printează|tipărește)( articolul| pagina)?"),
    "hu": (r"(megosztás|oszd meg|ossza meg|megosztom)( (a cikket|a bejegyzést|ezt))?( a (facebookon|twitteren|x-en|linkedinen|messengeren))?",
           r"(facebook|twitter|linkedin|messenger|e-?mail)[ -]?megosztás|cikk megosztása",
           r"nyomtatás|küldés e-?mail(ben|en)"),
}

# Link lists to other articles: "Ähnliche Beiträge", "À lire aussi", "関連記事".
RELATED_LINKS: Family = {
    "de": (r"(ähnliche|verwandte|weitere|neueste|aktuelle|beliebte|meistgelesene|empfohlene|letzte) "
           r"(beiträge|artikel|themen|nachrichten|news|posts|meldungen|themenbereiche|kommentare)( zum thema)?",
           r"das könnte (sie|dich) auch interessieren", r"auch interessant", r"mehr zum thema( .*)?",
           r"(lesen sie|lies) (auch|mehr|weiter)", r"weiterlesen|mehr (lesen|erfahren|dazu)", r"schon gelesen\??",
           r"zurück( zur übersicht| zur startseite| nach oben)?", r"(nächster|vorheriger) (beitrag|artikel)",
           r"top-?themen|meistgelesen|empfehlungen|passend dazu", r"alle (artikel|beiträge|news)( .*)?"),
    "fr": (r"(articles?|sujets?|contenus?) (similaires|liés|connexes|recommandés|correspondants)",
           r"(à lire|lire) (aussi|également|la suite)", r"(les )?plus (lus|populaires|commentés|partagés)",
           r"dans la même rubrique", r"(vous )?(aimerez|pourriez aimer) (aussi|également)( .*)?",
           r"(ceci|cela) pourrait vous intéresser", r"sur le même (sujet|thème)",
           r"(article|billet) (précédent|suivant)", r"voir (aussi|plus|tous les articles)", r"en savoir plus",
           r"derniers articles|articles récents|à la une", r"retour (à l'accueil|à l’accueil|en haut)"),
    "es": (r"(artículos?|noticias|entradas|publicaciones) (relacionad[ao]s|similares|recomendad[ao]s|recientes)",
           r"(lo )?más (leíd[ao]s?|visto|popular(es)?|comentad[ao]s?)", r"(también )?(te|le) puede (interesar|gustar)",
           r"(lee|leer|ver) (también|más)", r"sigue leyendo|seguir leyendo", r"(entrada|artículo) (anterior|siguiente)",
           r"últimas noticias"),
    "it": (r"(articoli|post|notizie) (correlat[ie]|simili|recenti|più lett[ie])",
           r"(potrebbe|ti potrebbe) (interessarti|piacerti)( anche)?", r"(leggi|vedi) anche",
           r"continua a leggere|leggi (tutto|di più)", r"(articolo|post) (precedente|successivo)",
           r"i più lett[ie]|ultime notizie|più (popolari|commentat[ie])"),
    "pt": (r"(artigos|posts|notícias|matérias|publicações) (relacionad[ao]s|semelhantes|recentes|recomendad[ao]s)",
           r"(você )?(também )?pode (gostar|se interessar)( .*)?", r"(leia|veja) (também|mais)",
           r"continue lendo|continuar a ler", r"(post|artigo) (anterior|seguinte)",
           r"mais (lidas?|populares|vistos?)|últimas notícias"),
    "nl": (r"(gerelateerde|vergelijkbare|recente|populaire|meer) (artikelen|berichten|nieuws|posts)",
           r"lees (ook|meer|verder)", r"(vorig|volgend) (artikel|bericht)", r"meest gelezen",
           r"dit vind je misschien ook leuk", r"bekijk ook"),
    "pl": (r"(podobne|powiązane|polecane|najnowsze|ostatnie|popularne) (artykuły|wpisy|posty|tematy|wiadomości)",
           r"zobacz (też|także|również|więcej)", r"czytaj (też|także|więcej|dalej)",
           r"(poprzedni|następny) (artykuł|wpis)", r"najczęściej czytane|może cię zainteresować|polecamy"),
    "ru": (r"(похожие|связанные|популярные|последние|рекомендуемые|другие) (статьи|записи|новости|материалы|публикации)",
           r"читайте (также|еще|ещё)", r"(см\.|смотрите) также", r"читать (далее|дальше|еще|ещё)",
           r"(предыдущая|следующая) (статья|запись)", r"самое (читаемое|популярное)",
           r"вам (также )?может (понравиться|быть интересно)"),
    "tr": (r"(ilgili|benzer|son|popüler|önerilen) (haberler|yazılar|içerikler|makaleler)",
           r"(bunlar da )?ilginizi çekebilir", r"devamını oku|daha fazla (oku|haber)",
           r"(önceki|sonraki) (yazı|haber)", r"en çok okunanlar", r"(bunu|şunu) da okuyun"),
    "zh": (r"(相关|相關|推荐|推薦|热门|熱門|最新|延伸)(文章|阅读|閱讀|新闻|新聞|推荐|推薦|资讯|資訊)",
           r"猜你喜欢|猜你喜歡|阅读更多|閱讀更多|查看更多|排行榜|热门排行|熱門排行",
           r"(上一篇|下一篇)\s*[:：]?.*", r"(返回|回到)(首页|首頁|顶部|頂部)", r"更多(文章|新闻|新聞)"),
    "ja": (r"(関連|人気|おすすめ|オススメ|最新|新着)(の)?(記事|ニュース|エントリー|投稿)(一覧)?",
           r"(あわせて|合わせて)読みたい", r"(こちらも|この記事も)(おすすめ|読まれています)",
           r"続きを読む|もっと見る|ランキング|よく読まれている記事", r"(前|次)の(記事|投稿|ページ).*",
           r"(トップ|ホーム)へ戻る"),
    "ko": (r"(관련|인기|추천|최신|많이 본) ?(기사|뉴스|글|게시물)", r"더 ?보기", r"(이전|다음) ?(글|기사).*", r"맨 위로"),
    "ar": (r"(مقالات|أخبار|مواضيع) (ذات صلة|مشابهة|متعلقة|ذات الصلة)", r"(اقرأ|إقرأ) (أيضا|أيضاً|المزيد)",
           r"الأكثر (قراءة|مشاهدة)", r"(المقال|الخبر) (السابق|التالي)", r"قد يعجبك (أيضا|أيضاً)"),
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
    "sv": (r"(relaterade|liknande|senaste|populära|rekommenderade|fler|tidigare) (artiklar|inlägg|nyheter)",
           r"relaterat|läs (också|även|mer|vidare)", r"(föregående|nästa) (artikel|inlägg)",
           r"mest (lästa|delade|kommenterade)( (artiklar|nyheter))?|senaste nytt",
           r"du (kanske också|kan också) (gillar|gilla|vara intresserad av)", r"fortsätt läsa|tillbaka till (startsidan|toppen)"),
    "ro": _ro(r"(articole|știri|postări) (similare|asemănătoare|recomandate|recente|conexe|populare)",
              r"(citește|citiți|vezi|vedeți) (și|mai mult|mai multe)", r"cele mai (citite|comentate|populare|noi)( știri| articole)?",
              r"ultimele (știri|articole)", r"articol(ul)? (anterior|următor)|postarea (anterioară|următoare)",
              r"(ți|v)-ar (putea|mai putea) plăcea( și)?", r"continuă (lectura|să citești)|mai multe (știri|articole)( .*)?"),
    "hu": (r"(kapcsolódó|hasonló|ajánlott|legfrissebb|legújabb|legutóbbi|friss|népszerű|további) (cikkek|bejegyzések|hírek|írások)",
           r"kapcsolódó|ez(ek)? is érdekelhet(nek|i)?|(olvasd|olvassa) el ezt is|ezt is ajánljuk",
           r"legolvasottabb( hírek| cikkek)?|legnépszerűbb( hírek| cikkek)?", r"(előző|következő) (bejegyzés|cikk|írás)",
           r"tovább (olvasom|a cikkhez)|bővebben|(összes|még több) (hír|cikk)", r"vissza (a főoldalra|a tetejére|az elejére)"),
}

# Newsletter sign-ups, found inside blocks of up to 30 words.
NEWSLETTER_SIGNUP: Family = {
    "de": (r"newsletter (abonnieren|bestellen|anmelden)", r"(zum|für den|für unseren) newsletter anmelden",
           r"melde dich (jetzt )?(zum|für unseren) newsletter an", r"^(jetzt )?abonnieren!?$",
           r"e-?mail-adresse eingeben", r"kostenlose[nr]? newsletter", r"neue beiträge per e-?mail"),
    "fr": (r"(inscrivez-vous|abonnez-vous|s'inscrire|s'abonner|s’inscrire|s’abonner) (à|a) (la|notre) "
           r"(newsletter|lettre d'information|lettre d’information|infolettre)",
           r"recevez (notre|la) (newsletter|lettre)", r"je m'abonne|je m’abonne"),
    "es": (r"(suscríbete|suscribirse|regístrate) (a|al|en) (nuestro|nuestra|el|la) (newsletter|boletín)",
           r"recibe (nuestro|el) (newsletter|boletín)", r"boletín de noticias"),
    "it": (r"iscriviti alla (nostra )?newsletter", r"ricevi la (nostra )?newsletter"),
    "pt": (r"(assine|inscreva-se|cadastre-se) (na|em nossa|no|a) (newsletter|boletim)",
           r"receba (nossa|a) newsletter"),
    "nl": (r"(schrijf je in|meld je aan|abonneer( je)?) (op|voor) (de|onze) nieuwsbrief", r"^(de |onze )?nieuwsbrief$"),
    "pl": (r"zapisz się (do|na) newsletter(a)?", r"subskrybuj newsletter"),
    "ru": (r"подпи(саться|сывайтесь|шитесь|ска) на (рассылку|новости|наш канал)",),
    "tr": (r"(bültenimize|e-?bültene|bültene) (abone olun|kaydolun|katılın)", r"^e-?bülten$"),
    "zh": (r"^.{0,8}(订阅|訂閱)(我们的|我們的)?(电子报|電子報|新闻|新聞|通讯|通訊|邮件|郵件|频道|頻道)?.{0,8}$",),
    "ja": (r"^.{0,8}(メールマガジン|メルマガ|ニュースレター)(の)?(登録|購読)?.{0,8}$",),
    "ko": (r"^뉴스레터( 구독| 신청)?$", r"^구독하기$"),
    "ar": (r"(اشترك|اشتراك) (في|ب) (النشرة|القائمة) (البريدية|الإخبارية)", r"^النشرة (البريدية|الإخبارية)$"),
    "fa": (r"(عضویت|اشتراک) در خبرنامه", r"^خبرنامه$"),
    "ur": (r"^نیوز ?لیٹر$", r"نیوز ?لیٹر (کے لیے سائن اپ کریں|سبسکرائب کریں)"),
    "ps": (r"^خبرپاڼه$", r"خبرپاڼې ته ګډون وکړئ"),
    "cs": (r"(přihlaste se|přihlásit se|přihlásit) k odběru( (newsletteru|novinek))?", r"odebírat (newsletter|novinky)",
           r"odběr (newsletteru|novinek)"),
    "sv": (r"(prenumerera|anmäl dig|registrera dig) (på|till|för) (vårt |våra |det )?nyhetsbrev(et)?",
           r"få (vårt |våra )?nyhetsbrev(et)?", r"^(vårt )?nyhetsbrev$"),
    "ro": _ro(r"(abonează-te|abonați-vă|înscrie-te|înscrieți-vă) (la|pentru) (newsletter(ul)?|buletinul informativ)( nostru)?",
              r"^buletin informativ$"),
    "hu": (r"(iratkozz|iratkozzon) fel (a |az )?(hírlevelünkre|hírlevélre)", r"hírlevél[ -]?(feliratkozás|regisztráció)",
           r"feliratkozás (a )?hírlevélre", r"^hírlevél$"),
}

# Cookie and privacy banners, found inside blocks of up to 45 words.
COOKIE_NOTICE: Family = {
    "de": (r"(diese|unsere) (web)?(seite|site) (verwendet|nutzt|benutzt) cookies", r"wir (verwenden|nutzen) cookies",
           r"cookie-?(einstellungen|richtlinie|hinweis)", r"datenschutzerklärung|datenschutzhinweise",
           r"(alle )?cookies (akzeptieren|zulassen|ablehnen)"),
    "fr": (r"(ce site|notre site) (utilise|emploie) (des )?cookies", r"nous utilisons (des )?cookies",
           r"(paramètres|gestion|politique) des cookies", r"accepter (les|tous les) cookies",
           r"politique de (confidentialité|cookies)"),
    "es": (r"(este|nuestro) (sitio( web)?|web) (utiliza|usa) cookies", r"utilizamos cookies",
           r"(política|configuración) de cookies", r"aceptar (todas las )?cookies", r"política de privacidad"),
    "it": (r"(questo|il nostro) sito (utilizza|usa) (i )?cookie", r"utilizziamo (i )?cookie",
           r"(informativa|impostazioni) (sui |dei )?cookie", r"accetta (tutti i )?cookie",
           r"informativa (sulla )?privacy"),
    "pt": (r"(este|nosso) (site|sítio) (utiliza|usa) cookies", r"utilizamos cookies",
           r"(política|configurações) de cookies", r"aceitar (todos os )?cookies", r"política de privacidade"),
    "nl": (r"(deze|onze) (web)?site (gebruikt|maakt gebruik van) cookies", r"wij gebruiken cookies",
           r"cookie(beleid|instellingen|verklaring)", r"(alle )?cookies accepteren", r"privacybeleid"),
    "pl": (r"(ta|nasza) strona (używa|korzysta z) (plików )?cook\w*", r"(używamy|korzystamy z) (plików )?cook\w*",
           r"polityka (prywatności|cookies)", r"akceptuj(ę)? (wszystkie )?(pliki )?cook\w*"),
    "ru": (r"(этот|наш) сайт использует (файлы )?cookie", r"мы используем (файлы )?cookie",
           r"политика (конфиденциальности|использования (файлов )?cookie)", r"принять (все )?cookie"),
    "tr": (r"(bu|web) ?site(miz|si)? çerez(ler)? kullan\w*", r"çerez (politikası|ayarları)",
           r"çerezleri kabul et", r"gizlilik politikası"),
    "zh": (r".*?(本网站|本網站|我们|我們|本站).{0,10}(使用|采用|採用)\s*(cookie|cookies|小型文字檔案).*",
           r"^(隐私政策|隱私權政策|隐私条款|隱私條款|cookie ?政策)$"),
    "ja": (r".*?(当サイト|本サイト|このサイト|このウェブサイト)(では)?.{0,10}(クッキー|cookie).*",
           r"^(プライバシーポリシー|クッキー(ポリシー|設定))$"),
    "ko": (r"(이 사이트|본 사이트|당사).{0,10}(쿠키|cookie).*", r"개인정보( ?처리| ?취급)?방침", r"쿠키 (정책|설정)"),
    "ar": (r"(يستخدم|نستخدم) (هذا الموقع )?(ملفات )?(تعريف الارتباط|الكوكيز|كوكيز)",
           r"سياسة (الخصوصية|ملفات تعريف الارتباط)"),
    "fa": (r"(این (وب ?)?سایت|ما) از (کوکی|کوکی‌ها|کوکی ها) استفاده می‌?\s?کن\w*", r"سیاست (حفظ )?حریم خصوصی"),
    "ur": (r"(یہ ویب ?سائٹ|ہم) کوکیز (کا )?استعمال کر\w*", r"رازداری کی پالیسی"),
    "ps": (r"(دا ویب ?پاڼه|موږ) کوکیز کاروي", r"د محرمیت تګلاره"),
    "cs": (r"(tento|náš) web (používá|využívá) (soubory )?cookies?", r"(tyto|naše) (webové )?stránky (používají|využívají) (soubory )?cookies?",
           r"(používáme|využíváme) (soubory )?cookies?", r"zásady (ochrany osobních údajů|(používání )?(souborů )?cookies)",
           r"(přijmout|povolit|odmítnout) (všechny )?(soubory )?cookies", r"nastavení (souborů )?cookies"),
    "sv": (r"(den här|denna|vår) (webbplats|webbsida|sajt|sida)(en|n)? (använder|nyttjar) (sig av )?(kakor|cookies)",
           r"vi använder (oss av )?(kakor|cookies)", r"integritetspolicy|cookiepolicy|personuppgiftspolicy",
           r"(acceptera|godkänn|tillåt) (alla )?(kakor|cookies)", r"(cookie|kak)inställningar"),
    "ro": _ro(r"(acest site|acest website|site-ul nostru|site-ul) (web )?(folosește|utilizează) (fișiere )?cookie(-uri|s)?",
              r"(folosim|utilizăm) (fișiere )?cookie(-uri|s)?", r"politica (de confidențialitate|de cookie(-uri|s)?|privind cookie(-urile|s)?)",
              r"(acceptă|acceptați) (toate )?(cookie-urile|cookies)|accept (toate )?cookie-urile"),
    "hu": (r"(ez a |a )?(weboldal|honlap|webhely|oldal)(unk)? (sütiket|cookie-kat) használ", r"(sütiket|cookie-kat) használunk",
           r"adatvédelmi (irányelvek|tájékoztató|nyilatkozat|szabályzat)", r"(süti|cookie)[ -]?(szabályzat|beállítások|kezelés)",
           r"(sütik|cookie-k|összes süti|összes cookie) elfogadása"),
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
    "ro": _ro(r"autentificare|conectare|conectează-te|intră în cont|deconectare|ieșire|înregistrare|înregistrează-te",
              r"contul meu|creează (un )?cont|(ai|ați) uitat parola\??|parolă|parola|nume (de )?utilizator|ține-mă minte"),
    "hu": (r"bejelentkezés|belépés|kilépés|kijelentkezés|regisztráció|fiókom|saját fiók|fiók létrehozása",
           r"elfelejtett jelszó\??|elfelejtette (a )?jelszavát\??|elfelejtetted a jelszavad\??|jelszó|felhasználónév|emlékezz rám"),
}

# Tag and category lines: a label, a colon, the tags.
TAGS_LINE: Family = {
    "de": (r"(schlagwörter|schlagworte|stichwörter|stichworte|themen|kategorien?|abgelegt unter|veröffentlicht in)\s*:.*",
           r"(getaggt|verschlagwortet|gekennzeichnet) mit\s*:?.*"),
    "fr": (r"(mots[- ]cl[ée]s|mots[- ]clefs|catégories?|thèmes?|classé dans|publié dans)\s*:.*",),
    "es": (r"(etiquetas|palabras clave|categorías?|temas|archivado en|publicado en)\s*:.*",),
    "it": (r"(parole chiave|categori[ae]|argomenti|archiviato in|pubblicato in)\s*:.*",),
    "pt": (r"(etiquetas|palavras-chave|categorias?|temas|arquivado em|publicado em|marcado com)\s*:.*",),
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
    "ro": _ro(r"(etichete|taguri|tag-uri|cuvinte cheie|categorii|categorie|categoria|subiecte|publicat în)\s*:.*"),
    "hu": (r"(címkék|kulcsszavak|kategóriák|kategória|rovat|rovatok|témák|téma)\s*:.*",),
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
    "ro": _ro(r"(arhive\s*:?\s*)?(selectează|selectați|alege) (luna|o lună)\b.*",
              r"(categorii\s*:?\s*)?(selectează|selectați|alege) (o )?categori[ea]\b.*"),
    "hu": (r"(archívum\s*:?\s*)?hónap kiválasztása\b.*", r"(kategóriák\s*:?\s*)?kategória kiválasztása\b.*"),
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
    "ro": _ro(r"(acest|această) (articol|intrare|postare) a fost (publicat|publicată|postat|postată) (în|la|pe) .*"),
    "hu": (r"ez a bejegyzés .{1,80} kategóriába került.*",
           r"ez a (bejegyzés|cikk) .{1,80} (kategóriában|rovatban) (jelent meg|lett közzétéve).*"),
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
    "de": (r"\bunterstützen sie (uns|unsere arbeit|unabhängigen journalismus)\b",
           r"\bihr beitrag hilft\b"),
    "fr": (r"\bfaites un don\b", r"\bsoutenez-nous\b", r"\bje (fais un don|soutiens)\b",
           r"\bsoutenir (notre|le) (journalisme|média|travail)\b"),
    "es": (r"\bapoya (nuestro|el) periodismo\b", r"\bcolabora con nosotros\b"),
    "it": (r"\bsostienici\b", r"\bsostieni (il|la nostra|il nostro) (giornalismo|informazione|lavoro)\b"),
    "pt": (r"\bapoie (o|nosso) jornalismo\b",),
    "nl": (r"\bsteun (ons|onze journalistiek)\b",),
    "pl": (r"\bwesprzyj (nas|nasz[aą] (pracę|redakcję|dziennikarstwo))\b", r"\bdarowizn\w*", r"\bwpłać\b"),
    "ru": (r"\bпожертвова\w*", r"\bподдержите (нас|наш проект|редакцию)\b", r"\bпомогите (нам|проекту)\b"),
    "tr": (r"\bbağış( yap(ın)?)?\b", r"\bbize destek olun\b"),
    "zh": (r"捐款|捐助|捐赠|捐贈|赞助我们|贊助我們|支持我们|支持我們|打赏|打賞",),
    "ja": (r"寄付|ご支援(を|ください)|募金",),
    "ko": (r"후원(하기|하세요|해 주세요)|기부(하기|하세요)",),
    "ar": (r"ساهم معنا",),
    "cs": (r"\bpodpořte (nás|naši práci|naši redakci|nezávislou žurnalistiku)\b", r"\bpřispějte( nám)?\b",
           r"\bdarujte (nám|jednorázově|pravidelně)\b"),
    "sv": (r"\bstöd (oss|vår journalistik|oberoende journalistik)\b", r"\bge en gåva\b", r"\bswisha (en gåva|ett bidrag)\b",
           r"\bbli (månadsgivare|stödmedlem)\b"),
    "ro": _ro(r"\bsusține(ți)?-ne\b", r"\bsprijin(ă|iți)-ne\b", r"\bdonează\b", r"\bfă o donație\b",
              r"\b(susține|sprijină) (jurnalismul|presa) independent(ă)?\b"),
    "hu": (r"\btámogass(on|anak)? (minket|bennünket)\b", r"\badományoz(z|zon)\b", r"\btámogatói (tagság|hozzájárulás)\b"),
}


# A form field's label: its name, then a colon or a required-field mark, nothing else.
_FIELD = r"^\W*(?:{names})\s*(?:[:：]\s*\*?|\*|\((?:required|pflichtfeld|obligatoire|obligatorio|obbligatorio|obrigatório|verplicht|wymagane|обязательно)\))\s*$"


def field_label(family: Family) -> str:
    """One pattern for the labels of the fields a family names (FIELD_NAMES, LOGIN_FIELD_NAMES)."""
    return _FIELD.format(names="|".join(phrases(family)))


def phrases(family: Family) -> tuple[str, ...]:
    """Every language's patterns of a family, in the order of the languages above."""
    return tuple(p for pats in family.values() for p in pats)
