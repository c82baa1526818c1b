"""The theme file's declaration: a palette of colours by role and a typeface (the font the deck
names, the twin the PDF embeds, its files by name), read like the outline (see `schema`)."""
from __future__ import annotations

from builder.diagnostics import Collector
from builder.outline.schema import LINE, convert_root
from builder.outline.source import Node
from builder.outline.types import Field, ListT, ObjT, TextT

HEX = TextT(max_len=7, pattern=r"#?[0-9A-Fa-f]{6}",
            pattern_hint="give a colour as six hexadecimal digits, e.g. 17324D")
PALETTE_ROLES = {
    "ink": "Body text.", "primary": "Titles, bands and table headers.",
    "accent": "Takeaways, bullets, bars and timeline markers.",
    "muted": "Attributions, captions and footers.", "rule": "Thin lines and table borders.",
    "surface": "Panels behind quotes, judgments and callouts.", "zebra": "Alternate table rows.",
    "on_primary": "Text on the primary colour.", "marking": "The handling marking and warnings.",
}
PALETTE = ObjT("a palette", tuple(Field(name, HEX, help) for name, help in PALETTE_ROLES.items()),
               lambda loc=None, **kw: {k: v.lstrip("#").upper() for k, v in kw.items()},
               description="Colours by role; any role left out keeps the built-in colour.",
               ref="palette")
FONT_EXTENSIONS = (".ttf", ".otf", ".ttc")


def _check_font_files(values: dict, node: Node, diags: Collector) -> None:
    """Font files are named, not given by path: they are looked up in the font folders (and
    BRIEFING_FONT_DIR) only, so a theme file cannot point at any other file."""
    for name, item in zip(values["files"], node.value["files"][1].value):
        if any(c in name for c in "/\\") or name.startswith(("~", ".")) or "\0" in name:
            diags.error(item.loc, f"'{name}' is a path; name the font file alone (e.g. "
                        "Arial.ttf): it is looked up in the font folders and BRIEFING_FONT_DIR",
                        "font-file")
        elif not name.lower().endswith(FONT_EXTENSIONS):
            diags.error(item.loc, f"'{name}' is not a font file name; name a TrueType file "
                        "(.ttf, .otf or .ttc)", "font-file")


TYPEFACE = ObjT("a typeface", (
    Field("name", LINE, "The font the deck names, which PowerPoint users have (e.g. Arial).", True),
    Field("twin", LINE, "The metric-compatible family the PDF embeds (e.g. Liberation Sans).", True),
    Field("files", ListT(TextT(max_len=300, path=True), "font files", 4, 4),
          "The twin's regular, bold, italic and bold-italic TrueType file names.", True),
    Field("package", LINE, "How to install the files, shown when they are missing."),
), lambda loc=None, **kw: kw, check=_check_font_files,
    description="One family for both documents.", ref="typeface")
THEME_FILE = ObjT("a theme", (
    Field("palette", PALETTE, "Colours by role."),
    Field("typeface", TYPEFACE, "The typeface of both documents."),
), lambda loc=None, **kw: kw, description="A briefing theme: palette and typeface.", ref="theme")


def to_theme_overrides(root: Node | None, name: str, diags: Collector) -> dict | None:
    """A theme file's palette and typeface overrides, or None."""
    return convert_root(THEME_FILE, root, name, "theme file", diags)


