"""Where things sit on a slide: the gaps, insets, panels and proportions of each slide's parts.

Points, except where a name says it is a share (of the slide or the content width) or a multiple
(of a text size). Layout reads these; no number a reader would see as design lives in layout.
Each group is a NamedTuple: constants read by name, replaced with `_replace`, and about a quarter
of a dataclass's cost to declare at every cold start.
"""
# (no `from __future__ import annotations`: typing.NamedTuple compiles a field's annotation
# given as a string, some 5 us a field at every start)
from typing import NamedTuple


class FrameGeometry(NamedTuple):
    """Every slide's frame: title, section label, rule, content area, footer and marking."""

    top_unmarked: float = 24.0       # the title's top when there is no marking above it
    bottom_gap_marked: float = 8.0   # between the content area and the footer, with a marking
    bottom_gap: float = 10.0         # the same without a marking
    title_gap: float = 10.0          # between the title box and the content
    rule_gap: float = 2.0            # between the title box and the accent rule under it
    rule_width: float = 64.0
    rule_height: float = 3.0
    label_rise: float = 25.0         # the section label sits this far above the title's top
    label_width: float = 170.0
    label_height: float = 24.0
    footer_gap_marked: float = 6.0   # between the footer and the bottom marking
    footer_gap: float = 4.0          # between the footer and the slide's edge, with no marking
    number_width: float = 80.0       # the slide number's box, at the right of the footer
    marking_inset: float = 4.0       # the marking's distance from the top and bottom edges
    marking_start: float = 0.2       # the marking box starts at this share of the content width
    marking_width: float = 0.6       # and is this share of it wide
    bullet_hang: float = 1.1         # a bullet's hanging indent, as a multiple of the text size
    caption_height: float = 60.0     # the most a caption or source line may take
    divider_sections: int = 8        # a deck of more sections gets a divider before each
    grow_fill: float = 0.7           # text grown on a roomy slide takes at most this share of
    #                                  the content area's height
    float_share: float = 0.35        # of the room a short slide's content leaves, this share
    #                                  goes above it (the rest below): not stuck to the top


class CoverGeometry(NamedTuple):
    """The title slide: its band, title, subtitle, meta line and accent bar."""

    band: float = 0.62               # the title band's share of the slide's height
    title_top: float = 70.0
    title_width: float = 0.86        # share of the content width, for title and subtitle
    title_room: float = 150.0        # the band's height less this is the title's height
    subtitle_rise: float = 74.0      # the subtitle's top, above the band's foot
    subtitle_height: float = 60.0
    meta_gap: float = 24.0           # between the band and the author, organisation and date
    meta_width: float = 0.7
    meta_bottom_gap: float = 10.0
    bar_rise: float = 8.0            # the accent bar's top, above the band's foot
    bar_width: float = 120.0
    bar_height: float = 6.0


class PanelGeometry(NamedTuple):
    """The key judgments' panel (a surface with an accent bar) and the takeaway beside its bar."""

    pad: float = 18.0                # the judgments' indent inside the panel
    pad_right: float = 8.0
    pad_top: float = 6.0
    pad_bottom: float = 12.0         # room the panel keeps under its text, and adds to its height
    takeaway_indent: float = 14.0    # the takeaway's indent, beside the accent bar
    takeaway_height: float = 90.0    # the most a takeaway may take
    takeaway_gap: float = 8.0        # between the takeaway and the bullets
    bar_trim: float = 4.0            # the takeaway's bar starts this far below its box's top


class QuoteGeometry(NamedTuple):
    """A quotation's slide: where the words, the attribution and the panel sit."""

    indent: float = 70.0             # the quotation's left edge, from the content's
    narrower: float = 100.0          # the quotation is this much narrower than the content
    drop: float = 10.0               # below the content top
    attribution_height: float = 120.0  # the most the attribution may take
    panel_room: float = 34.0         # height the panel's padding takes from the quotation's room
    offset: float = 12.0             # the quotation's top, below the top of its room
    attribution_gap: float = 6.0
    panel_left: float = 26.0         # the panel starts this far left of the quotation
    panel_wider: float = 34.0
    panel_top: float = 12.0          # and this far above it
    panel_taller: float = 24.0


class TimelineGeometry(NamedTuple):
    """A timeline's slide: events per slide, the rule, dates, events and dots."""

    events_per_slide: int = 6
    line_drop: float = 110.0         # the timeline's rule, below the content top
    line_height: float = 3.0
    column_pad: float = 8.0          # an event's column is this much narrower than its share
    when_height: float = 70.0        # the most a date may take, above the rule
    what_height: float = 110.0       # the most an event may take, below it
    detail_height: float = 120.0
    when_gap: float = 16.0           # between a date's box and the rule
    what_gap: float = 18.0           # between the rule and the event
    detail_gap: float = 4.0
    dot: float = 16.0                # the marker's diameter


class BlockGeometry(NamedTuple):
    """Tables, charts, pictures, comparisons and callouts."""

    cell_pad: float = 2.0            # a table cell's room beyond its text and insets
    chart_gap: float = 6.0           # between a chart and its source line
    bar_label_share: float = 0.3     # the share of a bar chart's width its labels may take
    column_label_share: float = 0.85  # of a column chart's width, for its category labels
    label_lines: int = 2             # a category label may take this many lines under a column
    legend_key: float = 3.0          # a legend entry's key, as a multiple of the text size
    picture_gap: float = 8.0         # between a picture and its caption
    column_gap: float = 28.0         # between a comparison's columns
    column_title_height: float = 70.0
    column_title_gap: float = 10.0   # between a column's title and its bullets
    column_rule_rise: float = 6.0    # the accent rule sits this far above the bullets
    column_rule_height: float = 2.0
    callout_drop: float = 16.0       # the callout's text, below the content top
    callout_indent: float = 30.0
    callout_narrower: float = 44.0
    callout_label_height: float = 40.0
    callout_title_height: float = 90.0
    callout_room: float = 40.0       # kept free under the callout's text
    callout_foot: float = 16.0       # between the callout's last box and the content's foot
    callout_gap: float = 4.0         # between the callout's label, title and text
    callout_pad_top: float = 14.0    # the panel starts this far above the label
    callout_pad: float = 24.0        # the panel is this much taller than its boxes' span
    callout_bar: float = 2.0         # the callout's bar, as a multiple of the theme's accent bar
    aside_share: float = 0.4         # a quote or callout beside the bullets: its column's share
    #                                  of the content width
    aside_gap: float = 28.0          # between the bullets and the aside's panel
    aside_pad: float = 14.0          # inside the aside's panel, each side (past its bar)
    aside_part_gap: float = 6.0      # between the aside's words and who said them (or label)


class TextGeometry(NamedTuple):
    """How a slide's text is set, as PowerPoint and LibreOffice set it, for the slides PDF to set
    it the same way: shares of the text size."""

    descent: float = 0.2             # a line's baseline, above the foot of its (exact) line height
    superscript_rise: float = 0.3    # a citation's number is raised this far (the deck's 30 %)
    superscript_size: float = 0.58   # and drawn at this share of the size (LibreOffice's)
    underline_drop: float = 0.12     # a link's underline, below the baseline
    underline_width: float = 0.05


class SlideGeometry(NamedTuple):
    """Where each part of each kind of slide sits."""

    frame: FrameGeometry = FrameGeometry()
    cover: CoverGeometry = CoverGeometry()
    panel: PanelGeometry = PanelGeometry()
    quote: QuoteGeometry = QuoteGeometry()
    timeline: TimelineGeometry = TimelineGeometry()
    blocks: BlockGeometry = BlockGeometry()
    text: TextGeometry = TextGeometry()
