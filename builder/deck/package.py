"""The package around the slides: operations on a `Template`, and the base every build starts from.

Today the base is python-pptx's default template, stretched to the slide's size and given our
typeface and palette once per process (`base_template`); the operations work on any template
(`Template.from_file`), so the base can become the user's own .pptx or .potx.
"""
from __future__ import annotations

from functools import lru_cache

from lxml import etree

from builder.template.opc import Package, relative, rels_name
from builder.template.presentation import CT_MAIN, CT_TEMPLATE_MAIN, P, RT, Template, pptx_templates, q
from builder.deck.xml import emu
from builder.theme import Theme

CT_NOTES_MASTER = "application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"
CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml"
CT_VIEW_PROPS = "application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"
VIEW_PROPS = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
              b'<p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>')
RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
# CT_Presentation's children in schema order (ISO/IEC 29500-1 pml.xsd), to insert lists in place
PRESENTATION_ORDER = ("sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst", "sldIdLst",
                      "sldSz", "notesSz", "smartTags", "embeddedFontLst", "custShowLst",
                      "photoAlbum", "custDataLst", "kinsoku", "defaultTextStyle",
                      "modifyVerifier", "extLst")
THEME_COLOURS = (("dk1", "ink"), ("dk2", "primary"), ("lt2", "surface"), ("accent1", "primary"),
                 ("accent2", "accent"), ("accent3", "muted"), ("hlink", "primary"))


def base_template(theme: Theme, width: float, height: float) -> Template:
    """The prepared base (cached per process; serialised to bytes): copy its package per build."""
    return _base_template(theme.font.name, tuple(theme.palette.all().items()), width, height)


@lru_cache(maxsize=4)
def _base_template(font: str, palette: tuple, width: float, height: float) -> Template:
    template = Template.default()
    prepare(template, width, height, stretch=True,  # python-pptx's default is 4:3
            style=(font, dict(palette)))
    template.package.freeze()
    return template


def users_template(template: Template, width: float, height: float) -> Template:
    """The user's template ready to take slides (prepared once per template read and size; the
    template itself is left as read). Its masters, layouts, theme, fonts and colours are kept."""
    return _users_template(template, width, height)


@lru_cache(maxsize=4)
def _users_template(template: Template, width: float, height: float) -> Template:
    ready = Template(template.package.copy())
    prepare(ready, width, height)
    ready.package.freeze()
    return ready


def prepare(template: Template, width: float, height: float, stretch: bool = False,
            style: tuple[str, dict] | None = None) -> None:
    """Make `template` ready to take slides: no sample slides, no thumbnail, a notes master,
    a presentation (not template) main part, the slide size; with `style` (typeface, palette),
    the PowerPoint theme restyled to them."""
    package = template.package
    drop_slides(template)
    remove_thumbnail(package)
    as_presentation(package)
    if stretch:
        stretch_shapes(template, emu(width) / emu(template.slide_size[0]))
    set_slide_size(template, width, height)
    if style is not None:
        restyle(package, template.masters[0].theme, *style)
    ensure_notes_master(template)
    ensure_view_props(template)
    template.forget()


def drop_slides(template: Template) -> list[str]:
    """Remove every slide with its notes, relationships, content types, and whatever only the
    slides used (pictures, charts); list presentation.xml's slides and sections as empty."""
    package, main = template.package, template.main
    rels = package.rels(main)
    for slide in template.slides:
        if slide.rid in rels.items:
            rels.remove(slide.rid)
    root = package.edit(main)
    ids = root.find(q("p", "sldIdLst"))
    if ids is not None:
        root.remove(ids)
    for section_slides in root.iter("{http://schemas.microsoft.com/office/powerpoint/2010/main}sldIdLst"):
        for entry in list(section_slides):  # PowerPoint 2010 sections list slides by id
            section_slides.remove(entry)
    return package.prune()


def remove_thumbnail(package: Package) -> None:
    """The thumbnail shows the template, not the deck."""
    rels = package.rels("")
    for rel in rels.of_type(RT_THUMBNAIL):
        rels.remove(rel.rid)
        package.remove(rels.part(rel))


def as_presentation(package: Package) -> None:
    """A .potx's main part has the template content type; a deck's has the presentation one."""
    if package.types.of(package.main) == CT_TEMPLATE_MAIN:
        package.types.overrides[package.main] = CT_MAIN


def set_slide_size(template: Template, width: float, height: float) -> None:
    """Set p:sldSz (without `type`, which names a preset size that no longer holds)."""
    root = template.package.edit(template.main)
    size = root.find(q("p", "sldSz"))
    if size is None:
        size = insert_child(root, "sldSz")
    for name in list(size.attrib):
        del size.attrib[name]
    size.set("cx", str(emu(width)))
    size.set("cy", str(emu(height)))


def stretch_shapes(template: Template, factor: float) -> None:
    """Scale every master and layout shape's horizontal position and width by `factor`
    (python-pptx's default template is 4:3; our slides are wider)."""
    masters = template.masters  # (the layouts' part names: their placeholders are read later)
    parts = [m.part for m in masters] + [part for m in masters for part in m.layouts]
    for part in parts:
        for off in template.package.edit(part).iter(q("a", "off")):
            ext = off.getnext()
            if ext is None or ext.tag != q("a", "ext"):
                continue
            off.set("x", str(round(int(off.get("x")) * factor)))
            ext.set("cx", str(round(int(ext.get("cx")) * factor)))


def restyle(package: Package, theme_part: str | None, font: str, colours: dict) -> None:
    """The PowerPoint theme names our typeface and palette, so PowerPoint's own pickers (new
    text, new shapes) offer the same look."""
    if theme_part is None:
        return
    elements = package.edit(theme_part).find(q("a", "themeElements"))
    for tag in ("majorFont", "minorFont"):
        latin = elements.find(f"{q('a', 'fontScheme')}/{q('a', tag)}/{q('a', 'latin')}")
        if latin is not None:
            latin.set("typeface", font)
    scheme = elements.find(q("a", "clrScheme"))
    for tag, name in THEME_COLOURS:
        slot = scheme.find(q("a", tag))
        if slot is None:
            continue
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, q("a", "srgbClr")).set("val", colours[name])


def ensure_notes_master(template: Template) -> str:
    """The notes master the notes pages refer to; python-pptx's (and its theme) if missing."""
    if template.notes_master:
        return template.notes_master
    package, source = template.package, pptx_templates()
    master, theme = "ppt/notesMasters/notesMaster1.xml", free_name(package, "ppt/theme/theme{}.xml")
    package.add(master, (source / "notesMaster.xml").read_bytes(), CT_NOTES_MASTER)
    package.add(theme, (source / "theme.xml").read_bytes(), CT_THEME)
    package.rels(master).add(RT + "theme", relative(master, theme), rid="rId1")
    rid = package.rels(template.main).add(RT + "notesMaster", relative(template.main, master),
                                          rid="rIdNotesMaster")
    root = package.edit(template.main)
    lst = root.find(q("p", "notesMasterIdLst"))
    if lst is None:
        lst = insert_child(root, "notesMasterIdLst")
    for old in list(lst):
        lst.remove(old)
    etree.SubElement(lst, q("p", "notesMasterId")).set(q("r", "id"), rid)
    return master


def ensure_view_props(template: Template) -> None:
    """The view properties part PowerPoint expects beside presentation.xml (a template saved by
    LibreOffice has none, and PowerPoint offers to repair a deck without it): an empty one."""
    package, main = template.package, template.main
    if package.related(main, RT + "viewProps"):
        return
    part = free_name(package, "ppt/viewProps{}.xml").replace("viewProps1.xml", "viewProps.xml")
    package.add(part, VIEW_PROPS, CT_VIEW_PROPS)
    package.rels(main).add(RT + "viewProps", relative(main, part))


def insert_child(root, name: str):
    """A new empty p:`name` child of p:presentation, in the schema's position."""
    later = set(PRESENTATION_ORDER[PRESENTATION_ORDER.index(name) + 1:])
    element = etree.Element(q("p", name))
    for index, child in enumerate(root):
        if etree.QName(child).namespace == P and etree.QName(child).localname in later:
            root.insert(index, element)
            return element
    root.append(element)
    return element


def free_name(package: Package, pattern: str, start: int = 1) -> str:
    """The first `pattern.format(n)`, n >= start, that names no part (nor relationships part)."""
    n = start
    while pattern.format(n) in package or rels_name(pattern.format(n)) in package:
        n += 1
    return pattern.format(n)

