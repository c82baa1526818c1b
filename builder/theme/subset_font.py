"""A TrueType face for reportlab that is read from the cache, encodes drawn text in one pass and
measures a word once.

reportlab draws TrueType text through subsets of 256 codes and, for every string it draws, maps
each character to its code in a Python loop (`TTFont.splitString`): at 1,000 sections that loop
is a sixth of the report's time. Once every character of a string already has a code in the
first subset — nearly always, after the first lines of a document — the same bytes come from
one `str.translate`. Anything else (a character met for the first time, a second subset, a
character the face lacks) goes through reportlab's own loop, which assigns the codes as before:
the document's bytes are the same either way. Platypus measures every word of every paragraph
it breaks; a word's width at a size is the same each time, so it is kept. And the face itself
is read from the user's cache when it holds the same file (`builder.theme.cached_face`).
"""
from __future__ import annotations

from fnmatch import fnmatch
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from builder.theme.cached_face import CachedFace

_WIDTHS_KEPT = 200_000  # words at a size, per face (a few MB)


class SubsetFont(TTFont):
    """reportlab's TTFont, its face read through the user's cache (`cached_face`), strings whose
    characters are all coded in subset 0 encoded by a translation table kept per document, and
    each word's width at a size measured once."""

    def __init__(self, name: str, filename: str):
        # TTFont.__init__ with the face read through the cache (it names its face class inline)
        self.fontName = name
        self.face = CachedFace(filename)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text, size, encoding="utf8"):
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= _WIDTHS_KEPT:  # a long watch session's words: start again
                self._widths.clear()
            width = self._widths[key] = TTFont.stringWidth(self, text, size, encoding)
        return width

    def splitString(self, text, doc, encoding="utf-8"):
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            table = _table(state)
            if table.known.issuperset(text):
                return [(0, text.translate(table.codes).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)


class _Table:
    """Subset 0's codes of one document's state, as a translation table, and the characters it
    covers; `size` is how many assignments it was made from."""

    __slots__ = ("codes", "known", "size")

    def __init__(self, assignments: dict[int, int]):
        self.size = len(assignments)
        self.codes = {code: n for code, n in assignments.items() if n < 256}
        if 32 in self.codes:  # reportlab draws a no-break space as the space
            self.codes[0xA0] = self.codes[32]
        self.known = frozenset(map(chr, self.codes))


def _table(state) -> _Table:
    """The translation table of `state`, made again whenever codes were assigned since."""
    table = getattr(state, "_subset_table", None)
    if table is None or table.size != len(state.assignments):
        table = _Table(state.assignments)
        state._subset_table = table
    return table
