"""Write a `DeckPlan` into a PPTX package. Carries out layout's decisions; decides nothing.

Units change only here (points in the plan, EMU in the package). Colours and fonts come from
the theme by semantic name.
"""
from __future__ import annotations

import io
import re

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from builder.reproducible import build_time, normalise_zip
from builder.plan import Box, DeckPlan, Para, Shape, SlidePlan, TableBox
from builder.theme import Theme

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
LAYOUT_TITLE, LAYOUT_TITLE_ONLY = 0, 5
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


class DeckWriter:
    def __init__(self, plan: DeckPlan, theme: Theme):
        self.plan = plan
        self.theme = theme
        self.prs = Presentation()

    def rgb(self, name: str) -> RGBColor:
        return RGBColor.from_string(self.theme.color(name))

    # --- the package -------------------------------------------------------------------------

    def write(self) -> bytes:
        prs = self.prs
        old_w = prs.slide_width
        prs.slide_width = Pt(self.plan.width)
        prs.slide_height = Pt(self.plan.height)
        self.widen_layouts(prs.slide_width / old_w)
        self.apply_theme()
        for slide in self.plan.slides:
            self.add_slide(slide)
        props = prs.core_properties
        props.title = self.plan.title
        props.author = self.plan.author
        props.subject = self.plan.subject
        props.language = self.plan.language
        props.last_modified_by = self.plan.author
        props.revision = 1
        props.comments = ""
        props.created = props.modified = build_time()
        out = io.BytesIO()
        prs.save(out)
        return normalise_zip(out.getvalue())

    def widen_layouts(self, factor: float) -> None:
        """The default template is 4:3; stretch its master and layouts to the 16:9 slide."""
        master = self.prs.slide_master
        for shapes in [master.shapes, *[layout.shapes for layout in master.slide_layouts]]:
            for shape in shapes:
                if shape.left is not None and shape.width is not None:
                    shape.left = Emu(int(shape.left * factor))
                    shape.width = Emu(int(shape.width * factor))

    def apply_theme(self) -> None:
        """Name the theme's typeface and palette in the package theme, so PowerPoint's own
        pickers (new text, new shapes) offer the same look."""
        part = self.prs.slide_master.part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob)
        for tag in ("majorFont", "minorFont"):
            latin = root.find(f".//{{{_A}}}{tag}/{{{_A}}}latin")
            latin.set("typeface", self.theme.font.name)
        scheme = root.find(f".//{{{_A}}}clrScheme")
        p = self.theme.palette
        for tag, value in (("dk1", p.ink), ("dk2", p.primary), ("lt2", p.surface),
                           ("accent1", p.primary), ("accent2", p.accent), ("accent3", p.muted),
                           ("hlink", p.primary)):
            slot = scheme.find(f"{{{_A}}}{tag}")
            for child in list(slot):
                slot.remove(child)
            etree.SubElement(slot, f"{{{_A}}}srgbClr", val=value)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    # --- slides ------------------------------------------------------------------------------

    def add_slide(self, plan: SlidePlan) -> None:
        layout_index = LAYOUT_TITLE if plan.kind == "title" else LAYOUT_TITLE_ONLY
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[layout_index])
        placeholders = {ph.placeholder_format.type: ph for ph in slide.placeholders}
        by_name = {"title": slide.shapes.title}
        for ph in slide.placeholders:
            if ph.placeholder_format.idx == 1:
                by_name["subtitle"] = ph
        used = set()
        for box in plan.boxes:
            if box.placeholder and box.placeholder in by_name:
                shape = by_name[box.placeholder]
                used.add(box.placeholder)
                self.place(shape, box)
            else:
                shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
                shape.name = box.name
            self.fill_text(shape.text_frame, box)
        for name, ph in by_name.items():  # a placeholder with nothing to say is removed
            if name not in used:
                ph._element.getparent().remove(ph._element)
        del placeholders
        first = 2  # after the group properties: shapes drawn first sit behind the text
        for i, shape in enumerate(plan.shapes):
            self.add_shape(slide, shape, first + i)
        if plan.table is not None:
            self.add_table(slide, plan.table)
        if plan.notes:
            slide.notes_slide.notes_text_frame.text = plan.notes

    def place(self, shape, box: Box) -> None:
        shape.left, shape.top = Pt(box.x), Pt(box.y)
        shape.width, shape.height = Pt(box.w), Pt(box.h)

    def add_shape(self, slide, plan: Shape, index: int) -> None:
        kind = {"rect": MSO_SHAPE.RECTANGLE, "dot": MSO_SHAPE.OVAL}.get(plan.kind, MSO_SHAPE.RECTANGLE)
        shape = slide.shapes.add_shape(kind, Pt(plan.x), Pt(plan.y), Pt(plan.w), Pt(plan.h))
        if plan.fill:
            shape.fill.solid()
            shape.fill.fore_color.rgb = self.rgb(plan.fill)
        else:
            shape.fill.background()
        if plan.line:
            shape.line.color.rgb = self.rgb(plan.line)
        else:
            shape.line.fill.background()
        style = shape._element.find(qn("p:style"))
        if style is not None:  # no theme effects (shadows): the plan's fill and line only
            shape._element.remove(style)
        tree = slide.shapes._spTree
        tree.remove(shape._element)
        tree.insert(index, shape._element)

    # --- text --------------------------------------------------------------------------------

    def fill_text(self, frame, box: Box) -> None:
        role = getattr(self.theme.slide, box.role)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        inset = Pt(self.theme.slide.inset)
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = inset
        frame.vertical_anchor = ANCHOR[box.anchor]
        for i, para in enumerate(box.paras):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            p.alignment = ALIGN[box.align]
            p.line_spacing = Pt(round(box.size * role.leading, 2))
            p.space_before = Pt(round(role.space_before * box.size / role.size, 2)) if i else Pt(0)
            p.level = min(para.level, 8)
            self.bullet(p, para, box)
            self.runs(p, para, role, box.size)

    def runs(self, p, para, role, size: float) -> None:
        lines = para.text.split("\n")
        for j, line in enumerate(lines):
            if j:
                p.add_line_break()
            run = p.add_run()
            run.text = line
            font = run.font
            font.name = self.theme.font.name
            font.size = Pt(size)
            font.bold = role.bold if para.bold is None else para.bold
            font.italic = role.italic
            font.color.rgb = self.rgb(para.color or role.color)
            if para.url:
                run.hyperlink.address = para.url

    def bullet(self, p, para, box: Box) -> None:
        pPr = p._p.get_or_add_pPr()
        indent = box.indent
        if not (para.bullet or para.level) or not indent:
            etree.SubElement(pPr, qn("a:buNone"))
            return
        pPr.set("marL", str(int(Pt(indent * (para.level + 1)))))
        pPr.set("indent", str(int(-Pt(indent))) if para.bullet else "0")
        if not para.bullet:
            etree.SubElement(pPr, qn("a:buNone"))
            return
        color = etree.SubElement(pPr, qn("a:buClr"))
        etree.SubElement(color, qn("a:srgbClr"), val=self.theme.color("accent"))
        if re.fullmatch(r"\d+\.", para.bullet):
            etree.SubElement(pPr, qn("a:buFont"), typeface=self.theme.font.name)
            etree.SubElement(pPr, qn("a:buAutoNum"), type="arabicPeriod",
                             startAt=para.bullet[:-1])
        else:
            etree.SubElement(pPr, qn("a:buFont"), typeface=self.theme.font.name)
            etree.SubElement(pPr, qn("a:buChar"), char=para.bullet)

    # --- tables ------------------------------------------------------------------------------

    def add_table(self, slide, plan: TableBox) -> None:
        rows, cols = len(plan.rows), len(plan.col_widths)
        width, height = sum(plan.col_widths), sum(plan.row_heights)
        frame = slide.shapes.add_table(rows, cols, Pt(plan.x), Pt(plan.y), Pt(width), Pt(height))
        frame.name = "table"
        table = frame.table
        table.first_row = True
        table.horz_banding = False
        for c, w in enumerate(plan.col_widths):
            table.columns[c].width = Pt(w)
        for r, h in enumerate(plan.row_heights):
            table.rows[r].height = Pt(h)
        inset = Pt(self.theme.slide.inset)
        for r, row in enumerate(plan.rows):
            for c, cell_plan in enumerate(row):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = cell.margin_top = cell.margin_bottom = inset
                cell.vertical_anchor = MSO_ANCHOR.TOP
                header = cell_plan.header
                fill = "primary" if header else ("zebra" if r % 2 == 0 else "on_primary")
                cell.fill.solid()
                cell.fill.fore_color.rgb = self.rgb(fill)
                role = self.theme.slide.table_header if header else self.theme.slide.table_cell
                size = plan.header_size if header else plan.cell_size
                frame_ = cell.text_frame
                frame_.word_wrap = True
                p = frame_.paragraphs[0]
                p.line_spacing = Pt(round(size * role.leading, 2))
                self.runs(p, Para(cell_plan.text), role, size)


def write_pptx(plan: DeckPlan, theme: Theme) -> bytes:
    return DeckWriter(plan, theme).write()
