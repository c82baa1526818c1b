"""`briefing watch`: build, then rebuild on every save of the outline (or a file it uses).

Uses watchfiles (a well-kept, native file watcher) on the outline's folder, so editors that
save by writing a new file and renaming it are seen too. One `Builder` serves every rebuild:
fonts and measurements stay loaded. A broken save prints its diagnostics and leaves the last
good files in place.
"""
from __future__ import annotations

from pathlib import Path

import click

from builder.diagnostics import BuildError, OutlineError
from builder.pipeline import FORMATS, Builder


def watched_files(outline: Path, builder: Builder) -> set[Path]:
    """The outline, its theme file and every image the last good build used."""
    files = {outline.resolve()}
    if builder.last_theme_file is not None:
        files.add(builder.last_theme_file)
    if builder.last_outline is not None:
        from builder.outline import model

        for section in builder.last_outline.walk():
            files |= {Path(b.path) for b in section.blocks if isinstance(b, model.Image) and b.path}
    return files


def build_once(builder: Builder, outline: Path, out_dir: Path, formats, strict: bool) -> bool:
    from builder.cli.messages import report, summary

    try:
        result = builder.build(outline, out_dir, formats, strict)
    except OutlineError as err:
        report(err.diagnostics)
        click.echo(f"{summary(err.diagnostics)}; kept the last good files", err=True)
        return False
    except BuildError as err:
        click.echo(f"briefing: error: {err}", err=True)
        return False
    report(result.diagnostics)
    for path in result.paths:
        click.echo(str(path))
    click.echo(f"built in {result.seconds * 1000:.0f} ms", err=True)
    return True


def watch_outline(outline: Path, out_dir: Path, formats=(), strict: bool = False,
                  stop_event=None, assets: Path | None = None) -> None:
    import watchfiles

    formats = formats or FORMATS
    builder = Builder(assets=assets)
    build_once(builder, outline, out_dir, formats, strict)
    folders = [outline.resolve().parent] + ([assets.resolve()] if assets else [])
    click.echo(f"watching {outline} (Ctrl-C to stop)", err=True)
    try:
        for changes in watchfiles.watch(*folders, stop_event=stop_event, debounce=100,
                                        raise_interrupt=False, recursive=True):
            touched = {Path(p).resolve() for _, p in changes}
            if touched & watched_files(outline, builder):
                build_once(builder, outline, out_dir, formats, strict)
    except KeyboardInterrupt:
        pass
    click.echo("stopped watching", err=True)
