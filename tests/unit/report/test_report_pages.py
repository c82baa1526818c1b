"""The built report read back with pdfplumber and pypdf: furniture where the theme puts it, the
contents' page numbers, the sources' links and the figures' tags."""
from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from builder.outline import model
from builder.report import write_pdf
from builder.theme import DEFAULT
from builder.theme.fonts import load

IMAGES = Path(__file__).resolve().parents[3] / "examples" / "images"

OUTLINE = model.Outline(
    title="A report", short_title="Running head", key_judgments=("One.", "Two."),
    marking="TEST MARKING",
    sections=tuple(model.Section(f"Part {n}", takeaway="So what.", summary="Words. " * 200,
                                 number=str(n)) for n in (1, 2, 3)),
    sources=(model.Source("A <source>", publisher="Pub", url="https://example.org/a?b=1&c=2"),))


def build(theme=DEFAULT, outline=OUTLINE) -> bytes:
    return write_pdf(outline, theme, load(theme.font))


def words(page, text: str) -> list[dict]:
    return [w for w in page.extract_words() if w["text"] == text]


@pytest.fixture(scope="module")
def pdf():
    with pdfplumber.open(io.BytesIO(build())) as doc:
        yield doc


def test_the_running_header_sits_at_the_margin_and_its_baseline(pdf):
    page, p = pdf.pages[2], DEFAULT.page
    head = words(page, "Running")[0]
    assert head["x0"] == pytest.approx(p.margin_x, abs=0.5)
    assert head["bottom"] == pytest.approx(p.space.header_baseline, abs=3)  # from the top, as drawn


def test_moving_the_margin_moves_the_header():
    theme = replace(DEFAULT, page=replace(DEFAULT.page, margin_x=100.0))
    with pdfplumber.open(io.BytesIO(build(theme))) as doc:
        head = words(doc.pages[2], "Running")[0]
    assert head["x0"] == pytest.approx(100.0, abs=0.5)


def test_the_header_and_footer_rules_are_where_the_theme_says(pdf):
    page, p = pdf.pages[1], DEFAULT.page
    rules = sorted(round(line["top"], 1) for line in page.lines)
    assert rules == [round(p.space.header_rule, 1), round(page.height - p.space.footer_rule, 1)]
    assert all(line["linewidth"] == pytest.approx(p.space.furniture_rule_width) for line in page.lines)
    assert all(line["x0"] == pytest.approx(p.margin_x) for line in page.lines)


def test_every_page_but_the_cover_says_page_x_of_y_at_the_right_margin(pdf):
    total = len(pdf.pages)
    assert "Page" not in (pdf.pages[0].extract_text() or "").split()
    for number, page in enumerate(pdf.pages[1:], 2):
        assert f"Page {number} of {total}" in page.extract_text()
        last = words(page, str(total))[-1]
        assert page.width - last["x1"] == pytest.approx(DEFAULT.page.margin_x, abs=0.5)


def test_the_marking_is_on_every_page_top_and_foot(pdf):
    for page in pdf.pages:
        assert (page.extract_text() or "").count("TEST MARKING") == 2


def test_each_contents_entry_shows_the_page_its_heading_lands_on(pdf):
    contents = pdf.pages[1].extract_text().splitlines()
    for n in (1, 2, 3):
        entry = next(line for line in contents if line.startswith(f"{n} Part {n}"))
        shown = int(entry.split()[-1])
        heading = pdf.pages[shown - 1].extract_text()
        assert f"{n} Part {n}" in heading


def test_a_source_shows_as_typed_and_links_its_address(pdf):
    last = pdf.pages[-1]
    assert "A <source>. Pub. https://example.org/a?b=1&c=2" in last.extract_text()
    assert [a["uri"] for a in last.annots if a.get("uri")] == ["https://example.org/a?b=1&c=2"]


def test_a_figure_is_tagged_with_its_alternative_text():
    image = model.Image("corridor.png", "A long corridor", path=str(IMAGES / "corridor.png"),
                        width_px=400, height_px=300)
    outline = replace(OUTLINE, sections=(replace(OUTLINE.sections[0], blocks=(image,)),))
    reader = PdfReader(io.BytesIO(build(outline=outline)))
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    figures = [e for e in elements(root["/K"]) if e["/S"] == "/Figure"]
    assert [f["/Alt"] for f in figures] == ["A long corridor"]


def elements(node) -> list:
    """The structure elements under `node` (itself included), in reading order."""
    node = node.get_object()
    if not hasattr(node, "keys") or node.get("/Type") not in (None, "/StructElem"):
        return []
    kids = node.get("/K")
    kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
    return [node] + [e for k in kids for e in elements(k)]
