"""A paragraph with Persian, Arabic, Hebrew or CJK text, drawn as the measurer laid it out.

reportlab's own right-to-left support needs rlbidi, which the package index lacks, so such a
paragraph is drawn here: its lines are broken by the measurer (shaped widths, so the report
breaks where layout measured), and each line is ordered, shaped and drawn by
`builder.graphics.shaped` (which the slides PDF shares). A right-to-left paragraph is
right-aligned, its bullet on the right. An /ActualText span per line was tried and left out:
poppler lays its characters out left to right and then reverses them.
"""
from __future__ import annotations

from copy import copy

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable

from builder.graphics.shaped import draw_glyphs, visual_runs
from builder.measure.shaped import Piece, Shaper
from builder.measure.soft import MARKS
from builder.outline.scripts import direction
from builder.outline.text import explicit_direction, runs_of
from builder.report.tagging.flowables import content


class ShapedParagraph(Flowable):
    """One outline text in a page role's style, shaped, in its direction; with `bullet`, a list
    item whose mark stands at the start of the line (the right, right to left)."""

    def __init__(self, value: str, style, shaper: Shaper, *, fonts=None, link_colour=None,
                 align_start: bool = True, on_end=None, cite=None, anchor: str = ""):
        super().__init__()
        self.anchor = anchor  # a place links can lead to (a source's entry)
        # a citation: its note recorded now, as the report's other paragraphs do, and its
        # numbers raised and linked to it
        self.cites = {id(r): cite(r) if cite else "" for r in runs_of(value) if r.cite}
        self.value, self.style, self.shaper = value, style, shaper
        self.fonts, self.link_colour = fonts, link_colour  # the role's family, for emphasis
        self.bullet, self.indent, self.bullet_colour = "", 0.0, None  # set by a list
        self.rtl = direction(str(value), explicit_direction(value)) == "rtl"
        self.align_start = align_start  # False: aligned as the style says, whatever the direction
        self.on_end = on_end  # called with (canvas, x, baseline) where the last line ends
        self.bold = "bold" in style.fontName.lower()
        self.italic = "italic" in style.fontName.lower()
        self._lines: list[str] | None = None
        self._marks: list = []  # per line, each character's (bold, italic, link)
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def text_width(self, avail: float) -> float:
        return avail - self.style.leftIndent - self.style.rightIndent - self.indent

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        if self._lines is None or getattr(self, "_wrapped_at", None) != avail_width:
            bold = self.bold or any(r.bold for r in runs_of(self.value))  # never narrower
            face = self.face(bold, self.italic)
            self._lines = []
            for para in str(self.value).split("\n"):
                self._lines += self.shaper.lines(para, face, self.style.fontSize,
                                                 self.text_width(avail_width), bold)
            self._marks = emphasis(self.value, self._lines, self.cites)
            self._wrapped_at = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def face(self, bold: bool, italic: bool) -> str:
        """The Latin face of a run: the role's weight and style plus the run's emphasis."""
        if self.fonts is None:
            return self.style.fontName
        bold, italic = self.bold or bold, self.italic or italic
        if bold and italic:
            self.fonts.register(bolditalic=True)
        return self.fonts.face(bold, italic)

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits < 1 or fits >= len(self._lines):
            return []
        head, tail = copy(self), copy(self)
        head._lines, head._marks, head.on_end = self._lines[:fits], self._marks[:fits], None
        tail._lines, tail._marks, tail.bullet = self._lines[fits:], self._marks[fits:], ""
        return [head, tail]

    def segments(self, index: int, line: str) -> list[tuple[str, str, bool, str]]:
        """Line `index` as (text, Latin face, bold, link) segments, by its runs' emphasis."""
        out: list[list] = []
        for char, (bold, italic, link) in zip(line, self._marks[index]):
            key = (self.face(bold, italic), self.bold or bold, link)
            if out and tuple(out[-1][1:]) == key:
                out[-1][0] += char
            else:
                out.append([char, *key])
        return [tuple(s) for s in out]

    def draw(self):
        canv, style = self.canv, self.style
        if self.anchor:
            canv.bookmarkHorizontal(self.anchor, 0, self.height)
        left = style.leftIndent + (0 if self.rtl else self.indent)
        room = self.text_width(self.width)
        for i, line in enumerate(self._lines):
            baseline = self.height - style.fontSize - i * style.leading
            runs = visual_runs(self.segments(i, line), self.shaper, style.fontSize, self.rtl)
            width = sum(w for _, _, w in runs)
            x = left + _offset(style.alignment, self.rtl and self.align_start, room, width)
            draw_runs(canv, runs, x, baseline, style, self.link_colour)
            if i == 0 and self.bullet:
                self.draw_bullet(baseline)
            if i == len(self._lines) - 1 and self.on_end:
                self.on_end(canv, x + width, baseline)

    def draw_bullet(self, baseline: float) -> None:
        canv, style = self.canv, self.style
        canv.setFillColor(self.bullet_colour or style.textColor)
        canv.setFont(style.fontName, style.fontSize)
        if self.rtl:
            canv.drawRightString(self.width - style.rightIndent, baseline, self.bullet)
        else:
            canv.drawString(style.leftIndent, baseline, self.bullet)


class TaggedShapedParagraph(ShapedParagraph):
    """A shaped paragraph whose text is its node's content (see `tagging.flowables`); a part of
    it drawn a second time is left to the page's artifact."""

    def __init__(self, value: str, style, shaper: Shaper, *, node=None, **kw):
        super().__init__(value, style, shaper, **kw)
        self.node, self.drawn = node, False

    def drawOn(self, canvas, x, y, _sW=0):
        node, self.drawn = (None if self.drawn else self.node), True
        with content(canvas, node):
            super().drawOn(canvas, x, y, _sW)


def draw_runs(canv, runs, x: float, y: float, style, link_colour=None) -> None:
    """Runs in visual order from `x`; a linked run in the link colour, underlined, clickable."""
    for piece, rtl, w in runs:
        if piece.link.startswith("#"):  # a citation: raised, smaller, linked to its note
            draw_piece(canv, piece, rtl, x, y + style.fontSize / 3, style, style.textColor, 0.7)
            if len(piece.link) > 1:
                canv.linkRect("", piece.link[1:], (x, y, x + w, y + style.fontSize), relative=1)
            x += w
            continue
        colour = link_colour if piece.link and link_colour is not None else style.textColor
        draw_piece(canv, piece, rtl, x, y, style, colour)
        if piece.link:
            canv.setStrokeColor(colour)
            canv.setLineWidth(style.fontSize / 18)
            canv.line(x, y - style.fontSize / 9, x + w, y - style.fontSize / 9)
            canv.linkURL(piece.link, (x, y - style.fontSize / 4, x + w, y + style.fontSize),
                         relative=1)
        x += w


def draw_line(canv, value: str, x: float, y: float, style, shaper: Shaper,
              anchor: str = "left") -> None:
    """One line of `value` (no wrapping) with its left end, centre or right end at `x`: the
    running header's title or the marking, say."""
    rtl = direction(value) == "rtl"
    bold = "bold" in style.fontName.lower()
    runs = visual_runs([(value, style.fontName, bold, "")], shaper, style.fontSize, rtl)
    width = sum(w for _, _, w in runs)
    x -= {"left": 0.0, "centre": width / 2, "right": width}[anchor]
    draw_runs(canv, runs, x, y, style)


def _offset(alignment: int, rtl: bool, room: float, width: float) -> float:
    if alignment == TA_CENTER:
        return (room - width) / 2
    if rtl or alignment == TA_RIGHT:
        return room - width
    return 0.0


def emphasis(value: str, lines: list[str],
             cites: dict | None = None) -> list[list[tuple[bool, bool, str]]]:
    """Per line, each character's (bold, italic, link) from the runs of `value` (a citation's
    link is '#' and its note's anchor): the lines' letters are the text's, in order (the spaces
    between them may differ)."""
    cites = cites or {}
    marks = [(r.bold, r.italic, "#" + cites[id(r)] if r.cite else r.link)
             for r in runs_of(value) for _ in r.text]
    text = "".join(r.text for r in runs_of(value))
    out, at, last = [], 0, (False, False, "")
    for line in lines:
        faces = []
        for i, char in enumerate(line):
            while at < len(text) and text[at] in MARKS:
                at += 1
            if char == "-" and i == len(line) - 1 and text[at:at + 1] != "-":
                pass  # the hyphen of a line broken at a soft hyphen: as the letter before it
            elif not char.isspace():
                while at < len(text) and text[at] != char:
                    at += 1
                last = marks[at] if at < len(text) else last
                at += 1
            faces.append(last)
        out.append(faces)
    return out


def draw_piece(canv, piece: Piece, rtl: bool, x: float, y: float, style, colour,
               scale_size: float = 1.0) -> None:
    """One stretch's glyphs, from `x` rightwards, in the style's size (times `scale_size`)."""
    draw_glyphs(canv, piece, rtl, x, y, style.fontSize * scale_size, colour)
