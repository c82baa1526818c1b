"""Content on the theme's surface with an accent bar at its left, as on the slides (key
judgments, quotes, callouts)."""
from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from builder.report.context import Context


def panel(ctx: Context, content: list, bar: str = "accent") -> Table:
    """`content` in a panel whose bar has the palette colour `bar`."""
    p, colour = ctx.page, ctx.styles.color
    table = Table([["", content]], colWidths=[ctx.theme.accent_bar, None], splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), colour(bar)),
        ("BACKGROUND", (1, 0), (1, 0), colour("surface")),
        ("LEFTPADDING", (1, 0), (1, 0), p.space.panel_padding_x),
        ("RIGHTPADDING", (1, 0), (1, 0), p.space.panel_padding_x),
        ("TOPPADDING", (1, 0), (1, 0), p.space.panel_padding_top),
        ("BOTTOMPADDING", (1, 0), (1, 0), p.space.panel_padding_bottom),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
        ("TEXTCOLOR", (0, 0), (-1, -1), colour("ink")),
    ]))
    return table
