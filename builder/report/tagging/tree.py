"""The structure tree as the story builds it: a `Node` per element (Document, H1, P, L, LI,
Table, TD, Figure…), its kids in reading order — other nodes, the marked content drawn for it on
a page, the link annotations drawn inside it."""
from __future__ import annotations

from typing import Iterator, NamedTuple


class Content(NamedTuple):
    """Marked content of a node: its page and its marked-content id there."""

    page: int
    mcid: int


class Annotation(NamedTuple):
    """A link annotation drawn inside a node: its page, reportlab's name for it, the annotation
    object (finished when the build ends), and where it leads (a URL or an anchor's name)."""

    page: int
    name: str
    annotation: object
    target: str


class Node:
    """One structure element: its standard role, its kids in reading order, and what a reader
    is told besides its text (alternative text, a header cell's scope, a figure's box)."""

    __slots__ = ("role", "parent", "kids", "alt", "scope", "bbox")

    def __init__(self, role: str, parent: Node | None = None, alt: str = "", scope: str = ""):
        self.role, self.parent, self.alt, self.scope = role, parent, alt, scope
        self.kids: list[Node | Content | Annotation] = []
        self.bbox: tuple[float, float, float, float] | None = None
        if parent is not None:
            parent.kids.append(self)

    def add(self, role: str, alt: str = "", scope: str = "") -> Node:
        """A new last kid of this node."""
        return Node(role, self, alt, scope)

    def wrap(self, role: str) -> Node:
        """Put this node in a new node of `role`, in its place among its parent's kids."""
        outer = Node(role)
        outer.parent, outer.kids = self.parent, [self]
        siblings = self.parent.kids
        siblings[siblings.index(self)] = outer
        self.parent = outer
        return outer

    def nodes(self) -> Iterator[Node]:
        """This node and every node under it, in reading order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(k for k in reversed(node.kids) if isinstance(k, Node))

    def prune(self) -> bool:
        """Drop the nodes under this one that nothing was drawn for (a block left to the deck,
        an empty cell); whether anything was drawn for this one or under it."""
        self.kids = [k for k in self.kids if not isinstance(k, Node) or k.prune()]
        return bool(self.kids)

    def first_page(self) -> int | None:
        """The page of the node's own first content or annotation."""
        return next((k.page for k in self.kids if not isinstance(k, Node)), None)

    def text_kids(self) -> list[Content | Annotation]:
        return [k for k in self.kids if not isinstance(k, Node)]
