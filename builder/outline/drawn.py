"""Text as both documents draw it: composed (NFC), Unicode's line and paragraph separators as
line breaks, invisible marks left out — but running text keeps the soft hyphens and zero-width
spaces that say where a line may break (see `builder.measure.soft`)."""
from __future__ import annotations

import re
import unicodedata

# line and paragraph separators as the line breaks a value may hold. Soft hyphens and zero-width
# spaces say where a line may break (a hyphen drawn there if it does, nothing for the other):
# running text keeps them for the measurer and the writers (`breaks`); a title or a label, also
# a bookmark, a header or a file's metadata, leaves them out. Word joiners and zero-width
# no-break spaces say where a line may not break: lines break only at spaces and at those two,
# so they are left out, and nothing invisible is drawn as a space or a box
SOFT_BREAKS = "\u00ad\u200b"
_AS_DRAWN = {"\u2028": "\n", "\u2029": "\n\n", "\u00ad": "", "\u200b": "", "\u2060": "",
             "\ufeff": ""}
_AS_DRAWN_RE = re.compile(f"[{''.join(_AS_DRAWN)}]")
_KEPT_RE = re.compile(f"[{''.join(c for c in _AS_DRAWN if c not in SOFT_BREAKS)}]")


def as_drawn(value: str, breaks: bool = False) -> str:
    """Text as both documents draw it: composed (NFC: 'e' and a combining accent typed on a Mac
    become one 'é', which the fonts draw), Unicode's line and paragraph separators as a line
    break and a blank line, invisible marks left out — but, with `breaks`, the soft hyphens and
    zero-width spaces where running text may break."""
    if value.isascii():
        return value
    value = unicodedata.normalize("NFC", value)
    if breaks:
        return _tidy_breaks(_KEPT_RE.sub(lambda m: _AS_DRAWN[m.group()], value))
    return _AS_DRAWN_RE.sub(lambda m: _AS_DRAWN[m.group()], value)


SHY, ZWSP = SOFT_BREAKS
_MARK = f"[{SOFT_BREAKS}]"
_MARK_RUN = re.compile(_MARK + "+")
_LOOSE_MARK = re.compile(rf"(?<=\s){_MARK}|{_MARK}(?=[\s-])|^{_MARK}|{_MARK}\Z")
_SHY_AFTER_HYPHEN = re.compile(f"(?<=-){SHY}")


def _tidy_breaks(value: str) -> str:
    """Break marks that mean something: marks in a row as one (a soft hyphen if one of them is);
    none at the text's ends, beside white space (a line may break there already) or before a
    hyphen; a soft hyphen after a hyphen becomes a zero-width space (a line breaking there
    draws that one hyphen)."""
    if SHY not in value and ZWSP not in value:
        return value
    value = _MARK_RUN.sub(lambda m: SHY if SHY in m.group() else ZWSP, value)
    return _SHY_AFTER_HYPHEN.sub(ZWSP, _LOOSE_MARK.sub("", value))


def is_blank(value: str) -> bool:
    """Nothing to draw: empty, or only spaces, breaks and invisible format characters."""
    return all(c.isspace() or unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp") for c in value)
