"""report/blocks: one registered builder per block type, each from a model value to the
flowables a reader sees (their text and the style it is set in)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Table

from builder import wording
from builder.outline import model
from builder.report import blocks
from builder.report.blocks.image import Picture
from builder.report.blocks.timeline import Timeline
from builder.report.context import Context
from builder.theme import DEFAULT
from builder.theme.fonts import load

IMAGES = Path(__file__).resolve().parents[3] / "examples" / "images"


def context(theme=DEFAULT) -> Context:
    outline = model.Outline(title="T", key_judgments=("k",), sections=())
    return Context.of(outline, theme, load(theme.font))


def paragraphs(flowables) -> list[Paragraph]:
    """Every paragraph inside the flowables, in reading order (through panels, lists, tables)."""
    out = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f)
        elif isinstance(f, Table):
            out += paragraphs(v for row in f._cellvalues for cell in row
                              for v in (cell if isinstance(cell, list) else [cell]))
        elif isinstance(f, KeepTogether):
            out += paragraphs(f._content)
        elif isinstance(f, (ListFlowable, ListItem)):
            out += paragraphs(f._flowables)
    return out


def seen(flowables) -> list[str]:
    return [p.getPlainText() for p in paragraphs(flowables)]


def role_font(ctx: Context, role: str) -> tuple[str, float]:
    r = getattr(ctx.page, role)
    return ctx.fonts.face(r.bold, r.italic), r.size


def test_every_block_type_has_a_report_builder():
    assert set(blocks.BUILDERS) == set(model.BLOCK_TYPES)


def test_an_unregistered_block_is_a_loud_error():
    with pytest.raises(TypeError, match="no builder for str"):
        blocks.flowables("not a block", context())


def test_a_quote_shows_its_words_in_marks_and_who_said_them():
    ctx = context()
    q = model.Quote("We will <not> yield", "A. Minister", role="defence minister")
    out = blocks.flowables(q, ctx)
    assert seen(out) == ["\u201cWe will <not> yield\u201d", wording.attribution(q)]
    words, who = paragraphs(out)
    assert (words.style.fontName, words.style.fontSize) == role_font(ctx, "quote")
    assert (who.style.fontName, who.style.fontSize) == role_font(ctx, "attribution")


def test_a_callout_shows_its_label_title_and_text_and_a_warning_bar():
    ctx = context()
    c = model.Callout("Check the figures.", kind="warning", title="Caution")
    out = blocks.flowables(c, ctx)
    assert seen(out) == ["WARNING", "Caution", "Check the figures."]
    assert isinstance(out[-1], KeepTogether)  # the label never parts from its text
    panel = out[-1]._content[0]
    bar = next(cmd for cmd in panel._bkgrndcmds if cmd[1] == (0, 0))
    assert bar[3] == ctx.styles.color("marking")


def test_a_comparison_shows_both_titles_over_their_bullets():
    ctx = context()
    cmp = model.Comparison(model.Column("Before", ("a", "b")), model.Column("After", ("c",)),
                           title="Then and now")
    out = blocks.flowables(cmp, ctx)
    assert seen(out) == ["Then and now", "Before", "After", "a", "b", "c"]
    table = out[-1]
    gap = ctx.page.space.column_gap
    assert table._colWidths == [(ctx.frame_width - gap) / 2] * 2


def test_a_table_shows_its_header_and_cells_aligned_as_the_outline_says():
    ctx = context()
    tb = model.Table(("Name", "Count"), (("x", "1"), ("y", "22")), title="Counts",
                     align=("left", "right"), first_column=True)
    out = blocks.flowables(tb, ctx)
    assert seen(out) == ["Counts", "Name", "Count", "x", "1", "y", "22"]
    cells = paragraphs(out)
    assert cells[1].style.textColor == ctx.styles.color(ctx.page.table_header.color)
    assert cells[4].style.alignment == 2  # right
    assert cells[3].style.fontName == ctx.fonts.bold  # the first column names the rows


def test_a_timeline_has_rows_of_the_themes_events_per_row():
    events = tuple(model.Event(f"200{i}", f"event {i}") for i in range(7))
    for per_row, rows in ((6, 2), (3, 3), (7, 1)):
        theme = replace(DEFAULT, page=replace(DEFAULT.page, space=DEFAULT.page.space._replace(
            timeline_events_per_row=per_row)))
        out = blocks.flowables(model.Timeline(events, title="When"), context(theme))
        flow = next(f for f in out[0]._content if isinstance(f, Timeline))
        flow.wrap(400, 800)
        assert [len(r.events) for r in flow.rows][0] == min(per_row, 7)
        assert len(flow.rows) == rows
    assert seen(out)[0] == "When"


def test_an_image_is_scaled_to_the_height_limit_and_captioned_from_wording():
    ctx = context()
    image = model.Image("tall.png", "A tall thing", caption="Tall", credit="Me",
                        path=str(IMAGES / "corridor.png"), width_px=100, height_px=1000)
    out = blocks.flowables(image, ctx)
    picture = next(f for f in out[-1]._content if isinstance(f, Picture))
    assert picture.height == pytest.approx(ctx.size[1] * ctx.page.space.image_max_height)
    assert picture.width == pytest.approx(picture.height / 10)
    assert seen(out) == [wording.image_caption(image)]
    assert paragraphs(out)[0].style.fontSize == ctx.page.figure_caption.size


def test_a_chart_has_its_title_and_source_line():
    ctx = context()
    chart = model.Chart("column", ("a", "b"), (model.Series("s", (1.0, 2.0)),), title="Counts",
                        source="Invented")
    out = blocks.flowables(chart, ctx)
    assert seen(out) == ["Counts", "Source: Invented"]
    drawing = out[-1]._content[1]
    assert drawing.height == pytest.approx(min(ctx.frame_width * ctx.page.chart.aspect,
                                               ctx.page.chart.max_height))
