"""The report pages' design: page sizes, margins, text roles, and where each part sits."""
from __future__ import annotations

from dataclasses import field

from builder.records import frozen
from builder.theme.chart import PAGE_CHART, ChartGeometry
from builder.theme.page_geometry import PageGeometry
from builder.theme.role import Role


@frozen
class PageTheme:
    """The report's pages: sizes, margins, text roles and the geometry of each part."""

    sizes: dict = field(default_factory=lambda: {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)})
    margin_x: float = 62.0
    margin_top: float = 64.0
    margin_bottom: float = 60.0
    space: PageGeometry = PageGeometry()  # where each part of a page sits
    chart: ChartGeometry = PAGE_CHART
    body: Role = Role(10.5, 10.5, leading=1.4, space_before=6)
    bullet: Role = Role(10.5, 10.5, leading=1.35, space_before=3)
    h1: Role = Role(17, 17, bold=True, color="primary", leading=1.2, space_before=18,
                    family="heading")
    h2: Role = Role(13, 13, bold=True, color="primary", leading=1.2, space_before=12,
                    family="heading")
    takeaway: Role = Role(11.5, 11.5, bold=True, color="accent_text", leading=1.3, space_before=4)
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
    cover_title: Role = Role(34, 34, bold=True, color="on_primary", leading=1.1, family="heading")
    cover_subtitle: Role = Role(18, 18, color="on_primary", leading=1.2)
    cover_meta: Role = Role(12, 12, color="primary", leading=1.4)
    chart_label: Role = Role(8.5, 8.5, color="ink", leading=1.2)
    figure_caption: Role = Role(9, 9, italic=True, color="muted", leading=1.3)
    column_title: Role = Role(11, 11, bold=True, color="primary", leading=1.3, family="heading")
    callout_label: Role = Role(8.5, 8.5, bold=True, color="accent_text", leading=1.3)
    callout_title: Role = Role(12, 12, bold=True, color="primary", leading=1.3, family="heading")
    callout_text: Role = Role(11, 11, color="ink", leading=1.4)
    notes_label: Role = Role(8.5, 8.5, bold=True, color="muted", leading=1.3, space_before=10)
    note: Role = Role(8.5, 8.5, color="muted", leading=1.3, space_before=1)
    toc: Role = Role(10.5, 10.5, leading=1.5)
    toc_sub: Role = Role(10, 10, color="muted", leading=1.4)
    link: str = "primary"
