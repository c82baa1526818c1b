"""Stage 2, the theme: one look for both documents (palette, typeface, text roles, geometry),
theme files that override it, and the font files that draw it."""
from builder.theme.theme import (DEFAULT, Palette, PageTheme, Role, ScriptFont, SlideTheme, Theme,
                                 Typeface)

__all__ = ["DEFAULT", "Palette", "PageTheme", "Role", "ScriptFont", "SlideTheme", "Theme",
           "Typeface"]
