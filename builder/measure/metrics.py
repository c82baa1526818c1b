"""The advance widths of a font file's characters, read once and kept in the user's cache.

Measuring needs only each character's advance width (reportlab does not kern), and reading them
means parsing the TrueType file: about 5 ms a face, plus importing reportlab's font machinery —
most of a deck-only build's start. So the widths are written, the first time a font file is
read, to `$XDG_CACHE_HOME/briefing/metrics/<checksums of the file>.widths` (`~/.cache/…` by
default; `BRIEFING_CACHE_DIR` moves it; see `builder.theme.cache`), `marshal`ed (a face's
widths load in 0.1 ms, against 1 ms from JSON). The key is made of the file's bytes, so a
changed font file is read again; a cache entry that is not what this module wrote is ignored
and rewritten; a cache folder that cannot be written just means the file is parsed at every
start. The file is parsed as the report's embedding reads it (`builder.theme.cached_face`),
which keeps that too: a font is parsed once, not once for measuring and again for the PDF.

A width is computed as reportlab computes it (`sum(widths) * 0.001 * size`, in that order), so
the measured layout is the same to the last bit whether the widths came from the cache or from
reportlab.
"""
from __future__ import annotations

import marshal
import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from builder.diagnostics import FontError
from builder.theme.cache import cache_dir, file_key, keep

VERSION = 2  # of the cache entry's format


class FaceMetrics(NamedTuple):
    """A face's advance widths in thousandths of an em, by code point, and the width of a
    character it has no glyph for."""

    widths: dict[int, float]
    default: float

    def width(self, text: str, size: float) -> float:
        return self.units(text) * 0.001 * size

    def units(self, text: str) -> float:
        """The width of `text` in thousandths of an em."""
        get, default = self.widths.get, self.default
        return sum(get(ord(c), default) for c in text)

    def has(self, char: str) -> bool:
        return ord(char) in self.widths


def face_metrics(path: str) -> FaceMetrics:
    """The widths of the font file at `path`, from the cache when it holds this very file."""
    stat = os.stat(path)
    return _metrics(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=32)
def _metrics(path: str, size: int, mtime: int) -> FaceMetrics:  # a changed file: a new key
    entry = cache_dir() / f"{file_key(path)}.widths"
    cached = _read(entry)
    if cached is not None:
        return cached
    metrics = _parse(path)
    _write(entry, metrics)
    return metrics


def _parse(path: str) -> FaceMetrics:
    import struct

    from reportlab.pdfbase.ttfonts import TTFError

    from builder.theme.cached_face import CachedFace  # (keeps what the report's embedding reads)

    try:
        face = CachedFace(path)
    except (TTFError, struct.error, ValueError, KeyError, IndexError) as err:
        raise FontError(f"font file {path} cannot be read as a TrueType font ({err}); replace "
                        "it with the real font file") from None
    return FaceMetrics(dict(face.charWidths), face.defaultWidth)


def _read(entry: Path) -> FaceMetrics | None:
    """The cache entry's metrics, or None when it is missing or not what `_write` writes."""
    try:
        version, default, widths = marshal.loads(entry.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (version != VERSION or type(default) is not float or type(widths) is not dict
            or not all(type(cp) is int for cp in widths)
            or not all(type(w) is float for w in widths.values())):
        return None
    return FaceMetrics(widths, default)


def _write(entry: Path, metrics: FaceMetrics) -> None:
    """Keep `metrics` in the cache, atomically; a cache that cannot be written is no error."""
    widths = {cp: float(w) for cp, w in sorted(metrics.widths.items())}
    keep(entry, marshal.dumps((VERSION, float(metrics.default), widths)))


_FILES: dict[str, str] = {}  # a face's name (FontSet.face, ScriptFace.face) -> its font file


def know_face(name: str, path: str) -> None:
    """Let measuring find a face's file by its name (reportlab's name for it)."""
    _FILES[name] = path


def face_file(name: str) -> str:
    return _FILES[name]


@lru_cache(maxsize=64)
def face_by_name(name: str) -> FaceMetrics:
    """A face's widths and character coverage, by its name."""
    return face_metrics(_FILES[name])
