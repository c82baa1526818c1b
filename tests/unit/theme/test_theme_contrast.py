"""Every text role of the built-in theme reads on what it is drawn on (WCAG 2: 4.5:1, 3:1 for
large text), and a faint palette is found role by role."""
from dataclasses import replace

from builder.theme import DEFAULT
from builder.theme.colour import contrast
from builder.theme.contrast import faint_pairs


def test_the_built_in_theme_has_no_faint_text():
    assert faint_pairs(DEFAULT) == []


def test_small_text_in_the_accent_takes_a_readable_shade_of_it():
    accent_text = DEFAULT.color("accent_text")
    assert accent_text != DEFAULT.color("accent")
    assert contrast(accent_text, DEFAULT.color("surface")) >= 4.5
    assert contrast(DEFAULT.color("accent"), "FFFFFF") < 4.5  # why it needs one


def test_a_faint_colour_is_found_in_each_role_and_on_each_ground_it_sits_on():
    theme = replace(DEFAULT, palette=replace(DEFAULT.palette, zebra="1E2329"))
    pairs = {(p.document, p.role, p.ground) for p in faint_pairs(theme)}
    assert pairs == {("slides", "table_cell", "zebra"), ("pages", "table_cell", "zebra")}
    large = replace(DEFAULT, palette=replace(DEFAULT.palette, primary="949494"))  # 3.0:1 on white
    roles = {p.role for p in faint_pairs(large) if p.ground == "page"}
    assert "h2" in roles and "h1" not in roles  # 13 pt bold needs 4.5:1, 17 pt bold only 3:1
