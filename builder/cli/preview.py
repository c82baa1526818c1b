"""`briefing build --preview`: PNG thumbnails of every slide and page, and a contact sheet, so
a reviewer can see the deck without opening PowerPoint. Needs LibreOffice (the deck) and
poppler's pdftoppm (both documents); says what is missing instead of failing the build."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 300


class PreviewError(Exception):
    pass


def missing_tools(paths: list[Path]) -> list[str]:
    need = ["pdftoppm"] + (["soffice"] if any(p.suffix == ".pptx" for p in paths) else [])
    return [tool for tool in need if shutil.which(tool) is None]


def deck_to_pdf(deck: Path, folder: Path) -> Path:
    """LibreOffice's rendering of the deck, with a profile of its own (two runs sharing one
    fail silently) and its output checked (its exit code is 0 even when it could not load)."""
    with tempfile.TemporaryDirectory(prefix="briefing-lo-") as profile:
        proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                               "--norestore", "--convert-to", "pdf", "--outdir", str(folder),
                               str(deck)], capture_output=True, text=True, timeout=TIMEOUT)
    pdf = folder / (deck.stem + ".pdf")
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise PreviewError(f"LibreOffice could not convert {deck}: {proc.stderr.strip() or proc.stdout.strip()}")
    return pdf


def pages_to_png(pdf: Path, folder: Path, prefix: str, dpi: int) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / prefix)],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return sorted(folder.glob(f"{prefix}-*.png"))


def contact_sheet(images: list[Path], target: Path, columns: int = 4, gap: int = 8) -> Path:
    from PIL import Image

    thumbs = [Image.open(p) for p in images]
    width = max(t.width for t in thumbs)
    height = max(t.height for t in thumbs)
    rows = -(-len(thumbs) // columns)
    sheet = Image.new("RGB", (columns * (width + gap) + gap, rows * (height + gap) + gap), "#808080")
    for i, thumb in enumerate(thumbs):
        sheet.paste(thumb, (gap + (i % columns) * (width + gap), gap + (i // columns) * (height + gap)))
    sheet.save(target)
    return target


def preview(paths: list[Path], dpi: int = 50) -> list[Path]:
    """Write NAME-preview/ beside the outputs: slide-NN.png, page-NN.png and sheet PNGs."""
    missing = missing_tools(paths)
    if missing:
        raise PreviewError(f"preview needs {', '.join(missing)} (Debian: apt-get install "
                           "libreoffice-impress poppler-utils)")
    folder = paths[0].parent / (paths[0].stem + "-preview")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = []
    for path in paths:
        with tempfile.TemporaryDirectory(prefix="briefing-preview-") as tmp:
            pdf = deck_to_pdf(path, Path(tmp)) if path.suffix == ".pptx" else path
            prefix = "slide" if path.suffix == ".pptx" else "page"
            images = pages_to_png(pdf, folder, prefix, dpi)
        written += images
        written.append(contact_sheet(images, folder / f"{prefix}s-sheet.png"))
    return written
