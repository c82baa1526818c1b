"""Lists marked as on the slides: accent bullets, or '1.' numbers, at the text's size; an L of
the structure tree, each item an LI with its bullet or number as Lbl and its text as LBody."""
from __future__ import annotations

from reportlab.platypus import ListItem

from builder import wording
from builder.report.context import Context
from builder.report.tagging.flowables import TaggedList, list_item
from builder.report.tagging.tree import Node


def bullet_list(ctx: Context, items: list, numbered: bool = False, **kw) -> TaggedList:
    p = ctx.page
    marks = ({"bulletType": "1", "bulletFormat": wording.list_number("%s"), "leftIndent": p.space.number_indent}
             if numbered else
             {"bulletType": "bullet", "start": wording.BULLET, "leftIndent": p.space.bullet_indent})
    return TaggedList(items, bulletColor=ctx.styles.color("accent"),
                      bulletFontName=ctx.fonts.regular,
                      bulletFontSize=ctx.styles.role("bullet").fontSize, **marks, **kw)


def bullets(ctx: Context, texts, parent: Node | None = None) -> TaggedList:
    """A section's or a comparison column's bullets, an L of `parent` (or of the Document)."""
    tree = (parent or ctx.record.tree).add("L")
    return bullet_list(ctx, [ListItem(ctx.paragraph(t, "bullet", node=list_item(tree)))
                             for t in texts], spaceBefore=ctx.page.space.list_space_before)
