"""What the command line prints: diagnostics, their count, and errors turned into exit codes."""
from __future__ import annotations

import json
import sys

import click

from builder.diagnostics import BuildError, OutlineError

EXIT_INTERNAL = 70


MAX_SHOWN = 100  # diagnostics printed as text; the rest are counted


def report(diagnostics, fmt: str = "text", unlisted: tuple[int, int] = (0, 0)) -> None:
    """Print the diagnostics, sorted by place: as text, the first MAX_SHOWN and how many more."""
    items = sorted(diagnostics, key=lambda d: d.sort_key())
    if fmt == "json":
        click.echo(json.dumps([{"file": d.loc.file, "line": d.loc.line, "column": d.loc.col,
                                "severity": d.severity, "message": d.message, "code": d.code}
                               for d in items], indent=2), err=True)
        return
    for d in items[:MAX_SHOWN]:
        click.echo(str(d), err=True)
    more = len(items[MAX_SHOWN:]) + sum(unlisted)
    if more:
        click.echo(f"... and {more} more not shown (fix the problems above first)", err=True)


def summary(diagnostics, unlisted: tuple[int, int] = (0, 0)) -> str:
    errors = sum(d.severity == "error" for d in diagnostics) + unlisted[0]
    warnings = len(diagnostics) + sum(unlisted) - errors
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"


def run(action, fmt: str = "text"):
    """Run `action`, turning our errors into messages and anything else into a bug report."""
    try:
        return action()
    except OutlineError as err:
        report(err.diagnostics, fmt, err.unlisted)
        if fmt == "text":
            click.echo(summary(err.diagnostics, err.unlisted), err=True)
        sys.exit(1)
    except BuildError as err:
        click.echo(f"briefing: error: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:  # an internal error: save the traceback, say where, touch no output
        import tempfile
        import traceback

        with tempfile.NamedTemporaryFile("w", prefix="briefing-crash-", suffix=".txt",
                                         delete=False) as handle:
            traceback.print_exc(file=handle)
        click.echo(f"briefing: internal error; please report it with {handle.name}", err=True)
        sys.exit(EXIT_INTERNAL)
