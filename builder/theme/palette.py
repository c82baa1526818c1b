"""The palette: colours under semantic names, as RRGGBB."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
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

    # chart series take the palette in this order
    series: tuple[str, ...] = ("primary", "accent", "muted", "rule", "marking", "ink")

    def all(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__slots__ if name != "series"}
