"""Citations: [@id] in the text, numbered by first citation, the same numbers in the deck, the
report and the sources lists; the report's numbers link to their entries."""
import re
import zipfile

import pdfplumber
from click.testing import CliRunner
from pypdf import PdfReader

from builder.cli import cli
from builder.pipeline import Builder

OUTLINE = """title: Cited
key_judgments:
  - "Russia **would** gain a reliable partner [@article]"
sections:
  - title: One
    bullets:
      - "Shoigu says procedures are nearly complete [@tass; @article]"
sources:
  - title: The article
    id: article
  - title: TASS report
    id: tass
  - title: Unused
    id: spare
"""


def build(tmp_path, text=OUTLINE):
    path = tmp_path / "o.yaml"
    path.write_text(text)
    result = Builder().build(path, tmp_path / "out")
    return {p.suffix: p for p in result.paths}, result.diagnostics


def test_numbers_follow_the_first_citation_and_match_in_both_documents(tmp_path):
    paths, diagnostics = build(tmp_path)
    with zipfile.ZipFile(paths[".pptx"]) as z:
        slides = "".join(z.read(n).decode() for n in z.namelist()
                         if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
    raised = re.findall(r'baseline="30000"[^>]*>.*?<a:t>([^<]*)</a:t>', slides)
    assert raised == ["1", "1,2"]  # the article first cited, then TASS
    assert "[1] The article." in slides and "[2] TASS report." in slides
    assert slides.index("[2] TASS report.") < slides.index("Unused.")
    with pdfplumber.open(paths[".pdf"]) as doc:
        text = "\n".join(page.extract_text() for page in doc.pages)
    assert "[1] The article." in text and "[2] TASS report." in text
    assert any("uncited" in str(d) and "@spare" in str(d) for d in diagnostics)


def test_the_reports_numbers_link_to_their_entries(tmp_path):
    paths, _ = build(tmp_path)
    reader = PdfReader(paths[".pdf"])
    last = reader.pages[-1].indirect_reference  # the sources list ends the report
    to_sources = []
    for page in reader.pages[2:]:  # past the cover and the contents
        for annot in (a.get_object() for a in page.get("/Annots", [])):
            dest = annot.get("/Dest") or annot.get("/A", {}).get("/D")
            if dest is not None and dest[0].idnum == last.idnum and dest[1] == "/XYZ":
                to_sources.append(dest)
    assert len(to_sources) >= 2  # the judgment's [1] and the bullet's [1,2], at their entries


def test_an_unknown_id_is_an_error_at_its_line_with_a_suggestion(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(OUTLINE.replace("[@tass; @article]", "[@tas]"))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:7:9: error: no source has the id '@tas' (did you mean '@tass'?)" in result.output


def test_a_slide_that_cites_names_its_sources_above_the_footer(tmp_path):
    from pptx import Presentation
    paths, _ = build(tmp_path)
    deck = Presentation(str(paths[".pptx"]))
    texts = []
    for slide in deck.slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        line = next((sh for sh in slide.shapes if sh.has_text_frame
                     and sh.text_frame.text.startswith("Sources: ")), None)
        if line is not None:
            texts.append(line.text_frame.text)
            assert line.top + line.height <= shapes["footer"].top  # above the footer
            body = max(sh.top + sh.height for sh in slide.shapes if sh.name == "body")
            assert body <= line.top  # under the content
    assert sorted(texts) == ["Sources: 1", "Sources: 1, 2"]  # the judgments, the bullets


def test_a_judgments_basis_is_cited_and_uncited_claims_are_flagged_on_request(tmp_path):
    text = OUTLINE.replace('  - "Russia **would** gain a reliable partner [@article]"',
                           '  - text: "Russia **would** gain a reliable partner"\n'
                           '    confidence: moderate\n    basis: ["@tass"]')
    text = "require_citations: true\n" + text.replace(
        '      - "Shoigu says procedures are nearly complete [@tass; @article]"',
        '      - "Shoigu says procedures are nearly complete [@tass; @article]"\n'
        '      - "A claim on nothing"')
    path = tmp_path / "o.yaml"
    path.write_text(text)
    checked = Builder().check(path)
    judgment = checked.outline.key_judgments[0]
    assert [r.text for r in judgment.text.runs if r.cite] == ["1"]  # TASS, cited first here
    uncited = [str(d) for d in checked.diagnostics if d.code == "uncited-claim"]
    assert uncited == [f"{path}:11:9: warning: this claim cites no source; add [@id] "
                       "[uncited-claim]"]
