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


# A paragraph's runs: the fragments of its shape, copied with its own texts and values.

def _runs_markup(rng) -> str:
    from builder.report.text import literal

    words = ["Iran", "Russia", "pact", "  ", " ", "\u201cquoted\u201d", "a\u00adb", "x\u200by",
             "caf\u00e9", "\u00a0", "\n", "1,3", "semi;colon", "\t", "ok"]

    def run() -> str:
        text = literal("".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
        kind = rng.choice(["plain", "b", "i", "bi", "link", "cite"])
        return {"plain": text, "b": f"<b>{text}</b>", "i": f"<i>{text}</i>",
                "bi": f"<i><b>{text}</b></i>",
                "link": f'<a href="https://e.org/{rng.randint(0, 99)}?q=1" color="#0055aa">'
                        f"<u>{text}</u></a>",
                "cite": f'<super><a href="#note-x-{rng.randint(1, 9)}">{rng.randint(1, 9)}'
                        "</a></super>"}[kind]

    anchor = f'<a name="src-{rng.randint(1, 50)}"/>' if rng.random() < 0.2 else ""
    return anchor + "".join(run() for _ in range(rng.randint(1, 5)))


def test_a_paragraphs_runs_have_the_fragments_the_parser_makes_of_their_markup():
    import random

    from reportlab.lib.colors import HexColor

    from builder.report.fragments import markup_frags

    styles = [STYLE, ParagraphStyle("body", fontName="Helvetica-Oblique", fontSize=12,
                                    leading=15, textColor=HexColor("#223344"))]
    rng = random.Random(14)
    for _ in range(600):
        style = rng.choice(styles)
        text = cleanBlockQuotedText(_runs_markup(rng))
        ours = markup_frags(text, style)
        assert ours is not None, text
        assert described(ours) == described(Paragraph(text, style).frags), text


@pytest.mark.parametrize("text", [
    "A &amp; B", "say &quot;no&quot;", "<b>x &lt; y</b>",  # entities: fragments of their own
    "<b>unclosed"])  # (the paragraph's own parse says what is wrong)
def test_markup_the_parser_could_read_otherwise_is_left_to_it(text):
    from builder.report.fragments import markup_frags

    assert markup_frags(cleanBlockQuotedText(text), STYLE) is None
