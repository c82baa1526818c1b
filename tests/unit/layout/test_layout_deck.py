"""Layout decides sizes and splits with measured text; assertions sit on the plan."""
from pathlib import Path

import pytest

from builder.theme import fonts
from builder.diagnostics import Collector, OutlineError
from builder.layout.deck import layout_deck
from builder.layout.fit import MEASURE_SLACK
from builder.outline.load import load_outline
from builder.measure import Measurer
from builder.theme import DEFAULT

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())


@pytest.fixture(scope="module")
def measurer():
    return Measurer(fonts.load(DEFAULT.font))


def plan_for(tmp_path, text, measurer):
    path = tmp_path / "o.yaml"
    path.write_text(text)
    diags = Collector()
    outline = load_outline(path, diags)
    plan = layout_deck(outline, DEFAULT, measurer, diags)
    diags.check()
    return plan, diags


def outline_with(section: str) -> str:
    return "title: T\nkey_judgments: [a]\nsections:\n" + section


def test_widths_come_from_the_font_files(measurer):
    assert measurer.width("iiii", 20) < measurer.width("WWWW", 20)
    assert measurer.width("Hello", 20) == pytest.approx(2 * measurer.width("Hello", 10))
    assert measurer.width("Hello", 20, bold=True) > measurer.width("Hello", 20)


def test_lines_break_at_spaces_and_long_words_between_characters(measurer):
    width = max(measurer.width("alpha beta", 12), measurer.width("gamma delta", 12)) + 1
    assert measurer.width("alpha beta gamma", 12) > width
    lines = measurer.lines("alpha beta gamma delta", width, 12)
    assert lines == ["alpha beta", "gamma delta"]
    word = "x" * 60
    pieces = measurer.lines(word, 100, 12)
    assert "".join(pieces) == word and len(pieces) > 1
    assert all(measurer.width(p, 12) <= 100 for p in pieces)


def test_missing_glyphs_are_found(measurer):
    assert measurer.missing_glyphs("Привет Γειά") == set()
    assert measurer.missing_glyphs("漢") == {"漢"}


def test_short_text_grows_to_its_roles_ceiling_and_settles_below_the_top(tmp_path, measurer):
    plan, diags = plan_for(tmp_path, outline_with("  - title: S\n    bullets: [one, two]\n"), measurer)
    slide = next(s for s in plan.slides if s.title == "S")
    body = next(b for b in slide.boxes if b.name == "body")
    assert body.size == DEFAULT.slide.body.ceiling > DEFAULT.slide.body.size
    top = DEFAULT.slide.top + DEFAULT.slide.title_height + DEFAULT.slide.space.frame.title_gap
    assert body.y > top + 20  # not stuck to the top of the content area
    assert not diags.items


def test_text_that_fills_the_slide_keeps_the_themes_size(tmp_path, measurer):
    bullets = "".join(f"      - Bullet {i} says something long enough to take a line or two of "
                      "the slide at the theme's own size\n" for i in range(5))
    plan, diags = plan_for(tmp_path, outline_with("  - title: S\n    bullets:\n" + bullets),
                           measurer)
    body = next(b for s in plan.slides for b in s.boxes if b.name == "body")
    assert body.size == DEFAULT.slide.body.size
    assert not diags.items


QUOTED = """\
  - title: S
    takeaway: The point
    bullets: [one, two, three]
    quotes: [{{text: "Short words", by: Someone{layout}}}]
"""


def test_a_sections_one_short_quote_sits_beside_its_bullets(tmp_path, measurer):
    plan, _ = plan_for(tmp_path, outline_with(QUOTED.format(layout="")), measurer)
    assert [s.kind for s in plan.slides].count("quote") == 0
    slide = next(s for s in plan.slides if s.title == "S")
    body = next(b for b in slide.boxes if b.name == "body")
    quote = next(b for b in slide.boxes if b.name == "aside_quote")
    assert quote.x >= body.x + body.w and quote.y >= body.y - 1
    assert body.size == DEFAULT.slide.body.size and quote.size == DEFAULT.slide.aside_quote.size
    assert any(sh.fill == "surface" for sh in slide.shapes)  # on its panel


def test_a_quote_that_says_separate_keeps_its_own_slide(tmp_path, measurer):
    plan, _ = plan_for(tmp_path, outline_with(QUOTED.format(layout=", layout: separate")),
                       measurer)
    assert [s.kind for s in plan.slides].count("quote") == 1
    assert not any(b.name == "aside_quote" for s in plan.slides for b in s.boxes)


def test_a_short_table_grows_its_text(tmp_path, measurer):
    table = ("  - title: S\n    table:\n      columns: [A, B]\n"
             "      rows: [[one, two], [three, four]]\n")
    plan, _ = plan_for(tmp_path, outline_with(table), measurer)
    tb = next(s.table for s in plan.slides if s.table)
    assert tb.cell_size == DEFAULT.slide.table_cell.ceiling
    assert sum(tb.col_widths) == pytest.approx(DEFAULT.slide.width - 2 * DEFAULT.slide.margin)


def test_many_bullets_shrink_then_split_onto_continuation_slides(tmp_path, measurer):
    bullets = "".join(f"      - Bullet number {i} says something fairly long about the matter at hand here\n"
                      for i in range(40))
    plan, diags = plan_for(tmp_path, outline_with("  - title: Many\n    bullets:\n" + bullets), measurer)
    titles = [s.title for s in plan.slides if s.title.startswith("Many")]
    assert titles[0] == "Many" and titles[1] == f"Many (cont. 2/{len(titles)})"
    texts = [p.text for s in plan.slides if s.title.startswith("Many")
             for b in s.boxes if b.name == "body" for p in b.paras]
    assert texts == [f"Bullet number {i} says something fairly long about the matter at hand here"
                     for i in range(40)]
    assert any(f"40 bullets split across {len(titles)} slides" in str(d) for d in diags.warnings)
    assert str(diags.warnings[0]).split(":")[1:3] == ["6", "9"]  # the first bullet


@pytest.mark.parametrize("name", ["outline.yaml", "tests/fixtures/stress.yaml"])
def test_every_box_fits_its_text_at_the_decided_size(name, measurer):
    """A box is as tall as its lines at its size and leading, plus the role's space before each
    paragraph after the first (scaled with the size), plus its insets."""
    diags = Collector()
    outline = load_outline(ROOT / name, diags)
    plan = layout_deck(outline, DEFAULT, measurer, diags)
    t = DEFAULT.slide
    spaced = 0
    for slide in plan.slides:
        for box in slide.boxes:
            role = getattr(t, box.role)
            assert role.floor <= box.size <= max(role.size, role.ceiling), (slide.title, box.name)
            assert 0 <= box.x and box.x + box.w <= t.width + 0.01, box
            assert 0 <= box.y and box.y + box.h <= t.height + 0.01, box
            inner = (box.w - 2 * t.inset) * MEASURE_SLACK
            lines = sum(len(measurer.lines(p.text, inner - (box.indent * (p.level + 1) if (p.bullet or p.level) else 0),
                                           box.size, role.bold if p.bold is None else p.bold, role.italic))
                        for p in box.paras)
            assert lines == box.lines
            before = role.space_before * box.size / role.size * (len(box.paras) - 1)
            spaced += before > 0
            needed = lines * box.size * role.leading + before + 2 * t.inset
            assert needed <= box.h + 0.01, (slide.title, box.name, needed, box.h)
    assert spaced, "no box has space between paragraphs: the check above proves nothing"


def test_a_title_that_cannot_fit_is_an_error_at_its_line(tmp_path, measurer):
    long = " ".join(["Extraordinarily"] * 40)
    with pytest.raises(OutlineError) as err:
        plan_for(tmp_path, outline_with(f"  - title: {long}\n    takeaway: t\n"), measurer)
    assert any(d.loc.line == 4 and "does not fit" in d.message for d in err.value.diagnostics)


def test_a_long_quote_continues_on_further_slides_cut_between_words(tmp_path, measurer):
    words = " ".join(["word"] * 380 + ["X" * 90, "end"])
    text = outline_with(f'  - title: S\n    quotes:\n      - text: "{words}"\n        by: Someone\n')
    plan, diags = plan_for(tmp_path, text, measurer)
    quotes = [b.paras[0].text for s in plan.slides for b in s.boxes if b.name == "quote"]
    titles = [s.title for s in plan.slides if s.kind == "quote"]
    assert len(quotes) >= 2 and titles[1] == f"S (cont. 2/{len(quotes)})"
    assert " ".join(quotes) == f"\u201c{words}\u201d"  # every word, none cut
    assert any("a long quote split across" in d.message for d in diags.warnings)
    attributions = [b.paras[0].text for s in plan.slides for b in s.boxes if b.name == "attribution"]
    assert attributions == ["\u2014 Someone"] * len(quotes)


def chart_outline(labels: list[str]) -> str:
    return outline_with(
        "  - title: S\n    blocks:\n      - chart:\n          kind: column\n"
        f"          categories: [{', '.join(labels)}]\n          series:\n            - name: X\n"
        f"              values: [{', '.join(['1'] * len(labels))}]\n")


def labels_fit(measurer, chart, size: float) -> bool:
    """Whether a column chart's category labels fit their share of its width at `size`: each
    label may take the theme's lines under its column."""
    g = DEFAULT.slide.space.blocks
    room = g.label_lines * chart.w * g.column_label_share / len(chart.chart.categories)
    return max(measurer.width(str(c), size) for c in chart.chart.categories) <= room


@pytest.mark.parametrize("labels", [
    [f"Category {i} with a long name" for i in range(12)],  # 10 pt
    [f"Category {i} long name" for i in range(12)],  # 13 pt
])
def test_chart_labels_shrink_to_the_largest_size_that_fits(tmp_path, measurer, labels):
    role, step = DEFAULT.slide.chart_label, DEFAULT.slide.shrink_step
    plan, _ = plan_for(tmp_path, chart_outline(labels), measurer)
    chart = next(s.chart for s in plan.slides if s.chart)
    assert role.floor < chart.label_size < role.size  # the case this test is about
    assert labels_fit(measurer, chart, chart.label_size)
    assert not labels_fit(measurer, chart, chart.label_size + step)


def test_short_chart_labels_keep_the_themes_size(tmp_path, measurer):
    plan, diags = plan_for(tmp_path, chart_outline(["a", "b"]), measurer)
    chart = next(s.chart for s in plan.slides if s.chart)
    assert chart.label_size == DEFAULT.slide.chart_label.size
    assert not diags.items


def test_chart_labels_that_cannot_fit_stop_at_the_floor_with_a_warning(tmp_path, measurer):
    role = DEFAULT.slide.chart_label
    labels = [f"Category number {i} with a much, much longer name than fits" for i in range(20)]
    labels = [f'"{label}"' for label in labels]
    plan, diags = plan_for(tmp_path, chart_outline(labels), measurer)
    chart = next(s.chart for s in plan.slides if s.chart)
    assert chart.label_size == role.floor
    assert not labels_fit(measurer, chart, role.floor)
    assert any(f"the chart's labels shrunk from {role.size:g} pt to {role.floor:g} pt" in d.message
               for d in diags.warnings)


def sections(count: int) -> str:
    return "".join(f"  - title: Section {i}\n    bullets: [a point]\n" for i in range(1, count + 1))


def test_a_deck_of_many_sections_gets_a_divider_before_each(tmp_path, measurer):
    many = DEFAULT.slide.space.frame.divider_sections + 1
    plan, _ = plan_for(tmp_path, outline_with(sections(many)), measurer)
    kinds = [s.kind for s in plan.slides]
    assert kinds.count("divider") == many
    assert all(kinds[i + 1] == "section"  # its section's numbered title: a title of its own
               and plan.slides[i].title.endswith(plan.slides[i + 1].title)
               and plan.slides[i].title != plan.slides[i + 1].title
               for i, k in enumerate(kinds) if k == "divider")
    divider = next(s for s in plan.slides if s.kind == "divider")
    assert [b.name for b in divider.boxes][:2] == ["title", "divider_label"]  # title read first
    title, label = divider.boxes[:2]
    assert label.y + label.h <= title.y + 0.01  # the label just above the title, not over it


def test_the_outline_switches_dividers_on_or_off(tmp_path, measurer):
    few = outline_with(sections(2)).replace("sections:", "dividers: true\nsections:")
    plan, _ = plan_for(tmp_path, few, measurer)
    assert [s.kind for s in plan.slides].count("divider") == 2
    many = outline_with(sections(12)).replace("sections:", "dividers: false\nsections:")
    plan, _ = plan_for(tmp_path, many, measurer)
    assert "divider" not in [s.kind for s in plan.slides]


def test_a_footer_that_shrinks_says_so_for_every_slide_it_is_on(tmp_path, measurer):
    """The footer is fitted once and put on every slide; what fitting it says is said for each
    slide, as a collector past its listing limit counts it."""
    path = tmp_path / "o.yaml"
    sections = "".join(f"  - title: S{i}\n    bullets: [one, two]\n" for i in range(4))
    path.write_text(f"title: T\nshort_title: {'WM' * 56}\nmarking: SECRET\nkey_judgments: [a]\n"
                    f"sections:\n{sections}")
    diags = Collector()
    plan = layout_deck(load_outline(path, diags), DEFAULT, measurer, diags)
    assert [d.message for d in diags.warnings if "footer" in d.message] == [
        "the short title in the footer shrunk from 10 pt to 7 pt to fit its box"]
    counting = Collector()
    counting.MAX_KEPT = 0  # every warning only counted, each time it is said
    layout_deck(load_outline(path, Collector()), DEFAULT, measurer, counting)
    footers = [b for s in plan.slides for b in s.boxes if b.name == "footer"]
    assert len(footers) == len(plan.slides) - 1 and {b.size for b in footers} == {7}
    assert counting.unlisted["warning"] == len(diags.warnings) - 1 + len(footers)
