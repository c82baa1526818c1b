"""Where things sit on a report page: the running header and footer, the cover, panels, lists,
the contents, tables, comparisons, timelines and images. Points, unless a comment says it is a
share. The report reads these; no number a reader would see as design lives in the report.
A NamedTuple, like the slides' geometry: constants read by name, replaced with `_replace`."""
# (no `from __future__ import annotations`: typing.NamedTuple compiles a field's annotation
# given as a string, some 5 us a field at every start)
from typing import NamedTuple


class PageGeometry(NamedTuple):
    """Where each part of a report page sits."""

    frame_padding: float = 6.0  # inside every frame, each side, between the margin and the text
    # running header and footer (all pages but the cover), from the page's top and foot
    header_baseline: float = 44.0  # the short title's baseline, below the top
    header_rule: float = 50.0  # the rule under the header, below the top
    footer_rule: float = 40.0  # the rule over the footer, above the foot
    footer_baseline: float = 30.0  # "Page X of Y", right-aligned at the margin, above the foot
    furniture_rule_width: float = 0.6  # the header's and the footer's rules
    marking_top: float = 26.0  # the handling marking's baseline below the top (every page)
    marking_bottom: float = 16.0  # and above the foot
    # the cover: a band of the primary colour over the top of the page, as on the title slide
    cover_band: float = 0.5  # the band's height as a share of the page's
    cover_title_top: float = 66.0  # the title's frame, below the page's top
    cover_title_bottom: float = 44.0  # the title's frame, above the band's foot
    cover_title_slack: float = 2.0  # kept free under the title so it never overflows its frame
    cover_subtitle_gap: float = 8.0  # between the title and the subtitle
    cover_bar_width: float = 90.0  # the accent bar on the band, at the left margin
    cover_bar_height: float = 5.0
    cover_bar_bottom: float = 28.0  # the bar above the band's foot
    cover_meta_gap: float = 20.0  # between the band and the author, organisation and date
    # the flow of the body
    heading_keep: float = 120.0  # a heading starts a new page when less room than this is left
    block_gap: float = 8.0  # before a quote, chart, image, comparison or callout
    panel_padding_x: float = 12.0  # inside a quote's, callout's or judgments' panel, each side
    panel_padding_top: float = 8.0
    panel_padding_bottom: float = 10.0
    attribution_gap: float = 4.0  # between a quotation and who said it
    list_space_before: float = 6.0  # before a section's bullets
    bullet_indent: float = 14.0  # a bulleted list's text, from its bullet's left
    # the handout: each slide across the frame, a hairline round it, its notes beneath
    handout_notes_gap: float = 14.0  # between a slide and the heading of its notes
    handout_slide_gap: float = 24.0  # between a slide's notes and the next slide on the page
    number_indent: float = 18.0  # a numbered list's text, from its number's left
    # the contents
    contents_indent: float = 18.0  # a subsection's entry, from a section's
    contents_number_width: float = 30.0  # the page numbers' column, at the right
    contents_leader: str = " . "  # repeated between an entry and its page number
    # tables and comparisons
    table_caption_keep: float = 90.0  # a table's caption starts a new page with less room left
    table_caption_gap: float = 4.0  # between a table's caption and the table
    table_column_pad: float = 14.0  # added to a column's measured text when sharing widths
    table_padding_top: float = 4.0  # inside each cell
    table_padding_bottom: float = 5.0
    table_rule_width: float = 0.5  # under each row
    column_gap: float = 16.0  # between a comparison's two columns
    column_padding_right: float = 8.0  # inside a comparison's column, at its right
    column_rule_width: float = 1.5  # the accent rule under the two column titles
    comparison_space_before: float = 4.0
    # timelines: a rule, a dot per event, the date above, the event below, as on the slides
    timeline_events_per_row: int = 6  # the most events on one row of the rule
    timeline_caption_gap: float = 4.0  # between the timeline's title and its first row
    timeline_cell_padding: float = 3.0  # each side of an event's column
    timeline_rule_offset: float = 12.0  # the rule, below the row's tallest date
    timeline_rule_width: float = 2.4
    timeline_dot_radius: float = 5.0
    timeline_when_gap: float = 8.0  # between a date's foot and the rule
    timeline_what_gap: float = 10.0  # between the rule and an event's top
    timeline_detail_gap: float = 2.0  # between the events and their details
    timeline_row_gap: float = 12.0  # under each row, before the next
    # images
    image_max_height: float = 0.45  # the tallest an image is drawn, as a share of the page's
