"""Colour arithmetic for palettes: WCAG contrast, and PowerPoint's lighter tints of a colour."""
from __future__ import annotations

import colorsys
from functools import lru_cache

READABLE = 4.5  # WCAG 2 AA for normal text


def luminance(rgb: str) -> float:
    """WCAG relative luminance of RRGGBB."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(rgb[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two RRGGBB colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lighter(rgb: str, share: float) -> str:
    """`rgb` made lighter by `share` (0-1), as PowerPoint's "Lighter 35%" tints are: the HSL
    lightness L becomes L * (1 - share) + share (lumMod, lumOff)."""
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    return "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(h, l * (1 - share) + share, s))


def saturation(rgb: str) -> float:
    """HSL saturation: about 0 for greys, black and white."""
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return colorsys.rgb_to_hls(r, g, b)[2]


def darker(rgb: str, share: float) -> str:
    """`rgb` made darker by `share`, as PowerPoint's "Darker 25%" shades are: L * (1 - share)."""
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    return "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(h, l * (1 - share), s))


@lru_cache(maxsize=256)  # asked for every run of small accent text
def readable_shade(rgb: str, background: str) -> str | None:
    """`rgb`, or the first of PowerPoint's darker shades of it (25%, 50%), readable on
    `background`; None if none is."""
    for shade in (rgb, darker(rgb, 0.25), darker(rgb, 0.5)):
        if contrast(shade, background) >= READABLE:
            return shade
    return None
