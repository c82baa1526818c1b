"""The PDF's structure: each picture is a Figure with its /Alt text, what PDF readers and screen
readers take as an image's alternate text. reportlab writes no structure of its own, so this is a
tagged PDF for the figures only (issue 13 extends it to the whole document)."""
from __future__ import annotations

from contextlib import contextmanager

from reportlab.pdfbase.pdfdoc import (PDFArray, PDFDictionary, PDFName, PDFObjectReference,
                                      PDFPage, PDFString)

from builder.report.context import Figure, Record


@contextmanager
def marked_figure(canv, record: Record, alt: str):
    """What is drawn inside is one Figure's marked content on the current page."""
    mcid = record.figure(canv.getPageNumber(), alt)
    canv._code.append(f"/Figure <</MCID {mcid}>> BDC")
    yield
    canv._code.append("EMC")


def tag_figures(canv, figures: list[Figure]) -> None:
    """The structure tree: a Document whose kids are the figures, and the parent tree that maps
    each page's marked content back to them."""
    if not figures:
        return
    if "StructParents" not in PDFPage.__NoDefault__:  # reportlab has no slot for it
        PDFPage.__NoDefault__.append("StructParents")
    doc = canv._doc
    elements = [figure_element(doc, figure) for figure in figures]
    pages: dict[int, list] = {}
    for figure, element in zip(figures, elements):
        pages.setdefault(figure.page, []).append(element)
    nums = []
    for index, (page, refs) in enumerate(sorted(pages.items())):
        doc.Pages.pages[page - 1].StructParents = index
        nums += [index, PDFArray(refs)]
    doc.Reference(PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName("Document"),
                                 "P": PDFObjectReference("StructTreeRoot"),
                                 "K": PDFArray(elements)}), "StructDocument")
    doc.Reference(PDFDictionary({"Type": PDFName("StructTreeRoot"),
                                 "K": PDFObjectReference("StructDocument"),
                                 "ParentTree": PDFDictionary({"Nums": PDFArray(nums)}),
                                 "ParentTreeNextKey": len(pages)}), "StructTreeRoot")
    doc.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})


def figure_element(doc, figure: Figure) -> PDFObjectReference:
    name = f"StructFigure{figure.page}.{figure.mcid}"
    doc.Reference(PDFDictionary({
        "Type": PDFName("StructElem"), "S": PDFName("Figure"),
        "P": PDFObjectReference("StructDocument"), "Pg": PDFObjectReference(f"Page{figure.page}"),
        "K": figure.mcid, "Alt": PDFString(figure.alt)}), name)
    return PDFObjectReference(name)
