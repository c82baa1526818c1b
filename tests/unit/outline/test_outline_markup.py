"""Inline markup read into runs: bold, italic, links; everything else stays literal text."""
import pytest

from builder.diagnostics import Collector, Loc
from builder.outline.markup import inline
from builder.outline.text import Run, Text

LOC = Loc("o.yaml", 4, 11)


def runs(value, diags=None):
    return inline(value, LOC, diags or Collector()).runs


def test_bold_italic_and_links_become_runs():
    assert runs("Russia **would** gain *a* _reliable_ [partner](https://x.org/a)") == (
        Run("Russia "), Run("would", bold=True), Run(" gain "), Run("a", italic=True),
        Run(" "), Run("reliable", italic=True), Run(" "), Run("partner", link="https://x.org/a"))


def test_the_plain_string_drops_the_markers_and_keeps_its_place():
    text = inline("a **b** [c](mailto:x@y.org)", LOC, Collector())
    assert text == "a b c" and text.loc == LOC and not text.plain


@pytest.mark.parametrize("value", ["<b>bold</b> &amp; <img src=x>", "un**closed", "snake_case_name",
                                   "a \\*literal\\* star", "C:\\path\\to", "100 % [not a link]"])
def test_what_is_not_markup_stays_literal(value):
    text = inline(value, LOC, Collector())
    assert all(not (r.bold or r.italic or r.link) for r in text.runs)
    assert str(text) == value.replace("\\*", "*")


def test_three_stars_are_bold_and_italic_and_markers_inside_link_text_apply():
    assert runs("***both***") == (Run("both", bold=True, italic=True),)
    assert runs("[**strong** link](https://x.org)") == (
        Run("strong", bold=True, link="https://x.org"), Run(" link", link="https://x.org"))


def test_a_link_to_anything_but_http_https_or_mailto_is_an_error_at_its_column():
    diags = Collector()
    inline("see [this](javascript:alert(1)) now", LOC, diags)
    [error] = diags.errors
    assert (error.loc.line, error.loc.col) == (4, 11 + len("see [this]("))
    assert "javascript:alert(1)" in error.message


def test_text_without_a_marker_is_not_parsed():
    text = inline("A plain bullet, 100% literal.", LOC, Collector())
    assert text.plain and text.runs == (Run("A plain bullet, 100% literal."),)


def test_citations_are_runs_of_their_own_against_the_word_before():
    assert runs("gain a partner [@article]; see [@a; @b].") == (
        Run("gain a partner"), Run("", cite=("article",)), Run("; see"),
        Run("", cite=("a", "b")), Run("."))


def test_citations_are_numbered_in_reading_order_and_sorted_in_each_mark(tmp_path):
    from builder.outline.load import load_outline
    path = tmp_path / "o.yaml"
    path.write_text("title: T\nkey_judgments: ['x [@b]']\nsections:\n  - title: S\n"
                    "    bullets: ['y [@a; @b]']\nsources:\n  - {title: A, id: a}\n"
                    "  - {title: B, id: b}\n")
    outline = load_outline(path)
    assert outline.citations == (("b", 1), ("a", 2))
    assert [r.text for r in outline.sections[0].bullets[0].runs if r.cite] == ["1,2"]


def test_a_citation_may_say_where_in_its_source():
    cited = [r for r in runs("Nearly done [@tass, para. 4]; see [@a; @b p. 3-4].") if r.cite]
    assert [(r.cite, r.locators) for r in cited] == [
        (("tass",), ("para. 4",)), (("a", "b"), ("", "p. 3-4"))]
    assert runs("Done [@tass].")[1].locators == ()  # no locator, none kept


def test_text_whose_only_markup_is_citations_reads_as_the_parser_reads_it():
    """Citations alone skip markdown-it (a cold start saves loading it); the runs must be the
    parser's, for every mix of brackets, parentheses, at-signs and line ends."""
    import random

    from builder.outline import markup

    rng = random.Random(12)
    alphabet = ["[@a]", "[@b; @c, p. 4]", "[", "]", "(", ")", "@", "x", " ", "\n", "\r\n",
                "[@a](", "(x)", "[@a] (y)", "word", "\0"]
    tried = 0
    for _ in range(3000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8)))
        if not markup.MARKERS.search(value) or markup.BEYOND_CITATIONS.search(value):
            continue
        tried += 1
        fast = inline(value, LOC, Collector()).runs
        parsed = Text.of_runs(tuple(markup._runs(value)), LOC).runs
        assert fast == parsed, value
    assert tried > 500


@pytest.mark.parametrize("value", ["\\[@tass]", "[@tass\\]", "see \\[@a; @b] here"])
def test_an_escaped_bracket_makes_a_citation_text(value):
    text = inline(value, LOC, Collector())
    assert not any(r.cite for r in text.runs)
    assert str(text) == value.replace("\\", "")
