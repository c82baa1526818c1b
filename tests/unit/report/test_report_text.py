"""report/text.py: outline text to paragraph markup, escaped, run by run."""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from builder.outline.text import Run, Text
from builder.report.text import markup
from builder.theme import DEFAULT


def shown(value: str) -> str:
    """What a reader sees of the markup: reportlab's own parse of it."""
    return Paragraph(markup(value, DEFAULT), ParagraphStyle("t")).getPlainText()


@pytest.mark.parametrize("hostile", [
    "<b>bold?</b>", "&amp; stays", "<img src='x.png'/>", 'say "hi"', "a < b > c & d",
    '<a href="javascript:x">link</a>', "<br/>",
])
def test_hostile_text_is_shown_as_typed(hostile):
    assert shown(hostile) == hostile


def test_no_user_character_becomes_markup():
    assert markup("<b>&amp;", DEFAULT) == "&lt;b&gt;&amp;amp;"


def test_a_plain_string_is_one_plain_run():
    assert markup("Key judgments", DEFAULT) == "Key judgments"


def test_runs_give_bold_italic_and_link_markup():
    text = Text.of_runs((Run("a"), Run("b", bold=True), Run("c", italic=True),
                         Run("d", link="https://x.org")))
    colour = DEFAULT.color(DEFAULT.page.link)
    assert markup(text, DEFAULT) == ('a<b>b</b><i>c</i>'
                                     f'<a href="https://x.org" color="#{colour}"><u>d</u></a>')


def test_a_link_address_is_escaped_as_an_attribute():
    text = Text.of_runs((Run("x", link='https://x.org/?a="1"&b=<2>'),))
    assert 'href="https://x.org/?a=&quot;1&quot;&amp;b=&lt;2&gt;"' in markup(text, DEFAULT)


def test_emphasised_hostile_text_stays_literal_inside_its_tags():
    text = Text.of_runs((Run("<i>", bold=True),))
    assert markup(text, DEFAULT) == "<b>&lt;i&gt;</b>"
    assert shown(text) == "<i>"


def test_a_line_break_stays_a_line_break():
    assert markup("one\ntwo", DEFAULT) == "one<br/>two"


def test_a_bold_run_in_an_italic_role_is_drawn_in_the_bold_italic_face(tmp_path):
    """The bold italic face is read on first use; a paragraph that needs it gets it."""
    import io

    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    from builder.outline.text import Run, Text
    from builder.report.context import Context
    from builder.outline import model
    from builder.theme import DEFAULT, fonts

    faces = fonts.load(DEFAULT.font)
    outline = model.Outline(title="T", key_judgments=("k",), sections=())
    ctx = Context.of(outline, DEFAULT, faces)
    para = ctx.paragraph(Text.of_runs((Run("plain "), Run("strong", bold=True))), "quote")
    out = io.BytesIO()
    SimpleDocTemplate(out).build([para])
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    names = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any(n.endswith("+Carlito-BoldItalic") for n in names), names


def test_a_shaped_line_s_soft_hyphen_takes_the_emphasis_of_the_letter_before_it():
    from builder.outline.text import Run, Text
    from builder.report.shaped import emphasis

    text = Text.of_runs((Run("سلام Donau\u00ad"), Run("dampf-schiff", bold=True)))
    marks = emphasis(text, ["سلام Donau-", "dampf-schiff"])
    assert [m[0] for m in marks[0]] == [False] * 11
    assert [m[0] for m in marks[1]] == [True] * 12
