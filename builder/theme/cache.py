"""The user's cache of what reading a font file tells us, so that the next build need not parse it.

Two things are kept per font file, each under a hash of the file's bytes (a changed file is a new
key: nothing can go stale): the advance widths measuring needs (`builder.measure.metrics`) and
what reportlab learns when it reads a face to embed it (`builder.theme.cached_face`). The folder
is `$XDG_CACHE_HOME/briefing/metrics` (`~/.cache/…` by default; `BRIEFING_CACHE_DIR` moves it).
An entry that is not what its module wrote is ignored and written again; a folder that cannot be
written just means the file is parsed at every start.
"""
from __future__ import annotations

import os
import zlib
from functools import lru_cache
from pathlib import Path


def cache_dir() -> Path:
    own = os.environ.get("BRIEFING_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefing" / "metrics"


def file_key(path: str) -> str:
    """The name the entries of the font file at `path` are kept under, made of its bytes (read
    once per process while the file's size and time stay the same)."""
    stat = os.stat(path)
    return _hashed(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _hashed(path: str, size: int, mtime: int) -> str:  # a changed file: a new key
    """Two checksums of the file's bytes (CRC-32 and Adler-32: zlib is loaded by every build,
    hashlib's OpenSSL is 2.5 ms to load) and its size: a changed font file is a new key."""
    data = Path(path).read_bytes()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def keep(entry: Path, body: bytes) -> None:
    """Write a cache entry atomically; a cache that cannot be written is no error."""
    import tempfile  # only when an entry is written: not at every start

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".entry-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(body)
            os.replace(tmp, entry)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


