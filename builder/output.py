"""Writing the built documents: names, the output folder, and all-or-nothing replacement.

Every document is written to a temporary file beside its target and moved into place only when
every requested document is complete, so a failed or killed build leaves the last good files
untouched. A run killed while writing leaves only temporary files, which a later run removes.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
import unicodedata
from pathlib import Path

from builder.diagnostics import OutputError

TEMP_PREFIX = ".briefing-"


def slug(title: str) -> str:
    """'Russia & Iran's Security Pact' → 'russia-and-irans-security-pact'."""
    value = unicodedata.normalize("NFKD", title.replace("&", " and "))
    value = value.encode("ascii", "ignore").decode().lower()
    value = re.sub(r"['\u2019]", "", value)
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-") or "briefing"


def check_out_dir(out_dir: Path) -> None:
    """Refuse an output folder that cannot be written, before any work is done."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: the output path is a file, not a folder")
    parent = out_dir if out_dir.exists() else out_dir.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{out_dir}: the output folder has no parent folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: the output folder is not writable")


def write_all(out_dir: Path, documents: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every document to a temporary file, then move each into place."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output folder: {err.strerror}") from None
    clean_stale(out_dir)
    temps: list[tuple[str, Path]] = []
    try:
        for target, data in documents:
            temps.append((write_temp(out_dir, data), target))
        for temp, target in temps:
            os.replace(temp, target)
    except OSError as err:
        for temp, _ in temps:
            if os.path.exists(temp):
                os.unlink(temp)
        raise OutputError(f"{out_dir}: cannot write the output: {err.strerror or err}") from None
    return [target for target, _ in documents]


def write_temp(out_dir: Path, data: bytes) -> str:
    """`data` in a new temporary file in `out_dir`, flushed to disk; its path."""
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=out_dir)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
    except OSError:
        os.unlink(temp)
        raise
    return temp


def clean_stale(out_dir: Path, older_than: float = 60.0) -> None:
    """Remove temporary files that a killed earlier run left behind."""
    now = time.time()
    for stale in out_dir.glob(f"{TEMP_PREFIX}*.tmp"):
        try:
            if now - stale.stat().st_mtime > older_than:
                stale.unlink()
        except OSError:
            pass
