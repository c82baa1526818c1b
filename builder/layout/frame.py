"""The frame every slide shares: title, section label, accent rule, content area, continuation
slides, panels, captions at the foot, and (when the deck is assembled) footer and marking."""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.layout.fit import Fitter
from builder.layout.plan import Box, Para, Shape, SlidePlan
from builder.outline.text import runs_of
from builder.outline import model
from builder.theme import Theme


class Frame:
    """Where content goes on a slide of this deck, and the slide around it."""

    def __init__(self, outline: model.Outline, theme: Theme, fit: Fitter):
        self.outline, self.theme, self.fit = outline, theme, fit
        t = theme.slide
        g = t.space.frame
        self.t, self.g = t, g
        self.x = t.margin
        self.w = t.width - 2 * t.margin
        marked = bool(outline.marking)
        self.top = t.top if marked else g.top_unmarked
        self.bottom = t.height - t.footer_height - (t.marking_height + g.bottom_gap_marked
                                                    if marked else g.bottom_gap)
        self.bottom -= self.cited_height()  # room for a slide's "Sources: 1, 3" line
        self._alike: dict = {}  # boxes every slide has alike (see `alike`)

    def cited_height(self) -> float:
        """The height of the line naming a slide's cited sources (none if nothing is cited)."""
        if not self.outline.citations:
            return 0.0
        role = self.t.caption
        return self.fit.spacing(role, role.size)[0] + 2 * self.t.inset

    def cited_line(self, slide: SlidePlan) -> Box | None:
        """'Sources: 1, 3' under the content of a slide that cites them."""
        numbers = sorted({int(n) for text in slide.texts()  # boxes and table cells
                          for r in runs_of(text) if r.cite for n in r.text.split(",") if n})
        if not numbers:
            return None
        return self.fit.fitted("cited", self.x, self.bottom, self.w, self.cited_height(),
                               "caption", [Para(wording.cited(numbers))], None,
                               "the line of cited sources")

    roomy = True  # a short slide's text may grow and settle lower (not on a template's layout)

    def content_top(self) -> float:
        return self.top + self.t.title_height + self.g.title_gap

    def title_box(self, text: str, loc) -> Box | None:
        return self.fit.fitted("title", self.x, self.top, self.w, self.t.title_height, "title",
                               [Para(text)], loc, "the title", placeholder="title",
                               anchor="bottom")

    def label(self, text: str) -> Box | None:
        """The section label above the title ('SECTION 2')."""
        g = self.g
        return self.fit.fitted("kicker", self.x, self.top - g.label_rise, g.label_width,
                               g.label_height, "section_number", [Para(text)], None,
                               "the section label")

    def slide(self, kind, title, loc, boxes, shapes=(), notes="", label="") -> SlidePlan:
        """A slide with the frame's title, label and rule around `boxes` and `shapes`."""
        g = self.g
        head = self.title_box(title, loc)
        parts = [b for b in (head, self.label(label) if label else None) if b is not None]
        rule = Shape("rect", self.x, self.top + self.t.title_height + g.rule_gap, g.rule_width,
                     g.rule_height, fill="accent")
        return SlidePlan(kind, title, tuple(parts) + tuple(boxes), (rule, *shapes),
                         notes=notes, loc=loc)

    def continued(self, kind, title, loc, bodies_per_slide, notes="", label="",
                  shapes=()) -> list[SlidePlan]:
        """One slide per body list, titled 'Title (cont. 2/3)' after the first."""
        total = len(bodies_per_slide)
        return [self.slide(kind, wording.continued(title, i, total), loc, boxes, shapes,
                           notes=notes if i == 1 else "", label=label)
                for i, boxes in enumerate(bodies_per_slide, 1)]

    def body_in_placeholder(self, box: Box) -> Box:
        """On the built-in design, a content box is a text box of its own."""
        return box

    def panel(self, x, y, w, h, bar_width: float | None = None,
              bar: str = "accent") -> tuple[Shape, Shape]:
        """The theme's panel, as in the report: a surface with an accent bar at its left."""
        width = self.theme.accent_bar if bar_width is None else bar_width
        return (Shape("rect", x, y, w, h, fill="surface"),
                Shape("rect", x, y, width, h, fill=bar))

    def footnote(self, text: str, loc) -> tuple[Box | None, float]:
        """A caption or source line at the foot of the content area, and the y it starts at."""
        box = text and self.fit.fitted("caption", self.x, 0, self.w, self.g.caption_height,
                                       "caption", [Para(text)], loc, "this caption", tight=True)
        if not box:
            return None, self.bottom
        return replace(box, y=self.bottom - box.h), self.bottom - box.h

    def finish(self, slide: SlidePlan, number: int) -> SlidePlan:
        """Number the slide; add the footer (not on the title slide) and the marking."""
        boxes = list(slide.boxes)
        if self.outline.citations:
            boxes.append(self.cited_line(slide))
        if slide.kind != "title":
            boxes += self.footer(number)
        if self.outline.marking:
            boxes += self.markings(slide.kind in ("title", "divider"))
        return replace(slide, boxes=tuple(b for b in boxes if b is not None), number=number)

    def footer(self, number: int) -> list[Box | None]:
        t, g, o = self.t, self.g, self.outline
        y = t.height - t.footer_height - (t.marking_height + g.footer_gap_marked if o.marking
                                          else g.footer_gap)
        what = "the short title in the footer"
        return [self.alike("footer", "footer", o.loc, what, lambda: self.fit.fitted(
                    "footer", self.x, y, self.w - g.number_width, t.footer_height, "footer",
                    [Para(o.footer_title)], o.loc, what)),
                self.fit.fitted("slide_number", self.x + self.w - g.number_width, y,
                                g.number_width, t.footer_height, "footer", [Para(str(number))],
                                None, "the slide number", align="right")]

    def markings(self, on_cover: bool) -> list[Box | None]:
        """The marking at the top and bottom; on the cover's band, in the band's text colour."""
        t, g, o = self.t, self.g, self.outline
        out = []
        for name, y in (("marking_top", g.marking_inset),
                        ("marking_bottom", t.height - t.marking_height - g.marking_inset)):
            role = "marking_on_primary" if on_cover and name == "marking_top" else "marking"
            out.append(self.alike((name, role), role, o.loc, "the marking",
                                  lambda: self.fit.fitted(
                                      name, self.x + self.w * g.marking_start, y,
                                      self.w * g.marking_width, t.marking_height, role,
                                      [Para(o.marking)], o.loc, "the marking", align="center",
                                      anchor="middle")))
        return out

    def alike(self, key, role: str, loc, what: str, make) -> Box | None:
        """A box the frame puts alike on every slide (the short title in the footer, a
        marking), fitted once by `make`: each slide after the first says what fitting it says
        (a warning that it shrank) without fitting it again."""
        box = self._alike.get(key)
        if box is None:  # (one that does not fit is tried again: its error said each time)
            box = self._alike[key] = make()
        else:
            self.fit.note_shrink(self.fit.role(role), box.size, loc, what)
        return box
