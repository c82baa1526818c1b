"""The report's document, pages, forms and link annotations written straight to PDF syntax: the
bytes reportlab's own formatting writes for the same objects."""
from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfdoc import (PDFArray, PDFDictionary, PDFName, PDFString, format,
                                      xObjectName)
from reportlab.pdfgen.canvas import Canvas

from builder.report import syntax
from builder.report.tagging.canvas import StructLinkAnnotation


def drawn() -> Canvas:
    """A canvas with a bookmarked page in the outline, a form drawn on it and links to the
    bookmark."""
    canv = Canvas(io.BytesIO(), invariant=1)
    canv.bookmarkPage("top")
    canv.addOutlineEntry("The (top)", "top", level=0, closed=False)
    canv.addOutlineEntry("Caf\u00e9", "top", level=1)
    canv.beginForm("number", lowerx=-30.25, lowery=-8, upperx=1, uppery=12.5)
    canv.setFillColor(HexColor("#1e2329"))
    canv.drawRightString(0, 0, "Page 1 of 2")
    canv.endForm()
    canv.doForm("number")
    for n in range(3):
        canv.linkRect("", "top", (10, 20 + n, 100.5, 30.125), relative=1)
    canv.showPage()
    canv.drawString(10, 10, "two")
    canv.showPage()
    return canv


def test_values_are_written_as_reportlab_formats_them():
    canv = drawn()
    doc = canv._doc
    values = [PDFDictionary({"Zeta": 1, "Alpha": PDFName("A b#"), "Mid": -3.14159265,
                             "List": PDFArray(list(range(23))), "Str": "plain",
                             "Odd": "caf\u00e9", "Nested": PDFDictionary({"K": [1, 2]}),
                             "A1": 0, "A2": 1.5, "A3": 2, "A4": 3, "A5": 4})]
    forced = PDFDictionary({"B": 1, "A": PDFArray(list(range(12)))})
    forced.multiline = "forced"
    values += [forced]
    for value in values:
        assert syntax.syntax(value, doc) == format(value, doc)


def test_pages_forms_and_links_are_written_as_reportlab_writes_them():
    theirs = drawn().getpdfdata()
    canv = drawn()
    doc = canv._doc
    syntax.written_directly(doc)
    for page in doc.Pages.pages:
        syntax.written_directly(page)
    syntax.written_directly(doc.idToObject[xObjectName("number")])
    links = [obj for name, obj in doc.idToObject.items() if name.startswith("Annot.")]
    for link in links:
        link.__class__ = StructLinkAnnotation
    assert [type(p) for p in doc.Pages.pages] == [syntax.Page] * 2 and len(links) == 3
    assert type(doc) is syntax.Document
    ours = canv.getpdfdata()
    assert ours == theirs
    assert sum(type(o) is syntax.OutlineEntry for o in doc.idToObject.values()) == 2


def test_a_link_with_its_structure_key_is_written_as_reportlab_writes_it():
    doc = drawn()._doc
    link = next(obj for name, obj in doc.idToObject.items() if name.startswith("Annot."))
    link.__class__ = StructLinkAnnotation
    link.Contents, link.otherkw["StructParent"] = "Leads to (the top) \u2014 here", 7
    ours = link.format(doc)
    assert ours == PDFDictionary(link.Dict().dict).format(doc)
    assert b"/StructParent 7" in ours


def test_a_string_reportlab_cannot_write_as_pdfdoc_goes_to_reportlab():
    doc = drawn()._doc
    assert syntax.syntax(PDFString("\u0627\u0644"), doc) == PDFString("\u0627\u0644").format(doc)
