"""The theme of a deck built on the user's template: the briefing theme at the template's slide
size (so every box is laid out, and measured, on the slides the template has)."""
from __future__ import annotations

from dataclasses import replace

from builder.template.presentation import Template
from builder.theme.theme import Theme


def on_template(theme: Theme, template: Template) -> Theme:
    """`theme` laid out on `template`'s slides."""
    width, height = template.slide_size
    return replace(theme, slide=replace(theme.slide, width=width, height=height))
