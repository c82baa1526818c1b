"""Each block's layout, from a model value to the slides it plans (assertions on the plan)."""
from dataclasses import replace

import pytest

from builder.diagnostics import Collector, Loc
from builder.layout.blocks import LAYOUTS, block_slides
from builder.layout.fit import Fitter
from builder.layout.frame import Frame
from builder.measure import Measurer
from builder.outline import model
from builder.outline.text import Run, Text
from builder.theme import DEFAULT, fonts

SECTION = model.Section(title="Section title", bullets=("a",), number="2")


@pytest.fixture(scope="module")
def measurer():
    return Measurer(fonts.load(DEFAULT.font))


def frame_for(measurer, theme=DEFAULT, marking="M"):
    outline = model.Outline(title="T", key_judgments=("k",), sections=(SECTION,), marking=marking)
    return Frame(outline, theme, Fitter(theme.slide, measurer, Collector(), Loc("o.yaml", 1, 1)))


def boxes(slide, name):
    return [b for b in slide.boxes if b.name == name]


def inside(box, frame):
    return (frame.x - 1e-6 <= box.x and box.x + box.w <= frame.x + frame.w + 1e-6
            and box.y + box.h <= frame.bottom + 1e-6)


def test_every_block_type_has_a_layout():
    assert set(LAYOUTS) == set(model.BLOCK_TYPES)


def test_a_quote_is_its_words_in_marks_and_who_said_it_beneath(measurer):
    frame = frame_for(measurer)
    q = model.Quote(text="words that matter", by="Sergei Shoigu", role="official", via="TASS")
    [slide] = block_slides(q, frame, SECTION, "SECTION 2")
    [words], [who] = boxes(slide, "quote"), boxes(slide, "attribution")
    assert words.paras[0].text == "\u201cwords that matter\u201d"
    assert who.paras[0].text == "\u2014 Sergei Shoigu, official (via TASS)"
    assert who.y >= words.y + words.h and inside(words, frame) and inside(who, frame)
    assert slide.title == "Section title" and boxes(slide, "kicker")[0].paras[0].text == "SECTION 2"
    assert {s.fill for s in slide.shapes} >= {"surface", "accent"}


def test_a_quote_sits_where_the_theme_says(measurer):
    space = DEFAULT.slide.space
    moved = replace(DEFAULT, slide=replace(DEFAULT.slide, space=space._replace(
        quote=space.quote._replace(indent=120.0))))
    q = model.Quote(text="words", by="X")
    before = boxes(block_slides(q, frame_for(measurer), SECTION, "")[0], "quote")[0]
    after = boxes(block_slides(q, frame_for(measurer, moved), SECTION, "")[0], "quote")[0]
    assert after.x - before.x == pytest.approx(50.0)


def test_a_timeline_of_eight_events_takes_two_slides_of_six_and_two(measurer):
    frame = frame_for(measurer)
    events = tuple(model.Event(when=str(2000 + i), what=f"event {i}") for i in range(8))
    tl = model.Timeline(events=events, title="Road")
    slides = block_slides(tl, frame, SECTION, "")
    assert [s.title for s in slides] == ["Road", "Road (cont. 2/2)"]
    assert [len(boxes(s, "when")) for s in slides] == [6, 2]
    assert [sum(sh.kind == "dot" for sh in s.shapes) for s in slides] == [6, 2]
    whens = boxes(slides[0], "when")
    assert [b.paras[0].text for b in whens] == [str(2000 + i) for i in range(6)]
    assert all(a.x + a.w <= b.x + 1e-6 for a, b in zip(whens, whens[1:]))  # side by side


def test_a_long_table_continues_with_its_header_on_every_slide(measurer):
    frame = frame_for(measurer)
    rows = tuple((f"row {i}", "a longer cell " * 3) for i in range(40))
    tb = model.Table(columns=("Name", "Value"), rows=rows, title="Numbers")
    slides = block_slides(tb, frame, SECTION, "")
    assert len(slides) > 1 and slides[1].title == "Numbers (cont. 2/%d)" % len(slides)
    seen = []
    for s in slides:
        assert [c.text for c in s.table.rows[0]] == ["Name", "Value"]
        assert s.table.y + sum(s.table.row_heights) <= frame.bottom + 1e-6
        seen += [r[0].text for r in s.table.rows[1:]]
    assert seen == [r[0] for r in rows]
    assert slides[0].table.cell_leading == pytest.approx(
        slides[0].table.cell_size * DEFAULT.slide.table_cell.leading)


def test_a_chart_keeps_its_data_and_prints_its_source_at_the_foot(measurer):
    frame = frame_for(measurer)
    chart = model.Chart(kind="column", categories=("2021", "2022"),
                        series=(model.Series("exports", (1.0, 2.0)),), source="Customs")
    [slide] = block_slides(chart, frame, SECTION, "")
    assert slide.chart.chart is chart
    [foot] = boxes(slide, "caption")
    assert foot.paras[0].text == "Source: Customs"
    assert slide.chart.y + slide.chart.h <= foot.y


def test_a_picture_keeps_its_aspect_ratio_with_its_caption_under_it(measurer):
    frame = frame_for(measurer)
    image = model.Image(file="a.png", alt="A map", caption="The region", credit="Agency",
                        path="a.png", width_px=400, height_px=100)
    [slide] = block_slides(image, frame, SECTION, "")
    pic = slide.picture
    assert pic.w / pic.h == pytest.approx(4.0) and pic.alt == "A map"
    [cap] = boxes(slide, "caption")
    assert cap.paras[0].text == "The region \u2014 Credit: Agency" and cap.y >= pic.y + pic.h


def test_a_comparison_puts_two_columns_side_by_side(measurer):
    frame = frame_for(measurer)
    cmp = model.Comparison(left=model.Column("Russia", ("r1", "r2")),
                           right=model.Column("Iran", ("i1",)))
    [slide] = block_slides(cmp, frame, SECTION, "")
    left, right = boxes(slide, "column_title")
    assert (left.paras[0].text, right.paras[0].text) == ("Russia", "Iran")
    assert left.x + left.w < right.x
    bodies = boxes(slide, "body")
    assert [[p.text for p in b.paras] for b in bodies] == [["r1", "r2"], ["i1"]]


def test_a_warning_callout_has_its_label_and_a_bar_in_the_marking_colour(measurer):
    frame = frame_for(measurer)
    c = model.Callout(text="Be careful", kind="warning", title="Heads up")
    [slide] = block_slides(c, frame, SECTION, "")
    assert [b.paras[0].text for b in slide.boxes if b.name.startswith("callout")] == [
        "WARNING", "Heads up", "Be careful"]
    assert any(s.fill == "marking" for s in slide.shapes)


def test_runs_reach_the_plan_untouched(measurer):
    frame = frame_for(measurer)
    text = Text.of_runs((Run("plain "), Run("bold", bold=True)))
    c = model.Callout(text=text)
    [slide] = block_slides(c, frame, SECTION, "")
    [body] = boxes(slide, "callout_text")
    assert body.paras[0].text.runs == text.runs
