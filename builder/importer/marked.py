"""Text written to the outline's marked fields (summaries, bullets, takeaways, key judgments,
source notes): its spans as `**bold**`, `*italic*` and `[text](https://…)`, every other character
as itself.

A character the outline would read as markup (`*`, `_`, `[`, `]`, `\\`) gets a backslash, but
only where it would: what is written is read back with the outline's own parser
(`builder.outline.markup.inline`) and must give the same words in the same faces. Text with no
such character is written as it is; text whose emphasis cannot be written so that it reads back
the same is written as its plain words.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import groupby

from builder.diagnostics import Collector
from builder.importer.escapes import needed
from builder.importer.sentences import clip
from builder.importer.styled import carry, spans_of
from builder.outline.markup import MARKERS, inline
from builder.outline.text import Run, Text

ESCAPABLE = "\\*_[]"
ROUNDS = 20  # each round escapes what the last left to be read as markup

Piece = tuple[bool, str]  # (is it text the outline may read as markup, the characters)


def marked(text: str, limit: int) -> str:
    """The text as a marked field takes it, in at most `limit` characters (cut shorter where its
    markers and escapes would make it longer)."""
    out = outline_markup(text)
    while len(out) > limit and len(text) > 1:  # cut in proportion to what the markers add
        text = carry(clip(text, max(1, min(len(text) - 1, len(text) * limit // len(out)))), text)
        out = outline_markup(text)
    return out


def longest(text: str) -> int:
    """How long the text can be once written: every markup character escaped, every span's
    markers and link target added (quick to count, never less than what is written)."""
    marker = sum(4 + len(s.link) if s.link else 4 for s in spans_of(text))
    return len(text) + sum(text.count(c) for c in ESCAPABLE) + marker


def outline_markup(text: str) -> str:
    """The text in the outline's markup, reading back as the same words in the same faces."""
    if not text or (not spans_of(text) and not MARKERS.search(text)):
        return str(text)
    if spans_of(text):
        written = _written(_pieces(text), _runs(text))
        if written is not None:
            return written
    plain = [(True, str(text))]
    return _written(plain, (Run(str(text)),)) or _write(plain, _every(plain))[0]


def _runs(text: str) -> tuple[Run, ...]:
    """The runs the outline should read: the text in its faces and links."""
    runs, at = [], 0
    for (link, bold, italic), group in groupby(_faces(text)):
        size = len(list(group))
        runs.append(Run(text[at:at + size], bold, italic, link))
        at += size
    return Text.of_runs(tuple(runs)).runs


def _faces(text: str) -> list[tuple[str, bool, bool]]:
    """Each character's (link, bold, italic)."""
    faces = [["", False, False] for _ in text]
    for span in spans_of(text):
        for face in faces[span.start:span.end]:
            face[0] = span.link or face[0]
            face[1] = face[1] or span.bold
            face[2] = face[2] or span.italic
    return [tuple(f) for f in faces]


def _pieces(text: str) -> list[Piece]:
    """The text as markers and text, each span opened where it starts and closed where it ends
    (a span inside another closed first)."""
    spans = sorted(spans_of(text), key=lambda s: (s.start, -s.end))
    out: list[Piece] = []
    open_: list = []
    at = 0
    for where in sorted({s.start for s in spans} | {s.end for s in spans} | {len(text)}):
        if where > at:
            out.append((True, text[at:where]))
            at = where
        while open_ and open_[-1].end == where:
            out.append((False, _markers(open_.pop())[1]))
        for span in (s for s in spans if s.start == where):
            out.append((False, _markers(span)[0]))
            open_.append(span)
    return out


def _markers(span) -> tuple[str, str]:
    if span.link:
        return "[", f"]({span.link})"
    return ("**", "**") if span.bold else ("*", "*")


def _written(pieces: list[Piece], want: tuple[Run, ...]) -> str | None:
    """The pieces written with a backslash only where the outline would read markup that is not
    theirs; None when even with every one escaped they read back otherwise."""
    escaped: set = set()
    for _ in range(ROUNDS):
        more = needed(*_write(pieces, escaped), escaped)
        if not more:
            break
        escaped |= more
    for choice in (lambda: escaped, lambda: _every(pieces)):
        value = _write(pieces, choice())[0]
        if _reads_as(value, want):
            return value
    return None


def _every(pieces: list[Piece]) -> set:
    """Every character of the text the outline could read as markup."""
    return {(p, k) for p, (text, chars) in enumerate(pieces) if text
            for k, c in enumerate(chars) if c in ESCAPABLE}


def _write(pieces: list[Piece], escaped: set) -> tuple[str, "_Places"]:
    """The pieces as one string, and each character's place in the text."""
    out: list[str] = []
    places = _Places()
    marks: dict[int, list[int]] = {}
    for p, k in escaped:
        marks.setdefault(p, []).append(k)
    for p, (text, chars) in enumerate(pieces):
        at = 0
        for k in sorted(marks.get(p, ())) if text else ():
            places.add(chars[at:k], (p, at), out)
            places.add("\\", None, out)
            at = k
        places.add(chars[at:], (p, at) if text else None, out)
    return "".join(out), places


class _Places:
    """Where each written character comes from: (piece, index) in the text, or None for a marker
    or a backslash."""

    def __init__(self):
        self.starts: list[int] = []
        self.places: list = []
        self.size = 0

    def add(self, chars: str, place, out: list[str]) -> None:
        if chars:
            self.starts.append(self.size)
            self.places.append(place)
            self.size += len(chars)
            out.append(chars)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int):
        j = bisect_right(self.starts, i) - 1
        place = self.places[j]
        return None if place is None else (place[0], place[1] + i - self.starts[j])


def _reads_as(value: str, want: tuple[Run, ...]) -> bool:
    """Whether the outline reads `value` as exactly these runs (no citation, no other link)."""
    return inline(value, None, Collector()).runs == want
