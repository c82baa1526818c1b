"""Readers no one here wrote: openxml-audit's PowerPoint checks, qpdf, poppler's pdffonts and
pdfinfo, on every outline we ship (LibreOffice's rendering is in test_render_libreoffice.py)."""
import json
import shutil
import subprocess
import sys

import pytest

from builder.pipeline import Builder
from readback import FIXTURES, ROOT, SHARED, slide_texts

OUTLINES = {"article": ROOT / "outline.yaml", "stress": FIXTURES / "stress.yaml"}
if (ROOT / "examples" / "showcase.yaml").exists():
    OUTLINES["showcase"] = ROOT / "examples" / "showcase.yaml"


@pytest.fixture(scope="module", params=sorted(OUTLINES))
def built(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param)
    result = Builder().build(OUTLINES[request.param], out)
    deck = next(p for p in result.paths if p.suffix == ".pptx")
    report = next(p for p in result.paths if p.suffix == ".pdf")
    return result.outline, deck, report


def tool(name):
    return pytest.mark.skipif(shutil.which(name) is None, reason=f"{name} is not installed")


def test_openxml_audit_expects_powerpoint_to_open_the_deck_cleanly(built):
    pytest.importorskip("openxml_audit")
    _, deck, _ = built
    proc = subprocess.run([sys.executable, "-m", "openxml_audit", "-o", "json", "-m", "0", str(deck)],
                          capture_output=True, text=True)
    findings = json.loads(proc.stdout)[0]
    assert findings["valid"] and findings["error_count"] == 0, findings["errors"][:5]
    assert findings["verdict"]["prediction"] == "opens-clean", findings["verdict"]


@pytest.mark.skipif(not (SHARED / "tools" / "pptx-schema-check").exists(),
                    reason="../shared/tools/pptx-schema-check is not beside the project")
def test_deck_passes_the_ooxml_schemas(built):
    _, deck, _ = built
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "pptx-schema-check"), str(deck)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


@tool("qpdf")
def test_report_passes_qpdf(built):
    _, _, report = built
    proc = subprocess.run(["qpdf", "--check", str(report)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@tool("pdffonts")
def test_every_font_in_the_report_is_embedded(built):
    _, _, report = built
    rows = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), rows


@tool("pdfinfo")
def test_pdfinfo_shows_title_and_author(built):
    outline, _, report = built
    info = dict(line.split(":", 1) for line in
                subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True).stdout.splitlines()
                if ":" in line)
    assert info["Title"].strip() == outline.title
    assert info["Author"].strip() == (outline.author or outline.organisation)


@tool("soffice")
def test_libreoffice_shows_every_slides_text_on_its_own_page(built, tmp_path):
    """LibreOffice (its exit code is not trusted: the PDF must exist, one page per slide)."""
    import re

    from pptx import Presentation
    from pypdf import PdfReader

    from builder.cli.preview import deck_to_pdf

    _, deck, _ = built
    slides = list(Presentation(str(deck)).slides)
    pages = PdfReader(str(deck_to_pdf(deck, tmp_path))).pages
    assert len(pages) == len(slides)
    for number, (slide, page) in enumerate(zip(slides, pages), 1):
        drawn = re.sub(r"\s+", "", page.extract_text())
        for text in slide_texts(slide):
            for word in text.split():
                if re.search("[\u0590-\u08ff]", word):  # right to left: the reader places a
                    word = word.strip(".,:;!?\u201c\u201d\u060c")  # mark at the word's either end
                assert word in drawn, (number, word)
