"""Lists marked as on the slides: accent bullets, or '1.' numbers, at the text's size."""
from __future__ import annotations

from reportlab.platypus import ListFlowable, ListItem

from builder import wording
from builder.report.context import Context


def bullet_list(ctx: Context, items: list, numbered: bool = False, **kw) -> ListFlowable:
    p = ctx.page
    marks = ({"bulletType": "1", "bulletFormat": wording.list_number("%s"), "leftIndent": p.space.number_indent}
             if numbered else
             {"bulletType": "bullet", "start": wording.BULLET, "leftIndent": p.space.bullet_indent})
    return ListFlowable(items, bulletColor=ctx.styles.color("accent"),
                        bulletFontName=ctx.fonts.regular,
                        bulletFontSize=ctx.styles.role("bullet").fontSize, **marks, **kw)


def bullets(ctx: Context, texts) -> ListFlowable:
    """A section's or a comparison column's bullets."""
    return bullet_list(ctx, [ListItem(ctx.paragraph(t, "bullet")) for t in texts],
                       spaceBefore=ctx.page.space.list_space_before)
