"""The handout: each slide of the deck's plan, drawn as in the slides PDF, scaled across the
report's page (its size, margins and theme), with its speaker notes beneath; the next slide
follows on the same page when it fits there with its notes; notes too long for a page continue
on the next, under a header that says whose notes they are."""
from __future__ import annotations

import io
from copy import copy

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer)

from builder import wording
from builder.graphics.breaks import ZeroWidthBreaks
from builder.layout.plan import DeckPlan, Para, SlidePlan
from builder.measure import Measurer
from builder.outline.scripts import has_complex
from builder.outline.text import runs_of
from builder.slides.document import SlidePainter, register
from builder.slides.text import Piece, TextPainter, is_rtl, line_runs, set_line
from builder.theme import Role, Theme
from builder.xmltext import escape, quoteattr


class SlideFlowable(Flowable):
    """One planned slide, scaled to the frame's width, with a hairline round it."""

    def __init__(self, slide: SlidePlan, plan: DeckPlan, theme: Theme, measurer: Measurer,
                 width: float, drawn=None):
        super().__init__()
        self.slide, self.plan, self.theme, self.measurer = slide, plan, theme, measurer
        self.drawn = drawn  # told the slide's number when it is drawn (the page's header)
        self.scale = width / plan.width
        self.width, self.height = width, plan.height * self.scale

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.scale(self.scale, self.scale)
        SlidePainter(c, self.theme, self.measurer, self.plan.height).draw(self.slide)
        c.restoreState()
        c.setStrokeColor(HexColor("#" + self.theme.color("rule")))
        c.setLineWidth(self.theme.page.space.furniture_rule_width)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.drawn is not None:
            self.drawn(self.slide.number)


class ShapedNote(Flowable):
    """A paragraph of notes with Persian, Arabic, Hebrew or CJK text: broken into the lines the
    measurer measures at the frame's width, each set as the slides set theirs (`set_line`):
    shaped, in its direction, right-aligned when it runs right to left."""

    def __init__(self, value, role: Role, theme: Theme, measurer: Measurer):
        super().__init__()
        self.value, self.role, self.theme, self.measurer = value, role, theme, measurer
        self.leading = round(role.size * role.leading, 2)
        self.spaceBefore = role.space_before
        self.lines: list[str] = []

    def wrap(self, availWidth, availHeight):
        if not self.lines or self.width != availWidth:
            r = self.role
            self.lines = self.measurer.lines(self.value, availWidth, r.size, r.bold, r.italic,
                                             family=r.family)
        self.width, self.height = availWidth, len(self.lines) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.leading)
        if fits < 1 or fits >= len(self.lines):
            return []
        head, tail = copy(self), copy(self)
        head.lines, tail.lines = self.lines[:fits], self.lines[fits:]
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        r, rtl = self.role, is_rtl(self.value)
        painter = TextPainter(self.canv, self.theme, self.measurer, self.height)
        para = Para(self.value)
        for n, stretch in enumerate(line_runs(runs_of(self.value), self.lines)):
            baseline = self.height - r.size - n * self.leading
            pieces = [painter.piece(text, run, r, para, r.size, r.bold) for text, run in stretch]
            set_line(self.canv, self.measurer, pieces, 0.0, self.width, baseline, "", rtl,
                     painter.underline(r.size))


class HandoutTemplate(BaseDocTemplate):
    """Knows which slide each page shows (or continues the notes of), for its header."""

    def __init__(self, buffer, plan: DeckPlan, theme: Theme, measurer: Measurer,
                 marking: str = "", **kw):
        super().__init__(buffer, **kw)
        self.plan, self.theme, self.measurer, self.marking = plan, theme, measurer, marking
        self.on_page: list[int] = []  # the slides drawn on this page
        self.last = 0  # the last slide drawn so far

    def slide_drawn(self, number: int) -> None:
        self.on_page.append(number)
        self.last = number

    def handle_pageBegin(self):
        self.on_page = []
        super().handle_pageBegin()

    def afterPage(self) -> None:
        total = len(self.plan.slides)
        if self.on_page:
            label = wording.handout_slides(self.on_page[0], self.on_page[-1], total)
        else:  # a page of notes continued from the last slide drawn
            label = wording.handout_slide(self.last, total, continued=True)
        furniture(self.canv, self, label)


def furniture(canv, doc: HandoutTemplate, label: str) -> None:
    """The short title and the slide (or whose notes continue) over a rule; the marking at the
    top and foot."""
    theme, p = doc.theme, doc.theme.page
    w, h = doc.pagesize
    fonts = doc.measurer.family("body")
    canv.saveState()
    canv.setFont(fonts.face(p.header.bold, p.header.italic), p.header.size)
    canv.setFillColor(HexColor("#" + theme.color(p.header.color)))
    title = doc.plan.title
    if has_complex(title):  # shaped, from the margin (its words in their order)
        piece = Piece(title, fonts.face(p.header.bold, p.header.italic), p.header.size,
                      theme.color(p.header.color), bold=p.header.bold)
        set_line(canv, doc.measurer, [piece], p.margin_x, 0.0, h - p.space.header_baseline,
                 "left", False, (0.0, 0.0))
    else:
        canv.drawString(p.margin_x, h - p.space.header_baseline, title)
    canv.drawRightString(w - p.margin_x, h - p.space.header_baseline, label)
    canv.setStrokeColor(HexColor("#" + theme.color("rule")))
    canv.setLineWidth(p.space.furniture_rule_width)
    canv.line(p.margin_x, h - p.space.header_rule, w - p.margin_x, h - p.space.header_rule)
    marking = doc.marking
    if marking:
        canv.setFont(fonts.face(p.marking.bold, p.marking.italic), p.marking.size)
        canv.setFillColor(HexColor("#" + theme.color(p.marking.color)))
        canv.drawCentredString(w / 2, h - p.space.marking_top, marking)
        canv.drawCentredString(w / 2, p.space.marking_bottom, marking)
    canv.restoreState()


def style(name: str, role: Role, theme: Theme, measurer: Measurer) -> ParagraphStyle:
    fonts = measurer.family(role.family)
    return ParagraphStyle(name, fontName=fonts.face(role.bold, role.italic), fontSize=role.size,
                          leading=round(role.size * role.leading, 2),
                          textColor=HexColor("#" + theme.color(role.color)),
                          spaceBefore=role.space_before, splitLongWords=1)


def markup(value: str, theme: Theme) -> str:
    """Paragraph markup showing exactly `value`, its runs' emphasis and links as markup."""
    out = []
    for run in runs_of(value):
        text = escape(run.text).replace('"', "&quot;").replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.link:
            text = (f"<a href={quoteattr(run.link)} color=\"#{theme.color(theme.page.link)}\">"
                    f"<u>{text}</u></a>")
        out.append(f"<super>{text}</super>" if run.cite else text)
    return "".join(out)


def story(plan: DeckPlan, theme: Theme, measurer: Measurer, width: float,
          drawn=None) -> list[Flowable]:
    p = theme.page
    heading = style("notes-heading", p.caption, theme, measurer)
    body = style("notes", p.body, theme, measurer)
    muted = style("no-notes", p.attribution, theme, measurer)
    out: list[Flowable] = []
    for i, slide in enumerate(plan.slides):
        lines = [line for line in str(slide.notes).split("\n") if line.strip()]
        if any(r.bold and r.italic for line in lines for r in runs_of(line)):
            measurer.family("body").register(bolditalic=True)  # read on first use
        notes = ([ShapedNote(line, p.body, theme, measurer) if has_complex(line) or is_rtl(line)
                  else ZeroWidthBreaks(markup(line, theme), body) for line in lines]
                 or [Paragraph(escape(wording.NO_NOTES), muted)])
        if i:
            out.append(Spacer(1, p.space.handout_slide_gap))
        # a slide and its notes on one page (on the next, if this one has not the room);
        # notes longer than a page continue on the next
        out.append(KeepTogether([SlideFlowable(slide, plan, theme, measurer, width, drawn),
                                 Spacer(1, p.space.handout_notes_gap),
                                 Paragraph(escape(wording.SPEAKER_NOTES), heading), *notes]))
    return out


def write_handout_pdf(plan: DeckPlan, theme: Theme, measurer: Measurer, page_size: str,
                      marking: str = "") -> bytes:
    """The handout of `plan` on pages of the report's `page_size` ("A4", "Letter")."""
    rl_config.invariant = 1
    register(measurer)
    p = theme.page
    size = p.sizes[page_size]
    buffer = io.BytesIO()
    doc = HandoutTemplate(buffer, plan, theme, measurer, marking, pagesize=size,
                          title=plan.title, author=plan.author, subject=plan.subject, creator="briefing",
                          producer="briefing", lang=plan.language, invariant=1,
                          initialFontName=measurer.fonts.regular, leftMargin=p.margin_x,
                          rightMargin=p.margin_x, topMargin=p.margin_top,
                          bottomMargin=p.margin_bottom)
    width = size[0] - 2 * p.margin_x
    frame = Frame(p.margin_x, p.margin_bottom, width, size[1] - p.margin_top - p.margin_bottom,
                  0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("handout", [frame])])
    doc.build(story(plan, theme, measurer, width, doc.slide_drawn))
    return buffer.getvalue()
