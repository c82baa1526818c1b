import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from builder.outline.load import load_outline
from builder.pipeline import Builder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def norm(text: str) -> str:
    """Collapse whitespace so text wrapped onto several lines compares as one line."""
    return re.sub(r"\s+", " ", text).strip()


def slide_texts(slide) -> list[str]:
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out += [p.text for p in shape.text_frame.paragraphs]
        if getattr(shape, "has_table", False) and shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return out


@pytest.fixture(scope="session")
def builder():
    return Builder()


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


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)
