"""Which template file a build uses: `--template FILE` when given (as the user typed it), else
the outline's `template:` (relative to the outline's folder, and kept inside it or --assets)."""
from __future__ import annotations

from pathlib import Path

from builder.diagnostics import Collector
from builder.outline import model
from builder.outline.assets import inside

SUFFIXES = (".pptx", ".potx")


def template_path(outline: model.Outline, outline_path: Path, option: Path | None,
                  roots: list[Path], diags: Collector) -> Path | None:
    """The template's path, or None for the built-in design; problems with the outline's
    `template:` go to `diags` at its line."""
    if option is not None:
        return option
    if not outline.template:
        return None
    loc = getattr(outline.template, "loc", None) or outline.loc
    path = (outline_path.parent / outline.template).resolve()
    if not inside(path, roots):
        diags.error(loc, f"the template '{outline.template}' is outside the outline's folder; "
                    "move it inside, or name its folder with --assets DIR", "template-path")
    elif not path.is_file():
        diags.error(loc, f"template file not found: '{outline.template}' (looked for {path})",
                    "template")
    elif path.suffix.lower() not in SUFFIXES:
        diags.error(loc, f"the template '{outline.template}' is not a .pptx or .potx file",
                    "template")
    else:
        return path
    return None
