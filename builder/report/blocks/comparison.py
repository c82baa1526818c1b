"""Two columns side by side, each a title over its bullets, the titles underlined in accent;
tagged as a table whose column headers are the titles."""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from builder.outline import model
from builder.report.context import Context
from builder.report.lists import bullets


def flowables(cmp: model.Comparison, ctx: Context) -> list[Flowable]:
    p, colour = ctx.page, ctx.styles.color
    half = (ctx.frame_width - p.space.column_gap) / 2
    columns = (cmp.left, cmp.right)
    node = ctx.record.tree.add("Table")  # read as a table: the two titles head their bullets
    caption = [ctx.paragraph(cmp.title, "caption", node=node.add("Caption"))] if cmp.title else []
    head_row, row = node.add("THead").add("TR"), node.add("TBody").add("TR")
    heads = [ctx.paragraph(c.title, "column_title", node=head_row.add("TH", scope="Column"))
             for c in columns]
    lists = [bullets(ctx, c.bullets, row.add("TD")) for c in columns]
    table = Table([heads, lists], colWidths=[half, half], spaceBefore=p.space.comparison_space_before,
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), p.space.column_rule_width, colour("accent")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), p.space.column_padding_right),
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
        ("TEXTCOLOR", (0, 0), (-1, -1), colour("ink")),
    ]))
    return [Spacer(1, p.space.block_gap), *caption, table]
