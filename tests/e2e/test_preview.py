"""`briefing build --preview`: thumbnails of every slide and page and contact sheets."""
import shutil

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from readback import FIXTURES


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler (pdftoppm)")
def test_preview_writes_one_png_per_slide_and_page_and_two_sheets(tmp_path, monkeypatch):
    tools = tmp_path / "bin"  # pdftoppm alone on the PATH: no LibreOffice is needed
    tools.mkdir()
    (tools / "pdftoppm").symlink_to(shutil.which("pdftoppm"))
    monkeypatch.setenv("PATH", str(tools))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(FIXTURES / "small.yaml"),
                                      "-o", str(out), "--preview"])
    assert result.exit_code == 0, result.output
    folder = out / "small-briefing-preview"
    slides = len(Presentation(str(out / "small-briefing.pptx")).slides)
    pages = len(PdfReader(str(out / "small-briefing.pdf")).pages)
    assert len(list(folder.glob("slide-*.png"))) == slides
    assert len(list(folder.glob("page-*.png"))) == pages
    for sheet in ("slides-sheet.png", "pages-sheet.png"):
        assert str(folder / sheet) in result.stdout
        with Image.open(folder / sheet) as image:
            assert image.width > 200 and image.height > 100


def test_preview_without_the_tools_says_so_and_keeps_the_build(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(FIXTURES / "small.yaml"),
                                      "-o", str(out), "--preview"])
    assert result.exit_code == 0
    assert "preview skipped: preview needs pdftoppm" in result.stderr
    assert (out / "small-briefing.pptx").exists()
