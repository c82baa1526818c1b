"""A native PowerPoint chart part for a `model.Chart`: python-pptx writes the chart XML and the
embedded workbook (so a double-click in PowerPoint opens the data), and we style it with the
theme through python-pptx's chart objects. Imported only when a deck has charts."""
from __future__ import annotations

import re

from lxml import etree
from pptx.chart.chart import Chart
from pptx.chart.data import CategoryChartData
from pptx.chart.xmlwriter import ChartXmlWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.oxml import parse_xml
from pptx.util import Pt

from builder.outline import model
from builder.theme import Theme

CHART_TYPE = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "stacked-column": XL_CHART_TYPE.COLUMN_STACKED,
    "stacked-bar": XL_CHART_TYPE.BAR_STACKED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "doughnut": XL_CHART_TYPE.DOUGHNUT,
}
ROUND = ("pie", "doughnut")


def chart_parts(chart: model.Chart, theme: Theme, label_size: float) -> tuple[bytes, bytes]:
    """(chart XML, embedded .xlsx) for the chart, styled with the theme."""
    data = CategoryChartData(number_format="General")
    data.categories = list(chart.categories)
    for series in chart.series:
        data.add_series(series.name, list(series.values))
    kind = CHART_TYPE[chart.kind]
    space = parse_xml(ChartXmlWriter(kind, data).xml.encode("utf-8"))
    styled = Chart(space, None)
    style(styled, chart, theme, label_size)
    external = space.get_or_add_externalData()
    external.rId = "rId1"
    update = "{http://schemas.openxmlformats.org/drawingml/2006/chart}autoUpdate"
    if external.find(update) is None:
        etree.SubElement(external, update, val="0")
    xml = etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)
    # python-pptx's bar templates number their axes with negative ids; the schema (and
    # PowerPoint) want unsigned ones
    xml = re.sub(rb'(<c:(?:axId|crossAx) val=")-(\d+)"', rb'\g<1>\2"', xml)
    return xml, reproducible_workbook(data.xlsx_blob)


def reproducible_workbook(blob: bytes) -> bytes:
    """XlsxWriter stamps the workbook with the time it was written: use the build time."""
    import io
    import zipfile

    from builder.reproducible import build_time, normalise_zip

    stamp = build_time().strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            dst.writestr(name, data)
    return normalise_zip(out.getvalue())


def rgb(theme: Theme, name: str) -> RGBColor:
    return RGBColor.from_string(theme.color(name))


def style(c: Chart, chart: model.Chart, theme: Theme, size: float) -> None:
    c.has_title = False  # the slide's title names the chart
    c.font.name = theme.font.name
    c.font.size = Pt(size)
    c.font.color.rgb = rgb(theme, "ink")
    round_ = chart.kind in ROUND
    c.has_legend = chart.legend and (round_ or len(chart.series) > 1)
    if c.has_legend:
        c.legend.position = XL_LEGEND_POSITION.BOTTOM
        c.legend.include_in_layout = False
    plot = c.plots[0]
    colours = theme.palette.series
    geometry = theme.slide.chart
    if round_:
        plot.vary_by_categories = True
        for i, point in enumerate(plot.series[0].points):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = rgb(theme, colours[i % len(colours)])
    else:
        for i, series in enumerate(plot.series):
            colour = rgb(theme, colours[i % len(colours)])
            if chart.kind == "line":
                series.format.line.color.rgb = colour
                series.format.line.width = Pt(geometry.line_width)
                series.smooth = False
                series.marker.format.fill.solid()
                series.marker.format.fill.fore_color.rgb = colour
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = colour
        if hasattr(plot, "gap_width"):
            plot.gap_width = geometry.gap_width
        if chart.kind.startswith("stacked"):
            plot.overlap = 100
        axes(c, chart, theme, size)
    if chart.data_labels:
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.font.size = Pt(size)
        labels.font.name = theme.font.name
        labels.number_format = "General"
        labels.number_format_is_linked = False
        labels.show_value = True
        if round_:
            labels.font.color.rgb = rgb(theme, "on_primary")


def axes(c: Chart, chart: model.Chart, theme: Theme, size: float) -> None:
    for axis, title in ((c.category_axis, chart.x_title), (c.value_axis, chart.y_title)):
        axis.tick_labels.font.size = Pt(size)
        axis.tick_labels.font.name = theme.font.name
        axis.format.line.color.rgb = rgb(theme, "rule")
        if title:
            axis.has_title = True
            frame = axis.axis_title.text_frame
            frame.text = title
            font = frame.paragraphs[0].runs[0].font
            font.size, font.name, font.bold = Pt(size), theme.font.name, False
            font.color.rgb = rgb(theme, "muted")
    # category labels at the low end of the value axis: beside the plot, never under a
    # negative bar
    c.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    c.value_axis.has_major_gridlines = True
    c.value_axis.major_gridlines.format.line.color.rgb = rgb(theme, "rule")
