"""A chart's design: strokes, gaps and proportions, one set for slides and one for pages.

The deck's native chart lets PowerPoint lay out its plot area, so it reads only the strokes and
gaps; the report and the slides PDF draw their charts themselves and read the rest (paddings,
offsets, marker and legend sizes) too — the slides' set is larger, for labels about 1.6 times the
page's size. All in points unless a comment says otherwise."""
# (no `from __future__ import annotations`: typing.NamedTuple compiles a field's annotation
# given as a string, some 5 us a field at every start)
from typing import NamedTuple


class ChartGeometry(NamedTuple):
    """A chart's strokes, gaps and proportions."""

    line_width: float  # a line series' stroke
    gap_width: int = 60  # slides: the gap between bar groups, in percent of a bar's width
    aspect: float = 0.56  # pages: the chart's height as a share of its width
    max_height: float = 300.0  # pages: the tallest a chart is drawn
    padding: float = 10.0  # pages: free space right of and above the plot area
    axis_label_space: float = 46.0  # pages: left of the plot, for the value axis' labels
    value_label_gap: float = 8.0  # pages: beside the widest value label (when wider than that)
    category_label_gap: float = 20.0  # pages: beside the longest category label (bar charts)
    axis_title_space: float = 14.0  # pages: added beside the plot for an axis title
    bottom_space: float = 26.0  # pages: below the plot, for the category axis' labels
    axis_title_offset: float = 24.0  # pages: the x axis title's baseline below the plot
    y_title_offset: float = 8.0  # pages: the y axis title's gap from the drawing's left edge
    grid_width: float = 0.5  # pages: the value grid's stroke
    marker_size: float = 5.0  # pages: a line series' dots
    bar_gap: float = 2.0  # pages: between the bars of one category
    group_gap: float = 10.0  # pages: between categories
    data_label_nudge: float = 6.0  # pages: a bar's value label, beyond the bar's end
    slice_stroke: float = 1.0  # pages: the line between a pie's slices
    pie_label_radius: float = 0.65  # pages: a pie slice's value, as a share of the radius
    doughnut_label_radius: float = 0.78  # pages: the same in a doughnut's ring
    round_padding: float = 8.0  # pages: above and below a pie or doughnut
    legend_height: float = 22.0  # pages: the legend's band under the chart
    legend_swatch: float = 8.0  # pages: a legend entry's colour square
    legend_text_gap: float = 4.0  # pages: between the square and the name
    legend_entry_space: float = 26.0  # pages: added to the longest name for an entry's width
    legend_entry_min: float = 60.0  # pages: the narrowest an entry is
    legend_shift: float = 8.0  # pages: the legend row's shift right of centre
    legend_baseline: float = 12.0  # pages: the legend row's height above the drawing's foot


SLIDE_CHART = ChartGeometry(line_width=2.5, padding=14.0, axis_label_space=64.0,
                            category_label_gap=28.0, axis_title_space=22.0, bottom_space=38.0,
                            axis_title_offset=36.0, y_title_offset=10.0, marker_size=8.0,
                            bar_gap=3.0, group_gap=16.0, data_label_nudge=9.0,
                            round_padding=12.0, legend_height=34.0, legend_swatch=12.0,
                            legend_text_gap=6.0, legend_entry_space=38.0, legend_entry_min=90.0,
                            legend_shift=12.0, legend_baseline=14.0)
PAGE_CHART = ChartGeometry(line_width=2.0)
