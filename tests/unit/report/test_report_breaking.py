"""A plain paragraph broken into lines by the report's own loop: the lines, widths and
attributes platypus' breakLines gives the same paragraph, or None where platypus must break it."""
from __future__ import annotations

import random

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from builder.report import breaking
from builder.theme import DEFAULT
from builder.theme.fonts import load

WORDS = ("alliance", "a", "naval", "cooperation", "of", "deterrence", "sanctions", "I",
         "multipolar", "ministers", "—", "3.5%", "(grain)", "corridor", "officials")


@pytest.fixture(scope="module")
def face() -> str:
    return load(DEFAULT.font).register().regular


def style(face: str, **kw) -> ParagraphStyle:
    return ParagraphStyle("t", fontName=face, fontSize=10.5, leading=14, splitLongWords=1, **kw)


def same_as_platypus(text: str, st: ParagraphStyle, widths) -> bool:
    """Whether the loop's answer is platypus' (True), or it left the paragraph to platypus."""
    ours_para, theirs_para = Paragraph(text, st), Paragraph(text, st)
    ours = breaking.lines(ours_para, widths)
    if ours is None:
        return False
    theirs = Paragraph.breakLines(theirs_para, widths)
    assert ours.__dict__ == theirs.__dict__
    for name in ("_width_max", "height", "_splitLongWordCount", "_hyphenations"):
        assert getattr(ours_para, name) == getattr(theirs_para, name), name
    return True


def test_plain_paragraphs_break_as_platypus_breaks_them(face):
    rng = random.Random(7)
    for n in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 80)))
        widths = [rng.uniform(80, 500)] * 2  # (wider than any of the words)
        widths[0] -= rng.choice((0, 0, 12.5))
        st = style(face, spaceShrinkage=rng.choice((0, 0, 0.05)))
        assert same_as_platypus(text, st, widths)


def test_no_break_spaces_and_runs_of_white_space_break_as_platypus_breaks_them(face):
    text = "naval\u00a0cooperation  of\tdeterrence \n sanctions " * 12
    assert same_as_platypus(text, style(face), [150.0, 150.0])


def test_a_word_longer_than_its_line_is_left_to_platypus_unless_words_are_not_split(face):
    text = "a " + "x" * 80 + " b"
    assert not same_as_platypus(text, style(face), [100.0, 100.0])
    unsplit = style(face)
    unsplit.splitLongWords = 0
    assert same_as_platypus(text, unsplit, [100.0, 100.0])


@pytest.mark.parametrize("text", ["co\u00adoperation " * 30, "co\u200boperation " * 30,
                                  '<b>naval</b> cooperation', ""])
def test_soft_breaks_markup_and_empty_text_are_left_to_platypus(face, text):
    assert not same_as_platypus(text, style(face), [100.0, 100.0])


def test_hyphenation_and_a_direction_are_left_to_platypus(face):
    text = "deterrence " * 40
    assert not same_as_platypus(text, style(face, wordWrap="RTL"), [100.0, 100.0])
    assert not same_as_platypus(text, style(face, embeddedHyphenation=1), [100.0, 100.0])
