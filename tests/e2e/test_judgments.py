"""Key judgments with their confidence, in words, in both documents."""
import pdfplumber
from click.testing import CliRunner
from pptx import Presentation

from builder.cli import cli
from builder.pipeline import Builder

OUTLINE = """title: Judged
key_judgments:
  - "A plain judgment stays valid"
  - text: "Russia **would** gain a partner"
    confidence: moderate
sections:
  - title: One
    bullets: [a]
"""


def test_a_judgment_with_confidence_shows_it_in_words_in_both_documents(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(OUTLINE)
    paths = {p.suffix: p for p in Builder().build(path, tmp_path / "out").paths}
    runs = [(r.text, r.font.italic, r.font.bold) for s in Presentation(str(paths[".pptx"])).slides
            for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
            for r in p.runs]
    assert (" (moderate confidence)", True, False) in runs and ("would", False, True) in runs
    assert ("A plain judgment stays valid", False, False) in runs
    with pdfplumber.open(paths[".pdf"]) as doc:
        words = [(w["text"], w["fontname"]) for page in doc.pages
                 for w in page.extract_words(extra_attrs=["fontname"])]
    assert ("confidence)", next(f for t, f in words if t == "confidence)")) in words
    assert any(t == "confidence)" and "Italic" in f for t, f in words)


def test_a_confidence_outside_the_scale_is_an_error_at_its_line(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(OUTLINE.replace("confidence: moderate", "confidence: certain"))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:5:17: error:" in result.output and "low, moderate, high" in result.output
