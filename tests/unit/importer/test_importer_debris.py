"""Page debris: captions, link lists, bylines, calls to comment and lines after the article's end."""
from builder.importer.debris import caption_kind, drop_calls_to_comment, is_link_list, strip_debris
from builder.importer.reader import Block


def para(line: int, text: str) -> Block:
    return Block("para", [(line, text)])


def listing(first_line: int, *items: str, links: int = 0) -> Block:
    return Block("list", [(first_line + i, t) for i, t in enumerate(items)], links=links)


ARTICLE_TEXT = "The river treaty was signed in the spring after a decade of talks between the two sides."


def test_caption_kinds():
    assert caption_kind("Map of Kestria - Guide of the World", trailing=False) == "map caption"
    assert caption_kind("Photo: the new dam at dawn", trailing=False) == "image caption"
    assert caption_kind("Source: Reuters", trailing=False) == "caption"
    assert caption_kind("The Dam at Dawn | Arvenia Times", trailing=False) == "caption"
    # a ' - ' join is a caption only when its second half names a site or a picture library
    assert caption_kind("The treaty - a new start", trailing=False) is None
    assert caption_kind("The treaty - Reuters", trailing=False) == "caption"


def test_ordinary_lines_are_captions_only_after_the_articles_end():
    assert caption_kind("Weather in the valley", trailing=False) is None
    assert caption_kind("Weather in the valley", trailing=True) == "trailing line"


def test_link_lists():
    assert is_link_list(listing(1, "Sorell River Map", "Kestria Travel Guide", "Arvenia Weather Today"))
    # sentences, or fewer than three items, are content
    assert not is_link_list(listing(1, "Farmers lost their crops.", "Prices rose.", "Towns emptied."))
    assert not is_link_list(listing(1, "Sorell River Map", "Kestria Travel Guide"))
    # lower-case items are content
    assert not is_link_list(listing(1, "more water in spring", "less in summer", "none in autumn"))
    # mostly Markdown links, however few
    assert is_link_list(listing(1, "Tide Tables", "the harbour office", links=1))


def test_calls_to_comment_are_cut_out_of_their_paragraph():
    dropped = []
    blocks = drop_calls_to_comment(
        [para(3, "The dam opened in May. Share your thoughts in the comments below."),
         para(5, "What do you think?")], dropped)
    assert [(b.line, b.text) for b in blocks] == [(3, "The dam opened in May.")]
    assert dropped == [
        "comment call-to-action 'Share your thoughts in the comments below.' (line 3)",
        "comment call-to-action 'What do you think?' (line 5)"]


def test_a_call_to_comment_inside_a_quotation_stays():
    dropped = []
    text = '"Tell us what you think of the plan," the mayor said to the crowd.'
    assert drop_calls_to_comment([para(1, text)], dropped)[0].text == text
    assert dropped == []


def test_strip_debris_leaves_out_and_lists_what_is_not_the_article():
    dropped = []
    blocks = [para(1, "By Jane Doe"),
              para(2, ARTICLE_TEXT),
              Block("image", [(3, "Aerial view of the dam")]),
              listing(4, "Sorell River Map", "Kestria Travel Guide", "Arvenia Weather Today"),
              para(8, "Map of the Sorell Basin - Atlas of the Rivers"),
              para(9, ARTICLE_TEXT),
              para(10, "Weather in the valley")]
    kept = strip_debris(blocks, set(), dropped)
    assert [b.line for b in kept] == [2, 9]
    assert dropped == [
        "byline 'By Jane Doe' (line 1)",
        "image 'Aerial view of the dam' (line 3)",
        "link list of 3 items after line 2: 'Sorell River Map', 'Kestria Travel Guide', "
        "'Arvenia Weather Today'",
        "map caption 'Map of the Sorell Basin - Atlas of the Rivers' (line 8)",
        # a line after the article's last paragraph is debris, whatever it says
        "trailing line 'Weather in the valley' (line 10)"]


def test_a_table_of_contents_heading_is_never_a_caption():
    heading = "Maps - A Guide of the World"
    assert strip_debris([para(1, heading), para(2, ARTICLE_TEXT)], set(), []) == [para(2, ARTICLE_TEXT)]
    kept = strip_debris([para(1, heading), para(2, ARTICLE_TEXT)], {"maps - a guide of the world"}, [])
    assert [b.text for b in kept] == [heading, ARTICLE_TEXT]


def test_short_lines_after_the_end_are_trailing_debris():
    dropped = []
    wrapped = Block("para", [(5, "Related:"), (6, "more here")])
    kept = strip_debris([para(1, ARTICLE_TEXT), wrapped], set(), dropped)
    assert kept == [para(1, ARTICLE_TEXT)]
    assert dropped == ["trailing line 'Related: more here' (line 5)"]
