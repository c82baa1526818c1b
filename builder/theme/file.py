"""A theme file named by the outline (`theme: house.yaml`): palette and typeface overrides of
the built-in theme, validated like the outline and reported at their own lines."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from builder.outline import model, source, theme_schema
from builder.outline.assets import inside
from builder.diagnostics import Collector
from builder.theme import DEFAULT, Theme, Typeface


def theme_for(outline: model.Outline, outline_path: Path, roots: list[Path],
              diags: Collector, base: Theme = DEFAULT) -> tuple[Theme, Path | None]:
    """The theme the outline asks for (the built-in one when it names none), and its file."""
    if not outline.theme:
        return base, None
    loc = getattr(outline.theme, "loc", None) or outline.loc
    path = (outline_path.parent / outline.theme).resolve()
    if not inside(path, roots):
        diags.error(loc, f"the theme '{outline.theme}' is outside the outline's folder; move it "
                    "inside, or name its folder with --assets DIR", "theme-path")
        return base, None
    if not path.is_file():
        diags.error(loc, f"theme file not found: '{outline.theme}' (looked for {path})", "theme")
        return base, None
    text = source.read_text(path, diags)
    root = source.parse(text, str(path), diags) if text is not None else None
    overrides = (theme_schema.to_theme_overrides(root, str(path), diags)
                 if text is not None else None)
    if not overrides:
        return base, path
    theme = base
    if "palette" in overrides:
        theme = replace(theme, palette=replace(theme.palette, **overrides["palette"]))
    if "typeface" in overrides:
        if not font_files_found(overrides["typeface"], root, diags):
            return base, path
        theme = with_typeface(theme, overrides["typeface"])
    return replace(theme, name=str(path)), path


def font_files_found(face: dict, root, diags: Collector) -> bool:
    """Whether each font file a theme file names is found and is a TrueType font; each that is
    not is an error at its line, naming the file found."""
    from builder.theme.fonts import find_font_file, font_problem

    items = root.value["typeface"][1].value["files"][1].value
    ok = True
    for name, item in zip(face["files"], items):
        found = find_font_file(name)
        install = (f"install it (Debian/Ubuntu: sudo apt-get install {face['package']}) or "
                   if face.get("package") else "put it in a font folder or ")
        problem = (f"({face['twin']}) is not found: {install}set BRIEFING_FONT_DIR to the "
                   "folder that holds it") if found is None else font_problem(found)
        if problem:
            where = f"the font file '{name}'" + (f" ({found})" if found else "")
            diags.error(item.loc, f"{where} {problem}", "font-file")
            ok = False
    return ok


def with_typeface(theme: Theme, face: dict) -> Theme:
    """`theme` with a theme file's typeface: on a template whose heading and body fonts differ,
    it replaces the one of the same name (giving, say, Aptos's own files); a typeface of
    another name replaces both."""
    typeface = Typeface(name=face["name"], twin=face["twin"], files=tuple(face["files"]),
                        package_hint=face.get("package", "the font's package"))
    heading = theme.heading_font
    if heading is None or heading.name == theme.font.name:
        return replace(theme, font=replace(typeface, theme_ref=theme.font.theme_ref),
                       heading_font=heading and replace(typeface, theme_ref=heading.theme_ref))
    if typeface.name == heading.name:
        return replace(theme, heading_font=replace(typeface, theme_ref=heading.theme_ref))
    if typeface.name == theme.font.name:
        return replace(theme, font=replace(typeface, theme_ref=theme.font.theme_ref))
    return replace(theme, font=typeface, heading_font=None)
