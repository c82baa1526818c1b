"""The pipeline, read left to right: source → validate → model → layout → two writers → files.

Only this module knows both writers. Output is written to temporary files beside the targets
and moved into place only when every requested document is complete, so a failed build leaves
the last good files untouched.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

from builder.theme import fonts as fontlib
from builder.outline import model
from builder.diagnostics import Collector, Loc, OutputError
from builder.outline.load import load_outline
from builder.measure import Measurer
from builder.theme import DEFAULT, Theme

FORMATS = ("pptx", "pdf")
TEMP_PREFIX = ".briefing-"
_RTL = ("R", "AL", "AN")


@dataclass
class BuildResult:
    outline: model.Outline
    paths: list[Path] = field(default_factory=list)
    diagnostics: list = field(default_factory=list)
    slides: int = 0
    seconds: float = 0.0


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


def texts(value, skip: tuple[str, ...] = ()):
    """Every outline text (with its location) inside a model value, but those of fields named
    in `skip`."""
    if isinstance(value, model.Text):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item, skip)
    elif is_dataclass(value):
        for f in fields(value):
            if f.name not in skip:
                yield from texts(getattr(value, f.name), skip)


def check_glyphs(outline: model.Outline, measurer: Measurer, diags: Collector) -> None:
    """Every character must be drawable by the theme's fonts; right-to-left scripts are reported
    as unsupported rather than drawn in the wrong order."""
    for value in texts(outline):
        if value.isascii():
            continue
        loc = value.loc or Loc(outline.loc.file if outline.loc else "outline", 1, 1)
        rtl = sorted({c for c in value if unicodedata.bidirectional(c) in _RTL})
        if rtl:
            diags.error(loc, "right-to-left text (e.g. Arabic, Persian, Hebrew) is not supported "
                        f"yet: '{''.join(rtl[:5])}'", "unsupported-script")
            continue
        missing = measurer.missing_glyphs(value)
        if missing:
            shown = ", ".join(f"'{c}' U+{ord(c):04X}" for c in sorted(missing)[:5])
            diags.error(loc, f"the theme's font cannot draw {shown}", "missing-glyph")


class Builder:
    """Builds outlines; keeps fonts and measurements warm between builds (the watch path)."""

    def __init__(self, theme: Theme = DEFAULT, assets: Path | None = None):
        self.base_theme = theme
        self.theme = theme  # of the last check: the built-in one, or the outline's theme file
        self.assets = assets  # a folder images may also come from (besides the outline's)
        self._measurers: dict = {}  # by typeface: fonts stay loaded between builds
        self.last_outline: model.Outline | None = None  # of the last good check (watch uses it)
        self.last_theme_file: Path | None = None

    @property
    def measurer(self) -> Measurer:
        face = self.theme.font
        if face not in self._measurers:
            self._measurers[face] = Measurer(fontlib.load(face))
        return self._measurers[face]

    def check(self, path: Path, strict: bool = False, formats=FORMATS) -> tuple[model.Outline, Collector, object]:
        diags = Collector()
        outline = load_outline(path, diags, self.assets)
        if outline.theme:
            from builder.theme.file import theme_for

            roots = [path.parent] + ([self.assets] if self.assets else [])
            self.theme, self.last_theme_file = theme_for(outline, path, roots, diags,
                                                         self.base_theme)
            diags.check()
        else:
            self.theme, self.last_theme_file = self.base_theme, None
        check_glyphs(outline, self.measurer, diags)
        plan = None
        if "pptx" in formats:
            from builder.layout.deck import layout_deck
            plan = layout_deck(outline, self.theme, self.measurer, diags)
        diags.check(strict)
        self.last_outline = outline
        return outline, diags, plan

    def build(self, path: Path, out_dir: Path, formats=FORMATS, strict: bool = False) -> BuildResult:
        start = time.perf_counter()
        check_out_dir(out_dir)
        outline, diags, plan = self.check(path, strict, formats)
        stem = outline.file_name or slug(outline.title)
        documents: list[tuple[Path, bytes]] = []
        if "pptx" in formats:
            from builder.deck.writer import write_pptx
            documents.append((out_dir / f"{stem}.pptx", write_pptx(plan, self.theme)))
        if "pdf" in formats:
            from builder.report.writer import write_pdf
            documents.append((out_dir / f"{stem}.pdf", write_pdf(outline, self.theme,
                                                                 self.measurer.fonts)))
        paths = write_all(out_dir, documents)
        return BuildResult(outline, paths, diags.items, len(plan.slides) if plan else 0,
                           time.perf_counter() - start)


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
            fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=out_dir)
            temps.append((temp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
        for temp, target in temps:
            os.replace(temp, target)
    except OSError as err:
        for temp, _ in temps:
            if os.path.exists(temp):
                os.unlink(temp)
        raise OutputError(f"{out_dir}: cannot write the output: {err.strerror or err}") from None
    return [target for target, _ in documents]


def clean_stale(out_dir: Path, older_than: float = 60.0) -> None:
    """Remove temporary files that a killed earlier run left behind."""
    now = time.time()
    for stale in out_dir.glob(f"{TEMP_PREFIX}*.tmp"):
        try:
            if now - stale.stat().st_mtime > older_than:
                stale.unlink()
        except OSError:
            pass
