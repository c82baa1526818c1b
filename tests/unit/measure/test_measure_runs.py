"""The measurer measures runs, each in its own face, and caches plain text as before."""
import pytest

from builder.measure import Measurer
from builder.outline.text import Run, Text
from builder.theme import DEFAULT, fonts


@pytest.fixture(scope="module")
def m():
    return Measurer(fonts.load(DEFAULT.font))


def test_a_plain_text_breaks_as_its_string(m):
    words = "alpha beta gamma delta epsilon"
    assert m.lines(Text(words), 90, 12) == m.lines(words, 90, 12)
    assert m.lines(Text.of_runs((Run(words),)), 90, 12) == m.lines(words, 90, 12)


def test_a_bold_run_is_measured_in_the_bold_face(m):
    words = "Mmmm Wwww Mmmm Wwww"
    width = m.width(words, 12) + 1
    assert m.lines(words, width, 12) == [words]
    bold = Text.of_runs((Run("Mmmm Wwww "), Run("Mmmm Wwww", bold=True)))
    assert m.width("Mmmm Wwww", 12, bold=True) > m.width("Mmmm Wwww", 12)
    assert len(m.lines(bold, width, 12)) == 2


def test_a_word_across_runs_is_not_broken_at_the_run_boundary(m):
    text = Text.of_runs((Run("one "), Run("bold", bold=True), Run("face two")))
    width = m.width("one boldface", 12, bold=True) + 1
    assert m.lines(text, width, 12) == ["one boldface", "two"]


def test_hard_line_breaks_inside_a_run_are_kept(m):
    text = Text.of_runs((Run("first\nsecond", italic=True), Run(" third")))
    assert m.lines(text, 500, 12) == ["first", "second third"]


def test_a_long_word_of_runs_is_cut_between_characters(m):
    text = Text.of_runs((Run("x" * 40, bold=True), Run("y" * 40)))
    pieces = m.lines(text, 100, 12)
    assert "".join(pieces) == "x" * 40 + "y" * 40 and len(pieces) > 1


def test_a_bold_run_in_an_italic_role_is_measured_in_the_bold_italic_face(m):
    text = Text.of_runs((Run("Mmmm", bold=True),))
    wide = m.width("Mmmm", 12, bold=True, italic=True)
    assert wide != m.width("Mmmm", 12, italic=True)
    assert m.lines(text, wide - 1, 12, italic=True) != ["Mmmm"]
    assert m.lines(text, wide + 1, 12, italic=True) == ["Mmmm"]


@pytest.mark.parametrize("relative", [(1e-15, 1), (0.01, 1), (1, 1e15), (1e15, 1e-15, 1),
                                      (1, 1), (2, 1, 1)])
def test_relative_column_widths_share_the_width_and_each_holds_its_longest_word(m, relative):
    from builder.measure import column_widths

    def width_of(text, size, bold):
        return m.width(text, size)

    columns = [[("Header", 10, True), ("cell", 10, False)] for _ in relative]
    widths = column_widths(columns, 400, width_of, 12, relative)
    assert sum(widths) == pytest.approx(400, abs=0.05)
    assert min(widths) >= m.width("Header", 10) + 12 - 0.01
    if max(relative) / min(relative) <= 2:  # reasonable ratios are kept exactly
        assert widths == [round(400 * r / sum(relative), 2) for r in relative]
