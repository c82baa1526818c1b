"""A vector chart: the same numbers, colours, order and labels as the deck's native chart, drawn
with reportlab's graphics in a chart geometry of the theme (the page's for the report, the slide's
for the slides PDF). Imported only when a document has charts."""
from __future__ import annotations

from reportlab.graphics import renderPDF, shapes
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor

from builder.measure import Measurer
from builder.outline import model
from builder.theme import Theme
from builder.theme.chart import ChartGeometry
from builder.theme.fonts import FontSet

ROUND = ("pie", "doughnut")
AXIS_KINDS = {"line": HorizontalLineChart, "bar": HorizontalBarChart,
              "stacked-bar": HorizontalBarChart}  # the rest are columns


def number(value: float) -> str:
    """A value as the deck's "General" number format shows it: written out up to ten digits
    (2500000, 0.35), beyond that in scientific notation (3E+15), so a label stays short."""
    plain = f"{value:.10g}"
    return plain if "e" not in plain else f"{value:.6G}"


class ChartDrawing:
    """Draws one chart into a Drawing of the given width (and height: by default the geometry's
    aspect, up to its tallest), its labels at `size` in `fonts`, measured by `measurer`."""

    def __init__(self, chart: model.Chart, theme: Theme, geometry: ChartGeometry, size: float,
                 fonts: FontSet, measurer: Measurer, width: float, height: float | None = None):
        self.c, self.theme, self.width = chart, theme, width
        self.g, self.size, self.fonts, self.measurer = geometry, size, fonts, measurer
        self.height = height if height is not None else min(width * geometry.aspect,
                                                             geometry.max_height)

    def colour(self, name: str):
        return HexColor("#" + self.theme.color(name))

    def series_colour(self, i: int):
        names = self.theme.palette.series
        return self.colour(names[i % len(names)])

    def text_width(self, text: str) -> float:
        """How wide a label is, measured with the embedded font's metrics."""
        return self.measurer.width(text, self.size)

    def drawing(self) -> Drawing:
        d = Drawing(self.width, self.height)
        legend_h = self.g.legend_height if self.legend_shown() else 0
        if self.c.kind in ROUND:
            self.round_chart(d, legend_h)
        else:
            self.axis_chart(d, legend_h)
        if legend_h:
            self.legend(d)
        return d

    def legend_shown(self) -> bool:
        return self.c.legend and (self.c.kind in ROUND or len(self.c.series) > 1)

    def label_style(self, labels) -> None:
        labels.fontName = self.fonts.regular
        labels.fontSize = self.size
        labels.fillColor = self.colour("ink")

    def plot_box(self, legend_h: float, horizontal: bool) -> tuple[float, float]:
        """The plot area's left and bottom: room for the axis labels, titles and legend."""
        c, g = self.c, self.g
        left = g.axis_label_space + (g.axis_title_space if c.y_title and not horizontal else 0)
        if horizontal:
            left = g.category_label_gap + max(self.text_width(x) for x in c.categories)
        title_below = c.y_title if horizontal else c.x_title
        return left, g.bottom_space + legend_h + (g.axis_title_space if title_below else 0)

    def axis_chart(self, d: Drawing, legend_h: float) -> None:
        c, g = self.c, self.g
        horizontal = c.kind in ("bar", "stacked-bar")
        left, bottom = self.plot_box(legend_h, horizontal)
        chart = AXIS_KINDS.get(c.kind, VerticalBarChart)()
        chart.x, chart.y = left, bottom
        chart.width, chart.height = self.width - left - g.padding, self.height - bottom - g.padding
        chart.data = [list(s.values) for s in c.series]
        chart.categoryAxis.categoryNames = list(c.categories)
        if c.kind.startswith("stacked"):
            chart.categoryAxis.style = "stacked"
        self.axes(chart)
        self.make_room_for_values(chart, horizontal)
        if c.kind == "line":
            self.lines(chart)
        else:
            self.bars(chart)
        d.add(chart)
        self.axis_titles(d, chart, horizontal)

    def axes(self, chart) -> None:
        for axis in (chart.categoryAxis, chart.valueAxis):
            self.label_style(axis.labels)
            axis.strokeColor = self.colour("rule")
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = self.colour("rule")
        chart.valueAxis.gridStrokeWidth = self.g.grid_width
        chart.valueAxis.valueMin = self.lowest()
        chart.valueAxis.labelTextFormat = number
        chart.categoryAxis.labelAxisMode = "low"  # beside the plot, clear of negative bars

    def lowest(self) -> float:
        """Where the value axis starts: 0, or the lowest value (a stacked chart's lowest sum of
        negative values), so no bar reaches below the plot."""
        columns = list(zip(*(s.values for s in self.c.series)))
        if self.c.kind.startswith("stacked"):
            return min(0, min(sum(v for v in column if v < 0) for column in columns))
        return min(0, min(min(column) for column in columns))

    def value_labels(self, chart, length: float) -> list[str]:
        """The value axis' labels, as reportlab will place them on an axis of `length`."""
        axis = chart.valueAxis
        axis.setPosition(chart.x, chart.y, length)
        if hasattr(chart, "_getConfigureData"):  # bars: stacked totals count
            chart._getConfigureData()
            axis.configure(chart._configureData)
        else:
            axis.configure(chart.data)
        return [number(v) for v in axis._tickValues]

    def make_room_for_values(self, chart, horizontal: bool) -> None:
        """Widen the space beside the plot to the value labels' measured width: the widest
        beside a column or line chart's plot, half the last under a bar chart's."""
        g = self.g
        if horizontal:
            last = self.text_width(self.value_labels(chart, chart.width)[-1])
            chart.width = self.width - chart.x - max(g.padding, last / 2)
            return
        widest = max(map(self.text_width, self.value_labels(chart, chart.height)))
        extra = widest + g.value_label_gap - g.axis_label_space
        if extra > 0:
            chart.x += extra
            chart.width -= extra

    def lines(self, chart) -> None:
        for i in range(len(self.c.series)):
            colour = self.series_colour(i)
            chart.lines[i].strokeColor = colour
            chart.lines[i].strokeWidth = self.g.line_width
            chart.lines[i].symbol = makeMarker("FilledCircle", size=self.g.marker_size,
                                               fillColor=colour, strokeColor=colour)
        if self.c.data_labels:
            chart.lineLabelFormat = number
            self.label_style(chart.lineLabels)

    def bars(self, chart) -> None:
        chart.barSpacing = self.g.bar_gap
        chart.groupSpacing = self.g.group_gap
        for i in range(len(self.c.series)):
            chart.bars[i].fillColor = self.series_colour(i)
            chart.bars[i].strokeColor = None
        if self.c.data_labels:
            chart.barLabelFormat = number
            self.label_style(chart.barLabels)
            chart.barLabels.nudge = self.g.data_label_nudge

    def axis_titles(self, d: Drawing, chart, horizontal: bool) -> None:
        x_title, y_title = self.c.x_title, self.c.y_title
        if horizontal:  # categories run up the side, values along the bottom
            x_title, y_title = y_title, x_title
        font, muted = self.fonts.regular, self.colour("muted")
        if x_title:
            d.add(String(chart.x + chart.width / 2, chart.y - self.g.axis_title_offset, x_title,
                         fontName=font, fontSize=self.size, fillColor=muted, textAnchor="middle"))
        if y_title:
            group = Group(String(0, 0, y_title, fontName=font, fontSize=self.size,
                                 fillColor=muted, textAnchor="middle"))
            group.rotate(90)
            group.translate(chart.y + chart.height / 2, -self.g.y_title_offset - self.size)
            d.add(group)

    def round_chart(self, d: Drawing, legend_h: float) -> None:
        c, g = self.c, self.g
        pie = Doughnut() if c.kind == "doughnut" else Pie()
        size = self.height - legend_h - 2 * g.round_padding
        pie.x, pie.y = (self.width - size) / 2, legend_h + g.round_padding
        pie.width = pie.height = size
        pie.data = list(c.series[0].values)
        pie.startAngle = 90
        pie.direction = "clockwise"
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = self.series_colour(i)
            pie.slices[i].strokeColor = self.colour("on_primary")
            pie.slices[i].strokeWidth = g.slice_stroke
        if c.data_labels:
            pie.labels = [number(v) for v in pie.data]
            pie.slices.fontName = self.fonts.bold
            pie.slices.fontSize = self.size
            pie.slices.fontColor = self.colour("on_primary")
            pie.slices.labelRadius = (g.doughnut_label_radius if c.kind == "doughnut"
                                      else g.pie_label_radius)
        d.add(pie)

    def legend(self, d: Drawing) -> None:
        """One row of entries, centred under the chart."""
        c, g = self.c, self.g
        names = list(c.categories) if c.kind in ROUND else [s.name for s in c.series]
        legend = Legend()
        legend.colorNamePairs = [(self.series_colour(i), n) for i, n in enumerate(names)]
        legend.fontName = self.fonts.regular
        legend.fontSize = self.size
        legend.fillColor = self.colour("ink")
        legend.alignment = "right"
        legend.dx = legend.dy = g.legend_swatch
        legend.dxTextSpace = g.legend_text_gap
        legend.strokeColor = None
        legend.variColumn = 1
        legend.columnMaximum = 1
        widest = max(self.text_width(n) for n in names)
        legend.deltax = max(widest + g.legend_entry_space, g.legend_entry_min)
        legend.x = self.width / 2 - legend.deltax * len(names) / 2 + g.legend_shift
        legend.y = g.legend_baseline
        legend.boxAnchor = "w"
        d.add(legend)


def draw_on(canvas, drawing: Drawing, x: float, y: float, font: str, size: float, ink) -> None:
    """`drawing` on `canvas` at (x, y), with the theme's font and ink as its initial state
    (reportlab's default state is Helvetica, which is not embedded, and plain black)."""
    defaults = shapes.STATE_DEFAULTS
    saved = {k: defaults[k] for k in ("fontName", "fontSize", "fillColor", "strokeColor")}
    defaults.update(fontName=font, fontSize=size, fillColor=ink, strokeColor=ink)
    try:
        renderPDF.draw(drawing, canvas, x, y)
    finally:
        defaults.update(saved)
