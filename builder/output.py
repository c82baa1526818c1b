"""Writing the built documents: names, the output folder, and all-or-nothing replacement.

Every document is written to a temporary file beside its target and moved into place only when
every requested document is complete, so a failed or killed build leaves the last good files
untouched. A run killed while writing leaves only temporary files, which a later run removes.
"""
from __future__ import annotations

import os
import re
import shutil
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


def check_targets(targets: list[Path], inputs=()) -> None:
    """Refuse, before anything is written, a target that is a folder or anything else but a file,
    and a target that is one of the build's own inputs (the outline, say): replacing it would
    destroy what the documents are built from."""
    sources = [Path(p) for p in inputs if p is not None]
    for target in targets:
        if target.is_dir():
            raise OutputError(f"{target}: is a folder, so the {target.suffix[1:]} cannot be "
                              "written there; move the folder away or choose another --out-dir")
        if target.exists() and not target.is_file():
            raise OutputError(f"{target}: is not a regular file, so the {target.suffix[1:]} "
                              "cannot be written there")
        clash = next((s for s in sources if _same_file(s, target)), None)
        if clash is not None:
            raise OutputError(f"{target}: is the build's own input ({clash}); an output never "
                              "replaces an input: rename the input or choose another --out-dir")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def write_all(out_dir: Path, documents: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every document to a temporary file, then move each into place; if a move fails,
    the files already replaced get their old contents back (and new ones are removed)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output folder: {err.strerror}") from None
    check_targets([target for target, _ in documents])
    clean_stale(out_dir)
    temps: list[tuple[str, Path]] = []
    try:
        for target, data in documents:
            temps.append((write_temp(out_dir, data, mode_for(target)), target))
        replace_all(out_dir, temps)
    except OSError as err:
        for temp, _ in temps:
            _remove(temp)
        raise OutputError(f"{out_dir}: cannot write the output: {err.strerror or err}") from None
    return [target for target, _ in documents]


def replace_all(out_dir: Path, temps: list[tuple[str, Path]]) -> None:
    """Move each temporary file onto its target, keeping a link to each replaced file until all
    are in place; on a failure, put every replaced file back and remove the new ones."""
    done: list[tuple[Path, str | None]] = []  # target, its old file kept (None: it was new)
    try:
        for temp, target in temps:
            kept = keep_old(out_dir, target)
            done.append((target, kept))
            os.replace(temp, target)
    except OSError:
        for target, kept in reversed(done):
            if kept is not None:
                os.replace(kept, target)
                _remove(kept)  # still there when both names were already the same file
            else:
                _remove(target)
        raise
    for _, kept in done:
        if kept is not None:
            _remove(kept)


def keep_old(out_dir: Path, target: Path) -> str | None:
    """A second name for the file at `target` (a hard link, else a copy), or None if none."""
    if not target.exists():
        return None
    kept = str(out_dir / f"{TEMP_PREFIX}{os.urandom(8).hex()}.old.tmp")
    try:
        os.link(target, kept)
    except OSError:  # a file system without hard links
        shutil.copy2(target, kept)
    return kept


def _remove(path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def mode_for(target: Path) -> int:
    """The permissions a document gets: those of the file it replaces (a briefing kept private
    stays private), else what the umask allows a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~current_umask()


def new_private_file(folder: Path) -> tuple[int, str]:
    """A new file of a random name in `folder`, readable and writable by us alone, open: what
    tempfile.mkstemp makes, without importing tempfile (and random, secrets…) into every
    build's start (~1.5 ms)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
        os, "O_BINARY", 0)
    while True:
        path = str(folder / f"{TEMP_PREFIX}{os.urandom(8).hex()}.tmp")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:  # one name in 2**64 taken: another
            continue


def write_temp(out_dir: Path, data: bytes, mode: int = 0o644) -> str:
    """`data` in a new temporary file in `out_dir`, flushed to disk; its path. The file gets
    `mode` only once complete (it is private to us until then)."""
    fd, temp = new_private_file(out_dir)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
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
