"""The slides PDF's drawing of each kind of frame a block's layout places on a slide — a table,
a chart, a picture — registered once, as the deck's writers are (a test checks every
`plan.FRAME_TYPES` has one here too)."""
from __future__ import annotations

from typing import Callable

from reportlab.lib.colors import HexColor

from builder.layout.plan import Box, ChartBox, Para, PictureBox, TableBox


def table(t: TableBox, slide) -> None:
    """The table as the deck's: the header in the primary colour, zebra rows, each cell's text
    at the size and line height layout decided, set by the slide's text painter."""
    y = t.y
    for r, (row, height) in enumerate(zip(t.rows, t.row_heights)):
        x = t.x
        for c, (cell, width) in enumerate(zip(row, t.col_widths)):
            fill = "primary" if cell.header else ("zebra" if r % 2 == 0 else "on_primary")
            slide.rect(x, y, width, height, fill=fill)
            role = "table_header" if cell.header else "table_cell"
            box = Box("cell", x, y, width, height, role,
                      t.header_size if cell.header else t.cell_size, (Para(cell.text),),
                      align=t.align[c] if c < len(t.align) else "left",
                      leading=t.header_leading if cell.header else t.cell_leading)
            bold = True if (t.first_column and c == 0) else None
            slide.text.box(box, Para(cell.text, bold=bold))
            x += width
        y += height


def chart(box: ChartBox, slide) -> None:
    """The chart as a vector drawing in the theme's slide chart geometry, filling its frame."""
    from builder.graphics.chart import ChartDrawing, draw_on

    fonts = slide.measurer.family("body")
    maker = ChartDrawing(box.chart, slide.theme, slide.theme.slide.chart, box.label_size, fonts,
                         slide.measurer, box.w, box.h)
    draw_on(slide.canvas, maker.drawing(), box.x, slide.height - box.y - box.h, fonts.regular,
            box.label_size, HexColor("#" + slide.theme.color("ink")))


def picture(box: PictureBox, slide) -> None:
    """The picture in its box; drawn from an ImageReader, so the PDF names it by its content,
    not by its path (the same deck built in another folder has the same bytes); upright and
    8-bit, as the deck and the report show it (`builder.outline.pictures`)."""
    import io

    from reportlab.lib.utils import ImageReader

    from builder.outline.pictures import picture_bytes

    data, _ = picture_bytes(box.path)
    slide.canvas.drawImage(ImageReader(io.BytesIO(data)), box.x, slide.height - box.y - box.h,
                           box.w, box.h, mask="auto")


FRAMES: dict[type, Callable] = {TableBox: table, ChartBox: chart, PictureBox: picture}


def draw_frame(frame, slide) -> None:
    """One frame on `slide` (a `SlidePainter`)."""
    FRAMES[type(frame)](frame, slide)
