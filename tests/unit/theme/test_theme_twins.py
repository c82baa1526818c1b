"""Twins (same advance widths) and stand-ins (at least as wide) for the fonts templates name."""
import string

import pytest

from builder.theme.fonts import find_font_file
from builder.theme.twins import (DEJAVU_SANS, LIBERATION_MONO, LIBERATION_SANS, LIBERATION_SERIF,
                                 TWINS, WIDTHS, average_width, installed, stand_in,
                                 substitute_warning, typeface_for)


def need(family):
    if not installed(family):
        pytest.skip(f"{family.name} is not installed (apt-get install {family.package})")


@pytest.mark.parametrize("family, afm", [(LIBERATION_SANS, "Helvetica"),
                                         (LIBERATION_SERIF, "Times-Roman"),
                                         (LIBERATION_MONO, "Courier")])
def test_liberation_has_the_advance_widths_of_the_postscript_font(family, afm):
    """The proof behind Helvetica, Times and Courier in TWINS: every printable ASCII character
    of the Liberation file is as wide as in Adobe's metrics of the PostScript font."""
    need(family)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFile

    widths = TTFontFile(str(find_font_file(family.files[0]))).charWidths
    ps = pdfmetrics.getFont(afm).widths
    assert all(round(widths[ord(c)]) == ps[ord(c)] for c in string.printable[:95])


@pytest.mark.parametrize("name", ["Calibri", "Cambria", "Arial", "Times New Roman", "Courier New"])
def test_the_known_widths_of_twinned_fonts_are_their_twins(name):
    twin = TWINS[name]
    need(twin)
    assert average_width(twin.files[0]) == pytest.approx(WIDTHS[name].width, abs=1e-4)


@pytest.mark.parametrize("name", ["Aptos", "Aptos Display", "Gill Sans MT", "Montserrat",
                                  "Verdana", "Calibri Light"])
def test_a_stand_in_measures_at_least_as_wide_as_the_font(name):
    need(DEJAVU_SANS)
    face = stand_in(name, WIDTHS[name])
    assert not face.exact
    assert average_width(face.files[0]) * face.scale >= WIDTHS[name].width


def test_a_font_with_an_installed_twin_is_drawn_by_it_without_a_warning():
    need(TWINS["Calibri"])
    face = typeface_for("Calibri", "+mn-lt")
    assert (face.twin, face.exact, face.scale, face.theme_ref) == ("Carlito", True, 1.0, "+mn-lt")
    assert substitute_warning(face) is None


def test_the_warning_names_the_font_the_package_the_stand_in_and_the_theme_file():
    need(DEJAVU_SANS)
    message = substitute_warning(stand_in("Verdana", WIDTHS["Verdana"]))
    for part in ("'Verdana'", "ttf-mscorefonts-installer", "DejaVu Sans", "theme file",
                 "verdana.ttf"):
        assert part in message


def test_an_unknown_font_gets_the_widest_stand_in():
    need(DEJAVU_SANS)
    assert typeface_for("Nobody Sans").twin == "DejaVu Sans"
