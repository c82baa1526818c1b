"""Fixtures of the end-to-end tests: the real outline, built once and read back."""
import pytest
from pptx import Presentation
from pypdf import PdfReader

from builder.outline.load import load_outline
from readback import ROOT


@pytest.fixture(scope="session")
def article(tmp_path_factory, builder):
    """The real outline, built once: its model, the deck and the report read back."""
    out = tmp_path_factory.mktemp("article")
    result = builder.build(ROOT / "outline.yaml", out)
    pptx_path = next(p for p in result.paths if p.suffix == ".pptx")
    pdf_path = next(p for p in result.paths if p.suffix == ".pdf")
    reader = PdfReader(str(pdf_path))
    return {
        "outline": load_outline(ROOT / "outline.yaml"),
        "result": result,
        "pptx_path": pptx_path,
        "pdf_path": pdf_path,
        "deck": Presentation(str(pptx_path)),
        "pdf": reader,
        "pages": [page.extract_text() or "" for page in reader.pages],
    }
