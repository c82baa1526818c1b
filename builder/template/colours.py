"""The colour scheme of a template's theme: the twelve slots PowerPoint's colour pickers show.

A slot holds an `srgbClr` (its `val`) or a `sysClr` (the system colour it names; its `lastClr`
is the colour it had when the file was saved, which is what PowerPoint shows elsewhere)."""
from __future__ import annotations

from lxml import etree

from builder.template.presentation import Template, q

SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
         "accent6", "hlink", "folHlink")


def theme_root(template: Template) -> etree._Element | None:
    """The first slide master's theme part, or None when it has none."""
    for master in template.masters:
        if master.theme and master.theme in template.package:
            return template.package.xml(master.theme)
    return None


def scheme_of(theme: etree._Element) -> dict[str, str]:
    """The colour scheme of a theme part, slot → RRGGBB (upper case); slots the part leaves out
    or gives in a form we cannot read are left out."""
    scheme = theme.find(f"{q('a', 'themeElements')}/{q('a', 'clrScheme')}")
    found: dict[str, str] = {}
    if scheme is None:
        return found
    for slot in SLOTS:
        element = scheme.find(q("a", slot))
        colour = _colour(element[0]) if element is not None and len(element) else None
        if colour:
            found[slot] = colour
    return found


def _colour(element: etree._Element) -> str | None:
    if element.tag == q("a", "srgbClr"):
        value = element.get("val", "")
    elif element.tag == q("a", "sysClr"):
        value = element.get("lastClr", "")
    else:
        return None
    return value.upper() if len(value) == 6 and _is_hex(value) else None


def _is_hex(value: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in value)


def colour_scheme(template: Template) -> dict[str, str]:
    """The template's colour scheme (its first master's theme), slot → RRGGBB."""
    root = theme_root(template)
    return scheme_of(root) if root is not None else {}
