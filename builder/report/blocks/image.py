"""An image at the frame's width (or scaled down to the theme's height limit), tagged as a
Figure with its alternative text, and its caption and credit under it."""
from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer

from builder import wording
from builder.outline import model
from builder.outline.pictures import picture_bytes
from builder.report.context import Context
from builder.report.tagging.flowables import figure
from builder.report.tagging.tree import Node

# the alternative text is also laid over the picture as invisible text, for search and copy:
# its size and inset are never seen
ALT_TEXT_SIZE, ALT_TEXT_X, ALT_TEXT_DROP = 8, 2, 10


def flowables(image: model.Image, ctx: Context) -> list[Flowable]:
    width, height = size(image, ctx)
    node = ctx.record.tree.add("Figure", alt=image.alt)
    parts: list[Flowable] = [Picture(image.path, width, height, image.alt, ctx.fonts.regular, node)]
    caption = wording.image_caption(image)
    if caption:
        parts.append(ctx.paragraph(caption, "figure_caption"))
    return [Spacer(1, ctx.page.space.block_gap), KeepTogether(parts)]


def size(image: model.Image, ctx: Context) -> tuple[float, float]:
    """The frame's width at the image's aspect ratio, scaled down to fit the height limit."""
    width = ctx.frame_width
    height = width * image.height_px / image.width_px
    limit = ctx.size[1] * ctx.page.space.image_max_height
    if height > limit:
        width, height = width * limit / height, limit
    return width, height


class Picture(Flowable):
    """An image scaled to its box, marked as a Figure whose /Alt is the alternative text."""

    def __init__(self, path: str, width: float, height: float, alt: str, font: str, node: Node):
        super().__init__()
        self.path, self.width, self.height, self.alt, self.font = path, width, height, alt, font
        self.node = node

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        with figure(canv, self.node, self.width, self.height):
            # by its content, not its path: reportlab names an image drawn from a file by the
            # file's path, so the same report built in another folder had other bytes
            data, _ = picture_bytes(self.path)  # upright, 8-bit (16 bits would be clipped)
            canv.drawImage(ImageReader(io.BytesIO(data)), 0, 0, self.width, self.height,
                           preserveAspectRatio=True, mask="auto")
            label = canv.beginText(ALT_TEXT_X, self.height - ALT_TEXT_DROP)
            label.setTextRenderMode(3)  # invisible
            label.setFont(self.font, ALT_TEXT_SIZE)
            label.textLine(self.alt)
            canv.drawText(label)
