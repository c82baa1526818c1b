"""A contents entry's fragments made without the markup parser: those the parser makes of the
entry's markup, or none where the entry must be parsed."""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from builder.report.fragments import entry_frags, entry_markup

STYLE = ParagraphStyle("entry", fontName="Helvetica", fontSize=10.5, leading=15,
                       rightIndent=40)


def described(frags) -> list[dict]:
    return [{k: (v.__dict__ if k == "cbDefn" else v) for k, v in f.__dict__.items()}
            for f in frags]


@pytest.mark.parametrize("label, key", [
    ("1  Section 1: Ground   negotiation", "section-1"), ("Key judgments", "key-judgments"),
    ("Sources", "sources"), ("caf\u00e9 \u2014 \u00abquoted\u00bb", "s.2_b"), ("x", "a")])
def test_an_entry_has_the_fragments_the_parser_makes_of_its_markup(label, key):
    text = cleanBlockQuotedText(entry_markup(label, key, "contentsEntry", 17))
    ours = entry_frags(text, key, "contentsEntry", 17, STYLE)
    assert ours is not None
    assert described(ours) == described(Paragraph(text, STYLE).frags)
    assert ours[1].cbDefn.label == "17" and ours[0].link == [(0, "#" + key)]


@pytest.mark.parametrize("label, key", [
    ("<b>bold</b>", "a"), ("A &amp; B", "a"), (" spaced ", "a"), ("label", "two words"),
    ("label", "a&amp;b"), ("", "a")])
def test_an_entry_the_parser_could_read_otherwise_is_left_to_it(label, key):
    text = cleanBlockQuotedText(entry_markup(label, key, "contentsEntry", 3))
    assert entry_frags(text, key, "contentsEntry", 3, STYLE) is None
