"""The structure tree written into the PDF when the build ends: each node a StructElem, each
page's marked content and each link annotation mapped back to its element in the ParentTree,
/MarkInfo, /Tabs /S on every page, and the XMP metadata that says the file is PDF/UA-1."""
from __future__ import annotations

from typing import Callable, Collection, NamedTuple

from reportlab.pdfbase.pdfdoc import (PDFArray, PDFDictionary, PDFName, PDFObjectReference,
                                      PDFPage, PDFStream, PDFString)

from builder.report.tagging.canvas import Marks, StructLinkAnnotation
from builder.report.tagging.tree import Annotation, Content, Node
from builder.xmltext import escape

for _key in ("StructParents", "Tabs"):  # reportlab's page has no slot for them
    if _key not in PDFPage.__NoDefault__:
        PDFPage.__NoDefault__.append(_key)


class Metadata(NamedTuple):
    """What the XMP metadata says of the document."""

    title: str
    creator: str
    language: str
    subject: str = ""


def write_structure(canv, root: Node, marks: Marks, describe: Callable[[str], str],
                    meta: Metadata, citations: Collection[str] = ()) -> None:
    """The tree under `root` (the Document) as the PDF's structure, and what goes with it; a
    link to one of `citations` (targets) is a Reference's Link."""
    doc = canv._doc
    root.prune()
    for link, mark in marks.links:
        if mark.target in citations:
            link.wrap("Reference")
    names = {id(n): f"Struct{i}" for i, n in enumerate(root.nodes())}
    for node in root.nodes():
        parent = names[id(node.parent)] if node.parent is not None else "StructTreeRoot"
        doc.Reference(element(node, names, PDFObjectReference(parent)), names[id(node)])
    pages = len(doc.Pages.pages)
    nums = []
    for index, page in enumerate(doc.Pages.pages):
        page.StructParents = index
        page.Tabs = PDFName("S")
        nums += [index, PDFArray([PDFObjectReference(names[id(n)])
                                  for n in marks.pages.get(index + 1, [])])]
    for key, (link, mark) in enumerate(marks.links, pages):
        finish_link(mark, key, describe(mark.target))
        nums += [key, PDFObjectReference(names[id(link)])]
    doc.Reference(PDFDictionary({
        "Type": PDFName("StructTreeRoot"), "K": PDFObjectReference(names[id(root)]),
        "ParentTree": PDFDictionary({"Nums": PDFArray(nums)}),
        "ParentTreeNextKey": pages + len(marks.links)}), "StructTreeRoot")
    doc.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    doc.Catalog.Metadata = doc.Reference(xmp(meta), "XMPMetadata")


def element(node: Node, names: dict[int, str], parent: PDFObjectReference) -> PDFDictionary:
    """A node as a StructElem: its role, parent, page, kids, alternative text, attributes."""
    page = node.first_page()
    kids = [kid_object(k, names, page) for k in node.kids]
    d = {"Type": PDFName("StructElem"), "S": PDFName(node.role), "P": parent,
         "K": kids[0] if len(kids) == 1 else PDFArray(kids)}  # one kid stands alone
    if page is not None:
        d["Pg"] = page_ref(page)
    if node.alt:
        d["Alt"] = PDFString(node.alt)
    if node.scope:
        d["A"] = PDFDictionary({"O": PDFName("Table"), "Scope": PDFName(node.scope)})
    if node.bbox:
        d["A"] = PDFDictionary({"O": PDFName("Layout"), "Placement": PDFName("Block"),
                                "BBox": PDFArray([round(v, 2) for v in node.bbox])})
    return PDFDictionary(d)


def page_ref(page: int) -> PDFObjectReference:
    return PDFObjectReference(f"Page{page}")  # reportlab's name for the page


def kid_object(kid, names: dict[int, str], page: int | None):
    """A kid in a StructElem's /K: an element, a marked-content id (a reference to one on
    another page than the element's), an annotation's object reference."""
    if isinstance(kid, Node):
        return PDFObjectReference(names[id(kid)])
    if isinstance(kid, Content):
        if kid.page == page:
            return kid.mcid
        return PDFDictionary({"Type": PDFName("MCR"), "Pg": page_ref(kid.page), "MCID": kid.mcid})
    assert isinstance(kid, Annotation)
    return PDFDictionary({"Type": PDFName("OBJR"), "Pg": page_ref(kid.page),
                          "Obj": PDFObjectReference(f"Annot.{kid.name}")})


def finish_link(mark: Annotation, key: int, description: str) -> None:
    """The annotation's description, and its key in the parent tree."""
    ann = mark.annotation
    if isinstance(ann, PDFDictionary):
        ann["Contents"] = PDFString(description)
        ann["StructParent"] = key
    else:
        ann.__class__ = StructLinkAnnotation
        ann.Contents = description
        ann.otherkw["StructParent"] = key


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>briefing</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp(meta: Metadata) -> PDFStream:
    """The XMP metadata packet, uncompressed so that any reader finds it."""
    text = XMP.format(**{k: escape(v) for k, v in meta._asdict().items()})
    return PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                     text.encode("utf-8"), filters=[])
