"""A table: a header row on the primary colour repeated on every page it spans, zebra rows,
column widths shared by measured content (as the deck does) or as the outline says. Tagged as a
Table with its caption, a THead of column headers (TH, scope Column) and a TBody of rows (the
first cell a row header, scope Row, when the first column names the rows); a header row repeated
on the next page is an artifact."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from builder.measure import column_widths
from builder.outline import model
from builder.report.context import Context
from builder.report.tagging.tree import Node

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def flowables(tb: model.Table, ctx: Context) -> list[Flowable]:
    node = ctx.record.tree.add("Table")
    p = ctx.page
    caption = ctx.styles.derive("caption", spaceAfter=p.space.table_caption_gap)
    title = ctx.paragraph(tb.title, caption, node=node.add("Caption")) if tb.title else None
    table = Table(cells(tb, ctx, node), colWidths=widths(tb, ctx), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style(tb, ctx)))
    if title is None:
        return [table]
    # the caption is not left at the foot of a page; the table itself may split
    return [CondPageBreak(p.space.table_caption_keep), title, table]


def cells(tb: model.Table, ctx: Context, node: Node) -> list[list]:
    """The header's and the rows' paragraphs, aligned per column; the first column bold when
    the outline says it names the rows."""
    align = [ALIGN[a] for a in tb.align] or [TA_LEFT] * len(tb.columns)

    def cell(value: str, role: str, column: int, row: Node, bold: bool = False):
        extra = {"fontName": ctx.fonts.bold} if bold else {}
        header = "Column" if role == "table_header" else "Row" if bold else ""
        tag = row.add("TH", scope=header) if header else row.add("TD")
        return ctx.paragraph(value, ctx.styles.derive(role, alignment=align[column], **extra), node=tag)
    head_row = node.add("THead").add("TR")
    head = [cell(c, "table_header", i, head_row) for i, c in enumerate(tb.columns)]
    body = node.add("TBody")
    rows = [[cell(c, "table_cell", i, tr, tb.first_column and i == 0) for i, c in enumerate(r)]
            for r, tr in ((r, body.add("TR")) for r in tb.rows)]
    return [head, *rows]


def style(tb: model.Table, ctx: Context) -> list[tuple]:
    p, colour = ctx.page, ctx.styles.color
    commands = [("BACKGROUND", (0, 0), (-1, 0), colour("primary")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
                ("TEXTCOLOR", (0, 0), (-1, -1), colour("ink")),
                ("LINEBELOW", (0, 0), (-1, -1), p.space.table_rule_width, colour("rule")),
                ("TOPPADDING", (0, 0), (-1, -1), p.space.table_padding_top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), p.space.table_padding_bottom)]
    return commands + [("BACKGROUND", (0, r), (-1, r), colour("zebra"))
                       for r in range(2, len(tb.rows) + 1, 2)]


def widths(tb: model.Table, ctx: Context) -> list[float]:
    """Shared by measured content, as the deck does (or as the outline says)."""
    role = ctx.page.table_cell
    columns = [[(t, role.size, role.bold) for t in (tb.columns[c], *(r[c] for r in tb.rows))]
               for c in range(len(tb.columns))]
    return column_widths(columns, ctx.frame_width, ctx.measurer.width, ctx.page.space.table_column_pad,
                         tb.widths)
