"""Emphasis and links typed in the outline, read back from both documents."""
import zipfile

import pdfplumber
from pypdf import PdfReader
from pptx import Presentation

from builder.pipeline import Builder

OUTLINE = """title: Markup
key_judgments: ["Russia **would** gain a *reliable* partner"]
sections:
  - title: One
    bullets:
      - "See [the article](https://example.org/article) and **mind** the <b>tags</b>"
      - "A **bold-heavy bullet that keeps going and going well past the width of one line**"
"""


def build(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(OUTLINE)
    result = Builder().build(path, tmp_path / "out")
    return {p.suffix: p for p in result.paths}


def test_the_deck_has_bold_and_italic_runs_and_a_clickable_link(tmp_path):
    deck = build(tmp_path)[".pptx"]
    runs = [(r.text, r.font.bold, r.font.italic, r.hyperlink.address)
            for s in Presentation(str(deck)).slides for sh in s.shapes if sh.has_text_frame
            for p in sh.text_frame.paragraphs for r in p.runs]
    assert ("would", True, False, None) in runs and ("reliable", False, True, None) in runs
    assert ("the article", False, False, "https://example.org/article") in runs
    assert any("<b>tags</b>" in text for text, *_ in runs)  # typed tags stay text
    with zipfile.ZipFile(deck) as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml.rels"))
    assert 'Target="https://example.org/article" TargetMode="External"' in rels


def test_the_report_sets_the_same_runs_in_bold_and_italic_and_links_them(tmp_path):
    pdf = build(tmp_path)[".pdf"]
    with pdfplumber.open(pdf) as doc:
        words = [(w["text"], w["fontname"]) for page in doc.pages
                 for w in page.extract_words(extra_attrs=["fontname"])]
    assert any(text == "would" and "Bold" in font for text, font in words)
    assert any(text == "reliable" and "Italic" in font for text, font in words)
    assert any(text.startswith("<b>tags") for text, _ in words)
    links = [a.get_object()["/A"]["/URI"] for page in PdfReader(pdf).pages
             for a in page.get("/Annots", []) if a.get_object().get("/A", {}).get("/URI")]
    assert "https://example.org/article" in links


def test_a_bold_bullet_is_measured_in_bold(tmp_path):
    """The bold run is wider: the plan counts the lines bold makes."""
    path = tmp_path / "o.yaml"
    path.write_text(OUTLINE)
    plan = Builder().check(path).plan
    box = next(b for s in plan.slides if s.kind == "section" for b in s.boxes
               if b.name == "body")
    from builder.layout.fit import MEASURE_SLACK
    from builder.theme import DEFAULT, fonts
    from builder.measure import Measurer
    m = Measurer(fonts.load(DEFAULT.font))
    text = box.paras[1].text
    inner = (box.w - 2 * DEFAULT.slide.inset) * MEASURE_SLACK - box.indent
    bold_lines = len(m.lines(text, inner, box.size))
    plain_lines = len(m.lines(str(text), inner, box.size))
    assert bold_lines >= plain_lines
    assert box.lines == len(m.lines(box.paras[0].text, inner, box.size)) + bold_lines


def test_links_are_in_the_themes_link_colour_in_both_documents(tmp_path):
    from builder.theme import DEFAULT
    paths = build(tmp_path)
    want = DEFAULT.color(DEFAULT.page.link)
    runs = [r for s in Presentation(str(paths[".pptx"])).slides for sh in s.shapes
            if sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs
            if r.hyperlink.address]
    assert runs and all(str(r.font.color.rgb) == want for r in runs)
    with pdfplumber.open(paths[".pdf"]) as doc:
        chars = [c for page in doc.pages for c in page.chars if c["text"] in "article"]
    colours = {tuple(round(v * 255) for v in c["non_stroking_color"]) for c in chars
               if c.get("non_stroking_color") and len(c["non_stroking_color"]) == 3}
    assert tuple(int(want[i:i + 2], 16) for i in (0, 2, 4)) in colours
