"""An organisation's box under a press release ("About <name>" and a paragraph that opens
with the name), and the release's contact lines after it, in the languages of
vocabulary.ABOUT_ORG: chrome (author_bio, after_article); the release itself stays."""

from __future__ import annotations

import pytest

from corpusclean import Config, clean_page

ANY = Config(langs=("any",))

# language -> (headline, article paragraphs, about heading, about paragraph, contact lines)
RELEASES: dict[str, tuple[str, list[str], str, str, list[str]]] = {
    "de": (
        "Stadtwerke Kielhafen bauen Wärmespeicher am Hafen",
        ["Kielhafen, 12. März 2026 – Die Stadtwerke Kielhafen haben am Dienstag mit dem Bau eines großen "
         "Wärmespeichers am Ostufer des Hafens begonnen, der ab dem kommenden Winter die Fernwärme der Stadt "
         "stabiler und günstiger machen soll.",
         "Der Speicher fasst rund 40.000 Kubikmeter Wasser und kann die Wärme aus dem Heizkraftwerk für mehrere "
         "Tage aufnehmen, sodass die Kessel in den Spitzenzeiten seltener mit Erdgas befeuert werden müssen.",
         "Nach Angaben des Unternehmens sinken die Emissionen der Fernwärme dadurch um etwa ein Fünftel, und die "
         "Kosten für die Kundinnen und Kunden sollen in den nächsten Jahren stabil bleiben."],
        "Über die Stadtwerke Kielhafen",
        "Die Stadtwerke Kielhafen versorgen rund 120.000 Menschen in der Region mit Strom, Wärme und Wasser und "
        "beschäftigen etwa 900 Mitarbeiterinnen und Mitarbeiter.",
        ["Pressekontakt", "Jana Ohlsen, Pressesprecherin", "Telefon: 0431 555 1020", "E-Mail: presse@swk.example"],
    ),
    "es": (
        "La Consejería abre las ayudas para placas solares en comunidades de vecinos",
        ["Almería, 9 de marzo de 2026. La Consejería de Transición Ecológica y Territorio ha abierto este lunes el "
         "plazo para solicitar las ayudas destinadas a instalar placas solares en los tejados de las comunidades "
         "de propietarios de la provincia.",
         "Las ayudas cubren hasta el 40 % del coste de la instalación y se concederán por orden de llegada hasta "
         "agotar el presupuesto de doce millones de euros, según ha explicado la consejera en la presentación.",
         "Además, las comunidades podrán solicitar un anticipo del 30 % de la ayuda para empezar las obras antes "
         "del verano, cuando la producción de las placas es mayor."],
        "Sobre la Consejería de Transición Ecológica y Territorio",
        "La Consejería de Transición Ecológica y Territorio es el departamento de la Junta responsable de la "
        "política energética, el medio ambiente y la ordenación del territorio.",
        ["Contacto para medios", "Gabinete de Comunicación", "Tel.: 950 555 210"],
    ),
    "pl": (
        "Przewozy Nadwiślańskie uruchamiają nowe połączenie do Torunia",
        ["Bydgoszcz, 2 marca 2026 r. Od czerwca pociągi spółki Przewozy Nadwiślańskie będą kursować co godzinę "
         "między Bydgoszczą a Toruniem, a w godzinach szczytu co pół godziny, co skróci czas oczekiwania dla "
         "tysięcy osób dojeżdżających do pracy.",
         "Na trasę wyjadą nowe pociągi elektryczne, które zabierają na pokład ponad dwustu pasażerów i mają "
         "miejsca na rowery, a bilety będzie można kupić także w aplikacji przewoźnika.",
         "Przed uruchomieniem połączenia przewoźnik zaprasza mieszkańców na dni otwarte, podczas których będzie "
         "można obejrzeć nowe pociągi i porozmawiać z maszynistami."],
        "O spółce Przewozy Nadwiślańskie",
        "Przewozy Nadwiślańskie sp. z o.o. to regionalny przewoźnik kolejowy, którego właścicielem jest samorząd "
        "województwa, obsługujący ponad trzydzieści połączeń dziennie.",
        ["Kontakt dla mediów", "Agnieszka Dąbrowska, rzeczniczka prasowa", "tel. +48 52 344 18 70"],
    ),
    "zh": (
        "海川大学研发可降解渔网新材料",
        ["本报讯 海川大学材料科学与工程学院的研究团队近日研发出一种可在海水中自然降解的渔网新材料，相关成果已发表在国际期刊上，"
         "有望减少海洋中废弃渔具造成的污染。",
         "研究人员介绍，这种材料在使用期间的强度与传统尼龙渔网相当，但在海水中浸泡两年后即可逐步分解，不会留下微塑料。"
         "目前，该技术已申请国家发明专利六项，并与省内两家企业签订了技术转化协议。",
         "据悉，学校下一步将联合海洋与渔业部门，在沿海养殖区开展新材料渔具的示范应用，系统评估其使用效果和经济效益。"],
        "关于海川大学",
        "海川大学是一所以工科为优势、多学科协调发展的省属重点大学，创建于1958年，现有全日制在校生三万二千余人。",
        ["新闻联系人：王老师", "电话：0571-5550-1234"],
    ),
    "ko": (
        "누리에너지솔루션, 사용 후 배터리 재활용 공장 준공",
        ["누리에너지솔루션은 12일 충북 오창에 연간 2만 톤 규모의 사용 후 배터리 재활용 공장을 준공했다고 밝혔다. "
         "이 공장은 전기차에서 나온 배터리를 진단해 재사용하거나 핵심 광물을 회수하는 시설이다.",
         "회사 측은 새 공장이 본격 가동되면 리튬과 니켈, 코발트 등 주요 광물의 회수율이 95퍼센트 이상에 이를 것으로 "
         "내다봤다. 회수한 광물은 국내 배터리 제조사에 공급할 계획이다.",
         "대표이사는 준공식에서 사용 후 배터리는 버려지는 자원이 아니라 새로운 자원이라며 앞으로 해외 시장에도 "
         "진출하겠다고 말했다."],
        "누리에너지솔루션 소개",
        "누리에너지솔루션은 2017년 설립된 배터리 재활용 전문 기업으로, 사용 후 배터리 진단과 재사용 기술을 보유하고 있다.",
        ["홍보팀 김지현", "전화 02-555-0192"],
    ),
}


def _page(headline: str, paragraphs: list[str], heading: str, about: str, contacts: list[str]) -> str:
    return "\n\n".join(["Home | News | Press | Contact", "Press releases", headline, *paragraphs,
                        heading, about, *contacts]) + "\n"


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_an_organisations_box_under_a_release_is_chrome(lang: str) -> None:
    headline, paragraphs, heading, about, contacts = RELEASES[lang]
    res = clean_page(_page(headline, paragraphs, heading, about, contacts), kind="text", config=ANY)
    for p in paragraphs:
        assert p in res.text
    assert about not in res.text and heading not in res.text
    rules = {s.rule for s in res.removed if about in s.text or heading in s.text}
    assert rules == {"author_bio"}
    assert contacts[-1] not in res.text


# Article sections that look like the box and are not: "About the project" names no one
# (the article's own closing section), and a paragraph under "Über Kiel" that does not open
# with "Kiel" is no description of it.
SECTIONS = {
    "unnamed": ("How the harbour heat store works", [
        "The city's utility began building a large heat store on the east bank of the harbour on Tuesday, "
        "which is meant to make district heating steadier and cheaper from next winter on.",
        "The tank holds about 40,000 cubic metres of water and can take up the heat from the power plant for "
        "several days, so that the boilers burn gas less often at peak times."],
        "About the project", "The project is paid for by the utility and a federal grant, and the work is "
        "planned to take two years, with the first heat stored in the autumn of 2027.", ["Share this article"]),
    "not_opening_with_the_name": ("Ein Wochenende an der Förde", [
        "Wer an einem sonnigen Wochenende nach Kiel fährt, sollte den Samstag am Wasser verbringen und früh "
        "aufbrechen, denn die Fähren über die Förde sind schon am Vormittag voll besetzt.",
        "Am Abend lohnt sich ein Spaziergang über die Kiellinie bis zum Leuchtturm, wo die großen Fähren nach "
        "Skandinavien auslaufen und die Sonne hinter dem Ostufer untergeht."],
        "Über Kiel", "Wer mehr über die Geschichte der Stadt wissen will, findet im Schifffahrtsmuseum am "
        "Hafen eine gute Ausstellung über die Werften und die Marine.", ["Artikel teilen"]),
}


@pytest.mark.parametrize("case", sorted(SECTIONS))
def test_a_section_of_the_article_under_an_about_heading_stays(case: str) -> None:
    headline, paragraphs, heading, section, after = SECTIONS[case]
    res = clean_page(_page(headline, paragraphs, heading, section, after), kind="text", config=ANY)
    assert heading in res.text and section in res.text


def test_the_box_with_its_profile_as_a_padded_table_is_chrome() -> None:
    # A text dump prints the organisation's profile under its box as a table in padded
    # columns ("会社名      株式会社北斗精機"). The core takes a table under the article in; the
    # profile's rows do not push the box out of the core's last blocks.
    headline, paragraphs, heading, about, _ = RELEASES["de"]
    profile = "\n".join(f"    {k:<20}{v}" for k, v in (
        ("Firma", "Stadtwerke Kielhafen GmbH"), ("Sitz", "Kielhafen, Hafenstraße 12"), ("Gründung", "1898"),
        ("Geschäftsführung", "Dr. Maren Stolz"), ("Beschäftigte", "rund 900"), ("Umsatz 2025", "412 Mio. Euro"),
        ("Kunden", "120.000 Haushalte")))
    text = "\n\n".join(["Home | News | Press | Contact", headline, *paragraphs, heading, about, profile,
                        "Teilen", "© 2026 Stadtwerke Kielhafen"]) + "\n"
    res = clean_page(text, kind="text", config=ANY)
    for p in paragraphs:
        assert p in res.text
    assert about not in res.text and "Dr. Maren Stolz" not in res.text
    assert {s.rule for s in res.removed if about in s.text or heading in s.text} == {"author_bio"}
