"""Byte-identical builds: one fixed document time, and zip entries in a fixed order and time.

The time is SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else
2000-01-01T00:00:00Z — the same instant reportlab's invariant mode stamps on the PDF.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import struct
import sys
import zipfile
import zlib

DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z


def build_time() -> dt.datetime:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(raw) if raw.isdigit() else DEFAULT_EPOCH
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).replace(tzinfo=None)


def write_zip(entries) -> bytes:
    """A zip of (name, bytes) entries, in the order given, each deflated once and stamped with
    the build time (zip cannot go below 1980).

    Written here, byte for byte as zipfile writes them, without its bookkeeping per entry (a
    tenth of a large deck's writing); zipfile writes what needs zip64 (huge, or over 65,535
    entries) and names it would change."""
    stamp = max(build_time(), dt.datetime(1980, 1, 1)).timetuple()[:6]
    entries = list(entries)
    if (len(entries) > zipfile.ZIP_FILECOUNT_LIMIT or sum(len(d) for _, d in entries) > 1 << 30
            or any("\0" in name for name, _ in entries)):
        return _zipfile_write(entries, stamp)
    dosdate = (stamp[0] - 1980) << 9 | stamp[1] << 5 | stamp[2]
    dostime = stamp[3] << 11 | stamp[4] << 5 | (stamp[5] // 2)
    parts: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data in entries:
        data = data.encode() if isinstance(data, str) else data
        try:
            raw, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            raw, flags = name.encode("utf-8"), 0x800  # (zipfile's flag for a UTF-8 name)
        packed = zlib.compress(data, zlib.Z_DEFAULT_COMPRESSION, -15)  # raw deflate
        crc = zlib.crc32(data)
        parts += (_LOCAL.pack(b"PK\x03\x04", 20, 0, flags, zipfile.ZIP_DEFLATED, dostime,
                              dosdate, crc, len(packed), len(data), len(raw), 0), raw, packed)
        central.append(_CENTRAL.pack(b"PK\x01\x02", 20, _SYSTEM, 20, 0, flags,
                                     zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(packed),
                                     len(data), len(raw), 0, 0, 0, 0, 0o644 << 16, offset) + raw)
        offset += _LOCAL.size + len(raw) + len(packed)
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(parts) + directory + end


_LOCAL = struct.Struct(zipfile.structFileHeader)
_CENTRAL = struct.Struct(zipfile.structCentralDir)
_END = struct.Struct(zipfile.structEndArchive)
_SYSTEM = 0 if sys.platform == "win32" else 3  # the system zipfile names as the creator's


def _zipfile_write(entries, stamp) -> bytes:
    """`write_zip` by zipfile itself."""
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
