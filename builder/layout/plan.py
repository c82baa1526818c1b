"""The deck's layout plan: plain values, in points, that the PPTX writer carries out as is."""
from __future__ import annotations

from dataclasses import field

from builder.diagnostics import Loc
from builder.outline.model import Chart
from builder.records import frozen
from builder.theme.role import Role


@frozen
class Para:
    """A paragraph: its text (whose runs the writers write), list level, mark, weight, colour."""

    text: str
    level: int = 0
    bullet: str = ""      # "" none, "•" a bullet, "1." a number
    bold: bool | None = None  # None: the role's weight
    color: str = ""       # palette name; "" the role's colour
    url: str = ""


@frozen
class Box:
    """A text box (or a placeholder when `placeholder` is set) with its decided size and lines."""

    name: str
    x: float
    y: float
    w: float
    h: float
    role: str
    size: float
    paras: tuple[Para, ...]
    lines: int = 1
    placeholder: str = ""  # "title" or "subtitle"
    align: str = "left"
    anchor: str = "top"
    indent: float = 0.0    # hanging indent for bullets, in points
    style: Role | None = None  # the role as layout used it (a template's size, weight, colour)
    fill: str = ""         # a palette colour behind the text ("": none)
    ph_type: str = ""      # on a template: the layout placeholder's type ("title", "obj"…)
    ph_idx: int = -1       # and index (-1: none, or the type alone identifies it)
    leading: float = 0.0   # line height, in points (decided by layout with the size)
    space_before: float = 0.0  # before each paragraph after the first, in points


@frozen
class Shape:
    """A rectangle, line or dot, filled or outlined in palette colours."""

    kind: str  # "rect", "line", "dot"
    x: float
    y: float
    w: float
    h: float
    fill: str = ""   # palette name
    line: str = ""   # palette name


@frozen
class Cell:
    """A table cell's text, and whether it is a header."""

    text: str
    header: bool = False


@frozen
class TableBox:
    """A table with its decided column widths, row heights, text sizes and line heights."""

    x: float
    y: float
    col_widths: tuple[float, ...]
    row_heights: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]  # the first is the header
    header_size: float
    cell_size: float
    align: tuple[str, ...] = ()
    first_column: bool = False
    header_leading: float = 0.0  # line heights, in points
    cell_leading: float = 0.0


@frozen
class ChartBox:
    """Where a native chart goes, and the text size its labels use."""

    x: float
    y: float
    w: float
    h: float
    chart: Chart
    label_size: float


@frozen
class PictureBox:
    """A picture scaled to fit its area, keeping its aspect ratio."""

    x: float
    y: float
    w: float
    h: float
    path: str
    alt: str


Frame = TableBox | ChartBox | PictureBox
FRAME_TYPES: tuple[type, ...] = (TableBox, ChartBox, PictureBox)
"""What a block's layout may place on a slide besides text boxes and shapes. The deck writer has
one writer per type (`builder.deck.frames`); a test fails if one is missing."""


@frozen
class SlidePlan:
    """One slide: its kind, title, text boxes, shapes, frames and speaker notes."""

    kind: str  # "title", "judgments", "agenda", "section", "quote", "timeline", "table", "sources"
    title: str
    boxes: tuple[Box, ...] = ()
    shapes: tuple[Shape, ...] = ()
    frames: tuple[Frame, ...] = ()  # drawn above the boxes, in order
    notes: str = ""
    number: int = 0
    layout: str = ""  # on a template: the layout part the slide goes on
    shows: str = ""  # what a block's slide shows ("Kremlin statement", "chart"): told apart by it
    loc: Loc | None = field(default=None, compare=False, repr=False)

    def frame_of(self, kind: type):
        return next((f for f in self.frames if isinstance(f, kind)), None)

    @property
    def table(self) -> TableBox | None:
        return self.frame_of(TableBox)

    @property
    def chart(self) -> ChartBox | None:
        return self.frame_of(ChartBox)

    @property
    def picture(self) -> PictureBox | None:
        return self.frame_of(PictureBox)

    def texts(self) -> list[str]:
        out = [p.text for b in self.boxes for p in b.paras]
        if self.table:
            out += [c.text for row in self.table.rows for c in row]
        return out


@frozen
class DeckPlan:
    """The whole deck: slide size, document properties and the slides in order."""

    width: float
    height: float
    title: str
    author: str
    subject: str
    language: str
    slides: tuple[SlidePlan, ...]
