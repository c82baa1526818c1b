"""A chart: its title as a caption, the vector drawing (`builder.report.chart`, imported only
when a report has charts) as a Figure whose alternative text says what it shows, and its
"Source:" line."""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from builder import wording
from builder.outline import model
from builder.report.context import Context


def flowables(c: model.Chart, ctx: Context) -> list[Flowable]:
    from builder.report.chart import chart_drawing

    parts = [ctx.paragraph(c.title, "caption")] if c.title else []
    figure = ctx.record.tree.add("Figure", alt=c.alt or wording.chart_description(c))
    parts.append(chart_drawing(c, ctx, ctx.frame_width, figure))
    source = wording.source_line(c)
    if source:
        parts.append(ctx.paragraph(source, "figure_caption"))
    return [Spacer(1, ctx.page.space.block_gap), KeepTogether(parts)]
