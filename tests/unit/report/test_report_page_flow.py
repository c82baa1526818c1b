"""Platypus' page flow, made cheaper where the report's own flowables let it: the same layout
as reportlab's classes give, piece by piece."""
from __future__ import annotations

import copy
import io
import itertools

import pytest
from reportlab.lib.colors import toColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Frame, Spacer
from reportlab.platypus.flowables import BulletDrawer, LIIndenter

from builder.report.pages import CopiedFrame
from builder.report.tagging.canvas import TaggingCanvas
from builder.report.tagging.flowables import Item, Label, TaggedParagraph, list_item
from builder.report.tagging.tree import Node
from builder.theme import DEFAULT
from builder.theme.fonts import load


def test_a_copied_frame_is_the_copy_deepcopy_makes_of_a_frame():
    frame = CopiedFrame(10, 20, 300, 400, leftPadding=6, id="body")
    frame._frameBGs = [["a background", (1, 2)]]
    frame._savedGeom = {"_x1": 10}
    plain = Frame.__new__(Frame)
    plain.__dict__.update(frame.__dict__)
    twin, expected = copy.deepcopy(frame), copy.deepcopy(plain)
    assert type(twin) is CopiedFrame and twin is not frame
    assert twin.__dict__ == expected.__dict__
    assert twin._frameBGs is not frame._frameBGs and twin._frameBGs[0] is not frame._frameBGs[0]
    assert twin._savedGeom is not frame._savedGeom
    twin._y -= 50  # moving the copy leaves the frame where it was
    assert frame._y == plain._y


def test_a_copied_frame_shares_an_object_met_twice_as_deepcopy_does():
    frame = CopiedFrame(0, 0, 100, 100)
    shared = ["a background"]
    frame._frameBGs, frame._other = [shared], shared
    twin = copy.deepcopy(frame)
    assert twin._frameBGs[0] is twin._other and twin._other is not shared


def draw_marks(labels: bool) -> tuple[list[str], dict]:
    """Bullets and numbers drawn at several places on a tagging canvas that keeps the marks'
    operators (or not), each drawn as an item's Lbl."""
    fonts = load(DEFAULT.font).register()
    canv = TaggingCanvas(io.BytesIO())
    if not labels:
        canv.labels = None
    tree = Node("L")
    marks = [BulletDrawer("•", bulletType="bullet", bulletColor=toColor("#c98229"),
                          bulletFontName=fonts.regular, bulletFontSize=10.5),
             BulletDrawer("2", bulletType="1", bulletFormat="%s.", bulletColor=toColor("#c98229"),
                          bulletFontName=fonts.regular, bulletFontSize=10.5),
             BulletDrawer("•", bulletType="bullet", bulletColor=toColor("#123456"),
                          bulletFontName=fonts.bold, bulletFontSize=9, bulletOffsetY=1)]
    for n, (drawer, height) in enumerate(itertools.product(marks * 2, (28.36, 14.18))):
        indenter = LIIndenter(Spacer(1, height), leftIndent=18 + n % 3, bullet=drawer)
        indenter.wrap(400, 800)
        Label(drawer, list_item(tree).parent.kids[0]).drawOn(indenter, canv, 50 + n, 700 - 20 * n)
    return canv._code, canv.labels


def test_a_list_mark_written_again_is_what_drawing_it_writes():
    kept, labels = draw_marks(labels=True)
    drawn, _ = draw_marks(labels=False)
    assert kept == drawn
    assert len(labels) == 6  # (three marks at two heights: each drawn once, written again once)
    assert sum(line.endswith(" Tj T* ET") for line in kept) == 12


class Passing(Spacer):
    _SPACETRANSFER = _ZEROSIZE = True


@pytest.mark.parametrize("flowable", [Spacer(1, 4), Passing(1, 0)])
def test_a_list_item_answers_what_platypus_indenter_answers(flowable):
    ours = Item(flowable, 18, 0, None)
    theirs = LIIndenter(flowable, 18, 0, None)
    for name, default in (("_SPACETRANSFER", False), ("_SPACETRANSFER", None),
                          ("_ZEROSIZE", None), ("_ZEROSIZE", False)):
        assert bool(getattr(ours, name, default)) == bool(getattr(theirs, name, default))
    assert getattr(ours, "_SPACETRANSFER") is (type(flowable) is Passing)
    assert "_SPACETRANSFER" in ours.__dict__  # answered without the indenter's lookup
    assert not hasattr(ours, "frameAction") and not hasattr(flowable, "_ASKED")


def test_a_paragraph_drawn_is_its_nodes_content_once_and_ends_it_when_drawing_fails():
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10)
    canv, node = TaggingCanvas(io.BytesIO()), Node("P")
    para = TaggedParagraph("Some words", style, node)
    para.wrap(200, 100)
    para.drawOn(canv, 50, 700)
    para.drawOn(canv, 50, 600)  # (a repeated header row: the page's artifact)
    code = " ".join(canv._code)
    assert code.count("/P <</MCID 0>> BDC") == 1 and code.count("(Some words) Tj") == 2
    assert code.index("BDC") < code.index("(Some words)") < code.index("EMC /Artifact BMC")
    assert len(node.kids) == 1 and canv.marks.open == []
    failing = TaggedParagraph("More", style, Node("P"))
    with pytest.raises(AttributeError):  # (never wrapped: no lines to draw)
        failing.drawOn(canv, 50, 500)
    assert canv.marks.open == [] and canv._code[-1] == "/Artifact BMC"


def test_a_list_mark_drawn_is_its_labels_content():
    canv, tree = TaggingCanvas(io.BytesIO()), Node("L")
    label = list_item(tree).parent.kids[0]
    indenter = LIIndenter(Spacer(1, 12), leftIndent=18)
    indenter.wrap(300, 100)
    Label(BulletDrawer("•", bulletType="bullet", bulletFontName="Helvetica"), label).drawOn(
        indenter, canv, 50, 700)
    code = " ".join(canv._code)
    assert code.index("/Lbl <</MCID 0>> BDC") < code.index(" Tj") < code.rindex("EMC")
    assert len(label.kids) == 1 and canv.marks.open == []
