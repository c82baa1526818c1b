"""Soft hyphens and zero-width spaces, measured: a line may break at either; at a soft hyphen the
line ends with a hyphen, measured, and nothing is drawn where no line breaks."""
import pytest

from builder.measure import Measurer
from builder.outline.text import Run, Text
from builder.pipeline import Builder
from builder.theme import DEFAULT, fonts

SYLLABLES = ["Donau", "dampf", "schiff", "fahrts", "gesell", "schaft", "kapitäns", "witwe"]
SHY_WORD = "\u00ad".join(SYLLABLES)
GREEK = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
ZWSP_WORD = "\u200b".join(GREEK)


@pytest.fixture(scope="module")
def m():
    return Measurer(fonts.load(DEFAULT.font))


def ends(syllables: list[str]) -> set[int]:
    """Where in the word as drawn a line may break: after each syllable but the last."""
    out, at = set(), 0
    for s in syllables[:-1]:
        at += len(s)
        out.add(at)
    return out


def breaks_at(lines: list[str], hyphens: bool) -> list[int]:
    """Where the lines break the word (as drawn), checking a hyphen ends each broken line or
    none does."""
    at, out = 0, []
    for line in lines[:-1]:
        assert line.endswith("-") == hyphens, lines
        at += len(line) - hyphens
        out.append(at)
    return out


@pytest.mark.parametrize("width", [45, 60, 80, 120, 200])
def test_a_word_breaks_at_its_soft_hyphens_with_a_hyphen_inside_the_width(m, width):
    lines = m.lines(SHY_WORD, width, 12)
    assert len(lines) > 1
    assert set(breaks_at(lines, hyphens=True)) <= ends(SYLLABLES)
    assert "".join(line[:-1] for line in lines[:-1]) + lines[-1] == "".join(SYLLABLES)
    assert all(m.width(line, 12) <= width for line in lines)
    assert not any("\u00ad" in line for line in lines)


def test_the_hyphen_is_measured_a_syllable_that_fits_only_without_it_goes_on(m):
    width = m.width("Donaudampf", 12) + 0.5  # 'Donaudampf' fits, 'Donaudampf-' does not
    assert m.lines(SHY_WORD, width, 12)[0] == "Donau-"


def test_where_a_line_does_not_break_nothing_is_drawn(m):
    assert m.lines("Die " + SHY_WORD + " und " + ZWSP_WORD, 2000, 12) == [
        "Die " + "".join(SYLLABLES) + " und " + "".join(GREEK)]
    assert m.width(SHY_WORD, 12) == m.width("".join(SYLLABLES), 12)
    assert m.width(ZWSP_WORD, 12) == m.width("".join(GREEK), 12)


@pytest.mark.parametrize("width", [40, 70, 110])
def test_a_zero_width_space_breaks_without_a_hyphen_or_a_space(m, width):
    lines = m.lines(ZWSP_WORD, width, 12)
    assert len(lines) > 1
    assert set(breaks_at(lines, hyphens=False)) <= ends(GREEK)
    assert "".join(lines) == "".join(GREEK)
    assert all(m.width(line, 12) <= width for line in lines)
    assert not any(c in line for line in lines for c in " \u200b")


def test_a_word_of_runs_breaks_at_its_soft_hyphens_in_each_run_s_face(m):
    text = Text.of_runs((Run("Donau\u00addampf\u00ad"), Run("schiff\u00adfahrts", bold=True),
                         Run("\u00adgesell\u00adschaft")))
    width = 70
    lines = m.lines(text, width, 12)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])
    assert set(breaks_at(lines, hyphens=True)) <= ends(SYLLABLES[:6])
    assert all(m.width(line, 12, bold=True) <= width for line in lines)


def test_shaped_text_breaks_at_soft_hyphens_and_zero_width_spaces():
    m = Builder().measurer
    text = "سلام دنیا " + SHY_WORD + " " + ZWSP_WORD
    lines = m.lines(text, 60, 12)
    assert any(line.endswith("-") for line in lines)
    assert not any(c in line for line in lines for c in "\u00ad\u200b")
    assert all(m.width(line, 12) <= 60 for line in lines)
    drawn = "".join(line[:-1] if line.endswith("-") else line for line in lines)
    assert drawn.replace(" ", "") == text.replace(" ", "").replace("\u00ad", "").replace(
        "\u200b", "")


def test_neither_mark_is_a_missing_glyph(m):
    assert m.missing_glyphs(SHY_WORD + ZWSP_WORD) == set()


def test_beside_a_marked_word_a_word_wider_than_the_line_is_broken_between_characters(m):
    lines = m.lines("Donau\u00addampf " + "M" * 30 + " x\u200b y", 50, 12)
    assert lines[:2] == ["Donau-", "dampf"]
    assert "".join(lines[2:]).replace(" ", "") == "M" * 30 + "xy"
    assert all(m.width(line, 12) <= 50 for line in lines)


def test_a_word_of_marks_alone_draws_nothing(m):
    assert m.lines("a \u200b \u00ad b", 500, 12) == ["a b"]
