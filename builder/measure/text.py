"""Measured text: widths and line breaks with the real metrics of the fonts the PDF embeds.

Layout asks this module how wide a string is and how a paragraph breaks at a width. The same
TrueType files are embedded in the PDF and are metric-compatible with the typeface the deck
names, so a break decided here is the break PowerPoint, LibreOffice and the PDF make.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from builder.theme.fonts import FontSet

_SPACE = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Measurer:
    fonts: FontSet

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return _width(text, self.fonts.face(bold, italic), size)

    def lines(self, text: str, width: float, size: float, bold: bool = False,
              italic: bool = False) -> list[str]:
        """The lines `text` breaks into at `width` points: greedy at spaces, as word processors do;
        a word wider than the line is broken between characters. Hard line breaks are kept."""
        face = self.fonts.face(bold, italic)
        if "\n" not in text:
            return list(_break(text, face, size, width))
        out: list[str] = []
        for para in text.split("\n"):
            out.extend(_break(para, face, size, width))
        return out

    def missing_glyphs(self, text: str) -> set[str]:
        """Characters of `text` that no face of the family can draw."""
        face = pdfmetrics.getFont(self.fonts.regular).face
        cmap = face.charToGlyph
        return {c for c in set(text) if ord(c) not in cmap and c not in "\n\t\r"}


@lru_cache(maxsize=65536)
def _width(text: str, face: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, face, size)


@lru_cache(maxsize=262144)  # layout tries several sizes and splits: the same breaks recur
def _break(para: str, face: str, size: float, width: float) -> tuple[str, ...]:
    words = [w for w in _SPACE.split(para.strip()) if w]
    if not words:
        return ("",)
    space = _width(" ", face, size)
    lines: list[str] = []
    current = ""
    current_w = 0.0
    for word in words:
        w = _width(word, face, size)
        if w > width:  # a word longer than the line: break it between characters
            if current:
                lines.append(current)
            pieces = _split_word(word, face, size, width)
            lines.extend(pieces[:-1])
            current = pieces[-1]
            current_w = _width(current, face, size)
            continue
        if not current:
            current, current_w = word, w
        elif current_w + space + w <= width:
            current += " " + word
            current_w += space + w
        else:
            lines.append(current)
            current, current_w = word, w
    lines.append(current)
    return tuple(lines)


def _split_word(word: str, face: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, face, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def column_widths(columns, total: float, width_of, pad: float, relative=()) -> list[float]:
    """Share `total` among table columns, for the deck and the report alike.

    `columns` holds, per column, its cells as (text, size, bold); `width_of(text, size, bold)`
    measures. `relative` widths from the outline win; otherwise each column gets at least its
    longest word (capped at an equal share) and the rest goes where the cells are longest."""
    if relative:
        return [round(total * w / sum(relative), 2) for w in relative]
    least, want = [], []
    for cells in columns:
        words = [width_of(w, size, bold) for text, size, bold in cells for w in text.split()] or [0]
        least.append(min(max(words) + pad, total / len(columns)))
        want.append(max(width_of(text, size, bold) for text, size, bold in cells) + pad)
    if sum(want) <= total:
        widths = [w + (total - sum(want)) / len(want) for w in want]
    else:
        extra = [max(0.0, w - l) for w, l in zip(want, least)]
        spare, share = total - sum(least), sum(extra) or 1.0
        widths = [l + spare * e / share for l, e in zip(least, extra)]
    return [round(w, 2) for w in widths]
