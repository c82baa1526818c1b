"""Fixtures of the end-to-end tests: the real outline, built once and read back."""
import pytest
from pptx import Presentation
from pypdf import PdfReader

from builder.outline.load import load_outline
from builder.pipeline import Builder
from readback import FIXTURES, ROOT

# the outlines we ship, each built once for the readers that check them (test_real_readers.py,
# test_accessibility.py)
OUTLINES = {"article": ROOT / "outline.yaml", "stress": FIXTURES / "stress.yaml"}
if (ROOT / "examples" / "showcase.yaml").exists():
    OUTLINES["showcase"] = ROOT / "examples" / "showcase.yaml"


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


@pytest.fixture(scope="session", params=sorted(OUTLINES))
def built(request, tmp_path_factory):
    """Each outline we ship, built once: its model, the deck's path and the report's path."""
    out = tmp_path_factory.mktemp(request.param)
    result = Builder().build(OUTLINES[request.param], out)
    deck = next(p for p in result.paths if p.suffix == ".pptx")
    report = next(p for p in result.paths if p.suffix == ".pdf")
    return result.outline, deck, report
