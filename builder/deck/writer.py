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

import io
import re
import zipfile
from functools import lru_cache
from builder.xmltext import escape, quoteattr

from builder.layout.plan import Box, DeckPlan, Para, Shape, SlidePlan, TableBox
from builder.reproducible import build_time, normalise_zip
from builder.theme import Theme

EMU_PER_PT = 12700
NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_SLIDE = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
CT_NOTES = "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"
LAYOUT_FOR = {"title": "slideLayout1.xml"}  # every other slide: "Title Only"
LAYOUT_DEFAULT = "slideLayout6.xml"
ALIGN = {"left": "l", "center": "ctr", "right": "r"}
ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}
GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
         '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
         '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def emu(points: float) -> int:
    return int(round(points * EMU_PER_PT))


def xfrm(x: float, y: float, w: float, h: float, ns: str = "a") -> str:
    return (f'<{ns}:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
            f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></{ns}:xfrm>')


# --- the package around the slides ---------------------------------------------------------

def base_package(theme: Theme, width: float, height: float) -> tuple[tuple[str, bytes], ...]:
    """python-pptx's default template as (name, bytes) entries: 16:9, our theme, a notes master."""
    return _base_package(theme.font.name, tuple(theme.palette.all().items()), width, height)


@lru_cache(maxsize=4)
def _base_package(font: str, palette: tuple, width: float, height: float):
    """Read python-pptx's template files directly (importing python-pptx's object model costs
    more than writing the whole deck), stretch the master and layouts from 4:3 to the slide,
    name the theme's typeface and palette, and add the notes master the notes pages refer to."""
    import importlib.util
    from pathlib import Path

    templates = Path(importlib.util.find_spec("pptx").origin).parent / "templates"
    with zipfile.ZipFile(templates / "default.pptx") as package:
        parts = {name: package.read(name) for name in package.namelist()
                 if name != "docProps/thumbnail.jpeg"}
    size = re.search(rb'<p:sldSz cx="(\d+)"', parts["ppt/presentation.xml"])
    factor = emu(width) / int(size.group(1))
    for name in parts:
        if re.match(r"ppt/(slideMasters/slideMaster|slideLayouts/slideLayout)\d+\.xml$", name):
            parts[name] = _stretch(parts[name], factor)
    parts["ppt/theme/theme1.xml"] = _restyle(parts["ppt/theme/theme1.xml"], font, dict(palette))
    parts["_rels/.rels"] = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", parts["_rels/.rels"])
    parts["ppt/notesMasters/notesMaster1.xml"] = (templates / "notesMaster.xml").read_bytes()
    parts["ppt/theme/theme2.xml"] = (templates / "theme.xml").read_bytes()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels_xml(
        [("rId1", RT + "theme", "../theme/theme2.xml", False)])
    name = "ppt/_rels/presentation.xml.rels"
    parts[name] = parts[name].replace(b"</Relationships>", (
        f'<Relationship Id="rIdNotesMaster" Type="{RT}notesMaster" '
        'Target="notesMasters/notesMaster1.xml"/></Relationships>').encode())
    name = "ppt/presentation.xml"
    parts[name] = parts[name].replace(b"</p:sldMasterIdLst>", b"</p:sldMasterIdLst><p:notesMasterIdLst>"
                                      b'<p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst>', 1)
    name = "[Content_Types].xml"
    parts[name] = parts[name].replace(b"</Types>", (
        '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
        '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.theme+xml"/></Types>').encode())
    return tuple(parts.items())


def _stretch(xml: bytes, factor: float) -> bytes:
    """Scale every shape's horizontal position and width by `factor`."""
    def scale(m):
        x, y, cx, cy = (int(v) for v in m.groups())
        return (f'<a:off x="{round(x * factor)}" y="{y}"/>'
                f'<a:ext cx="{round(cx * factor)}" cy="{cy}"/>').encode()
    return re.sub(rb'<a:off x="(\d+)" y="(\d+)"/>\s*<a:ext cx="(\d+)" cy="(\d+)"/>', scale, xml)


def _restyle(xml: bytes, font: str, colours: dict) -> bytes:
    """The PowerPoint theme names our typeface and palette, so PowerPoint's own pickers (new text,
    new shapes) offer the same look."""
    text = xml.decode("utf-8")
    for tag in ("majorFont", "minorFont"):
        text = re.sub(rf'(<a:{tag}>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{escape(font)}"', text)
    for tag, name in (("dk1", "ink"), ("dk2", "primary"), ("lt2", "surface"), ("accent1", "primary"),
                      ("accent2", "accent"), ("accent3", "muted"), ("hlink", "primary")):
        text = re.sub(rf"<a:{tag}>.*?</a:{tag}>",
                      f'<a:{tag}><a:srgbClr val="{colours[name]}"/></a:{tag}>', text, count=1,
                      flags=re.S)
    return text.encode("utf-8")


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


def rels_xml(rels) -> bytes:
    items = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target={quoteattr(target)}'
                    + (' TargetMode="External"' if external else "") + "/>"
                    for rid, kind, target, external in rels)
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
            f'<Relationships xmlns="{RELS_NS}">{items}</Relationships>').encode()


def zip_parts(parts: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as package:
        names = ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml")
        for name in names:
            package.writestr(name, parts[name])
    return normalise_zip(out.getvalue())


# --- one slide -----------------------------------------------------------------------------

class SlideXml:
    """PresentationML for one planned slide: shapes first (behind), then text, then the table."""

    def __init__(self, plan: SlidePlan, theme: Theme, language: str = "en"):
        self.plan, self.theme, self.language = plan, theme, language
        self.next_id = 2
        self.links: list[tuple[str, str]] = []

    def shape_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def render(self) -> tuple[str, list[tuple[str, str]]]:
        body = [self.shape(s) for s in self.plan.shapes]
        body += [self.text_box(b) for b in self.plan.boxes]
        if self.plan.table is not None:
            body.append(self.table(self.plan.table))
        if self.plan.chart is not None:
            body.append(self.chart_frame(self.plan.chart))
        if self.plan.picture is not None:
            body.append(self.picture(self.plan.picture))
        xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><p:sld {NS}><p:cSld>"
               f"<p:spTree>{GROUP}{''.join(body)}</p:spTree></p:cSld>"
               "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
        return xml, self.links

    def colour(self, name: str) -> str:
        return f'<a:solidFill><a:srgbClr val="{self.theme.color(name)}"/></a:solidFill>'

    def shape(self, s: Shape) -> str:
        geometry = "ellipse" if s.kind == "dot" else "rect"
        fill = self.colour(s.fill) if s.fill else "<a:noFill/>"
        line = (f'<a:ln w="{emu(self.theme.rule_width)}">{self.colour(s.line)}</a:ln>' if s.line
                else "<a:ln><a:noFill/></a:ln>")
        sid = self.shape_id()
        return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{s.kind} {sid}"/><p:cNvSpPr/><p:nvPr/>'
                f"</p:nvSpPr><p:spPr>{xfrm(s.x, s.y, s.w, s.h)}"
                f'<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{fill}{line}</p:spPr></p:sp>')

    def text_box(self, box: Box) -> str:
        sid = self.shape_id()
        if box.placeholder:
            kind = {"title": "ctrTitle" if self.plan.kind == "title" else "title",
                    "subtitle": "subTitle"}[box.placeholder]
            idx = ' idx="1"' if box.placeholder == "subtitle" else ""
            nv = (f'<p:nvSpPr><p:cNvPr id="{sid}" name="{box.placeholder.title()} {sid}"/>'
                  f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{kind}"{idx}/>'
                  "</p:nvPr></p:nvSpPr>")
            geometry = ""
        else:
            nv = (f'<p:nvSpPr><p:cNvPr id="{sid}" name={quoteattr(box.name)}/>'
                  '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>')
            geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        return (f"<p:sp>{nv}<p:spPr>{xfrm(box.x, box.y, box.w, box.h)}{geometry}</p:spPr>"
                f"<p:txBody>{self.body_pr(box.anchor)}<a:lstStyle/>"
                f"{''.join(self.paragraph(box, i, p) for i, p in enumerate(box.paras))}"
                "</p:txBody></p:sp>")

    def body_pr(self, anchor: str = "top") -> str:
        inset = emu(self.theme.slide.inset)
        return (f'<a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
                f'bIns="{inset}" anchor="{ANCHOR[anchor]}" rtlCol="0"><a:noAutofit/></a:bodyPr>')

    def paragraph(self, box: Box, index: int, para: Para, role_name: str = "") -> str:
        role = getattr(self.theme.slide, role_name or box.role)
        size = box.size
        spacing = (f'<a:lnSpc><a:spcPts val="{int(round(size * role.leading * 100))}"/></a:lnSpc>'
                   f'<a:spcBef><a:spcPts val="{int(round(role.space_before * size / role.size * 100)) if index else 0}"/>'
                   "</a:spcBef>")
        attrs = f' algn="{ALIGN[box.align]}"'
        if para.level:
            attrs += f' lvl="{min(para.level, 8)}"'
        if (para.bullet or para.level) and box.indent:
            attrs += f' marL="{emu(box.indent * (para.level + 1))}"'
            attrs += f' indent="{-emu(box.indent) if para.bullet else 0}"'
        bullet = self.bullet(para) if box.indent else "<a:buNone/>"
        runs = "".join(self.run(line, para, role, size, j) for j, line in enumerate(para.text.split("\n")))
        return f"<a:p><a:pPr{attrs}>{spacing}{bullet}</a:pPr>{runs}</a:p>"

    def bullet(self, para: Para) -> str:
        if not para.bullet:
            return "<a:buNone/>"
        head = (f'<a:buClr><a:srgbClr val="{self.theme.color("accent")}"/></a:buClr>'
                f'<a:buFont typeface={quoteattr(self.theme.font.name)}/>')
        if re.fullmatch(r"\d+\.", para.bullet):
            return head + f'<a:buAutoNum type="arabicPeriod" startAt="{para.bullet[:-1]}"/>'
        return head + f"<a:buChar char={quoteattr(para.bullet)}/>"

    def run(self, text: str, para: Para, role, size: float, index: int) -> str:
        bold = role.bold if para.bold is None else para.bold
        link = ""
        if para.url:
            rid = f"rIdLink{len(self.links) + 1}"
            self.links.append((rid, para.url))
            link = f'<a:hlinkClick r:id="{rid}"/>'
        props = (f'<a:rPr lang={quoteattr(self.language)} sz="{int(round(size * 100))}" '
                 f'b="{int(bold)}" i="{int(role.italic)}" dirty="0">'
                 f"{self.colour(para.color or role.color)}"
                 f"<a:latin typeface={quoteattr(self.theme.font.name)}/>"
                 f"<a:cs typeface={quoteattr(self.theme.font.name)}/>{link}</a:rPr>")
        br = f"<a:br>{props}</a:br>" if index else ""
        return f"{br}<a:r>{props}<a:t>{escape(text)}</a:t></a:r>"

    def chart_frame(self, box) -> str:
        sid = self.shape_id()
        title = box.chart.title or "chart"
        return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name={quoteattr(title)} '
                f'descr={quoteattr(chart_description(box.chart))}/><p:cNvGraphicFramePr>'
                '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
                f"{xfrm(box.x, box.y, box.w, box.h, 'p')}<a:graphic><a:graphicData "
                'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart '
                'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/>'
                "</a:graphicData></a:graphic></p:graphicFrame>")

    def picture(self, box) -> str:
        sid = self.shape_id()
        return (f'<p:pic><p:nvPicPr><p:cNvPr id="{sid}" name="Picture {sid}" '
                f'descr={quoteattr(box.alt)}/><p:cNvPicPr><a:picLocks noChangeAspect="1"/>'
                '</p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdPicture"/>'
                f'<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{xfrm(box.x, box.y, box.w, box.h)}'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')

    def table(self, t: TableBox) -> str:
        sid = self.shape_id()
        grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in t.col_widths)
        inset = emu(self.theme.slide.inset)
        rows = []
        for r, (row, height) in enumerate(zip(t.rows, t.row_heights)):
            cells = []
            for c, cell in enumerate(row):
                role_name = "table_header" if cell.header else "table_cell"
                size = t.header_size if cell.header else t.cell_size
                fill = "primary" if cell.header else ("zebra" if r % 2 == 0 else "on_primary")
                align = t.align[c] if c < len(t.align) else "left"
                box = Box("cell", 0, 0, 0, 0, role_name, size, (Para(cell.text),), align=align)
                para = Para(cell.text, bold=True if (t.first_column and c == 0) else None)
                cells.append(f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
                             f"{self.paragraph(box, 0, para)}</a:txBody>"
                             f'<a:tcPr marL="{inset}" marR="{inset}" marT="{inset}" marB="{inset}" '
                             f'anchor="t">{self.colour(fill)}</a:tcPr></a:tc>')
            rows.append(f'<a:tr h="{emu(height)}">{"".join(cells)}</a:tr>')
        return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="table"/>'
                '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
                f"</p:nvGraphicFramePr>{xfrm(t.x, t.y, sum(t.col_widths), sum(t.row_heights), 'p')}"
                '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
                f'<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(rows)}</a:tbl>'
                "</a:graphicData></a:graphic></p:graphicFrame>")


def chart_description(chart) -> str:
    """The chart's alternative text: its title and what it plots."""
    names = ", ".join(s.name for s in chart.series)
    return f"{chart.title or 'Chart'}: {chart.kind.replace('-', ' ')} chart of {names} by " \
           f"{', '.join(chart.categories)}"


def notes_xml(notes: str, language: str) -> str:
    """A notes page: the slide's picture and the speaker notes, one paragraph per line."""
    paras = "".join(f"<a:p><a:r><a:rPr lang={quoteattr(language)} dirty=\"0\"/>"
                    f"<a:t>{escape(line)}</a:t></a:r></a:p>" for line in notes.split("\n"))
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><p:notes {NS}><p:cSld><p:spTree>"
            f"{GROUP}"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
            '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
            '<p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr>'
            '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="3"/></p:nvPr>'
            f"</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>"
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>")


def write_pptx(plan: DeckPlan, theme: Theme) -> bytes:
    return DeckWriter(plan, theme).write()
