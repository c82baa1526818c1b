"""The typeface: the family the deck names and the font files the PDF embeds."""
from __future__ import annotations

from builder.records import frozen


@frozen
class Typeface:
    """A family as the deck names it, and the font files the PDF embeds and layout measures.

    The files are the family's metric-compatible twin (`exact`), or, when the family is not
    installed and has no twin, a stand-in at least as wide: `scale` (≥ 1) widens what layout
    measures so that text laid out with the stand-in still fits where PowerPoint has the real
    font. `theme_ref` is the theme font the deck refers to ("+mj-lt" headings, "+mn-lt" body)
    when the typeface came from the user's template; empty for the built-in theme."""

    name: str = "Calibri"
    twin: str = "Carlito"
    files: tuple[str, str, str, str] = ("Carlito-Regular.ttf", "Carlito-Bold.ttf",
                                        "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf")
    package_hint: str = "fonts-crosextra-carlito"
    exact: bool = True
    scale: float = 1.0
    theme_ref: str = ""
