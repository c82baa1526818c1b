"""Layout on the user's template: titles and bullets in the layout's placeholders, at the
template's sizes, fitted by the theme's rules; nothing off the slide or over a marking."""
from pathlib import Path

import pytest

from builder.diagnostics import Collector
from builder.layout.deck import layout_deck
from builder.measure import Measurer
from builder.outline.load import load_outline
from builder.template.frames import kind_frames
from builder.template.presentation import Template
from builder.theme import DEFAULT, fonts
from builder.theme.template import on_template

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
TEMPLATES = ROOT.parent / "shared" / "templates"
needs_templates = pytest.mark.skipif(not TEMPLATES.is_dir(),
                                     reason=f"no shared templates at {TEMPLATES}")
NAMES = ["dtu-mlops_16x9_en.pptx", "forlegal_4x3_cs-en.pptx", "unhcr_unhcrdown_16x9_en.pptx",
         "rstudio-vignette_16x9_en.potx", "forlegal_16x9_cs.pptx"]


def plan_on(name):
    template = Template.from_file(TEMPLATES / name)
    diags = Collector()
    outline = load_outline(ROOT / "outline.yaml", diags)
    theme = on_template(DEFAULT, template)
    families = fonts.families(theme)
    measurer = Measurer(families["body"], families["heading"])
    kinds = kind_frames(template)
    return layout_deck(outline, theme, measurer, diags, kinds), kinds, theme, diags


@needs_templates
@pytest.mark.parametrize("name", NAMES)
def test_titles_go_in_the_layouts_title_placeholder_at_most_at_its_size(name):
    plan, kinds, theme, _ = plan_on(name)
    for slide in plan.slides:
        title = next(b for b in slide.boxes if b.name == "title")
        area = kinds[slide.kind].title
        assert title.ph_type == area.ph_type and title.size <= area.sizes[0]
        assert slide.layout == kinds[slide.kind].layout


@needs_templates
@pytest.mark.parametrize("name", NAMES)
def test_every_box_lies_on_the_slide_and_clear_of_the_markings(name):
    plan, kinds, theme, _ = plan_on(name)
    t = theme.slide
    band = t.space.frame.marking_inset + t.marking_height
    for slide in plan.slides:
        for b in slide.boxes:
            assert 0 <= b.x and b.x + b.w <= plan.width + 0.01, (slide.title, b.name)
            assert 0 <= b.y and b.y + b.h <= plan.height + 0.01, (slide.title, b.name)
            if not b.name.startswith("marking"):
                assert b.y >= band - 0.01, (slide.title, b.name, b.y)


@needs_templates
def test_bullets_fill_the_body_placeholder_of_a_title_and_content_layout():
    plan, kinds, *_ = plan_on("rstudio-vignette_16x9_en.potx")
    body = kinds["section"].body
    assert body.ph_idx >= 0
    bullets = [b for s in plan.slides if s.kind == "section" for b in s.boxes if b.name == "body"]
    assert bullets and all(b.placeholder == "body" and b.ph_idx == body.ph_idx for b in bullets)
    assert all(b.size <= body.sizes[0] for b in bullets)


@needs_templates
def test_the_marking_sits_in_the_masters_footer_box_when_it_has_one():
    plan, kinds, *_ = plan_on("dtu-mlops_16x9_en.pptx")
    footer = kinds["section"].footer
    slide = next(s for s in plan.slides if s.kind == "section")
    bottom = [b for b in slide.boxes if b.name == "marking_bottom"]
    assert len(bottom) == 1 and (bottom[0].x, bottom[0].y) == (footer.x, footer.y)
    assert bottom[0].paras[0].text == "UNCLASSIFIED // OPEN SOURCE"


@needs_templates
def test_bullets_in_the_body_placeholder_are_measured_in_its_paragraph_format():
    plan, kinds, theme, _ = plan_on("dtu-mlops_16x9_en.pptx")
    fmt = kinds["section"].body.fmt
    assert fmt.margins[0] == 18.0 and fmt.before == 10.0 and fmt.line > 1  # 90 % spacing
    box = next(b for s in plan.slides if s.kind == "section" for b in s.boxes if b.name == "body")
    assert box.style.placed == fmt
    # every paragraph's space before (the first's too) and each line at 90 % spacing, + insets
    from builder.layout.fit import Fitter
    height, lines = Fitter(theme.slide, None, None, None).spacing(box.style, box.size)
    assert lines == fmt.before and height == pytest.approx(box.size * fmt.line)


@needs_templates
def test_the_deck_leaves_indents_spacing_and_bullets_to_the_placeholder(tmp_path):
    from builder.deck.writer import write_pptx
    import io
    import zipfile
    plan, kinds, theme, _ = plan_on("dtu-mlops_16x9_en.pptx")
    template = Template.from_file(TEMPLATES / "dtu-mlops_16x9_en.pptx")
    data = write_pptx(plan, theme, template)
    number = next(i for i, s in enumerate(plan.slides, 1) if s.kind == "section")
    xml = zipfile.ZipFile(io.BytesIO(data)).read(f"ppt/slides/slide{number}.xml").decode()
    body = xml[xml.index('<p:ph idx="1"/>'):]
    body = body[:body.index("</p:sp>")]
    assert "<a:lnSpc>" not in body and "<a:buChar" not in body and "marL" not in body
    assert "<a:bodyPr><a:noAutofit/></a:bodyPr>" in body


@needs_templates
def test_a_second_level_line_in_the_placeholder_is_set_at_the_placeholders_level_2_size():
    from dataclasses import replace
    import re
    from builder.deck.slide import SlideXml
    from builder.layout.fit import Fitter
    from builder.layout.plan import Box, Para, SlidePlan
    _, kinds, theme, _ = plan_on("unhcr_unhcrdown_16x9_en.pptx")
    fmt = kinds["sources"].body.fmt
    assert fmt.scales[1] == pytest.approx(20 / 24)  # its body style: 24 pt, then 20 pt
    role = replace(theme.slide.body, size=24.0, placed=fmt)
    paras = (Para("Title of a source", bullet="•"), Para("https://example.org/a", level=1))
    box = Box("body", 18, 137, 900, 300, "body", 24.0, paras, style=role, placeholder="body",
              ph_type="obj", ph_idx=1)
    xml, _ = SlideXml(SlidePlan("sources", "Sources", boxes=(box,)), theme, "en",
                      theme_fonts=True).render()
    assert [int(v) / 100 for v in re.findall(r' sz="(\d+)"', xml)] == [24.0, 20.0]
    fit = Fitter(theme.slide, Measurer(fonts.families(theme)["body"]), Collector(), None)
    height, _ = fit.text_height(paras, role, 24.0, 900, True)
    both_at_24, _ = fit.text_height((paras[0], Para("https://example.org/a", bullet="•")), role,
                                    24.0, 900, True)
    assert height < both_at_24  # the second line is measured at 20 pt
