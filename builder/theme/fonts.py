"""Find the theme's font files; register them with reportlab when the report draws with them.

The deck names the typeface PowerPoint users have (Calibri); the PDF embeds its metric-compatible
twin (Carlito), and layout measures with the same files, so line breaks agree in both.
"""
from __future__ import annotations

import os
import struct
from functools import lru_cache
from pathlib import Path

from builder.diagnostics import FontError
from builder.records import frozen
from builder.theme import ScriptFont, Theme, Typeface

SEARCH_DIRS = (
    "/usr/share/fonts/truetype/crosextra", "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/droid",
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
    "/Library/Fonts", "~/Library/Fonts",
)
STYLES = ("regular", "bold", "italic", "bolditalic")


@frozen
class FontSet:
    """reportlab's names for the four faces of one family."""

    family: str
    regular: str
    bold: str
    italic: str
    bolditalic: str
    paths: tuple[str, ...]
    scale: float = 1.0  # a wider-measuring stand-in (Typeface.scale); 1 for a twin

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """reportlab's name for a face (measuring finds its file by this name too)."""
        if bold and italic:
            return self.bolditalic
        return self.bold if bold else self.italic if italic else self.regular

    def register(self, bolditalic: bool = False) -> "FontSet":
        """Read the faces' files into reportlab, once, for the report to draw with; the bold
        italic face only when asked (no role is bold and italic, so most reports never need it:
        one TrueType file fewer to parse)."""
        from reportlab.pdfbase import pdfmetrics

        names = (self.regular, self.bold, self.italic, self.bolditalic)
        for name, path in zip(names[:4 if bolditalic else 3], self.paths):
            _register(name, path)
        pdfmetrics.registerFontFamily(self.family, normal=names[0], bold=names[1],
                                      italic=names[2], boldItalic=names[3])
        return self


FONT_EXTENSIONS = (".ttf", ".otf", ".ttc")
_SFNT = (b"\x00\x01\x00\x00", b"true")  # a TrueType font file's first four bytes
_NOT_FONTS = ((b"OTTO", "an OpenType font with PostScript (CFF) outlines, which the PDF cannot "
               "embed; use the family's TrueType (.ttf) files"),
              (b"wOF", "a web font (WOFF); use the family's .ttf files"),
              (b"\x89PNG", "a PNG image"), (b"\xff\xd8", "a JPEG image"),
              (b"%PDF", "a PDF document"), (b"PK", "a zip archive"))


def _search_dirs() -> list[Path]:
    extra = os.environ.get("BRIEFING_FONT_DIR")
    dirs = [font_dir(extra)] if extra else []
    return [*dirs, *(Path(d).expanduser() for d in SEARCH_DIRS)]


def font_dir(value: str) -> Path:
    """BRIEFING_FONT_DIR's folder; a FontError when it names no folder."""
    folder = Path(value).expanduser()
    if not folder.is_dir():
        what = "a file" if folder.exists() else "not there"
        raise FontError(f"BRIEFING_FONT_DIR is set to '{value}', which is {what}: not a folder "
                        "of font files; set it to the folder that holds them, or unset it")
    return folder


def is_file_name(filename: str) -> bool:
    """A plain file name (no folder, no '..'): fonts are looked up only in the font folders."""
    return bool(filename) and filename not in (".", "..") and not any(
        c in filename for c in "/\\\0") and not filename.startswith("~")


def font_problem(path: Path) -> str | None:
    """Why `path` is not a TrueType font file the PDF can embed, or None. Reads the file's
    header and table directory only (the whole file is parsed when it is first used)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            size = os.fstat(handle.fileno()).st_size
            count = int.from_bytes(head[4:6], "big") if len(head) == 12 else 0
            directory = handle.read(16 * count)
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    if head[:4] == b"ttcf":
        return None  # a collection: reportlab reads its first font
    if head[:4] not in _SFNT:
        what = next((w for sig, w in _NOT_FONTS if head.startswith(sig)), None)
        if what is None and head.lstrip()[:1] == b"<":
            what = "a text file (HTML or XML), perhaps a web page saved under the font's name"
        return f"is {what or 'not a TrueType font file'}"
    tables = {directory[i:i + 4]: int.from_bytes(directory[i + 8:i + 16], "big")
              for i in range(0, len(directory) - 15, 16)}
    ends = [(tables[t] >> 32) + (tables[t] & 0xFFFFFFFF) for t in tables]
    if len(directory) < 16 * count or any(t not in tables for t in (b"head", b"cmap", b"hmtx")) \
            or any(end > size for end in ends):
        return "is a damaged or incomplete TrueType font file"
    return None


def find_font_file(filename: str) -> Path | None:
    if not is_file_name(filename):
        return None
    for folder in _search_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    for folder in _search_dirs():
        if folder.is_dir():
            for root, _dirs, files in os.walk(folder):
                if filename in files:
                    return Path(root) / filename
    return None


@lru_cache(maxsize=8)
def load(typeface: Typeface) -> FontSet:
    """The typeface's faces and their files; a missing file is a FontError."""
    paths = []
    for filename in typeface.files:
        path = find_font_file(filename)
        if path is None:
            raise FontError(
                f"font file {filename} ({typeface.twin}, the {_role(typeface)} of {typeface.name}) not "
                f"found. Install it (Debian/Ubuntu: sudo apt-get install {typeface.package_hint}) "
                "or set BRIEFING_FONT_DIR to the folder that holds it.")
        problem = font_problem(path)
        if problem:
            raise FontError(f"font file {path} ({typeface.twin}, the {_role(typeface)} of "
                            f"{typeface.name}) {problem}. Replace it with the real font file "
                            f"(Debian/Ubuntu: sudo apt-get install {typeface.package_hint}).")
        paths.append(str(path))
    names = [f"{typeface.twin.replace(' ', '')}-{style}" for style in STYLES]
    return FontSet(typeface.twin, *names, paths=tuple(paths), scale=typeface.scale)


def families(theme: Theme) -> dict[str, FontSet]:
    """The font files of each role family of `theme` ("body", "heading")."""
    body = load(theme.font)
    return {"body": body, "heading": load(theme.heading_font) if theme.heading_font else body}


def _role(typeface: Typeface) -> str:
    return "metric twin" if typeface.exact else "stand-in"


_REGISTERED: set[str] = set()


def _register(name: str, path: str) -> None:
    """Read a face's TrueType file into reportlab, once."""
    if name in _REGISTERED:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from builder.theme.subset_font import SubsetFont

    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(SubsetFont(name, path))
        except (TTFError, ValueError, KeyError, IndexError, struct.error) as err:
            raise FontError(f"font file {path} cannot be read as a TrueType font ({err}); "
                            "replace it with the real font file") from None
    _REGISTERED.add(name)


@frozen
class ScriptFace:
    """One script's faces (regular, bold) by reportlab's names, their files, and how much wider
    layout measures them for the deck (`ScriptFont.scale`)."""

    script: str
    regular: str
    bold: str
    paths: tuple[str, str]
    scale: float = 1.0

    def face(self, bold: bool = False) -> str:
        return self.bold if bold else self.regular

    def register(self) -> "ScriptFace":
        """Read the faces' files into reportlab, once, for the report to draw with."""
        for name, path in zip((self.regular, self.bold), self.paths):
            _register(name, path)
        return self


@lru_cache(maxsize=16)
def load_script(font: ScriptFont) -> ScriptFace:
    """A script's faces and their files (looked for on first use: a build with no text in the
    script never does); a missing file is a FontError."""
    names, paths = [], []
    for style, filename in zip(("regular", "bold"), font.files):
        if names and filename == font.files[0]:  # no bold of its own: the regular draws it
            names.append(names[0])
            paths.append(paths[0])
            continue
        path = find_font_file(filename)
        if path is None:
            raise FontError(
                f"font file {filename} ({font.twin}, which draws {font.script} text) not found. "
                f"Install it (Debian/Ubuntu: sudo apt-get install {font.package_hint}) or set "
                "BRIEFING_FONT_DIR to the folder that holds it.")
        names.append(f"{font.twin.replace(' ', '')}-{style}")
        paths.append(str(path))
    return ScriptFace(font.script, names[0], names[1], tuple(paths), font.scale)
