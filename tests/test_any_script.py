"""Pages in scripts written without spaces (Japanese, Chinese): the article is found and kept,
the site's widgets around it are removed with their rules, on the text and the HTML track."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import justext
import pytest

from corpusclean import Config, clean_page
from corpusclean.classify.features import measure, words
from corpusclean.lang.stopwords import _STOPLIST_NAMES, UNREAD_STOPLISTS, particles, stopwords
from corpusclean.segment import segment

JA_TITLE = "市議会、川沿い公園の拡張を可決"
JA = [
    "市議会は火曜日、川沿いの公園を拡張する計画を賛成多数で可決した。東岸に沿って約五キロの遊歩道を整備し、"
    "古い水車小屋の近くに新しい歩道橋を架ける。工事は来年の春に始まる予定で、市は完成までに三年ほどかかると見込んでいる。",
    "計画は十年以上前から議論されてきたが、二〇一九年の洪水で複数の橋が被害を受けたことをきっかけに、"
    "地域の基金から費用を出すことが決まった。市の担当者は、住民の意見を聞きながら設計を進めると話している。",
    "説明会に参加した住民の多くは賛成したが、一部の商店主からは、工事の間に大通りが数か月にわたって通れなく"
    "なるのではないかという心配の声も上がった。市は工事の時期を調整する考えだ。",
]
JA_MENU = ["ホーム", "ニュース", "スポーツ", "ログイン"]
JA_AFTER = ["この記事をシェアする", "関連記事", "コメント (3)"]

ZH_TITLE = "市议会通过河滨公园扩建计划"
ZH = [
    "市议会周二以多数票通过了扩建河滨公园的计划。根据计划，东岸将修建约五公里的步道，并在旧磨坊附近新建一座人行桥。"
    "工程预计明年春天开工，市政府估计需要大约三年才能完工。",
    "这项计划已经讨论了十多年，直到二〇一九年的洪水损坏了几座桥梁之后，才决定由地区基金承担费用。"
    "市政府负责人表示，将在听取居民意见的同时推进设计工作。",
    "参加说明会的居民大多表示支持，但也有一些商户担心，施工期间主要街道可能会有几个月无法通行。市政府表示会调整施工时间。",
]
ZH_MENU = ["首页", "新闻", "体育", "登录"]
ZH_AFTER = ["分享到微博", "相关文章", "评论 (3)"]

PAGES = {"ja": (JA_MENU, JA_TITLE, JA, JA_AFTER), "zh": (ZH_MENU, ZH_TITLE, ZH, ZH_AFTER)}


def _text_page(lang: str) -> str:
    menu, title, paras, after = PAGES[lang]
    return "\n".join(menu) + "\n\n" + "\n\n".join([title, *paras, *after]) + "\n"


def _html_page(lang: str) -> str:
    menu, title, paras, after = PAGES[lang]
    items = "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(menu))
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><nav><ul>{items}</ul></nav></header>'
            f"<main><article><h1>{title}</h1>{body}</article></main>"
            f'<aside><p><a href="/share">{after[0]}</a></p><h3>{after[1]}</h3>'
            f'<ul><li><a href="/a">{after[1]}1</a></li></ul></aside>'
            f"<footer><p>{after[2]}</p></footer></body></html>")


@pytest.mark.parametrize("lang", ["ja", "zh"])
@pytest.mark.parametrize("target", ["any", "own", "auto"])
def test_article_in_unspaced_script_is_kept_text_track(lang: str, target: str) -> None:
    langs = {"any": ("any",), "own": (lang,), "auto": ("auto",)}[target]
    res = clean_page(_text_page(lang), kind="text", config=Config(langs=langs))
    for p in PAGES[lang][2]:
        assert p in res.text
    rows = {(s.category, s.rule, s.text.strip()) for s in res.removed}
    assert ("title", "headline", PAGES[lang][1]) in rows  # the headline over the article, found
    menu, after = PAGES[lang][0], PAGES[lang][3]
    assert ("chrome", "share_line", after[0]) in rows
    assert ("chrome", "related_links", after[1]) in rows
    for line in menu + after:
        assert line not in res.text.split("\n\n")
    assert not any(s.category == "language" for s in res.removed)  # kanji-only lines are Japanese


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_article_in_unspaced_script_is_kept_html_track(lang: str) -> None:
    res = clean_page(_html_page(lang), kind="html", config=Config(langs=("auto",)))
    assert res.error is None
    for p in PAGES[lang][2]:
        assert p in res.text
    for line in PAGES[lang][0]:
        assert line not in res.text.split("\n\n")
    assert PAGES[lang][3][0] not in res.text


def _feats(text: str, lang: str) -> tuple[int, float, bool]:
    f = measure(text, words(text), stopwords(lang) or stopwords("en"), particles(lang))
    return f.words, f.stop_density, f.prose


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_prose_is_measured_in_characters(lang: str) -> None:
    for p in PAGES[lang][2]:
        words, density, prose = _feats(p, lang)
        assert words >= 25 and density >= 0.25 and prose
    for line in PAGES[lang][0]:
        words, density, prose = _feats(line, lang)
        assert words <= 2 and not prose


def test_thai_is_counted_in_characters_too() -> None:
    para = ("สภาเมืองลงมติเมื่อวันอังคารให้ขยายสวนริมแม่น้ำ โดยจะสร้างทางเดินยาวห้ากิโลเมตรตามริมฝั่งตะวันออก "
            "และสร้างสะพานคนเดินแห่งใหม่ใกล้กับโรงสีเก่า ซึ่งคาดว่าจะเริ่มก่อสร้างในฤดูใบไม้ผลิปีหน้า")
    words, density, prose = _feats(para, "th")
    assert words >= 30 and prose


def test_a_thai_paragraph_with_dates_and_figures_is_prose() -> None:
    # Its run of Thai is one token however long: the figures in it are a few of the words it
    # holds, not most of its tokens (a table's row).
    para = ("สำนักงานสาธารณสุขจังหวัดลำปาง รายงานสถานการณ์โรคไข้เลือดออกตั้งแต่วันที่ 1 มกราคม ถึง 30 มิถุนายน 2568 "
            "พบผู้ป่วยสะสมทั้งสิ้น 412 ราย คิดเป็นอัตราป่วย 55.8 ต่อประชากรแสนคน ยังไม่มีรายงานผู้เสียชีวิต "
            "กลุ่มอายุที่พบมากที่สุดคือเด็กวัยเรียนอายุ 5-14 ปี รองลงมาคือกลุ่มอายุ 15-24 ปี")
    assert _feats(para, "th")[2]


def test_lao_has_its_function_words() -> None:
    # Lao writes no spaces and ends no sentence with a mark: its paragraphs read as prose by
    # their function words, a menu's line does not
    para = ("ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ແຂວງຈຳປາສັກ ໃຫ້ຮູ້ວ່າ ໃນລະດູການເກັບກ່ຽວປີນີ້ ຜົນຜະລິດກາເຟຂອງແຂວງ "
            "ຄາດວ່າຈະເພີ່ມຂຶ້ນປະມານ 10% ເມື່ອທຽບກັບປີຜ່ານມາ ເນື່ອງຈາກມີຝົນຕົກສະໝ່ຳສະເໝີ ແລະ ຊາວກະສິກອນໄດ້ຮັບການຝຶກອົບຮົມ")
    menu = "ໜ້າຫຼັກ ຂ່າວສານ ທ່ອງທ່ຽວ ສະຖິຕິ ລິ້ງທີ່ກ່ຽວຂ້ອງ ໝວດຂ່າວ ຂ່າວເສດຖະກິດ ປະກາດ ແລະ ແຈ້ງການ ຂ່າວສັງຄົມ"
    assert _feats(para, "lo")[2]
    assert not _feats(menu, "lo")[2]


@pytest.mark.parametrize("lang", ["nb", "nn", "sq", "hy", "az", "eu", "be", "bs", "gl", "ka", "gu", "is",
                                  "kn", "kk", "mk", "ml", "mr", "ne", "sw", "tl", "ta", "te", "yo", "cy",
                                  "ga", "af", "uz", "lb", "mt"])
def test_a_language_with_a_justext_list_has_its_function_words(lang: str) -> None:
    assert len(stopwords(lang)) >= 100


def test_every_list_justext_ships_is_read_or_named_as_left_out() -> None:
    shipped = {p.stem for p in (Path(justext.__file__).parent / "stoplists").glob("*.txt")}
    assert shipped - set(_STOPLIST_NAMES.values()) == UNREAD_STOPLISTS
    assert all(stopwords(code) for code in _STOPLIST_NAMES)


def test_a_language_without_a_list_is_read_as_neutral_not_as_the_models_guess() -> None:
    """The model calls Hausa Esperanto or Ido: those languages have no list here, so a Hausa
    paragraph reads as neutral, not as one with no function words."""
    for guess in ("eo", "io", "war", "ceb"):
        assert not stopwords(guess)


def test_a_norwegian_menu_run_is_no_prose_and_its_paragraph_is() -> None:
    para = ("Kommunestyret vedtok tirsdag å utvide parken langs elva, og arbeidet med den nye gangbrua "
            "ved det gamle sagbruket skal etter planen starte til våren.")
    menu = "Nyheter Sport Kultur Økonomi Meninger Debatt Reise Mat Helse Teknologi Video Podkast"
    assert _feats(para, "nb")[2]
    assert _feats(menu, "nb")[0] >= 10 and not _feats(menu, "nb")[2]


# A Khmer news page, flattened to text. No list of Khmer function words is shipped, so a block
# reads as prose by its length and its sentence end (the khan, "។"): the teasers under
# "related news" and "most read" are as long as a short paragraph and end no sentence.
KM = [
    "កសិករនៅខេត្តបាត់ដំបងបានចាប់ផ្តើមប្រមូលផលស្រូវរដូវវស្សា ហើយពួកគេរំពឹងថាទិន្នផលឆ្នាំនេះនឹងខ្ពស់ជាងឆ្នាំមុន "
    "ដោយសារមានភ្លៀងធ្លាក់ទៀងទាត់ពេញមួយរដូវ។",
    "លោក សុខ ដារ៉ា ជាកសិករម្នាក់នៅស្រុកថ្មគោល បាននិយាយថា តម្លៃស្រូវនៅទីផ្សារបច្ចុប្បន្នល្អប្រសើរ "
    "ប៉ុន្តែថ្លៃជីនិងប្រេងឥន្ធនៈនៅតែខ្ពស់ ដែលធ្វើឲ្យប្រាក់ចំណេញរបស់គាត់មិនសូវច្រើន។",
    "មន្ត្រីកសិកម្មខេត្តបានឲ្យដឹងថា ក្រសួងនឹងបន្តផ្តល់ពូជស្រូវល្អ និងបណ្តុះបណ្តាលកសិករអំពីបច្ចេកទេសដាំដុះថ្មីៗ "
    "ដើម្បីជួយលើកកម្ពស់ផលិតភាពនិងគុណភាពអង្ករសម្រាប់នាំចេញ។",
]
KM_TEASERS = [
    "* ក្រសួងកសិកម្មប្រកាសផែនការថ្មីសម្រាប់ការនាំចេញអង្ករទៅកាន់ទីផ្សារអឺរ៉ុប",
    "* តម្លៃប្រេងឥន្ធនៈនៅកម្ពុជាធ្លាក់ចុះបន្តិចក្នុងសប្តាហ៍នេះបន្ទាប់ពីឡើងថ្លៃ",
    "* កសិករខេត្តតាកែវចាប់ផ្តើមប្រើប្រាស់ម៉ាស៊ីនច្រូតស្រូវទំនើបជាលើកដំបូង",
]


def _unread(text: str) -> tuple[int, bool]:
    """Words and prose of a block in a language without a list of function words."""
    assert not stopwords("km") and particles("km") is None
    f = measure(text, words(text), frozenset(), None)
    return f.words, f.prose


def test_where_no_function_words_are_known_a_short_block_is_prose_by_its_sentence_end() -> None:
    for para in KM:
        assert _unread(para) >= (10, True)
    for teaser in KM_TEASERS:
        assert _unread(teaser)[0] >= 10 and not _unread(teaser)[1]
    page = "\n\n".join(["ទំព័រដើម ព័ត៌មានជាតិ កីឡា", *KM, "ព័ត៌មានទាក់ទង", *KM_TEASERS,
                         "ព័ត៌មានពេញនិយម", *(t.replace("* ", f"{k}. ") for k, t in enumerate(KM_TEASERS, 1)),
                         "រក្សាសិទ្ធិគ្រប់យ៉ាង © ២០២៥"])
    res = clean_page(page, kind="text", config=Config(langs=("any",)))
    assert all(p in res.text for p in KM)
    assert not any(t[2:] in res.text for t in KM_TEASERS)


def test_ethiopic_and_myanmar_sentences_end_with_their_own_marks() -> None:
    am = "የከተማው ምክር ቤት አዲሱን የአውቶቡስ መስመር ማክሰኞ አጽድቋል፤ ስራው በሚቀጥለው ወር ይጀምራል።"
    my = "မြို့တော်ကောင်စီသည် ဘတ်စ်ကားလမ်းကြောင်းသစ်ကို အင်္ဂါနေ့တွင် အတည်ပြုခဲ့ပြီး လာမည့်လတွင် စတင်မည်ဖြစ်သည်။"
    assert _unread(am) >= (10, True) and _unread(my) >= (10, True)
    assert not _unread(am.rstrip("።"))[1]


def test_thai_steps_and_speech_read_as_prose() -> None:
    # a recipe's step and a quoted shopkeeper: directional verbs, "then", "until", "since",
    # polite and pronoun words more than the relative and possessive particles
    step = "ใส่หมูสับที่ปั้นเป็นก้อนเล็ก ๆ ลงไปทีละก้อน รอจนหมูสุกแล้วจึงตามด้วยเต้าหู้ไข่และผักกาดขาว"
    speech = "เขาบอกว่าตั้งแต่เปิดร้านมาเคยเจอลูกค้าแบบนี้ครั้งเดียว แต่ก็ยังยิ้มได้เพราะทุกคนช่วยกันเก็บกวาดจนเสร็จก่อนเที่ยง"
    for para in (step, speech):
        words, density, prose = _feats(para, "th")
        assert 10 <= words < 30 and density >= 0.4 and prose
    for menu in ("สูตรอาหารยอดนิยมประจำสัปดาห์", "ข่าวเด่น กีฬา บันเทิง เทคโนโลยี ไลฟ์สไตล์ ท่องเที่ยว"):
        assert not _feats(menu, "th")[2]


# --- hard-wrapped text in scripts without case ---------------------------------------------

AR = ("صوت مجلس المدينة يوم الثلاثاء على توسيع الحديقة الواقعة على ضفة النهر، مع إنشاء ثلاثة كيلومترات "
      "من الممرات على طول الضفة الشرقية وجسر جديد للمشاة بالقرب من الطاحونة القديمة. وقد نوقشت الخطط "
      "لأكثر من عشر سنوات، وسيأتي التمويل من صندوق إقليمي أنشئ بعد فيضانات عام ألفين وتسعة عشر.")


def _wrap_cjk(s: str, chars: int = 38) -> str:
    """As a terminal dump wraps Chinese and Japanese: at 76 columns, between any characters."""
    return "\n".join(s[i : i + chars] for i in range(0, len(s), chars))


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_hard_wrapped_cjk_paragraphs_are_joined_without_spaces(lang: str) -> None:
    menu, title, paras, _ = PAGES[lang]
    page = "\n".join(menu) + "\n\n" + title + "\n\n" + "\n\n".join(_wrap_cjk(p) for p in paras) + "\n"
    res = clean_page(page.encode(), kind="text", config=Config(langs=(lang,)))
    for p in paras:
        assert p in res.text  # whole, and no space where a line was wrapped


def test_hard_wrapped_arabic_paragraph_is_joined() -> None:
    page = "الرئيسية\nأخبار\n\n" + textwrap.fill(AR, 70) + "\n"
    res = clean_page(page.encode(), kind="text", config=Config(langs=("ar",)))
    assert AR in res.text


def test_a_wrap_before_a_thai_vowel_sign_joins_without_a_space() -> None:
    # A dump that wraps at a fixed width can cut a Thai word before its vowel sign (U+0E31):
    # the sign belongs to the letter before the break, so no space goes between them.
    lines = ["ตลาดนัดกลางคืนแห่งใหม่ริมแม่น้ำเจ้าพระยาเปิดให้บริการเป็นวันแรกเมื่อคืนว",
             "ันศุกร์ที่ผ่านมา มีร้านค้ากว่าสามร้อยร้าน ทั้งอาหารพื้นบ้าน เสื้อผ้ามือสอง และงานฝีมือ",
             "จากชุมชนใกล้เคียง ประชาชนและนักท่องเที่ยวต่างพากันมาเดินเที่ยวชมอย่างคึกคักตลอดทั้งคืน",
             "จนถึงเวลาเที่ยงคืน ผู้จัดการตลาดกล่าวว่าจะเปิดทุกสุดสัปดาห์"]
    blocks = segment("\n".join(lines) + "\n")
    assert len(blocks) == 1 and "เมื่อคืนวันศุกร์ที่ผ่านมา" in blocks[0].text


def test_a_wrap_after_a_hyphen_joins_without_a_space() -> None:
    # "well-" / "known": the compound's hyphen stays, and no space cuts the word in two
    lines = ["The harbour committee met on Tuesday evening to discuss the well-",
             "known problem of the silting channel in Baden-",
             "Württemberg's lakes, which has troubled the towns for decades now."]
    blocks = segment("\n".join(lines) + "\n")
    assert len(blocks) == 1
    assert "the well-known problem" in blocks[0].text and "Baden-Württemberg's" in blocks[0].text
    # verify checks where words part: a wrap joined without a space is one of the places allowed
    from corpusclean.verify import check_page

    source = "\n".join(lines) + "\n"
    assert check_page("p", source, blocks[0].text, []) is None
    assert check_page("p", source, blocks[0].text.replace("well-known", "well- known"), []) is None
    assert check_page("p", source, blocks[0].text.replace("the well", "thewell"), []) is not None


def test_lines_of_a_cjk_list_stay_lines() -> None:
    # one item a line, each ending without punctuation: not a wrapped paragraph
    items = ["東京都の公園整備計画について", "大阪市の新しい図書館の開館時間", "名古屋駅周辺の再開発に関する説明会の日程",
             "札幌市の冬季イベント"]
    page = "\n".join(items) + "\n"
    assert [b.text for b in segment(page)] == items


# A table a text browser printed in padded columns under a Chinese paragraph: its rows are
# rows (a wrap leaves one space between words, not a column's padding), and its header row,
# short words apart as a Chinese menu's are, names its columns.
ZH_TABLE = ["店家     推薦     營業時間         公休",
            "阿堂鹹粥   虱目魚肚粥  05:00–12:30  週二",
            "富盛號碗粿  碗粿、魚羹  07:00–17:00  週四",
            "金得春捲   春捲     08:00–18:00  不定休",
            "安平樹屋   門票70元  08:30–17:30  無"]


def test_rows_of_a_padded_cjk_table_stay_rows_and_are_kept() -> None:
    assert [b.text for b in segment("\n".join(ZH_TABLE) + "\n")] == [" ".join(row.split()) for row in ZH_TABLE]
    # a justified paragraph's wider spaces share no column from line to line: it is joined
    justified = ("This is a justified  paragraph that was  wrapped at a fixed width by a\n"
                 "tool that pads  the spaces between words so  that both margins line up\n"
                 "and the last line is not.\n")
    assert len(segment(justified)) == 1
    text = "\n\n".join([*ZH_MENU, ZH[0], ZH[1], "\n".join(ZH_TABLE), ZH[2], *ZH_AFTER]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=("any",)))
    for row in ZH_TABLE:
        assert " ".join(row.split()) in res.text
    assert ZH[2] in res.text


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_pull_quote_inside_a_cjk_paragraph_is_a_duplicate(lang: str) -> None:
    menu, title, paras, _ = PAGES[lang]
    # the paragraph's second sentence, repeated on its own as a pull-quote
    quote = re.split(r"(?<=。)", paras[0])[1]
    page = "\n".join(menu) + "\n\n" + title + "\n\n" + "\n\n".join([paras[0], quote, *paras[1:]]) + "\n"
    res = clean_page(page.encode(), kind="text", config=Config(langs=(lang,)))
    rows = [(s.category, s.rule) for s in res.removed if s.text == quote]
    assert rows == [("duplicate", "contained_in_longer")]
    assert all(p in res.text for p in paras)


def test_a_short_cjk_phrase_inside_a_paragraph_is_not_a_duplicate() -> None:
    # four words' worth of characters: a name or a set phrase any paragraph may repeat
    page = "\n\n".join([JA[0], "川沿いの公園", *JA[1:]]) + "\n"
    res = clean_page(page.encode(), kind="text", config=Config(langs=("ja",)))
    assert not [s for s in res.removed if s.category == "duplicate"]


VI_ARTICLE = (
    "Hội đồng nhân dân thành phố đã thông qua kế hoạch xây dựng thêm ba trường học mới ở các "
    "quận ngoại thành, nơi số học sinh tăng nhanh trong những năm gần đây.\n\n"
    "Theo kế hoạch, các trường sẽ được khởi công vào mùa xuân năm sau và đón học sinh từ năm "
    "học tiếp theo; chi phí được chia đều giữa ngân sách thành phố và ngân sách trung ương.\n"
)


@pytest.mark.parametrize("kind", ["text", "html"])
def test_decomposed_text_comes_out_composed_and_recorded(kind: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Vietnamese and Bengali pages are often written with combining marks ("ệ" as e plus two
    # marks): the clean text is NFC, one form for the same words, and the change is a repair
    # that replays from the source line, so verify still accounts for every character.
    import unicodedata

    from click.testing import CliRunner

    from corpusclean.cli import main
    from corpusclean.read.repair import repair, replay

    nfd = unicodedata.normalize("NFD", VI_ARTICLE)
    assert nfd != VI_ARTICLE
    page = nfd if kind == "text" else "<html><body><article>" + "".join(
        f"<p>{p}</p>" for p in nfd.split("\n\n")) + "</article></body></html>"
    res = clean_page(page, kind=kind, config=Config(langs=("vi",)))
    assert "Hội đồng nhân dân thành phố" in res.text and unicodedata.is_normalized("NFC", res.text)
    fixed, repairs = repair(nfd)
    assert fixed == VI_ARTICLE and repairs
    for r in repairs:
        assert ["normalize", "NFC"] in [list(s) for s in r.steps]
        assert replay(r.before, r.steps) == r.after
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / f"vi.{'txt' if kind == 'text' else 'html'}").write_text(page, encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(main, ["clean", str(raw), str(out), "-j", "1", "-q", "--lang", "vi"]).exit_code == 0
    assert "Hội đồng nhân dân" in (out / ("vi.txt" if kind == "text" else "vi.html.txt")).read_text("utf-8")
    check = runner.invoke(main, ["verify", str(out)])
    assert check.exit_code == 0 and "0 failed" in check.output, check.output


def test_a_run_of_titles_is_no_prose_but_german_nouns_and_capitals_are() -> None:
    # Capitalised words measure a line of titles in every cased script; German prose, which
    # capitalises its nouns, and a paragraph written all in capitals stay prose.
    titles = ("Startseite Politik und Wirtschaft Sport und Freizeit Kultur und Medien Reise und Genuss "
              "Auto und Verkehr Wissen Technik Meinung Debatte Video Fotos Podcasts Newsletter "
              "Archiv Impressum Kontakt Datenschutz Anzeigen Wetter")
    german = ("Die Stadtverwaltung hat am Montag die Pläne für den Umbau des Bahnhofsplatzes vorgestellt, "
              "der nach dem Willen des Gemeinderats bis zum Sommer des kommenden Jahres fertig sein soll "
              "und mehr Platz für Fußgänger und Radfahrer bieten wird.")
    shouting = german.upper()
    assert not _feats(titles, "de")[2]
    assert _feats(german, "de")[2] and _feats(shouting, "de")[2]


def test_a_chinese_paragraph_naming_an_english_title_is_prose() -> None:
    # Its run of Chinese is one split() word however long: four capitalised English words in
    # it do not make it a run of titles, as they would make a line of four words.
    para = ("秋涼天氣最適合出街行市集！西九文化區一年一度的海濱週末市集（West Kowloon Harbourfront Weekend "
            "Market）將於十月十九日起一連四個週末重臨，今年攤位數目增至逾一百個，規模係歷年最大。")
    assert _feats(para, "zh")[2]
    res = clean_page("\n\n".join(["首页", "新闻", para, *ZH]) + "\n", kind="text", config=Config(langs=("any",)))
    assert para in res.text


def test_romanian_with_cedillas_reads_as_romanian_with_commas() -> None:
    # Older Romanian sites write ş and ţ (cedilla) for ș and ț (comma below): the same
    # function words, so the same measure of prose.
    comma = ("Consiliul local a aprobat marți un buget nou pentru parcurile orașului, după o dezbatere "
             "care a durat până seara și care a adus în sală zeci de locuitori.")
    cedilla = comma.replace("ț", "ţ").replace("ș", "ş")
    assert _feats(cedilla, "ro")[1] == _feats(comma, "ro")[1]


# Indic scripts are written with spaces, but their vowel signs and viramas are combining
# marks, not \w: words must be read whole, and a language with no function-word list
# (Tamil) must not be measured with English's.
HI_PAGE = dict(menu=["होम", "देश", "विदेश", "खेल", "मनोरंजन"], title="दिल्ली में बारिश से जनजीवन अस्त-व्यस्त, कई इलाकों में जलभराव",
 paras=["राजधानी दिल्ली में शनिवार सुबह से हो रही तेज बारिश के कारण कई इलाकों में जलभराव की स्थिति बन गई है और लोगों को दफ्तर जाने में भारी परेशानी का सामना करना पड़ा।",
        "मौसम विभाग ने अगले दो दिनों तक भारी बारिश की चेतावनी जारी की है, जिसके बाद नगर निगम ने सभी कर्मचारियों की छुट्टियां रद्द कर दी हैं और पंपों को तैयार रखने को कहा है।",
        "यातायात पुलिस के अनुसार कई प्रमुख सड़कों पर लंबा जाम लगा रहा, और कुछ अंडरपास में पानी भरने के कारण उन्हें बंद करना पड़ा, जिससे वाहन चालकों को लंबा चक्कर लगाना पड़ा।",
        "स्थानीय निवासियों ने शिकायत की कि हर साल यही हाल होता है, लेकिन नालों की सफाई समय पर नहीं की जाती, इसलिए थोड़ी सी बारिश में भी सड़कें तालाब बन जाती हैं।"],
 after=["शेयर करें", "फेसबुक", "ट्विटर", "ये भी पढ़ें", "मुंबई में भी भारी बारिश का अलर्ट जारी"])
BN_PAGE = dict(menu=["প্রচ্ছদ", "বাংলাদেশ", "আন্তর্জাতিক", "খেলা", "বিনোদন"], title="ঢাকায় ভারী বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী",
 paras=["রাজধানী ঢাকায় শনিবার সকাল থেকে টানা ভারী বৃষ্টির কারণে বিভিন্ন এলাকায় জলাবদ্ধতা সৃষ্টি হয়েছে এবং অফিসগামী মানুষদের চরম দুর্ভোগ পোহাতে হয়েছে।",
        "আবহাওয়া অধিদপ্তর আগামী দুই দিন আরও ভারী বৃষ্টির পূর্বাভাস দিয়েছে, তাই সিটি করপোরেশন সব কর্মীর ছুটি বাতিল করেছে এবং পাম্পগুলো প্রস্তুত রাখতে বলেছে।",
        "ট্রাফিক পুলিশ জানিয়েছে যে প্রধান সড়কগুলোতে দীর্ঘ যানজট ছিল এবং কয়েকটি আন্ডারপাসে পানি জমে যাওয়ায় সেগুলো বন্ধ রাখতে হয়েছে।",
        "স্থানীয় বাসিন্দারা অভিযোগ করেন যে প্রতি বছরই একই অবস্থা হয়, কিন্তু সময়মতো নালা পরিষ্কার করা হয় না, ফলে সামান্য বৃষ্টিতেই রাস্তা পুকুরে পরিণত হয়।"],
 after=["শেয়ার করুন", "ফেসবুক", "টুইটার", "আরও পড়ুন", "চট্টগ্রামেও ভারী বৃষ্টির সতর্কতা"])
TA_PAGE = dict(menu=["முகப்பு", "தமிழ்நாடு", "இந்தியா", "உலகம்", "விளையாட்டு"], title="சென்னையில் கனமழை: பல பகுதிகளில் தண்ணீர் தேக்கம்",
 paras=["சென்னையில் சனிக்கிழமை காலை முதல் பெய்து வரும் கனமழையால் பல பகுதிகளில் தண்ணீர் தேங்கியுள்ளது, இதனால் அலுவலகம் செல்லும் மக்கள் கடும் அவதிக்குள்ளாகினர்.",
        "அடுத்த இரண்டு நாட்களுக்கு கனமழை தொடரும் என்று வானிலை ஆய்வு மையம் எச்சரிக்கை விடுத்துள்ளது, எனவே மாநகராட்சி அனைத்து ஊழியர்களின் விடுப்பையும் ரத்து செய்துள்ளது.",
        "முக்கிய சாலைகளில் நீண்ட போக்குவரத்து நெரிசல் ஏற்பட்டதாகவும், சில சுரங்கப்பாதைகளில் தண்ணீர் தேங்கியதால் அவை மூடப்பட்டதாகவும் போக்குவரத்து காவல்துறை தெரிவித்தது.",
        "ஒவ்வொரு ஆண்டும் இதே நிலைதான் என்றும், கால்வாய்கள் சரியான நேரத்தில் சுத்தம் செய்யப்படுவதில்லை என்றும் உள்ளூர் மக்கள் குற்றம் சாட்டினர்."],
 after=["பகிர்", "பேஸ்புக்", "ட்விட்டர்", "இதையும் படிக்கவும்", "மதுரையிலும் கனமழை எச்சரிக்கை"])
INDIC = {"hi": HI_PAGE, "bn": BN_PAGE, "ta": TA_PAGE}


@pytest.mark.parametrize("lang", ["hi", "bn", "ta"])
@pytest.mark.parametrize("target", ["any", "own", "auto"])
def test_article_in_an_indic_script_is_kept_and_its_chrome_removed(lang: str, target: str) -> None:
    d = INDIC[lang]
    langs = {"any": ("any",), "own": (lang,), "auto": ("auto",)}[target]
    text = "\n\n".join([*d["menu"], d["title"], *d["paras"], *d["after"]]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=langs))
    for p in d["paras"]:
        assert p in res.text
    kept_lines = res.text.split("\n\n")
    assert not [line for line in d["menu"] + d["after"] if line in kept_lines]
    assert ("title", "headline", d["title"]) in {(s.category, s.rule, s.text.strip()) for s in res.removed}


def test_indic_words_are_whole_words() -> None:
    words, _, prose = _feats(BN_PAGE["paras"][0], "bn")
    assert words == len(BN_PAGE["paras"][0].split()) and prose
    assert _feats("আন্তর্জাতিক", "bn")[0] == 1  # a menu item is one word, as it reads


def test_a_three_line_german_paragraph_with_one_lower_case_wrap_is_joined() -> None:
    # German capitalises its nouns: the second wrap of this paragraph falls before
    # "Reisende", so only one break goes on in lower case; every line but the last is long
    # and stops mid-sentence, which a list of items does not.
    lines = ["Ob die Pläne der Stadt aufgehen, wird sich frühestens in zwei bis drei Jahren",
             "zeigen. Bis dahin, so räumt auch der Bürgermeister ein, müssen sich die",
             "Anwohner auf weitere Baustellen einstellen."]
    blocks = segment("\n".join(lines) + "\n")
    assert len(blocks) == 1 and blocks[0].lines == 3
    items = ["Neue Radwege für die Innenstadt werden im Frühjahr gebaut",
             "zwei neue Buslinien verbinden die Vororte mit dem Bahnhof",
             "Ein Parkhaus am Stadtrand soll Pendler entlasten."]
    assert len(segment("\n".join(items[:1] + ["Kurz:"] + items[1:]) + "\n")) == 4


def test_a_paragraph_whose_wraps_all_fall_before_names_is_joined_at_the_pages_width() -> None:
    # Each line of the lead stops where a name begins ("na / Wielkiej", "Andrégo / Forfanga"):
    # no lower-case evidence in it, but the text's other paragraphs show it wrapped at 78
    # columns, and the next word would not have fitted there.
    lead = ("Dawid Kubacki zajął trzecie miejsce w niedzielnym konkursie Pucharu Świata na Wielkiej Krokwi. "
            "Zwyciężył Stefan Kraft, który wyprzedził Johanna Andrégo Forfanga o zaledwie 0,4 punktu.")
    body = [("Na trybunach pod Wielką Krokwią zasiadło blisko dwadzieścia tysięcy kibiców i mieli na co patrzeć. "
             "Po pierwszej serii Kubacki był piąty, ale w finale oddał skok na odległość 138,5 metra."),
            ("Walka o zwycięstwo rozstrzygnęła się w ostatnich skokach. Forfang prowadził po pierwszej serii, "
             "jednak w finale trafił na słabszy wiatr i wylądował na 131 metrze.")]
    text = "\n\n".join(textwrap.fill(p, 78) for p in [lead, *body]) + "\n"
    assert [b.text for b in segment(text)] == [lead, *body]
    # a list of titles in the same text, each short of the width, stays a list
    titles = ["Thurnbichler po konkursie: jestem zadowolony z Dawida", "Stoch poza finałem, co dalej",
              "Kalendarz Pucharu Świata na sezon 2024/25"]
    assert [b.text for b in segment(text + "\n" + "\n".join(titles) + "\n")][-3:] == titles


def test_a_lower_case_wrap_after_a_sentence_on_the_first_line_joins_at_the_pages_width() -> None:
    # A mail wrapped at 72 columns: the paragraph's first line ends its sentence, so the
    # group shows one lower-case wrap only, and its first line ends as a sentence does; the
    # text's other paragraphs show the width, and the second line fills it.
    para = ["Dzięki, Anno, za podniesienie tematu, bo to wraca co kilka wydań.",
            "Przejrzałem dziś rano pliki .po z modułów sc i helpcontent2 i sytuacja",
            "wygląda mniej więcej tak, jak opisałaś w pierwszej wiadomości."]
    body = [("Z tłumaczeniem słowa sheet nie ma problemu, bo arkusz jest utrwalony i nikt nie proponuje "
             "zmiany. Kłopot zaczyna się przy słowie spreadsheet, które raz jest typem dokumentu, a raz programem."),
            ("Co do skoroszytu nie zgodzę się z Piotrem. To prawda, że słowo kojarzy się z Excelem, ale "
             "użytkownicy znają je od lat i nie widzę powodu, żeby je teraz zmieniać w całym interfejsie.")]
    text = "\n\n".join(["\n".join(para), *(textwrap.fill(p, 72) for p in body)]) + "\n"
    assert [b.text for b in segment(text)] == [para[0], " ".join(para[1:]), *body]
    # without a width the page shows (no wrapped paragraph), the lines stay apart
    assert len(segment("\n".join(para) + "\n")) == 3


# Georgian letters are lower case in Unicode, but Georgian text has no capitals: a paragraph
# beginning with one does not go on from the line above it.
KA_MENU = ["* პოლიტიკა", "* ეკონომიკა", "* საზოგადოება", "* სპორტი", "მთავარი / საზოგადოება"]
KA_TITLE = "ქალაქის საბჭომ მდინარისპირა პარკის გაფართოება დაამტკიცა"
KA_BYLINE = "ავტორი: ნინო ბერიძე 27 ოქტომბერი, 2024 20:15"
KA = [
    "ქალაქის საბჭომ სამშაბათს ხმათა უმრავლესობით დაამტკიცა მდინარისპირა პარკის გაფართოების გეგმა, "
    "რომლის მიხედვითაც აღმოსავლეთ სანაპიროზე ხუთი კილომეტრის სიგრძის ბილიკი გაკეთდება.",
    "მშენებლობა მომავალი წლის გაზაფხულზე დაიწყება და მერიის შეფასებით დაახლოებით სამ წელს გასტანს, "
    "ხოლო ძველ წისქვილთან ახალი საფეხმავლო ხიდიც აშენდება.",
    "შეხვედრაზე მოსულმა მცხოვრებლებმა გეგმას მხარი დაუჭირეს, თუმცა ზოგიერთმა მეწარმემ შეშფოთება გამოთქვა, "
    "რომ მშენებლობის დროს მთავარი ქუჩა რამდენიმე თვით დაიკეტება.",
]


def test_a_georgian_paragraph_does_not_go_on_from_the_byline_above_it() -> None:
    text = "\n\n".join([*KA_MENU, KA_TITLE, KA_BYLINE, *KA, "გააზიარე: Facebook X Telegram"]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=("any",)))
    assert res.text.split("\n\n") == KA


# A Japanese paper's furniture on the text track: menus split by spaces or by the full-width
# bar, the ranking box, the access counter, the rights line, a caption closing on its source,
# the desk-and-name sign-off.
@pytest.mark.parametrize(("line", "rule"), [
    ("トップ 県内 全国 経済 スポーツ 科学 文化 おくやみ 天気", "inline_menu"),
    ("会社案内 ｜ 個人情報保護方針 ｜ リンクについて", "inline_menu"),
    ("アクセスランキング", "related_links"),
    ("アクセス数：12,345", "view_counter"),
    ("※静岡民報ニュースに掲載の記事・写真・図表などの無断転載を禁止します。", "license_notice"),
    ("触手の先端が青白く光る新種のクラゲ（研究チーム提供）", "image_caption"),
    # a city's page survey
    ("このページの情報は役に立ちましたか？", "feedback_widget"),
    ("役に立った ふつう 役に立たなかった", "feedback_widget"),
    ("このページの情報は見つけやすかったですか？ 1：見つけやすかった 2：ふつう 3：見つけにくかった", "feedback_widget"),
    ("より良いウェブサイトにするためにみなさまのご意見をお聞かせください", "feedback_widget"),
    ("ライトアップで赤く浮かび上がる宝厳院のモミジ＝21日午後5時半、京都市右京区（撮影・田中亮）", "image_caption"),
    ("（科学部・望月健太）", "byline_dateline"),
    # a paid post's cut on a blogging platform
    ("この続きをみるには", "paywall"),
    ("この続き： 3,184文字 / 画像 1枚", "paywall"),
    ("記事を購入する", "paywall"),
    # an old table layout's link back to the top of "this page"
    ("▲このページの先頭へ", "navigation"),
])
def test_a_japanese_papers_furniture(line: str, rule: str) -> None:
    res = clean_page("\n\n".join([JA[0], JA[1], line, JA[2]]).encode(), kind="text", config=Config(langs=("any",)))
    assert [(s.category, s.rule) for s in res.removed if s.text == line] == [("chrome", rule)]


@pytest.mark.parametrize("line", [
    "駿河湾の深海で新種のクラゲを発見 発光する触手、県内の研究チーム",  # a headline in two parts
    "写真は研究チームが提供した。",
])
def test_japanese_text_that_only_looks_like_furniture_stays(line: str) -> None:
    res = clean_page("\n\n".join([JA[0], JA[1], line, JA[2]]).encode(), kind="text", config=Config(langs=("any",)))
    assert line in res.text


_TA_POST = ("காவிரிக் கரையில் வளர்ந்த மூன்று தலைமுறைப் பெண்களின் கதையைச் சொல்லும் இந்த நாவல், ஆற்றின் "
            "வெள்ளமும் வறட்சியும் ஒரு குடும்பத்தின் வாழ்க்கையை எப்படி மாற்றுகின்றன என்பதை அழகாகக் காட்டுகிறது. "
            "ஆசிரியரின் மொழி எளிமையானது, ஆனால் ஒவ்வொரு அத்தியாயமும் மனதில் நீண்ட நேரம் தங்குகிறது.")
_HI_POST = ("नगर निगम ने मंगलवार को शहर के पुराने बाज़ार की सड़कों को चौड़ा करने की योजना को मंज़ूरी दे दी। "
            "अधिकारियों के अनुसार काम अगले महीने शुरू होगा और दुकानदारों को इस दौरान अस्थायी जगह दी जाएगी। "
            "व्यापारी संघ ने योजना का स्वागत किया, लेकिन मुआवज़े की राशि पर सवाल उठाए हैं।")


_MY_POST = ("ရန်ကုန်မြို့တော်ဝန်ရုံးက အင်္ဂါနေ့တွင် မြို့ထဲရှိ ဈေးဟောင်းလမ်းများကို ချဲ့ထွင်ရန် စီမံကိန်းကို "
            "အတည်ပြုခဲ့သည်။ အရာရှိများ၏ ပြောကြားချက်အရ လုပ်ငန်းကို နောက်လတွင် စတင်မည်ဖြစ်ပြီး ဆိုင်ရှင်များအား "
            "ယာယီနေရာ ပေးမည်ဖြစ်သည်။ ကုန်သည်အသင်းက စီမံကိန်းကို ကြိုဆိုသော်လည်း လျော်ကြေးငွေပမာဏကို မေးခွန်းထုတ်ခဲ့သည်။")
_ZH_POST = ("市政府周二批准了拓宽老城区市场街道的计划。据官员介绍，工程将于下个月开始，施工期间商户将获得临时摊位。"
            "商会对这一计划表示欢迎，但对补偿金额提出了疑问，希望政府在开工前公布具体标准。")


@pytest.mark.parametrize(("post", "header", "comments"), [
    # dates and times in the script's own digits, a header counting in a classifier word
    (_MY_POST, "မှတ်ချက် ၂ ခု:", ["ကိုဇော် ဇန်နဝါရီ ၁၇၊ ၂၀၂၄ ၉:၁၂ နံနက်", "ဒီသတင်းကို ကြားရတာ ဝမ်းသာပါတယ်။",
                                 "Hnin Wai ဇန်နဝါရီ ၁၈၊ ၂၀၂၄ ၈:၄၀ ညနေ", "လျော်ကြေးငွေ ဘယ်လောက်လဲ သိချင်ပါတယ်။"]),
    (_HI_POST, "प्रतिक्रियाएँ (2)", ["राकेश १२.०३.२०२४ १४:२०", "बहुत अच्छी ख़बर, काम जल्दी पूरा हो।",
                                  "सुनीता १२.०३.२०२४ १५:०५", "मुआवज़ा पहले तय होना चाहिए।"]),
    (_ZH_POST, "评论 2 条", ["王先生 2024-03-12 14:20", "终于要修路了，希望能按时完工。",
                           "李女士 2024-03-12 15:05", "补偿标准应该先定下来。"]),
    (_TA_POST, "3 கருத்துகள்:", ["ரவி 15 மார்ச், 2023 அன்று 10:15", "அருமையான அறிமுகம், இந்த நாவலை வாங்குவேன்.",
                                  "செல்வன் 15 மார்ச், 2023 அன்று 11:02", "எந்தப் பதிப்பகம் வெளியிட்டது?"]),
    (_HI_POST, "प्रतिक्रियाएँ (2)", ["राकेश 12.03.2024 14:20", "बहुत अच्छी ख़बर, काम जल्दी पूरा हो।",
                                  "सुनीता 12.03.2024 15:05", "मुआवज़ा पहले तय होना चाहिए।"]),
], ids=["my", "hi-digits", "zh", "ta", "hi"])
def test_a_counted_comment_header_in_any_script_opens_the_thread(post: str, header: str,
                                                                  comments: list[str]) -> None:
    # a word of an Indic script carries vowel signs, which are no \w: "கருத்துகள்" is one word
    text = "\n\n".join([post, header, *comments]) + "\n"
    res = clean_page(text, kind="text", config=Config(langs=("any",)))
    assert res.text.strip() == post
    assert {s.category for s in res.removed} == {"comments"}


# A page for children: every kanji with its reading, which a browser's copy prints in
# parentheses after it (the <rp> fallback).
_RUBY = [
    "北海道(ほっかいどう)の森野町(もりのちょう)で、小学生(しょうがくせい)が考(かんが)えたごみを減(へ)らすアイデアを、"
    "町(まち)が本当(ほんとう)に取(と)り入(い)れることになりました。",
    "森野町(もりのちょう)の小学校(しょうがっこう)の５年生(ねんせい)は、社会(しゃかい)の授業(じゅぎょう)で、"
    "町(まち)のごみについて調(しら)べました。まだ使(つか)えるものがたくさんありました。",
    "子(こ)どもたちは、使(つか)わなくなったおもちゃや本(ほん)を交換(こうかん)できる「ゆずりあいの棚(たな)」を"
    "作(つく)ることを考(かんが)えました。棚(たな)は、９月(がつ)から図書館(としょかん)に置(お)かれます。",
]


def test_ruby_readings_printed_in_parentheses_are_cut_and_recorded() -> None:
    from corpusclean.verify import check_page

    res = clean_page("\n\n".join(["* ニュース", "* しらべる", *_RUBY]).encode(), kind="text", config=Config(langs=("any",)))
    assert "北海道の森野町で、小学生が考えたごみを減らすアイデアを、町が本当に取り入れることになりました。" in res.text
    assert "(" not in res.text
    cut = [(s.rule, s.text) for s in res.removed if s.category == "markup"]
    assert ("ruby_reading", "(ほっかいどう)") in cut and len(cut) == sum(p.count("(") for p in _RUBY)
    rows = [{"start": s.start, "end": s.end, "text": s.text, "category": s.category, "rule": s.rule} for s in res.removed]
    assert check_page("p", res.source, res.text, rows) is None


def test_an_authors_gloss_of_one_rare_word_stays() -> None:
    text = "\n\n".join(JA[:3]) + "\n\n両者の見解には齟齬(そご)があると、担当者は会見で認めた。"
    res = clean_page(text.encode(), kind="text", config=Config(langs=("any",)))
    assert "齟齬(そご)" in res.text


SW = [("Wakazi wa kijiji cha Kamuthe katika Kaunti ya Kitui sasa wanapata maji safi karibu na nyumba zao baada "
       "ya kisima kipya kuchimbwa na kuwekewa pampu inayotumia nishati ya jua mwezi uliopita."),
      ("Mradi huo umetekelezwa na shirika lisilo la kiserikali kwa ushirikiano na serikali ya kaunti, na "
       "unatarajiwa kuhudumia familia zaidi ya mia nne katika vijiji vitatu vya jirani.")]
# The small fastText model calls this Swahili paragraph English, at 0.2.
SW_GUESSED = ("Mama Rehema Mutua, mwenye watoto watano, anasema maisha yake yamebadilika sana tangu kisima "
              "kilipofunguliwa mwezi uliopita.")


def test_a_paragraph_whose_language_was_guessed_is_read_with_the_pages_function_words() -> None:
    res = clean_page(("\n\n".join(["Habari", "Miradi", "Maji", *SW, SW_GUESSED, "Shiriki", "© 2024 Maji kwa Wote"])
                      + "\n").encode(), kind="text", config=Config(langs=("any",)))
    assert res.text == "\n\n".join([*SW, SW_GUESSED])
    assert [(s.category, s.rule) for s in res.removed][-2:] == [("chrome", "after_article"), ("chrome", "license_notice")]


# --- languages the model does not know -----------------------------------------------------

# A Hausa news page as a scraper dumps it: menu, headline, byline, four paragraphs, a related
# list and the footer. Neither language model was trained on Hausa: its paragraphs are
# guessed as Italian, Dutch, Spanish, German, each at a low score.
HA = [
    "Manoma a sassa daban-daban na Jihar Kano sun bayyana damuwarsu kan yadda farashin takin zamani "
    "ya yi tashin gwauron zabi a bana, yayin da damina ke kara kankama a yankunan karkara.",
    "Malam Sani Abdullahi, wani manomi daga karamar hukumar Dawakin Kudu, ya ce a bana zai rage "
    "yawan gonar da yake nomawa saboda ba zai iya sayen buhunan taki kamar yadda ya saba ba.",
    "Wani jami'in ma'aikatar noma ta jihar ya shaida cewa gwamnati na shirin raba taki a farashi mai "
    "rahusa ga kungiyoyin manoma, amma bai bayyana ranar da za a fara rabon ba.",
    "Masana sun ba da shawarar cewa manoma su rika amfani da takin gargajiya tare da na zamani domin "
    "rage kashe kudi, musamman a gonakin da ke kusa da gidajensu.",
]
HA_PAGE = "\n\n".join([
    "Muryar Manoma", "* Gida", "* Noma", "* Kasuwa", "* Yanayi",
    "Manoma a Kano sun koka kan tsadar takin zamani", "Yusuf Bala", "18 Jun 2025",
    *HA,
    "Karanta kuma", "Farashin masara ya fadi a kasuwar Dawanau", "Muryar Manoma © 2025",
]) + "\n"


@pytest.mark.parametrize("lang", ["any", "auto"])
def test_a_page_in_a_language_no_model_knows_keeps_its_paragraphs(lang: str) -> None:
    res = clean_page(HA_PAGE, kind="text", config=Config(langs=(lang,)))
    for p in HA:
        assert p in res.text
    assert "Farashin masara ya fadi" not in res.text
    # the page has no language to name, and says so
    assert res.metadata["lang"] == "und"
    assert not [s for s in res.removed if s.category == "language"]


def test_a_page_in_a_language_no_model_knows_is_foreign_to_an_english_target() -> None:
    # The English hint would win every paragraph over the model's scattered guesses; the
    # page has none of English's function words, so the model's own answers stand.
    res = clean_page(HA_PAGE, kind="text", config=Config(langs=("en",)))
    for p in HA:
        assert p not in res.text
        assert ("language", "foreign_language") in {(s.category, s.rule) for s in res.removed if s.text in p}
    assert res.metadata["lang"] == "und"


# A Swahili page: the model knows Swahili but is unsure of it (0.22-0.57), and the English
# hint won three of its four paragraphs; without English function words the model's own
# answers stand.
SW = [
    "Wakulima wa mahindi katika mkoa wa Ruvuma wamelalamikia bei ndogo inayotolewa na wanunuzi msimu huu, "
    "wakisema haitoshi kulipia gharama za mbolea na usafiri.",
    "Mwenyekiti wa chama cha wakulima alisema serikali inapaswa kuongeza vituo vya ununuzi karibu na vijiji "
    "ili kupunguza gharama za kusafirisha mazao hadi mjini.",
    "Hata hivyo, baadhi ya wakulima walilalamikia foleni ndefu katika vituo hivyo na ucheleweshaji wa malipo, "
    "wakisema wanasubiri wiki kadhaa kupata fedha zao.",
    "Maafisa wa kilimo wameahidi kufuatilia suala hilo na kuhakikisha kwamba malipo yanafanyika kwa wakati "
    "kabla ya msimu mpya wa kupanda kuanza mwezi ujao.",
]


def test_a_page_the_model_is_unsure_of_is_its_own_language_not_the_targets() -> None:
    page = "\n\n".join(["Habari za Kilimo", "* Nyumbani", "* Kilimo", "* Biashara",
                         "Wakulima wa Ruvuma walalamikia bei ndogo ya mahindi", *SW]) + "\n"
    res = clean_page(page, kind="text", config=Config(langs=("en",)))
    for p in SW:
        assert p not in res.text
    assert {s.lang for s in res.removed if s.category == "language"} == {"sw"}
    # with every language kept, the page is cleaned as a page
    res = clean_page(page, kind="text", config=Config(langs=("any",)))
    assert all(p in res.text for p in SW)


# English without much English prose: a parts catalogue's index lines, which the model reads
# as English without the hint too; and a template's placeholder text under an English
# introduction, whose function words make the page English prose.
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
         "laboris nisi ut aliquip ex ea commodo consequat.")
TEMPLATE = [
    "This is the demo page of our new theme, and it shows how the blocks of an article look when "
    "they are filled with text, so that you can see the spacing and the type before you write.",
    "Each of the paragraphs below is placeholder text that you can replace with your own in the "
    "editor, and the headings and the images can be changed in the same way as well.",
    LOREM, LOREM.replace("Lorem", "Duis"),
]
CATALOGUE = [
    "Pages 28-97 (Hard Copy pages 1818-1888) - Part Number Index and Cross Reference Tables",
    "Pages 98-99 (Hard Copy pages 1893-1894) - Terms & Conditions; Credit Application Forms",
    "Pages 100-101 (Hard Copy pages 1895-1896) - Measurements & Conversions for Metric Hardware",
    "Pages 207-284 (Hard Copy pages 491-568) - L, T, & Grab Handles with Mounting Brackets",
]


@pytest.mark.parametrize("paragraphs", [TEMPLATE, CATALOGUE])
def test_english_pages_without_english_prose_keep_the_hint(paragraphs: list[str]) -> None:
    res = clean_page("\n\n".join(["Placeholder Page", *paragraphs]) + "\n", kind="text",
                     config=Config(langs=("en",)))
    assert not [s for s in res.removed if s.category == "language"]
    assert paragraphs[0] in res.text and paragraphs[1] in res.text


def test_a_page_of_placeholder_text_alone_is_latin() -> None:
    res = clean_page("\n\n".join(["Placeholder Page", LOREM, LOREM.replace("Lorem", "Duis")]) + "\n",
                     kind="text", config=Config(langs=("en",)))
    assert {(s.category, s.lang) for s in res.removed if LOREM[20:60] in s.text} == {("language", "la")}


def test_unread_is_a_scatter_of_low_guesses_not_one_language_at_low_confidence() -> None:
    from corpusclean.classify.language import unread
    from corpusclean.lang.detect import Detection

    def det(lang: str, score: float) -> Detection:
        return Detection(lang, score, "model", "Latin", 120)

    assert unread([det("it", 0.35), det("nl", 0.13), det("es", 0.07), det("de", 0.13)])
    # a template's Lorem ipsum read as English at 0.4 throughout is English
    assert not unread([det("en", 0.39), det("en", 0.43), det("en", 0.52), det("en", 0.39)])
    assert not unread([det("id", 0.73), det("id", 0.17), det("id", 0.66)])
    assert not unread([det("it", 0.2)])  # one guess is no scatter


def test_pages_in_a_language_no_model_knows_are_counted(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from corpusclean.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ha.txt").write_text(HA_PAGE, encoding="utf-8")
    (raw / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "out"), "--lang", "any", "-q"])
    assert res.exit_code == 0, res.output
    stats = json.loads((tmp_path / "out" / "stats.json").read_text(encoding="utf-8"))
    assert stats["counters"]["pages_lang_unread"] == 1


ARTICLE_EN = (
    "The city council approved the plan to extend the riverside park on Tuesday evening, after a debate "
    "that lasted more than three hours and drew a crowd of residents to the town hall.\n\n"
    "Work on the new footbridge near the old mill is expected to begin next spring, and the council "
    "estimates that the whole project will take about three years to complete.\n"
)


# --- a language whose list of function words is in another script ---------------------------

# A Sorani Kurdish news page (Arabic script) as a scraper dumps it, with an English summary
# box under the article. jusText's Kurdish list is Kurmanji, in Latin letters: measured
# against it no Sorani paragraph had a function word, and the English box won the core.
CKB = [
    "فێستیڤاڵی ساڵانەی هەناری هەڵەبجە ئەمڕۆ لە پارکی شەهیدانی شارەکە بە بەشداری زیاتر لە سەد و پەنجا "
    "جووتیار دەستی پێکرد، و بۆ ماوەی سێ ڕۆژ بەردەوام دەبێت.",
    "لە فێستیڤاڵەکەدا جۆرەکانی هەناری ناوچەی هەورامان و شارەزوور نمایش دەکرێن، لەوانەش هەناری ترش و "
    "شیرین، و جووتیاران دەڵێن بەرهەمی ئەمساڵ باشتر بووە.",
    "یەکێک لە جووتیارانی گوندەکە ڕایگەیاند کە ئەوان ساڵێکی تەواو کاریان کردووە و داوا لە حکومەت دەکەن "
    "ڕێگری لە هاوردەکردنی هەنار بکات لە کاتی بەرهەمدا.",
    "بەڕێوەبەرایەتیی کشتوکاڵی هەڵەبجە ڕایگەیاند کە بەرهەمی هەنار لە پارێزگاکە ئەمساڵ گەیشتووەتە نزیکەی "
    "بیست هەزار تەن، کە بە بەراورد بە پار زیادی کردووە.",
]
CKB_PAGE = "\n\n".join([
    "ئاسۆی کوردستان", "* سەرەکی", "* هەواڵ", "* ئابووری", "* وەرزش", "فێستیڤاڵی هەناری هەڵەبجە دەستی پێکرد",
    *CKB, "Summary in English",
    "Halabja's annual pomegranate festival opened with more than 150 growers taking part. Farmers asked "
    "the government to limit imports during the harvest season.",
    "هەموو مافەکان پارێزراون © ٢٠٢٥",
]) + "\n"


def test_a_sorani_page_is_read_without_kurmanjis_function_words() -> None:
    res = clean_page(CKB_PAGE, kind="text", config=Config(langs=("any",)))
    for p in CKB:
        assert p in res.text
    assert "* ئابووری" not in res.text


def test_a_list_is_read_in_the_script_of_its_words() -> None:
    from corpusclean.lang.stopwords import stopwords_in

    assert stopwords_in("ku", "Arabic") == frozenset()  # Kurdish's list is Kurmanji, in Latin
    assert "û" in stopwords_in("ku", "Latin")
    latin_sr = stopwords_in("sr", "Latin")  # Serbian's list is Cyrillic, with its Latin words beside
    assert {"je", "da", "što"} <= latin_sr and "је" not in latin_sr
    assert stopwords_in("uk", "Latin") == frozenset()  # a few English words of a Cyrillic list are none
    assert stopwords_in("de", "") == stopwords("de")
