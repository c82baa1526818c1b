"""Source → validate → model: read an outline file into the model, or raise every problem."""
from __future__ import annotations

from pathlib import Path

from builder.outline import model, schema, source
from builder.diagnostics import Collector


def load_outline(path: Path, diags: Collector | None = None,
                 assets: Path | None = None) -> model.Outline:
    """The outline's model. Raises OutlineError with every problem found; warnings go to `diags`.
    Images are read from the outline's folder, or from `assets` when given."""
    diags = diags if diags is not None else Collector()
    name = str(path)
    text = source.read_text(path, diags)
    root = source.parse(text, name, diags) if text is not None else None
    outline = schema.to_outline(root, name, diags) if text is not None else None
    if outline is not None and outline.sources:
        from builder.outline.citations import number_citations
        outline = number_citations(outline, diags)
    if outline is not None and any(isinstance(b, model.Image) for s in outline.walk()
                                   for b in s.blocks):  # (an image is a section's block)
        from builder.outline.assets import resolve_images

        roots = [path.parent] + ([assets] if assets else [])
        outline = resolve_images(outline, path.parent, roots, diags)
    diags.check()
    assert outline is not None
    return outline
