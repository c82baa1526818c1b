"""Words a line may break inside: at a soft hyphen (U+00AD), where a hyphen is drawn at the end
of the line when it breaks there and nothing when it does not, and at a zero-width space
(U+200B), where nothing is drawn either way — as Word, PowerPoint and browsers do.

A word holding either is cut into syllables, each ending where the line may break. A line that
ends inside such a word is measured with the hyphen it draws, so it stays inside its box. Text
without them (all ASCII text) never comes here.
"""
from __future__ import annotations

from typing import Callable

from builder.outline.drawn import SHY, ZWSP, SOFT_BREAKS as MARKS
from builder.records import frozen


def marked(text: str) -> bool:
    """`text` holds a soft hyphen or a zero-width space."""
    return not text.isascii() and (SHY in text or ZWSP in text)


def unmarked(text: str) -> str:
    """`text` as drawn where no line breaks inside it: its soft hyphens and zero-width spaces
    left out."""
    return text.replace(SHY, "").replace(ZWSP, "") if marked(text) else text


Chars = tuple  # a stretch as (character, face) pairs


@frozen
class Syllable:
    """A stretch of a word up to where a line may break: its characters (each with its face),
    its text and width as drawn, and the hyphen drawn after it when the line breaks there
    ("-", or "" after a zero-width space and at the word's end) with that hyphen's width."""

    chars: Chars
    text: str
    width: float
    hyphen: str
    hyphen_width: float


def place(lines: list[str], current: str, current_w: float, syllables: list[Syllable],
          space: float, width: float, pieces: Callable[[Chars], list]) -> tuple[str, float]:
    """Set a word of `syllables` after the line `current` (`current_w` wide; `space`: the width
    of the space before the word): whole if it fits there; else the longest head that fits
    with its hyphen ends the line and the rest goes on the next lines the same way; a syllable
    wider than a line is broken between characters (`pieces`: its (text, width) pieces). Full
    lines are added to `lines`; returns the line left open and its width."""
    sep, gap = (" ", space) if current else ("", 0.0)
    ending = ("", 0.0)  # the hyphen `current` ends with if it breaks (after a broken syllable)
    syls = list(syllables)
    while syls:
        total = sum(s.width for s in syls)
        if current_w + gap + total <= width:
            return current + sep + "".join(s.text for s in syls), current_w + gap + total
        best, reach = 0, current_w + gap
        for j, s in enumerate(syls[:-1]):
            reach += s.width
            if reach > width:
                break
            if reach + s.hyphen_width <= width:
                best = j + 1
        if best:
            head = syls[:best]
            lines.append(current + sep + "".join(s.text for s in head) + head[-1].hyphen)
            syls = syls[best:]
        elif current:
            lines.append(current + (ending[0] if current_w + ending[1] <= width else ""))
        else:  # a syllable wider than the line, at the line's start
            first = syls.pop(0)
            cut = pieces(first.chars)
            lines.extend(p for p, _ in cut[:-1])
            current, current_w = cut[-1]
            sep, gap, ending = "", 0.0, (first.hyphen, first.hyphen_width)
            continue
        current, current_w, sep, gap, ending = "", 0.0, "", 0.0, ("", 0.0)
    return current, current_w


def syllables(word: list[tuple[str, str]],
              measure: Callable[[str, str], float]) -> list[Syllable]:
    """The syllables of a word given as (text, face) stretches (`measure(text, face)`: a
    stretch's width). A hyphen is drawn in the face of its soft hyphen; marks in a row are one
    break (a hyphen if one of them is a soft hyphen)."""
    cuts: list[list] = [[[], "", ""]]  # per syllable: its (char, face) pairs, mark, mark's face
    for text, face in word:
        for char in text:
            if char not in MARKS:
                if cuts[-1][1]:
                    cuts.append([[], "", ""])
                cuts[-1][0].append((char, face))
            elif cuts[-1][0] and cuts[-1][1] != SHY:
                cuts[-1][1], cuts[-1][2] = char, face
    cuts = [c for c in cuts if c[0]]
    if cuts:
        cuts[-1][1] = ""
    return [_syllable(tuple(chars), mark, face, measure) for chars, mark, face in cuts]


def _syllable(chars: Chars, mark: str, mark_face: str, measure) -> Syllable:
    runs: list[list[str]] = []
    for char, face in chars:
        if runs and runs[-1][1] == face:
            runs[-1][0] += char
        else:
            runs.append([char, face])
    shy = mark == SHY
    return Syllable(chars, "".join(c for c, _ in chars), sum(measure(t, f) for t, f in runs),
                    "-" if shy else "", measure("-", mark_face) if shy else 0.0)
