"""Emphasis and links from an article into the outline's marked fields: Markdown read into styled
words, carried through sentences and cuts, written back with backslashes only where needed."""
import pytest

from builder.diagnostics import Collector
from builder.importer.marked import longest, marked, outline_markup
from builder.importer.sentences import clip
from builder.importer.styled import carry, from_markdown
from builder.importer.wording import as_bullet, as_takeaway
from builder.outline.markup import inline


def read(value: str):
    """What the outline makes of a marked field: its words and their faces."""
    text = inline(value, None, Collector())
    return str(text), [(r.text, r.bold, r.italic, r.link) for r in text.runs if not r.plain]


def imported(markdown: str) -> str:
    return outline_markup(from_markdown(markdown))


@pytest.mark.parametrize("markdown, written", [
    ("a **bold** and *italic* claim", "a **bold** and *italic* claim"),
    ("a __bold__ and _italic_ claim", "a **bold** and *italic* claim"),
    ("see [the treaty](https://example.org/t) or [mail](mailto:a@example.org)",
     "see [the treaty](https://example.org/t) or [mail](mailto:a@example.org)"),
    ("***both*** ways", "***both*** ways"),
    ("un**believ**able", "un**believ**able"),
    ("[**strong** link](https://x.org)", "[**strong** link](https://x.org)"),
    ("**bold [link](http://a.b) end**", "**bold [link](http://a.b) end**"),
])
def test_markdown_emphasis_and_web_links_are_kept(markdown, written):
    assert imported(markdown) == written


@pytest.mark.parametrize("markdown, words", [
    ("the [annex](annex.html) here", "the annex here"),
    ("the [viewer](javascript:alert(1)) here", "the viewer here"),
    ("the [report][ref] here", "the report here"),
    ("an ![aerial *view*](x.png) here", "an aerial view here"),
    ("some `code *x*` here", "some code *x* here"),
    ("some <b>tags</b> here", "some tags here"),
])
def test_other_links_images_code_and_html_become_their_words(markdown, words):
    assert read(imported(markdown)) == (words, [])


def test_an_unclosed_marker_is_text_and_stays_as_typed():
    assert str(from_markdown("**unclosed and *half")) == "**unclosed and *half"
    assert read(imported("**unclosed and *half")) == ("**unclosed and *half", [])
    assert read(imported("**open** and **shut")) == ("open and **shut", [("open", True, False, "")])


@pytest.mark.parametrize("typed", [
    "a literal * star", "5 * 3 * 2", "a *starred* word", "x*y*z", "_emphasis-like_",
    "snake_case_name", "a note [@x] here", "cited [@a; @b]", "a [a](b) link",
    "a [a](https://x.org) link", "C:\\path\\*", "a \\ backslash", "\\*", "**bold**", "***b***",
    "[see note]", "<b>tag</b> &amp;", "un**believ**able", "a] b [c", "__init__",
])
def test_plain_text_reads_back_as_typed(typed):
    assert read(outline_markup(typed)) == (typed, [])
    assert len(outline_markup(typed)) <= longest(typed)  # what a summary's budget counts


@pytest.mark.parametrize("typed, written", [
    ("no markers at all", "no markers at all"),
    ("5 * 3 * 2", "5 * 3 * 2"),
    ("snake_case_name", "snake_case_name"),
    ("[see note] and a \\ slash", "[see note] and a \\ slash"),
    ("a *b* c", "a \\*b* c"),
    ("a [@x] note", "a \\[@x] note"),
])
def test_backslashes_go_only_where_the_outline_would_read_markup(typed, written):
    assert outline_markup(typed) == written


def test_a_sentence_keeps_the_emphasis_it_holds_whole():
    para = from_markdown("It is **settled**. It will [hold](https://x.org) for years.")
    first, second = carry("It is settled.", para), carry("It will hold for years.", para)
    assert outline_markup(first) == "It is **settled**."
    assert outline_markup(second) == "It will [hold](https://x.org) for years."


def test_a_sentence_split_through_a_bold_phrase_is_plain():
    para = from_markdown("**The deal holds. Talks resume** in May.")
    assert outline_markup(carry("The deal holds.", para)) == "The deal holds."
    assert outline_markup(carry("Talks resume in May.", para)) == "Talks resume in May."


def test_a_link_cut_by_clip_leaves_the_line_plain():
    line = from_markdown("Read [the full text of the treaty on the ministry site](https://x.org/t) now")
    cut = carry(clip(line, 30), line)
    assert outline_markup(cut) == "Read the full text\u2026"
    assert read(outline_markup(cut))[1] == []


def test_a_bullet_cut_before_its_emphasis_keeps_what_it_holds():
    sentence = from_markdown("The **council** will publish every reading from the gauging stations "
                             "within a day, which lets farmers downstream plan their planting "
                             "*around* the flows.")
    assert outline_markup(as_bullet(sentence)) == ("The **council** will publish every reading "
                                                   "from the gauging stations within a day")
    assert outline_markup(as_takeaway(from_markdown('He said "it **works**" today'))) == \
        'He said "it **works**" today.'


def test_a_line_with_long_links_is_cut_to_fit_its_limit():
    link = "https://example.org/" + "x" * 200
    line = from_markdown(" ".join(f"[part {i}]({link})" for i in range(8)))
    written = marked(line, 1000)
    assert len(written) <= 1000 and read(written)[0].startswith("part 0 part 1")
    assert written.count(link) < 8


def test_a_markdown_paragraph_is_read_whole_so_emphasis_may_cross_a_line_end():
    from builder.importer.reader import read_article

    article = read_article("# Title\n\nIt was **agreed\nin full** on Monday, and\n*signed* later.\n",
                           "a.md")
    para = article.blocks[1].text
    assert para == "It was agreed in full on Monday, and signed later."
    assert outline_markup(para) == "It was **agreed in full** on Monday, and *signed* later."
    assert [t for _, t in article.blocks[1].lines][0] == "It was **agreed"  # a line alone: text
