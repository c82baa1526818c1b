"""Colour contrast of every text role on what it is drawn on, by WCAG 2's rule: 4.5 : 1, or
3 : 1 for large text (18 pt, or 14 pt bold) — at the smallest size the role may shrink to."""
from __future__ import annotations

from dataclasses import fields
from typing import NamedTuple

from builder.theme.colour import READABLE, contrast
from builder.theme.theme import Theme

LARGE_READABLE = 3.0
LARGE, LARGE_BOLD = 18.0, 14.0  # points
PAGE = "FFFFFF"  # the built-in design's pages and slides: white, no fill
# what a role's text sits on besides the page (palette names): the band and table header in the
# primary colour, the panels' surface, the zebra rows
GROUNDS = {"cover_title": ("primary",), "cover_subtitle": ("primary",),
           "marking_on_primary": ("primary",), "table_header": ("primary",),
           "quote": ("surface",), "attribution": ("surface",), "callout_label": ("surface",),
           "callout_title": ("surface",), "callout_text": ("surface",),
           "body": ("page", "surface"), "bullet": ("page", "surface"),
           "table_cell": ("page", "zebra")}


class Pair(NamedTuple):
    """A text role on a ground that reads too faintly: which document, the role and its colour,
    the ground, the ratio and the ratio it needs."""

    document: str
    role: str
    colour: str
    ground: str
    ratio: float
    needed: float


def ground_colour(theme: Theme, ground: str) -> str:
    return PAGE if ground == "page" else theme.color(ground)


def faint_pairs(theme: Theme) -> list[Pair]:
    """Every text role of the slides and the pages whose colour fails WCAG's contrast on what
    it is drawn on."""
    out = []
    for document, roles in (("slides", theme.slide), ("pages", theme.page)):
        for field in fields(roles):
            role = getattr(roles, field.name)
            if not hasattr(role, "color") or not hasattr(role, "floor"):
                continue
            large = role.floor >= LARGE or (role.bold and role.floor >= LARGE_BOLD)
            needed = LARGE_READABLE if large else READABLE
            for ground in GROUNDS.get(field.name, ("page",)):
                ratio = contrast(theme.color(role.color), ground_colour(theme, ground))
                if ratio < needed:
                    out.append(Pair(document, field.name, role.color, ground, ratio, needed))
    return out


def warn_faint(theme: Theme, diags, loc, source: str) -> None:
    """A warning at `loc` for each role whose text reads too faintly on its ground, naming both
    and the ratio (`source`: where the colours came from, "the theme file", "the template")."""
    for p in faint_pairs(theme):
        diags.warning(loc, f"{source}'s colours: {p.role} text ({p.colour}) on {p.ground} in the "
                      f"{p.document} has a contrast of {p.ratio:.1f}:1, below the {p.needed:g}:1 "
                      "that WCAG asks", "contrast")
