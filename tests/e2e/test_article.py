"""The article's briefing, read back from both files as a reader would see it."""
import re

import pytest

from builder import wording
from readback import SHARED, have, norm, run, slide_texts


def deck_text(article) -> str:
    return norm(" ".join(t for s in article["deck"].slides for t in slide_texts(s)))


def pdf_text(article) -> str:
    return norm(" ".join(article["pages"]))


def test_every_section_and_subsection_title_is_a_slide_title_and_a_heading(article):
    outline = article["outline"]
    titles = [s.shapes.title.text for s in article["deck"].slides if s.shapes.title is not None]
    report = pdf_text(article)
    sections = list(outline.walk())
    assert len(outline.sections) == 8 and len(sections) == 12
    for section in sections:
        assert section.title in titles
        assert norm(f"{section.number} {section.title}") in report


def test_sections_follow_the_articles_table_of_contents(article):
    names = [s.title for s in article["outline"].sections]
    assert names == [
        "The Genesis of a Strategic Alliance", "Shared Interests and Geopolitical Alignment",
        "Deepening Military and Security Cooperation", "Beyond Defense: Nuclear and Space Ambitions",
        "Implications for Regional and Global Security", "The Evolution of a Coded Relationship",
        "Navigating Domestic and International Pressures",
        "Conclusion: A Reshaped Geopolitical Landscape"]
    subs = {s.title: [c.title for c in s.subsections] for s in article["outline"].sections}
    assert subs["Shared Interests and Geopolitical Alignment"] == [
        "Bolstering Syria's Assad", "The Nuclear Dimension and US Withdrawal"]
    assert subs["Implications for Regional and Global Security"] == ["BRICS and Global Security Frameworks"]
    assert subs["Navigating Domestic and International Pressures"] == ["The Path Forward: A Comprehensive Treaty"]


def test_every_bullet_and_key_judgment_is_in_both_documents(article):
    deck = [norm(t) for s in article["deck"].slides for t in slide_texts(s)]
    report = pdf_text(article)
    outline = article["outline"]
    judgments = [wording.judgment(k) for k in outline.key_judgments]  # as both documents show it
    items = [*judgments, *[b for s in outline.walk() for b in s.bullets]]
    assert len(items) > 40
    for item in items:
        assert norm(item) in deck
        assert norm(item) in report


def test_every_quote_and_who_said_it_is_in_both_documents(article):
    deck, report = deck_text(article), pdf_text(article)
    quotes = [q for s in article["outline"].walk() for q in s.quotes]
    speakers = {q.by for q in quotes}
    assert {"Kremlin statement", "Sergei Lavrov", "Sergei Shoigu", "Mohammed Soliman",
            "Ruslan Suleymanov", "Ben Taleblu"} <= speakers
    for q in quotes:
        words = norm(q.text) if q.paraphrase else norm(f"\u201c{q.text}\u201d")
        assert words in deck and words in report
        who = norm(f"{q.by}, {q.role}" if q.role else q.by) + (f" (via {q.via})" if q.via else "")
        assert who in deck and who in report
    shoigu = next(q for q in quotes if q.by == "Sergei Shoigu")
    assert shoigu.via == "TASS"


def test_speaker_notes_are_on_their_sections_slide(article):
    slides = list(article["deck"].slides)
    for section in article["outline"].walk():
        first = next(s for s in slides if s.shapes.title is not None
                     and s.shapes.title.text == section.title)
        assert first.has_notes_slide
        assert norm(first.notes_slide.notes_text_frame.text) == norm(section.notes)


def test_deck_is_16_by_9_with_footer_numbers_and_marking(article):
    deck = article["deck"]
    assert deck.slide_width * 9 == deck.slide_height * 16
    marking = article["outline"].marking
    for number, slide in enumerate(deck.slides, 1):
        texts = slide_texts(slide)
        assert texts.count(marking) == 2  # top and bottom
        if number > 1:
            assert str(number) in texts
            assert article["outline"].footer_title in texts


def test_timeline_is_drawn_and_table_is_a_real_table(article):
    slides = list(article["deck"].slides)
    timeline = next(s for s in slides if s.shapes.title.text == "Road to the treaty")
    dots = [sh for sh in timeline.shapes if sh.shape_type == 1 and sh.auto_shape_type == 9]  # ovals
    assert len(dots) == 5
    tables = [sh for s in slides for sh in s.shapes if sh.has_table]
    assert tables
    header = [c.text for c in tables[0].table.rows[0].cells]
    assert header == ["Area", "What the article describes", "Status"]


def test_toc_page_numbers_match_the_pages_headings_are_on(article):
    pages = article["pages"]
    toc = next(t for t in pages if t.lstrip().startswith("Contents"))
    numbers = [int(n) for n in re.findall(r"(?:\.\s+)+(\d+)\s*$", toc, re.M)]
    sections = list(article["outline"].walk())
    headings = ["Key judgments", *[f"{s.number} {s.title}" for s in sections], "Sources"]
    assert len(numbers) == len(headings)
    for heading, page in zip(headings, numbers):
        assert heading in norm(toc)
        assert norm(heading) in norm(pages[page - 1]), (heading, page)


def test_toc_entries_link_to_their_pages(article):
    reader = article["pdf"]
    toc_page = next(p for p in reader.pages if "Contents" in (p.extract_text() or ""))
    links = [a.get_object() for a in toc_page.get("/Annots", [])]
    assert len(links) >= 12
    assert all(a["/Subtype"] == "/Link" for a in links)


def test_bookmarks_match_sections_and_point_at_their_pages(article):
    reader, pages = article["pdf"], article["pages"]
    outline = reader.outline
    flat = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                flat.append((level, item.title, reader.get_destination_page_number(item)))
    walk(outline, 0)
    sections = [(0 if "." not in s.number else 1, f"{s.number}  {s.title}")
                for s in article["outline"].walk()]
    assert [(lvl, t) for lvl, t, _ in flat if t[0].isdigit()] == sections
    for _, title, page in flat:
        assert norm(title) in norm(pages[page])


def test_report_metadata_and_page_x_of_y(article):
    reader = article["pdf"]
    meta = reader.metadata
    assert meta.title == "Russia & Iran's Security Pact"
    assert meta.author == "Briefing team"
    assert meta.subject == "A New Geopolitical Axis?"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    total = len(reader.pages)
    for number, text in enumerate(article["pages"][1:], 2):
        assert f"Page {number} of {total}" in text


@pytest.mark.skipif(not have("qpdf"), reason="qpdf is not installed")
def test_report_passes_qpdf_check(article):
    result = run("qpdf", "--check", str(article["pdf_path"]))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not have("pdffonts"), reason="pdffonts (poppler-utils) is not installed")
def test_every_font_in_the_report_is_embedded(article):
    lines = run("pdffonts", str(article["pdf_path"])).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert line.split()[-5] == "yes", line  # the 'emb' column
        assert "Carlito" in line


@pytest.mark.skipif(not (SHARED / "tools" / "pptx-schema-check").exists(),
                    reason="../shared/tools/pptx-schema-check is not beside the project")
def test_deck_passes_the_ooxml_schema_check(article):
    import sys
    result = run(sys.executable, str(SHARED / "tools" / "pptx-schema-check"),
                 str(article["pptx_path"]))
    assert result.returncode == 0, result.stdout + result.stderr


def test_deck_names_calibri_and_the_report_embeds_its_twin(article):
    import zipfile
    with zipfile.ZipFile(article["pptx_path"]) as z:
        fonts = set()
        for name in z.namelist():
            if name.startswith("ppt/slides/slide") and name.endswith(".xml"):
                fonts |= set(re.findall(r'typeface="([^"]+)"', z.read(name).decode()))
    assert fonts == {"Calibri"}
    assert article["result"].slides == len(article["deck"].slides)


def test_a_table_row_that_fits_on_one_line_as_drawn_is_one_line_tall(article, builder):
    """Column widths are shared out with the slack rows are measured with: a row whose cells
    each fit on one line as drawn is not laid out two lines tall ('Warship port visits' was)."""
    table = next(sh.table for s in article["deck"].slides for sh in s.shapes if sh.has_table)
    measure = builder.measurer.width
    body = list(enumerate(table.rows))[1:]  # (the header is set larger)
    one_line = min(row.height for _, row in body)
    fitting = []
    for r, row in body:
        widths = []
        for c, cell in enumerate(row.cells):
            inner = (table.columns[c].width - cell.margin_left - cell.margin_right) / 12700
            runs = [run for p in cell.text_frame.paragraphs for run in p.runs]
            drawn = sum(measure(run.text, run.font.size.pt, bool(run.font.bold)) for run in runs)
            widths.append(drawn <= inner)
        if all(widths):
            fitting.append(r)
            assert row.height == one_line, f"row {r} ({row.cells[0].text!r}) is taller than a line"
    assert len(fitting) >= 6  # most of the article's rows are one line
