"""What the end-to-end tests share: where the project is, and reading the documents back.

A plain module (not conftest.py), so tests import it by a name no other folder uses."""
import re
import shutil
import subprocess
from pathlib import Path

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"


def norm(text: str) -> str:
    """Collapse whitespace so text wrapped onto several lines compares as one line."""
    return re.sub(r"\s+", " ", text).strip()


def slide_texts(slide) -> list[str]:
    """Every paragraph and table cell on a python-pptx slide."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out += [p.text for p in shape.text_frame.paragraphs]
        if getattr(shape, "has_table", False) and shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return out


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)
