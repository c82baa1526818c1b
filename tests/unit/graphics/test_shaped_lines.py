"""Shaped text in either PDF: bidi levels and run order, and glyphs the font's character map
does not reach."""
from reportlab.pdfbase import pdfmetrics

from builder.graphics.bidi import bidi_levels, reorder
from builder.graphics.shaped import glyph_char
from builder.measure.shaped import Shaper
from builder.theme import DEFAULT


def test_a_number_inside_persian_keeps_its_own_order():
    line = "سال 2025 است"
    levels = bidi_levels(line, rtl=True)
    assert levels[line.index("2")] == 2 and levels[0] == 1
    runs = reorder([("سال ", 1), ("2025", 2), (" است", 1)])
    assert [r for r, _ in runs] == [" است", "2025", "سال "]  # drawn left to right


def test_a_persian_name_in_english_is_one_right_to_left_run():
    line = "Tehran (تهران) and Moscow"
    levels = bidi_levels(line, rtl=False)
    assert {levels[i] for i, c in enumerate(line) if "\u0600" <= c <= "\u06ff"} == {1}
    assert levels[0] == 0 and levels[-1] == 0


def test_a_glyph_without_a_character_gets_a_private_one_that_maps_back():
    font = pdfmetrics.getFont(Shaper(DEFAULT.scripts).face("arabic").register().regular)
    gid = next(g for g in range(1, 2000) if g not in font.face.glyphToChar)
    char = glyph_char(font, gid, 500)
    assert 0xE000 <= ord(char) <= 0xF8FF and font.face.charToGlyph[ord(char)] == gid
    assert glyph_char(font, gid, 500) == char  # the same glyph keeps its character
