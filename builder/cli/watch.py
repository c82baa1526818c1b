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
from builder.pipeline import FORMATS, Builder, Checked


def watched_files(outline: Path, built: Checked | None = None, problems=()) -> set[Path]:
    """The outline; the theme file, the template and every image of a good build; the files
    problems name."""
    files = {outline.resolve()}
    files |= {Path(d.loc.file).resolve() for d in problems
              if d.loc is not None and Path(d.loc.file).is_file()}
    if built is None:
        return files
    files |= {f.resolve() for f in (built.theme_file, built.template_file) if f is not None}
    from builder.outline import model

    for section in built.outline.walk():
        files |= {Path(b.path) for b in section.blocks if isinstance(b, model.Image) and b.path}
    return files


def build_once(builder: Builder, outline: Path, out_dir: Path, formats, strict: bool,
               watching: frozenset[Path] = frozenset(),
               written: bool = False) -> tuple[frozenset[Path], bool]:
    """Build once and say what happened. Returns the files to watch from now on (those of this
    build if it succeeded; else those watched so far and those its problems point at, a broken
    theme file, say) and whether this watch has written good files yet (`written`: before)."""
    from builder.cli.messages import report, summary

    kept = "kept the last good files" if written else "nothing written yet"
    try:
        result = builder.build(outline, out_dir, formats, strict)
    except OutlineError as err:
        report(err.diagnostics, unlisted=err.unlisted)
        click.echo(f"{summary(err.diagnostics, err.unlisted)}; {kept}", err=True)
        return watching | watched_files(outline, problems=err.diagnostics), written
    except BuildError as err:
        click.echo(f"briefing: error: {err}; {kept}", err=True)
        return watching | watched_files(outline), written
    report(result.diagnostics)
    for path in result.paths:
        click.echo(str(path))
    click.echo(f"built in {result.seconds * 1000:.0f} ms", err=True)
    return frozenset(watched_files(outline, result.checked)), True


def stop_on_terminate(stop_event):
    """Let SIGTERM (what `kill`, service managers and test runners send) stop the watch as
    Ctrl-C does; SIGINT is ignored in background jobs, so it cannot be the only way. Returns
    the handler that was in place."""
    import signal
    import threading

    def stop(signum, frame):
        stop_event.set()

    if threading.current_thread() is not threading.main_thread():
        return None  # only the main thread may set handlers (and receives signals)
    return signal.signal(signal.SIGTERM, stop)


def watch_outline(outline: Path, out_dir: Path, formats=(), strict: bool = False,
                  stop_event=None, assets: Path | None = None,
                  template: Path | None = None) -> None:
    import signal
    import threading

    import watchfiles

    formats = formats or FORMATS
    stop_event = stop_event or threading.Event()
    previous = stop_on_terminate(stop_event)
    builder = Builder(assets=assets, template=template)  # one template cache for the whole run
    try:
        watching, written = build_once(builder, outline, out_dir, formats, strict)
        folders = {outline.resolve().parent} | ({assets.resolve()} if assets else set())
        if template is not None:  # --template may live anywhere
            folders.add(template.resolve().parent)
        announced = False
        # the watcher starts on the first step of the loop: say "watching" only once it has
        # (it yields an empty set after each quiet `rust_timeout`), so a save never goes unseen
        for changes in watchfiles.watch(*sorted(folders), stop_event=stop_event, debounce=100,
                                        recursive=True, rust_timeout=250, yield_on_timeout=True):
            if not announced:
                click.echo(f"watching {outline} (Ctrl-C to stop)", err=True)
                announced = True
            touched = {Path(p).resolve() for _, p in changes}
            if touched & watching:
                watching, written = build_once(builder, outline, out_dir, formats, strict,
                                               watching, written)
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    click.echo("stopped watching", err=True)
