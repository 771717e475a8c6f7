"""Where the article's core starts and ends (classify/core.py) on text-track pages: image
credits inside it."""

from __future__ import annotations

from .conftest import clean, rows_of


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


MENU = ["Home", "News", "Astronomy", "Telescopes", "Contact"]
P2 = ("The jury will meet in April and announce the winners in May, and every child who sends in "
      "a poster will receive a small present and an invitation to the exhibition.")


CREDITS = [f"Photo https://example.org/media/photos/{n} © Example Events 2025" for n in range(4)]


def test_image_credits_inside_a_list_article_do_not_cut_it_off() -> None:
    items = [(f"{n + 1}. Example Conference {n + 1}",
              f"The conference number {n + 1} brings together engineers and researchers for three days "
              "of talks, workshops and a large exhibition of the newest products and ideas.")
             for n in range(4)]
    parts: list[str] = []
    for (title, text), credit in zip(items, CREDITS, strict=True):
        parts += [title, text, credit]
    res = clean(page(*MENU, *parts, "Related posts"))
    for _, text in items:
        assert text in res.text
    for credit in CREDITS:
        assert credit not in res.text
        assert ("chrome", "image_caption", credit) in rows_of(res)


def test_a_sentence_about_the_copyright_sign_is_no_credit() -> None:
    line = ("The © sign was introduced in 1909, and the council's archive still stamps it on every "
            "photograph it lends to the newspapers.")
    res = clean(page(*MENU, line, P2, "Share this:"))
    assert line in res.text
