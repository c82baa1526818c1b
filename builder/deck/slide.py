"""PresentationML for one planned slide and its notes page. Carries out layout's decisions."""
from __future__ import annotations

import re

from builder.outline.text import runs_of
from builder.deck.scripts import paragraph_attrs, stretches
from builder.deck.xml import ANCHOR, GROUP, NS, emu, xfrm
from builder.deck.frames import write_frame
from builder.layout.plan import Box, Para, Shape, SlidePlan
from builder.theme import Theme
from builder.xmltext import escape, quoteattr



def placed_format(box: Box):
    """The paragraph format of the template placeholder the box's text is set in, or None."""
    return box.style.placed if box.placeholder == "body" and box.style is not None else None


# PowerPoint's "Mark as decorative": a screen reader skips the shape
DECORATIVE = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
              '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" '
              'val="1"/></a:ext></a:extLst>')
FURNITURE = ("cited", "footer", "slide_number", "marking_top", "marking_bottom")  # read last
REPEATED = ("footer", "marking_top", "marking_bottom")  # the same on most slides: written once


class SlideXml:
    """PresentationML for one planned slide in reading order, which is the shapes' order: the
    decorative shapes first (behind, and not read), then the text — the title first — then the
    frames (tables, charts, pictures, each written by its writer in `builder.deck.frames`), then
    the footer, slide number and marking."""

    def __init__(self, plan: SlidePlan, theme: Theme, language: str = "en", media=None,
                 theme_fonts: bool = False, known: dict | None = None):
        self.plan, self.theme, self.language = plan, theme, language
        # run properties written so far, by face, and the footer's and marking's boxes: shared
        # by the slides of one deck (same theme, language and fonts), which repeat them
        self.known = {} if known is None else known
        self.theme_fonts = theme_fonts  # on a template: name its theme's fonts by reference
        self.media = media  # where charts and pictures are stored (the writer's `Media`)
        self.next_id = 2
        self.links: list[tuple[str, str]] = []  # hyperlinks: (relationship id, target)
        self.parts: list[tuple[str, str, str]] = []  # (relationship type, part name, id)

    def shape_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def render(self) -> tuple[str, list[tuple[str, str]]]:
        body = [self.shape(s) for s in self.plan.shapes]
        body += [self.text_box(b) for b in self.plan.boxes if b.name not in FURNITURE]
        body += [write_frame(frame, self) for frame in self.plan.frames]
        body += [self.text_box(b) for b in self.plan.boxes if b.name in FURNITURE]
        xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><p:sld {NS}><p:cSld>"
               f"<p:spTree>{GROUP}{''.join(body)}</p:spTree></p:cSld>"
               "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
        return xml, self.links

    def colour(self, name: str) -> str:
        """A palette colour as a fill; none for "" (text that takes its placeholder's colour)."""
        if not name:
            return ""
        return f'<a:solidFill><a:srgbClr val="{self.theme.color(name)}"/></a:solidFill>'

    def shape(self, s: Shape) -> str:
        geometry = "ellipse" if s.kind == "dot" else "rect"
        fill = self.colour(s.fill) if s.fill else "<a:noFill/>"
        line = (f'<a:ln w="{emu(self.theme.rule_width)}">{self.colour(s.line)}</a:ln>' if s.line
                else "<a:ln><a:noFill/></a:ln>")
        sid = self.shape_id()
        return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{s.kind} {sid}">{DECORATIVE}</p:cNvPr>'
                "<p:cNvSpPr/><p:nvPr/>"
                f"</p:nvSpPr><p:spPr>{xfrm(s.x, s.y, s.w, s.h)}"
                f'<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{fill}{line}</p:spPr></p:sp>')

    def text_box(self, box: Box) -> str:
        sid = self.shape_id()
        if box.placeholder:
            nv = (f'<p:nvSpPr><p:cNvPr id="{sid}" name="{box.placeholder.title()} {sid}"/>'
                  f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{self.ph(box)}'
                  "</p:nvPr></p:nvSpPr>")
        else:
            nv = (f'<p:nvSpPr><p:cNvPr id="{sid}" name={quoteattr(box.name)}/>'
                  '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>')
        if box.name not in REPEATED:
            return f"<p:sp>{nv}{self.box_body(box)}"
        same = self.known.get(("box", id(box)))  # (layout gives every slide the same box)
        if same is None or same[0] is not box:
            if any(p.url or any(r.link for r in runs_of(p.text)) for p in box.paras):
                return f"<p:sp>{nv}{self.box_body(box)}"  # (a link takes a new id each time)
            same = self.known[("box", id(box))] = (box, self.box_body(box))
        return f"<p:sp>{nv}{same[1]}"

    def box_body(self, box: Box) -> str:
        """A text box after its name: where it is, its fill, its paragraphs."""
        if box.placeholder:
            geometry = ""
        else:
            geometry = ('<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                        + (self.colour(box.fill) if box.fill else "<a:noFill/>"))
        placed = placed_format(box)
        body_pr = "<a:bodyPr><a:noAutofit/></a:bodyPr>" if placed else self.body_pr(box.anchor)
        write = self.placed_paragraph if placed else self.paragraph
        return (f"<p:spPr>{xfrm(box.x, box.y, box.w, box.h)}{geometry}</p:spPr>"
                f"<p:txBody>{body_pr}<a:lstStyle/>"
                f"{''.join(write(box, i, p) for i, p in enumerate(box.paras))}"
                "</p:txBody></p:sp>")

    def ph(self, box: Box) -> str:
        """The placeholder the box fills: the template layout's own (type and idx as it names
        them), else the built-in layout's title or subtitle."""
        if box.ph_type:
            kind = "" if box.ph_type == "obj" else f' type="{box.ph_type}"'
            idx = f' idx="{box.ph_idx}"' if box.ph_idx > 0 else ""
            return f"<p:ph{kind}{idx}/>"
        kind = {"title": "ctrTitle" if self.plan.kind == "title" else "title",
                "subtitle": "subTitle"}[box.placeholder]
        idx = ' idx="1"' if box.placeholder == "subtitle" else ""
        return f'<p:ph type="{kind}"{idx}/>'

    def body_pr(self, anchor: str = "top") -> str:
        inset = emu(self.theme.slide.inset)
        return (f'<a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
                f'bIns="{inset}" anchor="{ANCHOR[anchor]}" rtlCol="0"><a:noAutofit/></a:bodyPr>')

    def paragraph(self, box: Box, index: int, para: Para) -> str:
        role = box.style or getattr(self.theme.slide, box.role)
        before = int(round(box.space_before * 100)) if index else 0
        spacing = (f'<a:lnSpc><a:spcPts val="{int(round(box.leading * 100))}"/></a:lnSpc>'
                   f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>')
        attrs = paragraph_attrs(para.text, box.align)
        if para.level:
            attrs += f' lvl="{min(para.level, 8)}"'
        if (para.bullet or para.level) and box.indent:
            attrs += f' marL="{emu(box.indent * (para.level + 1))}"'
            attrs += f' indent="{-emu(box.indent) if para.bullet else 0}"'
        bullet = self.bullet(para) if box.indent else "<a:buNone/>"
        return (f"<a:p><a:pPr{attrs}>{spacing}{bullet}</a:pPr>"
                f"{self.runs(para, role, box.size, box.role)}</a:p>")

    def placed_paragraph(self, box: Box, index: int, para: Para) -> str:
        """A paragraph in a template's body placeholder: its indents, line spacing, space before
        and bullets are the placeholder's (layout measured with them); only a paragraph without a
        bullet says so, and a numbered one how it is numbered."""
        attrs = f' lvl="{min(para.level, 8)}"' if para.level else ""
        attrs += paragraph_attrs(para.text)
        if para.bullet and re.fullmatch(r"\d+\.", para.bullet):
            props = f'<a:buAutoNum type="arabicPeriod" startAt="{para.bullet[:-1]}"/>'
        elif para.bullet:
            props = ""
        else:
            margins = placed_format(box).margins
            margin = margins[min(para.level, len(margins) - 1)] if para.level else 0.0
            attrs += f' marL="{emu(margin)}" indent="0"'
            props = "<a:buNone/>"
        role = box.style or getattr(self.theme.slide, box.role)
        ppr = f"<a:pPr{attrs}>{props}</a:pPr>" if attrs or props else ""
        size = box.size * placed_format(box).scale(para.level)  # a level's size, as measured
        return f"<a:p>{ppr}{self.runs(para, role, size, box.role)}</a:p>"

    def bullet(self, para: Para) -> str:
        if not para.bullet:
            return "<a:buNone/>"
        head = (f'<a:buClr><a:srgbClr val="{self.theme.color("accent")}"/></a:buClr>'
                f'<a:buFont typeface={quoteattr(self.theme.font.name)}/>')
        if re.fullmatch(r"\d+\.", para.bullet):
            return head + f'<a:buAutoNum type="arabicPeriod" startAt="{para.bullet[:-1]}"/>'
        return head + f"<a:buChar char={quoteattr(para.bullet)}/>"

    def runs(self, para: Para, role, size: float, role_name: str = "") -> str:
        """The paragraph's text, run by run, as `<a:r>` elements, a hard line break as `<a:br>`:
        the one place the deck writes text. A run's emphasis adds to the role's weight and style;
        its link (or the paragraph's) becomes a hyperlink relationship."""
        bold = role.bold if para.bold is None else para.bold
        heading = role.family == "heading"
        out = []
        for run in runs_of(para.text):
            for j, piece in enumerate(run.text.split("\n")):
                colour = self.theme.page.link if run.link else para.color or role.color
                face = (size, bold or run.bold, role.italic or run.italic, colour,
                        run.link or para.url, heading, bool(run.cite))
                if j:
                    out.append(f"<a:br>{self.run_props(*face)}</a:br>")
                for s in stretches(piece, run, self.theme, self.language):
                    props = self.run_props(*face, language=s.language, script=(s.slot, s.family))
                    out.append(f"<a:r>{props}<a:t>{escape(s.text)}</a:t></a:r>")
        return "".join(out)

    def run_props(self, size: float, bold: bool, italic: bool, colour: str, url: str,
                  heading: bool = False, superscript: bool = False, *, language: str = "",
                  script: tuple[str, str] = ("", "")) -> str:
        """A run's properties; `script` is the (slot, family) of a complex-script stretch."""
        if url:  # (a new relationship id each time)
            return self.new_run_props(size, bold, italic, colour, url, heading, superscript,
                                      language=language, script=script)
        face = (size, bold, italic, colour, heading, superscript, language, script)
        if face not in self.known:
            self.known[face] = self.new_run_props(size, bold, italic, colour, url, heading,
                                                  superscript, language=language, script=script)
        return self.known[face]

    def new_run_props(self, size: float, bold: bool, italic: bool, colour: str, url: str,
                      heading: bool = False, superscript: bool = False, *, language: str = "",
                      script: tuple[str, str] = ("", "")) -> str:
        link = ""
        if url:
            rid = f"rIdLink{len(self.links) + 1}"
            self.links.append((rid, url))
            link = f'<a:hlinkClick r:id="{rid}" tooltip={quoteattr(url)}/>'
        latin, cs = self.faces(heading)
        slot, family = script
        ea = f"<a:ea typeface={quoteattr(family)}/>" if slot == "ea" else ""
        cs = family if slot == "cs" else cs
        rise = ' baseline="30000"' if superscript else ""  # a citation's number
        return (f'<a:rPr lang={quoteattr(language or self.language)} sz="{int(round(size * 100))}" '
                f'b="{int(bold)}" i="{int(italic)}"{rise} dirty="0">{self.colour(colour)}'
                f"<a:latin typeface={quoteattr(latin)}/>{ea}"
                f"<a:cs typeface={quoteattr(cs)}/>{link}</a:rPr>")

    def faces(self, heading: bool) -> tuple[str, str]:
        """The Latin and complex-script faces a run names: on a template, its theme's heading or
        body font by reference (so PowerPoint's design switcher still restyles the deck); on the
        built-in design, the theme's typeface."""
        if self.theme_fonts:
            face = self.theme.typeface("heading" if heading else "body")
            if face.theme_ref:
                return face.theme_ref, face.theme_ref.replace("-lt", "-cs")
            return face.name, face.name  # a theme file's typeface, named as it is
        return self.theme.font.name, self.theme.font.name

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
