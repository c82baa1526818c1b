"""`--format slides` and `--format handout`, read back: the deck as a PDF of slides, and each
slide with its speaker notes on the report's pages. (Line by line against LibreOffice's rendering
of the PPTX: tests/e2e/test_render_libreoffice.py, which shares that conversion.)"""
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from builder.cli import cli
from readback import ROOT, norm


@pytest.fixture(scope="module")
def showcase(tmp_path_factory, builder):
    """The showcase (charts, pictures, a link) built as deck, slides PDF and handout."""
    out = tmp_path_factory.mktemp("showcase-slides")
    result = builder.build(ROOT / "examples" / "showcase.yaml", out,
                           ("pptx", "slides", "handout"))
    return dict(plan=result.checked.plan, paths=result.paths,
                slides=next(p for p in result.paths if p.name.endswith("-slides.pdf")),
                handout=next(p for p in result.paths if p.name.endswith("-handout.pdf")))


def test_formats_are_repeatable_and_name_their_files(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(ROOT / "tests" / "fixtures" / "small.yaml"),
                                      "-o", str(out), "--format", "slides", "--format", "handout"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["small-briefing-handout.pdf",
                                                     "small-briefing-slides.pdf"]


def test_the_slides_pdf_has_a_page_per_slide_with_its_text(showcase):
    plan, reader = showcase["plan"], PdfReader(str(showcase["slides"]))
    assert len(reader.pages) == len(plan.slides)
    for slide, page in zip(plan.slides, reader.pages):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (plan.width,
                                                                             plan.height)
        assert norm(slide.title) in norm(page.extract_text())  # selectable, searchable
    assert [o.title for o in reader.outline] == [f"{s.number}. {s.title}" for s in plan.slides]


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Each font the pages use, and whether its file is embedded."""
    out = {}
    for page in reader.pages:
        for _, font in (page["/Resources"].get("/Font") or {}).items():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


@pytest.mark.parametrize("which", ["slides", "handout"])
def test_every_font_is_embedded_and_the_file_is_valid(showcase, which):
    fonts = fonts_of(PdfReader(str(showcase[which])))
    assert fonts and all(fonts.values()), fonts
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(showcase[which])], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def uris(page) -> list[str]:
    annots = [a.get_object() for a in page.get("/Annots") or []]
    return [str(a["/A"]["/URI"]) for a in annots if "/A" in a and "/URI" in a["/A"]]


def test_links_are_live(showcase):
    reader = PdfReader(str(showcase["slides"]))
    assert "https://example.org/briefing" in uris(reader.pages[-1])  # the sources slide


def images_on(page) -> int:
    xobjects = page["/Resources"].get("/XObject") or {}
    return sum(1 for _, x in xobjects.items() if x.get_object().get("/Subtype") == "/Image")


def test_charts_are_vector_drawings_and_pictures_are_pictures(showcase):
    plan = showcase["plan"]
    reader = PdfReader(str(showcase["slides"]))
    for slide, page in zip(plan.slides, reader.pages):
        assert images_on(page) == (1 if slide.picture else 0), slide.title
    for slide, page in zip(plan.slides, reader.pages):
        if slide.chart:  # its labels are text: categories and the legend's names
            text = page.extract_text()
            assert all(str(c) in text for c in slide.chart.chart.categories), slide.title


LONG_NOTES = """\
title: Notes that run long
key_judgments:
  - One judgment
sections:
  - title: A section with a lot to say
    bullets: [A bullet]
    notes: |
{notes}
  - title: A section with little to say
    bullets: [Another bullet]
    notes: "Short and **bold**."
"""


def test_the_handout_shows_each_slide_with_its_notes_continuing_on_a_next_page(tmp_path):
    lines = [f"Paragraph {i}: " + "the presenter explains this point at length. " * 8
             for i in range(1, 25)]
    outline = tmp_path / "notes.yaml"
    outline.write_text(LONG_NOTES.format(notes="\n".join("      " + line + "\n" for line in lines)),
                       encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(out), "--format",
                                      "handout", "--format", "pptx"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(str(out / "notes-that-run-long-handout.pdf"))
    pages = [norm(p.extract_text()) for p in reader.pages]
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (
        pytest.approx(595.28), pytest.approx(841.89))  # the report's page: A4 by default
    whole = " ".join(pages)
    assert all(f"Paragraph {i}:" in whole for i in range(1, 25))
    continued = [p for p in pages if "notes continued" in p]
    assert continued and all("Slide 4 of 5" in p for p in continued)
    # the next slide starts a page of its own, with its notes under it
    assert any(p.count("A section with little to say") and "Short and bold." in p for p in pages)
    assert "No speaker notes for this slide." in pages[0]  # the title slide has none


def test_the_handout_keeps_each_slide_with_its_notes_two_to_a_page_when_they_fit(showcase):
    plan = showcase["plan"]
    pages = [norm(p.extract_text()) for p in PdfReader(str(showcase["handout"])).pages]
    assert len(pages) < len(plan.slides)  # slides share pages
    for slide in plan.slides:
        notes = norm(str(slide.notes))[:40] or "No speaker notes for this slide."
        assert any(norm(slide.title) in p and notes in p for p in pages), slide.title
    assert any(re.search(r"Slides \d+\u2013\d+ of \d+", p) for p in pages)


@pytest.mark.skipif(not (ROOT.parent / "shared" / "templates").is_dir(),
                    reason="no shared templates at ../shared/templates")
def test_on_a_template_the_slides_pdf_has_its_size_and_says_what_it_leaves_out(tmp_path):
    template = ROOT.parent / "shared" / "templates" / "forlegal_4x3_cs-en.pptx"
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(ROOT / "outline.yaml"), "-o", str(out),
                                      "--template", str(template), "--format", "slides",
                                      "--format", "handout"])
    assert result.exit_code == 0, result.output
    assert "draw the briefing's own slides, not the template's backgrounds" in result.stderr
    page = PdfReader(str(out / "russia-iran-security-pact-slides.pdf")).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (720.0, 540.0)
