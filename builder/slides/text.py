"""A planned text box drawn on the slides PDF: each paragraph broken into the lines layout
measured (the same measurer, width and size), each line set as PowerPoint sets it — the box's
insets, its exact line height, the baseline the theme's text geometry puts in it, the anchor and
alignment — and each line's runs drawn by `draw_run`, the one place a run of text is drawn. A
paragraph with Persian, Arabic, Hebrew or CJK text is drawn by `builder.graphics.shaped` on the
same lines: ordered by the bidi algorithm, shaped, in the theme's fonts for its scripts, and, when
it runs right to left, right-aligned with its bullet on the right (as the deck's rtl="1")."""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from builder.layout.fit import Fitter
from builder.layout.plan import Box, Para
from builder.measure import Measurer
from builder.measure.soft import MARKS
from builder.outline.scripts import direction, has_complex
from builder.outline.text import Run, explicit_direction, runs_of
from builder.records import frozen
from builder.theme import Role, Theme


@frozen
class Piece:
    """A stretch of one line in one face: its text, face, size and colour, its link, and how far
    it is raised (a citation's number)."""

    text: str
    face: str
    size: float
    colour: str  # RRGGBB
    link: str = ""
    rise: float = 0.0
    bold: bool = False  # its face is a bold one (a shaped line draws its scripts bold too)

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
        draw_link(canvas, x, baseline, width, piece, underline)
    return width


def draw_shaped(canvas, x: float, baseline: float, glyphs, piece: Piece, rtl: bool,
                underline: tuple[float, float]) -> float:
    """A stretch of a shaped line (`glyphs`: its text in one font, see `visual_runs`) in the
    size, colour and link of the run it is part of (`piece`). Its width."""
    from builder.graphics.shaped import draw_glyphs, drawn_width

    width = drawn_width(glyphs, rtl, piece.size)
    draw_glyphs(canvas, glyphs, rtl, x, baseline + piece.rise, piece.size,
                HexColor("#" + piece.colour))
    if piece.link:
        draw_link(canvas, x, baseline, width, piece, underline)
    return width


def draw_link(canvas, x: float, baseline: float, width: float, piece: Piece,
              underline: tuple[float, float]) -> None:
    """A link's underline (drop and width, in points) and its live area."""
    drop, thickness = underline
    canvas.setStrokeColor(HexColor("#" + piece.colour))
    canvas.setLineWidth(thickness)
    canvas.line(x, baseline - drop, x + width, baseline - drop)
    canvas.linkURL(piece.link, (x, baseline - drop - thickness, x + width,
                                baseline + piece.size), relative=1)


def set_line(canvas, measurer: Measurer, pieces: list[Piece], x: float, room: float, baseline: float,
             align: str, rtl: bool, underline: tuple[float, float]) -> None:
    """A line's pieces (in logical order) aligned in `room` points from `x`; a line that runs
    right to left or holds Persian, Arabic, Hebrew or CJK text ordered, shaped and drawn by
    `builder.graphics.shaped` (in the measurer's fonts for its scripts), right-aligned when it runs right to
    left and is not centred (as the deck's rtl="1")."""
    complex_ = rtl or has_complex("".join(p.text for p in pieces))
    shaped = shaped_line(measurer.shaper, pieces, rtl) if complex_ else None
    width = sum(w for _, _, _, w in shaped) if shaped else sum(p.width for p in pieces)
    align = "right" if rtl and align in ("", "left") else align
    x += {"center": (room - width) / 2, "right": room - width}.get(align, 0.0)
    if shaped is None:
        for piece in pieces:
            x += draw_run(canvas, x, baseline, piece, underline)
        return
    for glyphs, piece, run_rtl, _ in shaped:
        x += draw_shaped(canvas, x, baseline, glyphs, piece, run_rtl, underline)


def shaped_line(shaper, pieces: list[Piece], rtl: bool) -> list[tuple]:
    """A line with complex-script text as (glyphs, piece, right to left, width) stretches in
    the order drawn, left to right: each of one font, one bidi level and one piece."""
    from builder.graphics.shaped import drawn_width, visual_runs

    size = max((p.size for p in pieces), default=0.0)
    segments = [(p.text, p.face, p.bold, str(i)) for i, p in enumerate(pieces)]
    out = []
    for glyphs, run_rtl, width in visual_runs(segments, shaper, size, rtl):
        piece = pieces[int(glyphs.link)]  # the piece it is part of, by its number
        if piece.size != size:  # a citation's smaller number
            width = drawn_width(glyphs, run_rtl, piece.size)
        out.append((glyphs, piece, run_rtl, width))
    return out


def line_runs(runs: tuple[Run, ...], lines: list[str]) -> list[list[tuple[str, Run | None]]]:
    """The measurer's `lines` of a paragraph, each as (text, run) stretches: the lines hold the
    paragraph's characters in order, with the spaces between words as typed (the measurer
    makes them one; PowerPoint keeps them) and those at line breaks dropped, the soft hyphens
    and zero-width spaces left out, and a hyphen where a line breaks at a soft hyphen (drawn in
    the run before it)."""
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
                while pos < len(chars) and chars[pos][0] != ch and chars[pos][0] in _SKIPPED:
                    pos += 1
                run = chars[pos][1] if pos < len(chars) and chars[pos][0] == ch else None
                pos += run is not None
                if run is None and stretch:  # a soft hyphen's hyphen
                    run = stretch[-1][1]
            if stretch and stretch[-1][1] is run:
                stretch[-1] = (stretch[-1][0] + ch, run)
            else:
                stretch.append((ch, run))
        out.append(stretch)
    return out


_SKIPPED = " \t\n" + MARKS  # what a line may leave out of its paragraph's characters


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
                pieces = [self.piece(text, run, role, para, size, bold) for text, run in stretch]
                rtl = is_rtl(para.text)
                if n == 0 and para.bullet and box.indent:
                    hang = max(0.0, offset - box.indent)
                    x = box.x + box.w - right - hang if rtl else box.x + left + hang
                    self.bullet(para, role, x, baseline, size, bold, from_right=rtl)
                set_line(self.canvas, self.m, pieces, box.x + left + (0.0 if rtl else offset),
                         inner - offset, baseline, box.align, rtl, self.underline(size))
                y += leading

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
        heavy = bold or run.bold
        if run.cite:
            return Piece(text, face, size * self.g.superscript_size, self.theme.color(colour),
                         link, self.g.superscript_rise * size, heavy)
        return Piece(text, face, size, self.theme.color(colour), link, bold=heavy)

    def bullet(self, para: Para, role: Role, x: float, baseline: float, size: float,
               bold: bool, from_right: bool = False) -> None:
        """A paragraph's bullet or number, in the accent colour, at its hanging indent (`x` its
        right end when the paragraph runs right to left)."""
        fonts = self.m.family("body")
        face = fonts.face(bold, False) if para.bullet[0].isdigit() else fonts.regular
        piece = Piece(para.bullet, face, size, self.theme.color("accent"))
        draw_run(self.canvas, x - piece.width if from_right else x, baseline, piece, (0.0, 0.0))


def is_rtl(text) -> bool:
    """A paragraph runs right to left: the outline says so, or its first strong letter does
    (the deck's rtl="1")."""
    return direction(str(text), explicit_direction(text)) == "rtl"
