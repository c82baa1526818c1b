"""The YAML the importer writes: every string survives as text, and the outline reads back."""
import pytest
import yaml

from builder.importer.limits import MAX_QUOTES, MAX_TEXT
from builder.importer.output import OutlineWriter, literal_lines, yaml_string
from builder.importer.structure import Section
from builder.outline.model import Quote

AWKWARD = [
    "plain", 'say "hello"', "back\\slash", "# not a comment", "key: value", "yes", "No", "null",
    "1.10", "2025-01-17", "- dash", "[list]", "{map}", "&anchor", "*alias", "!tag", "%directive",
    "| pipe", "> fold", "@at", "`tick", "  leading and trailing  ", "", "caf\u00e9 \u201cquoted\u201d \u2014 \u2026",
    "emoji \U0001f30a", "tab\there", "line\nbreak",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_yaml_string_reads_back_as_the_same_text(text):
    assert yaml.safe_load(f"value: {yaml_string(text)}") == {"value": text}


def test_yaml_string_quotes_and_escapes():
    assert yaml_string('a "b" \\ c') == '"a \\"b\\" \\\\ c"'
    assert yaml_string("caf\u00e9 \u2014") == '"caf\u00e9 \u2014"'  # not \\u escapes
    assert yaml_string("a\nb") == '"a\\nb"'


def test_literal_lines_indent_text_and_leave_blank_lines_empty():
    assert literal_lines("one\n\ntwo", 4) == ["    one", "", "    two"]


def write(sections, intro=None, dropped=None):
    writer = OutlineWriter("my article.txt", dropped if dropped is not None else [])
    return writer.write("Title: \"x\"", "Sub # title", "The Headline", intro or Section("Introduction"),
                        ["A judgment."], sections)


def test_the_outline_reads_back():
    section = Section("First: Part", paragraphs=["One sentence here is text. Another sentence here is text."],
                      quotes=[Quote("some quoted words here", "Ann Lee", "mayor", "ARV")],
                      subsections=[Section("Sub", paragraphs=["The sub section has its own words."])])
    text = write([section, Section("Second", items=["an item of the list"])],
                 intro=Section("Introduction", paragraphs=["Intro one.", "Intro two."]))
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=./outline.schema.json"
    assert lines[1].startswith("# Imported from my article.txt by the article importer")
    data = yaml.safe_load(text)
    assert (data["title"], data["subtitle"]) == ('Title: "x"', "Sub # title")
    assert data["introduction"] == "Intro one.\n\nIntro two."
    assert data["key_judgments"] == ["A judgment."]
    first, second = data["sections"]
    assert first["title"] == "First: Part"
    assert first["takeaway"] == "One sentence here is text."
    assert first["bullets"] == ["Another sentence here is text"]
    assert first["quotes"] == [{"text": "some quoted words here", "by": "Ann Lee", "role": "mayor", "via": "ARV"}]
    assert first["subsections"][0]["summary"] == "The sub section has its own words."
    assert second == {"title": "Second", "takeaway": "an item of the list.",
                      "bullets": ["an item of the list"]}
    assert data["sources"] == [{"title": "The Headline",
                                "note": "The article this outline was imported from (my article.txt)."}]
    # a blank line after every section
    assert text.count("\n\nsources:") == 1 and "\n\n  - title: \"Second\"" in text


def test_long_text_is_cut_to_the_limit_and_noted():
    dropped = []
    paragraphs = ["word " * 1000] * 3  # 5,000 characters each
    text = write([Section("Long", paragraphs=[p.strip() for p in paragraphs])], dropped=dropped)
    summary = yaml.safe_load(text)["sections"][0]["summary"]
    assert len(summary) <= MAX_TEXT and summary.count("\n\n") == 0
    assert dropped == [f"text of 'Long' cut to {MAX_TEXT:,} characters (2 paragraphs left out)"]


def test_quotes_beyond_the_limit_are_left_out_and_noted():
    dropped = []
    quotes = [Quote(f"quoted words number {i}", "Ann Lee") for i in range(MAX_QUOTES + 2)]
    section = Section("Many", paragraphs=["Text of the section is here."], quotes=quotes, extra_quotes=3)
    data = yaml.safe_load(write([section], dropped=dropped))
    assert len(data["sections"][0]["quotes"]) == MAX_QUOTES
    assert dropped == [f"5 quotes in 'Many' beyond the first {MAX_QUOTES}"]
