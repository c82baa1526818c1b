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
    """A section's or a comparison column's bullets; a right-to-left one has its mark on the
    right, drawn by the paragraph itself (the list leaves its own mark out)."""
    return bullet_list(ctx, [item(ctx, t) for t in texts],
                       spaceBefore=ctx.page.space.list_space_before)


def item(ctx: Context, text) -> ListItem:
    para = ctx.paragraph(text, "bullet")
    if not getattr(para, "rtl", False):
        return ListItem(para, value=wording.BULLET)  # (after a right-to-left item, too)
    para.bullet, para.indent = wording.BULLET, ctx.page.space.bullet_indent
    para.bullet_colour = ctx.styles.color("accent")
    return ListItem(para, value="")
