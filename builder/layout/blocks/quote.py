"""A quotation on a slide of its own: the words large, who said it beneath, on a panel; a long
quotation continues on further slides, cut between words."""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.layout.frame import Frame
from builder.layout.plan import Para, SlidePlan
from builder.outline import model


def slides(q: model.Quote, frame: Frame, section: model.Section, label: str) -> list[SlidePlan]:
    fit, g = frame.fit, frame.t.space.quote
    text, who = wording.quote_words(q), wording.attribution(q)
    x = frame.x + g.indent
    w = frame.w - g.narrower
    y = frame.content_top() + g.drop
    attr_role = fit.role("attribution")
    attr_size = fit.fit([Para(who)], attr_role, w, g.attribution_height)
    if attr_size is None:
        fit.diags.error(q.loc or section.loc, "the quote's attribution does not fit on a slide; "
                        "shorten the name or role", "overflow")
        return []
    attr_h, _ = fit.text_height([Para(who)], attr_role, attr_size, w, False)
    avail = frame.bottom - y - attr_h - g.panel_room
    role = fit.role("quote")
    size = fit.fit([Para(text)], role, w, avail)
    pieces = [text]
    if size is None:  # a long quote continues on further slides
        size = role.floor
        pieces = fit.split_words(text, role, size, w, avail)
        fit.diags.warning(q.loc or section.loc, f"a long quote split across {len(pieces)} "
                          "slides", "split")
    fit.note_shrink(role, size, q.loc, "the quote")
    pages, panels = [], []
    for piece in pieces:
        qh, _ = fit.text_height([Para(piece)], role, size, w, False)
        top = y + g.offset + max(0.0, (avail - qh) / 2)  # the quote and its speaker centred
        qbox = fit.box("quote", x, top, w, qh, "quote", [Para(piece)], size)
        abox = fit.box("attribution", x, top + qh + g.attribution_gap, w, attr_h, "attribution",
                       [Para(who)], attr_size)
        pages.append([qbox, abox])
        panels.append(frame.panel(x - g.panel_left, top - g.panel_top, w + g.panel_wider,
                                  qh + g.attribution_gap + attr_h + g.panel_taller))
    out = frame.continued("quote", section.title, q.loc or section.loc, pages, label=label)
    return [replace(sl, shapes=sl.shapes + panel) for sl, panel in zip(out, panels)]
