"""Text dumps that put every text node on a line of its own (BeautifulSoup's get_text("\\n")):
a sentence cut at its links and footnote marks is joined back, and a wiki's furniture
(contents, edit links, footnote marks) is named as such."""

from __future__ import annotations

from corpusclean.segment import segment

from .conftest import clean, rows_of

# A wiki article as get_text("\n") prints it, the text nodes' own spaces kept: the lead's
# links and bold name on lines of their own, "[", "edit", "]" after each heading, footnote
# marks split at their brackets, a contents box between the lead and the first section.
WIKI = """Common kestrel - Birdwiki

Common kestrel

From Birdwiki, the free bird encyclopedia

Jump to content

Common kestrel
Order
Falconiformes
Family
Falconidae

The␠
common kestrel
 is a small␠
bird of prey
 of the falcon family
. It hovers over open country with its tail fanned and its head still, watching the grass below for voles, and it is the raptor most often seen beside motorways in Europe.

Contents

[
hide
]

1

Description

2

Behaviour

3

Breeding

4

References

Description
[
edit
]

Adults are about thirty-five centimetres long with a wingspan of around seventy-five centimetres. The male has a grey head and tail and a chestnut back spotted with black, while the female is brown above with dark bars across the whole of her tail.
[
1
]

Behaviour
[
edit
]

The kestrel hunts by day from a perch or by hovering into the wind at a height of ten to twenty metres, dropping onto its prey with its wings half closed. Voles make up most of its diet, but in towns it takes sparrows, beetles and earthworms.
[
2
]
 In winter many northern birds move south, while those of western Europe stay near the fields where they bred.

Breeding
[
edit
]

Kestrels do not build nests of their own. They lay four to six eggs in an old crow's nest, a ledge on a cliff or a building, or a nest box put up for them, and both parents feed the chicks until they fledge at about a month old.

References
[
edit
]

^
Village, A. (1990). The Kestrel. London: Poyser.

^
Shrubb, M. (1993). The Kestrel. London: Hamlyn.

Categories
:␠
Falcons
Birds of Europe
""".replace("␠", " ")  # (a space the dump keeps at a line's end, written so that it shows)

LEAD = ("The common kestrel is a small bird of prey of the falcon family. It hovers over open country with its "
        "tail fanned and its head still")


def test_a_sentence_cut_at_its_links_is_one_paragraph_again() -> None:
    res = clean(WIKI)
    assert LEAD in res.text
    assert "In winter many northern birds move south" in res.text
    assert "Description" in res.text and "Breeding" in res.text  # the headings stay


def test_a_wikis_contents_edit_links_and_footnote_marks_are_named() -> None:
    rows = rows_of(clean(WIKI))
    contents = [t for c, r, t in rows if r == "table_of_contents"]
    # the box's title, its "[hide]" toggle between it and the entries, and the entries
    assert len(contents) == 2 and contents[0] == "Contents"
    assert contents[1].startswith("1") and contents[1].endswith("References")
    assert [t.split() for c, r, t in rows if r == "bracketed_link"] == [["[", "hide", "]"]] + [["[", "edit", "]"]] * 4
    assert [t.split() for c, r, t in rows if r == "footnote_mark"] == [["[", "1", "]"], ["[", "2", "]"]]
    assert {c for c, r, t in rows if r in ("table_of_contents", "bracketed_link", "footnote_mark")} == {"chrome"}


def test_the_stripped_variant_is_joined_too() -> None:
    """get_text("\\n", strip=True): no spaces left at the breaks; the sentence goes on in
    lower case and after punctuation, and a bracket opens or closes on its line."""
    text = ("Hedge laying\n(also called\nplashing\n, or\npleaching\nin some western counties) is the craft of "
            "cutting the stems of a hedgerow part way and bending them over so that they grow into a dense, "
            "stock-proof barrier for the animals in the field.\n[1]\n\nIt is done in winter\n, when the sap is "
            "down\n. The hedger lays each stem along the line of the hedge and weaves hazel rods along the top "
            "to hold it in place until it grows.\n")
    blocks = [b.text for b in segment(text)]
    assert blocks == [
        "Hedge laying (also called plashing, or pleaching in some western counties) is the craft of cutting the "
        "stems of a hedgerow part way and bending them over so that they grow into a dense, stock-proof barrier "
        "for the animals in the field.",
        "[1]",
        "It is done in winter, when the sap is down. The hedger lays each stem along the line of the hedge and "
        "weaves hazel rods along the top to hold it in place until it grows.",
    ]


def test_lines_of_a_text_without_the_signature_stay_lines() -> None:
    """A list in lower case (a recipe's ingredients) or a line ending in a space is no
    inline split where no line of the text opens with a full stop or a comma."""
    text = "Ingredients\n2 cups flour \nbaking soda\nsalt to taste\n\nMix everything in a bowl.\n"
    assert [b.text for b in segment(text)] == ["Ingredients", "2 cups flour", "baking soda", "salt to taste",
                                              "Mix everything in a bowl."]


def test_code_in_a_split_dump_keeps_its_lines() -> None:
    """Indented lines are code (a <pre> keeps its newlines): never joined, even where the
    page shows the signature."""
    text = ("Call the \nclient\n. Then pass it to \nrun\n, as below:\n\nresult = run(\n    client,\n    "
            "retries=3,\n)\n")
    blocks = [b.text for b in segment(text)]
    assert blocks[0] == "Call the client. Then pass it to run, as below:"
    assert blocks[1:] == ["result = run(", "client,", "retries=3,", ")"]


def test_a_menu_printed_twice_is_no_table_of_contents() -> None:
    """A header menu printed again in the footer names its items in the same order, but no
    section of prose follows its copies: both copies stay menus, neither a contents box."""
    menu = ["News", "Sport", "Culture", "Weather"]
    body = ("The council met on Tuesday to discuss the budget for next year, and the members agreed after a long "
            "debate that the library will stay open on Sundays through the winter.")
    res = clean("\n\n".join([*menu, body, body.replace("Tuesday", "Friday").replace("library", "pool"), *menu]) + "\n")
    assert not [t for c, r, t in rows_of(res) if r == "table_of_contents"]


def test_a_forum_threads_post_lines_are_no_table_of_contents() -> None:
    """Each post prints its poster's lines, "Re: <title>" and "Quote" above what it says:
    lines printed again in order with prose after them, as a contents box's headings are,
    but on every post, and a poster's lines one after another."""
    posts = [
        ("anna_k", "Posts: 666", "Joined: Fri 3 Mar 2017",
         "We bought an old timber house in the hills two years ago and have been restoring it room by room ever "
         "since, mostly at weekends and with a lot of help from the neighbours."),
        ("joe_carpenter", "Posts: 2430", "Joined: Tue 19 May 2020",
         "The sill beams and the roof decide whether you have bought a cottage or an expensive pile of wood, so "
         "look at those first and at everything else later."),
        ("zuzana_m", "Posts: 310", "Joined: Wed 8 Nov 2023",
         "Lovely work! Could you write more about the moss between the logs? Where did you gather it and how did "
         "you dry it before you used it on the walls?"),
        ("anna_k", "Posts: 666", "Joined: Fri 3 Mar 2017",
         "We bought the moss from a man up north who gathers it with a permit, and dried it in the attic for "
         "about a month before we packed it in."),
    ]
    lines = []
    for n, (user, count, joined, text) in enumerate(posts):
        title = "Restoring an old timber house" if n == 0 else "Re: Restoring an old timber house"
        lines += [user, count, joined, title, "Quote", f"by {user} » Mon 15 Apr 2024 21:0{n}", text]
    res = clean("\n".join(lines) + "\n", langs=("any",))
    assert not [r for r in rows_of(res) if r[1] == "table_of_contents"]


def test_a_related_box_between_sections_ends_at_the_heading_the_contents_name() -> None:
    """A one-link box set between two sections ("Read also" / <headline>) is a related list;
    the article's next heading under it, which the page's table of contents names, is not
    another of its headlines."""
    para = ("The frame goes up in an afternoon and holds two shelves, and nothing in it needs a drill, so the "
            "walls of a rented flat stay as the landlord left them.")
    steps = ("Paint both posts first and let them dry overnight, then mark the height of each shelf with a level "
             "before you fix the brackets to the posts.")
    warning = ("Check the ceiling before you start: a hollow ceiling will not hold the posts, and the frame must "
               "then stand against a wall with a strap to keep it from tipping.")
    text = "\n\n".join(["Contents", "1. What you need", "2. How to build it", "3. Before you start",
                        "What you need", para, "Read also", "Ten shelves you can build in an afternoon",
                        "How to build it", steps, "Before you start", warning]) + "\n"
    rows = rows_of(clean(text))
    assert ("chrome", "related_list", "Ten shelves you can build in an afternoon") in rows
    res = clean(text)
    for kept in ("How to build it", steps, "Before you start", warning):
        assert kept in res.text
