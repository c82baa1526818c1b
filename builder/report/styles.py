"""reportlab ParagraphStyles made from the theme's page roles, and palette colours."""
from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle

from builder.theme import Role, Theme
from builder.theme.fonts import FontSet, load


class Styles:
    """One ParagraphStyle per page role (`styles.role("body")`), and variants of them."""

    def __init__(self, theme: Theme, fonts: FontSet):
        self.theme, self.fonts = theme, fonts.register()
        heading = load(theme.heading_font).register() if theme.heading_font else fonts
        self.families = {"body": fonts, "heading": heading}  # each role's family's files
        self._cache: dict[str, ParagraphStyle] = {}
        self._colours: dict[str, Color] = {}
        self._emphasis: dict[str, tuple[FontSet, bool, bool]] = {}

    def color(self, name: str) -> Color:
        """A palette colour by its semantic name."""
        if name not in self._colours:
            self._colours[name] = HexColor("#" + self.theme.color(name))
        return self._colours[name]

    def role(self, name: str) -> ParagraphStyle:
        if name not in self._cache:
            self._cache[name] = self._style(name, getattr(self.theme.page, name))
        return self._cache[name]

    def derive(self, base: str, **kw) -> ParagraphStyle:
        """The role's style with some attributes changed (alignment, indents, spacing)."""
        key = base + repr(sorted(kw.items()))
        if key not in self._cache:
            self._cache[key] = ParagraphStyle(key, parent=self.role(base), **kw)
        return self._cache[key]

    def face(self, role: Role) -> str:
        """reportlab's name for the face of a role, in the role's family."""
        return self.families[role.family].face(role.bold, role.italic)

    def family_of(self, face: str) -> FontSet:
        """The family a face (reportlab's name) belongs to."""
        return next((f for f in self.families.values()
                     if face in (f.regular, f.bold, f.italic, f.bolditalic)), self.fonts)

    def emphasis(self, face: str) -> tuple[FontSet, bool, bool]:
        """The family a face belongs to, and whether the face is bold and whether italic."""
        if face not in self._emphasis:
            fonts = self.family_of(face)
            self._emphasis[face] = (fonts, face in (fonts.bold, fonts.bolditalic),
                                    face in (fonts.italic, fonts.bolditalic))
        return self._emphasis[face]

    def _style(self, name: str, role: Role) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=self.face(role), fontSize=role.size,
            leading=round(role.size * role.leading, 2), textColor=self.color(role.color),
            spaceBefore=role.space_before, splitLongWords=1, allowWidows=0, allowOrphans=0)
