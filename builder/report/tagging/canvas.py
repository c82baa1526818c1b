"""The canvas side of tagging: a page is an artifact (running header and footer, marking, page
numbers, rules, panels and bands) except for what a node claims, between `begin` and `end`;
each link annotation drawn inside a node becomes a Link element of it."""
from __future__ import annotations

from reportlab.pdfbase.pdfdoc import LinkAnnotation
from reportlab.pdfgen.canvas import Canvas

from builder.report.syntax import dictionary
from builder.report.tagging.tree import Annotation, Content, Node

PAGE_ARTIFACT = "/Artifact BMC"
END = "EMC"


class Marks:
    """What the canvas marked: each page's nodes by marked-content id, the link annotations,
    and the nodes whose content is being drawn."""

    def __init__(self):
        self.pages: dict[int, list[Node]] = {}
        self.links: list[tuple[Node, Annotation]] = []
        self.open: list[Node] = []


class TaggingCanvas(Canvas):
    """reportlab's canvas, marking content for the structure tree."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.marks = Marks()
        self._target = ""  # where the link being drawn leads
        self._paused: list[Node | None] = []  # the content each artifact drawn amid it paused
        self.labels: dict = {}  # the operators of list marks drawn (see flowables.Label)

    def begin(self, node: Node) -> None:
        """What is drawn from here to `end` is `node`'s content on this page."""
        page = self.getPageNumber()
        nodes = self.marks.pages.setdefault(page, [])
        node.kids.append(Content(page, len(nodes)))
        if not self.marks.open:
            self._code.append(END)  # the page's artifact pauses
        self._code.append(f"/{node.role} <</MCID {len(nodes)}>> BDC")
        nodes.append(node)
        self.marks.open.append(node)

    def end(self) -> None:
        self.marks.open.pop()
        self._code.append(END)
        if not self.marks.open:
            self._code.append(PAGE_ARTIFACT)

    def begin_artifact(self, kind: str, subtype: str = "") -> None:
        """What is drawn from here to `end_artifact` is an artifact of the kind (Pagination,
        Layout); drawn amid a node's content, that content pauses and resumes after it."""
        self._paused.append(self.marks.open[-1] if self.marks.open else None)
        if self._paused[-1] is not None:
            self.end()
        sub = f" /Subtype /{subtype}" if subtype else ""
        self._code.append(f"/Artifact <</Type /{kind}{sub}>> BDC")

    def end_artifact(self) -> None:
        self._code.append(END)
        paused = self._paused.pop()
        if paused is not None:
            self.begin(paused)

    def showPage(self):
        self._code.insert(0, PAGE_ARTIFACT)
        self._code.append(END)
        super().showPage()

    def linkRect(self, contents, destinationname, *args, **kw):
        self._target = "#" + destinationname
        return super().linkRect(contents, destinationname, *args, **kw)

    def linkURL(self, url, *args, **kw):
        self._target = url
        return super().linkURL(url, *args, **kw)

    def _addAnnotation(self, annotation, name=None, addtopage=1):
        count = self._annotationCount = self._annotationCount + 1
        name = name or f"NUMBER{count}"
        self._doc.addAnnotation(name, annotation)
        if addtopage:
            self._annotatePage(name)
        if self.marks.open and addtopage:
            owner = self.marks.open[-1]
            link = Node("Link", owner)
            mark = Annotation(self.getPageNumber(), name, annotation, self._target)
            link.kids.append(mark)
            self.marks.links.append((link, mark))


class StructLinkAnnotation(LinkAnnotation):
    """reportlab's link annotation, allowed the /StructParent key that ties it to its element."""

    permitted = LinkAnnotation.permitted + ("StructParent",)

    def format(self, document):  # as reportlab writes it, directly (see builder.report.syntax)
        return dictionary(self.Dict().dict, document)
