"""An image as both documents can show it: upright (a camera's EXIF orientation applied) and in
a mode every reader draws right (8-bit grey, RGB or RGB with alpha), as PNG, or as JPEG for a
photo. A file that already is so is used as it is, byte for byte."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

ORIENTATION = 0x0112  # the EXIF tag
SHOWN_AS_IS = {"PNG": ("L", "RGB", "RGBA"), "JPEG": ("L", "RGB")}


def upright_size(picture) -> tuple[int, int]:
    """Width and height as the picture is meant to be seen (a quarter turn swaps them)."""
    width, height = picture.size
    turned = picture.getexif().get(ORIENTATION, 1) in (5, 6, 7, 8)
    return (height, width) if turned else (width, height)


def picture_bytes(path: str | Path) -> tuple[bytes, str]:
    """The image's bytes as both documents show it, and their type ("png" or "jpeg")."""
    stat = Path(path).stat()
    return _converted(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=32)
def _converted(path: str, size: int, mtime: int) -> tuple[bytes, str]:  # a changed file: new key
    from PIL import Image, ImageOps

    data = Path(path).read_bytes()
    with Image.open(io.BytesIO(data)) as picture:
        kind = picture.format
        upright = picture.getexif().get(ORIENTATION, 1) == 1
        if upright and picture.mode in SHOWN_AS_IS.get(kind, ()) and not _sixteen_bit(data):
            return data, kind.lower()
        shown = _eight_bit(ImageOps.exif_transpose(picture))
        out = io.BytesIO()
        if kind == "JPEG" and shown.mode in ("L", "RGB"):
            shown.save(out, "JPEG", quality=95)
            return out.getvalue(), "jpeg"
        shown.save(out, "PNG", optimize=True)
        return out.getvalue(), "png"


def _sixteen_bit(data: bytes) -> bool:
    """A PNG of 16 bits a channel (its header's bit depth)."""
    return data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 24 and data[24] == 16


def _eight_bit(picture):
    """The picture in 8-bit grey, RGB or RGBA, its values scaled (not clipped) from 16 bits and
    its transparency kept."""
    mode = picture.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        return picture.point(lambda v: v / 257).convert("L")
    if mode == "1":
        return picture.convert("L")
    if mode in ("LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in picture.info):
        return picture.convert("RGBA")
    if mode in ("L", "RGB", "RGBA"):
        return picture.copy()
    return picture.convert("RGB")  # palette, CMYK, YCbCr, LAB, HSV, F
