"""A table: a header row on the primary colour repeated on every page it spans, zebra rows,
column widths shared by measured content (as the deck does) or as the outline says."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from builder.measure import column_widths
from builder.outline import model
from builder.report.context import Context

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def flowables(tb: model.Table, ctx: Context) -> list[Flowable]:
    table = Table(cells(tb, ctx), colWidths=widths(tb, ctx), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style(tb, ctx)))
    if not tb.title:
        return [table]
    # the caption is not left at the foot of a page; the table itself may split
    p = ctx.page
    caption = ctx.styles.derive("caption", spaceAfter=p.space.table_caption_gap)
    return [CondPageBreak(p.space.table_caption_keep), ctx.paragraph(tb.title, caption), table]


def cells(tb: model.Table, ctx: Context) -> list[list]:
    """The header's and the rows' paragraphs, aligned per column; the first column bold when
    the outline says it names the rows."""
    align = [ALIGN[a] for a in tb.align] or [TA_LEFT] * len(tb.columns)

    def cell(value: str, role: str, column: int, bold: bool = False):
        extra = {"fontName": ctx.fonts.bold} if bold else {}
        return ctx.paragraph(value, ctx.styles.derive(role, alignment=align[column], **extra))
    head = [cell(c, "table_header", i) for i, c in enumerate(tb.columns)]
    rows = [[cell(c, "table_cell", i, tb.first_column and i == 0) for i, c in enumerate(r)]
            for r in tb.rows]
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
