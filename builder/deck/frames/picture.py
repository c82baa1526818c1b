"""A picture on a slide, with its alternative text as the shape's description."""
from __future__ import annotations

from builder.deck.xml import xfrm
from builder.layout.plan import PictureBox
from builder.xmltext import quoteattr

RELATIONSHIP = "rIdPicture"


def frame_xml(box: PictureBox, slide) -> str:
    slide.parts.append(("image", slide.media.picture(box.path), RELATIONSHIP))
    sid = slide.shape_id()
    return (f'<p:pic><p:nvPicPr><p:cNvPr id="{sid}" name="Picture {sid}" '
            f'descr={quoteattr(box.alt)}/><p:cNvPicPr><a:picLocks noChangeAspect="1"/>'
            f'</p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{RELATIONSHIP}"/>'
            f'<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{xfrm(box.x, box.y, box.w, box.h)}'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')
