"""The rules of PowerPoint's accessibility checker that can be read from the file, applied to a
deck with python-pptx and lxml: each slide has a title in a title placeholder, titles are unique,
the title is the first shape read (decorative shapes are not read), shapes with no text are
marked decorative, pictures and charts have a description, tables have a header row. A plain
module (not conftest.py) the deck's tests import."""
from __future__ import annotations

from pptx import Presentation

DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
TITLES = ("title", "ctrTitle")
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def decorative(shape) -> bool:
    """Whether PowerPoint's "Mark as decorative" is set on the shape (the adec extension)."""
    marks = shape._element.xpath("./*[1]/p:cNvPr/a:extLst/a:ext/*")
    return any(m.tag == DECORATIVE and m.get("val") == "1" for m in marks)


def is_title(shape) -> bool:
    if not shape.is_placeholder:
        return False
    ph = shape._element.xpath("./p:nvSpPr/p:nvPr/p:ph")
    return bool(ph) and ph[0].get("type") in TITLES


def findings(path) -> list[str]:
    """What the checker would flag, one line per finding ("slide 3: ...")."""
    out, seen = [], {}
    for number, slide in enumerate(Presentation(str(path)).slides, 1):
        out += [f"slide {number}: {f}" for f in slide_findings(slide)]
        titles = [s for s in slide.shapes if is_title(s)]
        if titles:
            text = titles[0].text_frame.text.strip()
            if text in seen:
                out.append(f"slide {number}: the title {text!r} repeats slide {seen[text]}'s")
            seen.setdefault(text, number)
    return out


def slide_findings(slide) -> list[str]:
    out = []
    shapes = list(slide.shapes)
    titles = [s for s in shapes if is_title(s)]
    if not titles or not titles[0].text_frame.text.strip():
        out.append("no title in a title placeholder")
    read = [s for s in shapes if not decorative(s)]
    if titles and read and read[0] is not titles[0]:
        out.append(f"{read[0].name!r} is read before the title")
    for shape in shapes:
        out += [f"{shape.name!r}: {f}" for f in shape_findings(shape)]
    return out


def shape_findings(shape) -> list[str]:
    element = shape._element
    description = (element.xpath("./*[1]/p:cNvPr/@descr") or [""])[0].strip()
    if shape.shape_type is not None and shape.shape_type == 13 and not description:  # picture
        return ["a picture with no description"]
    if getattr(shape, "has_chart", False) and shape.has_chart and not description:
        return ["a chart with no description"]
    if getattr(shape, "has_table", False) and shape.has_table:
        first = element.xpath(".//a:tblPr/@firstRow")
        return [] if first == ["1"] else ["a table with no header row"]
    if element.tag.endswith("}sp") and not shape.has_text_frame or (
            shape.has_text_frame and not shape.text_frame.text.strip() and not shape.is_placeholder):
        return [] if decorative(shape) else ["a shape with no text not marked decorative"]
    return []
