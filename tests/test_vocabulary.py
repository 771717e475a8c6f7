"""The rule vocabulary in every language it covers: each family's widget is removed with its
category and rule, and an ordinary sentence that uses the same words stays."""

from __future__ import annotations

import unicodedata

import pytest

from corpusclean.classify.chrome import _RULES
from corpusclean.classify.features import words
from corpusclean.classify.phrases import trim
from corpusclean.classify.rules import vocabulary as v

from .conftest import clean, rows_of
from .test_rules import ARTICLE, P1, P2, P3, P4, assert_stays, page

LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "zh", "ja", "ko", "ar", "fa", "ur", "ps",
         "cs", "sv", "da", "nb", "fi", "ro", "hu", "el", "uk", "he", "id", "vi", "hi", "bn", "th")

# An ordinary sentence per language with a slot for a word: the mayor said on Tuesday that the
# word "{w}" has been on an old sign in front of the town hall for years.
SENTENCE = {
    "de": "Im Gemeinderat sagte die Bürgermeisterin am Dienstag, das Wort „{w}“ stehe seit Jahren auf einem alten Schild vor dem Rathaus.",
    "fr": "Au conseil municipal, la maire a expliqué mardi que le mot « {w} » figure depuis des années sur un vieux panneau devant la mairie.",
    "es": "En el pleno municipal, la alcaldesa explicó el martes que la palabra «{w}» aparece desde hace años en un viejo cartel frente al ayuntamiento.",
    "it": "In consiglio comunale la sindaca ha spiegato martedì che la parola «{w}» compare da anni su un vecchio cartello davanti al municipio.",
    "pt": "Na câmara municipal, a prefeita explicou na terça-feira que a palavra «{w}» aparece há anos numa placa antiga em frente à prefeitura.",
    "nl": "In de gemeenteraad legde de burgemeester dinsdag uit dat het woord ‘{w}’ al jaren op een oud bord voor het stadhuis staat.",
    "pl": "Na sesji rady miasta burmistrz wyjaśniła we wtorek, że słowo „{w}” od lat widnieje na starej tablicy przed ratuszem.",
    "ru": "На заседании городского совета мэр во вторник объяснила, что слово «{w}» уже много лет написано на старой табличке у мэрии.",
    "tr": "Belediye meclisinde başkan salı günü, “{w}” kelimesinin yıllardır belediye binasının önündeki eski bir tabelada yazdığını söyledi.",
    "zh": "市长周二在市议会上表示，“{w}”这个词多年来一直写在市政厅门前的一块旧牌子上，大家都已经习惯了。",
    "ja": "市長は火曜日の市議会で、「{w}」という言葉が何年も前から市役所の前の古い看板に書かれていると説明した。",
    "ko": "시장은 화요일 시의회에서 '{w}'라는 단어가 수년 전부터 시청 앞 낡은 간판에 적혀 있다고 설명했다.",
    "ar": "قالت رئيسة البلدية يوم الثلاثاء في المجلس البلدي إن كلمة «{w}» مكتوبة منذ سنوات على لافتة قديمة أمام مبنى البلدية.",
    "fa": "شهردار روز سه‌شنبه در شورای شهر گفت که واژه «{w}» سال‌هاست روی تابلویی قدیمی جلوی ساختمان شهرداری نوشته شده است.",
    "ur": "میئر نے منگل کو سٹی کونسل میں بتایا کہ لفظ «{w}» برسوں سے ٹاؤن ہال کے سامنے ایک پرانے بورڈ پر لکھا ہوا ہے۔",
    "ps": "ښاروال د سه شنبې په ورځ د ښار په شورا کې وویل چې د «{w}» کلمه له کلونو راهیسې د ښاروالۍ مخې ته په یوه زړه تخته لیکل شوې ده.",
    "cs": "Na zasedání zastupitelstva starostka v úterý vysvětlila, že slovo „{w}“ je už léta napsané na staré ceduli před radnicí.",
    "sv": "På kommunfullmäktiges möte förklarade borgmästaren i tisdags att ordet ”{w}” i flera år har stått på en gammal skylt framför stadshuset.",
    "da": "På byrådsmødet forklarede borgmesteren tirsdag, at ordet »{w}« i flere år har stået på et gammelt skilt foran rådhuset.",
    "nb": "På bystyremøtet forklarte ordføreren tirsdag at ordet «{w}» i flere år har stått på et gammelt skilt foran rådhuset.",
    "fi": "Kaupunginvaltuuston kokouksessa pormestari kertoi tiistaina, että sana ”{w}” on jo vuosia lukenut vanhassa kyltissä kaupungintalon edessä.",
    "ro": "În ședința consiliului local, primarul a explicat marți că cuvântul „{w}” apare de ani de zile pe o tăbliță veche din fața primăriei.",
    "hu": "A képviselő-testület ülésén a polgármester kedden elmondta, hogy a „{w}” szó évek óta egy régi táblán áll a városháza előtt.",
    "el": "Στο δημοτικό συμβούλιο, η δήμαρχος εξήγησε την Τρίτη ότι η λέξη «{w}» είναι γραμμένη εδώ και χρόνια σε μια παλιά πινακίδα μπροστά στο δημαρχείο.",
    "uk": "На засіданні міської ради мерка у вівторок пояснила, що слово «{w}» уже багато років написане на старій табличці біля ратуші.",
    "he": "בישיבת מועצת העיר הסבירה ראש העיר ביום שלישי כי המילה “{w}” כתובה כבר שנים על שלט ישן מול בניין העירייה.",
    "id": "Dalam rapat dewan kota pada hari Selasa, wali kota menjelaskan bahwa kata “{w}” sudah bertahun-tahun tertulis di papan tua di depan balai kota.",
    "vi": "Tại phiên họp hội đồng thành phố hôm thứ Ba, bà thị trưởng cho biết từ “{w}” đã được viết trên một tấm biển cũ trước tòa thị chính từ nhiều năm nay.",
    "hi": "नगर परिषद की बैठक में महापौर ने मंगलवार को बताया कि “{w}” शब्द वर्षों से टाउन हॉल के सामने एक पुराने बोर्ड पर लिखा हुआ है।",
    "bn": "পৌরসভার বৈঠকে মেয়র মঙ্গলবার জানান যে “{w}” শব্দটি বহু বছর ধরে টাউন হলের সামনে একটি পুরনো সাইনবোর্ডে লেখা আছে।",
    "th": "นายกเทศมนตรีกล่าวในการประชุมสภาเมืองเมื่อวันอังคารว่า คำว่า “{w}” เขียนอยู่บนป้ายเก่าหน้าศาลาว่าการเมืองมาหลายปีแล้ว",
}

# family -> (category, rule) and per language the widget line.
WIDGETS: dict[tuple[str, str], dict[str, str]] = {
    ("chrome", "share_line"): {
        "de": "Artikel teilen", "fr": "Partager sur Facebook", "es": "Compartir en Twitter",
        "it": "Condividi su Facebook", "pt": "Compartilhe no WhatsApp", "nl": "Deel dit artikel",
        "pl": "Udostępnij na Facebooku", "ru": "Поделиться в Telegram", "tr": "Bu haberi paylaş",
        "zh": "分享到微博", "ja": "この記事をシェアする", "ko": "공유하기", "ar": "شارك المقال",
        "fa": "اشتراک گذاری", "ur": "شیئر کریں", "ps": "شریک یې کړئ",
        "cs": "Sdílet na Facebooku", "sv": "Dela på Facebook", "ro": "Distribuie pe Facebook", "hu": "Oszd meg a Facebookon",
        "da": "Del artiklen", "nb": "Del på Facebook", "fi": "Jaa Facebookissa",
        "el": "Κοινοποίηση στο Facebook", "uk": "Поділитися у Facebook", "he": "שתפו בפייסבוק",
        "id": "Bagikan ke Facebook", "vi": "Chia sẻ lên Facebook",
        "hi": "फेसबुक पर शेयर करें", "bn": "ফেসবুকে শেয়ার করুন", "th": "แชร์บทความนี้"},
    ("chrome", "related_links"): {
        "de": "Das könnte Sie auch interessieren", "fr": "À lire aussi", "es": "Noticias relacionadas",
        "it": "Articoli correlati", "pt": "Leia também", "nl": "Lees ook", "pl": "Zobacz także",
        "ru": "Читайте также", "tr": "İlgili haberler", "zh": "相关文章", "ja": "関連記事", "ko": "관련 기사",
        "ar": "اقرأ أيضا", "fa": "مطالب مرتبط", "ur": "یہ بھی پڑھیں", "ps": "دا هم ولولئ",
        "cs": "Související články", "sv": "Läs också", "ro": "Articole similare", "hu": "Kapcsolódó cikkek",
        "da": "Læs også", "nb": "Les også", "fi": "Lue myös",
        "el": "Σχετικά άρθρα", "uk": "Читайте також", "he": "כתבות נוספות",
        "id": "Berita Terkait", "vi": "Bài viết liên quan",
        "hi": "ये भी पढ़ें", "bn": "আরও পড়ুন", "th": "บทความที่เกี่ยวข้อง"},
    ("chrome", "newsletter_signup"): {
        "de": "Jetzt zum Newsletter anmelden", "fr": "Inscrivez-vous à notre newsletter",
        "es": "Suscríbete a nuestro boletín", "it": "Iscriviti alla nostra newsletter", "pt": "Assine a newsletter",
        "nl": "Schrijf je in voor onze nieuwsbrief", "pl": "Zapisz się do newslettera", "ru": "Подпишитесь на рассылку",
        "tr": "Bültenimize abone olun", "zh": "订阅我们的电子报", "ja": "メルマガ登録", "ko": "뉴스레터 구독",
        "ar": "اشترك في النشرة البريدية", "fa": "عضویت در خبرنامه", "ur": "نیوز لیٹر", "ps": "خبرپاڼه",
        "cs": "Přihlaste se k odběru newsletteru", "sv": "Prenumerera på vårt nyhetsbrev",
        "da": "Tilmeld dig vores nyhedsbrev", "nb": "Meld deg på nyhetsbrevet", "fi": "Tilaa uutiskirjeemme",
        "ro": "Abonează-te la newsletter", "hu": "Iratkozz fel hírlevelünkre",
        "el": "Εγγραφείτε στο newsletter μας", "uk": "Підпишіться на розсилку", "he": "הירשמו לניוזלטר",
        "id": "Berlangganan newsletter kami", "vi": "Đăng ký nhận bản tin",
        "hi": "हमारे न्यूज़लेटर को सब्सक्राइब करें", "bn": "নিউজলেটার সাবস্ক্রাইব করুন", "th": "สมัครรับจดหมายข่าว"},
    ("chrome", "cookie_notice"): {
        "de": "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
        "fr": "Ce site utilise des cookies pour améliorer votre expérience.",
        "es": "Este sitio web utiliza cookies para mejorar su experiencia.",
        "it": "Questo sito utilizza cookie per migliorare la tua esperienza.",
        "pt": "Este site utiliza cookies para melhorar a sua experiência.",
        "nl": "Deze website gebruikt cookies om uw ervaring te verbeteren.",
        "pl": "Ta strona używa plików cookies.", "ru": "Этот сайт использует файлы cookie.",
        "tr": "Bu site çerezler kullanmaktadır.", "zh": "本网站使用cookie以改善您的体验。",
        "ja": "当サイトではクッキーを使用しています。", "ko": "이 사이트는 쿠키를 사용합니다.",
        "ar": "يستخدم هذا الموقع ملفات تعريف الارتباط", "fa": "این سایت از کوکی استفاده می‌کند",
        "ur": "یہ ویب سائٹ کوکیز استعمال کرتی ہے", "ps": "دا ویب پاڼه کوکیز کاروي",
        "cs": "Tento web používá soubory cookies.", "sv": "Den här webbplatsen använder cookies.",
        "da": "Denne hjemmeside bruger cookies.", "nb": "Dette nettstedet bruker informasjonskapsler.", "fi": "Käytämme evästeitä.",
        "ro": "Acest site folosește cookie-uri.", "hu": "Ez a weboldal sütiket használ.",
        "el": "Αυτός ο ιστότοπος χρησιμοποιεί cookies.", "uk": "Цей сайт використовує файли cookie.",
        "he": "אתר זה משתמש בקבצי עוגיות",
        "id": "Situs ini menggunakan cookie.", "vi": "Trang web này sử dụng cookie.",
        "hi": "यह वेबसाइट कुकीज़ का उपयोग करती है।", "bn": "এই ওয়েবসাইট কুকি ব্যবহার করে।",
        "th": "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดให้กับคุณ"},
    ("chrome", "login_form"): {
        "de": "Passwort vergessen?", "fr": "Mot de passe oublié ?", "es": "¿Olvidaste tu contraseña?",
        "it": "Password dimenticata?", "pt": "Esqueceu sua senha?", "nl": "Wachtwoord vergeten?",
        "pl": "Nie pamiętasz hasła?", "ru": "Забыли пароль?", "tr": "Şifremi unuttum", "zh": "忘记密码？",
        "ja": "パスワードをお忘れの方", "ko": "비밀번호 찾기", "ar": "نسيت كلمة المرور؟",
        "fa": "رمز عبور را فراموش کرده‌اید؟", "ur": "پاس ورڈ بھول گئے؟", "ps": "پټنوم",
        "cs": "Zapomněli jste heslo?", "sv": "Glömt ditt lösenord?", "ro": "Ai uitat parola?", "hu": "Elfelejtett jelszó?",
        "da": "Glemt din adgangskode?", "nb": "Glemt passordet?", "fi": "Unohditko salasanasi?",
        "el": "Ξεχάσατε τον κωδικό σας;", "uk": "Забули пароль?", "he": "שכחת את הסיסמה?",
        "id": "Lupa kata sandi?", "vi": "Quên mật khẩu?",
        "hi": "पासवर्ड भूल गए?", "bn": "পাসওয়ার্ড ভুলে গেছেন?", "th": "ลืมรหัสผ่าน?"},
    ("chrome", "tags_line"): {
        "de": "Schlagworte: Verkehr, Stadtrat", "fr": "Mots-clés : transport, conseil",
        "es": "Etiquetas: transporte, ayuntamiento", "it": "Argomenti: trasporti, consiglio",
        "pt": "Palavras-chave: transporte, câmara", "nl": "Trefwoorden: vervoer, gemeenteraad",
        "pl": "Tagi: transport, rada miasta", "ru": "Теги: транспорт, горсовет", "tr": "Etiketler: ulaşım, belediye",
        "zh": "标签：交通，市议会", "ja": "タグ：交通、市議会", "ko": "태그: 교통, 시의회", "ar": "الوسوم: النقل، المجلس",
        "fa": "برچسب‌ها: حمل و نقل، شورا", "ur": "ٹیگز: ٹرانسپورٹ، کونسل", "ps": "ټګونه: ټرانسپورټ، شورا",
        "cs": "Štítky: doprava, zastupitelstvo", "sv": "Taggar: trafik, kommunfullmäktige",
        "da": "Emner: trafik, byråd", "nb": "Stikkord: trafikk, bystyret", "fi": "Aiheet: liikenne, kaupunginvaltuusto",
        "ro": "Etichete: transport, consiliul local", "hu": "Címkék: közlekedés, képviselő-testület",
        "el": "Ετικέτες: συγκοινωνίες, δημοτικό συμβούλιο", "uk": "Теги: транспорт, міська рада",
        "he": "תגיות: תחבורה, מועצת העיר",
        "id": "Tag: transportasi, DPRD", "vi": "Từ khóa: giao thông, hội đồng thành phố",
        "hi": "टैग: परिवहन, नगर परिषद", "bn": "ট্যাগ: পরিবহন, সিটি কাউন্সিল", "th": "แท็ก: การคมนาคม, สภาเมือง"},
    ("donation", "donation_appeal"): {
        "de": "Jetzt spenden", "fr": "Faites un don", "es": "Haz una donación", "it": "Fai una donazione",
        "pt": "Faça uma doação", "nl": "Steun ons", "pl": "Wesprzyj nas", "ru": "Поддержите нас",
        "tr": "Bize destek olun", "zh": "支持我们", "ja": "ご支援ください", "ko": "후원하기", "ar": "تبرع الآن",
        "fa": "کمک مالی", "ur": "عطیہ دیں", "ps": "ملاتړ وکړئ",
        "cs": "Podpořte nás", "sv": "Stöd oss", "ro": "Susține-ne", "hu": "Támogass minket",
        "da": "Støt os", "nb": "Støtt oss", "fi": "Tue meitä",
        "el": "Κάντε μια δωρεά", "uk": "Підтримайте нас", "he": "תמכו בנו",
        "id": "Dukung kami", "vi": "Ủng hộ chúng tôi",
        "hi": "हमें सहयोग करें", "bn": "আমাদের পাশে দাঁড়ান", "th": "ร่วมสนับสนุนเรา"},
    ("chrome", "view_counter"): {
        "de": "1.234 Aufrufe", "fr": "5 min de lecture", "es": "Lectura de 4 min", "it": "Tempo di lettura: 3 minuti",
        "pt": "1.234 visualizações", "nl": "Leestijd: 4 minuten", "pl": "Czas czytania: 3 min.", "ru": "Время чтения: 5 минут",
        "tr": "1.234 görüntülenme", "zh": "阅读时间 5 分钟", "ja": "この記事は約3分で読めます", "ko": "조회수 1,234",
        "ar": "وقت القراءة: 3 دقائق", "fa": "زمان مطالعه: ۵ دقیقه", "ur": "پڑھنے کا وقت: 4 منٹ", "ps": "د لوستلو وخت: 3 دقیقې",
        "cs": "1 234 zobrazení", "sv": "Lästid: 3 minuter", "ro": "1.234 vizualizări", "hu": "Olvasási idő: 4 perc",
        "da": "Læst 1.234 gange", "nb": "Lesetid: 4 minutter", "fi": "Luettu 1 234 kertaa",
        "el": "Χρόνος ανάγνωσης: 3 λεπτά", "uk": "1 234 перегляди", "he": "זמן קריאה: 3 דקות",
        "id": "1.234 kali dibaca", "vi": "1.234 lượt xem",
        "hi": "पढ़ने का समय: 3 मिनट", "bn": "পড়ার সময়: ৩ মিনিট", "th": "อ่าน 1,234 ครั้ง"},
    ("chrome", "navigation"): {
        "de": "Startseite", "fr": "Mentions légales", "es": "Aviso legal", "it": "Torna su", "pt": "Voltar ao topo",
        "nl": "Naar boven", "pl": "Strona główna", "ru": "Карта сайта", "tr": "Site haritası", "zh": "网站地图",
        "ja": "ページの先頭へ", "ko": "본문 바로가기", "ar": "اتصل بنا", "fa": "تماس با ما", "ur": "ہم سے رابطہ کریں",
        "ps": "زموږ په اړه",
        "cs": "Mapa stránek", "sv": "Till toppen", "ro": "Despre noi", "hu": "Impresszum",
        "da": "Forside", "nb": "Til toppen", "fi": "Etusivu",
        "el": "Επικοινωνία", "uk": "Головна сторінка", "he": "צור קשר",
        "id": "Beranda", "vi": "Trang chủ",
        "hi": "हमसे संपर्क करें", "bn": "প্রচ্ছদ", "th": "หน้าแรก"},
}

# Words of the families matched inside a block (not as the whole block): an ordinary
# sentence uses the word, not the banner's phrase.
WORDS: dict[str, dict[str, str]] = {
    "cookie_notice": {
        "de": "Cookies", "fr": "cookies", "es": "cookies", "it": "cookie", "pt": "cookies", "nl": "cookies",
        "pl": "cookies", "ru": "cookie", "tr": "çerez", "zh": "cookie", "ja": "クッキー", "ko": "쿠키",
        "ar": "الكوكيز", "fa": "کوکی", "ur": "کوکیز", "ps": "کوکیز",
        "cs": "cookies", "sv": "cookies", "ro": "cookie-uri", "hu": "sütiket",
        "da": "cookies", "nb": "informasjonskapsler", "fi": "evästeitä",
        "el": "cookies", "uk": "cookie", "he": "עוגיות",
        "id": "cookie", "vi": "cookie",
        "hi": "कुकीज़", "bn": "কুকি", "th": "คุกกี้"},
    "newsletter_signup": {
        "de": "Newsletter", "fr": "newsletter", "es": "boletín", "it": "newsletter", "pt": "newsletter",
        "nl": "nieuwsbrief", "pl": "newsletter", "ru": "рассылка", "tr": "bülten", "zh": "电子报", "ja": "メルマガ",
        "ko": "뉴스레터", "ar": "النشرة", "fa": "خبرنامه", "ur": "نیوز لیٹر", "ps": "خبرپاڼه",
        "cs": "newsletter", "sv": "nyhetsbrev", "ro": "newsletter", "hu": "hírlevél",
        "da": "nyhedsbrev", "nb": "nyhetsbrev", "fi": "uutiskirje",
        "el": "newsletter", "uk": "розсилку", "he": "ניוזלטר",
        "id": "newsletter", "vi": "bản tin",
        "hi": "न्यूज़लेटर", "bn": "নিউজলেটার", "th": "จดหมายข่าว"},
    # the browser, as each language names it: a sentence may name it without a notice
    "tech_notice": {
        "de": "Browser", "fr": "navigateur", "es": "navegador", "it": "browser", "pt": "navegador", "nl": "browser",
        "pl": "przeglądarka", "ru": "браузер", "tr": "tarayıcı", "zh": "浏览器", "ja": "ブラウザ", "ko": "브라우저",
        "ar": "المتصفح", "fa": "مرورگر", "ur": "براؤزر", "ps": "براوزر",
        "cs": "prohlížeč", "sv": "webbläsare", "ro": "browser", "hu": "böngésző",
        "da": "browser", "nb": "nettleser", "fi": "selain",
        "el": "browser", "uk": "браузер", "he": "דפדפן",
        "id": "peramban", "vi": "trình duyệt",
        "hi": "ब्राउज़र", "bn": "ব্রাউজার", "th": "เบราว์เซอร์"},
    # the commission, as each language names it: a sentence may name one without a disclosure
    "disclaimer": {
        "de": "Provision", "fr": "commission", "es": "comisión", "it": "commissione", "pt": "comissão", "nl": "commissie",
        "pl": "prowizja", "ru": "комиссия", "tr": "komisyon", "zh": "佣金", "ja": "手数料", "ko": "수수료",
        "ar": "عمولة", "fa": "کمیسیون", "ur": "کمیشن", "ps": "کمیشن",
        "cs": "provize", "sv": "provision", "ro": "comision", "hu": "jutalék",
        "da": "kommission", "nb": "provisjon", "fi": "palkkio",
        "el": "προμήθεια", "uk": "комісія", "he": "עמלה",
        "id": "komisi", "vi": "hoa hồng",
        "hi": "कमीशन", "bn": "কমিশন", "th": "ค่าคอมมิชชั่น"},
}

THREAD_HEADERS = {
    "de": "3 Kommentare", "fr": "5 commentaires", "es": "2 comentarios", "it": "4 commenti", "pt": "3 comentários",
    "nl": "6 reacties", "pl": "Komentarze (3)", "ru": "3 комментария", "tr": "3 yorum", "zh": "评论（3）",
    "ja": "コメント一覧", "ko": "댓글 3개", "ar": "التعليقات (3)", "fa": "دیدگاه‌ها", "ur": "تبصرے", "ps": "نظرونه",
    "cs": "5 komentářů", "sv": "3 kommentarer", "ro": "3 comentarii", "hu": "3 hozzászólás",
    "da": "3 kommentarer", "nb": "Kommentarer (3)", "fi": "3 kommenttia",
    "el": "3 σχόλια", "uk": "3 коментарі", "he": "3 תגובות",
    "id": "3 Komentar", "vi": "3 bình luận",
    "hi": "3 टिप्पणियाँ", "bn": "৩টি মন্তব্য", "th": "ความคิดเห็น 3 รายการ",
}
REPLY_LINES = {
    "de": "Antworten", "fr": "Répondre", "es": "Responder", "it": "Rispondi", "pt": "Responder",
    "nl": "Beantwoorden", "pl": "Odpowiedz", "ru": "Ответить", "tr": "Yanıtla", "zh": "回复", "ja": "返信する",
    "ko": "답글 달기", "ar": "رد", "fa": "پاسخ", "ur": "جواب دیں", "ps": "ځواب ورکړئ",
    "cs": "Odpovědět", "sv": "Svara", "ro": "Răspunde", "hu": "Válasz",
    "da": "Svar", "nb": "Svar", "fi": "Vastaa",
    "el": "Απάντηση", "uk": "Відповісти", "he": "הגב",
    "id": "Balas", "vi": "Trả lời",
    "hi": "जवाब दें", "bn": "উত্তর দিন", "th": "ตอบกลับ",
}
COMMENT = "Great piece, thank you for writing it. I walk along the river every morning and cannot wait for the new trail."

# The families that not every language has (English is tested in test_rules.py): per family
# in rules/vocabulary.py, (category, rule) and a widget line in each of its languages.
FAMILY_LINES: dict[str, tuple[tuple[str, str], dict[str, str]]] = {
    # a mail archive's link to the message before or after this one, under its label
    "MESSAGE_NAV": (("chrome", "related_link_labelled"), {
        "de": "Nächste Nachricht: Re: Bookworm: nach Suspend kein WLAN mehr",
        "fr": "Message précédent : [ubuntu-fr] Problème de veille avec le Wi-Fi",
        "es": "Mensaje siguiente: [python-es] Duda con pandas y fechas",
        "it": "Messaggio precedente: [Python] Problema con le date in pandas",
        "pt": "Próxima mensagem: [python-brasil] Dúvida sobre datas no pandas",
        "nl": "Volgend bericht: Re: Probleem met suspend op de T14",
        "pl": "Poprzednia wiadomość: [pld-devel] Problem z jądrem 6.1",
        "ru": "Следующее сообщение: Re: NAT на два провайдера",
        "ja": "スレッドの次の記事: [pgsql-jp: 38819] Re: EUC_JP から UTF8 への移行",
        "zh": "上一条消息: [python-chinese] 用 py2exe 打包后中文路径下无法启动"}),
    # a wiki's links to edit a section, alone on their line as a text dump prints them
    "EDIT_LINK": (("chrome", "edit_link"), {
        "de": "[ Quelltext bearbeiten ]", "fr": "[ modifier | modifier le code ]", "es": "Editar",
        "it": "[modifica | modifica wikitesto]", "pt": "[ editar | editar código-fonte ]", "nl": "[bewerken]",
        "pl": "[ edytuj | edytuj kod ]", "ru": "[ править | править код ]", "uk": "[ред. | ред. код]",
        "tr": "[değiştir | kaynağı değiştir]", "zh": "[编辑]", "ja": "[ソースを編集]", "ko": "[편집]",
        "ar": "[عدل المصدر]", "fa": "[ویرایش]", "ur": "[ترمیم]", "ps": "[سمول]", "cs": "[editovat | editovat zdroj]",
        "sv": "[redigera | redigera wikitext]", "da": "[redigér | redigér wikikode]", "nb": "[rediger | rediger kilde]",
        "fi": "[muokkaa | muokkaa wikitekstiä]", "ro": "[modificare | modificare sursă]",
        "hu": "[szerkesztés | forrásszöveg szerkesztése]", "el": "[επεξεργασία | επεξεργασία κώδικα]",
        "he": "[עריכת קוד מקור]", "id": "[sunting | sunting sumber]", "vi": "[sửa | sửa mã nguồn]",
        "hi": "[संपादित करें]", "bn": "[সম্পাদনা]", "th": "[แก้ไข]",
    }),
    # WordPress's heading above the links to the previous and next post
    "POST_NAVIGATION": (("chrome", "navigation"), {
        "de": "Beitragsnavigation", "fr": "Navigation des articles", "es": "Navegación de entradas",
        "it": "Navigazione articoli", "pt": "Navegação de posts", "nl": "Berichtnavigatie",
    }),
    # an old site's visitor counter
    "VISITOR_COUNT": (("chrome", "view_counter"), {
        "fr": "Vous êtes le 18 742e visiteur depuis le 1er mars 2003", "nl": "Aantal bezoekers: 2.106",
        "de": "Sie sind Besucher Nr. 12.345", "it": "Sei il visitatore numero 1234",
        "es": "Eres el visitante número 4.512", "pt": "Você é o visitante número 9.876",
    }),
    # an opinion piece's note that the views are its author's, not the publication's
    "VIEWS_DISCLAIMER": (("chrome", "disclaimer"), {
        "de": "Gastkommentare geben die Meinung der Autorinnen und Autoren wieder und müssen sich nicht mit der Meinung der Redaktion decken.",
        "fr": "Les tribunes publiées dans la rubrique Idées engagent uniquement leurs auteurs.",
        "es": "Las opiniones y análisis expresados en esta sección son responsabilidad exclusiva de sus autores.",
        "it": "Le opinioni espresse negli articoli di questa sezione sono di esclusiva responsabilità degli autori.",
        "pt": "As opiniões expressas neste artigo são de responsabilidade exclusiva do autor e não refletem necessariamente a opinião do jornal.",
        "nl": "Dit is een opiniestuk. De meningen in deze bijdrage zijn die van de auteur en geven niet noodzakelijk het standpunt van de redactie weer.",
        "pl": "Opinie wyrażone w felietonie są opiniami autora i nie muszą odzwierciedlać stanowiska redakcji.",
        "ru": "Мнение автора может не совпадать с мнением редакции.",
        "uk": "Думка автора може не збігатися з позицією редакції.",
        "tr": "Yazıda yer alan görüşler yazarına aittir ve gazetemizin görüşlerini yansıtmayabilir.",
        "ar": "المقالات المنشورة في هذه الصفحة تعبّر عن آراء كتّابها ولا تعكس بالضرورة رأي الصحيفة.",
        "fa": "مطالب منتشر شده در این ستون لزوماً بیانگر دیدگاه سایت نیست.",
        "cs": "Komentář vyjadřuje názor autora a nemusí vyjadřovat stanovisko redakce.",
        "sv": "Detta är en debattartikel. Åsikterna i texten är skribentens egna.",
        "da": "Indlægget er alene skribentens holdning.",
        "nb": "Innlegget uttrykker skribentens egne meninger.",
        "fi": "Kolumni edustaa kirjoittajan omia näkemyksiä, eikä se välttämättä vastaa toimituksen kantaa.",
        "el": "Οι απόψεις που εκφράζονται στο άρθρο δεν απηχούν απαραίτητα τις απόψεις της εφημερίδας.",
        "ro": "Opiniile exprimate în acest articol aparțin exclusiv autorului.",
        "hu": "A cikk a szerző saját véleményét tükrözi, amely nem feltétlenül egyezik meg a szerkesztőség álláspontjával.",
        "id": "Tulisan ini sepenuhnya menjadi tanggung jawab penulis dan tidak mencerminkan sikap redaksi.",
        "he": "הדעות המובעות במאמר על אחריות הכותב בלבד ואינן משקפות בהכרח את עמדת המערכת.",
        "ja": "本記事の内容は筆者個人の見解であり、当社の公式見解を示すものではありません。",
        "zh": "本文仅代表作者本人观点，不代表本站立场。",
        "ko": "이 글은 외부 필자의 개인 의견이며, 본지의 편집 방향과 다를 수 있습니다.",
    }),
    "DATELINE": (("chrome", "byline_dateline"), {
        "de": "Veröffentlicht am 17. Dezember 2019 von Simon Dückert", "fr": "Publié le 12 mai 2024 à 10h30",
        "es": "Publicado: jueves, 21 abril 2022 04:45", "it": "Pubblicato il 19 febbraio 2020",
        "pt": "Atualizado em 12/05/2024 às 10h30", "nl": "Gepubliceerd op 12 mei 2024", "pl": "Opublikowano: 12 maja 2024",
        "ru": "Опубликовано 12 мая 2024, 10:15", "tr": "Yayınlanma tarihi: 12 Mayıs 2024", "zh": "发布时间：2024年5月12日",
        "ja": "最終更新日: 2025年1月20日", "ko": "입력 2024.05.12 10:30", "ar": "تاريخ النشر: 12 مايو 2024",
        "fa": "تاریخ انتشار: ۱۴۰۳/۰۲/۲۳", "ur": "شائع 12 مئی 2024", "ps": "خپره شوې: ۱۴۰۳/۰۲/۲۳",
        "cs": "Publikováno: 12. května 2024", "sv": "Publicerad 12 maj 2024 kl. 10.30", "ro": "Publicat la 12 mai 2024",
        "da": "Publiceret 12. maj 2024 kl. 10.30", "nb": "Publisert 12. mai 2024 kl. 10.30", "fi": "Julkaistu 12.5.2024 klo 10.30",
        "hu": "Közzétéve: 2024. május 12.", "el": "Δημοσιεύθηκε στις 12 Μαΐου 2024", "uk": "Опубліковано 12 травня 2024",
        "he": "פורסם: 12.05.2024", "id": "Diterbitkan pada 12 Mei 2024", "vi": "Cập nhật lúc 10:30 12/05/2024",
        "hi": "प्रकाशित: 12 मई 2024", "bn": "প্রকাশিত: ১২ মে ২০২৪", "th": "เผยแพร่เมื่อ 12 พ.ค. 2567",
    }),
    "COMMENTS_CLOSED": (("comments", "comments_closed"), {
        "de": "Die Kommentare sind geschlossen.", "fr": "Les commentaires sont fermés.",
        "es": "Los comentarios están cerrados.", "it": "I commenti sono chiusi.", "pt": "Comentários encerrados.",
        "nl": "Reacties zijn gesloten.", "pl": "Komentarze są wyłączone.", "ru": "Комментарии закрыты.",
        "tr": "Yorumlar kapatılmıştır.", "zh": "评论已关闭", "ja": "コメントは受け付けていません。",
        "ko": "댓글이 닫혀 있습니다.",
        "cs": "Komentáře jsou uzavřeny.", "sv": "Kommentarer är stängda.", "ro": "Comentariile sunt închise.",
        "da": "Kommentarer er lukket.", "nb": "Kommentarfeltet er stengt.", "fi": "Kommentointi on suljettu.",
        "hu": "A hozzászólások le vannak zárva.",
        "el": "Τα σχόλια είναι κλειστά.", "uk": "Коментарі закриті.", "he": "התגובות סגורות.",
        "id": "Komentar ditutup.", "vi": "Bình luận đã bị đóng.",
        "hi": "टिप्पणियाँ बंद हैं।", "bn": "মন্তব্য বন্ধ করা আছে।", "th": "ปิดรับความคิดเห็น"}),
    "COMMENT_FORM": (("chrome", "comment_form"), {
        "de": "Deine E-Mail-Adresse wird nicht veröffentlicht.", "fr": "Votre adresse e-mail ne sera pas publiée.",
        "es": "Tu dirección de correo electrónico no será publicada.", "it": "Il tuo indirizzo email non sarà pubblicato.",
        "pt": "O seu endereço de e-mail não será publicado.", "nl": "Je e-mailadres wordt niet gepubliceerd.",
        "pl": "Twój adres e-mail nie zostanie opublikowany.", "ru": "Ваш адрес email не будет опубликован.",
        "tr": "E-posta adresiniz yayımlanmayacak.", "zh": "您的电子邮箱地址不会被公开。",
        "ja": "メールアドレスが公開されることはありません。", "ko": "이메일 주소는 공개되지 않습니다.",
        "ar": "لن يتم نشر عنوان بريدك الإلكتروني.", "fa": "نشانی ایمیل شما منتشر نخواهد شد.",
        "ur": "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔", "ps": "بریښنالیک",
        "cs": "Vaše e-mailová adresa nebude zveřejněna.", "sv": "Din e-postadress kommer inte publiceras.",
        "da": "Din e-mailadresse vil ikke blive publiceret.", "nb": "Din e-postadresse vil ikke bli publisert.", "fi": "Sähköpostiosoitettasi ei julkaista.",
        "ro": "Adresa ta de email nu va fi publicată.", "hu": "Az e-mail címet nem tesszük közzé.",
        "el": "Η ηλ. διεύθυνση σας δεν δημοσιεύεται.", "uk": "Ваша e-mail адреса не оприлюднюватиметься.",
        "he": "האימייל לא יוצג באתר.",
        "id": "Alamat email Anda tidak akan dipublikasikan.", "vi": "Email của bạn sẽ không được hiển thị công khai.",
        "hi": "आपका ईमेल पता प्रकाशित नहीं किया जाएगा।", "bn": "আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না।",
        "th": "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น"}),
    # a form's field label: a name with a colon or a required-field star
    "FIELD_NAMES": (("chrome", "comment_form"), {
        "de": "Betreff *", "fr": "Prénom *", "es": "Asunto *", "it": "Cognome *", "pt": "Assunto *",
        "nl": "Onderwerp *", "pl": "Nazwisko *", "ru": "Тема *", "tr": "Konu *", "zh": "主题 *", "ja": "件名 *",
        "ko": "제목 *", "ar": "الموضوع *", "fa": "موضوع *", "ur": "موضوع *", "ps": "نظر *",
        "cs": "Předmět *", "sv": "Ämne *", "ro": "Subiect *", "hu": "Tárgy *",
        "da": "Emne *", "nb": "Etternavn *", "fi": "Sukunimi *",
        "el": "Θέμα *", "uk": "Тема *", "he": "נושא *",
        "id": "Subjek *", "vi": "Tiêu đề *",
        "hi": "विषय *", "bn": "বিষয় *", "th": "หัวข้อ *"}),
    "LOGIN_FIELD_NAMES": (("chrome", "login_form"), {
        "de": "Passwort *", "fr": "Mot de passe *", "es": "Contraseña *", "it": "Nome utente *", "pt": "Senha *",
        "nl": "Wachtwoord *", "pl": "Hasło *", "ru": "Пароль *", "tr": "Şifre *", "zh": "密码 *",
        "ja": "パスワード *", "ko": "비밀번호 *", "ar": "كلمة المرور *", "fa": "رمز عبور *", "ur": "پاس ورڈ *",
        "ps": "پټنوم *",
        "cs": "Heslo *", "sv": "Lösenord *", "ro": "Parolă *", "hu": "Jelszó *",
        "da": "Adgangskode *", "nb": "Passord *", "fi": "Salasana *",
        "el": "Κωδικός πρόσβασης *", "uk": "Пароль *", "he": "סיסמה *",
        "id": "Kata sandi *", "vi": "Mật khẩu *",
        "hi": "पासवर्ड *", "bn": "পাসওয়ার্ড *", "th": "รหัสผ่าน *"}),
    "SIDEBAR_WIDGET": (("chrome", "sidebar_widget"), {
        "de": "Archiv Monat auswählen Oktober 2020 (1) September 2020 (3)",
        "fr": "Archives Sélectionner un mois octobre 2020 (1) septembre 2020 (3)",
        "es": "Archivos Elegir mes octubre 2020 (1) septiembre 2020 (3)",
        "it": "Archivi Seleziona mese ottobre 2020 (1) settembre 2020 (3)",
        "pt": "Arquivos Selecione o mês outubro 2020 (1) setembro 2020 (3)",
        "nl": "Archieven Selecteer een maand oktober 2020 (1) september 2020 (3)",
        "pl": "Archiwa Wybierz miesiąc październik 2020 (1) wrzesień 2020 (3)",
        "ru": "Архивы Выберите месяц Октябрь 2020 (1) Сентябрь 2020 (3)",
        "tr": "Arşivler Ay seçin Ekim 2020 (1) Eylül 2020 (3)",
        "cs": "Archivy Vyberte měsíc říjen 2020 (1) září 2020 (3)",
        "sv": "Arkiv Välj månad oktober 2020 (1) september 2020 (3)",
        "da": "Arkiv Vælg måned oktober 2020 (1) september 2020 (3)",
        "nb": "Arkiv Velg måned oktober 2020 (1) september 2020 (3)",
        "fi": "Arkistot Valitse kuukausi lokakuu 2020 (1) syyskuu 2020 (3)",
        "ro": "Arhive Selectează luna octombrie 2020 (1) septembrie 2020 (3)",
        "hu": "Archívum Hónap kiválasztása 2020. október (1) 2020. szeptember (3)",
        "el": "Αρχεία Επιλογή μήνα Οκτώβριος 2020 (1) Σεπτέμβριος 2020 (3)",
        "uk": "Архіви Виберіть місяць Жовтень 2020 (1) Вересень 2020 (3)",
        "he": "ארכיון בחירת חודש אוקטובר 2020 (1) ספטמבר 2020 (3)",
        "id": "Arsip Pilih Bulan Oktober 2020 (1) September 2020 (3)",
        "vi": "Lưu trữ Chọn tháng Tháng Mười 2020 (1) Tháng Chín 2020 (3)",
        "hi": "पुरालेख महीना चुनें अक्टूबर 2020 (1) सितंबर 2020 (3)",
        "bn": "আর্কাইভ মাস নির্বাচন করুন অক্টোবর ২০২০ (১) সেপ্টেম্বর ২০২০ (৩)",
        "th": "คลังเก็บ เลือกเดือน ตุลาคม 2020 (1) กันยายน 2020 (3)"}),
}

# A comment's own header (COMMENT_META), which opens a thread as a header does.
STAMP = "2014-01-15 23:36"
META_LINES = {
    "de": "Anna Schmidt sagt:", "fr": "Marie Dupont a écrit :", "es": "Lucía García dice:",
    "it": "Giulia Rossi ha scritto:", "pt": "João Silva disse:", "nl": "Jan de Vries schreef:",
    "pl": "Anna Nowak napisała:",
    "cs": "Jan Novák napsal:", "sv": "Anna Svensson skriver:", "ro": "Andrei Popescu spune:", "hu": "Kovács Péter szerint:",
    "da": "Mette Jensen siger:", "nb": "Kari Nordmann sier:", "fi": "Matti Virtanen sanoo:",
    "el": "Μαρία Παπαδοπούλου λέει:", "uk": "Олена Коваленко говорить:", "he": "דנה כהן הגיבה:",
    "id": "Budi Santoso berkata:", "vi": "Nguyễn Văn An viết:",
    "hi": "राहुल शर्मा कहते हैं:", "bn": "রহিম উদ্দিন বলেছেন:", "th": "สมชาย ใจดี พูดว่า:",
}

# The families of the English rules that had none in the other languages: per family in
# rules/vocabulary.py, (category, rule) and a widget line in each language.
MORE_FAMILY_LINES: dict[str, tuple[tuple[str, str], dict[str, str]]] = {
    # a site's privacy policy named as a link; its consent buttons; its rights line
    "POLICY_LINKS": (("chrome", "cookie_notice"), {
        "de": "Datenschutzerklärung", "fr": "Politique de confidentialité", "es": "Política de privacidad",
        "it": "Informativa sulla privacy", "pt": "Política de privacidade", "nl": "Privacybeleid",
        "pl": "Polityka prywatności", "ru": "Политика конфиденциальности", "tr": "Gizlilik politikası", "zh": "隐私政策",
        "ja": "プライバシーポリシー", "ko": "개인정보처리방침", "ar": "سياسة الخصوصية", "fa": "سیاست حفظ حریم خصوصی",
        "ur": "رازداری کی پالیسی", "ps": "د محرمیت تګلاره", "cs": "Zásady ochrany osobních údajů", "sv": "Integritetspolicy",
        "da": "Privatlivspolitik", "nb": "Personvernerklæring", "fi": "Tietosuojaseloste",
        "ro": "Politica de confidențialitate", "hu": "Adatvédelmi tájékoztató", "el": "Πολιτική απορρήτου",
        "uk": "Політика конфіденційності", "he": "מדיניות הפרטיות", "id": "Kebijakan privasi", "vi": "Chính sách bảo mật",
        "hi": "गोपनीयता नीति", "bn": "গোপনীয়তা নীতি", "th": "นโยบายความเป็นส่วนตัว",
    }),
    "CONSENT_BUTTON": (("chrome", "consent_button"), {
        "de": "Ich bin einverstanden.", "fr": "Tout accepter", "es": "Aceptar todo", "it": "Accetta tutto",
        "pt": "Aceitar tudo", "nl": "Alles accepteren", "pl": "Zaakceptuj wszystko", "ru": "Принять все",
        "tr": "Tümünü kabul et", "zh": "全部接受", "ja": "同意して閉じる", "ko": "모두 동의", "ar": "قبول الكل",
        "fa": "پذیرش همه", "ur": "قبول کریں", "ps": "زه موافق یم", "cs": "Přijmout vše", "sv": "Acceptera alla",
        "da": "Accepter alle", "nb": "Godta alle", "fi": "Hyväksy kaikki",
        "ro": "Accept toate", "hu": "Összes elfogadása", "el": "Αποδοχή όλων", "uk": "Прийняти все", "he": "אישור הכל",
        "id": "Terima semua", "vi": "Chấp nhận tất cả", "hi": "सभी स्वीकार करें", "bn": "সব গ্রহণ করুন", "th": "ยอมรับทั้งหมด",
    }),
    "RIGHTS_RESERVED": (("chrome", "license_notice"), {
        "de": "© 2024 Beispiel GmbH. Alle Rechte vorbehalten.", "fr": "© 2024 Exemple SA. Tous droits réservés.",
        "es": "© 2024 Ejemplo S.L. Todos los derechos reservados.", "it": "© 2024 Esempio Srl. Tutti i diritti riservati.",
        "pt": "© 2024 Exemplo Lda. Todos os direitos reservados.", "nl": "© 2024 Voorbeeld BV. Alle rechten voorbehouden.",
        "pl": "© 2024 Przykład Sp. z o.o. Wszelkie prawa zastrzeżone.", "ru": "© 2024 «Пример». Все права защищены.",
        "tr": "Tüm hakları saklıdır.", "zh": "版权所有 © 2024 示例网", "ja": "無断転載を禁じます。",
        "ko": "무단 전재 및 재배포 금지", "ar": "جميع الحقوق محفوظة © 2024", "fa": "کلیه حقوق این سایت محفوظ است.",
        "ur": "جملہ حقوق محفوظ ہیں", "ps": "ټول حقونه خوندي دي", "cs": "© 2024 Příklad s.r.o. Všechna práva vyhrazena.",
        "sv": "© 2024 Exempel AB. Alla rättigheter förbehållna.", "ro": "© 2024 Exemplu SRL. Toate drepturile rezervate.",
        "da": "© 2024 Eksempel ApS. Alle rettigheder forbeholdes.",
        "nb": "© 2024 Eksempel AS. Alle rettigheter reservert.",
        "fi": "© 2024 Esimerkki Oy. Kaikki oikeudet pidätetään.",
        "hu": "© 2024 Példa Kft. Minden jog fenntartva.", "el": "© 2024 Παράδειγμα. Με επιφύλαξη παντός δικαιώματος.",
        "uk": "© 2024 «Приклад». Усі права захищені.", "he": "כל הזכויות שמורות © 2024",
        "id": "Hak Cipta Dilindungi Undang-Undang", "vi": "© 2024 Ví dụ. Giữ bản quyền.", "hi": "सर्वाधिकार सुरक्षित © 2024",
        "bn": "সর্বস্বত্ব সংরক্ষিত © ২০২৪", "th": "สงวนลิขสิทธิ์ © 2567",
    }),
    "TECH_NOTICE": (("chrome", "tech_notice"), {
        "de": "Bitte aktivieren Sie JavaScript in Ihrem Browser.", "fr": "Veuillez activer JavaScript dans votre navigateur.",
        "es": "Tu navegador está desactualizado.", "it": "Il tuo browser non è supportato.",
        "pt": "Seu navegador está desatualizado.", "nl": "Schakel JavaScript in om deze website te gebruiken.",
        "pl": "Twoja przeglądarka jest przestarzała.", "ru": "Включите JavaScript в настройках браузера.",
        "tr": "Tarayıcınız güncel değil.", "zh": "请启用JavaScript以获得最佳体验。", "ja": "JavaScriptを有効にしてください。",
        "ko": "브라우저를 업데이트해 주세요.", "ar": "يرجى تفعيل جافا سكريبت", "fa": "مرورگر شما قدیمی است",
        "ur": "آپ کا براؤزر پرانا ہے", "ps": "خپل براوزر تازه کړئ",
        "cs": "Váš prohlížeč je zastaralý.", "sv": "Din webbläsare är föråldrad.",
        "da": "Din browser er forældet.", "nb": "Nettleseren din er utdatert.", "fi": "Selaimesi on vanhentunut.",
        "ro": "Browserul dvs. este învechit.", "hu": "A böngészője elavult.",
        "el": "Ενεργοποιήστε τη JavaScript στον browser σας.", "uk": "Ваш браузер застарів.",
        "he": "הדפדפן שלך אינו נתמך", "id": "Aktifkan JavaScript di browser Anda.",
        "vi": "Vui lòng bật JavaScript để xem trang này.", "hi": "आपका ब्राउज़र पुराना है",
        "bn": "আপনার ব্রাউজার পুরনো", "th": "กรุณาเปิดใช้งาน JavaScript"}),
    "SOCIAL_FOLLOW": (("chrome", "social_follow"), {
        "de": "Folgen Sie uns auf Facebook und Instagram", "fr": "Suivez-nous sur Facebook", "es": "Síguenos en Instagram",
        "it": "Seguici su Facebook", "pt": "Siga-nos nas redes sociais", "nl": "Volg ons op Twitter",
        "pl": "Obserwuj nas na Facebooku", "ru": "Подписывайтесь на нас в Telegram", "tr": "Bizi Twitter'da takip edin",
        "zh": "关注我们的微信公众号", "ja": "公式Twitterをフォローする", "ko": "페이스북에서 팔로우하기",
        "ar": "تابعونا على فيسبوك", "fa": "ما را در اینستاگرام دنبال کنید", "ur": "ہمیں فیس بک پر فالو کریں",
        "ps": "موږ په فیسبوک کې تعقیب کړئ",
        "cs": "Sledujte nás na Facebooku", "sv": "Följ oss på Instagram", "ro": "Urmărește-ne pe Facebook",
        "da": "Følg os på Facebook og Instagram", "nb": "Følg oss på Instagram", "fi": "Seuraa meitä Facebookissa",
        "hu": "Kövess minket a Facebookon",
        "el": "Ακολουθήστε μας στο Facebook", "uk": "Стежте за нами у Facebook", "he": "עקבו אחרינו בפייסבוק",
        "id": "Ikuti kami di Instagram", "vi": "Theo dõi chúng tôi trên Facebook",
        "hi": "हमें फ़ेसबुक पर फ़ॉलो करें", "bn": "আমাদের ফেসবুক পেজ ফলো করুন", "th": "ติดตามเราได้ที่เฟซบุ๊ก"}),
    # an ad's label alone on its line ("Publicité", "Publicidad", "Anzeige" are English's)
    "AD_LABEL": (("chrome", "ad_label"), {
        "de": "Werbung", "fr": "Contenu sponsorisé", "es": "Contenido patrocinado", "it": "Pubblicità", "pt": "Publicidade",
        "nl": "Advertentie", "pl": "Reklama", "ru": "Реклама", "tr": "Reklam", "zh": "广告", "ja": "広告", "ko": "광고",
        "ar": "إعلان", "fa": "تبلیغات", "ur": "اشتہار", "ps": "اعلانونه",
        "cs": "Inzerce", "sv": "Annons", "ro": "Publicitate", "hu": "Hirdetés",
        "da": "Annonce", "nb": "Annonse", "fi": "Mainos",
        "el": "Διαφήμιση", "uk": "Реклама", "he": "פרסומת",
        "id": "Iklan", "vi": "Quảng cáo",
        "hi": "विज्ञापन", "bn": "বিজ্ঞাপন", "th": "โฆษณา"}),
    # a photo credit ("Foto:", "Bild:", "Quelle:" alone are already `gallery`'s)
    "IMAGE_CREDIT": (("chrome", "image_caption"), {
        "de": "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.", "fr": "Crédit photo : Jean Dupont",
        "es": "Fotografía: Lucía García", "it": "Immagine: Giulia Rossi", "pt": "Imagem: João Silva",
        "nl": "Beeld: Jan de Vries", "pl": "Fot. Łukasz Nowak / Agencja Gazeta", "ru": "Фото: Иван Петров",
        "tr": "Fotoğraf: Ahmet Yılmaz", "zh": "图片来源：新华社", "ja": "写真：共同通信", "ko": "사진=연합뉴스",
        "ar": "تصوير: أحمد علي", "fa": "عکس: مهدی رضایی", "ur": "تصویر: فائل فوٹو", "ps": "انځور: احمد شاه",
        "cs": "Ilustrační foto: Jan Novák", "sv": "Fotograf: Anna Svensson", "ro": "Sursa foto: Andrei Popescu",
        "da": "Billede: Mette Jensen", "nb": "Bilde: Kari Nordmann / NTB", "fi": "Kuva: Matti Virtanen",
        "hu": "Fotó: Kovács Péter",
        "el": "Φωτογραφία: Μαρία Παπαδοπούλου", "uk": "Фото: Олена Коваленко", "he": "צילום: דנה כהן",
        "id": "Sumber foto: Budi Santoso", "vi": "Ảnh: Nguyễn Văn An",
        "hi": "फ़ोटो: राहुल शर्मा", "bn": "ছবি: সংগৃহীত", "th": "ภาพ: สมชาย ใจดี"}),
    "AUTHOR_BIO": (("chrome", "author_bio"), {
        "de": "Über den Autor", "fr": "À propos de l'auteur", "es": "Sobre el autor", "it": "L'autore",
        "pt": "Sobre o autor", "nl": "Over de auteur", "pl": "O autorze", "ru": "Об авторе", "tr": "Yazar hakkında",
        "zh": "作者简介", "ja": "著者について", "ko": "기자 소개", "ar": "عن الكاتب", "fa": "درباره نویسنده",
        "ur": "مصنف کے بارے میں", "ps": "د لیکوال په اړه",
        "cs": "O autorovi", "sv": "Om författaren", "ro": "Despre autor", "hu": "A szerzőről",
        "da": "Om forfatteren", "nb": "Om skribenten", "fi": "Tietoa kirjoittajasta",
        "el": "Σχετικά με τον συγγραφέα", "uk": "Про автора", "he": "על הכותב",
        "id": "Tentang Penulis", "vi": "Về tác giả",
        "hi": "लेखक के बारे में", "bn": "লেখক পরিচিতি", "th": "เกี่ยวกับผู้เขียน"}),
    "FEEDBACK_WIDGET": (("chrome", "feedback_widget"), {
        "de": "War dieser Artikel hilfreich?", "fr": "Cet article vous a-t-il été utile ?", "es": "¿Te ha resultado útil?",
        "it": "Questo articolo ti è stato utile?", "pt": "Este artigo foi útil?", "nl": "Was dit artikel nuttig?",
        "pl": "Czy ten artykuł był pomocny?", "ru": "Была ли эта статья полезной?", "tr": "Bu haber işinize yaradı mı?",
        "zh": "这篇文章对您有帮助吗？", "ja": "この記事は役に立ちましたか？", "ko": "이 기사가 도움이 되었나요?",
        "ar": "هل كان هذا المقال مفيدا؟", "fa": "آیا این مطلب برایتان مفید بود؟", "ur": "کیا یہ مضمون مفید تھا؟",
        "ps": "ایا دا مقاله ګټوره وه؟",
        "cs": "Byl pro vás tento článek užitečný?", "sv": "Var den här artikeln till hjälp?", "ro": "Acest articol a fost util?",
        "da": "Var denne artikel nyttig?", "nb": "Var denne artikkelen nyttig?", "fi": "Oliko tästä artikkelista hyötyä?",
        "hu": "Hasznos volt ez a cikk?",
        "el": "Σας φάνηκε χρήσιμο το άρθρο;", "uk": "Чи була ця стаття корисною?", "he": "האם הכתבה עזרה לך?",
        "id": "Apakah artikel ini membantu?", "vi": "Bài viết này có hữu ích không?",
        "hi": "क्या यह लेख उपयोगी था?", "bn": "এই লেখাটি কি আপনার কাজে লেগেছে?", "th": "บทความนี้มีประโยชน์หรือไม่"}),
    "CONTACT_LINE": (("chrome", "contact_line"), {
        "de": "Telefon: 030 1234567", "fr": "Courriel : redaction@exemple.fr", "es": "Correo electrónico: redaccion@ejemplo.es",
        "it": "Scrivici a redazione@esempio.it", "pt": "Fale conosco: redacao@exemplo.com.br",
        "nl": "Mail ons via redactie@voorbeeld.nl",
        "pl": "Czekamy na Wasze maile z uwagami i komentarzami: redakcja@przyklad.pl",
        "ru": "Пишите нам: redaktsiya@primer.ru", "tr": "E-posta: haber@ornek.com.tr", "zh": "投稿邮箱：tougao@example.cn",
        "ja": "メール：info@example.jp", "ko": "기사제보: press@example.co.kr", "ar": "البريد الإلكتروني: info@example.com",
        "fa": "ایمیل: info@example.ir", "ur": "ای میل: info@example.pk", "ps": "برېښنالیک: info@example.af",
        "cs": "Napište nám na redakce@priklad.cz", "sv": "Tipsa oss: tips@exempel.se", "ro": "Scrie-ne la redactie@exemplu.ro",
        "da": "Skriv til os på redaktion@eksempel.dk", "nb": "Tips oss: tips@eksempel.no", "fi": "Sähköposti: toimitus@esimerkki.fi",
        "hu": "Írjon nekünk: szerkesztoseg@pelda.hu",
        "el": "Επικοινωνία: info@example.gr", "uk": "Пишіть нам: redakciya@pryklad.ua", "he": "כתבו לנו: info@example.co.il",
        "id": "Hubungi kami: redaksi@contoh.co.id", "vi": "Liên hệ: toasoan@vidu.vn",
        "hi": "ईमेल: info@example.in", "bn": "ইমেইল: info@example.com.bd", "th": "ติดต่อเรา: info@example.co.th"}),
    "SHOP_BUTTON": (("chrome", "shop_button"), {
        "de": "Jetzt neu! Besuchen Sie unseren Fan-Shop!", "fr": "Acheter sur Amazon", "es": "Ver precio en Amazon",
        "it": "Acquista su Amazon", "pt": "Comprar na Amazon", "nl": "Bestel bij Bol.com", "pl": "Sprawdź cenę w Ceneo",
        "ru": "Купить на Ozon", "tr": "Trendyol'da satın al", "zh": "在京东购买", "ja": "Amazonで見る", "ko": "쿠팡에서 보기",
        "ar": "اشتر الآن", "fa": "خرید از دیجیکالا", "ur": "ابھی خریدیں", "ps": "اوس واخلئ",
        "cs": "Koupit na Alza.cz", "sv": "Köp på Adlibris", "ro": "Cumpără de pe eMAG", "hu": "Megnézem az Alzán",
        "da": "Køb hos Saxo", "nb": "Kjøp hos Ark", "fi": "Osta Verkkokauppa.comista",
        "el": "Αγοράστε από το Skroutz", "uk": "Купити на Rozetka", "he": "לרכישה באתר KSP",
        "id": "Beli di Tokopedia", "vi": "Mua tại Tiki",
        "hi": "अमेज़न पर ख़रीदें", "bn": "এখনই কিনুন", "th": "ซื้อที่ Lazada"}),
    "AFFILIATE_DISCLOSURE": (("chrome", "disclaimer"), {
        "de": "Dieser Artikel enthält Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine Provision.",
        "fr": "Cet article contient des liens affiliés : si vous achetez via ces liens, nous pouvons toucher une commission.",
        "es": "Este artículo contiene enlaces de afiliado; podemos recibir una comisión sin coste para ti.",
        "it": "Questo articolo contiene link di affiliazione: potremmo ricevere una commissione sugli acquisti.",
        "pt": "Este post contém links de afiliados. Se você comprar por eles, podemos receber uma pequena comissão.",
        "nl": "Dit artikel bevat affiliate links. Als je via deze links koopt, ontvangen we een kleine commissie.",
        "pl": "Artykuł zawiera linki afiliacyjne. Za zakupy przez te linki możemy otrzymać prowizję.",
        "ru": "В статье есть партнёрские ссылки: мы можем получить вознаграждение за покупку.",
        "tr": "Bu yazı satış ortaklığı bağlantıları içerir; alışverişlerinizden komisyon alabiliriz.",
        "zh": "本文包含联盟链接，我们可能会获得佣金。", "ja": "この記事にはアフィリエイトリンクを含みます。",
        "ko": "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
        "ar": "تحتوي هذه الصفحة على روابط تابعة، وقد نحصل على عمولة عند الشراء.",
        "fa": "این صفحه شامل لینک‌های همکاری در فروش است.",
        "ur": "اس مضمون میں ایفیلی ایٹ لنکس شامل ہیں۔",
        "ps": "په دې لیکنه کې افیلیټ لینکونه دي.",
        "cs": "Článek obsahuje affiliate odkazy; z nákupu můžeme získat provizi.",
        "sv": "Artikeln innehåller affiliatelänkar, och vi kan få provision om du handlar via dem.",
        "da": "Artiklen indeholder affiliate-links, og vi kan modtage kommission når du køber.",
        "nb": "Artikkelen inneholder affiliatelenker, og vi kan få provisjon hvis du handler.",
        "fi": "Artikkeli sisältää kumppanilinkkejä, joista saatamme saada palkkion.",
        "ro": "Articolul conține linkuri de afiliere, iar noi putem primi un comision.",
        "hu": "A cikk partner linkeket tartalmaz, a vásárlások után jutalékot kaphatunk.",
        "el": "Το άρθρο περιέχει συνδέσμους συνεργατών και ενδέχεται να λάβουμε προμήθεια.",
        "uk": "Стаття містить партнерські посилання: ми можемо отримати винагороду.",
        "he": "הכתבה כוללת קישורי שותפים, ואנו עשויים לקבל עמלה על רכישות.",
        "id": "Artikel ini berisi tautan afiliasi; kami mungkin mendapatkan komisi dari pembelian.",
        "vi": "Bài viết có liên kết affiliate, chúng tôi có thể nhận hoa hồng khi bạn mua hàng.",
        "hi": "इस लेख में एफिलिएट लिंक शामिल हैं, हमें कमीशन मिल सकता है।",
        "bn": "এই লেখায় অ্যাফিলিয়েট লিংক রয়েছে; আমরা কমিশন পেতে পারি।",
        "th": "บทความนี้มีลิงก์แอฟฟิลิเอต เราอาจได้รับค่าคอมมิชชั่น"}),
    "PAYWALL": (("chrome", "paywall"), {
        "de": "Dieser Artikel ist nur für Abonnenten verfügbar.", "fr": "Cet article est réservé aux abonnés.",
        "es": "Este contenido es exclusivo para suscriptores.", "it": "Questo articolo è riservato agli abbonati.",
        "pt": "Este conteúdo é exclusivo para assinantes.", "nl": "Dit artikel is alleen beschikbaar voor abonnees.",
        "pl": "Ten artykuł jest dostępny tylko dla subskrybentów.", "ru": "Эта статья доступна только подписчикам.",
        "tr": "Bu içerik sadece abonelerimize özeldir.", "zh": "本文仅限会员阅读。", "ja": "この記事は有料会員限定です。",
        "ko": "이 기사는 유료 회원 전용입니다.", "ar": "هذا المحتوى متاح فقط للمشتركين.", "fa": "این مطلب فقط برای مشترکان است.",
        "ur": "یہ مضمون صرف سبسکرائبرز کے لیے ہے۔", "ps": "دا لیکنه یوازې د ګډون کوونکو لپاره ده.",
        "cs": "Tento článek je dostupný pouze pro předplatitele.", "sv": "Den här artikeln är endast för prenumeranter.",
        "da": "Denne artikel er kun for abonnenter.", "nb": "Denne artikkelen er kun for abonnenter.", "fi": "Tämä artikkeli on vain tilaajille.",
        "ro": "Acest articol este disponibil doar pentru abonați.", "hu": "Ez a cikk csak előfizetőink számára érhető el.",
        "el": "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.", "uk": "Ця стаття доступна лише для передплатників.",
        "he": "הכתבה זמינה למנויים בלבד.",
        "id": "Artikel ini khusus untuk pelanggan premium.", "vi": "Bài viết này chỉ dành cho thành viên.",
        "hi": "यह लेख केवल सब्सक्राइबर्स के लिए है।", "bn": "এই লেখাটি শুধুমাত্র গ্রাহকদের জন্য।",
        "th": "บทความนี้สำหรับสมาชิกเท่านั้น"}),
}
CASES = [(cat, rule, lang, line) for (cat, rule), lines in WIDGETS.items() for lang, line in lines.items()] + [
    (cat, rule, lang, line) for (cat, rule), lines in (*FAMILY_LINES.values(), *MORE_FAMILY_LINES.values())
    for lang, line in lines.items()]
IDS = [f"{rule}-{lang}" for (_, rule), lines in WIDGETS.items() for lang in lines] + [
    f"{family.lower()}-{lang}" for family, (_, lines) in (*FAMILY_LINES.items(), *MORE_FAMILY_LINES.items())
    for lang in lines]


def test_every_family_has_every_language() -> None:
    for lines in (*WIDGETS.values(), THREAD_HEADERS, REPLY_LINES, SENTENCE):
        assert set(lines) == set(LANGS)
    # the families that not every language has: a line for each language they have
    for family, (_, lines) in FAMILY_LINES.items():
        assert set(lines) == set(getattr(v, family)) - {"en"}, family
    assert set(META_LINES) == set(v.COMMENT_META)
    assert set(POSTED_IN) - {"en"} == set(v.POSTED_IN) - {"en"}
    for family in ("THREAD_START", "REPLY_LINE", "SHARE_LINE", "RELATED_LINKS", "NEWSLETTER_SIGNUP",
                   "COOKIE_NOTICE", "LOGIN_FORM", "TAGS_LINE", "VIEW_COUNTER", "NAVIGATION"):
        regional = set(v.REGIONAL) if family in ("THREAD_START", "RELATED_LINKS") else set()
        assert set(getattr(v, family)) == set(LANGS) | regional, family
    assert set(REGIONAL_SENTENCE) == set(REGIONAL_HEADERS) == set(REGIONAL_RELATED) == set(v.REGIONAL)


def _removed(text: str) -> list[tuple[str, str, str]]:
    return [(c, r, t.strip()) for c, r, t in rows_of(clean(text, langs=("any",)))]


def _assert_stays(line: str) -> None:
    assert_stays(line, langs=("any",))


@pytest.mark.parametrize(("category", "rule", "lang", "line"), CASES, ids=IDS)
def test_widget_removed_with_its_rule(category: str, rule: str, lang: str, line: str) -> None:
    assert (category, rule, line) in _removed(page(P1, P2, line, P3, P4))


@pytest.mark.parametrize(("category", "rule", "lang", "line"), CASES, ids=IDS)
def test_sentence_with_the_same_word_stays(category: str, rule: str, lang: str, line: str) -> None:
    sentence = SENTENCE[lang].format(w=WORDS.get(rule, {}).get(lang, line))
    _assert_stays(sentence)


# The same widgets in the other ways a language writes them: Romanian with cedillas (ş, ţ)
# or without diacritics, Greek in capitals without accents, Hindi without a nukta or with a
# precomposed one, Bengali with a precomposed য়, and Malay (under "id").
SPELLINGS = [
    ("comments", "comments_closed", "Comentariile sunt inchise."),
    ("chrome", "cookie_notice", "Acest site foloseşte cookie-uri."),
    ("chrome", "related_links", "Citeste si"),
    ("comments", "comments_closed", "ΤΑ ΣΧΟΛΙΑ ΕΙΝΑΙ ΚΛΕΙΣΤΑ"),
    ("chrome", "related_links", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ"),
    ("chrome", "comment_form", "Alamat e-mel anda tidak akan disiarkan."),
    ("comments", "comments_closed", "Komen ditutup."),
    ("chrome", "newsletter_signup", "न्यूजलेटर के लिए साइन अप करें"),
    # "न्यूज़लेटर सब्सक्राइब करें" with ज़ as one code point (U+095B), "শেয়ার করুন" with য় (U+09DF)
    ("chrome", "newsletter_signup", "\u0928\u094d\u092f\u0942\u095b\u0932\u0947\u091f\u0930 \u0938\u092c\u094d\u0938\u0915\u094d\u0930\u093e\u0907\u092c \u0915\u0930\u0947\u0902"),
    ("chrome", "share_line", "\u09b6\u09c7\u09df\u09be\u09b0 \u0995\u09b0\u09c1\u09a8"),
]


# More of the counters and menu links, in the forms sites print them: reading times before
# and after the number, counts with a magnitude, breadcrumbs, page counters, copyright lines,
# "skip to content" links, Turkish capital İ.
COUNTERS_AND_MENUS = [("chrome", "view_counter", line) for line in (
    "Lesezeit: 3 Min.", "3 Minuten Lesezeit", "1,2K Aufrufe", "1 234 vues", "Lu 1 234 fois", "1.234 visitas",
    "123 просмотра", "閲覧数 1,234", "12,345 PV", "阅读 1234", "1.2万 阅读", "被浏览 3.2k 次", "조회 123",
    "Okuma süresi: 3 dk", "Læsetid: 3 min.", "Lesetid 5 min", "3 minuutin lukuaika",
    # after the post's date and time, as a regional CMS's meta line
    "2025-11-19 07:15 Odsłon: 3412", "14.11.2023 10:00 | Просмотров: 1 204",
    # a Korean board's visitor counts
    "접속자 87명", "오늘 방문 1,932 / 전체 4,118,204",
    "18.09.2023 10:45 Просмотров: 4 812 Комментарии: 7", "05.03.2024 | 1,234 views",
    # ... with other short fields between separators (a date in words, a print link)
    "03.06.2024 10:25 | Просмотров: 4817 | Версия для печати", "Jun 08, 2023 • 11 Minute Read",
    "数据搬砖人 提问于 2024-06-03 · 被浏览 3.2k 次 · 关注问题 · 邀请回答",
    "วันที่ 15 มี.ค. 2567 เวลา 09:30 น. | เปิดอ่าน 3,482 ครั้ง | พิมพ์ | ส่งให้เพื่อน")] + [
    ("chrome", "navigation", line) for line in (
    "Kontakt", "Datenschutz", "Nach oben", "Suche", "Menü", "Mehr laden", "Seite 2 von 5", "Startseite › Politik › Inland",
    "Zum Inhalt springen", "Accueil", "Plan du site", "Rechercher",
    "Inicio", "Volver arriba", "Página 2 de 5", "トップページ", "ホーム", "お問い合わせ", "サイトマップ", "コンテンツへスキップ",
    "当前位置：首页 > 新闻", "跳至内容", "下一页", "第 2 页", "İletişim", "Ana Sayfa", "Strona 2 z 5", "Страница 2 из 5",
    "ΑΡΧΙΚΗ ΣΕΛΙΔΑ", "Acasa", "Pedoman Media Siber", "הצהרת נגישות",
    "Forside › Nyheder › Indland", "Hopp til hovedinnhold", "Siirry sisältöön",
    # a gallery's or pager's pair of buttons
    "Προηγούμενη Επόμενη", "Precedente Successiva", "« Previous | Next »", "上一页 下一页", "Poprzednie Następne")]


# A widget's one-word label, alone on its line as news sites print it over their buttons.
LABELS = [
    ("chrome", "share_line", "শেয়ার"),
    ("chrome", "share_line", "शेयर"),
    ("chrome", "login_form", "Regisztrálok"),
    # European Portuguese papers head their tags "Tópicos"
    ("chrome", "tags_line", "Tópicos: PSI Bolsa de Lisboa Energia Banca Euribor"),
    # a paywall over the rest of a lesson, not only of an article
    ("chrome", "paywall", "🔒 La suite de cette leçon est réservée aux abonnés"),
    # a Russian news site's related box, and the next story it stacks under the article
    ("chrome", "related_links", "По теме"), ("chrome", "related_links", "Новости по теме"),
    ("chrome", "related_links", "Следующая новость:"),
    # a blog's link to its next post, with the post's title
    ("chrome", "related_links", "다음 글 엑셀 차트 자동으로 그리기"),
    # a press portal's list of the same office's other releases, named after the office
    ("chrome", "related_links", "Weitere Meldungen: Polizeiinspektion Heidmark"),
    # a Japanese Q&A site's report button and its related questions' header
    ("comments", "reply_line", "違反報告"), ("chrome", "related_links", "あわせて知りたい"),
    # a board's list of similar threads under the thread
    ("chrome", "related_links", "Vergelijkbare topics"), ("chrome", "related_links", "Temas similares"),
    ("chrome", "related_links", "Discussioni simili"), ("chrome", "related_links", "Tópicos semelhantes"),
    # a paywall's label for the kind of article it holds back, and its offer
    ("chrome", "paywall", "Det här är en Plus-artikel"),
    ("chrome", "paywall", "Läs vidare med Hälsoliv Plus – få tillgång till alla artiklar, träningsprogram och recept."),
    ("chrome", "paywall", "Lesen Sie jetzt weiter mit OR+"), ("chrome", "paywall", "Lisez la suite avec Le Courrier+"),
    ("chrome", "paywall", "Sigue leyendo con El Diario+"), ("chrome", "paywall", "Continua a leggere con Gazzetta+"),
    ("chrome", "paywall", "Continue lendo com Folha+"),
    ("chrome", "paywall", "Dies ist ein Plus-Artikel"),
    ("chrome", "paywall", "Dette er en Pluss-artikkel"),
    ("chrome", "paywall", "This is a Premium article"),
]


# Share bars: a word or two in the page's language, then the platforms by their names.
SHARE_BARS = [("chrome", "share_line", line) for line in (
    "Share this article Facebook X WhatsApp Copy link", "Поділитися Facebook Telegram Viber X",
    "مشاركة: فيسبوك تويتر واتساب", "Delen: Facebook · X · WhatsApp · LinkedIn", "シェア LINE Facebook X",
    "Chia sẻ Zalo Facebook", "分享到 微博 微信 QQ", "X (Twitter)",
    # a bar longer than a share line's ten words
    "この記事をシェアする LINE Facebook X はてなブックマーク Pocket メール")]


# The record card ("Metryczka") that ends every page of a Polish public body's bulletin (BIP).
BIP_RECORD_CARD = [
    ("chrome", "byline_dateline", "Podmiot udostępniający informację: Urząd Gminy Olszanka Wielka"),
    ("chrome", "byline_dateline", "Informację wytworzył: Beata Nowicka (Biuro Rady Gminy)"),
    ("chrome", "byline_dateline", "Data wytworzenia informacji: 31.10.2025"),
    ("chrome", "byline_dateline", "Osoba odpowiedzialna za informację: Krzysztof Zając"),
    ("chrome", "view_counter", "Liczba odwiedzin: 312"),
]


# What Chinese, Japanese and Korean news pages print around an article: a date alone, a
# portal's meta line and its editor's credit, its widgets in lenticular brackets, a caption
# that opens "图为" ("pictured is") or closes on a file-picture credit.
CJK_PAGE_LINES = [
    # a Korean public body's open licence and its page survey, under every page it publishes
    ("chrome", "license_notice", "한빛광역시가 창작한 본 저작물은 공공누리 제1유형 (출처표시) 조건에 따라 이용할 수 있습니다."),
    ("chrome", "feedback_widget", "이 페이지에서 제공하는 정보에 대하여 만족하십니까?"),
    ("chrome", "byline_dateline", "（2024年3月5日 15時20分）"),
    ("chrome", "byline_dateline", "2024年3月5日（火）"),
    ("chrome", "byline_dateline", "2024년 3월 5일 오후 2:10 입력"),
    ("chrome", "byline_dateline", "作者：林晓 来源：科普天地网 发布时间：2026-11-03 点击数：3518"),
    ("chrome", "byline_dateline", "【责任编辑：王敏】"),
    ("chrome", "share_line", "【打印本页】 【关闭窗口】"),
    ("chrome", "share_line", "【字号 大 中 小】【收藏】【打印】"),
    ("chrome", "image_caption", "图为秋天的枫叶（资料图片）"),
    ("chrome", "image_caption", "志愿者在社区为老人测量血压。（受访者供图）"),
    ("chrome", "related_link_labelled", "【相关阅读】我国新型储能装机规模突破一亿千瓦"),
    ("chrome", "related_link_labelled", "【あわせて読みたい】浜松で桜が開花 平年より4日早く"),
    # a Chinese portal's rights line and its "no reproduction without permission", its
    # rolling-news box, its column menu, its bookmark link and its "read the full story" link
    ("chrome", "license_notice", "江城晚报社版权所有 未经授权禁止复制或建立镜像"),
    ("chrome", "license_notice", "未经本站书面许可，禁止转载。"),
    ("chrome", "related_links", "滚动新闻"), ("chrome", "navigation", "栏目导航"),
    ("chrome", "navigation", "加入收藏"), ("chrome", "related_links", "阅读全文"),
]

# What Thai news pages print around an article: a date alone with its weekday and the
# Buddhist-era year, and a rights line whose years are that era's.
THAI_PAGE_LINES = [
    ("chrome", "byline_dateline", "วันศุกร์ที่ 15 มีนาคม พ.ศ. 2567"),
    ("chrome", "byline_dateline", "15 มี.ค. 2567 10:30 น."),
    ("chrome", "license_notice", "สงวนลิขสิทธิ์ © 2547-2567 ข่าวเหนือออนไลน์ ห้ามนำข้อความหรือรูปภาพไปใช้โดยไม่ได้รับอนุญาต "
                                 "ติดต่อกองบรรณาธิการ โทร. 053-000-000 | เกี่ยวกับเรา | ติดต่อโฆษณา"),
    ("chrome", "license_notice", "© 2567 ข่าวเหนือออนไลน์"),
]


# Consent banners of languages that set what the cookies are for between the site and the
# verb, and the buttons such a banner runs together.
CONSENT_WORD_ORDER = [
    ("chrome", "cookie_notice", "当サイトでは、利便性の向上、アクセス解析および広告配信のためにCookieを使用しています。"
                                "設定はいつでも変更できます。"),
    ("chrome", "cookie_notice", "हम आपके अनुभव को बेहतर बनाने, ट्रैफ़िक का विश्लेषण करने और व्यक्तिगत विज्ञापन दिखाने के लिए कुकीज़ "
                                "का उपयोग करते हैं। आप कभी भी अपनी पसंद बदल सकते हैं।"),
    ("chrome", "consent_button", "すべて同意する拒否する設定を変更"),
    ("chrome", "consent_button", "सभी स्वीकार करें अस्वीकार करें प्राथमिकताएँ"),
]


@pytest.mark.parametrize("sentence", [
    "Informację o zmianie godzin pracy urzędu wytworzył zespół, który od wiosny przygotowywał nowy regulamin.",
    "Metryczka zabytku, którą odnaleziono w archiwum parafii, opisuje dzwon odlany w 1712 roku w Gdańsku.",
])
def test_a_sentence_about_a_record_stays(sentence: str) -> None:
    _assert_stays(sentence)


@pytest.mark.parametrize(("category", "rule", "line"),
                         SPELLINGS + LABELS + COUNTERS_AND_MENUS + SHARE_BARS + CJK_PAGE_LINES + THAI_PAGE_LINES
                         + CONSENT_WORD_ORDER + BIP_RECORD_CARD)
def test_other_forms_of_a_widget_are_removed(category: str, rule: str, line: str) -> None:
    # the removed text is the repaired source, which is NFC: a precomposed nukta letter
    # ("ज़" as one code point, U+095B) is decomposed there
    assert (category, rule, unicodedata.normalize("NFC", line)) in _removed(page(P1, P2, line, P3, P4))


@pytest.mark.parametrize("lang", LANGS)
def test_thread_header_opens_a_comment_thread(lang: str) -> None:
    header = THREAD_HEADERS[lang]
    rows = _removed(page(*ARTICLE, header, COMMENT))
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in rows


# The count in brackets, with or without a space before it, in the unspaced scripts too.
@pytest.mark.parametrize("header", ["コメント (2)", "コメント（2）", "コメント（3件）", "评论 (3)", "評論（3）", "网友评论（4）",
                                    "網友留言（共 2 則）", "读者留言（共3条）",
                                    "댓글 (4)", "Ý kiến (2)", "Ý kiến bạn đọc (12)",
                                    # any header with its count, in the script's own digits
                                    "পাঠকের মন্তব্য (৩)", "Reader comments (12)", "Leserkommentare 7",
                                    "(5) Comments", "ความคิดเห็นจากผู้อ่าน (2)",
                                    # a site builder's total over its list (uCoz)
                                    "Всего комментариев: 2", "Всього коментарів: 2"])
def test_thread_header_with_a_bracketed_count(header: str) -> None:
    rows = _removed(page(*ARTICLE, header, COMMENT))
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in rows


# A section of the readers' comments, named so: "comments of the readers".
READERS_COMMENTS = {"de": "Kommentare der Leser", "fr": "Commentaires des lecteurs", "es": "Comentarios de lectores",
                    "it": "Commenti dei lettori", "pt": "Comentários dos leitores", "nl": "Reacties van lezers",
                    "ru": "Отзывы читателей", "tr": "Okur yorumları", "hu": "Olvasói hozzászólások"}


@pytest.mark.parametrize(("lang", "header"), READERS_COMMENTS.items())
def test_a_readers_comments_header_opens_a_thread(lang: str, header: str) -> None:
    rows = _removed(page(*ARTICLE, header, COMMENT))
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in rows
    sentence = SENTENCE[lang].format(w=header)
    _assert_stays(sentence)


@pytest.mark.parametrize("lang", LANGS)
def test_thread_header_words_in_a_sentence_stay(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=THREAD_HEADERS[lang])
    _assert_stays(sentence)


@pytest.mark.parametrize("lang", sorted(META_LINES))
def test_comment_meta_line_opens_a_comment_thread(lang: str) -> None:
    """A comment's header with its time stamp, as a blog shows one comment."""
    meta = META_LINES[lang]
    rows = _removed(page(*ARTICLE, meta, STAMP, COMMENT))
    assert ("comments", "comment_thread", f"{meta}\n\n{STAMP}\n\n{COMMENT}") in rows


@pytest.mark.parametrize("lang", sorted(META_LINES))
def test_a_lone_meta_line_inside_the_article_is_no_thread(lang: str) -> None:
    """A review quotes the maker in a box ("Plantur sagt:"): no other comment's header,
    reply widget or time stamp follows it, so it cuts off nothing after it."""
    meta = META_LINES[lang]
    res = clean(page(P1, P2, meta, P3, P4, P1.replace("council", "mayor"), P2.replace("plans", "drafts")),
                langs=("any",))
    assert P3 in res.text and P4 in res.text
    assert not [s for s in res.removed if s.category == "comments"]


@pytest.mark.parametrize("lang", sorted(META_LINES))
def test_comment_meta_words_in_a_sentence_stay(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=META_LINES[lang])
    _assert_stays(sentence)


@pytest.mark.parametrize("lang", LANGS)
def test_reply_line_is_a_comment_widget(lang: str) -> None:
    line = REPLY_LINES[lang]
    rule = _RULES.first(line, len(words(line)))
    assert rule is not None and (rule.category, rule.name) == ("comments", "reply_line")
    rows = _removed(page(*ARTICLE, "3 Comments", COMMENT, line, COMMENT.replace("Great", "Lovely")))
    thread = [t for c, r, t in rows if (c, r) == ("comments", "comment_thread")]
    assert thread and line in thread[0]


@pytest.mark.parametrize("line", ["추천 52비추천 3", "공감 12 비공감 1"])
def test_a_korean_comments_votes_are_its_widget(line: str) -> None:
    rule = _RULES.first(line, len(words(line)))
    assert rule is not None and (rule.category, rule.name) == ("comments", "reply_line")
    _assert_stays(SENTENCE["ko"].format(w="추천"))


@pytest.mark.parametrize("lang", LANGS)
def test_reply_word_in_a_sentence_stays(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=REPLY_LINES[lang])
    _assert_stays(sentence)


# Danish, Norwegian and Finnish lines that hold a widget's word and are none: "Del" is also the
# Spanish and Italian "del", "osta kotimaista" (buy domestic) a slogan, and a book's year
# follows the word for published as a dateline's date does.
@pytest.mark.parametrize("line", [
    "Del 1 al 5 de mayo", "Del resto, nessuno lo sapeva.", "Del af projektet", "Osta kotimaista",
    "Publiceret i 1998 af Gyldendal blev bogen en succes.", "Publisert i 2003 ble plata en stor suksess.",
    "Julkaistu vuonna 1998 kirja nousi heti menestykseksi.",
    "Kommunen har valgt at slå hårdt ned på fejl i JavaScript og andre programmeringssprog i de nye systemer.",
    "Yritys kertoi, että JavaScript-osaajia tarvitaan lisää, koska uusia palveluita rakennetaan nopeasti.",
])
def test_nordic_widget_words_in_other_lines_stay(line: str) -> None:
    _assert_stays(line)


POSTED_IN = {
    "en": "This entry was posted in Politics, City Hall and tagged buses, council. Bookmark the permalink.",
    "de": "Dieser Eintrag wurde veröffentlicht in Inland, Politik und getaggt mit Verkehr, Stadtrat. Setze ein Lesezeichen auf den Permalink.",
    "fr": "Cet article a été publié dans Politique, Mairie et marqué avec bus, conseil.",
    "es": "Esta entrada fue publicada en Política, Ayuntamiento y etiquetada autobuses, consejo.",
    "it": "Questa voce è stata pubblicata in Politica e contrassegnata con autobus, consiglio.",
    "pt": "Esta entrada foi publicada em Política com as etiquetas ônibus, câmara.",
    "nl": "Dit bericht is geplaatst in Politiek en getagd met bussen, gemeenteraad.",
    "pl": "Ten wpis został opublikowany w kategorii Polityka i oznaczony tagami autobusy, rada.",
    "ru": "Эта запись опубликована в рубрике Политика и отмечена метками автобусы, горсовет.",
    "tr": "Bu yazı Siyaset, Belediye kategorisine gönderilmiş ve otobüs, meclis ile etiketlenmiş.",
    "cs": "Příspěvek byl publikován v rubrice Politika a má štítky autobusy, zastupitelstvo.",
    "sv": "Det här inlägget postades i Politik och märktes bussar, fullmäktige.",
    "da": "Dette indlæg blev udgivet i Politik, Rådhuset og tagget busser, byråd. Bogmærk permalinket.",
    "nb": "Dette innlegget ble publisert i Politikk og merket busser, bystyret.",
    "fi": "Tämä artikkeli on julkaistu kategoriassa Politiikka ja merkitty avainsanoilla bussit, valtuusto.",
    "ro": "Acest articol a fost publicat în Politică și etichetat cu autobuze, consiliu.",
    "hu": "Ez a bejegyzés a(z) Politika kategóriába került, autóbusz, képviselő-testület címkével.",
    "el": "Αυτή η καταχώρηση δημοσιεύθηκε στο Πολιτική και έχει ετικέτα λεωφορεία, δημοτικό συμβούλιο.",
    "uk": "Цей запис був опублікований в рубриці Політика з мітками автобуси, міська рада.",
    "he": "פוסט זה פורסם בקטגוריה פוליטיקה ותויג אוטובוסים, מועצת העיר.",
    "id": "Tulisan ini dipublikasikan di Politik dan ditandai bus, DPRD.",
    "vi": "Bài viết này đã được đăng trong Chính trị và được gắn thẻ xe buýt, hội đồng.",
    "hi": "यह प्रविष्टि राजनीति में पोस्ट की गई थी और बस, नगर परिषद टैग की गई।",
    "bn": "এই এন্ট্রিটি রাজনীতি বিভাগে পোস্ট করা হয়েছে এবং বাস, পরিষদ ট্যাগ করা হয়েছে।",
    "th": "เรื่องนี้ถูกเขียนใน การเมือง และติดป้ายกำกับ รถเมล์, สภาเมือง",
}


@pytest.mark.parametrize("lang", sorted(POSTED_IN))
def test_post_meta_line_is_a_tags_line(lang: str) -> None:
    line = POSTED_IN[lang]
    assert ("chrome", "tags_line", line) in _removed(page(*ARTICLE, line))


@pytest.mark.parametrize("lang", sorted(set(POSTED_IN) - {"en"}))
def test_post_meta_line_in_a_sentence_stays(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=POSTED_IN[lang])
    _assert_stays(sentence)


def test_post_meta_words_in_a_sentence_stay() -> None:
    sentence = ("The council said this entry was posted in the minutes of the meeting by mistake, and that the "
                "clerk would correct the record before the next session in March.")
    assert_stays(sentence)


@pytest.mark.parametrize("line", [
    # a field is short: a sentence that quotes a count between separators is not a meta line
    "Die Zahl der Aufrufe stieg im Mai deutlich | 1.234 Aufrufe wurden allein am ersten Tag gezählt, sagte die Stadt.",
    # nor a line of fields none of which is a counter
    "Montag | Dienstag | Mittwoch",
    "Ergebnis: 3 | 4 | 5",
])
def test_fields_between_separators_without_a_counter_are_no_counter(line: str) -> None:
    # (a line of short words is a menu, by other rules)
    res = clean(page(P1, P2, line, P3, P4), langs=("any",))
    assert not any(s.rule == "view_counter" for s in res.removed)
    if len(line) > 80:
        assert line in res.text


@pytest.mark.parametrize("line", [
    "Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert.",
    "Sauf mention contraire, le contenu de ce site est sous licence Creative Commons BY-SA.",
    "Content on this site is licensed under a Creative Commons Attribution 4.0 International License.",
])
def test_licence_footer_is_chrome(line: str) -> None:
    assert ("chrome", "license_notice", line) in _removed(page(*ARTICLE, line))


def test_article_about_licences_stays() -> None:
    about = ("Creative Commons was founded in 2001 to give authors a simple way to share their work, and its "
             "licences are now used by millions of websites, museums and universities around the world, from "
             "photo archives to open textbooks, according to the organisation's most recent annual report.")
    assert_stays(about)


@pytest.mark.parametrize("sentence", [
    "행정안전부는 공공누리 제1유형 저작물의 범위를 넓히는 방안을 검토하고 있다고 밝혔다.",
    "시민 대부분은 이 누리집에서 제공하는 서비스에 대하여 만족한다고 답했고, 불편 사항으로는 검색 기능을 꼽았다."])
def test_a_korean_sentence_about_the_licence_or_the_survey_stays(sentence: str) -> None:
    res = clean(page(P1, P2, sentence, P3, P4), langs=("any",))
    assert sentence in res.text


def test_trimming_a_block_keeps_the_marks_ending_its_last_word() -> None:
    # Hindi, Bengali and Thai vowel signs are not \w, but end the word: "करें", "นี้"
    assert trim("» शेयर करें!") == "शेयर करें"
    assert trim("แชร์บทความนี้") == "แชร์บทความนี้"
    assert trim("টিপ্পনী।") == "টিপ্পনী"
    assert trim("« Share this: »") == "Share this"


def test_php_warning_printed_into_a_page_is_chrome() -> None:
    warning = ("Deprecated: Assigning the return value of new by reference is deprecated in "
               "/www/htdocs/w00/wp-settings.php on line 520")
    assert ("chrome", "server_message", warning) in _removed(page(warning, *ARTICLE))


# A related link under its label, as news sites print it between paragraphs: the label is
# what marks it, the title can be anything.
HEADLINE = {  # the council approves the budget for the parks
    "de": "Stadtrat beschließt neuen Haushalt für die Parks",
    "fr": "Le conseil municipal adopte le budget des parcs",
    "es": "El ayuntamiento aprueba el presupuesto de los parques",
    "it": "Il consiglio comunale approva il bilancio dei parchi",
    "pt": "Câmara aprova o orçamento dos parques da cidade",
    "nl": "Gemeenteraad keurt begroting voor de parken goed",
    "pl": "Rada miasta przyjęła budżet na parki miejskie",
    "ru": "Городской совет утвердил бюджет на парки",
    "tr": "Belediye meclisi parklar için bütçeyi onayladı",
    "zh": "市议会通过城市公园新预算",
    "ja": "市議会が公園の新予算を可決",
    "ko": "시의회, 공원 새 예산안 통과",
    "ar": "المجلس البلدي يقر ميزانية الحدائق",
    "fa": "شورای شهر بودجه پارک‌ها را تصویب کرد",
    "ur": "سٹی کونسل نے پارکوں کا بجٹ منظور کر لیا",
    "ps": "ښاري شورا د پارکونو بودیجه تصویب کړه",
    "cs": "Zastupitelstvo schválilo rozpočet na parky",
    "sv": "Kommunfullmäktige klubbade budgeten för parkerna",
    "da": "Byrådet vedtager nyt budget for parkerne",
    "nb": "Bystyret vedtar nytt budsjett for parkene",
    "fi": "Kaupunginvaltuusto hyväksyi puistojen talousarvion",
    "ro": "Consiliul local a aprobat bugetul pentru parcuri",
    "hu": "A képviselő-testület elfogadta a parkok költségvetését",
    "el": "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό για τα πάρκα",
    "uk": "Міська рада затвердила бюджет на парки",
    "he": "מועצת העיר אישרה את תקציב הפארקים",
    "id": "Dewan kota menyetujui anggaran untuk taman kota",
    "vi": "Hội đồng thành phố thông qua ngân sách cho công viên",
    "hi": "नगर परिषद ने पार्कों का बजट पारित किया",
    "bn": "পৌরসভা পার্কের জন্য বাজেট পাস করল",
    "th": "สภาเมืองอนุมัติงบประมาณสวนสาธารณะ",
}


@pytest.mark.parametrize("lang", LANGS)
def test_related_link_under_its_label_is_removed(lang: str) -> None:
    line = f"{WIDGETS[('chrome', 'related_links')][lang]}: {HEADLINE[lang]}"
    assert ("chrome", "related_link_labelled", line) in _removed(page(P1, P2, line, P3, P4))


# Polish news sites print the perfective "przeczytaj także", in capitals as often as not.
@pytest.mark.parametrize("line", ["PRZECZYTAJ TAKŻE: Gdzie na grzyby? Mapa najlepszych miejsc w regionie",
                                  "Przeczytaj również: Sanepid doradza grzybiarzom także w soboty"])
def test_a_polish_read_also_label_in_either_aspect(line: str) -> None:
    assert ("chrome", "related_link_labelled", line) in _removed(page(P1, P2, line, P3, P4))


@pytest.mark.parametrize("lang", LANGS)
def test_headline_alone_stays(lang: str) -> None:
    res = clean(page(P1, P2, f"{HEADLINE[lang]}.", P3, P4), langs=("any",))
    assert HEADLINE[lang] in res.text




@pytest.mark.parametrize("lang", sorted(MORE_FAMILY_LINES["POLICY_LINKS"][1]))
def test_a_policy_link_among_the_footers_links_is_a_cookie_notice(lang: str) -> None:
    line = f"Impressum | {MORE_FAMILY_LINES['POLICY_LINKS'][1][lang]} | Kontakt"
    assert ("chrome", "cookie_notice", line) in _removed(page(*ARTICLE, line))


# The shared sentence test above puts the rule's word ("Cookies") in a sentence; a policy's
# name in a sentence is news too (a company's new privacy policy).
@pytest.mark.parametrize("lang", sorted(MORE_FAMILY_LINES["POLICY_LINKS"][1]))
def test_a_policy_named_in_a_sentence_stays(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=MORE_FAMILY_LINES["POLICY_LINKS"][1][lang])
    _assert_stays(sentence)


# A rights line that names the privacy policy among the footer's links is a licence notice:
# the policy's name, a notice only beside a consent dialog, does not hide the rule after it.
def test_a_rights_line_naming_the_privacy_policy_is_a_licence_notice() -> None:
    line = "Copyright © 2003-2025 Gazeta Sądecka Online. Wszelkie prawa zastrzeżone. | Regulamin | Polityka prywatności"
    res = clean(page(P1, P2, line, P3, P4), langs=("any",))
    assert rows_of(res) == [("chrome", "license_notice", line)]


def test_more_families_have_every_language() -> None:
    for family, (_, lines) in MORE_FAMILY_LINES.items():
        assert set(lines) == set(LANGS) == set(getattr(v, family)), family
    assert set(DISCUSSION_PROMPTS) == set(LANGS) == set(v.DISCUSSION_PROMPT)


# A photo's credit after its caption, in brackets or after a comma, and a report signed with
# a national agency after a slash (the English rule's "Jane Doe/AFP").
@pytest.mark.parametrize("line", [
    "Die Brücke über die Elbe bei Nacht. Foto: Jan Müller",
    "Die Brücke über die Elbe bei Nacht (Bild: Jan Müller)",
    "Roman Prymula, photo: Archives du Gouvernement tchèque",
    "Most nad Wisłą nocą. Fot. Łukasz Nowak / Agencja Gazeta",
    "aja/PAP",
    "Giulia Rossi/ANSA",
    # after a danda or an Urdu full stop
    "আব্দুর রহিম মাস্টার (১৯৩৭–২০২৪)। ছবি: পরিবারের সৌজন্যে",
    "नए पुल का उद्घाटन करते मुख्यमंत्री। फ़ोटो: राज्य सरकार",
    "نئے پل کا افتتاح۔ تصویر: سرکاری ہینڈ آؤٹ",
    # the capital label and a preposition after a stop, or run on after a caption with no stop
    "Marta Zanella sulla terrazza del rifugio. Foto di Andrea Bortolin",
    "Pogled na kanjon Rakitnice s ivice sela Foto: A. Hodžić",
    "A diákok tekertek végig elsőként az új kerékpárúton Fotó: Tiszazug Online",
    # a credit in quotation marks
    "Фото: пресс-служба ХК «Северная звезда»",
])
def test_credit_after_a_caption_or_agency_signoff(line: str) -> None:
    assert ("chrome", "image_caption", line) in _removed(page(P1, P2, line, P3, P4))




# The signature under an embedded X/Twitter post, in any language; the post's text stays, and
# so does a sentence that names an account.
@pytest.mark.parametrize("line", [
    "— Yann LeCun (@ylecun) October 16, 2024",
    "— ZDF heute (@ZDFheute) 26. Mai 2019",
    "— Presidencia Cuba 🇨🇺 (@PresidenciaCuba) April 26, 2022",
])
def test_an_embedded_posts_signature_is_chrome(line: str) -> None:
    post = "The new bridge opens to cyclists on Monday, a week earlier than planned."
    res = clean(page(P1, P2, post, line, P3, P4), langs=("any",))
    assert post in res.text and line not in res.text
    assert rows_of(res) == [("chrome", "embed_credit", line)]


@pytest.mark.parametrize("line", [
    "The agency's account (@nasa) posted the photo on Monday.",
    "— and the mayor's office (@CityHall) answered within the hour, promising to reopen the path before the summer.",
])
def test_a_sentence_naming_an_account_stays(line: str) -> None:
    _assert_stays(line)


# A related list's items under their header, with the bullet Chinese and Japanese pages write
# with no space after it.
def test_a_related_list_with_cjk_bullets_is_removed() -> None:
    items = ["・流星雨是怎样形成的？", "・蚂蚁为什么不会迷路？", "・冬天为什么容易静电？"]
    rows = _removed(page(P1, P2, P3, P4, "热门文章", *items))
    listed = "\n".join(t for c, r, t in rows if r == "related_list")
    assert all(i in listed for i in items)


# An update note at the article's end is the article's; a dateline with the same word is not.
@pytest.mark.parametrize(("line", "dateline"), [
    ("Uppdaterad 09.30: Svävaren går enligt ordinarie tidtabell men med förhandsbokning.", False),
    ("Updated 16:40: The ferry runs on Sunday after all.", False),
    ("Aktualisiert 14:05: Die Polizei hat die Brücke wieder freigegeben.", False),
    ("Uppdaterad 14 mars 2024 kl. 09.30", True),
    ("Updated: March 3, 2024 10:45", True),
    ("Aktualisiert am 12.03.2024 um 10:45 Uhr", True),
])
def test_an_update_note_stays_and_a_dateline_goes(line: str, dateline: bool) -> None:
    res = clean(page(P1, P2, P3, P4, line), langs=("any",))
    assert (line.rstrip(".") not in res.text) == dateline
    assert [r for _, r, _ in rows_of(res)] == (["byline_dateline"] if dateline else [])


# Words of a credit or of an author box that an article writes too, and sentences that open
# with a date, a source or a picture as a CJK page's meta lines and captions do.
@pytest.mark.parametrize("line", [
    "Bild der Woche",
    "FOTOS: Estas fueron las pruebas que hundieron al expresidente",
    "Ver en Español",
    "Über den Autor des Romans ist wenig bekannt, außer dass er lange in Prag gelebt hat.",
    "Der Autor Thomas Mann schrieb den Roman in München.",
    "2024年3月5日，市政府宣布将在老城区新建三座公园，预计明年春天全部开放。",
    "来源：这句话出自一位老教师之口，她在学校工作了整整四十年，见证了几代学生的成长。",
    "图书馆今年新增了两千册图书，其中一半是儿童读物，受到家长们的普遍欢迎。",
    "2024年3月5日に開かれた市議会で、市長は新しい公園の計画について説明した。",
    "2024-03-05 The council met again and 34 views were heard before the vote.",
    "Er zeigte uns ein Foto: Darauf war seine Mutter zu sehen.",
    "Die Ausstellung zeigt Fotos von Anna Müller",
    "Il libro raccoglie le immagini del fotografo. Foto di famiglia, ritratti e paesaggi sono al centro della mostra.",
    "La exposición reúne cien imágenes. Fotos de la guerra civil que nunca se habían mostrado al público.",
])
def test_credit_and_author_words_in_article_stay(line: str) -> None:
    _assert_stays(line)


# "Join the discussion" and "What do you think?" are removed as the whole block: not as a
# thread header, since sites print them above the article too, as a link to its comments.
DISCUSSION_PROMPTS = {
    "de": "Diskutieren Sie mit", "fr": "Participez à la discussion", "es": "Únete a la conversación",
    "it": "Partecipa alla discussione", "pt": "Participe da discussão", "nl": "Doe mee aan de discussie",
    "pl": "Dołącz do dyskusji", "ru": "Присоединяйтесь к обсуждению", "tr": "Tartışmaya katılın", "zh": "参与讨论",
    "ja": "議論に参加する", "ko": "토론에 참여하기", "ar": "شارك في النقاش", "fa": "در بحث شرکت کنید",
    "ur": "بحث میں حصہ لیں", "ps": "په بحث کې ګډون وکړئ",
    "cs": "Zapojte se do diskuse", "sv": "Delta i diskussionen", "ro": "Participă la discuție",
    "da": "Deltag i debatten", "nb": "Bli med i debatten", "fi": "Osallistu keskusteluun",
    "hu": "Csatlakozz a beszélgetéshez",
    "el": "Λάβετε μέρος στη συζήτηση", "uk": "Долучайтеся до обговорення", "he": "הצטרפו לדיון",
    "id": "Ikuti diskusi", "vi": "Tham gia thảo luận",
    "hi": "चर्चा में शामिल हों", "bn": "আলোচনায় যোগ দিন", "th": "ร่วมพูดคุย",
}
QUESTIONS = ["Was denkst du?", "Qu'en pensez-vous ?", "¿Qué opinas?", "Cosa ne pensi?", "O que você acha?",
             "Co o tym sądzisz?", "Что вы думаете?", "Wat vind jij?"]


@pytest.mark.parametrize("prompt", [*DISCUSSION_PROMPTS.values(), *QUESTIONS])
def test_discussion_prompt_is_a_call_to_action(prompt: str) -> None:
    assert ("chrome", "call_to_action", prompt) in _removed(page(P1, P2, prompt, P3, P4))


# Above the article, as a link to its comments, it does not make the article a thread.
def test_discussion_prompt_above_the_article_keeps_it() -> None:
    res = clean(page("Dołącz do dyskusji", *ARTICLE), langs=("any",))
    assert all(p in res.text for p in ARTICLE)


@pytest.mark.parametrize("lang", LANGS)
def test_discussion_prompt_in_a_sentence_stays(lang: str) -> None:
    sentence = SENTENCE[lang].format(w=DISCUSSION_PROMPTS[lang])
    _assert_stays(sentence)


# Articles about browsers and JavaScript say what they do, not what the reader must do.
@pytest.mark.parametrize("sentence", [
    "The problem was that browsers didn't support ES6 yet, and Internet Explorer was still lurking in offices.",
    "Basic workflows require no coding, but having JavaScript or API knowledge helps when building advanced logic.",
    "Swift was only 1.4x faster than Python, and JavaScript was 2.9x faster than Swift on the same files.",
    "Viele Behörden nutzen noch einen alten Browser, weil die Fachanwendungen nur dort laufen.",
    "Le navigateur de Mozilla prend désormais en charge les extensions de Chrome, annonce l'équipe.",
    "El navegador de Google incluirá un bloqueador de anuncios a partir del próximo año, según la empresa.",
    # "in the next post ...": the words of a next-post link, with a particle, in a sentence
    "다음 글에서는 여기에 차트를 추가하는 방법을 정리해 보겠습니다.",
    # a site that bakes cookies says what it shows, not what it sets
    "当サイトでは、季節の果物を使った手作りクッキーのレシピを毎週紹介しています。",
    "हम हर रविवार बच्चों के साथ घर पर कुकीज़ बनाते हैं और उन्हें पड़ोसियों में बाँटते हैं।",
    # a fee or a commission in a report: others' fees, no link of the page
    "Der Makler erhält nach dem Verkauf eine Provision von drei Prozent des Kaufpreises.",
    "La Commission européenne a proposé mardi de réduire les commissions bancaires sur les virements.",
    "El agente inmobiliario puede cobrar una comisión de hasta el 3 % del precio de venta.",
    "Le banche possono ricevere una commissione su ogni bonifico, ha spiegato il ministro.",
    "Banka, her havale için komisyon alabilir ve bu ücret müşteriye yansıtılabilir.",
    "Pejabat itu diduga menerima komisi dari proyek pembangunan jembatan tersebut.",
    "Урядовець міг отримати винагороду від підрядника, повідомили слідчі.",
    "選手は契約で多額の報酬を得ることになった。",
    "은행은 송금할 때마다 수수료를 받을 수 있다고 금융당국은 밝혔다.",
    # a help page's step names the e-mail a reader receives, not a newsletter
    "En ligne : connectez-vous à votre espace client, rubrique « Mon compteur », puis cliquez sur "
    "« Saisir mon index ». Vous recevez une confirmation par courriel.",
])
def test_sentences_about_browsers_javascript_baking_and_email_stay(sentence: str) -> None:
    _assert_stays(sentence)


@pytest.mark.parametrize("line", ["Why I quit Facebook and Twitter", "The line between email and print",
                                  "Next steps for the council after the vote", "Like and share this with your friends"])
def test_a_heading_naming_platforms_stays(line: str) -> None:
    _assert_stays(line)


# Newsletter and cookie sentences as sites write them in full, between two paragraphs.
CTA_SENTENCES = [("chrome", "newsletter_signup", line) for line in (
    "Melden Sie sich für den Newsletter an und lesen Sie die wichtigsten Meldungen schon beim Frühstück.",
    "Subscreva a nossa newsletter e receba as notícias da semana no seu e-mail.",
    "Zapisz się do naszego newslettera, a najważniejsze wiadomości trafią do Ciebie rano.",
    "Подпишитесь на нашу рассылку, чтобы не пропустить главное.",
    "Підпишіться на наш канал, щоб першими дізнаватися новини.",
    "اشترك في نشرتنا الإخبارية لتصلك الأخبار كل صباح.",
    "برای دریافت خبرهای هفته در خبرنامه ما عضو شوید.",
    "ہر صبح خبریں اپنی ای میل پر پانے کے لیے سبسکرائب کریں۔",
    "हर सुबह की बड़ी खबरों के लिए हमारे न्यूज़लेटर की सदस्यता लें।",
    "週に一度、編集部のおすすめ記事をお届けします。メルマガに登録してください。",
    "每周精选文章，直接发送到您的邮箱。",
    "이번 주 주요 소식을 이메일로 받아보세요.",
    "รับข่าวเด่นประจำวันส่งตรงถึงอีเมลของคุณ",
)] + [("comments", "reply_line", line) for line in (
    "Reply · Like 12", "Відповісти · Подобається 17", "Antworten | Gefällt mir 3", "Reageer · Vind ik leuk 10",
)] + [("chrome", "cookie_notice", line) for line in (
    "Sitemizde çerezler kullanılmaktadır; ayrıntılar için çerez politikamızı okuyabilirsiniz.",
    "이 웹사이트는 서비스 개선을 위해 쿠키를 사용합니다.",
    "این سایت از کوکی‌ها برای نمایش بهتر صفحه‌ها استفاده می‌کند.",
    "بہتر تجربے کے لیے یہ سائٹ کوکیز استعمال کرتی ہے۔",
)]


@pytest.mark.parametrize(("category", "rule", "line"), CTA_SENTENCES)
def test_a_call_to_subscribe_or_a_cookie_notice_written_in_full_is_removed(category: str, rule: str,
                                                                           line: str) -> None:
    assert (category, rule, line) in _removed(page(P1, P2, line, P3, P4))


# A comment's stamp counted back from now, per language: "<name> 3 hours ago".
AGO = {
    "en": "3 hours ago", "de": "vor 3 Stunden", "fr": "il y a 3 heures", "es": "hace 3 horas", "it": "3 ore fa",
    "pt": "há 3 horas", "nl": "3 uur geleden", "pl": "3 godziny temu", "ru": "3 часа назад", "uk": "3 години тому",
    "tr": "3 saat önce", "zh": "3小时前", "ja": "3時間前", "ko": "3시간 전", "ar": "منذ 3 ساعات", "fa": "3 ساعت پیش",
    "ur": "3 گھنٹے پہلے", "ps": "3 ساعته مخکې", "cs": "před 3 hodinami", "sv": "för 3 timmar sedan",
    "da": "for 3 timer siden", "nb": "for 3 timer siden", "fi": "3 tuntia sitten",
    "ro": "acum 3 ore", "hu": "3 órája", "el": "πριν από 3 ώρες", "he": "לפני 3 שעות", "id": "3 jam yang lalu",
    "vi": "3 giờ trước", "hi": "3 घंटे पहले", "bn": "3 ঘণ্টা আগে", "th": "3 ชั่วโมงที่แล้ว", "ca": "fa 3 hores",
}


def test_every_language_has_a_relative_time() -> None:
    assert set(AGO) == set(v.RELATIVE_TIME) and set(LANGS) <= set(AGO)


@pytest.mark.parametrize("lang", sorted(AGO))
def test_comments_stamped_with_a_time_ago_make_a_counted_header_a_thread(lang: str) -> None:
    # under "Comments (3)"-like headers in any language, two comments whose stamp is a time
    # ago ("Montse P. fa 3 hores") are a thread, as two with a date and a clock time are
    comments = [f"Anna {AGO[lang]}", COMMENT, f"Jordi {AGO[lang].replace('3', '2')}", COMMENT.replace("Great", "Lovely")]
    rows = _removed(page(*ARTICLE, "Forum (2)", *comments))
    assert ("comments", "comment_thread", "\n\n".join(["Forum (2)", *comments])) in rows


@pytest.mark.parametrize("lang", sorted(AGO))
def test_a_section_heading_over_text_with_a_time_ago_stays(lang: str) -> None:
    # "Timeline (2)" over an article's own paragraphs that say how long ago something was:
    # no comment stamps (they are long lines), no thread
    said = SENTENCE[lang].format(w=AGO[lang]) if lang in SENTENCE else f"{P1} It opened {AGO[lang]}."
    res = clean(page(P1, P2, "Timeline (2)", said, P3, P4), langs=("any",))
    assert said in res.text and not [s for s in res.removed if s.category == "comments"]


# The regional languages (vocabulary.REGIONAL) have the two headers that end an article on a
# regional portal: its comment thread's and its related box's. The same sentence as SENTENCE.
REGIONAL_SENTENCE = {
    "hr": "Na sjednici gradskog vijeća gradonačelnica je u utorak objasnila da riječ „{w}” već godinama stoji na staroj ploči ispred gradske vijećnice.",
    "sr": "На седници градског већа градоначелница је у уторак објаснила да реч „{w}” већ годинама стоји на старој табли испред градске куће.",
    "sl": "Na seji mestnega sveta je županja v torek pojasnila, da beseda »{w}« že leta stoji na stari tabli pred mestno hišo.",
    "sk": "Na zasadnutí mestského zastupiteľstva primátorka v utorok vysvetlila, že slovo „{w}“ je už roky napísané na starej tabuli pred radnicou.",
    "bg": "На заседанието на общинския съвет кметицата обясни във вторник, че думата „{w}“ от години стои на стара табела пред общината.",
    "mk": "На седницата на градскиот совет градоначалничката во вторник објасни дека зборот „{w}“ со години стои на стара табла пред општината.",
    "lt": "Miesto tarybos posėdyje merė antradienį paaiškino, kad žodis „{w}“ jau daug metų užrašytas ant senos lentelės prie rotušės.",
    "lv": "Pilsētas domes sēdē mēre otrdien paskaidroja, ka vārds “{w}” jau gadiem ir uzrakstīts uz vecas zīmes pie rātsnama.",
    "et": "Linnavolikogu istungil selgitas linnapea teisipäeval, et sõna „{w}“ on juba aastaid seisnud vanal sildil raekoja ees.",
    "sw": "Katika kikao cha baraza la mji, meya alieleza Jumanne kwamba maneno “{w}” yameandikwa kwa miaka mingi kwenye bango la zamani mbele ya ukumbi wa mji.",
}
REGIONAL_HEADERS = {
    "hr": "Komentari čitatelja", "sr": "Коментари читалаца", "sl": "Komentarji (3)", "sk": "Komentáre čitateľov",
    "bg": "3 коментара", "mk": "Коментари (2)", "lt": "Skaitytojų komentarai", "lv": "Komentāri (4)",
    "et": "Lugejate kommentaarid", "sw": "Maoni 2 :",
}
REGIONAL_RELATED = {
    "hr": "Povezane vijesti", "sr": "Повезане вести", "sl": "Sorodni članki", "sk": "Súvisiace články",
    "bg": "Още по темата", "mk": "Поврзани вести", "lt": "Taip pat skaitykite", "lv": "Lasiet arī",
    "et": "Seotud artiklid", "sw": "Habari zinazohusiana",
}


@pytest.mark.parametrize("lang", v.REGIONAL)
def test_a_regional_languages_thread_header_and_related_box(lang: str) -> None:
    header, related = REGIONAL_HEADERS[lang], REGIONAL_RELATED[lang]
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in _removed(page(*ARTICLE, header, COMMENT))
    assert ("chrome", "related_links", related) in _removed(page(P1, P2, related, P3, P4))


@pytest.mark.parametrize("lang", v.REGIONAL)
def test_a_regional_languages_headers_in_a_sentence_stay(lang: str) -> None:
    for w in (REGIONAL_HEADERS[lang], REGIONAL_RELATED[lang]):
        sentence = REGIONAL_SENTENCE[lang].format(w=w)
        _assert_stays(sentence)


@pytest.mark.parametrize("sentence", [
    # "共有" is Japanese for "share" and Chinese for "in all there are"
    "共有1200套房源，符合条件的人才可在网上申请。",
    # a sentence that reports the rule against reproduction
    "记者了解到，未经授权不得转载的规定已写入新修订的条例。",
])
def test_chinese_sentences_that_use_a_widgets_words_stay(sentence: str) -> None:
    _assert_stays(sentence)


# A call to become a supporting member, a donor or a patron, as a box's heading or button.
@pytest.mark.parametrize("line", ["Werden Sie jetzt Fördermitglied", "Devenez donateur", "Hazte socio",
                                  "Quiero ser socia", "Diventa sostenitore", "Torne-se apoiador", "Word donateur"])
def test_a_call_to_become_a_supporter_is_an_appeal(line: str) -> None:
    assert ("donation", "donation_appeal", line) in _removed(page(P1, P2, line, P3, P4))


def test_a_sentence_about_becoming_a_member_stays() -> None:
    _assert_stays("Der Verein hat im vergangenen Jahr 40 neue Mitglieder gewonnen, sagte die Vorsitzende, "
                  "und sie hofft, dass im Frühjahr noch mehr Familien dazukommen.")
    _assert_stays(SENTENCE["es"].format(w="hazte socio"))


def test_a_swahili_appeal_and_its_word_for_opinion() -> None:
    assert ("donation", "donation_appeal", "Changia Kazi Yetu") in _removed(page(P1, P2, "Changia Kazi Yetu", P3, P4))
    # "Maoni" alone heads an opinion column as often as a thread: no header
    _assert_stays(REGIONAL_SENTENCE["sw"].format(w="mchango wako"))
    assert not [r for c, r, t in _removed(page(P1, P2, "Maoni", P3, P4)) if c == "comments"]


@pytest.mark.parametrize(("lang", "header"), [("pt", "Relacionadas"), ("es", "Relacionados")])
def test_a_related_box_headed_by_the_one_word_relacionadas(lang: str, header: str) -> None:
    assert ("chrome", "related_links", header) in _removed(page(P1, P2, header, P3, P4))
    sentence = SENTENCE[lang].format(w=header.lower())
    _assert_stays(sentence)


def test_a_greek_your_comments_header_opens_the_thread() -> None:
    # "Τα σχόλιά σας" (your comments), its enclitic accent on σχόλιά
    text = "\n\n".join([P1, P2, P3, "Τα σχόλιά σας", "Βούλα από Πρέβεζα - 14/03/2011",
                          "Την έφτιαξα για το Πάσχα και ήταν ακριβώς όπως της γιαγιάς μου.",
                          "Νίκος Θ. - 02/11/2011", "Μπράβο για το site, το έχω στα αγαπημένα εδώ και χρόνια!"]) + "\n"
    rows = _removed(text)
    assert ("comments", "comment_thread") in {(c, r) for c, r, t in rows if "σχόλιά" in t}


def test_a_korean_blogs_other_posts_in_its_category() -> None:
    # a blog platform's list of the category's other posts under the post, headed by its name
    header = "'요리' 카테고리의 다른 글"
    rows = _removed(page(P1, P2, P3, header, "* 에어프라이어 통삼겹 바삭하게 굽는 법 (4) 2023.11.02",
                         "* 소고기 무국 시원하게 끓이는 법 (9) 2023.10.25"))
    assert ("chrome", "related_links", header) in rows
    assert [r for c, r, t in rows if "통삼겹" in t] == ["related_list"]
    _assert_stays("시장은 이 카테고리의 다른 글들도 곧 공개하겠다고 말했으며, 시의회는 다음 달 예산안을 다시 심의한다.")


# An article's sentence that reports an opinion, or a statement that does not reflect a
# position, is no disclaimer: it says neither that the piece is its author's view nor that
# the publication does not share it.
@pytest.mark.parametrize("sentence", [
    "The views expressed by residents at Tuesday's meeting were mixed, and the council will vote again in May.",
    "A spokesman said the minister's remarks did not necessarily reflect the position of the government.",
    "Die Meinung des Autors der Studie, Professor Keller, wird von vielen Kollegen geteilt.",
    "Le ministre a rappelé que les propos tenus lors du débat n'étaient pas ceux du gouvernement.",
    "Las opiniones expresadas por los vecinos fueron muy distintas, según el alcalde.",
    "Мнение автора законопроекта поддержали большинство депутатов.",
    "Позиция авторов законопроекта не совпадает с позицией правительства.",
    "Las opiniones expresadas por los vecinos no coinciden con las del alcalde.",
    "Görüşlerini açıklayan yazar, kitabının yeni baskısını da tanıttı.",
    "本文作者在采访中表示，这一观点得到了许多同行的支持。",
])
def test_a_sentence_that_reports_an_opinion_stays(sentence: str) -> None:
    _assert_stays(sentence)


@pytest.mark.parametrize("line", [
    "The views expressed in this column are the author’s own and do not necessarily reflect those of The Meridian Review.",
    "Opinions expressed in the blog do not necessarily reflect those of the Office of Undergraduate Admissions.",
    "The views in this article are those of the author.",
])
def test_an_english_views_disclaimer_goes(line: str) -> None:
    assert ("chrome", "disclaimer", line) in _removed(page(P1, P2, P3, P4, line))


# An obituary's guest book in each language: its header over messages signed with the day
# they were written opens a thread; the same words in a sentence stay.
GUEST_BOOKS = {
    "en": "Guest Book", "de": "Kondolenzbuch", "fr": "Livre d'or", "es": "Libro de condolencias", "it": "Condoglianze",
    "pt": "Livro de condolências", "nl": "Condoleanceregister", "pl": "Księga kondolencyjna", "sv": "Minnesord",
    "da": "Mindeord", "nb": "Minneord", "fi": "Muistosanat", "cs": "Kondolence", "ro": "Condoleanțe",
    "hu": "Részvétnyilvánítások", "el": "Συλλυπητήρια", "ru": "Соболезнования", "uk": "Співчуття", "tr": "Taziyeler",
    "ja": "お悔やみメッセージ", "ko": "조문록", "zh": "网上吊唁", "ar": "التعازي", "fa": "پیام‌های تسلیت",
    "ur": "تعزیتی پیغامات", "he": "ספר תנחומים", "id": "Ucapan belasungkawa",
}


def test_every_guest_book_language_is_tested() -> None:
    assert set(GUEST_BOOKS) == set(v.GUEST_BOOK)


@pytest.mark.parametrize("lang", sorted(GUEST_BOOKS))
def test_a_guest_books_header_over_messages_dated_to_the_day_opens_a_thread(lang: str) -> None:
    header = GUEST_BOOKS[lang]
    messages = ["Anna Berg 12.11.2025", COMMENT, "Jordi Puig 13.11.2025", COMMENT.replace("Great", "Lovely")]
    rows = _removed(page(*ARTICLE, header, *messages))
    assert ("comments", "comment_thread", "\n\n".join([header, *messages])) in rows
    # the header alone, over more of the article, is a section of it
    assert not [r for r in _removed(page(P1, P2, header, P3, P4)) if r[0] == "comments"]


@pytest.mark.parametrize("lang", sorted(set(GUEST_BOOKS) & set(SENTENCE)))
def test_guest_book_words_in_a_sentence_stay(lang: str) -> None:
    _assert_stays(SENTENCE[lang].format(w=GUEST_BOOKS[lang]))


# A board's list of the threads like this one, under the last post.
@pytest.mark.parametrize("header", ["Samankaltaiset viestiketjut", "Liknande trådar", "Lignende tråde",
                                    "Lignende tråder", "Hasonló témák"])
def test_a_boards_similar_threads_header_is_a_related_header(header: str) -> None:
    assert ("chrome", "related_links", header) in _removed(page(P1, P2, header, P3, P4))


# Turkish news sites: the next stories, the most read, a "show comments" button over the thread,
# the rights line ("all rights belong to ..."), the footer's column heads.
@pytest.mark.parametrize(("line", "rule"), [
    ("Sıradaki Haberler", "related_links"), ("Çok Okunanlar", "related_links"),
    ("Sitemizde yer alan haber, fotoğraf ve videoların tüm hakları Kuzey Haber'e aittir.", "license_notice"),
    ("Kategoriler", "navigation"), ("Kurumsal", "navigation"), ("Uygulamalar", "navigation")])
def test_turkish_news_sites_widgets(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _removed(page(P1, P2, P3, P4, line))
    _assert_stays(SENTENCE["tr"].format(w=line.split()[0].lower()))


def test_a_turkish_show_comments_button_opens_the_thread() -> None:
    assert ("comments", "comment_thread", f"Yorumları Göster (14)\n\n{COMMENT}") in _removed(
        page(*ARTICLE, "Yorumları Göster (14)", COMMENT))


# WordPress's "3 thoughts on “<title>”" in Croatian, Bosnian and Serbian, in both scripts.
@pytest.mark.parametrize("header", ["3 mišljenja na “Studenti traže smeštaj”", "2 razmišljanja o “Nova biciklistička staza”",
                                    "3 мишљења на “Студенти траже смештај”"])
def test_a_wordpress_thoughts_on_header_in_croatian_and_serbian_opens_the_thread(header: str) -> None:
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in _removed(page(*ARTICLE, header, COMMENT))


@pytest.mark.parametrize(("lang", "line"), [("hr", "Podržite nezavisno novinarstvo"), ("hr", "Doniraj"),
                                            ("sr", "Подржите независно новинарство")])
def test_a_croatian_and_serbian_appeal(lang: str, line: str) -> None:
    assert ("donation", "donation_appeal", line) in _removed(page(P1, P2, P3, P4, line))
    _assert_stays(REGIONAL_SENTENCE[lang].format(w=line.lower()))


def test_a_polish_service_that_uses_cookie_files_is_a_cookie_notice() -> None:
    line = "Informujemy, że serwis wykorzystuje pliki cookies. Korzystając z serwisu, akceptujesz ich użycie."
    assert ("chrome", "cookie_notice", line) in _removed(page(P1, P2, P3, P4, line))


@pytest.mark.parametrize("line", ["Retour aux actualités", "<< Retour aux actualités", "Retour à la liste"])
def test_a_french_back_to_the_news_link_is_a_related_link(line: str) -> None:
    assert ("chrome", "related_links", line) in _removed(page(P1, P2, P3, P4, line))


@pytest.mark.parametrize(("line", "rule"), [
    ("#الخدمات_المصرفية_المفتوحة#مصرف_البحرين_المركزي#المدفوعات", "tags_line"),
    ("الأكثر قراءة هذا الأسبوع", "related_links"), ("اشترك مجانًا", "newsletter_signup")])
def test_hashtags_run_together_and_arabic_widgets(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _removed(page(P1, P2, line, P3, P4))


def test_a_line_with_one_hashtag_or_a_language_named_with_a_sign_stays() -> None:
    _assert_stays("C# and F# are the two languages the course teaches in its first term, one after the other.")
    _assert_stays("The campaign ran under #KeepTheLibraryOpen for a whole year before the council gave in.")


# A recipe's or a product's readers' reviews, headed with their count, are its comments.
@pytest.mark.parametrize("header", ["Reviews (312)", "Les avis (356)", "Bewertungen (12)", "Reseñas (8)",
                                    "Recensioni (4)", "Avaliações (15)", "Beoordelingen (6)"])
def test_a_counted_reviews_header_opens_the_thread(header: str) -> None:
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in _removed(page(*ARTICLE, header, COMMENT))


def test_a_reviews_heading_without_its_count_stays() -> None:
    _assert_stays("Reviews")
    _assert_stays(SENTENCE["fr"].format(w="les avis (356)"))


def test_a_german_consent_text_with_its_verb_last_is_a_cookie_notice() -> None:
    line = ("Mit Klick auf „Akzeptieren“ willigen Sie ein, dass wir und unsere Partner Informationen auf Ihrem Gerät "
            "speichern und abrufen, um Inhalte und Anzeigen zu personalisieren.")
    assert ("chrome", "cookie_notice", line) in _removed(page(line, P1, P2, P3, P4))


@pytest.mark.parametrize(("line", "category", "rule"), [
    ("Các tin khác", "chrome", "related_links"), ("Những tin liên quan", "chrome", "related_links"),
    ("نعتمد على دعم قرائنا", "donation", "donation_appeal")])
def test_vietnamese_other_news_and_an_arabic_appeal_to_the_readers(line: str, category: str, rule: str) -> None:
    assert (category, rule, line) in _removed(page(P1, P2, P3, P4, line))


# WordPress's "3 thoughts on “<title>”" in a language the vocabulary has no words for: a count
# and a word or two before the page's own headline in quotes.
OWN_HEADLINE = "Council adds four new bus routes"


@pytest.mark.parametrize("header", [f"Ọrọ 3 lori “{OWN_HEADLINE}”", f"Maoni 2 kuhusu “{OWN_HEADLINE}”",
                                    f"4 ittiin yaada “{OWN_HEADLINE}”"])
def test_a_count_before_the_pages_own_headline_in_quotes_opens_the_thread(header: str) -> None:
    removed = _removed(page(OWN_HEADLINE, *ARTICLE, header, COMMENT))
    assert ("comments", "comment_thread", f"{header}\n\n{COMMENT}") in removed


def test_a_count_before_another_title_in_quotes_opens_no_thread() -> None:
    header = "Ọrọ 3 lori “Ọja tuntun ṣi silẹ ni Ibadan”"
    res = clean(page(OWN_HEADLINE, *ARTICLE, header, COMMENT), langs=("any",))
    assert header in res.text and COMMENT in res.text


# A list of other items of a source or a section ("Weitere Meldungen dieser Einrichtung",
# "Otras entradas de Fiestas y tradiciones"), and cookie notices with another verb.
@pytest.mark.parametrize(("line", "rule"), [
    ("Weitere Meldungen dieser Einrichtung:", "related_links"), ("Weitere Artikel des Autors", "related_links"),
    ("Otras entradas de Fiestas y tradiciones:", "related_links"), ("Más noticias de Economía", "related_links"),
    ("Autres articles de la rubrique Société", "related_links"), ("Altri articoli di Cronaca", "related_links"),
    ("Outras notícias de Economia", "related_links"), ("Other Manufacturing News", "related_links"),
    ("A lire également :", "related_links"), ("À LIRE ÉGALEMENT DANS LA RUBRIQUE FAITS DIVERS", "related_links"),
    ("LE ALTRE NOTIZIE DI POLITICA", "related_links"), ("More in Traffic & Travel", "related_links"),
    ("Load more entries", "navigation"),
    ("Not the answer you're looking for? Browse other questions tagged uk london or ask your own question.",
     "related_links"),
    ("¿No es la respuesta que buscas? Examina otras preguntas con la etiqueta python pandas o formula tu propia "
     "pregunta.", "related_links"),
    ("Não encontrou uma resposta? Pesquise outras perguntas com a tag python pandas ou faça sua própria pergunta.",
     "related_links"),
    ("Всё ещё ищете ответ? Посмотрите другие вопросы с метками python округление или задайте свой вопрос.",
     "related_links"),
    ("© L'Écho de la Vallée 2003-2024 – Reproduction interdite sans autorisation écrite de l'éditeur.", "license_notice"),
    ("Send us your pictures and videos on WhatsApp or email newsdesk@northwestnow.tv. Please don't take photos "
     "while driving.", "contact_line"),
    ("Lees ook Spaarrente daalt verder: wat kun je als spaarder nog doen?", "related_link_labelled"),
    ("Usamos cookies propias y de terceros para analizar el tráfico.", "cookie_notice"),
    ("Usamos cookies para melhorar a sua experiência.", "cookie_notice"),
    ("Usiamo i cookie per migliorare la tua esperienza.", "cookie_notice")])
def test_other_items_of_a_source_and_cookie_notices(line: str, rule: str) -> None:
    assert ("chrome", rule, line) in _removed(page(P1, P2, P3, P4, line))


@pytest.mark.parametrize("sentence", [
    "Weitere Meldungen dieser Art erwartet die Polizei in den kommenden Wochen nicht mehr, sagte ein Sprecher.",
    "Otras entradas de la ciudad permanecerán cerradas durante las obras del nuevo colector.",
    "Other news outlets reported the same figures on Tuesday, citing the county's own budget documents."])
def test_a_sentence_that_opens_so_stays(sentence: str) -> None:
    _assert_stays(sentence)


def test_a_newsroom_that_calls_itself_reader_funded_asks_for_a_gift() -> None:
    line = ("The Harbor Ledger is a nonprofit newsroom. We don’t have a paywall, and we never will. If our "
            "election coverage helped you today, please consider a tax-deductible gift.")
    assert ("donation", "donation_appeal", line) in _removed(page(P1, P2, P3, P4, line))
    _assert_stays("The clinic is a nonprofit organization that has served the county's farm workers since 1998.")
