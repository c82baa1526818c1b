"""One theme for both documents: palette, typefaces, sizes and spacing under semantic names.

Both writers read only this; a colour or font literal inside a writer is a bug. Sizes are in
points. Each text role has the size the theme wants and the floor layout may shrink it to.
"""
from __future__ import annotations


from builder.records import frozen
from builder.theme.page import PageTheme
from builder.theme.palette import Palette
from builder.theme.role import Role
from builder.theme.scripts import SCRIPT_FONTS, ScriptFont
from builder.theme.slide import SlideTheme
from builder.theme.typeface import Typeface

__all__ = ["PageTheme", "Palette", "Role", "ScriptFont", "SlideTheme", "Typeface", "Theme", "DEFAULT"]


@frozen
class Theme:
    """One look for both documents: palette, typeface, slides and pages."""

    name: str = "default"
    palette: Palette = Palette()
    font: Typeface = Typeface()  # the body family (and the headings', when heading_font is None)
    slide: SlideTheme = SlideTheme()
    page: PageTheme = PageTheme()
    rule_width: float = 1.0
    accent_bar: float = 6.0  # width of the accent bar beside takeaways, quotes and judgments
    heading_font: Typeface | None = None  # titles' family when it differs (a template's major font)
    from_template: bool = False  # made from the user's template: fonts are its theme fonts
    scripts: tuple[ScriptFont, ...] = SCRIPT_FONTS  # Arabic-script, Hebrew and CJK text's fonts

    def color(self, name: str) -> str:
        """A palette colour by its semantic name (or a series' own colour), as RRGGBB."""
        return self.palette.colour(name)

    def typeface(self, family: str = "body") -> Typeface:
        """The typeface of a role's family ("heading" or "body")."""
        return self.heading_font or self.font if family == "heading" else self.font


DEFAULT = Theme()
