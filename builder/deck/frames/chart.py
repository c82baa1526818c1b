"""A native chart on a slide: the graphic frame that shows it, with its description, and the
chart part (and embedded workbook) it stands for."""
from __future__ import annotations

from builder import wording
from builder.deck.xml import xfrm
from builder.layout.plan import ChartBox
from builder.xmltext import quoteattr

RELATIONSHIP = "rIdChart"


def frame_xml(box: ChartBox, slide) -> str:
    slide.parts.append(("chart", slide.media.chart(box, slide.theme), RELATIONSHIP))
    sid = slide.shape_id()
    title = box.chart.title or "chart"
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name={quoteattr(title)} '
            f'descr={quoteattr(box.chart.alt or wording.chart_description(box.chart))}/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f"{xfrm(box.x, box.y, box.w, box.h, 'p')}<a:graphic><a:graphicData "
            'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            f'r:id="{RELATIONSHIP}"/></a:graphicData></a:graphic></p:graphicFrame>')
