"""Which script a character is written in, and which way a paragraph runs.

Plain Unicode facts, used by every later stage: a text is right-to-left when its first strong
character is (the Unicode bidirectional algorithm's rules P2 and P3), unless the outline says
`direction:`; Arabic-script, Hebrew and CJK characters are drawn by the theme's fonts for their
script (`builder.theme.scripts`), everything else by its Latin typeface. Only the standard
library is used here, so text with no complex script costs nothing more than a scan.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

# Blocks, as code point ranges, of the scripts the theme has fonts for.
ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
          (0xFE70, 0xFEFF))
HEBREW = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
CJK = ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x31FF),
       (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
       (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F))
SCRIPTS = {"arabic": ARABIC, "hebrew": HEBREW, "cjk": CJK}
RIGHT_TO_LEFT = frozenset({"arabic", "hebrew"})
# What none of those scripts holds: Latin, Greek, Cyrillic, Armenian, general punctuation and
# symbols (U+2000-U+2E7F). Only a text with a character beyond them needs the scripts' pattern.
_BEYOND = re.compile("[^\x00-\u058f\u2000-\u2e7f]")
_KANA = "[\u3040-\u30FF\u31F0-\u31FF]"  # patterns compiled by the first CJK text (re keeps them)
_HANGUL = "[\u1100-\u11FF\uAC00-\uD7AF]"
# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they
# reorder text beyond the characters they stand beside, so the outline may not carry them.
BIDI_CONTROLS = frozenset("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069")
# Where a CJK line may not break: before closing punctuation, after opening punctuation.
NO_BREAK_BEFORE = frozenset("、。，．：；？！）」』】〕〉》〗〙〛’”｝ー々ゝゞヽヾぁぃぅぇぉっゃゅょァィゥェォッャュョ…・")
NO_BREAK_AFTER = frozenset("（「『【〔〈《〖〘〚‘“｛")


def has_complex(text: str) -> bool:
    """True when `text` holds a character of a script the theme draws with its own fonts."""
    return (not text.isascii() and _BEYOND.search(text) is not None
            and _complex().search(text) is not None)


@cache
def _complex() -> re.Pattern:
    """The scripts' blocks as one pattern, compiled when a text first needs it (4 ms: a tenth of
    importing the builder, which a build of Latin-script text need not pay)."""
    return re.compile("[" + "".join(f"\\U{a:08X}-\\U{b:08X}" for blocks in SCRIPTS.values()
                                    for a, b in blocks) + "]")


def script_of(char: str) -> str:
    """'arabic', 'hebrew', 'cjk', or '' (the Latin typeface's: Latin, Cyrillic, Greek, digits
    and punctuation)."""
    code = ord(char)
    if code < 0x0590:
        return ""
    for name, blocks in SCRIPTS.items():
        if any(a <= code <= b for a, b in blocks):
            return name
    return ""


def first_strong(text: str) -> str:
    """'rtl' or 'ltr' by the first strong character (bidi classes L, R, AL); '' if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""


def direction(text: str, explicit: str = "") -> str:
    """A paragraph's direction: the outline's `direction:` if it says one, else its first
    strong character's, else left to right."""
    if explicit:
        return explicit
    if text.isascii():
        return "ltr"
    return first_strong(text) or "ltr"


def language_of_script(text: str) -> str:
    """A BCP 47 tag for a stretch of one complex script when the outline names no language:
    Japanese for kana, Korean for Hangul, Chinese for other ideographs, Arabic, Hebrew."""
    script = next((script_of(c) for c in text if script_of(c)), "")
    if script == "cjk":
        return "ja" if re.search(_KANA, text) else "ko" if re.search(_HANGUL, text) else "zh"
    return {"arabic": "ar", "hebrew": "he"}.get(script, "")


def segments(text: str) -> list[tuple[str, str]]:
    """`text` cut into (piece, script) stretches; characters of no script of their own (spaces,
    digits, punctuation) stay with the stretch before them, or, at the start, after them."""
    out: list[list] = []
    for char in text:
        script = script_of(char)
        if out and (script == out[-1][1] or (not script and _neutral(char))):
            out[-1][0] += char
        elif out and not out[-1][1] and all(_neutral(c) for c in out[-1][0]):
            out[-1] = [out[-1][0] + char, script]
        else:
            out.append([char, script])
    return [(piece, script) for piece, script in out]


def _neutral(char: str) -> bool:
    """A character the bidi algorithm does not give a direction of its own (and digits)."""
    return unicodedata.bidirectional(char) not in ("L", "R", "AL")
