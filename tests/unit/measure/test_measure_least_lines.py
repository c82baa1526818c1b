"""`least_lines`, layout's test that a text cannot fit without breaking it: never more lines
than the text breaks into, and close enough to them to tell a size that is far too large."""
import pytest

from builder.measure import Measurer
from builder.outline.text import Run, Text
from builder.theme import DEFAULT, fonts

TEXTS = [
    "",
    "word",
    "sanctions treaty security cooperation energy trade military drones officers " * 6,
    "Iran’s “strategic partnership” — signed in Moscow, 17 January 2025 — runs 20 years.",
    "a Supercalifragilisticexpialidociousness word wider than a narrow line",
    "first line\nsecond line after a hard break with more words in it",
    "soft\u00adhyphen\u00adated words and zero\u200bwidth spaces " * 3,
    "tabs\tbetween\twords and  double  spaces ",
    "سلام دنیا و متن فارسی در کنار English words",
    Text.of_runs((Run("a bold "), Run("run", bold=True), Run(" among plain words " * 4))),
    Text.of_runs((Run("a word of two "), Run("runs", italic=True), Run("together, then "),
                  Run("sanctions treaty security cooperation " * 5, bold=True), Run(" (low)"))),
    Text.of_runs((Run("runs over a hard\nbreak "), Run("in italics", italic=True))),
    Text.of_runs((Run("soft\u00adhyphen\u00adated "), Run("runs", bold=True), Run(" too"))),
]


@pytest.fixture(scope="module")
def m():
    return Measurer(fonts.load(DEFAULT.font))


@pytest.mark.parametrize("text", TEXTS)
def test_never_more_lines_than_the_text_breaks_into(m, text):
    for width in (0, 4, 20, 55, 90, 160, 333.3, 700):
        for size in (9, 14, 22.5, 28):
            for bold in (False, True):
                least = m.least_lines(text, width, size, bold)
                assert least <= len(m.lines(text, width, size, bold)), (width, size, bold)


def test_a_long_plain_text_is_bounded_near_its_lines(m):
    text = TEXTS[2]
    for width in (300, 600, 900):  # (lines end short by part of a word each)
        lines = len(m.lines(text, width, 22))
        assert 0.75 * lines <= m.least_lines(text, width, 22) <= lines


def test_a_long_text_of_runs_is_bounded_near_its_lines(m):
    text = TEXTS[10]
    for width in (300, 600, 900):
        lines = len(m.lines(text, width, 22))
        assert 0.75 * lines <= m.least_lines(text, width, 22) <= lines
