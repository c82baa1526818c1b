"""reportlab's TrueType face, read from the user's cache when it holds the very same font file.

reportlab reads a face's names, metrics, character-to-glyph map and every glyph's advance and
place in the file by parsing the TrueType tables in Python when the face is registered: ~6 ms a
face, on the critical path of every build that writes a PDF. What it sets depends only on the
file's bytes and reportlab's version, which together name the entry (`builder.theme.cache`).
Entries are `marshal`ed: it keeps reportlab's own types (ints, floats, tuples, the dicts' order)
exactly, and loads 7× faster than JSON; anything unexpected in an entry and the file is parsed.
"""
from __future__ import annotations

import marshal
from pathlib import Path

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from builder.theme.cache import cache_dir, file_key, keep

FACE_VERSION = 2  # of a face entry's format
# What reportlab's TTFontFile.extractInfo sets, all of it (a test compares every attribute of a
# face read from the cache with one parsed); names are kept as text, the rest as reportlab has it.
NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
INFO = ("fontRevision", "unitsPerEm", "bbox", "ascent", "descent", "capHeight", "stemV",
        "italicAngle", "underlinePosition", "underlineThickness", "flags", "numGlyphs",
        "_full_font", "charToGlyph", "glyphToChar", "charWidths", "hmetrics", "defaultWidth",
        "glyphPos")


class CachedFace(TTFontFace):
    """reportlab's TrueType face, its information read from the cache when the cache holds this
    very file, parsed (and kept) when it does not."""

    def extractInfo(self, charInfo=1):
        if not charInfo:  # reportlab's own partial read: nothing to keep
            return super().extractInfo(charInfo)
        entry = cache_dir() / f"{file_key(self.filename)}.rl{REPORTLAB_VERSION}.face"
        info = read_face(entry)
        if info is None:
            super().extractInfo(charInfo)
            keep(entry, marshal.dumps(face_entry(self)))
            return
        for key in NAMES:
            setattr(self, key, TTFNameBytes(info[key].encode("utf-8")))
        for key in INFO:
            if key != "glyphToChar":  # read only while parsing: unpacked if asked for
                setattr(self, key, info[key])
        self._glyph_to_char = info["glyphToChar"]
        self._pdfScale = _scale(self.unitsPerEm)

    def __getattr__(self, name: str):  # only for what the instance does not have
        if name == "glyphToChar" and "_glyph_to_char" in self.__dict__:
            self.glyphToChar = marshal.loads(self.__dict__.pop("_glyph_to_char"))
            return self.glyphToChar
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def face_entry(face: TTFontFace) -> dict:
    entry = {key: getattr(face, key).ustr for key in NAMES}
    entry.update({key: getattr(face, key) for key in INFO})
    entry["glyphToChar"] = marshal.dumps(face.glyphToChar)  # unpacked only if asked for
    entry["version"] = FACE_VERSION
    return entry


def read_face(entry: Path) -> dict | None:
    """A face entry, or None when it is missing or not what `face_entry` made."""
    try:
        info = marshal.loads(entry.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (not isinstance(info, dict) or info.get("version") != FACE_VERSION
            or not all(isinstance(info.get(k), str) for k in NAMES)
            or not all(k in info for k in INFO)
            or not isinstance(info["unitsPerEm"], int) or info["unitsPerEm"] <= 0
            or not all(isinstance(info[k], dict) for k in ("charToGlyph", "charWidths"))
            or not all(isinstance(info[k], list) for k in ("hmetrics", "glyphPos"))
            or not isinstance(info["glyphToChar"], bytes)):
        return None
    return info


def _scale(units_per_em: int):
    """reportlab's scale from font units to thousandths of an em, as extractInfo makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
