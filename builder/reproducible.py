"""Byte-identical builds: one fixed document time, and zip entries in a fixed order and time.

The time is SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else
2000-01-01T00:00:00Z — the same instant reportlab's invariant mode stamps on the PDF.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z


def build_time() -> dt.datetime:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(raw) if raw.isdigit() else DEFAULT_EPOCH
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).replace(tzinfo=None)


def write_zip(entries) -> bytes:
    """A zip of (name, bytes) entries, in the order given, each deflated once and stamped with
    the build time (zip cannot go below 1980)."""
    stamp = max(build_time(), dt.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, data)
    return out.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """The same package (written by another library) with every entry stamped as `write_zip`
    stamps them."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        return write_zip((info.filename, src.read(info.filename)) for info in src.infolist())
