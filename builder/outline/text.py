"""Outline text as runs: the words, with their emphasis and link, and where they were written.

Every text the outline holds is a `Text`: it compares, hashes and prints as its plain string (so
titles, search and alt text need nothing more), and it is a sequence of `Run`s, which is what the
measurer measures and the writers write. Today every text is one plain run; inline emphasis and
citations will give a text several runs without changing any reader of `runs`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field, fields, is_dataclass, replace
from functools import lru_cache

from builder.diagnostics import Loc
from builder.records import frozen


@frozen
class Run:
    """A stretch of text with one face and at most one link."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""  # an http(s) or mailto target, or ""
    cite: tuple[str, ...] = ()  # a citation: the source ids it cites (its text: their numbers)
    language: str = ""  # BCP 47, when the outline says (a quote's or section's `language:`)
    direction: str = ""  # "rtl" or "ltr", when the outline says (`direction:`)
    locators: tuple[str, ...] = ()  # where in each cited source ("para. 4"), "" for none
    loc: Loc | None = field(default=None, compare=False, repr=False)

    @property
    def plain(self) -> bool:
        return not (self.bold or self.italic or self.link or self.cite)


class Text(str):
    """A text value that remembers where it was written and the runs it is made of; compares as a
    plain string."""

    loc: Loc | None

    def __new__(cls, value: str, loc: Loc | None = None, runs: tuple[Run, ...] | None = None):
        obj = super().__new__(cls, value)
        obj.loc = loc
        obj._runs = runs
        return obj

    @classmethod
    def of_runs(cls, runs: tuple[Run, ...], loc: Loc | None = None) -> "Text":
        """The text made of `runs` (its plain string is their concatenation); neighbours with the
        same face and link become one run, so a text is written as few runs as it needs."""
        merged: list[Run] = []
        for run in runs:
            if merged and _same_face(merged[-1], run):
                merged[-1] = replace(merged[-1], text=merged[-1].text + run.text)
            elif run.text or run.cite:
                merged.append(run)
        return cls("".join(r.text for r in merged), loc, tuple(merged))

    @property
    def runs(self) -> tuple[Run, ...]:
        return self._runs if self._runs is not None else (Run(str(self), loc=self.loc),)

    @property
    def plain(self) -> bool:
        """True when the text is one run with no emphasis or link (the measurer's fast path)."""
        return self._runs is None or all(r.plain for r in self._runs)

    def paragraphs(self) -> tuple["Text", ...]:
        """The text's paragraphs, separated by a blank line, each a Text of its own."""
        if self._runs is None:
            return tuple(Text(p.strip(), self.loc) for p in self.split("\n\n") if p.strip())
        paras: list[list[Run]] = [[]]
        for run in self._runs:
            pieces = run.text.split("\n\n")
            for i, piece in enumerate(pieces):
                if i:
                    paras.append([])
                if piece:
                    paras[-1].append(replace(run, text=piece))
        out = []
        for runs in paras:
            trimmed = _strip_runs(runs)
            if trimmed:
                out.append(Text.of_runs(trimmed, self.loc))
        return tuple(out)


def _strip_runs(runs: list[Run]) -> tuple[Run, ...]:
    """`runs` without the white space at the start of the first and the end of the last."""
    runs = list(runs)
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = replace(runs[0], text=runs[0].text.lstrip())
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return tuple(runs)


def _same_face(a: Run, b: Run) -> bool:
    return ((a.bold, a.italic, a.link, a.language, a.direction)
            == (b.bold, b.italic, b.link, b.language, b.direction) and not (a.cite or b.cite))


def in_voice(value: str, language: str = "", direction: str = "") -> str:
    """`value` with every run marked as written in `language` and running in `direction` (the
    outline's `language:` and `direction:`); unchanged when neither is said."""
    if not (language or direction) or not isinstance(value, Text):
        return value
    runs = tuple(replace(r, language=language or r.language, direction=direction or r.direction)
                 for r in value.runs)
    return Text.of_runs(runs, value.loc)


def explicit_direction(value: str) -> str:
    """The direction the outline gave a text ('rtl', 'ltr'), or ''."""
    return next((r.direction for r in runs_of(value) if r.direction), "")


def concat(*values: str) -> Text:
    """Texts and strings joined, each keeping its runs (a label and an outline text, say)."""
    located = next((v.loc for v in values if isinstance(v, Text) and v.loc), None)
    return Text.of_runs(tuple(r for v in values for r in runs_of(v)), located)


def runs_of(value: str) -> tuple[Run, ...]:
    """The runs of any text: an outline `Text`'s own, or one plain run for a string layout or
    the wording module made (e.g. a label or a quotation with its marks)."""
    if isinstance(value, Text):
        return value.runs
    return (Run(value),)


def is_plain(value: str) -> bool:
    return not isinstance(value, Text) or value.plain


def texts(value, skip: tuple[str, ...] = ()) -> Iterator[Text]:
    """Every outline text (with its location) inside a model value, in its fields' order, but
    those of fields named in `skip`."""
    found: list[Text] = []
    _collect(value, skip, found)
    return iter(found)


def _collect(value, skip: tuple[str, ...], found: list[Text]) -> None:
    if isinstance(value, Text):
        found.append(value)
    elif isinstance(value, tuple):
        for item in value:
            _collect(item, skip, found)
    else:
        for name in _field_names(type(value)):
            if name not in skip:
                _collect(getattr(value, name), skip, found)


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of the dataclass `cls`, in their order (none for any other type)."""
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else ()
