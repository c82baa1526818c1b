"""A picture on a slide of its own, scaled to the content area keeping its aspect ratio, with its
caption and credit under it."""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.layout.frame import Frame
from builder.layout.plan import PictureBox, SlidePlan
from builder.outline import model


def slides(image: model.Image, frame: Frame, section: model.Section,
           label: str) -> list[SlidePlan]:
    gap = frame.t.space.blocks.picture_gap
    y = frame.content_top()
    foot, bottom = frame.footnote(wording.image_caption(image), image.loc)
    area_w, area_h = frame.w, bottom - y - gap
    ratio = (image.width_px / image.height_px) if image.height_px else 1.0
    w, h = (area_w, area_w / ratio) if area_w / ratio <= area_h else (area_h * ratio, area_h)
    picture = PictureBox(frame.x + (area_w - w) / 2, y, w, h, image.path, image.alt)
    if foot:  # the caption sits under the picture
        foot = replace(foot, y=y + h + gap)
    slide = frame.slide("image", section.title, image.loc or section.loc,
                        [foot] if foot else [], label=label)
    return [replace(slide, frames=(picture,))]
