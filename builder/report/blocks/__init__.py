"""Each content block's flowables: one builder per `model.BLOCK_TYPES` entry, registered here
once. A block type without a builder is a loud error (and a failing test), not a silent gap."""
from __future__ import annotations

from typing import Callable

from reportlab.platypus import Flowable

from builder.outline import model
from builder.report.blocks import callout, chart, comparison, image, quote, table, timeline
from builder.report.context import Context

Builder = Callable[[model.Block, Context], list[Flowable]]

BUILDERS: dict[type, Builder] = {
    model.Quote: quote.flowables,
    model.Timeline: timeline.flowables,
    model.Table: table.flowables,
    model.Chart: chart.flowables,
    model.Image: image.flowables,
    model.Comparison: comparison.flowables,
    model.Callout: callout.flowables,
}


def flowables(block: model.Block, ctx: Context) -> list[Flowable]:
    """The block as the report shows it."""
    builder = BUILDERS.get(type(block))
    if builder is None:
        raise TypeError(f"the report has no builder for {type(block).__name__} blocks")
    return builder(block, ctx)
