"""A text role: the size a text wants, the floor it may shrink to, its face and colour."""
from __future__ import annotations

from builder.records import frozen


FAMILIES = ("body", "heading")


@frozen
class Role:
    """A text role: size and the floor it may shrink to, weight, style, colour (palette name),
    and its family: "heading" (titles, in the theme's heading typeface) or "body"."""

    size: float
    floor: float
    bold: bool = False
    italic: bool = False
    color: str = "ink"
    leading: float = 1.2  # line height as a multiple of the size
    space_before: float = 0.0  # in points, before each paragraph after the first
    family: str = "body"  # or "heading": Theme.typeface(role.family) draws it
    ceiling: float = 0.0  # the largest a short text may grow to on a roomy slide (0: its size)
    placed: object = None  # in a template's placeholder: its paragraph format, which the text
    # inherits (indents, line spacing, space before, insets) and is measured by
