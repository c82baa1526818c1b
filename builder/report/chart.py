"""A vector chart in the report: the shared drawing (`builder.graphics.chart`) at the page's chart
geometry and label size, as a flowable. Imported only when a report has charts."""
from __future__ import annotations

from reportlab.platypus import Flowable

from builder.graphics.chart import ChartDrawing, Drawing, draw_on
from builder.outline import model
from builder.report.context import Context
from builder.report.tagging.flowables import figure
from builder.report.tagging.tree import Node


class ChartFlowable(Flowable):
    """The drawing as a flowable, rendered with the theme's font and ink as its initial state."""

    def __init__(self, drawing: Drawing, font: str, size: float, ink, node: Node | None = None):
        super().__init__()
        self.drawing, self.font, self.size, self.ink, self.node = drawing, font, size, ink, node
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        with figure(self.canv, self.node, self.width, self.height):
            draw_on(self.canv, self.drawing, 0, 0, self.font, self.size, self.ink)


def chart_drawing(chart: model.Chart, ctx: Context, width: float,
                  node: Node | None = None) -> Flowable:
    """The chart drawn at `width`, as the content of the Figure `node`."""
    maker = ChartDrawing(chart, ctx.theme, ctx.page.chart, ctx.page.chart_label.size, ctx.fonts,
                         ctx.measurer, width)
    return ChartFlowable(maker.drawing(), ctx.fonts.regular, maker.size, maker.colour("ink"), node)
