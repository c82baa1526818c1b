"""Images the outline uses: resolved against the outline's folder, kept inside it (or inside a
folder the user names with --assets), and read once to check their type and size."""
from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from builder.outline import model
from builder.outline.pictures import upright_size
from builder.diagnostics import Collector

FORMATS = {"PNG": "png", "JPEG": "jpeg"}
MAX_PIXELS = 40_000_000  # refuse decompression bombs before anything is decoded


def resolve_images(outline: model.Outline, base: Path, roots: list[Path], diags: Collector):
    """The outline with every image's path and pixel size filled in; problems go to `diags`."""
    return _walk(outline, base.resolve(), [r.resolve() for r in roots], diags)


def _walk(value, base: Path, roots: list[Path], diags: Collector):
    if isinstance(value, model.Image):
        return _resolve(value, base, roots, diags)
    if isinstance(value, tuple):
        return tuple(_walk(v, base, roots, diags) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            item = getattr(value, f.name)
            if isinstance(item, (tuple, model.Section, model.Image)):
                new = _walk(item, base, roots, diags)
                if new is not item:
                    changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value


def inside(path: Path, roots: list[Path]) -> bool:
    """Whether `path` lies in one of the folders files may be read from."""
    return any(path == root or root in path.parents for root in (r.resolve() for r in roots))


def _resolve(image: model.Image, base: Path, roots: list[Path], diags: Collector) -> model.Image:
    loc = getattr(image.file, "loc", None) or image.loc
    path = (base / image.file).resolve()
    if not inside(path, roots):
        diags.error(loc, f"the image '{image.file}' is outside the outline's folder; move it "
                    "inside, or name its folder with --assets DIR", "image-path")
        return image
    if path.suffix.lower() == ".svg":
        diags.error(loc, f"'{image.file}' is an SVG; SVG is not supported yet, export it as PNG",
                    "image")
        return image
    import warnings

    from PIL import Image as PILImage

    try:
        PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS
        with warnings.catch_warnings():  # Pillow warns past the limit: refuse it, in our words
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(path) as picture:
                kind = picture.format
                picture.verify()
            with PILImage.open(path) as picture:  # (a verified picture can be read no further)
                width, height = upright_size(picture)
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
        width, height = pixel_size(path)
        diags.error(loc, f"the image '{image.file}' is {width} \u00d7 {height} pixels "
                    f"({width * height / 1e6:.0f} million); the limit is {MAX_PIXELS // 10**6} "
                    "million pixels (limit: image pixels): scale it down", "limit")
        return image
    except FileNotFoundError:
        diags.error(loc, f"image not found: '{image.file}' (looked for {path})", "image")
        return image
    except Exception as err:  # PIL raises many types for unreadable or hostile files
        diags.error(loc, f"cannot read the image '{image.file}': {err}", "image")
        return image
    if kind not in FORMATS:
        diags.error(loc, f"'{image.file}' is a {kind} image; use PNG or JPEG", "image")
        return image
    return replace(image, path=str(path), width_px=width, height_px=height)


def pixel_size(path: Path) -> tuple[int, int]:
    """An image's width and height from its header alone (no pixel is decoded)."""
    from PIL import Image as PILImage

    PILImage.MAX_IMAGE_PIXELS = None
    try:
        with PILImage.open(path) as picture:
            return picture.size
    finally:
        PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS

