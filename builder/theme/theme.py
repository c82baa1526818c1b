"""One theme for both documents: palette, typefaces, sizes and spacing under semantic names.

Both writers read only this; a colour or font literal inside a writer is a bug. Sizes are in
points. Each text role has the size the theme wants and the floor layout may shrink it to.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Palette:
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


@dataclass(frozen=True, slots=True)
class Typeface:
    """A family as the deck names it, and the metric-compatible font files the PDF embeds."""

    name: str = "Calibri"
    twin: str = "Carlito"
    files: tuple[str, str, str, str] = ("Carlito-Regular.ttf", "Carlito-Bold.ttf",
                                        "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf")
    package_hint: str = "fonts-crosextra-carlito"


@dataclass(frozen=True, slots=True)
class Role:
    """A text role: size and the floor it may shrink to, weight, style, colour (palette name)."""

    size: float
    floor: float
    bold: bool = False
    italic: bool = False
    color: str = "ink"
    leading: float = 1.2  # line height as a multiple of the size
    space_before: float = 0.0  # in points, before each paragraph after the first


@dataclass(frozen=True, slots=True)
class SlideTheme:
    width: float = 960.0   # 13.333 in: 16:9
    height: float = 540.0  # 7.5 in
    margin: float = 44.0
    top: float = 36.0      # title top
    title_height: float = 62.0
    inset: float = 5.0     # text box inner margin, every side
    shrink_step: float = 1.0
    shrink_warning: float = 0.75  # warn when a box shrinks below this share of its size
    footer_height: float = 22.0
    marking_height: float = 22.0
    title: Role = Role(30, 20, bold=True, color="primary", leading=1.1)
    cover_title: Role = Role(44, 26, bold=True, color="on_primary", leading=1.05)
    cover_subtitle: Role = Role(24, 16, color="on_primary")
    cover_meta: Role = Role(16, 11, color="primary")
    takeaway: Role = Role(22, 14, bold=True, color="accent", leading=1.15)
    body: Role = Role(22, 12, leading=1.15, space_before=10)
    agenda: Role = Role(18, 11, leading=1.15, space_before=4)
    quote: Role = Role(30, 16, italic=True, color="primary", leading=1.2)
    attribution: Role = Role(18, 11, color="muted", leading=1.15)
    table_header: Role = Role(15, 9, bold=True, color="on_primary", leading=1.1)
    table_cell: Role = Role(14, 9, leading=1.1)
    timeline_when: Role = Role(18, 10, bold=True, color="primary", leading=1.1)
    timeline_what: Role = Role(14, 9, leading=1.1)
    timeline_detail: Role = Role(12, 8, color="muted", leading=1.1)
    footer: Role = Role(10, 7, color="muted", leading=1.1)
    marking: Role = Role(10, 7, bold=True, color="marking", leading=1.1)
    marking_on_primary: Role = Role(10, 7, bold=True, color="on_primary", leading=1.1)
    section_number: Role = Role(11, 8, bold=True, color="accent", leading=1.1)
    chart_label: Role = Role(14, 9, color="ink", leading=1.1)
    caption: Role = Role(13, 9, color="muted", leading=1.15)
    column_title: Role = Role(22, 14, bold=True, color="primary", leading=1.1)
    callout_label: Role = Role(14, 10, bold=True, color="accent", leading=1.1)
    callout_title: Role = Role(26, 16, bold=True, color="primary", leading=1.1)
    callout_text: Role = Role(26, 14, color="ink", leading=1.2)


@dataclass(frozen=True, slots=True)
class PageTheme:
    sizes: dict = field(default_factory=lambda: {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)})
    margin_x: float = 62.0
    margin_top: float = 64.0
    margin_bottom: float = 60.0
    body: Role = Role(10.5, 10.5, leading=1.4, space_before=6)
    bullet: Role = Role(10.5, 10.5, leading=1.35, space_before=3)
    h1: Role = Role(17, 17, bold=True, color="primary", leading=1.2, space_before=18)
    h2: Role = Role(13, 13, bold=True, color="primary", leading=1.2, space_before=12)
    takeaway: Role = Role(11.5, 11.5, bold=True, color="accent", leading=1.3, space_before=4)
    quote: Role = Role(12.5, 12.5, italic=True, color="primary", leading=1.35)
    attribution: Role = Role(9.5, 9.5, color="muted", leading=1.3)
    table_header: Role = Role(9.5, 9.5, bold=True, color="on_primary", leading=1.25)
    table_cell: Role = Role(9.5, 9.5, leading=1.25)
    caption: Role = Role(9, 9, bold=True, color="primary", leading=1.3, space_before=10)
    timeline_when: Role = Role(10, 10, bold=True, color="primary", leading=1.15)
    timeline_what: Role = Role(8.5, 8.5, leading=1.15)
    timeline_detail: Role = Role(7.5, 7.5, color="muted", leading=1.15)
    header: Role = Role(8.5, 8.5, color="muted", leading=1.2)
    marking: Role = Role(8.5, 8.5, bold=True, color="marking", leading=1.2)
    marking_on_primary: Role = Role(8.5, 8.5, bold=True, color="on_primary", leading=1.2)
    cover_title: Role = Role(34, 34, bold=True, color="on_primary", leading=1.1)
    cover_subtitle: Role = Role(18, 18, color="on_primary", leading=1.2)
    cover_meta: Role = Role(12, 12, color="primary", leading=1.4)
    chart_label: Role = Role(8.5, 8.5, color="ink", leading=1.2)
    figure_caption: Role = Role(9, 9, italic=True, color="muted", leading=1.3)
    column_title: Role = Role(11, 11, bold=True, color="primary", leading=1.3)
    callout_label: Role = Role(8.5, 8.5, bold=True, color="accent", leading=1.3)
    callout_title: Role = Role(12, 12, bold=True, color="primary", leading=1.3)
    callout_text: Role = Role(11, 11, color="ink", leading=1.4)
    toc: Role = Role(10.5, 10.5, leading=1.5)
    toc_sub: Role = Role(10, 10, color="muted", leading=1.4)
    link: str = "primary"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str = "default"
    palette: Palette = Palette()
    font: Typeface = Typeface()
    slide: SlideTheme = SlideTheme()
    page: PageTheme = PageTheme()
    rule_width: float = 1.0
    accent_bar: float = 6.0  # width of the accent bar beside takeaways, quotes and judgments

    def color(self, name: str) -> str:
        """A palette colour by its semantic name, as RRGGBB."""
        return getattr(self.palette, name)


DEFAULT = Theme()
