"""One deck's package: a copy of the prepared template with slides, notes, charts and pictures added.

Each addition is a part, its content type and its relationships; `finish` lists the slides in
presentation.xml and counts them in docProps/app.xml. Every step is constant time per slide
(dict look-ups, one relationship list per part), so N slides cost O(N).
"""
from __future__ import annotations

from lxml import etree

from builder.template.opc import Package, relative
from builder.deck.package import free_name, insert_child
from builder.template.presentation import RT, Template, q
from builder.deck.xml import CT_NOTES, CT_SLIDE

CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
FORMATS = {(960, 540): "Widescreen", (720, 540): "On-screen Show (4:3)",
           (720, 405): "On-screen Show (16:9)", (720, 450): "On-screen Show (16:10)"}
FIRST_SLIDE_ID = 256  # the schema's smallest slide id


class DeckPackage:
    def __init__(self, template: Template):
        self.template = template
        self.package: Package = template.package.copy()
        self.main = template.main
        self.notes_master = template.notes_master
        self.slides: list[str] = []  # slide parts in deck order
        self.notes = 0
        self.pictures = 0
        self._layouts: dict[str, str] = {}

    def layout(self, kind: str) -> str:
        """The layout part for a slide of `kind` (chosen by what layouts are: template.choose)."""
        if kind not in self._layouts:
            self._layouts[kind] = self.template.layout_for(kind).part
        return self._layouts[kind]

    def add_slide(self, number: int, xml: bytes, kind: str, layout: str = "") -> str:
        """ppt/slides/slide{number}.xml on `layout` (a part name), else the layout for `kind`
        (relationship "rId1")."""
        name = f"ppt/slides/slide{number}.xml"
        self.package.add(name, xml, CT_SLIDE)
        self.package.rels(name).add(RT + "slideLayout", relative(name, layout or self.layout(kind)),
                                    rid="rId1")
        self.slides.append(name)
        return name

    def link(self, source: str, reltype: str, target: str, rid: str, external: bool = False) -> None:
        """A relationship from `source` to part `target` (or to a URL when external)."""
        self.package.rels(source).add(RT + reltype, target if external else relative(source, target),
                                      rid=rid, external=external)

    def add_notes(self, slide: str, xml: bytes) -> str:
        """The slide's notes page, linked both ways ("rId2" from the slide)."""
        name = slide.replace("ppt/slides/slide", "ppt/notesSlides/notesSlide")
        self.package.add(name, xml, CT_NOTES)
        self.link(name, "notesMaster", self.notes_master, "rId1")
        self.link(name, "slide", slide, "rId2")
        self.link(slide, "notesSlide", name, "rId2")
        self.notes += 1
        return name

    def add_chart(self, number: int, xml: bytes, workbook: bytes) -> str:
        """ppt/charts/chart{number}.xml with its embedded workbook (for PowerPoint's data editor)."""
        name = f"ppt/charts/chart{number}.xml"
        book = f"ppt/embeddings/Microsoft_Excel_Sheet{number}.xlsx"
        self.package.types.add_default("xlsx", CT_XLSX)
        self.package.add(book, workbook)
        self.package.add(name, xml, CT_CHART)
        self.link(name, "package", book, "rId1")
        return name

    def add_media(self, data: bytes, ext: str, content_type: str) -> str:
        """A picture under ppt/media, named imageN after any the template already has."""
        self.pictures += 1
        name = free_name(self.package, "ppt/media/image{}." + ext, self.pictures)
        self.package.types.add_default(ext, content_type)
        self.package.add(name, data, content_type)
        return name

    def finish(self, core: bytes) -> bytes:
        """List the slides in presentation.xml, count them in app.xml, set core.xml; the zip."""
        self.register()
        self.count()
        self.set_core(core)
        return self.package.to_zip()

    def register(self) -> None:
        """p:sldIdLst (in the schema's place) and a relationship per slide from presentation.xml."""
        root = self.package.edit(self.main)
        ids = root.find(q("p", "sldIdLst"))
        if ids is None:
            ids = insert_child(root, "sldIdLst")
        rels = self.package.rels(self.main)
        for number, slide in enumerate(self.slides, 1):
            rid = rels.add(RT + "slide", relative(self.main, slide), rid=f"rIdSlide{number}")
            entry = etree.SubElement(ids, q("p", "sldId"))
            entry.set("id", str(FIRST_SLIDE_ID - 1 + number))
            entry.set(q("r", "id"), rid)

    def count(self) -> None:
        """docProps/app.xml: slide and notes counts, the size's name, this application."""
        if "docProps/app.xml" not in self.package:
            return
        width, height = self.template.slide_size
        values = {"Application": "briefing", "Slides": str(len(self.slides)),
                  "Notes": str(self.notes),
                  "PresentationFormat": FORMATS.get((round(width), round(height)), "Custom")}
        root = self.package.edit("docProps/app.xml")
        for tag, value in values.items():
            element = root.find(f"{{{APP_NS}}}{tag}")
            if element is not None:
                element.text = value

    def set_core(self, core: bytes) -> None:
        if "docProps/core.xml" in self.package:
            self.package.replace("docProps/core.xml", core)
        else:
            self.package.add("docProps/core.xml", core, CT_CORE)
            self.package.rels("").add(RT_CORE, "docProps/core.xml")
