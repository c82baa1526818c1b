"""A relationship's target is the path from its source part's folder to the target part, as
posixpath.relpath gives it, whatever the folders (`relative` keeps folder pairs it has seen)."""
from __future__ import annotations

import itertools
import posixpath

from builder.template.opc import relative

NAMES = ["ppt", "slides", "slide1.xml", ".", "..", "", ".rels"]


def test_a_relative_target_is_relpath_from_the_source_folder():
    paths = ["/".join(p) for n in (1, 2) for p in itertools.product(NAMES, repeat=n)]
    paths += ["ppt/slides/slide1.xml", "ppt/slides/_rels/slide1.xml.rels", "ppt/./slides/x",
              "ppt/../ppt/slides", "/ppt/slides/slide1.xml", "ppt/slides/slide1.xml/"]
    for source, target in itertools.product(paths, repeat=2):
        try:
            want = posixpath.relpath(target, posixpath.dirname(source) or ".")
        except ValueError:
            want = ValueError
        try:
            got = relative(source, target)
        except ValueError:
            got = ValueError
        assert got == want, (source, target)


def test_the_deck_parts_relate_as_powerpoint_writes_them():
    assert relative("ppt/slides/slide7.xml", "ppt/slideLayouts/slideLayout2.xml") == \
        "../slideLayouts/slideLayout2.xml"
    assert relative("ppt/presentation.xml", "ppt/slides/slide7.xml") == "slides/slide7.xml"
    assert relative("", "docProps/core.xml") == "docProps/core.xml"
