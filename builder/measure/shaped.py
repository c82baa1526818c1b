"""Text in a complex script, measured as it is drawn: each stretch in the font that draws it
(`builder.theme.scripts`), shaped by HarfBuzz, so Arabic letters are measured in their
contextual forms, which are often far narrower than the letters one by one.

Lines break at spaces, and between CJK characters (never before closing punctuation or small
kana, never after opening punctuation). Widths do not depend on the order the stretches are
drawn in, so measuring needs no bidi reordering. HarfBuzz (uharfbuzz) is imported only when
such text is measured.
"""
from __future__ import annotations

from functools import lru_cache

from builder.measure.metrics import face_by_name as metrics, face_file, know_face
from builder.measure.soft import MARKS, SHY
from builder.outline.scripts import (NO_BREAK_AFTER, NO_BREAK_BEFORE, has_complex, script_of,
                                    segments)
from builder.records import frozen
from builder.theme.fonts import ScriptFace, load_script
from builder.theme.scripts import ScriptFont


@frozen
class Piece:
    """A stretch of text in one font: reportlab's name for the face, its script ('' for the
    Latin typeface) and how much wider layout measures it."""

    text: str
    face: str
    script: str = ""
    scale: float = 1.0
    link: str = ""  # drawn as a link (the report's run emphasis)


@frozen
class Shaper:
    """The fonts of complex-script text: the theme's script fonts (loaded on first use), with
    their margins for the deck (`margins`) or none (the report: measured as the PDF draws)."""

    fonts: tuple[ScriptFont, ...]
    margins: bool = True

    def face(self, script: str) -> ScriptFace | None:
        font = next((f for f in self.fonts if f.script == script), None)
        if font is None:
            return None
        face = load_script(font)
        for name, path in zip((face.regular, face.bold), face.paths):
            know_face(name, path)
        return face

    def pieces(self, text: str, latin: str, bold: bool = False) -> list[Piece]:
        """`text` cut into stretches, each in the font that draws it: a script's own font, or
        the Latin face `latin` for the rest and for what the script's font lacks (quotation
        marks, digits); a character neither has goes to a script font that has it."""
        out: list[Piece] = []
        for stretch, script in segments(text):
            own = self.face(script) if script else None
            for char in stretch:
                face, used = self._font_for(char, own, latin, bold)
                scale = face.scale if face and self.margins else 1.0
                name = face.face(bold) if face else latin
                if out and out[-1].face == name:
                    out[-1] = Piece(out[-1].text + char, name, out[-1].script, out[-1].scale)
                else:
                    out.append(Piece(char, name, used, scale))
        return out

    def _font_for(self, char: str, own: ScriptFace | None, latin: str, bold: bool):
        if own and _has(own.face(bold), char):
            return own, own.script
        if _has(latin, char):
            return None, ""
        for font in self.fonts:
            face = self.face(font.script)
            if face and _has(face.face(bold), char):
                return face, face.script
        return None, ""

    def cannot_draw(self, chars: set[str], latin: str) -> set[str]:
        """The characters of `chars` that neither `latin` nor any script font can draw."""
        return {c for c in chars if not _has(latin, c) and not any(
            _has(self.face(f.script).regular, c) for f in self.fonts)}

    def width(self, text: str, latin: str, size: float, bold: bool = False) -> float:
        return sum(shaped_width(p.text, p.face, size) * p.scale
                   for p in self.pieces(text, latin, bold))

    def lines(self, para: str, latin: str, size: float, width: float,
              bold: bool = False) -> list[str]:
        """The lines of one paragraph (no hard breaks) at `width`, greedy at break points; a
        line that breaks at a soft hyphen ends with a hyphen (room is kept for it)."""
        tokens = _tokens(para.strip())
        if not tokens:
            return [""]
        lines: list[str] = []
        current, current_w = "", 0.0
        for i, (gap, token) in enumerate(tokens):
            w = self.width(token, latin, size, bold)
            gap_w = self.width(gap, latin, size, bold) if gap == " " else 0.0
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            hyphen = self.width("-", latin, size, bold) if nxt == SHY else 0.0  # if it breaks
            if current and current_w + gap_w + w + hyphen <= width:
                current, current_w = current + _drawn(gap) + token, current_w + gap_w + w
                continue
            if current:
                lines.append(current + ("-" if gap == SHY else ""))
            current, current_w = token, w
            while current_w + hyphen > width and len(current) > 1:  # wider than the line
                head = self._fitting(current, latin, size, width, bold)
                lines.append(head)
                current = current[len(head):]
                current_w = self.width(current, latin, size, bold)
        lines.append(current)
        return lines

    def _fitting(self, token: str, latin: str, size: float, width: float, bold: bool) -> str:
        """The longest start of `token` (at least one character) no wider than `width`."""
        end = 1
        while end < len(token) and self.width(token[:end + 1], latin, size, bold) <= width:
            end += 1
        return token[:end]


def _has(face: str, char: str) -> bool:
    return metrics(face).has(char)


def _drawn(gap: str) -> str:
    return " " if gap == " " else ""


def _tokens(para: str) -> list[tuple[str, str]]:
    """(gap before, token) pairs: words between spaces, and CJK characters one by one, kept to
    their neighbour where a line may not break (kinsoku); a soft hyphen or a zero-width space
    is a gap that draws nothing (a hyphen where the line breaks at a soft hyphen)."""
    out: list[list[str]] = []
    gap = ""
    for char in para:
        if char in " \t":
            gap = " "
            continue
        if char in MARKS:
            if out and gap != " ":
                gap = SHY if SHY in (gap, char) else char
            continue
        prev = out[-1][1][-1] if out else ""
        joins = out and not gap and (
            script_of(char) != "cjk" and script_of(prev) != "cjk"
            or char in NO_BREAK_BEFORE or prev in NO_BREAK_AFTER)
        if joins:
            out[-1][1] += char
        else:
            out.append([gap, char])
        gap = ""
    return [(g, t) for g, t in out]


@lru_cache(maxsize=65536)
def shaped_width(text: str, face: str, size: float) -> float:
    """The advance width of `text` in `face` at `size` after shaping (points)."""
    if text.isascii():
        return metrics(face).width(text, size)
    return sum(p.x_advance for p in shape(text, face).glyph_positions) * size / upem(face)


def shape(text: str, face: str, direction: str = ""):
    """HarfBuzz's buffer for `text` shaped in `face` (in `direction`, else its script's): glyph
    ids and positions in font units, in visual order (left to right) for a right-to-left one."""
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    if direction:
        buf.direction = direction
    # Latin text without its optional ligatures (a "tt" ligature has no character to be read
    # back as, and the rest of the report draws none); a script's own stay on
    ligatures = has_complex(text)
    hb.shape(hb_font(face), buf, {"kern": True, "liga": ligatures, "clig": ligatures})
    return buf


@lru_cache(maxsize=16)
def hb_font(face: str):
    """HarfBuzz's font for a face, read from the face's file."""
    import uharfbuzz as hb

    with open(face_file(face), "rb") as f:
        return hb.Font(hb.Face(hb.Blob(f.read())))


@lru_cache(maxsize=16)
def upem(face: str) -> int:
    return hb_font(face).face.upem
