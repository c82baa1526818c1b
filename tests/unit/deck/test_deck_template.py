"""The presentation view of a package, on python-pptx's default and on real templates by others."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from builder.template.opc import Package
from builder.template.presentation import CT_TEMPLATE_MAIN, Template, q

TEMPLATES = Path(__file__).resolve().parents[3] / ".." / "shared" / "templates"
needs_templates = pytest.mark.skipif(not TEMPLATES.is_dir(),
                                     reason=f"no shared templates at {TEMPLATES}")
REAL = sorted(p.name for p in TEMPLATES.glob("*.p*tx")) if TEMPLATES.is_dir() else []
SIZES = {"unhcr_unhcrdown_16x9_en.pptx": (960, 540), "forlegal_16x9_cs.pptx": (960, 540),
         "forlegal_4x3_cs-en.pptx": (720, 540), "rstudio-vignette_16x9_en.potx": (960, 540),
         "dtu-mlops_16x9_en.pptx": (960, 540)}


def test_default_template_masters_layouts_and_size():
    t = Template.default()
    assert t.slide_size == (720.0, 540.0)
    assert [m.part for m in t.masters] == ["ppt/slideMasters/slideMaster1.xml"]
    assert len(t.layouts) == 11 and {l.master for l in t.layouts} == {t.masters[0].part}
    assert t.layout_for("title").part == "ppt/slideLayouts/slideLayout1.xml"
    assert t.layout_for("content").part == "ppt/slideLayouts/slideLayout6.xml"
    assert t.slides == [] and t.notes_master is None and not t.is_template


def test_layout_placeholder_without_xfrm_takes_the_master_box():
    t = Template.default()
    master = {p.type: p.box for p in t.masters[0].placeholders}
    title_only = t.layout_for("content")
    title = next(p for p in title_only.placeholders if p.type == "title")
    assert title.inherited and title.box == master["title"]
    centred = next(p for p in t.layout_for("title").placeholders if p.type == "ctrTitle")
    assert not centred.inherited and centred.box != master["title"]
    obj = next(p for p in t.layouts if p.type == "obj").placeholders[1]
    assert (obj.type, obj.idx, obj.box) == ("obj", 1, master["body"])  # obj inherits the body's


def _untyped(template: Template) -> Template:
    """The same template with every layout's type attribute removed (as many real ones are)."""
    package = template.package
    for layout in template.layouts:
        package.edit(layout.part).attrib.pop("type", None)
    return Template(package)


def test_layouts_without_type_are_found_by_their_placeholders():
    t = _untyped(Template.default())
    assert all(l.type is None for l in t.layouts)
    assert t.layout_for("title").name == "Title Slide"  # the one with a centred title
    assert t.layout_for("content").name == "Title Only"  # a title and nothing else


@needs_templates
@pytest.mark.parametrize("name", REAL)
def test_real_template_reads(name):
    t = Template.from_file(TEMPLATES / name)
    assert t.slide_size == SIZES[name]
    assert t.masters and t.layouts
    masters = {m.part for m in t.masters}
    for layout in t.layouts:
        assert layout.master in masters and layout.part in t.package
        for p in layout.placeholders:
            assert isinstance(p.idx, int) and p.type
    assert t.layout_for("title").has("ctrTitle")
    assert t.layout_for("content").has("title")


@needs_templates
def test_potx_main_part_has_the_template_content_type():
    t = Template.from_file(TEMPLATES / "rstudio-vignette_16x9_en.potx")
    assert t.is_template and t.package.types.of(t.main) == CT_TEMPLATE_MAIN
    assert len(t.layouts) == 4 and all(l.type != "titleOnly" for l in t.layouts)
    assert t.layout_for("content").name == "Title and Content"  # the top title, one content


@needs_templates
def test_czech_layout_names_are_chosen_by_type():
    t = Template.from_file(TEMPLATES / "forlegal_16x9_cs.pptx")
    assert (t.layout_for("title").name, t.layout_for("content").name) == (
        "Úvodní snímek", "Jenom nadpis")


@needs_templates
def test_sample_slides_are_listed_with_their_layouts():
    t = Template.from_file(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx")
    assert [(s.part, s.id, s.layout) for s in t.slides] == [
        ("ppt/slides/slide1.xml", 256, "ppt/slideLayouts/slideLayout1.xml")]


@needs_templates
def test_master_without_footer_placeholders_leaves_layout_boxes_unset():
    """unhcr's master has only a title and a body; its layouts' own dt/ftr keep their boxes."""
    t = Template.from_file(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx")
    assert {p.type for p in t.masters[0].placeholders} == {"title", "body"}
    assert all(p.box is not None for l in t.layouts for p in l.placeholders)


def test_untouched_parts_are_written_back_byte_for_byte(tmp_path):
    source = Template.default().package
    read_back = Package.read(source.to_zip())
    for name in source.names():
        assert read_back.blob(name) == source.blob(name), name
    root = read_back.edit("ppt/presentation.xml")
    assert root.find(q("p", "sldSz")).get("cx") == "9144000"
    assert etree.tostring(root, method="c14n") == etree.tostring(
        etree.fromstring(source.blob("ppt/presentation.xml")), method="c14n")
