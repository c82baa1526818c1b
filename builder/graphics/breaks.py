"""Zero-width spaces in reportlab's paragraphs (the report's and the handout's notes): a line may
break there, and nothing is drawn either way.

reportlab breaks a word at a soft hyphen (U+00AD), drawing a hyphen only where it breaks, but
it draws a zero-width space as a glyph that is no break, or, in a paragraph with a no-break
space, as a space. So a paragraph with zero-width spaces is broken with each one read as a soft
hyphen, and the hyphen drawn at the end of a line broken at one is taken away again (its width
given back to the line, so a centred or right-aligned line stays in place).
"""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from builder.measure.soft import SHY, ZWSP

_WHITE = " \t\n\r\f\v"


class ZeroWidthBreaks(Paragraph):
    """A Paragraph whose zero-width spaces are break opportunities that draw nothing."""

    def breakLines(self, width):
        frags = self.frags
        if not any(ZWSP in (getattr(f, "text", "") or "") for f in frags):
            return super().breakLines(width)
        breaks = _break_kinds(frags)
        self.frags = [_as_soft_hyphens(f) for f in frags]
        try:
            para = super().breakLines(width)
        finally:
            self.frags = frags
        _unhyphenate(para, breaks)
        return para


def _as_soft_hyphens(frag):
    text = getattr(frag, "text", "")
    if not text or ZWSP not in text:
        return frag
    frag = frag.clone()
    frag.text = text.replace(ZWSP, SHY)
    return frag


def _break_kinds(frags) -> dict[int, str]:
    """Where the paragraph may break inside a word: the index, among its drawn characters
    (neither white space nor a mark), of the character after each soft hyphen or zero-width
    space, and which of them it is (a soft hyphen where both are)."""
    out: dict[int, str] = {}
    at = 0
    for frag in frags:
        for char in getattr(frag, "text", "") or "":
            if char in (SHY, ZWSP):
                out[at] = SHY if out.get(at) == SHY else char
            elif char not in _WHITE:
                at += 1
    return out


def _unhyphenate(para, breaks: dict[int, str]) -> None:
    """Take the hyphen away from each line that reportlab broke at a zero-width space."""
    lines = para.lines
    at = 0
    for n, line in enumerate(lines):
        simple = isinstance(line, tuple)  # (extra space, words) of a one-style paragraph
        texts = line[1] if simple else [w.text for w in line.words if getattr(w, "text", "")]
        drawn = sum(len(t) - sum(t.count(c) for c in _WHITE) for t in texts)
        end = at + drawn - 1  # where a hyphen drawn at the line's end would stand
        hyphen = (n < len(lines) - 1 and texts and texts[-1].rstrip().endswith("-")
                  and end in breaks)
        if hyphen and breaks[end] == ZWSP:
            lines[n] = _without_hyphen(line, para, simple)
        at = end if hyphen else at + drawn


def _without_hyphen(line, para, simple: bool):
    if simple:
        extra, words = line
        last = words[-1]
        word = str.__new__(type(last), last[:-1])  # the same kind of word reportlab made
        word.__dict__.update(getattr(last, "__dict__", {}))
        return extra + stringWidth("-", para.fontName, para.fontSize), words[:-1] + [word]
    frag = [w for w in line.words if getattr(w, "text", "")][-1]
    text = frag.text.rstrip()
    frag.text = text[:-1]
    line.extraSpace += stringWidth("-", frag.fontName, frag.fontSize)
    return line
