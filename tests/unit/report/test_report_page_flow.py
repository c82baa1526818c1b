"""Platypus' page flow, made cheaper where the report's own flowables let it: the same layout
as reportlab's classes give, piece by piece."""
from __future__ import annotations

import copy

from reportlab.platypus import Frame

from builder.report.pages import CopiedFrame


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
