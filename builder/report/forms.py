"""Numbers known only when the build ends ("Page X of Y", a contents entry's page): each is drawn
where it belongs as a named form, and the form is filled in once the number is known."""
from __future__ import annotations

from builder.report.context import Context
from builder.theme import Role

# the form's bounding box around its right-aligned text, which is drawn at the origin: room for
# the descenders below and the ascenders above (not seen: a form is clipped to its box)
BOX_LEFT, BOX_RIGHT, BOX_ABOVE = 2, 1, 1.5


def place(canv, name: str, x: float, y: float) -> None:
    """Draw the form `name` with its origin at (x, y)."""
    canv.saveState()
    canv.translate(x, y)
    canv.doForm(name)
    canv.restoreState()


def fill(canv, ctx: Context, name: str, value: str, role: Role) -> None:
    """Define the form `name`: `value` right-aligned at its origin, in the role's type."""
    face = ctx.styles.face(role)
    width = ctx.measurer.width(value, role.size, role.bold, role.italic, family=role.family)
    canv.beginForm(name, lowerx=-width - BOX_LEFT, lowery=-role.size, upperx=BOX_RIGHT,
                   uppery=role.size * BOX_ABOVE)
    canv.setFont(face, role.size)
    canv.setFillColor(ctx.styles.color(role.color))
    canv.drawRightString(0, 0, value)
    canv.endForm()
