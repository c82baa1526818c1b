"""A planned text box drawn on the slides PDF: each paragraph broken into the lines layout
measured (the same measurer, width and size), each line set as PowerPoint sets it — the box's
insets, its exact line height, the baseline the theme's text geometry puts in it, the anchor and
alignment — and each line's runs drawn by `draw_run`, the one place a run of text is drawn."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from builder.layout.fit import Fitter
from builder.layout.plan import Box, Para
from builder.measure import Measurer
from builder.outline.text import Run, runs_of
from builder.theme import Role, Theme


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of one line in one face: its text, face, size and colour, its link, and how far
    it is raised (a citation's number)."""

    text: str
    face: str
    size: float
    colour: str  # RRGGBB
    link: str = ""
    rise: float = 0.0

    @property
    def width(self) -> float:
        return stringWidth(self.text, self.face, self.size)


def draw_run(canvas, x: float, baseline: float, piece: Piece, underline: tuple[float, float]) -> float:
    """One run of text on `canvas` (y up) at `x` on `baseline`; a link is underlined (drop and
    width, in points) and live. Its width."""
    width = piece.width
    colour = HexColor("#" + piece.colour)
    canvas.setFillColor(colour)
    canvas.setFont(piece.face, piece.size)
    canvas.drawString(x, baseline + piece.rise, piece.text)
    if piece.link:
        drop, thickness = underline
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(thickness)
        canvas.line(x, baseline - drop, x + width, baseline - drop)
        canvas.linkURL(piece.link, (x, baseline - drop - thickness, x + width,
                                    baseline + piece.size), relative=1)
    return width


def line_runs(runs: tuple[Run, ...], lines: list[str]) -> list[list[tuple[str, Run | None]]]:
    """The measurer's `lines` of a paragraph, each as (text, run) stretches: the lines hold the
    paragraph's characters in order, with the spaces between words as typed (the measurer
    makes them one; PowerPoint keeps them) and those at line breaks dropped."""
    chars = [(c, run) for run in runs for c in run.text]
    pos, out = 0, []
    for line in lines:
        stretch: list[tuple[str, Run | None]] = []
        for ch in line:
            if ch in " \t":
                run = chars[pos][1] if pos < len(chars) else None
                start = pos
                while pos < len(chars) and chars[pos][0] in " \t\n":
                    pos += 1
                gap = "".join(c for c, _ in chars[start:pos]).replace("\t", " ")
                ch = gap if gap and "\n" not in gap else " "
            else:
                while pos < len(chars) and chars[pos][0] != ch and chars[pos][0] in " \t\n":
                    pos += 1
                run = chars[pos][1] if pos < len(chars) and chars[pos][0] == ch else None
                pos += run is not None
            if stretch and stretch[-1][1] is run:
                stretch[-1] = (stretch[-1][0] + ch, run)
            else:
                stretch.append((ch, run))
        out.append(stretch)
    return out


class TextPainter:
    """Draws planned text boxes on a canvas whose user space is the slide's, y up."""

    def __init__(self, canvas, theme: Theme, measurer: Measurer, height: float):
        self.canvas, self.theme, self.m, self.height = canvas, theme, measurer, height
        self.g = theme.slide.space.text

    def role(self, box: Box) -> Role:
        return box.style or getattr(self.theme.slide, box.role)

    def insets(self, role: Role) -> tuple[float, float, float, float]:
        return role.placed.insets if role.placed is not None else (self.theme.slide.inset,) * 4

    def offset(self, box: Box, role: Role, para: Para) -> float:
        """Where a paragraph's text starts, right of the inset: past its bullet (as layout)."""
        if not box.indent or not (para.bullet or para.level):
            return 0.0
        if role.placed is not None:
            margins = role.placed.margins
            return margins[min(para.level, len(margins) - 1)]
        return box.indent * (para.level + 1)

    def para_size(self, box: Box, role: Role, para: Para) -> tuple[float, float]:
        """A paragraph's text size and line height (a template level's own, as measured)."""
        if role.placed is None:
            return box.size, box.leading
        size = box.size * role.placed.scale(para.level)
        return size, box.leading if size == box.size else Fitter.spacing(role, size)[0]

    def box(self, box: Box, paragraph=None) -> None:
        """The box's paragraphs, set line by line; `paragraph` (a table cell's) replaces the
        box's own when given."""
        role = self.role(box)
        paras = (paragraph,) if paragraph is not None else box.paras
        left, top, right, bottom = self.insets(role)
        inner = box.w - left - right
        laid, block = [], 0.0
        for i, para in enumerate(paras):
            size, leading = self.para_size(box, role, para)
            offset = self.offset(box, role, para)
            bold = role.bold if para.bold is None else para.bold
            lines = self.m.lines(para.text, inner - offset, size, bold,
                                 role.italic, family=role.family)
            before = box.space_before if (i or role.placed is not None) else 0.0
            laid.append((para, size, leading, offset, bold, lines, before))
            block += before + leading * len(lines)
        room = box.h - top - bottom
        y = box.y + top + {"top": 0.0, "middle": (room - block) / 2,
                           "bottom": room - block}.get(box.anchor, 0.0)
        for para, size, leading, offset, bold, lines, before in laid:
            y += before
            for n, stretch in enumerate(line_runs(runs_of(para.text), lines)):
                baseline = self.height - (y + leading - self.g.descent * size)
                x = box.x + left + offset
                pieces = [self.piece(text, run, role, para, size, bold) for text, run in stretch]
                x += self.aligned(box.align, inner - offset, sum(p.width for p in pieces))
                if n == 0 and para.bullet and box.indent:
                    self.bullet(para, role, box.x + left + max(0.0, offset - box.indent),
                                baseline, size, bold)
                for piece in pieces:
                    x += draw_run(self.canvas, x, baseline, piece, self.underline(size))
                y += leading

    @staticmethod
    def aligned(align: str, room: float, width: float) -> float:
        return {"center": (room - width) / 2, "right": room - width}.get(align, 0.0)

    def underline(self, size: float) -> tuple[float, float]:
        return self.g.underline_drop * size, self.g.underline_width * size

    def piece(self, text: str, run: Run | None, role: Role, para: Para, size: float,
              bold: bool) -> Piece:
        """A stretch of a line in its run's face and colour (a link in the theme's link colour,
        a citation raised and smaller)."""
        run = run or Run(text)
        fonts = self.m.family(role.family)
        face = fonts.face(bold or run.bold, role.italic or run.italic)
        if face == fonts.bolditalic:
            fonts.register(bolditalic=True)  # read on first use
        # "": a template placeholder's own colour, which the PDF does not know: the ink
        colour = self.theme.page.link if run.link else para.color or role.color or "ink"
        link = run.link or para.url
        if run.cite:
            return Piece(text, face, size * self.g.superscript_size, self.theme.color(colour),
                         link, self.g.superscript_rise * size)
        return Piece(text, face, size, self.theme.color(colour), link)

    def bullet(self, para: Para, role: Role, x: float, baseline: float, size: float,
               bold: bool) -> None:
        """A paragraph's bullet or number, in the accent colour, at its hanging indent."""
        fonts = self.m.family("body")
        face = fonts.face(bold, False) if para.bullet[0].isdigit() else fonts.regular
        draw_run(self.canvas, x, baseline, Piece(para.bullet, face, size,
                                                 self.theme.color("accent")), (0.0, 0.0))
