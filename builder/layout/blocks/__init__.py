"""One layout per kind of block, registered once: a block's model value in, its slides out.

Every type in `model.BLOCK_TYPES` has an entry (a test checks it). A new block type adds its
module here and one line to `LAYOUTS`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from builder import wording

from builder.layout.blocks import callout, chart, comparison, image, quote, table, timeline
from builder.layout.frame import Frame
from builder.layout.plan import SlidePlan
from builder.outline import model

Layout = Callable[[model.Block, Frame, model.Section, str], list[SlidePlan]]

LAYOUTS: dict[type, Layout] = {
    model.Quote: quote.slides,
    model.Timeline: timeline.slides,
    model.Table: table.slides,
    model.Chart: chart.slides,
    model.Image: image.slides,
    model.Comparison: comparison.slides,
    model.Callout: callout.slides,
}


def block_slides(block: model.Block, frame: Frame, section: model.Section,
                 label: str) -> list[SlidePlan]:
    """The slides of one block of `section`, under the section's label, each saying what it
    shows (a slide titled as an earlier one is told apart by it)."""
    shows = wording.block_shows(block)
    return [replace(s, shows=shows) for s in LAYOUTS[type(block)](block, frame, section, label)]
