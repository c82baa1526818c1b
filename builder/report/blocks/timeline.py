"""The outline's timeline as in the deck: a rule, a dot per event, the date above, the event
below (and its detail under that); rows of at most the theme's events per row."""
from __future__ import annotations

from typing import NamedTuple

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from builder.outline import model
from builder.report.context import Context

UNBOUNDED = 1e6  # a paragraph's height is asked at a width, with no limit on its height


class Event(NamedTuple):
    """One event of a timeline row, as paragraphs with their heights."""

    when: Paragraph
    what: Paragraph
    detail: Paragraph | None


class Row(NamedTuple):
    """A row of events with its column width and heights above and below the rule."""

    col: float  # each event's column width
    events: list[Event]
    above: float  # the tallest date, above the rule
    what: float  # the tallest event, below the rule
    below: float  # the tallest event and detail, below the rule


def flowables(tl: model.Timeline, ctx: Context) -> list[Flowable]:
    caption = ctx.paragraph(tl.title, "caption")
    return [KeepTogether([caption, Spacer(1, ctx.page.space.timeline_caption_gap), Timeline(tl, ctx)])]


def height(paragraph: Paragraph, width: float) -> float:
    return paragraph.wrap(width, UNBOUNDED)[1]


class Timeline(Flowable):
    def __init__(self, tl: model.Timeline, ctx: Context):
        super().__init__()
        self.tl, self.ctx = tl, ctx
        self.rows: list[Row] = []
        self.events = [self.event(e) for e in tl.events]  # made now: their citations are noted

    def event(self, e: model.Event) -> Event:
        styles = self.ctx.styles
        centred = {role: styles.derive(role, alignment=TA_CENTER)
                   for role in ("timeline_when", "timeline_what", "timeline_detail")}
        detail = self.ctx.paragraph(e.detail, centred["timeline_detail"]) if e.detail else None
        return Event(self.ctx.paragraph(e.when, centred["timeline_when"]),
                     self.ctx.paragraph(e.what, centred["timeline_what"]), detail)

    def row(self, events: list[Event], width: float) -> Row:
        p = self.ctx.page
        col = width / len(events)
        inner = col - 2 * p.space.timeline_cell_padding
        above = max(height(e.when, inner) for e in events)
        what = max(height(e.what, inner) for e in events)
        detail = max((height(e.detail, inner) + p.space.timeline_detail_gap if e.detail else 0)
                     for e in events)
        return Row(col, events, above, what, what + detail)

    def wrap(self, availWidth, availHeight):
        p = self.ctx.page
        per_row, events = p.space.timeline_events_per_row, self.events
        self.width = availWidth
        self.rows = [self.row(events[i:i + per_row], availWidth)
                     for i in range(0, len(events), per_row)]
        self.height = sum(r.above + r.below + self.row_extra() for r in self.rows)
        return self.width, self.height

    def row_extra(self) -> float:
        """A row's height beyond its dates and events: the rule's offset, the events' gap below
        it, and the space under the row."""
        p = self.ctx.page
        return p.space.timeline_rule_offset + p.space.timeline_what_gap + p.space.timeline_row_gap

    def draw(self) -> None:
        y = self.height
        for row in self.rows:
            rule_y = y - row.above - self.ctx.page.space.timeline_rule_offset
            self.draw_rule(rule_y)
            for i, event in enumerate(row.events):
                self.draw_event(event, i, row, rule_y)
            y -= row.above + row.below + self.row_extra()

    def draw_rule(self, y: float) -> None:
        canv, rule = self.canv, self.ctx.page.space.timeline_rule_width
        canv.setFillColor(self.ctx.styles.color("rule"))
        canv.rect(0, y - rule / 2, self.width, rule, stroke=0, fill=1)

    def draw_event(self, event: Event, i: int, row: Row, rule_y: float) -> None:
        canv, p = self.canv, self.ctx.page
        x = i * row.col + p.space.timeline_cell_padding
        inner = row.col - 2 * p.space.timeline_cell_padding
        event.when.drawOn(canv, x, rule_y + p.space.timeline_when_gap)
        canv.setFillColor(self.ctx.styles.color("accent"))
        canv.circle(i * row.col + row.col / 2, rule_y, p.space.timeline_dot_radius, stroke=0, fill=1)
        event.what.drawOn(canv, x, rule_y - p.space.timeline_what_gap - height(event.what, inner))
        if event.detail:  # the details aligned under the tallest event
            drop = p.space.timeline_what_gap + p.space.timeline_detail_gap
            event.detail.drawOn(canv, x, rule_y - drop - row.what - height(event.detail, inner))
