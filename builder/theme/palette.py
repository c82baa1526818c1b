"""The palette: colours under semantic names, as RRGGBB."""
from __future__ import annotations


from builder.records import frozen
from builder.theme.colour import readable_shade

ACCENT_TEXT = "accent_text"


@frozen
class Palette:
    """Colours under semantic names, as RRGGBB."""

    ink: str = "1E2329"          # body text
    primary: str = "17324D"      # titles, bands, table headers
    accent: str = "C9822B"       # takeaways, quote marks, timeline markers
    muted: str = "5B6770"        # attributions, captions, footers
    rule: str = "C5CCD3"         # thin lines, table borders
    surface: str = "F1F3F5"      # panels behind callouts and quotes
    zebra: str = "E8EDF2"        # alternate table rows
    on_primary: str = "FFFFFF"   # text on primary
    marking: str = "8B1E1E"      # handling marking

    # chart series take these colours in this order: palette names, or RRGGBB (a template's
    # accent1-6)
    series: tuple[str, ...] = ("primary", "accent", "muted", "rule", "marking", "ink")

    def all(self) -> dict[str, str]:
        """Every colour by its name, the derived "accent_text" with them."""
        out = {name: getattr(self, name) for name in self.__slots__ if name != "series"}
        return out | {ACCENT_TEXT: self.colour(ACCENT_TEXT)}

    def colour(self, name: str) -> str:
        """A colour by its semantic name; an RRGGBB value (as in `series`) is itself;
        "accent_text", for small text in the accent, is the accent or its first darker shade
        readable on the panels' surface (and so on white)."""
        if name in self.__slots__ and name != "series":
            return getattr(self, name)
        if name == ACCENT_TEXT:
            return readable_shade(self.accent, self.surface) or self.accent
        if len(name) == 6 and all(c in "0123456789ABCDEF" for c in name):
            return name
        raise AttributeError(f"the palette has no colour '{name}'")
