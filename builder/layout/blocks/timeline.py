"""A timeline drawn as one: a rule, a dot per event, the date above and the event below; at most
the theme's number of events per slide, continuing on further slides."""
from __future__ import annotations

from dataclasses import replace

from builder.layout.frame import Frame
from builder.layout.plan import Para, Shape, SlidePlan
from builder.outline import model

PARTS = ("timeline_when", "timeline_what", "timeline_detail")


def slides(tl: model.Timeline, frame: Frame, section: model.Section,
           label: str) -> list[SlidePlan]:
    g = frame.t.space.timeline
    n = g.events_per_slide
    groups = [tl.events[i:i + n] for i in range(0, len(tl.events), n)]
    if len(groups) > 1:
        frame.fit.diags.warning(tl.loc or frame.fit.where, f"{len(tl.events)} timeline events "
                                f"split across {len(groups)} slides", "split")
    pages, shape_sets = [], []
    for events in groups:
        laid = row(events, tl, frame)
        if laid is None:
            return []
        pages.append(laid[0])
        shape_sets.append(laid[1])
    out = frame.continued("timeline", tl.title, tl.loc, pages)
    return [replace(sl, shapes=sl.shapes + tuple(sh)) for sl, sh in zip(out, shape_sets)]


def sizes_for(events, tl: model.Timeline, frame: Frame, col: float) -> dict | None:
    """One size per part (date, event, detail) that fits every event's column, or None."""
    g, fit = frame.t.space.timeline, frame.fit
    texts = texts_of(events)
    sizes = {}
    for part, limit in zip(PARTS, (g.when_height, g.what_height, g.detail_height)):
        role = fit.role(part)
        fits = [fit.fit(p, role, col - g.column_pad, limit) for p in texts[part]]
        if any(f is None for f in fits):
            bad = events[fits.index(None)]
            fit.diags.error(bad.loc or tl.loc, "this timeline event does not fit its column even "
                            "at the smallest size; shorten it", "overflow")
            return None
        sizes[part] = min(fits) if fits else role.size
    return sizes


def texts_of(events) -> dict[str, list[list[Para]]]:
    return {"timeline_when": [[Para(e.when)] for e in events],
            "timeline_what": [[Para(e.what)] for e in events],
            "timeline_detail": [[Para(e.detail)] for e in events if e.detail]}


def row(events, tl: model.Timeline, frame: Frame):
    """The boxes and shapes of one slide's events, or None when one does not fit."""
    g, fit = frame.t.space.timeline, frame.fit
    col = frame.w / max(len(events), 1)
    sizes = sizes_for(events, tl, frame, col)
    if sizes is None:
        return None
    line_y = frame.content_top() + g.line_drop
    texts = texts_of(events)
    heights = {part: max([fit.text_height(p, fit.role(part), sizes[part], col - g.column_pad,
                                          False)[0] for p in texts[part]] or [0])
               for part in PARTS}
    boxes = []
    shapes = [Shape("rect", frame.x, line_y - g.line_height / 2, frame.w, g.line_height,
                    fill="rule")]
    y_what = line_y + g.what_gap
    y_detail = y_what + heights["timeline_what"] + g.detail_gap
    inner = col - g.column_pad
    for i, e in enumerate(events):
        cx = frame.x + col * i + col / 2
        bx = frame.x + col * i + g.column_pad / 2
        wh = heights["timeline_when"]
        boxes.append(fit.box("when", bx, line_y - g.when_gap - wh, inner, wh, "timeline_when",
                             [Para(e.when)], sizes["timeline_when"], align="center",
                             anchor="bottom"))
        shapes.append(Shape("dot", cx - g.dot / 2, line_y - g.dot / 2, g.dot, g.dot,
                            fill="accent"))
        boxes.append(fit.box("what", bx, y_what, inner, heights["timeline_what"],
                             "timeline_what", [Para(e.what)], sizes["timeline_what"],
                             align="center"))
        if e.detail:
            boxes.append(fit.box("detail", bx, y_detail, inner, heights["timeline_detail"],
                                 "timeline_detail", [Para(e.detail)], sizes["timeline_detail"],
                                 align="center"))
    return boxes, shapes
