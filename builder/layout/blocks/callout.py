"""A callout on a slide of its own: its label ('ASSESSMENT — MODERATE CONFIDENCE'), title and text
on a panel whose bar is the accent colour, or the marking colour for a warning."""
from __future__ import annotations

from builder import wording
from builder.layout.frame import Frame
from builder.layout.plan import Para, SlidePlan
from builder.outline import model


def slides(c: model.Callout, frame: Frame, section: model.Section,
           label: str) -> list[SlidePlan]:
    fit, g = frame.fit, frame.t.space.blocks
    y = frame.content_top() + g.callout_drop
    x, w = frame.x + g.callout_indent, frame.w - g.callout_narrower
    parts = [("callout_label", [Para(wording.callout_label(c))], g.callout_label_height)]
    if c.title:
        parts.append(("callout_title", [Para(c.title)], g.callout_title_height))
    parts.append(("callout_text", [Para(c.text)], frame.bottom - y - g.callout_room))
    boxes, top = [], y
    for role_name, paras, limit in parts:
        box = fit.fitted(role_name, x, top, w, min(limit, frame.bottom - top - g.callout_foot),
                         role_name, paras, c.loc or section.loc, "this callout", tight=True)
        if box is None:
            return []
        boxes.append(box)
        top += box.h + g.callout_gap
    bar = "marking" if c.kind == "warning" else "accent"
    panel = frame.panel(frame.x, y - g.callout_pad_top, frame.w,
                        top - y + g.callout_pad, frame.theme.accent_bar * g.callout_bar, bar)
    return [frame.slide("callout", section.title, c.loc or section.loc, boxes, panel, label=label)]
