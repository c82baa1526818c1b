"""The report flows the stress outline: nothing past the margins, every word present, table
headers repeated, no heading alone at the foot of a page."""
import re
import unicodedata

import pdfplumber
import pytest

from builder.pipeline import Builder, texts
from builder.theme import DEFAULT
from readback import FIXTURES, norm

STRESS = FIXTURES / "stress.yaml"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("stress-report")
    result = Builder().build(STRESS, out, formats=("pdf",))
    pdf = pdfplumber.open(str(result.paths[0]))
    yield result.outline, pdf
    pdf.close()


def test_no_glyph_runs_past_the_margins(report):
    _, pdf = report
    margin = DEFAULT.page.margin_x
    for number, page in enumerate(pdf.pages, 1):
        for char in page.chars:
            assert char["x0"] >= margin - 1.5 and char["x1"] <= page.width - margin + 1.5, \
                (number, char["text"], char["x0"], char["x1"])
            assert 0 <= char["top"] and char["bottom"] <= page.height


def test_every_word_of_the_outline_is_in_the_report(report):
    outline, pdf = report
    from pypdf import PdfReader  # content-stream order: a table cell's lines stay together
    reader = PdfReader(pdf.stream)
    # NFKC: a shaped Arabic letter is read back as its presentation form
    flat = nfkc(re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages)))
    for value in report_texts(outline):
        for word in nfkc(str(value)).split():
            if re.search("[\u0590-\u08ff]", word):  # right to left: a reader may place the
                word = word.strip(".,:;!?\u201c\u201d\u060c")  # marks at either end
            assert word in flat, word  # compared without spaces: long words are broken


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def report_texts(outline):
    """Every text the report shows: all but speaker notes and file settings."""
    return texts(outline, skip=("notes", "file_name", "language"))


def test_table_header_repeats_on_every_page_the_table_spans(report):
    outline, pdf = report
    table = next(s.table for s in outline.walk() if s.table)
    header = " ".join(table.columns)
    pages = [p for p in pdf.pages
             if any(norm(row[1])[:30] in norm(p.extract_text() or "") for row in table.rows)]
    assert len(pages) >= 2
    for page in pages:
        assert header in norm(page.extract_text())


def test_a_heading_is_never_the_last_thing_on_a_page(report):
    outline, pdf = report
    headings = [norm(f"{s.number} {s.title}") for s in outline.walk()]
    for page in pdf.pages:
        lines = [norm(l) for l in (page.extract_text() or "").splitlines() if l.strip()]
        body = [l for l in lines if not re.match(r"Page \d+ of \d+|UNCLASSIFIED", l)]
        tail = " ".join(body[-3:])
        for heading in headings:
            assert not tail.endswith(heading), heading
