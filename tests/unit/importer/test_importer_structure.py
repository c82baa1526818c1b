"""Sections and sub-sections from a table of contents, Markdown headings or plain heading lines."""
import pytest

from builder.importer.limits import MAX_SUBSECTIONS
from builder.importer.reader import Block
from builder.importer.structure import Section, contents_match, outline_sections

TEXT = "The water board met twice a year to share out the river between the two towns."


def para(line: int, text: str = TEXT) -> Block:
    return Block("para", [(line, text)])


def heading(line: int, text: str, level: int) -> Block:
    return Block("heading", [(line, text)], level=level)


def tree(sections: list[Section]) -> list[tuple[str, list[str]]]:
    return [(s.title, [c.title for c in s.subsections]) for s in sections]


def test_contents_match():
    sections = [Section("Origins of the Sorell Agreement"), Section("Water Sharing and Seasonal Flows")]
    assert contents_match("ORIGINS of the Sorell Agreement!", sections, set()) == 0
    assert contents_match("Origins of the Sorell Agreement", sections, {0}) is None
    # one the start of the other, both three words or more
    assert contents_match("Water Sharing and Seasonal Flows in Winter", sections, set()) == 1
    assert contents_match("Water Sharing", sections, set()) is None
    assert contents_match("Something Else Entirely Here", sections, set()) is None


def test_contents_entries_are_the_sections_and_other_headings_sub_sections():
    dropped = []
    blocks = [para(1, "An opening paragraph that is the introduction of the article."),
              heading(2, "A Heading Too Early", 2), para(3),
              para(4, "Origins of the Agreement"), para(5),
              para(6, "The Drought Years"), para(7),
              para(8, "Water Sharing Rules"), para(9)]
    intro, sections = outline_sections(
        blocks, ["Origins of the Agreement", "Water Sharing Rules", "Monitoring and Data Stations"],
        markdown=False, dropped=dropped)
    assert tree(sections) == [("Origins of the Agreement", ["The Drought Years"]),
                              ("Water Sharing Rules", [])]
    assert intro.paragraphs == ["An opening paragraph that is the introduction of the article.", TEXT]
    assert sections[0].line == 4 and sections[0].subsections[0].line == 6
    assert dropped == [
        "heading before the first section 'A Heading Too Early' (line 2)",
        "table-of-contents entry 'Monitoring and Data Stations' (no heading for it in the text; left out)"]


def test_markdown_levels_one_and_two_are_sections():
    dropped = []
    blocks = [para(1), heading(2, "Why", 1), para(3), heading(4, "The Storm", 3), para(5),
              heading(6, "Empty Sub", 3), heading(7, "Next", 2), para(8), heading(9, "Nothing", 2)]
    intro, sections = outline_sections(blocks, [], markdown=True, dropped=dropped)
    assert tree(sections) == [("Why", ["The Storm"]), ("Next", [])]
    assert intro.paragraphs == [TEXT]
    assert dropped == ["empty heading 'Empty Sub' (line 6; no text under it)",
                       "empty heading 'Nothing' (line 9; no text under it)"]


def test_plain_heading_lines_are_sections_and_their_text_follows():
    blocks = [para(1), para(2, "A Long Campaign"), para(3), Block("list", [(4, "one"), (5, "two")]),
              para(6, "What Happens Next"), para(7)]
    intro, sections = outline_sections(blocks, [], markdown=False, dropped=[])
    assert tree(sections) == [("A Long Campaign", []), ("What Happens Next", [])]
    assert sections[0].items == ["one", "two"]
    assert sections[1].paragraphs == [TEXT]


def test_an_article_without_headings_is_one_overview():
    intro, sections = outline_sections([para(1), para(2)], [], markdown=False, dropped=[])
    assert tree(sections) == [("Overview", [])]
    assert sections[0].paragraphs == [TEXT, TEXT]
    assert intro.paragraphs == []


def test_quotes_are_collected_and_the_introductions_go_to_the_first_section():
    blocks = [para(1, '"We never gave up on the railway at all," said Joan Pike.'),
              para(2, "A Long Campaign"),
              para(3, 'Residents met monthly. "The trains will run again by May," said Joan Pike.'),
              Block("bq", [(4, "The railway is the valley's lifeline \u2014 Ann Lee")])]
    intro, sections = outline_sections(blocks, [], markdown=False, dropped=[])
    assert [q.by for q in sections[0].quotes] == ["Joan Pike", "Joan Pike", "Ann Lee"]
    # the block quotation is in the summary, marked as an aside (no bullets from it)
    assert sections[0].paragraphs[1] == "\u201cThe railway is the valley's lifeline\u201d \u2014 Ann Lee"
    assert sections[0].asides == {1}


def test_sub_sections_beyond_the_limit_are_folded_into_their_section():
    blocks = [heading(1, "Top", 2), para(2)]
    for i in range(MAX_SUBSECTIONS + 2):
        blocks += [heading(10 + 2 * i, f"Sub {i}", 3), para(11 + 2 * i, f"Text of sub {i}.")]
    _, sections = outline_sections(blocks, [], markdown=True, dropped=[])
    assert len(sections[0].subsections) == MAX_SUBSECTIONS
    assert sections[0].paragraphs == [TEXT, f"Text of sub {MAX_SUBSECTIONS}.",
                                      f"Text of sub {MAX_SUBSECTIONS + 1}."]


def test_no_text_at_all_is_refused():
    with pytest.raises(ValueError):
        outline_sections([heading(1, "Only a Heading", 2)], [], markdown=True, dropped=[])
