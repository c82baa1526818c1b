"""A paragraph of one plain fragment broken into lines as platypus breaks it, in a tight loop.

Nearly every paragraph of a report is one run of text in one face: platypus breaks it by
filling lines word by word, with branches for soft hyphens, hyphenation, bidirectional text and
words longer than a line on every word, and each word measured through two layers of lookup by
font name. `lines` is that same loop for the plain case only — the same arithmetic in the same
order, so the same lines and widths to the last bit — and says None for anything else (several
fragments, a bullet, a soft hyphen or zero-width space, hyphenation, a direction or shaping, a
word longer than its line), which platypus then breaks itself."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus.paragraph import split, strip

from builder.measure.soft import SHY, ZWSP


def lines(para, widths):
    """What platypus' `breakLines(widths)` returns for `para` (and the attributes it sets on
    it), or None where it would do more than fill lines word by word."""
    text = _plain_text(para)
    if not text:
        return None
    max_widths = list(widths) if isinstance(widths, (list, tuple)) else [widths]
    frag, style, encoding = para.frags[0], para.style, para.encoding
    size = frag.fontSize
    measure = getFont(frag.fontName).stringWidth
    space = measure(" ", size, encoding)
    shrink = style.spaceShrinkage * space
    split_long, last = style.splitLongWords, len(max_widths) - 1
    out, line, number, widest = [], [], 0, 0
    current, max_width = -space, max_widths[0]  # (no space before a line's first word)
    for word in split(text):
        word_width = measure(word, size, encoding)
        new_width = current + space + word_width
        limit = max_width + shrink * len(line)
        if new_width > limit and split_long:
            at = min(number, last)
            if word_width > max(max_widths[at:at + 1]):
                return None  # a word longer than a line: platypus splits it
        if new_width <= limit or not line:
            if word:
                line.append(word)
            current = new_width
        else:
            widest = max(widest, current)
            out.append((max_width - current, line))
            line, current, number = [word], word_width, number + 1
            max_width = max_widths[min(last, number)]
    if line:
        widest = max(widest, current)
        out.append((max_width - current, line))
    para._width_max, para.height = widest, 0
    para._splitLongWordCount = para._hyphenations = 0
    ascent, descent = getAscentDescent(frag.fontName, size)
    return frag.clone(kind=0, lines=out, ascent=ascent, descent=descent, fontSize=size)


def _plain_text(para) -> str:
    """The paragraph's text, stripped, if it is one plain fragment platypus breaks word by word;
    otherwise ""."""
    style, frags = para.style, para.frags
    if (len(frags) != 1 or para.bulletText or style.wordWrap or style.endDots
            or getattr(style, "shaping", 0) or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce or style.embeddedHyphenation):
        return ""
    frag = frags[0]
    if not hasattr(frag, "text") or hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
        return ""
    text = strip(frag.text)
    return "" if SHY in text or ZWSP in text else text
