"""Operations on the package model, and the writer's package, checked by parsing the zip."""
from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from builder.deck.assemble import DeckPackage
from builder.deck.package import drop_slides, prepare
from builder.template.presentation import CT_MAIN, RT, Template, q

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / ".." / "shared" / "templates"
needs_templates = pytest.mark.skipif(not TEMPLATES.is_dir(),
                                     reason=f"no shared templates at {TEMPLATES}")
WITH_SLIDES = ["unhcr_unhcrdown_16x9_en.pptx", "dtu-mlops_16x9_en.pptx",
               "rstudio-vignette_16x9_en.potx"]
COLOURS = {"ink": "111111", "primary": "123456", "surface": "EEEEEE", "accent": "AA5500",
           "muted": "777777"}
TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def package_problems(data: bytes) -> list[str]:
    """Dangling relationship targets and parts without a content type, read from the zip alone."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    types = etree.fromstring(archive.read("[Content_Types].xml"))
    defaults = {e.get("Extension").lower() for e in types.iter(TYPES_NS + "Default")}
    overrides = {e.get("PartName") for e in types.iter(TYPES_NS + "Override")}
    problems = [f"override for missing {o}" for o in overrides if o[1:] not in names]
    for name in names - {"[Content_Types].xml"}:
        if "/" + name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
            problems.append(f"no content type: {name}")
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))
        if name != "_rels/.rels" and posixpath.join(folder, posixpath.basename(name)[:-5]) not in names:
            problems.append(f"relationships of a missing part: {name}")
        for rel in etree.fromstring(archive.read(name)).iter(RELS_NS + "Relationship"):
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
            if rel.get("TargetMode") != "External" and target not in names:
                problems.append(f"{name}: {rel.get('Id')} -> missing {target}")
    return problems


@needs_templates
@pytest.mark.parametrize("name", WITH_SLIDES)
def test_dropping_sample_slides_leaves_nothing_dangling(name):
    t = Template.from_file(TEMPLATES / name)
    before = len(t.package.names())
    gone = drop_slides(t)
    assert "ppt/slides/slide1.xml" in gone and t.slides == []
    assert not [n for n in t.package.names() if n.startswith(("ppt/slides/", "ppt/notesSlides/"))]
    assert not t.package.rels(t.main).of_type(RT + "slide")
    assert len(t.package.names()) < before
    assert package_problems(t.package.to_zip()) == []


@needs_templates
@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES.glob("*.p*tx"))
                         if TEMPLATES.is_dir() else [])
def test_prepared_real_template_is_a_clean_presentation(name):
    t = Template.from_file(TEMPLATES / name)
    size = t.slide_size
    prepare(t, *size, style=("Inter", COLOURS))
    data = t.package.to_zip()
    assert package_problems(data) == []
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert "docProps/thumbnail.jpeg" not in archive.namelist()
    again = Template(t.package.__class__.read(data))
    assert again.package.types.of(again.main) == CT_MAIN  # a .potx becomes a presentation
    assert again.slide_size == size and again.notes_master in again.package
    order = [etree.QName(c).localname for c in again.package.xml(again.main)]
    assert order.index("notesMasterIdLst") < order.index("sldSz")


def test_default_base_is_stretched_and_restyled():
    t = Template.default()
    prepare(t, 960, 540, stretch=True, style=("Inter", COLOURS))
    assert t.slide_size == (960.0, 540.0)
    title = next(p for p in t.masters[0].placeholders if p.type == "title")
    assert title.box.x == pytest.approx(36 * 960 / 720, abs=0.01)
    assert title.box.w == pytest.approx(648 * 960 / 720, abs=0.01)
    theme = t.package.xml(t.masters[0].theme)
    assert {e.get("typeface") for e in theme.iter(q("a", "latin"))
            if e.getparent().tag in (q("a", "majorFont"), q("a", "minorFont"))} == {"Inter"}
    dk2 = theme.find(f".//{q('a', 'clrScheme')}/{q('a', 'dk2')}")
    assert [(c.tag, c.get("val")) for c in dk2] == [(q("a", "srgbClr"), "123456")]


def _deck(template: Template, slides: int = 3) -> bytes:
    deck = DeckPackage(template)
    slide = (b'<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
             b'<p:cSld><p:spTree/></p:cSld></p:sld>')
    for n in range(1, slides + 1):
        name = deck.add_slide(n, slide, "title" if n == 1 else "content")
        if n == 2:
            deck.add_notes(name, b"<p:notes/>")
            deck.link(name, "hyperlink", "https://example.org/", "rIdLink1", external=True)
    return deck.finish(b"<core/>")


@needs_templates
def test_deck_on_a_template_with_an_image_already_named_image1():
    t = Template.from_file(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx")
    prepare(t, *t.slide_size, style=("Inter", COLOURS))
    deck = DeckPackage(t)
    assert deck.add_media(b"\x89PNG...", "png", "image/png") == "ppt/media/image2.png"
    assert "ppt/media/image1.png" in deck.package


def test_writer_package_for_a_small_plan(tmp_path):
    from builder.pipeline import Builder

    Builder().build(ROOT / "tests" / "fixtures" / "small.yaml", tmp_path, formats=("pptx",))
    data = next(tmp_path.glob("*.pptx")).read_bytes()
    assert package_problems(data) == []
    archive = zipfile.ZipFile(io.BytesIO(data))
    slides = [n for n in archive.namelist() if n.startswith("ppt/slides/slide")]
    presentation = etree.fromstring(archive.read("ppt/presentation.xml"))
    order = [etree.QName(c).localname for c in presentation]
    assert order.index("sldIdLst") + 1 == order.index("sldSz")
    assert len(presentation.find(q("p", "sldIdLst"))) == len(slides) > 1
    app = archive.read("docProps/app.xml").decode()
    assert f"<Slides>{len(slides)}</Slides>" in app


def test_slides_go_on_title_and_title_only_layouts_with_counts():
    t = Template.default()
    prepare(t, 960, 540, stretch=True, style=("Inter", COLOURS))
    data = _deck(t)
    assert package_problems(data) == []
    archive = zipfile.ZipFile(io.BytesIO(data))
    layouts = []
    for n in (1, 2, 3):
        rels = etree.fromstring(archive.read(f"ppt/slides/_rels/slide{n}.xml.rels"))
        layouts += [r.get("Target") for r in rels if r.get("Type") == RT + "slideLayout"]
    assert layouts == ["../slideLayouts/slideLayout1.xml"] + ["../slideLayouts/slideLayout6.xml"] * 2
    app = archive.read("docProps/app.xml").decode()
    assert "<Slides>3</Slides>" in app and "<Notes>1</Notes>" in app
    assert "<PresentationFormat>Widescreen</PresentationFormat>" in app
