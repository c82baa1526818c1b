"""The template's theme part read (colours, fonts) and made the briefing theme (palette, fonts)."""
from pathlib import Path

import pytest
from lxml import etree

from builder.diagnostics import Collector, Loc
from builder.template.colours import scheme_of
from builder.template.fonts import fonts_of
from builder.template.presentation import Template
from builder.theme import DEFAULT
from builder.theme.colour import contrast, lighter
from builder.theme.template import on_template, palette_from

SHARED = Path("/work/shared/templates")
TEMPLATES = sorted(SHARED.glob("*.p?tx")) if SHARED.is_dir() else []
needs_shared = pytest.mark.skipif(not TEMPLATES, reason="../shared/templates is absent")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

OFFICE_2013 = {"dk1": "000000", "lt1": "FFFFFF", "dk2": "44546A", "lt2": "E7E6E6",
               "accent1": "4472C4", "accent2": "ED7D31", "accent3": "A5A5A5",
               "accent4": "FFC000", "accent5": "5B9BD5", "accent6": "70AD47",
               "hlink": "0563C1", "folHlink": "954F72"}


def theme_part(colours: str, fonts: str = "") -> etree._Element:
    return etree.fromstring(f'<a:theme xmlns:a="{A}"><a:themeElements><a:clrScheme name="x">'
                            f'{colours}</a:clrScheme><a:fontScheme name="f">{fonts}'
                            '</a:fontScheme></a:themeElements></a:theme>')


def test_a_system_colour_is_read_as_the_colour_it_was_saved_with():
    root = theme_part('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
                      '<a:accent1><a:srgbClr val="4472c4"/></a:accent1>')
    assert scheme_of(root) == {"dk1": "000000", "accent1": "4472C4"}


def test_the_heading_and_body_fonts_are_the_major_and_minor_latin_typefaces():
    root = theme_part("", '<a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont>'
                          '<a:minorFont><a:latin typeface="Calibri"/></a:minorFont>')
    assert fonts_of(root) == ("Calibri Light", "Calibri")


def test_a_scheme_naming_one_font_uses_it_for_both():
    root = theme_part("", '<a:minorFont><a:latin typeface="Arial"/></a:minorFont>')
    assert fonts_of(root) == ("Arial", "Arial")


@needs_shared
@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_shared_templates_theme_is_read_whole(path):
    template = Template.from_file(path)
    root = template.package.xml(template.masters[0].theme)
    assert len(scheme_of(root)) == 12
    assert all(fonts_of(root))


def test_the_office_palette_takes_its_brand_colour_for_titles_and_keeps_the_marking_red():
    palette = palette_from(OFFICE_2013, DEFAULT.palette)
    assert (palette.ink, palette.primary, palette.on_primary) == ("000000", "4472C4", "FFFFFF")
    assert palette.muted == lighter("000000", 0.35) == "595959"
    assert palette.surface == "E7E6E6" and palette.marking == DEFAULT.palette.marking
    assert palette.series[:2] == ("primary", "accent") and "ED7D31" in palette.series


@pytest.mark.parametrize("role", ["ink", "primary", "accent", "muted"])
def test_every_text_colour_is_readable_on_white(role):
    palette = palette_from(OFFICE_2013, DEFAULT.palette)
    assert contrast(getattr(palette, role), "FFFFFF") >= 4.5


def test_an_unreadable_accent_is_replaced_by_its_darker_shade():
    palette = palette_from(OFFICE_2013, DEFAULT.palette)  # ED7D31 is 2.8:1 on white
    assert palette.accent != "ED7D31" and contrast(palette.accent, "FFFFFF") >= 4.5


def test_a_grey_accent1_gives_way_to_dk2_for_titles():
    scheme = dict(OFFICE_2013, accent1="808080", dk2="1F497D")
    palette = palette_from(scheme, DEFAULT.palette)
    assert palette.primary == "1F497D" and contrast("FFFFFF", palette.primary) >= 4.5


def test_a_pale_text_colour_falls_back_to_the_built_in_ink():
    assert palette_from(dict(OFFICE_2013, dk1="CCCCCC"), DEFAULT.palette).ink == DEFAULT.palette.ink


def test_a_white_lt2_gives_a_visible_panel():
    palette = palette_from(dict(OFFICE_2013, lt2="FFFFFF"), DEFAULT.palette)
    assert palette.surface == "F2F2F2"


@needs_shared
def test_the_template_gives_the_theme_its_fonts_as_theme_font_references():
    template = Template.from_file(SHARED / "dtu-mlops_16x9_en.pptx")
    theme = on_template(DEFAULT, template)
    assert theme.from_template
    assert (theme.font.name, theme.font.theme_ref) == ("Calibri", "+mn-lt")
    assert (theme.heading_font.name, theme.heading_font.theme_ref) == ("Calibri Light", "+mj-lt")
    assert theme.typeface("heading") is theme.heading_font and theme.typeface("body") is theme.font


@needs_shared
def test_an_arial_template_warns_of_nothing():
    diags = Collector()
    on_template(DEFAULT, Template.from_file(SHARED / "unhcr_unhcrdown_16x9_en.pptx"), diags,
                Loc("o.yaml", 3, 1))
    assert diags.items == []


@needs_shared
def test_an_aptos_template_warns_at_the_template_line_and_strict_makes_it_an_error():
    diags = Collector()
    on_template(DEFAULT, Template.from_file(SHARED / "forlegal_16x9_cs.pptx"), diags,
                Loc("o.yaml", 3, 1))
    assert {d.code for d in diags.items} == {"font-substitute"}
    assert any("'Aptos'" in d.message for d in diags.items)
    assert all(str(d.loc) == "o.yaml:3:1" for d in diags.items)
    diags.check()  # a warning only
    with pytest.raises(Exception, match="font-substitute"):
        diags.check(strict=True)


def test_the_built_in_theme_draws_headings_in_the_body_font():
    assert DEFAULT.heading_font is None and DEFAULT.typeface("heading") is DEFAULT.font
    assert DEFAULT.slide.title.family == "heading" and DEFAULT.page.body.family == "body"
