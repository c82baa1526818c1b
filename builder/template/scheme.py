"""The fonts a template names, for `template check`: the theme's major (headings) and minor (body)
Latin typefaces (from `fonts.py`), and any typeface the master's text styles force in place of
the theme's (`+mj-lt` and `+mn-lt` are references to the theme's, not forced)."""
from __future__ import annotations

from typing import NamedTuple

from builder.template.fonts import font_scheme
from builder.template.presentation import q

STYLES = {"titleStyle": "titles", "bodyStyle": "body text", "otherStyle": "other text"}


class FontUse(NamedTuple):
    """A typeface the template names, and where: "major" (headings), "minor" (body), or a text
    style of the master that forces it ("titles", "body text", "other text")."""

    role: str
    typeface: str
    where: str


def theme_fonts(template) -> list[FontUse]:
    """The theme's major and minor Latin typefaces, then any the master's text styles force."""
    scheme = font_scheme(template)
    found = [] if scheme is None else [FontUse("major", scheme.heading, "theme, headings"),
                                       FontUse("minor", scheme.body, "theme, body")]
    return found + forced_fonts(template)


def forced_fonts(template) -> list[FontUse]:
    """Typefaces the first master's text styles name directly instead of the theme's."""
    if not template.masters:
        return []
    styles = template.package.xml(template.masters[0].part).find(q("p", "txStyles"))
    found: dict[tuple[str, str], FontUse] = {}
    for tag, where in STYLES.items():
        style = None if styles is None else styles.find(q("p", tag))
        for latin in () if style is None else style.iter(q("a", "latin")):
            face = latin.get("typeface", "")
            if face and not face.startswith("+"):
                found.setdefault((where, face), FontUse("forced", face, f"master's {where}"))
    return list(found.values())
