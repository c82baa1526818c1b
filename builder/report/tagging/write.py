"""The structure tree written into the PDF when the build ends: each node a StructElem, each
page's marked content and each link annotation mapped back to its element in the ParentTree,
/MarkInfo, /Tabs /S on every page, and the XMP metadata that says the file is PDF/UA-1."""
from __future__ import annotations

from typing import Callable, Collection, NamedTuple

from reportlab.pdfbase.pdfdoc import (PDFDictionary, PDFName, PDFObject, PDFObjectReference,
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
    nodes = list(root.nodes())
    names = {id(n): f"Struct{i}" for i, n in enumerate(nodes)}
    refs = Refs(doc.idToObjectNumberAndVersion)
    for node in nodes:
        parent = names[id(node.parent)] if node.parent is not None else "StructTreeRoot"
        doc.Reference(Element(node, names, parent, refs), names[id(node)])
    pages = len(doc.Pages.pages)
    for index, page in enumerate(doc.Pages.pages):
        page.StructParents = index
        page.Tabs = PDFName("S")
    for key, (link, mark) in enumerate(marks.links, pages):
        finish_link(mark, key, describe(mark.target))
    doc.Reference(PDFDictionary({
        "Type": PDFName("StructTreeRoot"), "K": PDFObjectReference(names[id(root)]),
        "ParentTree": ParentTree(marks, names, pages, refs),
        "ParentTreeNextKey": pages + len(marks.links)}), "StructTreeRoot")
    doc.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    doc.Catalog.Metadata = doc.Reference(xmp(meta), "XMPMetadata")


class Element(PDFObject):
    """A node as a StructElem — its role, parent, page, kids, alternative text, attributes —
    written straight to PDF syntax: reportlab's general dictionaries cost too much for the
    thousands of elements of a long report."""

    def __init__(self, node: Node, names: dict[int, str], parent: str, refs: Refs):
        self.node, self.names, self.parent, self.refs = node, names, parent, refs

    def format(self, document) -> bytes:
        refs, names, node = self.refs, self.names, self.node
        page = node.first_page()
        kids = [refs[names[id(k)]] if type(k) is Node else kid_syntax(k, page, refs)
                for k in node.kids]
        text = (f"<< /Type /StructElem /S /{node.role} /P {refs[self.parent]}"
                f" /K {kids[0] if len(kids) == 1 else '[' + ' '.join(kids) + ']'}")  # one alone
        if page is not None:
            text += f" /Pg {refs.page(page)}"
        if node.scope:
            text += f" /A << /O /Table /Scope /{node.scope} >>"
        if node.bbox:
            box = " ".join(f"{v:.2f}" for v in node.bbox)
            text += f" /A << /O /Layout /Placement /Block /BBox [{box}] >>"
        alt = b" /Alt " + PDFString(node.alt).format(document) if node.alt else b""
        return text.encode("ascii") + alt + b" >>"


class Refs(dict):
    """Indirect references in PDF syntax by reportlab's names for the objects, each written
    once (the ids are those the document gives its objects, known when it is written)."""

    def __init__(self, ids: dict):
        super().__init__()
        self.ids = ids

    def __missing__(self, name: str) -> str:
        out = self[name] = "%s %s R" % self.ids[name]
        return out

    def page(self, number: int) -> str:
        return self[f"Page{number}"]  # reportlab's name for the page


def kid_syntax(kid, page: int | None, refs: Refs) -> str:
    """A kid in a StructElem's /K other than an element: a marked-content id (a reference to
    one on another page than the element's), an annotation's object reference."""
    if isinstance(kid, Content):
        if kid.page == page:
            return str(kid.mcid)
        return f"<< /Type /MCR /Pg {refs.page(kid.page)} /MCID {kid.mcid} >>"
    return f"<< /Type /OBJR /Pg {refs.page(kid.page)} /Obj {refs[f'Annot.{kid.name}']} >>"


class ParentTree(PDFObject):
    """The parent tree: each page's marked content (by MCID) and each link annotation (by its
    /StructParent) mapped back to its element, written straight to PDF syntax."""

    def __init__(self, marks: Marks, names: dict[int, str], pages: int, refs: Refs):
        self.marks, self.names, self.pages, self.refs = marks, names, pages, refs

    def format(self, document) -> bytes:
        refs, names = self.refs, self.names
        nums = [f"{i} [{' '.join(refs[names[id(n)]] for n in self.marks.pages.get(i + 1, []))}]"
                for i in range(self.pages)]
        nums += [f"{key} {refs[names[id(link)]]}"
                 for key, (link, _) in enumerate(self.marks.links, self.pages)]
        return f"<< /Nums [{' '.join(nums)}] >>".encode("ascii")


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
