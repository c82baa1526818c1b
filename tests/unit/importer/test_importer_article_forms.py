"""Markdown as articles are written: setext headings, pipe tables, bylines, quotations followed
by who said them, links, and lists before the first heading."""
import pytest
import yaml

from builder.importer import import_article

BODY = "Moscow and Tehran have worked on the treaty for years, and the text of it is long.\n"


def imported(text: str):
    result = import_article(text, "a.md")
    return yaml.safe_load(result.outline_yaml), list(result.dropped)


@pytest.mark.parametrize("wrapped", [False, True])
def test_setext_headings_are_headings(wrapped):
    prose = ("Moscow and Tehran have worked\non the treaty for years, and the\ntext of it is long.\n"
             if wrapped else BODY)
    outline, _ = imported(f"Russia and Iran Sign a Pact\n===========================\n\n"
                          f"The Genesis\n-----------\n\n{prose}\nThe Outlook\n---\n\n{prose}")
    assert outline["title"] == "Russia and Iran Sign a Pact"
    assert [s["title"] for s in outline["sections"]] == ["The Genesis", "The Outlook"]


def test_a_rule_after_a_blank_line_is_not_an_underline():
    outline, _ = imported(f"# Title\n\n## First\n\n{BODY}\n---\n\n{BODY}")
    assert [s["title"] for s in outline["sections"]] == ["First"]


TABLE = "| Year | Event |\n| --- | :---: |\n| 2001 | First treaty |\n| 2025 | New **pact** |\n"


def test_a_pipe_table_becomes_the_sections_table():
    outline, _ = imported(f"# Title\n\n## Dates\n\n{BODY}\n{TABLE}")
    assert outline["sections"][0]["table"] == {
        "columns": ["Year", "Event"], "rows": [["2001", "First treaty"], ["2025", "New pact"]]}
    assert "bullets" not in outline["sections"][0] or all(
        "|" not in b for b in outline["sections"][0]["bullets"])


def test_table_rows_are_fitted_to_the_header_and_a_second_table_is_named():
    table = "| A | B | C |\n|---|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n"
    outline, dropped = imported(f"# Title\n\n## Dates\n\n{BODY}\n{table}\n{TABLE}")
    assert outline["sections"][0]["table"]["rows"] == [["1", "2", ""], ["1", "2", "3"]]
    assert any(d.startswith("table at line 12 (a section takes one table") for d in dropped)


def test_bars_without_a_rule_row_are_text():
    outline, dropped = imported(f"# Title\n\n## Dates\n\n{BODY}\n| not | a table |\n")
    assert "table" not in outline["sections"][0]
    assert "caption '| not | a table |' (line 7)" in dropped  # a one-line text, as before


@pytest.mark.parametrize("quotation, by, role", [
    ('> "We will finish the treaty this year, whatever happens," said Alexei Likhachev, head '
     'of Rosatom.', "Alexei Likhachev", "head of Rosatom"),
    ("> \u201cWe will finish the treaty this year, whatever happens,\u201d said Alexei "
     "Likhachev.", "Alexei Likhachev", ""),
    ('> "We will finish the treaty this year," Alexei Likhachev, the head of Rosatom, said.',
     "Alexei Likhachev", "head of Rosatom"),
    ('> "We will finish the treaty this year, whatever happens."\n> \u2014 Alexei Likhachev, '
     'head of Rosatom', "Alexei Likhachev", "head of Rosatom"),
])
def test_a_block_quotation_followed_by_who_said_it_has_its_speaker(quotation, by, role):
    outline, _ = imported(f"# Title\n\n## Section\n\n{BODY}\n{quotation}\n")
    quote = outline["sections"][0]["quotes"][0]
    assert (quote["by"], quote.get("role", "")) == (by, role)
    assert quote["text"].startswith("We will finish the treaty this year")
    assert "said" not in quote["text"] and not quote["text"].endswith(",")


@pytest.mark.parametrize("byline, author, date", [
    ("By Jane Doe | March 3, 2025", "Jane Doe", "March 3, 2025"),
    ("By Jane Doe, 3 March 2025", "Jane Doe", "3 March 2025"),
    ("By Jane Doe \u2014 2025-03-03", "Jane Doe", "2025-03-03"),
    ("By Jane Doe and John Roe\n\nPublished March 3, 2025", "Jane Doe and John Roe",
     "March 3, 2025"),
    ("Written by Jane Doe", "Jane Doe", None),
])
def test_a_byline_fills_author_and_date(byline, author, date):
    outline, dropped = imported(f"# Russia and Iran\n\n{byline}\n\n## Section\n\n{BODY}")
    assert outline["author"] == author and outline.get("date") == date
    assert not any("Jane" in d for d in dropped)


@pytest.mark.parametrize("line", ["By 2030, the treaty will have been in force for years.",
                                  "By the way, the treaty is long and has many articles."])
def test_a_sentence_starting_with_by_is_not_a_byline(line):
    outline, _ = imported(f"# Title\n\n## Section\n\n{line}\n\n{BODY}")
    assert "author" not in outline


def test_list_items_before_the_first_heading_are_named_as_left_out():
    _, dropped = imported(f"# Title\n\n- An early item\n- Another early item\n\n## Section\n\n{BODY}")
    assert "list item before the first section 'An early item'" in dropped
    assert "list item before the first section 'Another early item'" in dropped


def test_a_table_cell_that_reads_as_markup_is_kept_as_typed():
    table = "| Term | Note |\n| --- | --- |\n| 2*3 | see [@x] |\n"
    outline, _ = imported(f"# Title\n\n## Dates\n\n{BODY}\n{table}")
    from builder.outline.markup import inline  # the cell reads back as the words typed
    from builder.diagnostics import Collector

    cells = outline["sections"][0]["table"]["rows"][0]
    assert [str(inline(c, None, Collector())) for c in cells] == ["2*3", "see [@x]"]


def test_a_sections_takeaway_is_its_own_not_its_sub_sections():
    outline, _ = imported(f"# Title\n\n## Section\n\n### Sub\n\n{BODY}")
    section = outline["sections"][0]
    assert "takeaway" not in section
    assert section["subsections"][0]["takeaway"] == BODY.strip()
