"""A font the master's text styles force is the one the theme measures and the deck names."""
from builder.template.presentation import Template, q
from builder.theme import DEFAULT
from builder.theme.template import on_template


def forcing(style: str, face: str) -> Template:
    template = Template.default()
    root = template.package.edit(template.masters[0].part)
    latin = root.find(f"{q('p', 'txStyles')}/{q('p', style)}/{q('a', 'lvl1pPr')}/"
                      f"{q('a', 'defRPr')}/{q('a', 'latin')}")
    latin.set("typeface", face)
    template.forget()
    return template


def test_a_body_font_forced_by_the_master_becomes_the_theme_font():
    theme = on_template(DEFAULT, forcing("bodyStyle", "Arial"))
    assert theme.font.name == "Arial" and theme.font.twin == "Liberation Sans"
    assert theme.font.theme_ref == ""  # named as it is, not as the theme's minor font
    assert theme.heading_font.theme_ref == "+mj-lt"


def test_a_title_font_forced_by_the_master_becomes_the_heading_font():
    theme = on_template(DEFAULT, forcing("titleStyle", "Cambria"))
    assert theme.heading_font.name == "Cambria" and theme.heading_font.twin == "Caladea"
    assert theme.font.theme_ref == "+mn-lt"


def test_theme_references_force_nothing():
    theme = on_template(DEFAULT, Template.default())
    assert (theme.font.theme_ref, theme.heading_font.theme_ref) == ("+mn-lt", "+mj-lt")
