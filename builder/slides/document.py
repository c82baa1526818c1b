"""The deck's plan drawn as a PDF, one page per slide at the slide's size: the same boxes, sizes,
colours and fonts the PPTX writer writes (the PDF embeds the fonts layout measured with), text
as real text, links live, charts as vector drawings, a bookmark per slide. Carries out layout's
decisions; decides nothing."""
from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from builder.layout.plan import DeckPlan, Shape, SlidePlan
from builder.measure import Measurer
from builder.slides.frames import draw_frame
from builder.slides.text import TextPainter
from builder.theme import Theme


class SlidePainter:
    """Draws planned slides on a canvas whose user space is the slide's (points, y up); the
    plan's y runs down from the slide's top edge, `height` turns it round."""

    def __init__(self, canvas, theme: Theme, measurer: Measurer, height: float):
        self.canvas, self.theme, self.measurer, self.height = canvas, theme, measurer, height
        self.text = TextPainter(canvas, theme, measurer, height)

    def colour(self, name: str):
        return HexColor("#" + self.theme.color(name))

    def rect(self, x, y, w, h, fill: str = "", line: str = "", round_: bool = False) -> None:
        """A rectangle (or the ellipse in it) in palette colours, at plan coordinates."""
        c = self.canvas
        if fill:
            c.setFillColor(self.colour(fill))
        if line:
            c.setStrokeColor(self.colour(line))
            c.setLineWidth(self.theme.rule_width)
        draw = c.ellipse if round_ else c.rect
        if round_:
            draw(x, self.height - y - h, x + w, self.height - y, stroke=int(bool(line)),
                 fill=int(bool(fill)))
        else:
            draw(x, self.height - y - h, w, h, stroke=int(bool(line)), fill=int(bool(fill)))

    def shape(self, s: Shape) -> None:
        self.rect(s.x, s.y, s.w, s.h, s.fill, s.line, round_=s.kind == "dot")

    def draw(self, slide: SlidePlan) -> None:
        """Shapes first (behind), then text boxes, then frames: the deck's order."""
        for s in slide.shapes:
            self.shape(s)
        for box in slide.boxes:
            if box.fill:
                self.rect(box.x, box.y, box.w, box.h, fill=box.fill)
            self.text.box(box)
        for frame in slide.frames:
            draw_frame(frame, self)


def register(measurer: Measurer) -> None:
    """The faces layout measured with, read into reportlab to draw with (and embed)."""
    for fonts in {measurer.family("body"), measurer.family("heading")}:
        fonts.register()


def write_slides_pdf(plan: DeckPlan, theme: Theme, measurer: Measurer) -> bytes:
    """Every slide of `plan` as a page of a PDF the slide's size."""
    rl_config.invariant = 1
    register(measurer)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(plan.width, plan.height), invariant=1,
                    initialFontName=measurer.fonts.regular, lang=plan.language)
    canvas.setTitle(plan.title)
    canvas.setAuthor(plan.author)
    canvas.setSubject(plan.subject)
    canvas.setCreator("briefing")
    canvas.setProducer("briefing")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    painter = SlidePainter(canvas, theme, measurer, plan.height)
    for number, slide in enumerate(plan.slides, 1):
        key = f"slide-{number}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(f"{number}. {slide.title}", key, level=0)
        painter.draw(slide)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
