"""A chart's design: strokes, gaps and proportions, one set for slides and one for pages."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChartGeometry:
    line_width: float  # a line series' stroke, in points


SLIDE_CHART = ChartGeometry(line_width=2.5)
PAGE_CHART = ChartGeometry(line_width=2.0)
