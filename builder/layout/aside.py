"""A section's one short quote or callout beside its bullets, in a second column on a panel,
instead of on a slide of its own — when both fit at the theme's sizes (the bullets at the body's
size, the aside at its own roles' sizes, nothing shrunk); else the slides stay as they were.
A quote or callout that says `layout: separate` always keeps its own slide."""
from __future__ import annotations

from builder import wording
from builder.layout.frame import Frame
from builder.layout.plan import Box, Para, Shape
from builder.outline import model

KINDS = (model.Quote, model.Callout)


def candidate(s: model.Section):
    """The section's one quote or callout the deck shows, if it has exactly one and the section
    has bullets for it to stand beside."""
    shown = [b for b in s.blocks if model.shown_in(b, "deck") and isinstance(b, KINDS)]
    if len(shown) != 1 or shown[0].layout == "separate" or not s.bullets:
        return None
    return shown[0]


def parts(block) -> list[tuple[str, str]]:
    """(role, text) of the aside, top to bottom."""
    if isinstance(block, model.Quote):
        return [("aside_quote", wording.quote_words(block)),
                ("aside_attribution", wording.attribution(block))]
    out = [("aside_label", wording.callout_label(block))]
    if block.title:
        out.append(("aside_label", block.title))
    return out + [("aside_text", block.text)]


def beside(block, frame: Frame, bullets: list[Para], top: float,
           bottom: float) -> tuple[list[Box], list[Shape]] | None:
    """The bullets (left) and the aside on its panel (right), from `top`; None if either needs
    shrinking to fit above `bottom`."""
    fit, g = frame.fit, frame.t.space.blocks
    width = frame.w * (1 - g.aside_share) - g.aside_gap / 2
    body_role = fit.role("body")
    least, _ = fit.text_height(bullets, body_role, body_role.size, width, True, least=True)
    if least > bottom - top:  # (most bullets are far too long to stand beside: not broken)
        return None
    used, _ = fit.text_height(bullets, body_role, body_role.size, width, True)
    if used > bottom - top:
        return None
    body = fit.body_box(frame.x, top, width, bottom - top, "body", bullets, body_role.size, True)
    bar = frame.theme.accent_bar
    panel_x = frame.x + width + g.aside_gap
    x, w = panel_x + bar + g.aside_pad, frame.x + frame.w - panel_x - bar - 2 * g.aside_pad
    boxes, y = [], top + g.aside_pad
    for role_name, text in parts(block):
        role = fit.role(role_name)
        h, _ = fit.text_height([Para(text)], role, role.size, w, False)
        if y + h > bottom - g.aside_pad:
            return None
        boxes.append(fit.box(role_name, x, y, w, h, role_name, [Para(text)], role.size))
        y += h + g.aside_part_gap
    colour = "marking" if getattr(block, "kind", "") == "warning" else "accent"
    panel = frame.panel(panel_x, top, frame.x + frame.w - panel_x,
                        y - g.aside_part_gap + g.aside_pad - top, bar=colour)
    return [body, *boxes], list(panel)
