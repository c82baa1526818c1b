"""One slide's PresentationML, from a plan: runs, spacing and escaping as layout decided them."""
import re

from builder.deck.slide import SlideXml
from builder.layout.plan import Box, Para, SlidePlan
from builder.outline.text import Run, Text
from builder.theme import DEFAULT


def xml_of(*paras, **box):
    b = Box("body", 10, 10, 400, 200, "body", 20.0, tuple(paras), leading=box.get("leading", 23.0),
            space_before=box.get("space_before", 9.0))
    slide = SlidePlan("section", "T", boxes=(b,))
    return SlideXml(slide, DEFAULT, "en-GB").render()


def runs(xml):
    return re.findall(r"<a:r><a:rPr ([^>]*)>.*?<a:t>(.*?)</a:t></a:r>", xml)


def test_plain_text_is_one_run_in_the_roles_face():
    xml, links = xml_of(Para("Hello"))
    assert runs(xml) == [('lang="en-GB" sz="2000" b="0" i="0" dirty="0"', "Hello")]
    assert links == []


def test_each_run_is_written_with_its_emphasis_and_link():
    text = Text.of_runs((Run("plain "), Run("strong", bold=True), Run(" and "),
                         Run("slanted", italic=True), Run(" "), Run("site", link="https://x.org")))
    xml, links = xml_of(Para(text))
    found = runs(xml)
    assert [t for _, t in found] == ["plain ", "strong", " and ", "slanted", " ", "site"]
    assert 'b="1" i="0"' in found[1][0] and 'b="0" i="1"' in found[3][0]
    assert links == [("rIdLink1", "https://x.org")]
    assert xml.count('<a:hlinkClick r:id="rIdLink1" tooltip="https://x.org"/>') == 1  # says where


def test_spacing_comes_from_the_box_not_recomputed():
    xml, _ = xml_of(Para("a"), Para("b"), leading=31.5, space_before=7.25)
    assert re.findall(r'<a:lnSpc><a:spcPts val="(\d+)"/>', xml) == ["3150", "3150"]
    assert re.findall(r'<a:spcBef><a:spcPts val="(\d+)"/>', xml) == ["0", "725"]


def test_markup_typed_by_a_user_stays_text():
    xml, _ = xml_of(Para('<b>&amp; "x" <img src=y>'))
    assert "<a:t>&lt;b&gt;&amp;amp; \"x\" &lt;img src=y&gt;</a:t>" in xml


def test_a_hard_line_break_inside_a_run_is_a_break_element():
    xml, _ = xml_of(Para(Text.of_runs((Run("one\ntwo", bold=True),))))
    assert [t for _, t in runs(xml)] == ["one", "two"] and xml.count("<a:br>") == 1


def test_every_kind_of_frame_has_a_writer():
    from builder.deck.frames import FRAMES
    from builder.layout.plan import FRAME_TYPES
    assert set(FRAMES) == set(FRAME_TYPES)


def test_a_table_frame_is_a_real_table_with_the_planned_sizes():
    from builder.layout.plan import Cell, TableBox
    t = TableBox(10, 20, (100.0, 200.0), (30.0, 25.0),
                 ((Cell("Year", True), Cell("Value", True)), (Cell("2024"), Cell("3 & 4"))),
                 15.0, 14.0, ("left", "right"), True, 16.5, 15.4)
    xml, _ = SlideXml(SlidePlan("table", "T", frames=(t,)), DEFAULT, "en").render()
    assert re.findall(r'<a:gridCol w="(\d+)"/>', xml) == ["1270000", "2540000"]
    assert [t for _, t in runs(xml)] == ["Year", "Value", "2024", "3 &amp; 4"]
    assert re.findall(r'<a:lnSpc><a:spcPts val="(\d+)"/>', xml) == ["1650", "1650", "1540", "1540"]
    assert 'algn="r"' in xml and xml.count('b="1"') == 3  # header row and the first column
