"""The font scheme of a template's theme: the heading (major) and body (minor) Latin typefaces
that text set in `+mj-lt` and `+mn-lt` is drawn in."""
from __future__ import annotations

from typing import NamedTuple

from lxml import etree

from builder.template.colours import theme_root
from builder.template.presentation import Template, q


class FontScheme(NamedTuple):
    """The typefaces a theme names for headings (major) and body text (minor)."""

    heading: str
    body: str


def fonts_of(theme: etree._Element) -> FontScheme | None:
    """The Latin typefaces of a theme part's font scheme; None when it names none. A scheme
    naming only one of them uses it for both."""
    scheme = theme.find(f"{q('a', 'themeElements')}/{q('a', 'fontScheme')}")
    if scheme is None:
        return None
    major, minor = (_latin(scheme.find(q("a", tag))) for tag in ("majorFont", "minorFont"))
    if not (major or minor):
        return None
    return FontScheme(major or minor, minor or major)


def _latin(font: etree._Element | None) -> str:
    latin = font.find(q("a", "latin")) if font is not None else None
    return (latin.get("typeface", "") if latin is not None else "").strip()


def font_scheme(template: Template) -> FontScheme | None:
    """The template's heading and body typefaces (its first master's theme)."""
    root = theme_root(template)
    return fonts_of(root) if root is not None else None
