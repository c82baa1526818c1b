"""Inline markup read into runs: bold, italic, links; everything else stays literal text."""
import pytest

from builder.diagnostics import Collector, Loc
from builder.outline.markup import inline
from builder.outline.text import Run

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
