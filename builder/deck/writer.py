"""Write a `DeckPlan` into a PPTX package. Carries out layout's decisions; decides nothing.

The package around the slides — master, layouts, PowerPoint theme, notes master — comes from
python-pptx's default template, stretched to 16:9 and given our typeface and palette once per
process (`base_package`). The slides themselves are written straight from the plan as
PresentationML, one string per slide: python-pptx's object model costs milliseconds per shape
and grows quadratically with the slide count (it rescans every relationship and part name for
each new slide and notes page), which made a 1,000-section deck take half a minute.

Units change only here (points in the plan, EMU in the package). Colours and fonts come from the
theme by semantic name. The result is checked against the OOXML schemas in the test suite.
"""
from __future__ import annotations

import re

from builder.layout.plan import DeckPlan
from builder.deck.package import base_package, rels_xml, zip_parts
from builder.deck.slide import SlideXml, notes_xml
from builder.deck.xml import CT_NOTES, CT_SLIDE, RT, emu
from builder.reproducible import build_time
from builder.xmltext import escape
from builder.theme import Theme

LAYOUT_FOR = {"title": "slideLayout1.xml"}  # every other slide: "Title Only"
LAYOUT_DEFAULT = "slideLayout6.xml"


class DeckWriter:
    def __init__(self, plan: DeckPlan, theme: Theme):
        self.plan = plan
        self.theme = theme

    def write(self) -> bytes:
        parts = dict(base_package(self.theme, self.plan.width, self.plan.height))
        slides = []
        media = Media()
        for number, slide in enumerate(self.plan.slides, 1):
            xml, links = SlideXml(slide, self.theme, self.plan.language).render()
            parts[f"ppt/slides/slide{number}.xml"] = xml.encode()
            rels = [("rId1", RT + "slideLayout",
                     f"../slideLayouts/{LAYOUT_FOR.get(slide.kind, LAYOUT_DEFAULT)}", False)]
            if slide.chart is not None:
                rels.append(("rIdChart", RT + "chart",
                             f"../charts/{media.chart(parts, slide.chart, self.theme)}", False))
            if slide.picture is not None:
                rels.append(("rIdPicture", RT + "image",
                             f"../media/{media.picture(parts, slide.picture.path)}", False))
            if slide.notes:
                rels.append(("rId2", RT + "notesSlide", f"../notesSlides/notesSlide{number}.xml", False))
                parts[f"ppt/notesSlides/notesSlide{number}.xml"] = notes_xml(slide.notes, self.plan.language).encode()
                parts[f"ppt/notesSlides/_rels/notesSlide{number}.xml.rels"] = rels_xml([
                    ("rId1", RT + "notesMaster", "../notesMasters/notesMaster1.xml", False),
                    ("rId2", RT + "slide", f"../slides/slide{number}.xml", False)])
            rels += [(rid, RT + "hyperlink", url, True) for rid, url in links]
            parts[f"ppt/slides/_rels/slide{number}.xml.rels"] = rels_xml(rels)
            slides.append((number, bool(slide.notes)))
        self.register(parts, slides)
        media.register(parts)
        parts["docProps/core.xml"] = self.core_xml().encode()
        return zip_parts(parts)

    def register(self, parts: dict, slides: list[tuple[int, bool]]) -> None:
        """List the slides in presentation.xml, its relationships and the content types."""
        ids = "".join(f'<p:sldId id="{255 + n}" r:id="rIdSlide{n}"/>' for n, _ in slides)
        presentation = parts["ppt/presentation.xml"].decode()
        presentation = re.sub(r"<p:sldIdLst/>|<p:sldIdLst>.*?</p:sldIdLst>", "", presentation)
        presentation = presentation.replace("<p:sldSz", f"<p:sldIdLst>{ids}</p:sldIdLst><p:sldSz", 1)
        presentation = re.sub(r'<p:sldSz [^>]*/>', f'<p:sldSz cx="{emu(self.plan.width)}" '
                              f'cy="{emu(self.plan.height)}"/>', presentation)
        parts["ppt/presentation.xml"] = presentation.encode()
        rels = "".join(f'<Relationship Id="rIdSlide{n}" Type="{RT}slide" Target="slides/slide{n}.xml"/>'
                       for n, _ in slides)
        name = "ppt/_rels/presentation.xml.rels"
        parts[name] = parts[name].decode().replace("</Relationships>", rels + "</Relationships>").encode()
        types = "".join(f'<Override PartName="/ppt/slides/slide{n}.xml" ContentType="{CT_SLIDE}"/>'
                        + (f'<Override PartName="/ppt/notesSlides/notesSlide{n}.xml" '
                           f'ContentType="{CT_NOTES}"/>' if notes else "")
                        for n, notes in slides)
        name = "[Content_Types].xml"
        parts[name] = parts[name].decode().replace("</Types>", types + "</Types>").encode()
        app = parts["docProps/app.xml"].decode()
        app = re.sub(r"<PresentationFormat>.*?</PresentationFormat>",
                     "<PresentationFormat>Widescreen</PresentationFormat>", app)
        app = re.sub(r"<Slides>\d+</Slides>", f"<Slides>{len(slides)}</Slides>", app)
        app = re.sub(r"<Notes>\d+</Notes>", f"<Notes>{sum(n for _, n in slides)}</Notes>", app)
        app = app.replace("<Application>Microsoft Macintosh PowerPoint</Application>",
                          "<Application>briefing</Application>")
        parts["docProps/app.xml"] = app.encode()

    def core_xml(self) -> str:
        when = build_time().strftime("%Y-%m-%dT%H:%M:%SZ")
        p = self.plan
        return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{escape(p.title)}</dc:title><dc:subject>{escape(p.subject)}</dc:subject>"
                f"<dc:creator>{escape(p.author)}</dc:creator>"
                f"<cp:lastModifiedBy>{escape(p.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
                f"<dc:language>{escape(p.language)}</dc:language></cp:coreProperties>")


class Media:
    """Chart parts (with their embedded workbooks) and pictures, numbered as they are added."""

    def __init__(self):
        self.charts = 0
        self.pictures: dict[str, str] = {}  # source path -> part name (a file used twice is stored once)
        self.extensions: set[str] = set()

    def chart(self, parts: dict, box, theme: Theme) -> str:
        from builder.deck.chart import chart_parts

        self.charts += 1
        n = self.charts
        xml, workbook = chart_parts(box.chart, theme, box.label_size)
        parts[f"ppt/charts/chart{n}.xml"] = xml
        parts[f"ppt/embeddings/Microsoft_Excel_Sheet{n}.xlsx"] = workbook
        parts[f"ppt/charts/_rels/chart{n}.xml.rels"] = rels_xml([
            ("rId1", RT + "package", f"../embeddings/Microsoft_Excel_Sheet{n}.xlsx", False)])
        return f"chart{n}.xml"

    def picture(self, parts: dict, path: str) -> str:
        if path not in self.pictures:
            with open(path, "rb") as handle:
                data = handle.read()
            ext = "png" if data.startswith(b"\x89PNG") else "jpeg"
            name = f"image{len(self.pictures) + 1}.{ext}"
            parts[f"ppt/media/{name}"] = data
            self.pictures[path] = name
            self.extensions.add(ext)
        return self.pictures[path]

    def register(self, parts: dict) -> None:
        types = "".join(f'<Override PartName="/ppt/charts/chart{n}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
                        for n in range(1, self.charts + 1))
        defaults = "".join(f'<Default Extension="{ext}" ContentType="image/{ext}"/>'
                           for ext in sorted(self.extensions) if ext != "jpeg")
        if self.charts:
            defaults += ('<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sheet"/>')
        name = "[Content_Types].xml"
        text = parts[name].decode()
        text = text.replace('<Default Extension="rels"', defaults + '<Default Extension="rels"', 1)
        parts[name] = text.replace("</Types>", types + "</Types>").encode()


def write_pptx(plan: DeckPlan, theme: Theme) -> bytes:
    return DeckWriter(plan, theme).write()
