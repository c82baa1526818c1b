"""What platypus draws, marked for its node: a paragraph (and each part of it when it splits
across pages), a list's labels, a figure with its box. A paragraph drawn a second time — a
table's header row repeated on the next page — is left to the page's artifact."""
from __future__ import annotations

from contextlib import contextmanager
from weakref import WeakKeyDictionary

from reportlab.platypus import ListFlowable
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus.flowables import BulletDrawer, LIIndenter, _bulletFormat
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from builder.graphics.breaks import ZeroWidthBreaks
from builder.report import breaking
from builder.report.fragments import parse
from builder.report.tagging.tree import Node


@contextmanager
def content(canv, node: Node | None):
    """What is drawn inside is `node`'s content (nothing is marked on a canvas that does not
    tag, as when a flowable is drawn to be measured)."""
    began = begun(canv, node)
    try:
        yield
    finally:
        if began:
            canv.end()


def begun(canv, node: Node | None) -> bool:
    """Whether `node`'s content begins here, on a canvas that tags (`content` without a context
    manager, for what is drawn by the ten thousand: paragraphs, list marks); the caller ends it."""
    if node is None or not hasattr(canv, "begin"):
        return False
    canv.begin(node)
    return True


@contextmanager
def artifact(canv, kind: str, subtype: str = ""):
    """What is drawn inside is an artifact: Pagination (header, footer, page number) or Layout
    (a leader, a rule)."""
    if not hasattr(canv, "begin_artifact"):
        yield
        return
    canv.begin_artifact(kind, subtype)
    try:
        yield
    finally:
        canv.end_artifact()


@contextmanager
def figure(canv, node: Node | None, width: float, height: float):
    """A figure's content, its box on the page recorded the first time it is drawn."""
    if node is not None and node.bbox is None and hasattr(canv, "begin"):
        node.bbox = tuple(canv._absRect((0, 0, width, height), 1))
    with content(canv, node):
        yield


class TaggedParagraph(ZeroWidthBreaks):
    """A paragraph whose text is its node's content.

    Platypus often wraps a paragraph twice at the same width (to see whether it fits, then to
    place it; a list's or a table's cells again): the lines broken the first time are kept and
    reused while the paragraph's width, style and fragments are those they were broken for and
    it has been neither split nor drawn since. Breaking a paragraph of several fragments turns
    them into reportlab's word list, which the lines index: the lines are kept with that list
    (breaking it again gives the same lines — the outputs are byte for byte the same)."""

    def __init__(self, text, style, node: Node | None = None, **kw):
        super().__init__(text, style, **kw)
        self.node = node
        self.drawn = False
        self._wrapped = None  # (width, style, frags, lines, size) of the last wrap

    @classmethod
    def plain(cls, text: str, style, node: Node | None = None) -> TaggedParagraph:
        """`text` without markup (no tag, no entity) in `style`: the paragraph platypus parses it
        to — one fragment, a copy of the one a text parses to in that style, with this text."""
        text, frags = plain_frags(text, style)
        return cls(text, style, node, frags=frags)

    def wrap(self, availWidth, availHeight):
        last = self._wrapped
        if (last is not None and last[0] == availWidth and last[1] is self.style
                and last[2] is self.frags and getattr(self, "blPara", None) is last[3]):
            self.width, self.height = last[4]
            return last[4]
        size = super().wrap(availWidth, availHeight)
        blPara = getattr(self, "blPara", None)
        kept = blPara is not None and size[0] == availWidth
        self._wrapped = (availWidth, self.style, self.frags, blPara, size) if kept else None
        return size

    def breakLines(self, width):
        lines = breaking.lines(self, width)  # a plain paragraph's, in a tighter loop
        return lines if lines is not None else super().breakLines(width)

    def split(self, availWidth, availHeight):
        self._wrapped = None
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.node = self.node
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        self._wrapped = None
        node, self.drawn = (None if self.drawn else self.node), True
        began = begun(canvas, node)  # (what `content` does)
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            if began:
                canvas.end()


def plain_frags(text: str, style) -> tuple[str, list | None]:
    """`text` without markup, cleaned as platypus cleans a paragraph's text, and the fragments
    platypus parses it to in `style` (None where that is not one plain fragment)."""
    text = cleanBlockQuotedText(text)
    parsed = _parsed(style) if text else None
    if parsed is None:
        return text, None
    frag = parsed.__class__.__new__(parsed.__class__)  # a copy, as copy.copy makes it
    frag.__dict__.update(parsed.__dict__)
    frag.link, frag.us_lines, frag.text = [], [], text  # as each parse makes them
    frags = [frag]
    textTransformFrags(frags, style)
    return text, frags


_PARSED: WeakKeyDictionary = WeakKeyDictionary()  # style → a plain text's fragment in it


def _parsed(style):
    """The one fragment a plain text parses to in `style` (None where it is not one plain
    fragment)."""
    if style not in _PARSED:
        _, frags, bullet = parse("x", style)
        one = (frags[0] if frags and len(frags) == 1 and not bullet and frags[0].text == "x"
               and frags[0].link == [] and frags[0].us_lines == [] else None)
        _PARSED[style] = one
    return _PARSED[style]


class Label:
    """A list item's bullet or number, drawn as its item's Lbl.

    Platypus draws a left-aligned mark as a saved state, a move to the item, its colour, its
    text object and the restored state; what it writes between the move and the restore depends
    only on the mark's font, size, colour and text and on where in the item it sits. On a
    canvas that keeps them (`labels`, a dict), those two operators written for the first such
    mark are written again for the next, without drawing it (6,000 marks at 1,000 sections)."""

    def __init__(self, drawer, node: Node):
        self.drawer, self.node = drawer, node

    def drawOn(self, indenter, canv, x, y, _sW=0):
        began = begun(canv, self.node)  # (what `content` does)
        try:
            self.draw_mark(indenter, canv, x, y, _sW)
        finally:
            if began:
                canv.end()

    def draw_mark(self, indenter, canv, x, y, _sW=0):
        key = _mark_key(self.drawer, indenter, getattr(canv, "labels", None))
        drawn = canv.labels.get(key) if key is not None else None
        if drawn is not None:
            canv._code += ["q", f"{fp_str(1, 0, 0, 1, x, y)} cm", *drawn, "Q"]
            return
        start = len(canv._code)
        self.drawer.drawOn(indenter, canv, x, y, _sW)
        code = canv._code[start:]
        if key is not None and len(code) == 5 and code[0] == "q" and code[4] == "Q":
            canv.labels[key] = (code[2], code[3])  # its colour and its text object


def _mark_key(drawer, indenter, labels: dict | None) -> tuple | None:
    """What a left-aligned mark's drawing depends on (None where the canvas keeps no marks or
    platypus draws this mark otherwise: aligned other than left, right to left, empty)."""
    if (labels is None or type(drawer) is not BulletDrawer or not drawer.value
            or drawer._bulletAlign != "left" or drawer._bulletDir == "rtl"):
        return None
    value = _bulletFormat(drawer.value, drawer._bulletType, drawer._bulletFormat)
    return (value, drawer._bulletFontName, drawer._bulletFontSize, drawer._bulletColor,
            indenter._leftIndent - drawer._bulletDedent,
            indenter.height - drawer._bulletFontSize + drawer._bulletOffsetY)


class TaggedList(ListFlowable):
    """A list whose items' bullets or numbers are drawn as their Lbl: an item's paragraph is its
    LBody, whose LI's first kid is the Lbl."""

    def _getContent(self):
        items = super()._getContent()
        for item in items:
            if isinstance(item, LIIndenter) and item._bullet is not None:
                body = getattr(item._flowable, "node", None)
                label = body.parent.kids[0] if body is not None and body.parent else None
                if isinstance(label, Node) and label.role == "Lbl":
                    item._bullet = Label(item._bullet, label)
        return items

    def _makeLIIndenter(self, flowable, bullet, params=None):  # as platypus makes it, an Item
        if params:
            return Item(flowable, params.get("leftIndent", self._leftIndent),
                        params.get("rightIndent", self._rightIndent), bullet,
                        spaceBefore=params.get("spaceBefore"), spaceAfter=params.get("spaceAfter"))
        return Item(flowable, self._leftIndent, self._rightIndent, bullet)


class Item(LIIndenter):
    """A list item as platypus indents it, telling the space before and after it without
    asking for it through the indenter's attribute lookup (which passes whatever it lacks on to
    the item's paragraph, raising and catching AttributeError on the way): the same answers.

    Whether it passes its space on (_SPACETRANSFER) or counts without height (_ZEROSIZE), which
    platypus asks at every wrap, add and draw with False as the answer where neither the item
    nor its paragraph says (26,000 times at 1,000 sections), is its paragraph's answer, kept."""

    def __init__(self, flowable, *args, **kw):
        super().__init__(flowable, *args, **kw)
        own = self.__dict__  # (the indenter sets any other name on its paragraph)
        for name in _ASKED:
            own[name] = getattr(flowable, name, False)

    def getSpaceBefore(self):
        return _space(self, "spaceBefore")

    def getSpaceAfter(self):
        return _space(self, "spaceAfter")


_ASKED = ("_SPACETRANSFER", "_ZEROSIZE")  # (only ever asked with a default, for truth)


def _space(item: LIIndenter, name: str):
    """Flowable.getSpaceBefore/After of a list item: its own space, else its flowable's (an
    indenter reads the attributes it lacks from its flowable), else its flowable's style's."""
    own = item.__dict__
    if name in own:
        return own[name]
    flowable = item._flowable
    if hasattr(flowable, name):
        return getattr(flowable, name)
    style = getattr(flowable, "style", None)
    return getattr(style, name) if hasattr(style, name) else 0


def list_item(parent: Node) -> Node:
    """A new item of the list `parent`: its LI with a Lbl; the LBody returned."""
    item = parent.add("LI")
    item.add("Lbl")
    return item.add("LBody")
