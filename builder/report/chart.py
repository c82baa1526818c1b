"""A vector chart in the report: the shared drawing (`builder.graphics.chart`) at the page's chart
geometry and label size, as a flowable. Imported only when a report has charts."""
from __future__ import annotations

from reportlab.platypus import Flowable

from builder.graphics.chart import ChartDrawing, Drawing, draw_on
from builder.outline import model
from builder.report.context import Context


class ChartFlowable(Flowable):
    """The drawing as a flowable, rendered with the theme's font and ink as its initial state."""

    def __init__(self, drawing: Drawing, font: str, size: float, ink):
        super().__init__()
        self.drawing, self.font, self.size, self.ink = drawing, font, size, ink
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        draw_on(self.canv, self.drawing, 0, 0, self.font, self.size, self.ink)


def chart_drawing(chart: model.Chart, ctx: Context, width: float) -> Flowable:
    maker = ChartDrawing(chart, ctx.theme, ctx.page.chart, ctx.page.chart_label.size, ctx.fonts,
                         ctx.measurer, width)
    return ChartFlowable(maker.drawing(), ctx.fonts.regular, maker.size, maker.colour("ink"))
