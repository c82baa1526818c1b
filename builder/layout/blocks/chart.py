"""A chart on a slide of its own: a native, editable chart, its source line at the foot, and one
label size at which its category labels and legend fit."""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.layout.frame import Frame
from builder.layout.plan import ChartBox, SlidePlan
from builder.outline import model


def slides(chart: model.Chart, frame: Frame, section: model.Section,
           label: str) -> list[SlidePlan]:
    y = frame.content_top()
    foot, bottom = frame.footnote(wording.source_line(chart), chart.loc)
    size = label_size(chart, frame, frame.w)
    box = ChartBox(frame.x, y, frame.w, bottom - y - frame.t.space.blocks.chart_gap, chart, size)
    slide = frame.slide("chart", chart.title or section.title, chart.loc or section.loc,
                        [foot] if foot else [], label=label)
    return [replace(slide, frames=(box,))]


def label_size(chart: model.Chart, frame: Frame, width: float) -> float:
    """The size at which the chart's category labels and legend entries fit their share of
    the chart (a label may take two lines under a column); shrinks like any text."""
    fit, g = frame.fit, frame.t.space.blocks
    role = fit.role("chart_label")
    labels = list(chart.categories)
    if chart.kind in ("bar", "stacked-bar"):
        room = width * g.bar_label_share  # labels stand beside horizontal bars
    elif chart.kind in ("pie", "doughnut"):
        room = width / max(1, len(labels))  # legend entries share the width
    else:
        room = g.label_lines * width * g.column_label_share / max(1, len(labels))
    legend = [s.name for s in chart.series] if chart.kind not in ("pie", "doughnut") else []
    size = role.size
    while size > role.floor and (
            max(fit.m.width(t, size, family=role.family) for t in labels) > room
            or sum(fit.m.width(t, size, family=role.family) + g.legend_key * size
                   for t in legend) > width):
        size = round(size - frame.t.shrink_step, 2)
    fit.note_shrink(role, size, chart.loc, "the chart's labels")
    return size
