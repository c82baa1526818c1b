"""The slides' design: size, margins, boxes and text roles, in points."""
from __future__ import annotations


from builder.records import frozen
from builder.theme.chart import SLIDE_CHART, ChartGeometry
from builder.theme.role import Role
from builder.theme.slide_geometry import SlideGeometry


@frozen
class SlideTheme:
    """The slides: size, margins, text roles, and where each part sits (`space`)."""

    width: float = 960.0   # 13.333 in: 16:9
    height: float = 540.0  # 7.5 in
    margin: float = 44.0
    top: float = 36.0      # title top
    title_height: float = 62.0
    inset: float = 5.0     # text box inner margin, every side
    shrink_step: float = 1.0
    shrink_warning: float = 0.75  # warn when a box shrinks below this share of its size
    footer_height: float = 22.0
    marking_height: float = 22.0
    chart: ChartGeometry = SLIDE_CHART
    space: SlideGeometry = SlideGeometry()  # where each part sits
    title: Role = Role(30, 20, bold=True, color="primary", leading=1.1, family="heading")
    cover_title: Role = Role(44, 26, bold=True, color="on_primary", leading=1.05, family="heading")
    cover_subtitle: Role = Role(24, 16, color="on_primary")
    cover_meta: Role = Role(16, 11, color="primary")
    takeaway: Role = Role(22, 14, bold=True, color="accent", leading=1.15)
    body: Role = Role(22, 12, leading=1.15, space_before=10, ceiling=28)
    agenda: Role = Role(18, 11, leading=1.15, space_before=4)
    quote: Role = Role(30, 16, italic=True, color="primary", leading=1.2)
    attribution: Role = Role(18, 11, color="muted", leading=1.15)
    table_header: Role = Role(15, 9, bold=True, color="on_primary", leading=1.1)
    table_cell: Role = Role(14, 9, leading=1.1, ceiling=18)
    timeline_when: Role = Role(18, 10, bold=True, color="primary", leading=1.1)
    timeline_what: Role = Role(14, 9, leading=1.1)
    timeline_detail: Role = Role(12, 8, color="muted", leading=1.1)
    footer: Role = Role(10, 7, color="muted", leading=1.1)
    marking: Role = Role(10, 7, bold=True, color="marking", leading=1.1)
    marking_on_primary: Role = Role(10, 7, bold=True, color="on_primary", leading=1.1)
    section_number: Role = Role(11, 8, bold=True, color="accent_text", leading=1.1)
    chart_label: Role = Role(14, 9, color="ink", leading=1.1)
    caption: Role = Role(13, 9, color="muted", leading=1.15)
    column_title: Role = Role(22, 14, bold=True, color="primary", leading=1.1, family="heading")
    callout_label: Role = Role(14, 10, bold=True, color="accent_text", leading=1.1)
    callout_title: Role = Role(26, 16, bold=True, color="primary", leading=1.1, family="heading")
    callout_text: Role = Role(26, 14, color="ink", leading=1.2)
    divider_label: Role = Role(16, 11, bold=True, color="accent_text", leading=1.1)
    # a short quote or callout beside a section's bullets: at these sizes or not at all
    aside_quote: Role = Role(20, 20, italic=True, color="primary", leading=1.2)
    aside_attribution: Role = Role(15, 15, color="muted", leading=1.15)
    aside_label: Role = Role(13, 13, bold=True, color="accent_text", leading=1.1)
    aside_text: Role = Role(18, 18, color="ink", leading=1.2)
