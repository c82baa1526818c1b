"""A paragraph with Persian, Arabic, Hebrew or CJK text, drawn as the measurer laid it out.

reportlab's own right-to-left support needs rlbidi, which the package index lacks, so such a
paragraph is drawn here: its lines are broken by the measurer (shaped widths, so the report
breaks where layout measured), each line is ordered by the Unicode bidirectional algorithm
(python-bidi's implementation), each stretch is shaped by HarfBuzz in the font that draws its
script, and the glyphs are placed where HarfBuzz puts them: contextual forms and ligatures, never
presentation-form characters. A right-to-left paragraph is right-aligned, its bullet on the
right. Text extraction (pdftotext, pypdf) reads a right-to-left line back in logical order
from the glyphs' places and the font's character map, where a contextual form maps to its
presentation-form character (NFKC gives the letter). An /ActualText span per line was tried and
left out: poppler lays its characters out left to right and then reverses them.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from builder.measure.shaped import Piece, Shaper, shape, shaped_width
from builder.outline.scripts import direction
from builder.outline.text import explicit_direction


class ShapedParagraph(Flowable):
    """One outline text in a page role's style, shaped, in its direction; with `bullet`, a list
    item whose mark stands at the start of the line (the right, right to left)."""

    def __init__(self, value: str, style, shaper: Shaper, bullet: str = "", indent: float = 0.0,
                 bullet_colour=None, lines: list[str] | None = None, *, align_start: bool = True,
                 on_end=None):
        super().__init__()
        self.value, self.style, self.shaper = value, style, shaper
        self.bullet, self.indent, self.bullet_colour = bullet, indent, bullet_colour
        self.rtl = direction(str(value), explicit_direction(value)) == "rtl"
        self.align_start = align_start  # False: aligned as the style says, whatever the direction
        self.on_end = on_end  # called with (canvas, x, baseline) where the last line ends
        self.bold = "bold" in style.fontName.lower()
        self._lines = lines
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def text_width(self, avail: float) -> float:
        return avail - self.style.leftIndent - self.style.rightIndent - self.indent

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        if self._lines is None or getattr(self, "_wrapped_at", None) != avail_width:
            self._lines = []
            for para in str(self.value).split("\n"):
                self._lines += self.shaper.lines(para, self.style.fontName, self.style.fontSize,
                                                 self.text_width(avail_width), self.bold)
            self._wrapped_at = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits < 1 or fits >= len(self._lines):
            return []
        keep = {"align_start": self.align_start}
        head = ShapedParagraph(self.value, self.style, self.shaper, self.bullet, self.indent,
                               self.bullet_colour, self._lines[:fits], **keep)
        tail = ShapedParagraph(self.value, self.style, self.shaper, "", self.indent,
                               self.bullet_colour, self._lines[fits:], **keep, on_end=self.on_end)
        head._wrapped_at = tail._wrapped_at = avail_width
        return [head, tail]

    def draw(self):
        canv, style = self.canv, self.style
        left = style.leftIndent + (0 if self.rtl else self.indent)
        room = self.text_width(self.width)
        for i, line in enumerate(self._lines):
            baseline = self.height - style.fontSize - i * style.leading
            runs = visual_runs(line, self.shaper, style.fontName, style.fontSize, self.bold,
                               self.rtl)
            width = sum(w for _, _, w in runs)
            x = left + _offset(style.alignment, self.rtl and self.align_start, room, width)
            draw_runs(canv, runs, x, baseline, style)
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


def draw_runs(canv, runs, x: float, y: float, style) -> None:
    for piece, rtl, w in runs:
        draw_piece(canv, piece, rtl, x, y, style)
        x += w


def draw_line(canv, value: str, x: float, y: float, style, shaper: Shaper,
              anchor: str = "left") -> None:
    """One line of `value` (no wrapping) with its left end, centre or right end at `x`: the
    running header's title or the marking, say."""
    rtl = direction(value) == "rtl"
    bold = "bold" in style.fontName.lower()
    runs = visual_runs(value, shaper, style.fontName, style.fontSize, bold, rtl)
    width = sum(w for _, _, w in runs)
    x -= {"left": 0.0, "centre": width / 2, "right": width}[anchor]
    draw_runs(canv, runs, x, y, style)


def _offset(alignment: int, rtl: bool, room: float, width: float) -> float:
    if alignment == TA_CENTER:
        return (room - width) / 2
    if rtl or alignment == TA_RIGHT:
        return room - width
    return 0.0


def visual_runs(line: str, shaper: Shaper, latin: str, size: float, bold: bool,
                rtl: bool) -> list[tuple[Piece, bool, float]]:
    """The line's stretches in the order they are drawn, left to right: each in one font and one
    bidi level, with whether it runs right to left and its shaped width."""
    levels = bidi_levels(line, rtl)
    runs: list[tuple[Piece, int]] = []
    at = 0
    for piece in shaper.pieces(line, latin, bold):
        for j, char in enumerate(piece.text):
            level = levels[at + j]
            if runs and runs[-1][1] == level and runs[-1][0].face == piece.face and j:
                runs[-1] = (Piece(runs[-1][0].text + char, piece.face, piece.script), level)
            else:
                runs.append((Piece(char, piece.face, piece.script), level))
        at += len(piece.text)
    ordered = reorder(runs)
    return [(p, level % 2 == 1, _drawn_width(p, level % 2 == 1, size)) for p, level in ordered]


def _drawn_width(piece: Piece, rtl: bool, size: float) -> float:
    if piece.text.isascii() and not rtl:
        return shaped_width(piece.text, piece.face, size)
    font = pdfmetrics.getFont(piece.face)
    if not hasattr(font, "face"):
        return pdfmetrics.stringWidth(piece.text, piece.face, size)
    buf = shape(piece.text, piece.face, "rtl" if rtl else "ltr")
    return sum(p.x_advance for p in buf.glyph_positions) * size / _units(font)


def _units(font) -> float:
    from builder.measure.shaped import hb_font

    return hb_font(font.fontName).face.upem


def bidi_levels(line: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (rules P2-I2 of the bidi algorithm)."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(line, storage)
    for i, char in enumerate(storage["chars"]):
        char["index"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [storage["base_level"]] * len(line)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    if line and line[-1] == " ":  # trailing white space takes the paragraph's level (L1)
        levels[-1] = storage["base_level"]
    return levels


def reorder(runs: list) -> list:
    """Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
    runs at that level or higher."""
    if not runs:
        return runs
    runs = list(runs)
    highest = max(level for _, level in runs)
    lowest_odd = min(level for _, level in runs if level % 2) if any(l % 2 for _, l in runs) else 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][1] >= level:
                j = i
                while j < len(runs) and runs[j][1] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs


def draw_piece(canv, piece: Piece, rtl: bool, x: float, y: float, style) -> None:
    """One stretch's glyphs, as HarfBuzz shaped and placed them, from `x` rightwards."""
    font = pdfmetrics.getFont(piece.face)
    size = style.fontSize
    canv.setFillColor(style.textColor)
    if not hasattr(font, "face"):  # a standard font: no shaping
        canv.setFont(piece.face, size)
        canv.drawString(x, y, piece.text)
        return
    buf = shape(piece.text, piece.face, "rtl" if rtl else "ltr")
    scale = size / _units(font)
    text = canv.beginText()
    text.setFont(piece.face, size)
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        text.setTextOrigin(x + pos.x_offset * scale, y + pos.y_offset * scale)
        text.textOut(glyph_char(font, info.codepoint, pos.x_advance))
        x += pos.x_advance * scale
    canv.drawText(text)


def glyph_char(font, gid: int, advance: int) -> str:
    """The character reportlab embeds glyph `gid` under: the one the font maps to it, else a
    private-use character it is given (a contextual form or ligature has no character)."""
    chars = font.face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0])
    font.hbFont()  # gives the font its private-use mapping
    name = f"gid{gid}"
    return chr(font.hbAddPrivate(name, gid, font.pdfScale(advance)))
