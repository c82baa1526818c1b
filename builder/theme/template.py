"""The theme of a deck built on the user's template: the briefing theme at the template's slide
size, in the template's colours and fonts, so the report looks like the deck.

The template's colour scheme becomes the palette by these roles (PowerPoint's own names for the
tints and shades are in brackets; each is in PowerPoint's colour picker, so the deck and report
stay within the template's colours):

  ink         dk1, the template's text colour (the built-in ink if dk1 is unreadable on white)
  on_primary  lt1, its background colour (text on bands and table headers)
  primary     accent1, the brand colour, or its darker shade (25%, 50%) that on_primary text
              is readable on; dk2 when accent1 is a grey or no shade is readable
  accent      accent2 (takeaways, labels, markers), or its darker shade readable on white;
              accent1 when primary came from dk2; then accent3-6 and hlink
  muted       ink, lighter 35% (captions, footers), darker again until readable on white
  rule        ink, lighter 75% (thin lines, table borders)
  surface     lt2 (panels) when it differs from lt1 and ink is readable on it; else ink,
              lighter 95%
  zebra       primary, lighter 80% (alternate table rows), when ink is readable on it
  marking     kept: the handling marking's red is a convention, not decoration
  series      primary, accent, then the other accents 1-6 in order

"Readable" is WCAG 2's 4.5:1 contrast. The template's fonts become the theme's typefaces: the
major (heading) font draws the roles whose family is "heading", the minor font the rest; each
is drawn in the PDF by its files, its metric twin, or a stand-in (builder/theme/twins.py)."""
from __future__ import annotations

from dataclasses import replace

from builder.diagnostics import Collector, Loc
from builder.template.colours import colour_scheme
from builder.template.fonts import font_scheme
from builder.template.scheme import forced_fonts
from builder.template.presentation import Template
from builder.theme.colour import READABLE, contrast, lighter, readable_shade, saturation
from builder.theme.palette import Palette
from builder.theme.theme import Theme
from builder.theme.twins import substitute_warning, typeface_for

WHITE = "FFFFFF"
GREY = 0.15  # HSL saturation below which a colour is a grey, not a brand colour


def on_template(theme: Theme, template: Template, diags: Collector | None = None,
                loc: Loc | None = None) -> Theme:
    """`theme` laid out on `template`'s slides, in its colours and fonts; with `diags`, a
    warning at `loc` for each font drawn by a stand-in (see `warn_substitutes`)."""
    width, height = template.slide_size
    theme = replace(theme, slide=replace(theme.slide, width=width, height=height),
                    from_template=True)
    colours = colour_scheme(template)
    if colours:
        theme = replace(theme, palette=palette_from(colours, theme.palette))
    fonts = font_scheme(template)
    if fonts:
        theme = replace(theme, font=typeface_for(fonts.body, "+mn-lt"),
                        heading_font=typeface_for(fonts.heading, "+mj-lt"))
    theme = with_forced_fonts(theme, template)
    if diags is not None and loc is not None:
        warn_substitutes(theme, diags, loc)
    return theme


def with_forced_fonts(theme: Theme, template: Template) -> Theme:
    """A font the master's title or body text style names directly (instead of the theme's
    `+mj-lt`/`+mn-lt`) is what PowerPoint draws there: the theme's heading or body typeface
    becomes it, named as it is in the deck."""
    forced = {use.where: use.typeface for use in reversed(forced_fonts(template))}
    if "master's titles" in forced:
        theme = replace(theme, heading_font=typeface_for(forced["master's titles"]))
    if "master's body text" in forced:
        theme = replace(theme, font=typeface_for(forced["master's body text"]))
    return theme


def warn_substitutes(theme: Theme, diags: Collector, loc: Loc) -> None:
    """A warning for each of the theme's fonts the PDF draws with a stand-in (--strict: an
    error): the build works, but the report's type is not the deck's."""
    for face in dict.fromkeys(f for f in (theme.heading_font, theme.font) if f):
        message = substitute_warning(face)
        if message:
            diags.warning(loc, message, "font-substitute")


def palette_from(scheme: dict[str, str], base: Palette) -> Palette:
    """The palette of a template's colour scheme (slot → RRGGBB), by the roles above; a role
    the scheme cannot fill readably keeps `base`'s colour."""
    ink = _ink(scheme.get("dk1"), base.ink)
    on_primary = scheme.get("lt1", WHITE)
    primary, from_dk2 = _primary(scheme, on_primary, base.primary)
    accent = _accent(scheme, primary, from_dk2, base.accent)
    surface = scheme.get("lt2", on_primary)
    if contrast(surface, on_primary) < 1.05 or contrast(ink, surface) < READABLE:
        surface = lighter(ink, 0.95)
    zebra = lighter(primary, 0.8)
    if contrast(ink, zebra) < READABLE:
        zebra = surface
    used = {primary, accent}
    others = tuple(dict.fromkeys(c for c in (scheme.get(f"accent{i}") for i in range(1, 7))
                                 if c and c not in used))
    return replace(base, ink=ink, primary=primary, accent=accent, muted=_muted(ink),
                   rule=lighter(ink, 0.75), surface=surface, zebra=zebra, on_primary=on_primary,
                   series=("primary", "accent") + others)


def _ink(dk1: str | None, fallback: str) -> str:
    return dk1 if dk1 and contrast(dk1, WHITE) >= READABLE else fallback


def _primary(scheme: dict[str, str], on_primary: str, fallback: str) -> tuple[str, bool]:
    """The primary colour, and whether it came from dk2."""
    for slot in ("accent1", "dk2"):
        colour = scheme.get(slot)
        if colour and (slot == "dk2" or saturation(colour) >= GREY):
            shade = readable_shade(colour, on_primary)
            if shade:
                return shade, slot == "dk2"
    return fallback, False


def _accent(scheme: dict[str, str], primary: str, from_dk2: bool, fallback: str) -> str:
    order = ("accent1",) if from_dk2 else ()
    order += ("accent2", "accent3", "accent4", "accent5", "accent6", "hlink")
    for slot in order:
        colour = scheme.get(slot)
        if not colour or saturation(colour) < GREY:
            continue
        shade = readable_shade(colour, WHITE)
        if shade and shade != primary:
            return shade
    return fallback


def _muted(ink: str) -> str:
    for share in (0.35, 0.25, 0.15):
        if contrast(lighter(ink, share), WHITE) >= READABLE:
            return lighter(ink, share)
    return ink


def template_loc(outline, option: bool) -> Loc:
    """Where a template's warnings point: the outline's `template:` line, or the outline's first
    line when the template came from --template (`option`)."""
    loc = None if option else getattr(outline.template, "loc", None)
    return loc or Loc(outline.loc.file if outline.loc else "outline", 1, 1)
