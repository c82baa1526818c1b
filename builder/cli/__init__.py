"""The command line: the only place that prints diagnostics and chooses exit codes."""
from builder.cli.commands import cli, main

__all__ = ["cli", "main"]
