"""Reading an article: front matter, Markdown or plain text, wrapped lines, title and contents."""
from builder.importer.reader import read_article, take_contents, take_headline


def kinds(article):
    return [(b.kind, b.line, b.text) for b in article.blocks]


def test_front_matter_gives_the_title_and_is_left_out():
    article = read_article('---\ntitle: "Harbour Renewal: The Plan"\n---\nThe text.\n', "a.md")
    assert article.front_title == "Harbour Renewal: The Plan"
    assert article.dropped == ["front matter (lines 1-3)"]
    assert kinds(article) == [("para", 4, "The text.")]
    headline = take_headline(article)
    assert (headline.title, headline.subtitle) == ("Harbour Renewal", "The Plan")


def test_markdown_by_name_or_by_its_headings():
    assert read_article("# One\n", "a.md").markdown
    assert not read_article("# One\n", "a.txt").markdown
    assert read_article("# One\n\n## Two\n", "a.txt").markdown


def test_markdown_blocks():
    text = ("# Title\n\nFirst line of a paragraph\nwrapped onto a second line.\n\n"
            "Setext heading in sentence case\n---\n\n> quoted line\n> \u2014 Someone\n\n"
            "- [Link](http://x)\n- **bold** item\n\n![Alt text](pic.png)\n\n"
            "```\ncode\n```\n\n***\n")
    article = read_article(text, "a.md")
    assert kinds(article) == [
        ("heading", 1, "Title"),
        ("para", 3, "First line of a paragraph wrapped onto a second line."),
        ("heading", 6, "Setext heading in sentence case"),
        ("bq", 9, "quoted line \u2014 Someone"),
        ("list", 12, "Link bold item"),
        ("image", 15, "Alt text")]
    assert article.blocks[2].level == 2 and article.blocks[4].links == 1
    assert article.dropped == ["code block (lines 17-19)"]


def test_plain_text_one_line_a_paragraph_unless_wrapped():
    single = read_article("Title Line\nFirst paragraph.\nSecond paragraph.\n", "a.txt")
    assert [b.text for b in single.blocks] == ["Title Line", "First paragraph.", "Second paragraph."]
    wrapped_text = ("Title\n\n" + "this paragraph is wrapped at a narrow width so that it runs on\n" * 4
                    + "and ends here.\n")
    wrapped = read_article(wrapped_text, "a.txt")
    assert len(wrapped.blocks) == 2 and wrapped.blocks[1].text.endswith("runs on and ends here.")


def test_headline_is_taken_out_of_the_blocks():
    article = read_article("Arvenia & Kestria's Treaty: A Turning Point?\nThe text.\n", "a.txt")
    headline = take_headline(article)
    assert (headline.text, headline.title, headline.subtitle) == (
        "Arvenia & Kestria's Treaty: A Turning Point?", "Arvenia & Kestria's Treaty", "A Turning Point?")
    assert [b.text for b in article.blocks] == ["The text."]


def test_contents_list_is_taken_out_of_the_blocks():
    article = read_article("Title\n\nContents:\n1. Origins ..... 3\n2. Water Sharing.\n\nText.\n", "a.txt")
    assert take_contents(article.blocks) == ["Origins", "Water Sharing"]
    assert [b.text for b in article.blocks] == ["Title", "Text."]
    assert take_contents(article.blocks) == []
