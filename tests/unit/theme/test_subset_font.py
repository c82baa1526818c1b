"""The report's TrueType faces: text encoded and measured exactly as reportlab's own TTFont does,
whatever order characters are first met in."""
import random

from reportlab.pdfbase.ttfonts import TTFont

from builder.theme import DEFAULT
from builder.theme.fonts import load
from builder.theme.subset_font import SubsetFont


class Document:  # a document's identity is all a face's per-document state is keyed by
    pass


def test_strings_are_encoded_as_reportlab_encodes_them():
    path = load(DEFAULT.font).paths[0]
    ours, theirs = SubsetFont("SubsetCheck", path), TTFont("SubsetCheckRef", path)
    doc_ours, doc_theirs = Document(), Document()
    rng = random.Random(7)
    alphabet = "abc XYZ 123 ,.;é—“”\u00a0ßøΩЖ\U00013000"  # a no-break space, a glyph it lacks
    many = "".join(chr(c) for c in range(0x100, 0x260))  # more than one subset's 256 codes
    for n in range(600):
        pool = alphabet + (many if n > 300 else "")
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert ours.splitString(text, doc_ours) == theirs.splitString(text, doc_theirs), text
    assert ours.state[doc_ours].assignments == theirs.state[doc_theirs].assignments


def test_widths_are_reportlabs_every_time():
    path = load(DEFAULT.font).paths[0]
    ours, theirs = SubsetFont("SubsetWidths", path), TTFont("SubsetWidthsRef", path)
    for text in ("word", "word", "Ωmega", "", "word"):
        for size in (9, 10.5, 9):
            assert ours.stringWidth(text, size) == theirs.stringWidth(text, size)
