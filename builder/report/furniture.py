"""Page furniture: the running header and footer ("Page X of Y"), the handling marking on every
page, and the cover's band and accent bar."""
from __future__ import annotations

from types import SimpleNamespace

from builder import wording
from builder.outline.scripts import has_complex
from builder.report import forms
from builder.report.context import Context
from builder.theme import Role


def page_number_form(number: int) -> str:
    return f"page-number-{number}"


def decorate(canv, ctx: Context) -> None:
    """After each page: the marking on every page; header and footer on all but the cover."""
    number = canv.getPageNumber()
    if ctx.outline.marking:
        marking(canv, ctx, on_cover=number == 1)
    if number > 1:
        header_and_footer(canv, ctx, number)


def marking(canv, ctx: Context, on_cover: bool) -> None:
    """The marking centred at the top (on the cover's band, in the band's text colour) and at
    the foot."""
    (w, h), p, text = ctx.size, ctx.page, ctx.outline.marking
    line(canv, ctx, text, p.marking_on_primary if on_cover else p.marking, w / 2, h - p.space.marking_top)
    line(canv, ctx, text, p.marking, w / 2, p.space.marking_bottom)


def header_and_footer(canv, ctx: Context, number: int) -> None:
    (w, h), p = ctx.size, ctx.page
    canv.setFont(ctx.styles.face(p.header), p.header.size)
    canv.setFillColor(ctx.styles.color(p.header.color))
    text_line(canv, ctx, ctx.outline.footer_title, p.header, p.margin_x, h - p.space.header_baseline)
    canv.setStrokeColor(ctx.styles.color("rule"))
    canv.setLineWidth(p.space.furniture_rule_width)
    canv.line(p.margin_x, h - p.space.header_rule, w - p.margin_x, h - p.space.header_rule)
    canv.line(p.margin_x, p.space.footer_rule, w - p.margin_x, p.space.footer_rule)
    # "Page X of Y": Y is known when the build ends (see fill_page_numbers)
    forms.place(canv, page_number_form(number), w - p.margin_x, p.space.footer_baseline)


def line(canv, ctx: Context, value: str, role: Role, x: float, y: float) -> None:
    """One line of `value` centred on x."""
    text_line(canv, ctx, value, role, x, y, "centre")


def text_line(canv, ctx: Context, value: str, role: Role, x: float, y: float,
              anchor: str = "left") -> None:
    """One line of `value` in `role` at `x` (its left end, or its centre); a line in a complex
    script shaped and in its direction."""
    if has_complex(value):
        from builder.report.shaped import draw_line
        style = SimpleNamespace(fontName=ctx.styles.face(role), fontSize=role.size,
                                textColor=ctx.styles.color(role.color))
        draw_line(canv, value, x, y, style, ctx.measurer.shaper, anchor)
        return
    canv.setFont(ctx.styles.face(role), role.size)
    canv.setFillColor(ctx.styles.color(role.color))
    if anchor == "centre":
        canv.drawCentredString(x, y, value)
    else:
        canv.drawString(x, y, value)


def fill_page_numbers(canv, ctx: Context, total: int) -> None:
    """Once the page count is known: every footer's "Page X of Y"."""
    for number in range(2, total + 1):
        forms.fill(canv, ctx, page_number_form(number), wording.page_of(number, total),
                   ctx.page.header)


def cover_background(canv, ctx: Context) -> None:
    """The cover's band of the primary colour, with the accent bar at its foot."""
    (w, h), p, band = ctx.size, ctx.page, ctx.cover_band
    canv.saveState()
    canv.setFillColor(ctx.styles.color("primary"))
    canv.rect(0, h - band, w, band, stroke=0, fill=1)
    canv.setFillColor(ctx.styles.color("accent"))
    canv.rect(p.margin_x, h - band + p.space.cover_bar_bottom, p.space.cover_bar_width, p.space.cover_bar_height,
              stroke=0, fill=1)
    canv.restoreState()
