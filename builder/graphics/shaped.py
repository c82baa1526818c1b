"""A line of Persian, Arabic, Hebrew or CJK text drawn by either PDF writer (the report and the
slides PDF), as the measurer broke it: the line ordered by the Unicode bidirectional algorithm
(`builder.graphics.bidi`), each stretch shaped by HarfBuzz in the font that draws its script
(read into reportlab on first use, so the PDF embeds it), and the glyphs placed where HarfBuzz
puts them: contextual forms and ligatures, never presentation-form characters. Text extraction
(pdftotext, pypdf) reads a right-to-left line back in logical order from the glyphs' places and
the font's character map, where a contextual form maps to its presentation-form character (NFKC
gives the letter)."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from builder.graphics.bidi import bidi_levels, reorder
from builder.measure.shaped import Piece, Shaper, shape, upem


def visual_runs(segments: list[tuple[str, str, bool, str]], shaper: Shaper, size: float,
                rtl: bool) -> list[tuple[Piece, bool, float]]:
    """A line's stretches in the order they are drawn, left to right: each in one font, one
    emphasis and one bidi level, with whether it runs right to left and its shaped width. The
    line comes as (text, Latin face, bold, link) segments in logical order."""
    line = "".join(text for text, _, _, _ in segments)
    levels = bidi_levels(line, rtl)
    runs: list[tuple[Piece, int]] = []
    at = 0
    for text, latin, bold, link in segments:
        for piece in shaper.pieces(text, latin, bold):
            if piece.script:  # drawn with the script's font: reportlab reads it
                shaper.face(piece.script).register()
            for j, char in enumerate(piece.text):
                level = levels[at + j]
                if runs and runs[-1][1] == level and runs[-1][0].face == piece.face and j:
                    last = runs[-1][0]
                    runs[-1] = (Piece(last.text + char, piece.face, piece.script, link=link), level)
                else:
                    runs.append((Piece(char, piece.face, piece.script, link=link), level))
            at += len(piece.text)
    ordered = reorder(runs)
    return [(p, level % 2 == 1, drawn_width(p, level % 2 == 1, size)) for p, level in ordered]


def drawn_width(piece: Piece, rtl: bool, size: float) -> float:
    """How wide a stretch is drawn at `size`: its glyphs' advances after shaping."""
    buf = shape(piece.text, piece.face, "rtl" if rtl else "ltr")
    return sum(p.x_advance for p in buf.glyph_positions) * size / upem(piece.face)


def draw_glyphs(canv, piece: Piece, rtl: bool, x: float, y: float, size: float, colour) -> None:
    """One stretch's glyphs, as HarfBuzz shaped and placed them, from `x` rightwards on the
    baseline `y`, at `size` in `colour`."""
    font = pdfmetrics.getFont(piece.face)
    canv.setFillColor(colour)
    buf = shape(piece.text, piece.face, "rtl" if rtl else "ltr")
    scale = size / upem(piece.face)
    text = canv.beginText()
    text.setFont(piece.face, size)
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        text.setTextOrigin(x + pos.x_offset * scale, y + pos.y_offset * scale)
        text.textOut(glyph_char(font, info.codepoint, pos.x_advance))
        x += pos.x_advance * scale
    canv.drawText(text)


def glyph_char(font, gid: int, advance: int) -> str:
    """The character reportlab embeds glyph `gid` under: the one the font maps to it, else a
    private-use character given to it here (a contextual form or ligature the font's character
    map does not reach), whose ToUnicode entry is then that private character."""
    chars = font.face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0])
    code = 0xE000
    while code in font.face.charToGlyph:
        code += 1
    font.face.charToGlyph[code] = gid
    font.face.glyphToChar[gid] = [code]
    font.face.charWidths[code] = advance * 1000 / upem(font.fontName)
    return chr(code)
