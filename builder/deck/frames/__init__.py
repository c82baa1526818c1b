"""The deck's writer for each kind of frame a block's layout places on a slide — a table, a
chart, a picture — registered once. Text boxes and shapes need no entry: every block is drawn
with them, by `builder.deck.slide`. A new block that plans a new kind of frame adds its writer
here (a test checks every `plan.FRAME_TYPES` has one)."""
from __future__ import annotations

from typing import Callable

from builder.deck.frames import chart, picture, table
from builder.layout.plan import ChartBox, PictureBox, TableBox

FrameWriter = Callable[[object, object], str]

FRAMES: dict[type, FrameWriter] = {
    TableBox: table.frame_xml,
    ChartBox: chart.frame_xml,
    PictureBox: picture.frame_xml,
}


def write_frame(frame, slide) -> str:
    """The PresentationML of one frame on `slide` (a `SlideXml`), which records the parts the
    frame needs (a chart, an image) for the writer to relate to the slide."""
    return FRAMES[type(frame)](frame, slide)
