"""Layout of the deck: decides every box, size, line count and split, with measured text.

Pure: the model and theme in, a `DeckPlan` out (points), plus warnings and errors in `diags`.
The deck: a title slide, key judgments, an agenda, each section (its slide, then its blocks,
then its sub-sections) and the sources; each slide in the frame of `frame.py`, every text fitted
by the rules of `fit.py`, each block laid out by its module in `blocks/`.
"""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.diagnostics import Collector, Loc
from builder.layout.aside import beside, candidate
from builder.layout.blocks import block_slides
from builder.layout.fit import Fitter
from builder.layout.frame import Frame
from builder.layout.plan import Box, DeckPlan, Para, Shape, SlidePlan
from builder.measure import Measurer
from builder.outline import model
from builder.theme import Theme


def title_slide(o: model.Outline, frame: Frame) -> SlidePlan:
    t, g, fit = frame.t, frame.t.space.cover, frame.fit
    band_h = t.height * g.band
    wide = frame.w * g.title_width
    boxes = [fit.fitted("title", frame.x, g.title_top, wide, band_h - g.title_room,
                        "cover_title", [Para(o.title)], o.loc, "the title", placeholder="title",
                        anchor="bottom")]
    if o.subtitle:
        boxes.append(fit.fitted("subtitle", frame.x, band_h - g.subtitle_rise, wide,
                                g.subtitle_height, "cover_subtitle", [Para(o.subtitle)], o.loc,
                                "the subtitle", placeholder="subtitle"))
    meta = [Para(x) for x in (o.author, o.organisation, o.date) if x]
    if meta:
        boxes.append(fit.fitted("meta", frame.x, band_h + g.meta_gap, frame.w * g.meta_width,
                                frame.bottom - band_h - g.meta_bottom_gap, "cover_meta", meta,
                                o.loc, "the author, organisation and date"))
    shapes = (Shape("rect", 0, 0, t.width, band_h, fill="primary"),
              Shape("rect", frame.x, band_h - g.bar_rise, g.bar_width, g.bar_height,
                    fill="accent"))
    return SlidePlan("title", o.title, tuple(b for b in boxes if b), shapes, loc=o.loc)


def wants_dividers(o: model.Outline, theme: Theme) -> bool:
    """Dividers as the outline says, else when the deck has more sections than the theme's
    threshold."""
    if o.dividers is not None:
        return o.dividers
    return len(o.sections) > theme.slide.space.frame.divider_sections


def divider(s: model.Section, frame: Frame) -> SlidePlan:
    """A section's divider, in the title slide's design: its numbered title on the band (the
    agenda's wording: a slide title of its own, not the section slide's), its label just above
    the title's first line."""
    t, g, fit = frame.t, frame.t.space.cover, frame.fit
    band_h, wide = t.height * g.band, frame.w * g.title_width
    heading = wording.heading(s.number, s.title)
    title = fit.fitted("title", frame.x, g.title_top, wide, band_h - g.title_room, "cover_title",
                       [Para(heading)], s.loc, "the section title", placeholder="title",
                       anchor="bottom")
    shapes = (Shape("rect", 0, 0, t.width, band_h, fill="primary"),
              Shape("rect", frame.x, band_h - g.bar_rise, g.bar_width, g.bar_height,
                    fill="accent"))
    if title is None:
        return SlidePlan("divider", heading, (), shapes, loc=s.loc)
    used = title.lines * title.leading + 2 * t.inset  # as tall as its lines, at the band's foot
    title = replace(title, y=title.y + title.h - used, h=used)
    label = fit.fitted("divider_label", frame.x, max(0.0, title.y - frame.g.label_height),
                       wide, frame.g.label_height, "divider_label",
                       [Para(wording.section_label(s.number))], s.loc, "the section label")
    return SlidePlan("divider", heading, tuple(b for b in (title, label) if b), shapes,
                     loc=s.loc)  # the title read first


def judgments(o: model.Outline, frame: Frame) -> list[SlidePlan]:
    """The key judgments, numbered, on the theme's panel."""
    fit, g = frame.fit, frame.t.space.panel
    paras = [Para(wording.judgment(k), bullet=wording.list_number(i))
             for i, k in enumerate(o.key_judgments, 1)]
    y = frame.content_top()
    boxes = fit.flow(paras, "body", frame.x + g.pad, y + g.pad_top, frame.w - g.pad - g.pad_right,
                     frame.bottom - y - g.pad_bottom, o.loc, "key judgments")
    boxes = [frame.body_in_placeholder(b) for b in boxes]
    out = frame.continued("judgments", wording.KEY_JUDGMENTS, o.loc, [[b] for b in boxes])
    panels = []
    for box in boxes:  # the theme's panel behind them, unless they are in the template's body
        used, _ = fit.text_height(box.paras, fit.role("body"), box.size, box.w, True)
        panels.append(() if box.placeholder else
                      frame.panel(frame.x, y, frame.w, min(box.h, used) + g.pad_bottom))
    return [replace(slide, shapes=slide.shapes + panel) for slide, panel in zip(out, panels)]


def list_slides(kind: str, title: str, paras, loc, what: str, frame: Frame,
                notes: str = "", label: str = "") -> list[SlidePlan]:
    y = frame.content_top()
    boxes = frame.fit.flow(paras, "body" if kind != "agenda" else "agenda", frame.x, y, frame.w,
                           frame.bottom - y, loc, what)
    boxes = [frame.body_in_placeholder(b) for b in boxes]
    return frame.continued(kind, title, loc, [[b] for b in boxes], notes, label)


def agenda(o: model.Outline, frame: Frame) -> list[SlidePlan]:
    paras = []
    for s in o.sections:
        paras.append(Para(wording.heading(s.number, s.title), bold=True))
        paras += [Para(wording.heading(c.number, c.title), level=1, color="muted")
                  for c in s.subsections]
    return list_slides("agenda", wording.AGENDA, paras, o.loc, "agenda entries", frame)


def section(s: model.Section, frames: "Frames") -> list[SlidePlan]:
    """The section's own slide(s), then a slide or more per block (but a quote or callout set
    beside the bullets), then its sub-sections."""
    label = wording.section_label(s.number)
    frame = frames.of("section")
    aside = candidate(s) if frame.roomy else None
    out = aside and section_with_aside(s, frame, label, aside)
    if not out:
        out, aside = section_slides(s, frame, label), None
    for block in s.blocks:
        if model.shown_in(block, "deck") and block is not aside:
            out += block_slides(block, frames.of(BLOCK_KINDS[type(block)]), s, label)
    for sub in s.subsections:
        out += section(sub, frames)
    return out


def section_head(s: model.Section, frame: Frame) -> tuple[list[Box], list[Shape], float]:
    """The takeaway beside its accent bar, and where what follows it starts."""
    fit, g = frame.fit, frame.t.space.panel
    y = frame.content_top()
    takeaway = s.takeaway and fit.fitted(
        "takeaway", frame.x + g.takeaway_indent, y, frame.w - g.takeaway_indent,
        g.takeaway_height, "takeaway", [Para(s.takeaway)],
        getattr(s.takeaway, "loc", None) or s.loc, "the takeaway", tight=True)
    if not takeaway:
        return [], [], y
    bar = Shape("rect", frame.x, takeaway.y + g.bar_trim, frame.theme.accent_bar,
                takeaway.h - 2 * g.bar_trim, fill="accent")
    return [takeaway], [bar], y + takeaway.h + g.takeaway_gap


def section_with_aside(s: model.Section, frame: Frame, label: str, aside) -> list[SlidePlan]:
    """The section's slide with its quote or callout beside the bullets, if both fit."""
    head, bar, y = section_head(s, frame)
    laid = beside(aside, frame, [Para(b, bullet=wording.BULLET) for b in s.bullets], y,
                  frame.bottom)
    if laid is None:
        return []
    boxes, panel = laid
    head, shapes, boxes = settle(frame, head, [*bar, *panel], boxes)
    return frame.continued("section", s.title, s.loc, [[*head, *boxes]], s.notes, label,
                           shapes=shapes)


def section_slides(s: model.Section, frame: Frame, label: str) -> list[SlidePlan]:
    """Title, takeaway (beside an accent bar, heading every continuation) and bullets."""
    fit = frame.fit
    head, bar, y = section_head(s, frame)
    bullets = [Para(b, bullet=wording.BULLET) for b in s.bullets]
    if not bullets and not s.takeaway:
        bullets = [Para(c.title, bullet=wording.BULLET) for c in s.subsections]
    bodies = fit.flow(bullets, "body", frame.x, y, frame.w, frame.bottom - y,
                      getattr(s.bullets[0], "loc", None) if s.bullets else s.loc, "bullets")
    if len(bodies) == 1 and frame.roomy:  # (a takeaway alone stays under the title)
        head, bar, bodies = settle(frame, head, bar, grown(frame, bodies, y))
    bodies = [frame.body_in_placeholder(b) for b in bodies]
    if bodies or head:
        pages = [[*head, b] for b in bodies] or [head]
        return frame.continued("section", s.title, s.loc, pages, s.notes, label, shapes=bar)
    if s.notes:
        return [frame.slide("section", s.title, s.loc, [], notes=s.notes, label=label)]
    return []


def grown(frame: Frame, bodies: list[Box], top: float) -> list[Box]:
    """A short slide's bullets (from `top`), grown up to the body role's ceiling while they take
    at most the theme's share of the content area."""
    fit = frame.fit
    if not bodies or bodies[0].size < fit.role("body").size:
        return bodies
    body, role, start = bodies[0], fit.role("body"), frame.content_top()
    room = min((frame.bottom - start) * frame.g.grow_fill - (top - start), frame.bottom - top)
    size = fit.grow(body.paras, role, body.w, room, bool(body.indent))
    if size <= body.size:
        return bodies
    return [fit.body_box(body.x, body.y, body.w, frame.bottom - top, "body", list(body.paras),
                         size, True)]


def settle(frame: Frame, head: list[Box], shapes: list[Shape],
           bodies: list[Box]) -> tuple[list[Box], list[Shape], list[Box]]:
    """A short slide's content on the built-in design moved down by the theme's share of the room
    it leaves, so it does not hug the top with the lower half empty."""
    end = max([b.y + b.h for b in (*head, *bodies)] + [sh.y + sh.h for sh in shapes],
              default=frame.content_top())
    drop = max(0.0, (frame.bottom - end) * frame.g.float_share)
    return ([replace(b, y=b.y + drop) for b in head], [replace(sh, y=sh.y + drop) for sh in shapes],
            [replace(b, y=b.y + drop) for b in bodies])


def sources(o: model.Outline, frame: Frame) -> list[SlidePlan]:
    if not o.sources:
        return []
    paras = []
    for number, src in wording.sources_in_order(o):
        paras.append(Para(wording.source_entry(src, number), bullet=wording.BULLET))
        if src.url:
            paras.append(Para(src.url, level=1, url=src.url, color="primary"))
    return list_slides("sources", wording.SOURCES, paras, o.loc, "sources", frame)


BLOCK_KINDS = {model.Quote: "quote", model.Timeline: "timeline", model.Table: "table",
               model.Chart: "chart", model.Image: "image", model.Comparison: "comparison",
               model.Callout: "callout"}  # the kind of slide each block is laid out on


class Frames:
    """The frame of each kind of slide: one for all on the built-in design; on a template, one
    per kind, from the layout that kind goes on."""

    def __init__(self, outline: model.Outline, theme: Theme, fit: Fitter, kinds=None):
        self.built_in = Frame(outline, theme, fit)
        self.outline, self.theme, self.fit, self.kinds = outline, theme, fit, kinds
        self._frames: dict[str, Frame] = {}

    def of(self, kind: str) -> Frame:
        if self.kinds is None:
            return self.built_in
        if kind not in self._frames:
            from builder.layout.template_frame import TemplateFrame  # only a template's deck

            self._frames[kind] = TemplateFrame(self.outline, self.theme, self.fit,
                                               self.kinds[kind], kind)
        return self._frames[kind]

    def cover(self) -> SlidePlan:
        if self.kinds is None:
            return title_slide(self.outline, self.built_in)
        from builder.layout.template_frame import template_cover

        return template_cover(self.outline, self.of("title"))


def distinct_titles(slides: list[SlidePlan], fit: Fitter) -> list[SlidePlan]:
    """Every slide's title its own, as a screen reader's list of slides needs: a slide whose
    title an earlier one has says what it shows ("Genesis: Kremlin statement"), or its number
    among them, in the first wording that fits its title box."""
    seen: dict[str, int] = {}
    out = []
    for slide in slides:
        count = seen.get(slide.title, 0)
        if count:
            titles = [t for t in wording.distinct_titles(slide.title, slide.shows, count + 1)
                      if t not in seen]
            slide = retitled(slide, titles, fit)
        seen[slide.title] = seen.get(slide.title, 0) + 1
        out.append(slide)
    return out


def retitled(slide: SlidePlan, titles, fit: Fitter) -> SlidePlan:
    """The slide under the first of `titles` its title box holds (as it was if none)."""
    index = next((i for i, b in enumerate(slide.boxes) if b.placeholder == "title"), None)
    if index is None:
        return slide
    for title in titles:
        box = fit.refit(slide.boxes[index], [Para(title)])
        if box is not None:
            boxes = slide.boxes[:index] + (box,) + slide.boxes[index + 1:]
            return replace(slide, title=title, boxes=boxes)
    return slide


def layout_deck(outline: model.Outline, theme: Theme, measurer: Measurer,
                diags: Collector, kinds=None) -> DeckPlan:
    """The deck's plan; on a template, `kinds` holds each slide kind's frame on it
    (`builder.template.frames.kind_frames`)."""
    where = outline.loc or Loc("outline", 1, 1)
    frames = Frames(outline, theme, Fitter(theme.slide, measurer, diags, where), kinds)
    short = bool(outline.variant)  # an audience's cut: no agenda, no sources slide
    slides = [frames.cover(), *judgments(outline, frames.of("judgments")),
              *([] if short else agenda(outline, frames.of("agenda")))]
    dividers = frames.kinds is None and not short and wants_dividers(outline, theme)
    for s in outline.sections:
        if dividers:
            slides.append(divider(s, frames.built_in))
        slides += section(s, frames)
    slides += [] if short else sources(outline, frames.of("sources"))
    slides = [frames.of(sl.kind).finish(sl, i)
              for i, sl in enumerate(distinct_titles(slides, frames.fit), 1)]
    o = outline
    return DeckPlan(theme.slide.width, theme.slide.height, o.title, o.author or o.organisation,
                    o.subtitle, o.language, tuple(slides))
