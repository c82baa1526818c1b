"""A real PowerPoint table: the header in the primary colour, zebra rows, each cell's text
written by the slide's own paragraph writer at the sizes and line heights layout decided."""
from __future__ import annotations

from builder.deck.xml import emu, xfrm
from builder.layout.plan import Box, Para, TableBox


def frame_xml(t: TableBox, slide) -> str:
    sid = slide.shape_id()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in t.col_widths)
    rows = "".join(f'<a:tr h="{emu(height)}">{"".join(cells_xml(t, r, row, slide))}</a:tr>'
                   for r, (row, height) in enumerate(zip(t.rows, t.row_heights)))
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="table"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f"</p:nvGraphicFramePr>{xfrm(t.x, t.y, sum(t.col_widths), sum(t.row_heights), 'p')}"
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            f'<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl>'
            "</a:graphicData></a:graphic></p:graphicFrame>")


def cells_xml(t: TableBox, r: int, row, slide) -> list[str]:
    inset = emu(slide.theme.slide.inset)
    out = []
    for c, cell in enumerate(row):
        role_name = "table_header" if cell.header else "table_cell"
        size = t.header_size if cell.header else t.cell_size
        fill = "primary" if cell.header else ("zebra" if r % 2 == 0 else "on_primary")
        align = t.align[c] if c < len(t.align) else "left"
        leading = t.header_leading if cell.header else t.cell_leading
        box = Box("cell", 0, 0, 0, 0, role_name, size, (Para(cell.text),), align=align,
                  leading=leading)
        para = Para(cell.text, bold=True if (t.first_column and c == 0) else None)
        out.append(f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{slide.paragraph(box, 0, para)}"
                   f'</a:txBody><a:tcPr marL="{inset}" marR="{inset}" marT="{inset}" '
                   f'marB="{inset}" anchor="t">{slide.colour(fill)}</a:tcPr></a:tc>')
    return out
