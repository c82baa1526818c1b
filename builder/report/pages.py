"""The page templates: the cover (a title frame on the band, a frame for who and when below it)
and the body (one frame between the margins)."""
from __future__ import annotations

from copy import deepcopy

from reportlab.platypus import Frame, PageTemplate

from builder.report import furniture
from builder.report.context import Context


def templates(ctx: Context) -> list[PageTemplate]:
    cover = PageTemplate("cover", [frame(ctx, *cover_title_box(ctx), "cover-title"),
                                   frame(ctx, *cover_meta_box(ctx), "cover-meta")],
                         onPage=lambda canv, doc: furniture.cover_background(canv, ctx))
    return [cover, PageTemplate("body", [frame(ctx, *body_box(ctx), "body")])]


class CopiedFrame(Frame):
    """A frame that platypus deep-copies cheaply: it copies the current frame each time it
    measures a list or a group kept together (3,000 times at 1,000 sections) to see what they
    would add to it. The same copy as copy.deepcopy makes — a new frame whose numbers and names
    are the same objects, anything else deep-copied — without deepcopy's dispatch per value."""

    def __deepcopy__(self, memo: dict) -> CopiedFrame:
        twin = self.__class__.__new__(self.__class__)
        memo[id(self)] = twin
        twin.__dict__.update({key: value if type(value) in _ATOMIC else deepcopy(value, memo)
                              for key, value in self.__dict__.items()})
        return twin


_ATOMIC = frozenset((int, float, str, bool, type(None)))  # what deepcopy returns as it is


def frame(ctx: Context, x: float, y: float, width: float, height: float, name: str) -> Frame:
    pad = ctx.page.space.frame_padding
    return CopiedFrame(x, y, width, height, leftPadding=pad, bottomPadding=pad, rightPadding=pad,
                 topPadding=pad, id=name)


def cover_title_box(ctx: Context) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the cover's title frame, on the band."""
    h, p, band = ctx.size[1], ctx.page, ctx.cover_band
    return (p.margin_x, h - band + p.space.cover_title_bottom, ctx.frame_width,
            band - (p.space.cover_title_top + p.space.cover_title_bottom))


def cover_meta_box(ctx: Context) -> tuple[float, float, float, float]:
    """The frame for the author, organisation and date, under the band."""
    h, p = ctx.size[1], ctx.page
    return (p.margin_x, p.margin_bottom, ctx.frame_width,
            h - ctx.cover_band - p.margin_bottom - p.space.cover_meta_gap)


def body_box(ctx: Context) -> tuple[float, float, float, float]:
    h, p = ctx.size[1], ctx.page
    return p.margin_x, p.margin_bottom, ctx.frame_width, h - p.margin_top - p.margin_bottom
