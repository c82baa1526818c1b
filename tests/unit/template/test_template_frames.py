"""Where each slide kind's text goes on a template, and at what sizes (read through layout,
master and text styles, as PowerPoint resolves them)."""
from pathlib import Path

import pytest

from builder.template.frames import kind_frame
from builder.template.presentation import Template

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
TEMPLATES = ROOT.parent / "shared" / "templates"
needs_templates = pytest.mark.skipif(not TEMPLATES.is_dir(),
                                     reason=f"no shared templates at {TEMPLATES}")


def layout(template, name):
    return next(l for l in template.layouts if l.name == name)


@needs_templates
def test_sizes_come_from_the_layout_then_the_masters_text_styles():
    t = Template.from_file(TEMPLATES / "dtu-mlops_16x9_en.pptx")
    cover = kind_frame(t, layout(t, "Title Slide"), cover=True)
    assert cover.title.ph_type == "ctrTitle" and cover.title.sizes[0] == 60.0  # its own lstStyle
    assert cover.body.ph_type == "subTitle" and cover.body.sizes[0] == 24.0
    content = kind_frame(t, layout(t, "Title and Content"))
    assert content.title.sizes[0] == 44.0  # the master's title style
    assert content.body.sizes == (28.0, 24.0) and content.body.ph_idx == 1


@needs_templates
def test_a_title_only_layout_takes_its_content_in_the_masters_body_area():
    t = Template.from_file(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx")
    frame = kind_frame(t, layout(t, "Title Only"))
    master_body = next(p for p in t.masters[0].placeholders if p.type == "body").box
    assert frame.body.ph_idx == -1  # not a placeholder of the layout: drawn as text boxes
    assert frame.body.box == master_body and frame.body.sizes == (24.0, 20.0)
    assert frame.title.box.y + frame.title.box.h <= frame.body.box.y


@needs_templates
def test_footer_and_number_boxes_come_from_the_master():
    t = Template.from_file(TEMPLATES / "forlegal_4x3_cs-en.pptx")
    frame = kind_frame(t, t.layouts[1])
    ftr = next(p for p in t.masters[0].placeholders if p.type == "ftr").box
    assert frame.footer == ftr and frame.number is not None
    unhcr = Template.from_file(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx")
    assert kind_frame(unhcr, unhcr.layouts[1]).footer is None  # its master has none
