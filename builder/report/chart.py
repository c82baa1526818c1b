"""A vector chart for the report: the same numbers, colours, order and labels as the deck's
native chart, drawn with reportlab's graphics. Imported only when a report has charts."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics import renderPDF, shapes
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import Flowable
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor

from builder.outline import model
from builder.theme.fonts import FontSet
from builder.theme import Theme


def number(value: float) -> str:
    return f"{value:g}"


class ChartDrawing:
    def __init__(self, chart: model.Chart, theme: Theme, fonts: FontSet, width: float):
        self.c, self.theme, self.fonts, self.width = chart, theme, fonts, width
        self.size = theme.page.chart_label.size
        self.height = min(width * 0.56, 300)

    def colour(self, name: str):
        return HexColor("#" + self.theme.color(name))

    def series_colour(self, i: int):
        names = self.theme.palette.series
        return self.colour(names[i % len(names)])

    def drawing(self) -> Drawing:
        d = Drawing(self.width, self.height)
        legend_h = 22 if self.legend_shown() else 0
        if self.c.kind in ("pie", "doughnut"):
            self.round_chart(d, legend_h)
        else:
            self.axis_chart(d, legend_h)
        if legend_h:
            self.legend(d)
        return d

    def legend_shown(self) -> bool:
        return self.c.legend and (self.c.kind in ("pie", "doughnut") or len(self.c.series) > 1)

    def label_style(self, labels) -> None:
        labels.fontName = self.fonts.regular
        labels.fontSize = self.size
        labels.fillColor = self.colour("ink")

    def axis_chart(self, d: Drawing, legend_h: float) -> None:
        c = self.c
        horizontal = c.kind in ("bar", "stacked-bar")
        left = 46 + (14 if c.y_title and not horizontal else 0)
        if horizontal:
            left = 20 + max(len(x) for x in c.categories) * self.size * 0.5
        bottom = 26 + legend_h + (14 if (c.x_title if not horizontal else c.y_title) else 0)
        kind = {"line": HorizontalLineChart, "bar": HorizontalBarChart,
                "stacked-bar": HorizontalBarChart}.get(c.kind, VerticalBarChart)
        chart = kind()
        chart.x, chart.y = left, bottom
        chart.width, chart.height = self.width - left - 10, self.height - bottom - 10
        chart.data = [list(s.values) for s in c.series]
        chart.categoryAxis.categoryNames = list(c.categories)
        if c.kind.startswith("stacked"):
            chart.categoryAxis.style = "stacked"
        for axis in (chart.categoryAxis, chart.valueAxis):
            self.label_style(axis.labels)
            axis.strokeColor = self.colour("rule")
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = self.colour("rule")
        chart.valueAxis.gridStrokeWidth = 0.5
        low = min(min(s.values) for s in c.series)
        chart.valueAxis.valueMin = min(0, low)
        if c.kind == "line":
            for i in range(len(c.series)):
                chart.lines[i].strokeColor = self.series_colour(i)
                chart.lines[i].strokeWidth = 2
                chart.lines[i].symbol = makeMarker("FilledCircle", size=5,
                                                   fillColor=self.series_colour(i),
                                                   strokeColor=self.series_colour(i))
            if c.data_labels:
                chart.lineLabelFormat = number
                self.label_style(chart.lineLabels)
        else:
            chart.barSpacing = 2
            chart.groupSpacing = 10
            for i in range(len(c.series)):
                chart.bars[i].fillColor = self.series_colour(i)
                chart.bars[i].strokeColor = None
            if c.data_labels:
                chart.barLabelFormat = number
                self.label_style(chart.barLabels)
                chart.barLabels.nudge = 6
        d.add(chart)
        self.axis_titles(d, chart, horizontal)

    def axis_titles(self, d: Drawing, chart, horizontal: bool) -> None:
        x_title, y_title = self.c.x_title, self.c.y_title
        if horizontal:  # categories run up the side, values along the bottom
            x_title, y_title = y_title, x_title
        font, muted = self.fonts.regular, self.colour("muted")
        if x_title:
            d.add(String(chart.x + chart.width / 2, chart.y - 24, x_title, fontName=font,
                         fontSize=self.size, fillColor=muted, textAnchor="middle"))
        if y_title:
            title = String(0, 0, y_title, fontName=font, fontSize=self.size, fillColor=muted,
                           textAnchor="middle")
            from reportlab.graphics.shapes import Group
            group = Group(title)
            group.rotate(90)
            group.translate(chart.y + chart.height / 2, -8 - self.size)
            d.add(group)

    def round_chart(self, d: Drawing, legend_h: float) -> None:
        c = self.c
        pie = Doughnut() if c.kind == "doughnut" else Pie()
        size = self.height - legend_h - 16
        pie.x, pie.y = (self.width - size) / 2, legend_h + 8
        pie.width = pie.height = size
        pie.data = list(c.series[0].values)
        pie.startAngle = 90
        pie.direction = "clockwise"
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = self.series_colour(i)
            pie.slices[i].strokeColor = self.colour("on_primary")
            pie.slices[i].strokeWidth = 1
        if c.data_labels:
            pie.labels = [number(v) for v in pie.data]
            pie.slices.fontName = self.fonts.bold
            pie.slices.fontSize = self.size
            pie.slices.fontColor = self.colour("on_primary")
            pie.slices.labelRadius = 0.78 if c.kind == "doughnut" else 0.65
        d.add(pie)

    def legend(self, d: Drawing) -> None:
        c = self.c
        names = list(c.categories) if c.kind in ("pie", "doughnut") else [s.name for s in c.series]
        legend = Legend()
        legend.colorNamePairs = [(self.series_colour(i), n) for i, n in enumerate(names)]
        legend.fontName = self.fonts.regular
        legend.fontSize = self.size
        legend.fillColor = self.colour("ink")
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 8
        legend.deltax = 0
        legend.dxTextSpace = 4
        legend.strokeColor = None
        legend.boxAnchor = "s"
        legend.x, legend.y = self.width / 2 - 10 * len(names), 0
        legend.variColumn = 1
        legend.deltax = max(self.size * 0.55 * max(len(n) for n in names) + 26, 60)
        legend.columnMaximum = 1
        legend.x = self.width / 2 - legend.deltax * len(names) / 2 + 8
        legend.y = 12
        legend.boxAnchor = "w"
        d.add(legend)


class ChartFlowable(Flowable):
    """The drawing as a flowable, rendered with the theme's font and ink as its initial state
    (reportlab's default state is Helvetica, which is not embedded, and plain black)."""

    def __init__(self, drawing: Drawing, font: str, size: float, ink):
        super().__init__()
        self.drawing, self.font, self.size, self.ink = drawing, font, size, ink
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        defaults = shapes.STATE_DEFAULTS
        saved = {k: defaults[k] for k in ("fontName", "fontSize", "fillColor", "strokeColor")}
        defaults.update(fontName=self.font, fontSize=self.size, fillColor=self.ink, strokeColor=self.ink)
        try:
            renderPDF.draw(self.drawing, self.canv, 0, 0)
        finally:
            defaults.update(saved)


def chart_drawing(chart: model.Chart, theme: Theme, fonts: FontSet, width: float) -> Flowable:
    maker = ChartDrawing(chart, theme, fonts, width)
    return ChartFlowable(maker.drawing(), fonts.regular, maker.size, maker.colour("ink"))
