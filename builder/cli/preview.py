"""`briefing build --preview`: PNG thumbnails of every slide and page, and a contact sheet, so
a reviewer can see the deck without opening PowerPoint. The slides are rasterised from the slides
PDF (the one `--format slides` writes, or the same drawn for the preview alone), the pages from
the report, with poppler's pdftoppm; no LibreOffice. Says what is missing instead of failing the
build."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 300


class PreviewError(Exception):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in ("pdftoppm",) if shutil.which(tool) is None]


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


def preview(paths: list[Path], slides_pdf: bytes | None = None, dpi: int = 50) -> list[Path]:
    """Write NAME-preview/ beside the outputs: slide-NN.png from the slides PDF (the written one,
    else `slides_pdf`, drawn from the same plan), page-NN.png from the report, and sheet PNGs."""
    missing = missing_tools()
    if missing:
        raise PreviewError(f"preview needs {', '.join(missing)} (Debian: apt-get install "
                           "poppler-utils)")
    folder = paths[0].parent / (paths[0].stem.removesuffix("-slides") + "-preview")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="briefing-preview-") as tmp:
        for pdf, prefix in sources(paths, slides_pdf, Path(tmp)):
            images = pages_to_png(pdf, folder, prefix, dpi)
            written += images
            written.append(contact_sheet(images, folder / f"{prefix}s-sheet.png"))
    return written


def sources(paths: list[Path], slides_pdf: bytes | None, tmp: Path) -> list[tuple[Path, str]]:
    """(PDF, image prefix) for the slides and for the report's pages."""
    out = []
    slides = next((p for p in paths if p.name.endswith("-slides.pdf")), None)
    if slides is None and slides_pdf is not None and any(p.suffix == ".pptx" for p in paths):
        slides = tmp / "slides.pdf"
        slides.write_bytes(slides_pdf)
    if slides is not None:
        out.append((slides, "slide"))
    out += [(p, "page") for p in paths if p.suffix == ".pdf"
            and not p.name.endswith(("-slides.pdf", "-handout.pdf"))]
    return out
