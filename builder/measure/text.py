"""Measured text: widths and line breaks with the real metrics of the fonts the PDF embeds.

Layout asks this module how wide a string is and how a paragraph breaks at a width. The same
TrueType files are embedded in the PDF and are metric-compatible with the typeface the deck
names, so a break decided here is the break PowerPoint, LibreOffice and the PDF make.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from builder.measure import soft
from builder.measure.metrics import face_by_name as _face, know_face
from builder.outline.scripts import has_complex
from builder.outline.text import is_plain, runs_of
from builder.records import frozen
from builder.theme.fonts import FontSet
from builder.theme.scripts import ScriptFont

_SPACE = re.compile(r"[ \t]+")


@frozen
class Measurer:
    """Widths and line breaks in the font families the PDF embeds: the body's, and the
    headings' when the theme has its own (a role's `family` says which one measures it)."""

    fonts: FontSet
    heading: FontSet | None = None
    scripts: tuple[ScriptFont, ...] = ()  # the fonts of Arabic-script, Hebrew and CJK text
    margins: bool = True  # measure those scripts wider (the deck's fonts are not their twins)

    def __post_init__(self) -> None:
        for fonts in (self.fonts, self.heading or self.fonts):
            names = (fonts.regular, fonts.bold, fonts.italic, fonts.bolditalic)
            for name, path in zip(names, fonts.paths):
                know_face(name, path)

    def family(self, name: str = "body") -> FontSet:
        """The font files of a role family ("body" or "heading")."""
        return self.heading or self.fonts if name == "heading" else self.fonts

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False, *,
              family: str = "body") -> float:
        fonts = self.family(family)
        if not text.isascii():
            text = soft.unmarked(text)  # soft hyphens are drawn only where a line breaks
        if has_complex(text):
            return self.shaper.width(text, fonts.face(bold, italic), size * fonts.scale, bold)
        return _width(text, fonts.face(bold, italic), size * fonts.scale)

    @property
    def shaper(self):
        """Shaped measuring of complex-script text (imported when such text is measured)."""
        from builder.measure.shaped import Shaper

        return Shaper(self.scripts, self.margins)

    def lines(self, text: str, width: float, size: float, bold: bool = False,
              italic: bool = False, *, family: str = "body") -> list[str]:
        """The lines `text` breaks into at `width` points: greedy at spaces, as word processors do;
        a word wider than the line is broken between characters. Hard line breaks are kept."""
        if has_complex(text):
            return self.shaped_lines(text, width, size, bold, italic, family=family)
        if not is_plain(text):
            return self.run_lines(text, width, size, bold, italic, family=family)
        fonts = self.family(family)
        face, size = fonts.face(bold, italic), size * fonts.scale
        if "\n" not in text:
            return list(_break(text, face, size, width))
        out: list[str] = []
        for para in text.split("\n"):
            out.extend(_break(para, face, size, width))
        return out

    def least_lines(self, text: str, width: float, size: float, bold: bool = False,
                    italic: bool = False, *, family: str = "body") -> int:
        """At most as many lines as `lines` gives, found without breaking (layout's cheap test
        that a text cannot fit at a size): no line holds more than `width` of words, so a text
        takes at least its words' total width over `width` lines (a text of runs: its words as
        `run_lines` measures them). 0 for what this does not reason about: complex scripts, hard
        breaks, characters that may not be drawn."""
        fonts = self.family(family)
        if is_plain(text):
            extent = _extent(text, fonts.face(bold, italic))
        elif has_complex(text):
            return 0
        else:
            extent = _segments_extent(_segments(text, fonts, bold, italic))
        if extent is None:
            return 0
        total, widest = extent
        size = size * fonts.scale
        if width <= 0 or widest * 0.001 * size > width:  # a word broken between characters
            return 1
        return max(1, math.ceil(total * 0.001 * size / width * (1 - 1e-9)))  # (rounding)

    def run_lines(self, text: str, width: float, size: float, bold: bool = False,
                  italic: bool = False, *, family: str = "body") -> list[str]:
        """`lines` for a text of several runs: each run measured in its own face (the role's
        weight and style, plus the run's emphasis)."""
        fonts = self.family(family)
        out: list[str] = []
        for para in _hard_lines(_segments(text, fonts, bold, italic)):
            out.extend(_break_segments(para, size * fonts.scale, width))
        return out

    def shaped_lines(self, text: str, width: float, size: float, bold: bool = False,
                     italic: bool = False, *, family: str = "body") -> list[str]:
        """`lines` for a text with complex-script characters: measured shaped, each stretch in
        its script's font; a text with a bold run is measured bold throughout (never narrower
        than drawn)."""
        fonts = self.family(family)
        bold = bold or any(r.bold for r in runs_of(text))
        face, size = fonts.face(bold, italic), size * fonts.scale
        out: list[str] = []
        for para in str(text).split("\n"):
            out.extend(_shaped_break(self.shaper, para, face, size, width, bold))
        return out

    def missing_glyphs(self, text: str) -> set[str]:
        """Characters of `text` that no font of the theme can draw: a family's, or, for the
        characters it lacks, a script font's."""
        missing: set[str] = set()
        for fonts in {self.fonts, self.family("heading")}:
            face = _face(fonts.regular)
            missing |= {c for c in set(text) if not face.has(c) and c not in _UNDRAWN}
        if missing and self.scripts:
            missing = self.shaper.cannot_draw(missing, self.fonts.regular)
        return missing


_UNDRAWN = "\n\t\r" + soft.MARKS  # line breaks, tabs, and where a line may break


@lru_cache(maxsize=16384)
def _shaped_break(shaper, para: str, face: str, size: float, width: float,
                  bold: bool) -> tuple[str, ...]:
    return tuple(shaper.lines(para, face, size, width, bold))


@lru_cache(maxsize=65536)
def _width(text: str, face: str, size: float) -> float:
    return _face(face).width(text, size)


@lru_cache(maxsize=262144)  # layout tries several sizes and splits: the same breaks recur
def _break(para: str, face: str, size: float, width: float) -> tuple[str, ...]:
    if soft.marked(para):  # a word may break at a soft hyphen or a zero-width space
        return _break_segments(((para, face),), size, width)
    words, units = _words_of(para, face)
    if not words:
        return ("",)
    space = _width(" ", face, size)
    measured = [(word, u * 0.001 * size, space) for word, u in zip(words, units)]

    def pieces(i: int) -> list[tuple[str, float]]:
        return [(p, _width(p, face, size)) for p in _split_word(words[i], face, size, width)]
    return _fill(measured, width, pieces)


@lru_cache(maxsize=65536)  # a paragraph is broken at several sizes and widths
def _words_of(para: str, face: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The words of a paragraph and their widths in thousandths of an em: a word's width at a
    size is `units * 0.001 * size`, to the last bit what `FaceMetrics.width` computes."""
    words = [w for w in _SPACE.split(para.strip()) if w]
    return tuple(words), tuple(_units(word, face) for word in words)


@lru_cache(maxsize=65536)
def _units(word: str, face: str) -> float:
    return _face(face).units(word)


@lru_cache(maxsize=65536)
def _extent(para: str, face: str) -> tuple[float, float] | None:
    """The total and the widest of a paragraph's words' widths, in thousandths of an em (None
    for a text of complex scripts, hard breaks or characters that may not be drawn)."""
    if has_complex(para) or "\n" in para or soft.marked(para):
        return None
    units = _words_of(para, face)[1]
    return sum(units), max(units, default=0.0)


def _fill(words: list[tuple[str, float, float]], width: float, pieces,
          syllables=None, split=None) -> tuple[str, ...]:
    """Greedy line filling, as word processors do: `words` as (text, width, width of the space
    before it); a word wider than the line is replaced by `pieces(i)`, its (text, width) pieces.
    A word `syllables(i)` cuts (where it may break: see `builder.measure.soft`) is set by
    `soft.place`, with `split(chars)` for a syllable wider than the line."""
    lines: list[str] = []
    current, current_w = "", 0.0
    for i, (word, w, space) in enumerate(words):
        if syllables is not None and (syls := syllables(i)):
            current, current_w = soft.place(lines, current, current_w, syls, space, width, split)
            continue
        if w > width:  # a word longer than the line: break it between characters
            if current:
                lines.append(current)
            cut = pieces(i)
            lines.extend(p for p, _ in cut[:-1])
            current, current_w = cut[-1]
            continue
        if not current:
            current, current_w = word, w
        elif current_w + space + w <= width:
            current += " " + word
            current_w += space + w
        else:
            lines.append(current)
            current, current_w = word, w
    lines.append(current)
    return tuple(lines)


def _segments(text: str, fonts: FontSet, bold: bool, italic: bool) -> tuple:
    """A text's runs as (text, face) segments: each in the role's weight and style, plus the
    run's emphasis."""
    return tuple((run.text, fonts.face(bold or run.bold, italic or run.italic))
                 for run in runs_of(text))


def _hard_lines(segments: tuple) -> list[tuple]:
    """(text, face) segments cut at hard line breaks into one tuple of segments per line."""
    lines: list[list] = [[]]
    for text, face in segments:
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append([])
            if piece:
                lines[-1].append((piece, face))
    return [tuple(line) for line in lines]


_GAP = re.compile(r"([ \t]+)")


def _words(segments: tuple) -> tuple[list[list], list[str]]:
    """The words of a line of (text, face) segments — a word may span runs, as in
    '**bold**text' — and the face of the space before each word after the first."""
    words: list[list] = []
    gaps: list[str] = []
    gap = None
    for text, face in segments:
        for piece in _GAP.split(text):
            if not piece:
                continue
            if piece[0] in " \t":
                gap = face if words else None
            elif words and gap is None:
                words[-1].append((piece, face))
            else:
                if words:
                    gaps.append(gap)
                words.append([(piece, face)])
                gap = None
    return words, gaps


@lru_cache(maxsize=65536)
def _break_segments(segments: tuple, size: float, width: float) -> tuple[str, ...]:
    """`_break` for a line of (text, face) segments."""
    words, marked, units = _segment_words(segments)
    if not words:
        return ("",)
    measured = [(text, sum(u * 0.001 * size for u in parts), space * 0.001 * size if i else 0.0)
                for i, (text, parts, space) in enumerate(units)]

    def pieces(i: int) -> list[tuple[str, float]]:
        return _split_chars([(c, f) for t, f in words[i] for c in t], size, width)
    if marked:
        syllables = [_syllables(word, size) for word in words]
        return _fill(measured, width, pieces, syllables.__getitem__,
                     lambda chars: _split_chars(list(chars), size, width))
    return _fill(measured, width, pieces)


@lru_cache(maxsize=65536)  # a line is broken at several sizes and widths
def _segment_words(segments: tuple) -> tuple[list[list], bool, list[tuple]]:
    """The words of a line of (text, face) segments (`_words`; without those only of soft
    marks when it has any), whether it has any (a word may then break inside: see `soft`),
    and per word its text, its segments' widths and the width of the space before it, in
    thousandths of an em: at a size, `units * 0.001 * size`, to the last bit `_width`'s."""
    words, gaps = _words(segments)
    marked = any(soft.marked(t) for t, _ in segments)
    if marked:
        words, gaps = _unmarked_words(words, gaps)
    units = [("".join(t for t, _ in word), tuple(_units(t, f) for t, f in word),
              _units(" ", gaps[i - 1]) if i else 0.0) for i, word in enumerate(words)]
    return words, marked, units


@lru_cache(maxsize=65536)
def _segments_extent(segments: tuple) -> tuple[float, float] | None:
    """`_extent` for a line of (text, face) segments (None when it has hard breaks or marks
    where a word may break inside)."""
    if any("\n" in t or soft.marked(t) for t, _ in segments):
        return None
    units = [sum(parts) for _, parts, _ in _segment_words(segments)[2]]
    return sum(units), max(units, default=0.0)


def _unmarked_words(words: list[list], gaps: list) -> tuple[list[list], list]:
    """`words` and `gaps` without the words that are only soft hyphens or zero-width spaces
    (nothing to draw, and a line may break at their spaces already)."""
    kept = [(word, gaps[i - 1] if i else None) for i, word in enumerate(words)
            if any(soft.unmarked(t) for t, _ in word)]
    return [w for w, _ in kept], [g for _, g in kept[1:]]


def _syllables(word: list, size: float) -> list | None:
    """A word's syllables where it may break inside (None where it may not)."""
    if not any(soft.marked(t) for t, _ in word):
        return None
    return soft.syllables(word, lambda t, f: _width(t, f, size)) or None


def _split_chars(chars: list, size: float, width: float) -> list[tuple[str, float]]:
    """Characters, each in its face, in pieces no wider than `width` (with their widths)."""
    pieces, current, current_w = [], "", 0.0
    for char, face in chars:
        w = _width(char, face, size)
        if current and current_w + w > width:
            pieces.append((current, current_w))
            current, current_w = char, w
        else:
            current, current_w = current + char, current_w + w
    pieces.append((current, current_w))
    return pieces


def _split_word(word: str, face: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, face, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def column_widths(columns, total: float, width_of, pad: float, relative=()) -> list[float]:
    """Share `total` among table columns, for the deck and the report alike.

    `columns` holds, per column, its cells as (text, size, bold); `width_of(text, size, bold)`
    measures. `relative` widths from the outline win; otherwise each column gets at least its
    longest word (capped at an equal share) and the rest goes where the cells are longest."""
    least, want = [], []
    for cells in columns:
        words = [width_of(w, size, bold) for text, size, bold in cells for w in text.split()] or [0]
        least.append(min(max(words) + pad, total / len(columns)))
        want.append(max(width_of(text, size, bold) for text, size, bold in cells) + pad)
    if relative:
        return [round(w, 2) for w in shared(total, relative, least)]
    if sum(want) <= total:
        widths = [w + (total - sum(want)) / len(want) for w in want]
    else:
        extra = [max(0.0, w - l) for w, l in zip(want, least)]
        spare, share = total - sum(least), sum(extra) or 1.0
        widths = [l + spare * e / share for l, e in zip(least, extra)]
    return [round(w, 2) for w in widths]


def shared(total: float, relative, least) -> list[float]:
    """`total` shared in proportion to `relative`, each share at least its `least` (a column
    whose relative width is tiny still holds its longest word and its padding)."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(relative)) if i not in fixed]
        room, weight = total - sum(fixed.values()), sum(relative[i] for i in free)
        widths = {i: room * relative[i] / weight for i in free}
        narrow = {i: least[i] for i in free if widths[i] < least[i]}
        fixed.update(narrow)
        if not narrow or len(narrow) == len(free):
            return [fixed[i] if i in fixed else widths[i] for i in range(len(relative))]

