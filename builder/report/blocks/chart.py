"""A chart: its title as a caption, the vector drawing (`builder.report.chart`, imported only
when a report has charts), and its "Source:" line."""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from builder import wording
from builder.outline import model
from builder.report.context import Context


def flowables(c: model.Chart, ctx: Context) -> list[Flowable]:
    from builder.report.chart import chart_drawing

    parts = [ctx.paragraph(c.title, "caption")] if c.title else []
    parts.append(chart_drawing(c, ctx, ctx.frame_width))
    source = wording.source_line(c)
    if source:
        parts.append(ctx.paragraph(source, "figure_caption"))
    return [Spacer(1, ctx.page.space.block_gap), KeepTogether(parts)]
