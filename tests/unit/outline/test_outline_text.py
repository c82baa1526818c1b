"""Outline text: a plain string to compare and print, a sequence of runs to measure and write."""
from builder.diagnostics import Loc
from builder.outline.text import Run, Text, is_plain, runs_of


def test_a_text_compares_as_its_string_and_keeps_its_place():
    loc = Loc("o.yaml", 3, 7)
    text = Text("Hello", loc)
    assert text == "Hello" and hash(text) == hash("Hello") and text.loc == loc
    assert text.runs == (Run("Hello"),) and text.runs[0].loc == loc and text.plain


def test_a_text_of_runs_is_their_concatenation():
    text = Text.of_runs((Run("a "), Run("b", bold=True)))
    assert text == "a b" and not text.plain and not is_plain(text)
    assert runs_of("plain string") == (Run("plain string"),)


def test_paragraphs_split_runs_at_blank_lines():
    text = Text.of_runs((Run("one "), Run("two\n\nthree", italic=True), Run(" four\n\n")))
    first, second = text.paragraphs()
    assert first.runs == (Run("one "), Run("two", italic=True))
    assert second.runs == (Run("three", italic=True), Run(" four"))
    assert Text("a\n\n b \n\n").paragraphs() == ("a", "b")
