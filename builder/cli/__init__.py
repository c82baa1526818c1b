"""The command line: the only place that prints diagnostics and chooses exit codes."""
from __future__ import annotations

import sys

__all__ = ["cli", "main"]


def main() -> None:
    """`briefing` and `python -m builder`: a build of both documents forks the report's child
    before anything else is imported (see builder.cli.early), then click reads the command."""
    from builder.cli import early

    early.start(sys.argv)
    from builder.cli.commands import main as run

    run()


def __getattr__(name: str):
    """`cli`, click's command group, imported when it is first asked for."""
    if name == "cli":
        from builder.cli.commands import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
