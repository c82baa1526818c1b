"""The report's vector chart, read back from its drawing: every label on the drawing, category
labels clear of the bars, values written as the deck writes them."""
from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Rect, String, mmult, transformPoint

from builder.outline import model
from builder.graphics.chart import ChartDrawing, number
from builder.report.context import Context
from builder.theme import DEFAULT
from builder.theme.fonts import load

IDENTITY = (1, 0, 0, 1, 0, 0)


def drawing(c: model.Chart, ctx: Context):
    """The chart as the report draws it: the shared drawing at the page's geometry."""
    return ChartDrawing(c, ctx.theme, ctx.page.chart, ctx.page.chart_label.size, ctx.fonts,
                        ctx.measurer, ctx.frame_width).drawing()


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.of(model.Outline(title="T", key_judgments=("k",), sections=()), DEFAULT,
                      load(DEFAULT.font))


def drawn(node, out=None, t=IDENTITY) -> list[tuple[object, tuple[float, ...]]]:
    """Every string and rectangle of a drawing with its bounds on the drawing."""
    out = [] if out is None else out
    if isinstance(node, (String, Rect)):
        x0, y0, x1, y1 = node.getBounds()
        (a, b), (c, d) = transformPoint(t, (x0, y0)), transformPoint(t, (x1, y1))
        out.append((node, (min(a, c), min(b, d), max(a, c), max(b, d))))
    elif hasattr(node, "contents"):
        t = mmult(t, getattr(node, "transform", IDENTITY))
        for child in node.contents:
            drawn(child, out, t)
    elif hasattr(node, "draw"):
        drawn(node.draw(), out, t)
    return out


def chart(kind: str, *values, categories=("Alpha", "Beta")) -> model.Chart:
    series = tuple(model.Series(f"s{i}", tuple(v)) for i, v in enumerate(values))
    return model.Chart(kind, categories, series)


AXIS_KINDS = ("column", "bar", "stacked-column", "stacked-bar", "line")
VALUES = {
    "huge": ((1e15, 3e14), (9.99e14, 1e15)),
    "huge negative": ((-1e15, -3e14), (-9.99e14, -1e15)),
    "both signs": ((-1e15, 1e15), (1e15, -1e15)),
    "long digits": ((123456789.123, 987654321), (1, 2)),
    "tiny": ((1e-15, 3e-15), (2e-15, 0)),
}


@pytest.mark.parametrize("kind", AXIS_KINDS)
@pytest.mark.parametrize("name", VALUES)
def test_every_label_of_an_axis_chart_stays_on_its_drawing(ctx, kind, name):
    d = drawing(chart(kind, *VALUES[name]), ctx)
    for shape, (x0, y0, x1, y1) in drawn(d):
        if isinstance(shape, String):
            assert 0 <= x0 and x1 <= d.width + 0.01, (shape.text, x0, x1, d.width)
            assert 0 <= y0 and y1 <= d.height + 0.01, (shape.text, y0, y1, d.height)


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("kind", ("bar", "column", "stacked-bar", "stacked-column"))
@pytest.mark.parametrize("values", [((-5, 3), (-2, 4)), ((-5, -3),), ((-1e15, 2),),
                                    ((-5, 3), (-2, -4), (1, -1))])
def test_no_text_is_under_a_bar_when_bars_go_below_zero(ctx, kind, values):
    """Category labels sit beside the plot, not on the zero line under a negative bar; a
    stacked chart's axis reaches its lowest sum, so no bar runs into the legend."""
    d = drawing(chart(kind, *values), ctx)
    shapes = drawn(d)
    texts = [(s.text, b) for s, b in shapes if isinstance(s, String)]
    bars = [b for s, b in shapes if isinstance(s, Rect) and b[2] - b[0] > 0 and b[3] - b[1] > 0]
    assert {"Alpha", "Beta"} <= {t for t, _ in texts} and bars
    assert not [(t, bar) for t, box in texts for bar in bars if overlaps(box, bar)]


@pytest.mark.parametrize("value, shown", [
    (0, "0"), (2500000, "2500000"), (0.35, "0.35"), (0.1 + 0.2, "0.3"), (-42, "-42"),
    (1234567890, "1234567890"), (3e15, "3E+15"), (1e15, "1E+15"), (-1.23456789e14, "-1.23457E+14"),
    (1e-15, "1E-15"), (0.00012, "0.00012")])
def test_a_value_is_written_short_as_the_decks_general_format_writes_it(value, shown):
    assert number(value) == shown
