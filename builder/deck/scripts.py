"""Right-to-left paragraphs and complex-script runs in PresentationML.

PowerPoint lays out and shapes the text itself: the deck writes it in logical order (never
pre-shaped presentation forms), marks a right-to-left paragraph `rtl="1"` (aligned right, its
bullet on the right), and gives each stretch of Arabic-script, Hebrew or CJK text its own run
with its language (`lang`) and the theme's font for its script in the run's complex-script
(`<a:cs>`) or East Asian (`<a:ea>`) slot."""
from __future__ import annotations

from typing import NamedTuple

from builder.deck.xml import ALIGN
from builder.outline.scripts import direction, has_complex, language_of_script, segments
from builder.outline.text import Run, explicit_direction
from builder.theme import Theme


class Stretch(NamedTuple):
    """A piece of a run in one script: its text, language, and the font slot and family the
    deck names for it ('' for the Latin typeface's text)."""

    text: str
    language: str
    slot: str = ""
    family: str = ""


def is_rtl(text: str) -> bool:
    """A paragraph runs right to left: the outline says so, or its first strong letter does."""
    return direction(str(text), explicit_direction(text)) == "rtl"


def paragraph_attrs(text: str, align: str = "") -> str:
    """A paragraph's alignment (none: the placeholder's), and for a right-to-left one `rtl="1"`
    and, where it would be left-aligned, right alignment (centred stays centred)."""
    if not is_rtl(text):
        return f' algn="{ALIGN[align]}"' if align else ""
    return f' rtl="1" algn="{ALIGN[align] if align not in ("", "left") else "r"}"'



def stretches(piece: str, run: Run, theme: Theme, default_language: str) -> list[Stretch]:
    """`piece` (a line of `run`) cut where its script changes, each stretch with its language
    (the run's, else one its script implies, else the deck's) and its script's font."""
    language = run.language or default_language
    if not has_complex(piece):
        return [Stretch(piece, language)]
    out = []
    for text, script in segments(piece):
        font = next((f for f in theme.scripts if f.script == script), None)
        if font is None:
            out.append(Stretch(text, language))
            continue
        lang = run.language or language_of_script(text) or default_language
        out.append(Stretch(text, lang, font.slot, font.deck_name(lang)))
    return out
