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


IN_BLOCKS = OUTLINE.replace("sources:", """  - title: Two
    table:
      columns: [Who, Says]
      rows:
        - ["Shoigu", "Nearly complete [@tass, para. 4]"]
    blocks:
      - callout: { text: "The article concludes it is a pivot [@article, \u00a7 Conclusion]" }
sources:""")


def report_text(path) -> str:
    with pdfplumber.open(path) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def test_each_part_of_the_report_ends_with_notes_on_what_it_cites(tmp_path):
    paths, _ = build(tmp_path, IN_BLOCKS)
    text = report_text(paths[".pdf"])
    labels = re.findall(r"\nNotes to ([^\n]+)\n", text)
    assert labels == ["the key judgments", "section 1", "section 2"]  # each part its own
    parts = re.split(r"\nNotes to [^\n]+\n", text)
    judgments, one, two = (p.split("\n1 One")[0].split("\n2 Two")[0] for p in parts[1:])
    assert judgments.startswith("[1] The article.")
    assert one.startswith("[1] The article.\n[2] TASS report.")
    # the table cell's and the callout's citations, with where in their sources
    assert two.startswith("[1] The article \u2014 \u00a7 Conclusion.\n[2] TASS report \u2014 para. 4.")
    assert "Sources\n\u2022 [1] The article.\n\u2022 [2] TASS report." in text  # no locators


def test_a_citation_leads_to_its_note_and_the_note_to_its_source(tmp_path):
    paths, _ = build(tmp_path, IN_BLOCKS)
    reader = PdfReader(paths[".pdf"])
    pages = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    led = []
    with pdfplumber.open(paths[".pdf"]) as doc:
        for i, page in enumerate(reader.pages[2:], 2):  # past the cover and the contents
            for annot in (a.get_object() for a in page.get("/Annots", [])):
                dest = annot.get("/Dest")
                if dest is None or dest[1] != "/XYZ":
                    continue
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                height = float(doc.pages[i].height)
                what = "".join(c["text"] for c in doc.pages[i].chars  # centred in the link
                               if x0 < (c["x0"] + c["x1"]) / 2 < x1
                               and y0 < height - (c["top"] + c["bottom"]) / 2 < y1)
                target = doc.pages[pages[dest[0].idnum]]
                top = float(target.height) - float(dest[3])
                line = target.crop((0, top, float(target.width), top + 12)).extract_text()
                led.append((what.strip(), line.strip().splitlines()[-1]))
    numbers = [(w, ln) for w, ln in led if re.fullmatch(r"[\d,]+", w)]
    notes = [(w, ln) for w, ln in led if re.fullmatch(r"\[\d+\]", w)]
    assert [w for w, _ in numbers] == ["1", "1,2", "2", "1"]  # judgment, bullet, cell, callout
    assert [ln for _, ln in numbers] == [
        "[1] The article.", "[1] The article.", "[2] TASS report \u2014 para. 4.",
        "[1] The article \u2014 \u00a7 Conclusion."]  # each to its own part's note
    assert notes and all(ln == "\u2022 " + w + " " + ("The article." if w == "[1]" else
                                                      "TASS report.") for w, ln in notes)


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


def test_citations_in_table_cells_and_callouts_are_raised_and_named_on_their_slides(tmp_path):
    from pptx import Presentation
    paths, _ = build(tmp_path, IN_BLOCKS)
    deck = Presentation(str(paths[".pptx"]))
    lines, raised = [], []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.startswith("Sources: "):
                lines.append(shape.text_frame.text)
            cells = ([c.text_frame for row in shape.table.rows for c in row.cells]
                     if shape.has_table else [shape.text_frame] if shape.has_text_frame else [])
            raised += [(r.text, shape.has_table) for frame in cells for p in frame.paragraphs
                       for r in p.runs if r.font._rPr.get("baseline") == "30000"]
    assert ("2", True) in raised  # the table cell's citation, raised in its cell
    assert ("1", False) in raised
    # the judgments, section One; then section Two's table slide and its callout's slide
    assert lines == ["Sources: 1", "Sources: 1, 2", "Sources: 2", "Sources: 1"]


def test_a_judgments_basis_may_say_where_in_each_source(tmp_path):
    text = OUTLINE.replace('  - "Russia **would** gain a reliable partner [@article]"',
                           '  - text: "Russia **would** gain a reliable partner"\n'
                           '    basis: ["tass, para. 4", "@article"]')
    paths, _ = build(tmp_path, text)
    judgments = re.split(r"\nNotes to [^\n]+\n", report_text(paths[".pdf"]))[1]
    assert judgments.startswith("[1] TASS report \u2014 para. 4.\n[2] The article.\n")
