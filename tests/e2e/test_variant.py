"""`briefing build --variant exec`: the article's executive cut, read back from its files."""
import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from builder.outline.load import load_outline
from readback import ROOT, norm, slide_texts


@pytest.fixture(scope="module")
def exec_cut(tmp_path_factory):
    out = tmp_path_factory.mktemp("exec")
    result = CliRunner().invoke(cli, ["build", str(ROOT / "outline.yaml"), "-o", str(out),
                                      "--variant", "exec"])
    assert result.exit_code == 0, result.output
    return out


def test_the_files_carry_the_variants_name(exec_cut):
    assert sorted(p.name for p in exec_cut.iterdir()) == [
        "russia-iran-security-pact-exec.pdf", "russia-iran-security-pact-exec.pptx"]


def test_the_executive_deck_is_a_complete_briefing_in_ten_slides_or_fewer(exec_cut):
    outline = load_outline(ROOT / "outline.yaml")
    deck = Presentation(str(exec_cut / "russia-iran-security-pact-exec.pptx"))
    slides = [norm(" ".join(slide_texts(s))) for s in deck.slides]
    assert len(slides) <= 10
    assert outline.title in slides[0]
    assert all(norm(str(k.text if hasattr(k, "text") else k))[:40] in slides[1]
               for k in outline.key_judgments)
    for section in outline.sections:  # one slide each: title, takeaway, first three bullets
        shown = [s for s in slides if section.title in s]
        assert len(shown) == 1, section.title
        assert norm(section.takeaway).rstrip(".")[:40] in shown[0]
        assert all(norm(b)[:30] in shown[0] for b in section.bullets[:3])
        assert not any(norm(b)[:30] in shown[0] for b in section.bullets[3:])


def test_the_executive_report_holds_the_same_cut(exec_cut):
    outline = load_outline(ROOT / "outline.yaml")
    text = norm(" ".join(p.extract_text() for p in
                         PdfReader(str(exec_cut / "russia-iran-security-pact-exec.pdf")).pages))
    for section in outline.sections:
        assert norm(section.title) in text
        assert all(norm(b)[:30] in text for b in section.bullets[:3])
    assert "Contents" not in text
