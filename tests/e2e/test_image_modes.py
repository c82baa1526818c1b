"""Every image mode Pillow opens comes out with the right pixels in both documents, read back
from the deck's media and the report's image objects; a camera's EXIF orientation is applied."""
import io
import struct
import zlib

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli


def halves(mode, size, left, right):
    picture = Image.new(mode, size, left)
    picture.paste(Image.new(mode, (size[0] // 2, size[1]), right), (size[0] // 2, 0))
    return picture


def palette(transparent: bool):
    width = 62 if transparent else 44
    picture = Image.new("P", (width, 20), 0)
    picture.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    picture.paste(1, (width // 2, 0, width, 20))
    if transparent:
        picture.info["transparency"] = 1
    return picture


def png16_rgb(size, rgb) -> bytes:
    w, h = size
    raw = b"".join(b"\x00" + struct.pack(">HHH", *rgb) * w for _ in range(h))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def saved(picture, fmt="PNG", **kw) -> bytes:
    out = io.BytesIO()
    picture.save(out, fmt, **kw)
    return out.getvalue()


def oriented_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90° clockwise to show: the stored left half is seen at the top
    return saved(halves("RGB", (60, 20), (255, 0, 0), (0, 0, 255)), "JPEG", quality=95, exif=exif)


# name: (file bytes, expected (left or top, right or bottom) as RGB, shown size, tolerance)
CASES = {
    "1-bit": (saved(halves("1", (40, 20), 0, 1)), ((0, 0, 0), (255, 255, 255)), None, 2),
    "grey": (saved(halves("L", (42, 20), 60, 200)), ((60,) * 3, (200,) * 3), None, 2),
    "grey+alpha": (saved(halves("LA", (46, 20), (60, 255), (200, 255))),
                   ((60,) * 3, (200,) * 3), None, 2),
    "palette": (saved(palette(False)), ((255, 0, 0), (0, 0, 255)), None, 2),
    "palette+transparency": (saved(palette(True)), ((255, 0, 0), None), (62, 20), 2),
    "rgb": (saved(halves("RGB", (48, 20), (10, 120, 240), (240, 120, 10))),
            ((10, 120, 240), (240, 120, 10)), None, 2),
    "rgba": (saved(halves("RGBA", (50, 20), (10, 120, 240, 255), (240, 120, 10, 255))),
             ((10, 120, 240), (240, 120, 10)), None, 2),
    "16-bit grey": (saved(halves("I;16", (52, 20), 30000, 65535)), ((117,) * 3, (255,) * 3),
                    None, 2),
    "16-bit rgb": (png16_rgb((54, 20), (65535, 32768, 0)), ((255, 128, 0), (255, 128, 0)),
                   None, 2),
    "cmyk jpeg": (saved(halves("CMYK", (56, 20), (255, 0, 0, 0), (0, 0, 0, 0)), "JPEG",
                        quality=95), ((0, 255, 255), (255, 255, 255)), None, 14),
    "grey jpeg": (saved(halves("L", (58, 20), 60, 200), "JPEG", quality=95),
                  ((60,) * 3, (200,) * 3), None, 10),
    "exif orientation": (oriented_jpeg(), ((255, 0, 0), (0, 0, 255)), (20, 60), 14),
}


def rgb_at(picture, xy):
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        picture = picture.convert("RGBA")
        if picture.getpixel(xy)[3] == 0:
            return None
    return picture.convert("RGB").getpixel(xy)


def samples(picture, shown):
    w, h = picture.size
    if shown and shown[1] > shown[0]:  # a portrait: top and bottom
        return rgb_at(picture, (w // 2, h // 4)), rgb_at(picture, (w // 2, 3 * h // 4))
    return rgb_at(picture, (w // 4, h // 2)), rgb_at(picture, (3 * w // 4, h // 2))


def close(got, want, tolerance):
    return (got is None) if want is None else (
        got is not None and all(abs(g - w) <= tolerance for g, w in zip(got, want)))


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("modes")
    sections = ""
    for i, (name, (data, *_)) in enumerate(CASES.items()):
        ext = "jpg" if data[:2] == b"\xff\xd8" else "png"
        (folder / f"{i}.{ext}").write_bytes(data)
        sections += (f"  - title: \"{name}\"\n    blocks:\n      - image: {{file: {i}.{ext}, "
                     f"alt: \"{name}\"}}\n")
    (folder / "o.yaml").write_text("title: Modes\nkey_judgments: [k]\nsections:\n" + sections)
    result = CliRunner().invoke(cli, ["build", str(folder / "o.yaml"), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    deck = [Image.open(io.BytesIO(sh.image.blob)) for s in Presentation(str(folder / "modes.pptx")).slides
            for sh in s.shapes if sh.shape_type == 13]
    report = [image.image for page in PdfReader(str(folder / "modes.pdf")).pages
              for image in page.images]
    return deck, report


@pytest.mark.parametrize("name", CASES)
def test_each_image_mode_shows_its_pixels_in_both_documents(documents, name):
    _, want, shown, tolerance = CASES[name]
    size = shown or Image.open(io.BytesIO(CASES[name][0])).size
    for document, pictures in zip(("deck", "report"), documents):
        assert len(pictures) == len(CASES), document
        found = [p for p in pictures if p.size == size]  # each case has its own size
        assert len(found) == 1, (document, [p.size for p in pictures])
        picture = found[0]
        assert picture.mode in ("1", "L", "RGB", "RGBA", "P", "LA"), (document, picture.mode)
        got = samples(picture, shown)
        assert all(close(g, w, tolerance) for g, w in zip(got, want)), (document, got, want)
