"""The report's child, forked first thing when the command line asks for both documents.

The report's child (`builder.forked.Standby`) spends its first ~120 ms importing reportlab and
the report's modules, and the report is the critical path of every build of both documents. So
it is forked before anything else is imported — click and the command line's own modules take
~25 ms — from a glance at the arguments: `build` with no `--format` (the deck and the report) or
with both `--format pptx` and `--format pdf`. The glance decides only when the child starts,
never what is built: click still reads the arguments, and `take` hands the child to the build
only if what click read needs it (a child nobody takes sees its parent go and ends).
"""
from __future__ import annotations

_early = None  # the child forked by `start`, until `take` hands it over


def wants_report(argv: list[str]) -> bool:
    """Whether `argv` reads as `briefing build` of the deck and the report."""
    if len(argv) < 2 or argv[1] != "build":
        return False
    formats, args = [], iter(argv[2:])
    for arg in args:
        if arg == "--":
            break
        if arg in ("-h", "--help"):
            return False
        if arg == "--format":
            formats.append(next(args, ""))
        elif arg.startswith("--format="):
            formats.append(arg.partition("=")[2])
    return builds_both(formats)


def builds_both(formats) -> bool:
    """Whether `--format` (none given: the default) asks for the deck and the report."""
    return not formats or {"pptx", "pdf"} <= set(formats)


def start(argv: list[str]) -> None:
    """Fork the report's child now if `argv` builds both documents and forking pays."""
    global _early
    if wants_report(argv):
        _early = fork_standby()


def fork_standby():
    """A child for the report (`builder.forked.Standby`), or None where forking does not pay or
    the hand-over cannot be made (the report is then made later, or here)."""
    from builder.forked import Standby, can_fork

    if not can_fork():
        return None
    try:
        return Standby(report_writer)
    except OSError:  # no file for the hand-over
        return None


def take():
    """The child `start` forked (once), or None."""
    global _early
    child, _early = _early, None
    return child


def report_writer():
    """What the report's child makes the report with (importing it is the child's first work;
    the cyclic collector rests in it, as in any one-shot build: see builder.collector)."""
    import gc

    gc.disable()
    from builder.report import write_pdf

    return write_pdf
