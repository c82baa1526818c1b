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


def item(ctx: Context, text, number: int = 0, anchor: str = "") -> ListItem:
    """A list item: bulleted, or numbered `number`; a right-to-left one draws its own mark on
    the right (the list's mark left out)."""
    para = ctx.paragraph(text, "bullet", anchor=anchor)
    if not getattr(para, "rtl", False):  # (the mark is given again after a right-to-left item)
        return ListItem(para, value=number or wording.BULLET)
    para.bullet = wording.list_number(str(number)) if number else wording.BULLET
    para.indent = ctx.page.space.number_indent if number else ctx.page.space.bullet_indent
    para.bullet_colour = ctx.styles.color("accent")
    return ListItem(para, value=number or "", bulletFormat=_no_mark)


def _no_mark(_label: str) -> str:
    """The list's own mark for a right-to-left item: none (the item draws it on the right)."""
    return ""
