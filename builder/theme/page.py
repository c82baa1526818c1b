"""The report pages' design: page sizes, margins, and text roles, in points."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.theme.chart import PAGE_CHART, ChartGeometry
from builder.theme.role import Role


@dataclass(frozen=True, slots=True)
class PageTheme:
    """The report's pages: sizes, margins, text roles and the geometry of each part."""

    sizes: dict = field(default_factory=lambda: {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)})
    margin_x: float = 62.0
    margin_top: float = 64.0
    margin_bottom: float = 60.0
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
    chart: ChartGeometry = PAGE_CHART
    body: Role = Role(10.5, 10.5, leading=1.4, space_before=6)
    bullet: Role = Role(10.5, 10.5, leading=1.35, space_before=3)
    h1: Role = Role(17, 17, bold=True, color="primary", leading=1.2, space_before=18)
    h2: Role = Role(13, 13, bold=True, color="primary", leading=1.2, space_before=12)
    takeaway: Role = Role(11.5, 11.5, bold=True, color="accent", leading=1.3, space_before=4)
    quote: Role = Role(12.5, 12.5, italic=True, color="primary", leading=1.35)
    attribution: Role = Role(9.5, 9.5, color="muted", leading=1.3)
    table_header: Role = Role(9.5, 9.5, bold=True, color="on_primary", leading=1.25)
    table_cell: Role = Role(9.5, 9.5, leading=1.25)
    caption: Role = Role(9, 9, bold=True, color="primary", leading=1.3, space_before=10)
    timeline_when: Role = Role(10, 10, bold=True, color="primary", leading=1.15)
    timeline_what: Role = Role(8.5, 8.5, leading=1.15)
    timeline_detail: Role = Role(7.5, 7.5, color="muted", leading=1.15)
    header: Role = Role(8.5, 8.5, color="muted", leading=1.2)
    marking: Role = Role(8.5, 8.5, bold=True, color="marking", leading=1.2)
    marking_on_primary: Role = Role(8.5, 8.5, bold=True, color="on_primary", leading=1.2)
    cover_title: Role = Role(34, 34, bold=True, color="on_primary", leading=1.1)
    cover_subtitle: Role = Role(18, 18, color="on_primary", leading=1.2)
    cover_meta: Role = Role(12, 12, color="primary", leading=1.4)
    chart_label: Role = Role(8.5, 8.5, color="ink", leading=1.2)
    figure_caption: Role = Role(9, 9, italic=True, color="muted", leading=1.3)
    column_title: Role = Role(11, 11, bold=True, color="primary", leading=1.3)
    callout_label: Role = Role(8.5, 8.5, bold=True, color="accent", leading=1.3)
    callout_title: Role = Role(12, 12, bold=True, color="primary", leading=1.3)
    callout_text: Role = Role(11, 11, color="ink", leading=1.4)
    toc: Role = Role(10.5, 10.5, leading=1.5)
    toc_sub: Role = Role(10, 10, color="muted", leading=1.4)
    link: str = "primary"
