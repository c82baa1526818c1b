"""Where a value came from, and the problems found there.

Errors are values until the edge: every stage collects `Diagnostic`s and raises one
`OutlineError` carrying all of them; only the command line prints them.
"""
from __future__ import annotations

from dataclasses import field
from typing import Sequence

from builder.records import frozen


@frozen
class Loc:
    """A position in a source file, 1-based for people."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@frozen
class Diagnostic:
    """A problem found at a place in the outline: an error or a warning, with a short code."""

    loc: Loc
    message: str
    severity: str = "error"  # or "warning"
    code: str = field(default="", compare=False)

    def __str__(self) -> str:
        suffix = f" [{self.code}]" if self.code else ""
        return f"{self.loc}: {self.severity}: {self.message}{suffix}"

    def sort_key(self) -> tuple:
        return (self.loc.file, self.loc.line, self.loc.col)


class BuildError(Exception):
    """Base of every error the command line reports without a traceback."""

    exit_code = 1


class OutlineError(BuildError):
    """One error carrying every problem found in an outline."""

    def __init__(self, diagnostics: Sequence[Diagnostic], unlisted: tuple[int, int] = (0, 0)):
        self.diagnostics = tuple(sorted(diagnostics, key=Diagnostic.sort_key))
        self.unlisted = unlisted  # (errors, warnings) found beyond Collector.MAX_KEPT
        super().__init__("\n".join(map(str, self.diagnostics)))


class OutputError(BuildError):
    """The output location cannot be written."""


class FontError(BuildError):
    """A font the theme names cannot be found."""


class Collector:
    """Collects diagnostics; `check()` raises them together if any is an error. Past MAX_KEPT
    problems (a pasted file of a million duplicate keys), the rest are only counted."""

    MAX_KEPT = 1000

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self._seen: set[Diagnostic] = set()
        self.unlisted = {"error": 0, "warning": 0}

    def add(self, diagnostic: Diagnostic) -> None:
        """Record a problem once, however many slides or pages it affects."""
        if diagnostic in self._seen:
            return
        if len(self.items) >= self.MAX_KEPT:
            self.unlisted[diagnostic.severity] += 1
            return
        self._seen.add(diagnostic)
        self.items.append(diagnostic)

    def error(self, loc: Loc, message: str, code: str = "") -> None:
        if len(self.items) >= self.MAX_KEPT:  # counted only (no need to build it)
            self.unlisted["error"] += 1
        else:
            self.add(Diagnostic(loc, message, "error", code))

    def warning(self, loc: Loc, message: str, code: str = "") -> None:
        if len(self.items) >= self.MAX_KEPT:
            self.unlisted["warning"] += 1
        else:
            self.add(Diagnostic(loc, message, "warning", code))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def check(self, strict: bool = False) -> None:
        errors, warnings = self.unlisted["error"], self.unlisted["warning"]
        if self.errors or errors or (strict and (self.warnings or warnings)):
            items = self.items if strict else self.errors
            raise OutlineError([d if d.severity == "error" else
                                Diagnostic(d.loc, d.message, "error", d.code) for d in items],
                               (errors + warnings, 0) if strict else (errors, 0))
