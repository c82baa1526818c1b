"""The frame of a slide on the user's template: the title in the layout's title placeholder, the
content in its body placeholder (or the master's body area), both at the template's text sizes,
the footer and slide number where the master puts them. Every text is still fitted by the
theme's rules — shrink to the role's floor, then continue on another slide — starting from the
template's sizes."""
from __future__ import annotations

from dataclasses import replace

from builder.layout.fit import MEASURE_SLACK, Fitter
from builder.layout.frame import Frame
from builder.layout.plan import Box, Para, SlidePlan
from builder.outline import model
from builder.template.frames import KindFrame, TextArea
from builder.template.presentation import Box as Box_
from builder.theme import Role, Theme

BODY_ROLES = ("body", "agenda")  # the roles set in a body placeholder, at its level-1 size
PLACED = ("judgments", "section", "sources")  # kinds whose text goes in the layout's body
# placeholder, in its paragraph format; the others (the agenda, a list of headings set close, as
# in the report's contents) draw their content in its area


class TemplateFrame(Frame):
    """A `Frame` whose title, content area and footer come from one slide kind's layout."""

    roomy = False  # the layout's placeholders say where content goes

    def __init__(self, outline: model.Outline, theme: Theme, fit: Fitter, kind: KindFrame,
                 name: str = ""):
        super().__init__(outline, theme, fit)
        kind = kind._replace(footer=self.on_page(kind.footer), number=self.on_page(kind.number))
        self.kind = kind
        self.placed = (name in PLACED and kind.body is not None and kind.body.ph_idx >= 0
                       and kind.body.fmt is not None)
        self.fit = fit.with_roles(template_roles(theme, kind, self.placed))
        area = kind.body.box if kind.body else None
        if area is not None:
            self.x, _, self.w, _ = self.on_slide(area)
            self.bottom = min(area.y + area.h, self.bottom_limit()) - self.cited_height()
        self._content_top = (max(area.y, self.top_limit()) if area is not None
                             else self.content_top_default())

    def content_top_default(self) -> float:
        title = self.kind.title
        return (title.box.y + title.box.h + self.g.title_gap) if title else super().content_top()

    def content_top(self) -> float:
        return self._content_top

    def on_page(self, box):
        """A footer or number box, if it lies wholly on the slide (else the template's is of
        no use here: ours is drawn where the built-in design draws it)."""
        t = self.t
        if box is None or box.x < 0 or box.y < 0 or box.x + box.w > t.width + 0.01 \
                or box.y + box.h > t.height + 0.01:
            return None
        return box

    def top_limit(self) -> float:
        """The highest a box may start: under the top marking, if there is one."""
        return self.g.marking_inset + self.t.marking_height if self.outline.marking else 0.0

    def on_slide(self, box) -> tuple[float, float, float, float]:
        """A placeholder's box kept on the slide and clear of the markings (real templates put
        titles partly above the slide's top edge, or boxes past its foot)."""
        top = max(box.y, self.top_limit())
        bottom = min(box.y + box.h, self.bottom_limit())
        left, right = max(box.x, 0.0), min(box.x + box.w, self.t.width)
        return left, top, max(0.0, right - left), max(0.0, bottom - top)

    def title_box(self, text: str, loc) -> Box | None:
        title = self.kind.title
        if title is None:
            return super().title_box(text, loc)
        x, y, w, h = self.on_slide(title.box)
        return self.fit.fitted("title", x, y, w, h, "title", [Para(text)], loc,
                               "the title", placeholder="title", anchor="bottom",
                               ph_type=title.ph_type, ph_idx=title.ph_idx)

    def label(self, text: str) -> Box | None:
        """The section label, above the title where the template leaves room for it."""
        title = self.kind.title
        if title is None or title.box.y < self.g.label_rise + self.g.marking_inset:
            return None
        g = self.g
        return self.fit.fitted("kicker", title.box.x, title.box.y - g.label_rise, g.label_width,
                               g.label_height, "section_number", [Para(text)], None,
                               "the section label")

    def slide(self, kind, title, loc, boxes, shapes=(), notes="", label="") -> SlidePlan:
        """A slide on the layout: its title and label around `boxes` (no rule: the template has
        its own design)."""
        head = self.title_box(title, loc)
        parts = [b for b in (head, self.label(label) if label else None) if b is not None]
        return SlidePlan(kind, title, tuple(parts) + tuple(boxes), tuple(shapes), notes=notes,
                         layout=self.kind.layout, loc=loc)

    def body_in_placeholder(self, box: Box) -> Box:
        """A content box that fills the layout's body placeholder is written into it."""
        body = self.kind.body
        if not self.placed or box.name != "body":
            return box
        return replace(box, placeholder="body", ph_type=body.ph_type, ph_idx=body.ph_idx)

    def footer(self, number: int) -> list[Box | None]:
        """The master's footer box holds the handling marking (where house templates put it),
        or the short title when there is none; the number box the slide number. Nothing where
        the template has no such boxes."""
        o, out = self.outline, []
        if self.kind.footer is not None:
            b = self.kind.footer
            role, text, what = (("marking", o.marking, "the marking") if o.marking else
                                ("footer", o.footer_title, "the short title in the footer"))
            out.append(self.fit.fitted("marking_bottom" if o.marking else "footer", b.x, b.y,
                                       b.w, b.h, role, [Para(text)], o.loc, what,
                                       align="center", anchor="middle"))
        if self.kind.number is not None:
            b = self.kind.number
            out.append(self.fit.fitted("slide_number", b.x, b.y, b.w, b.h, "footer",
                                       [Para(str(number))], None, "the slide number",
                                       align="right", anchor="middle"))
        return out

    def markings(self, on_cover: bool) -> list[Box | None]:
        """The marking at the top (the template's cover has no band of ours), and at the
        bottom unless the master's footer box holds it."""
        top, bottom = super().markings(False)
        marks = [top] if self.kind.footer is not None else [top, bottom]
        return [self.on_a_label(b) for b in marks]

    def on_a_label(self, box: Box | None) -> Box | None:
        """A marking drawn on the template's own background is set on a label of the page
        colour, just wide enough for it, so it reads on any picture or colour band."""
        if box is None:
            return None
        role = self.fit.role(box.role)
        text = self.fit.m.width(box.paras[0].text, box.size, role.bold, role.italic,
                                family=role.family)
        width = min(box.w, text / MEASURE_SLACK + 2 * self.t.inset + 2)
        return replace(box, x=box.x + (box.w - width) / 2, w=width, fill="on_primary")

    def bottom_limit(self) -> float:
        """The lowest a content box may reach: above the bottom marking, when it is drawn at
        the slide's foot (not in the template's footer box)."""
        t = self.t
        if not self.outline.marking or self.kind.footer is not None:
            return t.height
        return t.height - t.marking_height - self.g.marking_inset


def template_roles(theme: Theme, kind: KindFrame, placed: bool = False) -> dict[str, Role]:
    """The title and body roles at the sizes of `kind`'s placeholders; `placed`: body text goes
    in the body placeholder, in its paragraph format."""
    roles = {}
    s = theme.slide
    if kind.title is not None:  # text in the template's placeholders takes their weight and colour
        roles["title"] = at_size(s.title, kind.title, bold=False, color="")
        roles["cover_title"] = at_size(s.cover_title, kind.title, bold=False, color="")
    if kind.body is not None and kind.body.sizes:
        for name in BODY_ROLES:
            roles[name] = replace(at_size(getattr(s, name), kind.body, color=""),
                                  placed=kind.body.fmt if placed else None)
        roles["cover_subtitle"] = at_size(s.cover_subtitle, kind.body, color="")
        roles["cover_meta"] = replace(s.cover_meta, color="")
    return roles


def at_size(role: Role, area: TextArea, bold: bool | None = None, color: str | None = None) -> Role:
    """`role` at the area's level-1 size; its floor stays the theme's (a floor is the smallest
    size that is still read comfortably, whatever size the template starts from)."""
    size = area.sizes[0]
    return replace(role, size=size, floor=min(role.floor, size),
                   bold=role.bold if bold is None else bold,
                   color=role.color if color is None else color)


def template_cover(o: model.Outline, frame: TemplateFrame) -> SlidePlan:
    """The title slide on the template's title layout: the title and subtitle in its
    placeholders, the author, organisation and date under them."""
    kind, fit = frame.kind, frame.fit
    boxes = []
    if kind.title is not None:
        b = Box_(*frame.on_slide(kind.title.box))
        boxes.append(fit.fitted("title", b.x, b.y, b.w, b.h, "cover_title", [Para(o.title)],
                                o.loc, "the title", placeholder="title", anchor="bottom",
                                ph_type=kind.title.ph_type, ph_idx=kind.title.ph_idx))
    meta = [Para(x) for x in (o.author, o.organisation, o.date) if x]
    # the subtitle placeholder takes the author lines too, in its own style (a text box under
    # it would not know the colour of the template's cover)
    below = meta_area(frame, meta) if kind.body is None else None
    sub = [Para(o.subtitle)] if o.subtitle else []
    if kind.body is not None and (sub or meta):
        b = Box_(*frame.on_slide(kind.body.box))
        paras = sub + meta
        boxes.append(fit.fitted("subtitle", b.x, b.y, b.w, b.h, "cover_subtitle", paras, o.loc,
                                "the subtitle", placeholder="subtitle",
                                ph_type=kind.body.ph_type, ph_idx=kind.body.ph_idx))
    if meta and below is not None:
        boxes.append(fit.fitted("meta", *below, "cover_meta", meta, o.loc,
                                "the author, organisation and date"))
    return SlidePlan("title", o.title, tuple(b for b in boxes if b), (), layout=kind.layout,
                     loc=o.loc)


def meta_area(frame: TemplateFrame, meta) -> tuple[float, float, float, float] | None:
    """Where the author, organisation and date go on the cover: under the subtitle (or the
    title) if they fit there, else None."""
    kind = frame.kind
    foot = kind.body.box if kind.body is not None else (kind.title.box if kind.title else None)
    top = (foot.y + foot.h if foot is not None else frame.content_top()) + frame.g.title_gap
    x, w = (foot.x, foot.w) if foot is not None else (frame.x, frame.w)
    h = frame.bottom_limit() - top
    if not meta or h <= 0 or frame.fit.fit(meta, frame.fit.role("cover_meta"), w, h) is None:
        return None
    return x, top, w, h
