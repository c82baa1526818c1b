"""The fonts a template names, and the files the PDF embeds and layout measures for each.

A font is drawn, in order of preference, with: its own files when installed (found like every
font, in the font folders or BRIEFING_FONT_DIR); its metric-compatible twin (`TWINS`: the same
advance width for every character, so a line breaks where PowerPoint breaks it); or, never
silently, a stand-in at least as wide (`stand_in`), so text laid out to fit still fits where
PowerPoint has the real font. A stand-in is chosen by the average advance width, per em, of
a-z, A-Z, 0-9 and the space (`SAMPLE`): measured on the files where they are installed, else
taken from `WIDTHS`; when no installed stand-in is as wide, the widest is measured wider
(`Typeface.scale`)."""
from __future__ import annotations

import math
import string
from functools import lru_cache
from typing import NamedTuple

from builder.diagnostics import FontError
from builder.theme.fonts import find_font_file, font_problem
from builder.theme.typeface import Typeface

SAMPLE = string.ascii_lowercase + string.ascii_uppercase + string.digits + " "


class Family(NamedTuple):
    """Four TrueType files (regular, bold, italic, bold italic) and the package that has them."""

    name: str
    files: tuple[str, str, str, str]
    package: str


def _four(stem: str) -> tuple[str, str, str, str]:
    return tuple(f"{stem}-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic"))


CARLITO = Family("Carlito", _four("Carlito"), "fonts-crosextra-carlito")
CALADEA = Family("Caladea", _four("Caladea"), "fonts-crosextra-caladea")
LIBERATION_SANS = Family("Liberation Sans", _four("LiberationSans"), "fonts-liberation2")
LIBERATION_SERIF = Family("Liberation Serif", _four("LiberationSerif"), "fonts-liberation2")
LIBERATION_MONO = Family("Liberation Mono", _four("LiberationMono"), "fonts-liberation2")
DEJAVU_SANS = Family("DejaVu Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                     "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
                     "fonts-dejavu-core")
DEJAVU_SERIF = Family("DejaVu Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                                       "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
                      "fonts-dejavu-core")

# Metric-compatible twins: every character of the twin has the font's advance width. The first
# five are designed and documented as such; Helvetica, Times and Courier are proven by metrics
# (tests/unit/theme/test_theme_twins.py compares the Liberation files with the Adobe metrics
# of the PostScript fonts, which Arial, Times New Roman and Courier New were made to match).
TWINS: dict[str, Family] = {
    "Calibri": CARLITO, "Cambria": CALADEA, "Arial": LIBERATION_SANS,
    "Times New Roman": LIBERATION_SERIF, "Courier New": LIBERATION_MONO,
    "Helvetica": LIBERATION_SANS, "Times": LIBERATION_SERIF, "Courier": LIBERATION_MONO,
}


class Known(NamedTuple):
    """A font a template may name: how wide it is, its kind, its own files and its package."""

    width: float  # average advance of SAMPLE, per em
    kind: str  # "sans", "serif" or "mono": the stand-in is of the same kind
    files: tuple[str, ...] = ()  # its own four files, as usually named
    package: str = ""  # the Debian package that has the font itself, if any


# Average advance widths per em of SAMPLE. For the twins' fonts: measured on the twins (equal by
# definition). For the others: approximate values from the fonts' published advance widths,
# rounded up (a stand-in chosen wider than needed only leaves a little more room).
WIDTHS: dict[str, Known] = {
    "Calibri": Known(0.5007, "sans", ("calibri.ttf", "calibrib.ttf", "calibrii.ttf", "calibriz.ttf")),
    "Calibri Light": Known(0.500, "sans", ("calibril.ttf", "calibrib.ttf", "calibrili.ttf",
                                           "calibriz.ttf")),
    "Cambria": Known(0.5106, "serif"),
    "Arial": Known(0.5743, "sans", ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
                   "ttf-mscorefonts-installer"),
    "Times New Roman": Known(0.5480, "serif", ("times.ttf", "timesbd.ttf", "timesi.ttf",
                                               "timesbi.ttf"), "ttf-mscorefonts-installer"),
    "Courier New": Known(0.6001, "mono", ("cour.ttf", "courbd.ttf", "couri.ttf", "courbi.ttf"),
                         "ttf-mscorefonts-installer"),
    "Verdana": Known(0.621, "sans", ("verdana.ttf", "verdanab.ttf", "verdanai.ttf", "verdanaz.ttf"),
                     "ttf-mscorefonts-installer"),
    "Aptos": Known(0.580, "sans", ("Aptos.ttf", "Aptos-Bold.ttf", "Aptos-Italic.ttf",
                                   "Aptos-Bold-Italic.ttf")),
    "Aptos Display": Known(0.570, "sans", ("Aptos-Display.ttf", "Aptos-Display-Bold.ttf",
                                           "Aptos-Display-Italic.ttf",
                                           "Aptos-Display-Bold-Italic.ttf")),
    "Gill Sans MT": Known(0.520, "sans", ("GIL_____.TTF", "GILB____.TTF", "GILI____.TTF",
                                          "GILBI___.TTF")),
    "Montserrat": Known(0.660, "sans", _four("Montserrat"), "fonts-montserrat (Debian 13 and later)"),
}

# Stand-ins by kind, narrowest first.
STAND_INS = {"sans": (CARLITO, LIBERATION_SANS, DEJAVU_SANS),
             "serif": (CALADEA, LIBERATION_SERIF, DEJAVU_SERIF),
             "mono": (LIBERATION_MONO,)}


def _known(name: str, table: dict):
    return next((v for k, v in table.items() if k.casefold() == name.casefold()), None)


def installed(family: Family | tuple[str, ...]) -> bool:
    files = family.files if isinstance(family, Family) else family
    return bool(files) and all(find_font_file(f) is not None for f in files)


@lru_cache(maxsize=64)
def average_width(filename: str) -> float:
    """The average advance width of SAMPLE in a font file, per em."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    path = find_font_file(filename)
    problem = font_problem(path)
    if problem:
        raise FontError(f"font file {path} {problem}; replace it with the real font file")
    widths = TTFontFile(str(path)).charWidths  # per 1000 units of the em
    return sum(widths.get(ord(c), 0) for c in SAMPLE) / len(SAMPLE) / 1000


def typeface_for(name: str, theme_ref: str = "") -> Typeface:
    """How a font a template names is drawn: its files, its twin's, or a stand-in's."""
    known = _known(name, WIDTHS)
    if known and installed(known.files):
        return Typeface(name, name, known.files, known.package or "its files", theme_ref=theme_ref)
    twin = _known(name, TWINS)
    if twin and installed(twin):
        return Typeface(name, twin.name, twin.files, twin.package, theme_ref=theme_ref)
    return stand_in(name, known, theme_ref)


def stand_in(name: str, known: Known | None, theme_ref: str = "") -> Typeface:
    """The narrowest installed family of the font's kind at least as wide as it (the widest
    sans when its width is unknown); if none is as wide, the widest, measured wider."""
    kind = known.kind if known else "sans"
    candidates = [f for f in STAND_INS[kind] if installed(f)] or [DEJAVU_SANS]
    want = known.width if known else math.inf
    wide = [f for f in candidates if average_width(f.files[0]) >= want]
    chosen = wide[0] if wide else candidates[-1]
    scale = 1.0
    if not wide and known:
        scale = math.ceil(want / average_width(chosen.files[0]) * 100) / 100
    return Typeface(name, chosen.name, chosen.files, chosen.package, exact=False, scale=scale,
                    theme_ref=theme_ref)


def substitute_warning(face: Typeface) -> str | None:
    """What the user must know about a stand-in; None for a font drawn by its files or twin."""
    if face.exact:
        return None
    known, twin = _known(face.name, WIDTHS), _known(face.name, TWINS)
    if twin:
        where = f"its metric twin {twin.name} is in the Debian package {twin.package}"
    elif known and known.package:
        where = f"the font itself is in the Debian package {known.package}"
    else:
        where = "no Debian package provides it or a metric-compatible twin"
    wider = f", measured {round((face.scale - 1) * 100)}% wider," if face.scale > 1 else ""
    files = ", ".join(known.files) if known and known.files else "its four .ttf files"
    return (f"the template's font '{face.name}' is not installed and {where}: the PDF embeds "
            f"{face.twin} ({face.package_hint}) instead, and layout measures with it{wider} so "
            f"the deck still fits where PowerPoint has {face.name}. To use {face.name} itself, "
            f"put its files in a folder named by BRIEFING_FONT_DIR, or name them in a theme "
            f"file: typeface: {{name: {face.name}, twin: {face.name}, files: [{files}]}}")
