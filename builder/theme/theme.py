"""One theme for both documents: palette, typefaces, sizes and spacing under semantic names.

Both writers read only this; a colour or font literal inside a writer is a bug. Sizes are in
points. Each text role has the size the theme wants and the floor layout may shrink it to.
"""
from __future__ import annotations

from dataclasses import dataclass

from builder.theme.page import PageTheme
from builder.theme.palette import Palette
from builder.theme.role import Role
from builder.theme.slide import SlideTheme
from builder.theme.typeface import Typeface

__all__ = ["PageTheme", "Palette", "Role", "SlideTheme", "Typeface", "Theme", "DEFAULT"]


@dataclass(frozen=True, slots=True)
class Theme:
    """One look for both documents: palette, typeface, slides and pages."""

    name: str = "default"
    palette: Palette = Palette()
    font: Typeface = Typeface()
    slide: SlideTheme = SlideTheme()
    page: PageTheme = PageTheme()
    rule_width: float = 1.0
    accent_bar: float = 6.0  # width of the accent bar beside takeaways, quotes and judgments

    def color(self, name: str) -> str:
        """A palette colour by its semantic name, as RRGGBB."""
        return getattr(self.palette, name)


DEFAULT = Theme()
