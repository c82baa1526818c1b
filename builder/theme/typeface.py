"""The typeface: the family the deck names and the font files the PDF embeds."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Typeface:
    """A family as the deck names it, and the metric-compatible font files the PDF embeds."""

    name: str = "Calibri"
    twin: str = "Carlito"
    files: tuple[str, str, str, str] = ("Carlito-Regular.ttf", "Carlito-Bold.ttf",
                                        "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf")
    package_hint: str = "fonts-crosextra-carlito"
