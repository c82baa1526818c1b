"""A list item's space before and after, told directly: what platypus' indenter answers."""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListItem, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable, LIIndenter

from builder.report.tagging.flowables import Item, TaggedList

STYLE = ParagraphStyle("item", fontName="Helvetica", fontSize=10, spaceBefore=3, spaceAfter=5)


def flowables():
    own = Paragraph("own spaces", STYLE)
    own.spaceBefore, own.spaceAfter = 7, 11
    styleless = Spacer(1, 4)
    return [Paragraph("plain", STYLE), own, styleless, ListItem(Paragraph("given", STYLE),
                                                               spaceBefore=2, spaceAfter=13)]


@pytest.mark.parametrize("index", range(4))
def test_an_item_tells_the_spaces_platypus_indenter_tells(index):
    ours = TaggedList(flowables(), bulletType="bullet", start="-")._content[index]
    theirs = TaggedList(flowables(), bulletType="bullet", start="-")._content[index]
    assert issubclass(Item, LIIndenter) and "getSpaceBefore" not in vars(LIIndenter)
    assert type(ours) is Item
    assert not any(n in vars(Item) for n in ("spaceBefore", "spaceAfter", "style"))
    # platypus' indenter asks as any flowable does (Flowable's methods), through its lookup
    assert (ours.getSpaceBefore(), ours.getSpaceAfter()) == (
        Flowable.getSpaceBefore(theirs), Flowable.getSpaceAfter(theirs))
    assert (ours.getSpaceBefore(), ours.getSpaceAfter()) == [(3, 5), (7, 11), (0, 0),
                                                             (2, 13)][index]
