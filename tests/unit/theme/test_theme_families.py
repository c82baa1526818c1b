"""A role is measured, and drawn in the report, in its own family's font files."""
from dataclasses import replace

import pytest

from builder.measure import Measurer
from builder.report.styles import Styles
from builder.theme import DEFAULT
from builder.theme import fonts as fontlib
from builder.theme.twins import LIBERATION_SERIF, installed, typeface_for


@pytest.fixture
def serif_headings():
    if not installed(LIBERATION_SERIF):
        pytest.skip("Liberation Serif is not installed (apt-get install fonts-liberation2)")
    return replace(DEFAULT, heading_font=typeface_for("Times New Roman", "+mj-lt"))


def test_the_heading_family_is_measured_with_the_heading_files(serif_headings):
    families = fontlib.families(serif_headings)
    measurer = Measurer(families["body"], families["heading"])
    text = "Moscow and Tehran sign a pact"
    assert measurer.width(text, 20, family="heading") != measurer.width(text, 20)
    assert measurer.width(text, 20, family="heading") == Measurer(families["heading"]).width(text, 20)


def test_without_a_heading_font_both_families_measure_alike():
    measurer = Measurer(fontlib.load(DEFAULT.font))
    assert measurer.lines("a b c " * 20, 100, 12, family="heading") == measurer.lines("a b c " * 20, 100, 12)


def test_a_wider_stand_in_is_measured_wider_by_its_scale():
    fonts = fontlib.load(DEFAULT.font)
    wide = Measurer(replace(fonts, scale=1.1))
    assert wide.width("word", 10) == pytest.approx(Measurer(fonts).width("word", 11))


def test_the_report_draws_headings_in_the_heading_face(serif_headings):
    styles = Styles(serif_headings, fontlib.load(serif_headings.font))
    assert "LiberationSerif" in styles.role("h1").fontName
    assert "Carlito" in styles.role("body").fontName
