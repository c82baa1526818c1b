"""The report as a screen reader meets it, read back from the file on every outline we ship: the
`pdfua` checker finds nothing; the structure tree (pdfplumber, pikepdf) has the headings in the
outline's order and nesting, tables with header cells, figures with their descriptions, every link
tied to a Link element; nothing but furniture is left to the artifacts; poppler reads the text in
reading order. The deck meets the rules of PowerPoint's accessibility checker that the file
shows (`deck_rules`)."""
import re
import subprocess

import pdfplumber
import pikepdf
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE

from builder import wording
from builder.outline import model
import deck_rules
from readback import ROOT, have, norm

IMAGE = ROOT / "examples" / "images" / "corridor.png"


@pytest.fixture(scope="module")
def report(built):
    outline, _, path = built
    with pdfplumber.open(str(path)) as pdf:
        texts = marked_texts(pdf)
        artifacts = [("".join(c["text"] for c in page.chars if c.get("mcid") is None), page.page_number)
                     for page in pdf.pages]
        tree = list(walk(pdf.structure_tree[0]))
    yield {"outline": outline, "path": path, "tree": tree, "texts": texts, "artifacts": artifacts}


def walk(node, depth=0):
    """Each element of the structure tree with its depth, in reading order."""
    yield node, depth
    for kid in node.get("children", []):
        yield from walk(kid, depth + 1)


def marked_texts(pdf) -> dict[tuple[int, int], str]:
    """The text of each marked-content sequence, by (page, MCID)."""
    out: dict[tuple[int, int], str] = {}
    for page in pdf.pages:
        for char in page.chars:
            if char.get("mcid") is not None:
                key = (page.page_number, char["mcid"])
                out[key] = out.get(key, "") + char["text"]
    return out


def text(node, texts) -> str:
    """What a reader hears of an element: the text of its marked content and of its kids'."""
    own = "".join(texts.get((node.get("page_number"), m), "") for m in node.get("mcids", []))
    return own + "".join(text(k, texts) for k in node.get("children", []))


def squash(value: str) -> str:
    return re.sub(r"\s+", "", str(value))


def test_the_pdfua_checker_finds_nothing(report):
    pdfua = pytest.importorskip("pdfua")
    result = pdfua.validate(str(report["path"]))
    assert [(f.rule_id, f.message) for f in result.findings] == []
    assert [o.rule.id for o in result.skipped] == []  # every rule ran


def test_headings_follow_the_outline_in_order_and_level(report):
    outline = report["outline"]
    expected = [("H1", outline.title), ("H1", wording.CONTENTS), ("H1", wording.KEY_JUDGMENTS)]
    for section in outline.sections:
        expected.append(("H1", wording.heading(section.number, section.title)))
        expected += [("H2", wording.heading(s.number, s.title)) for s in section.subsections]
    if outline.sources:
        expected.append(("H1", wording.SOURCES))
    headings = [(n["type"], text(n, report["texts"])) for n, _ in report["tree"]
                if re.fullmatch(r"H\d", n["type"])]
    assert [(role, squash(t)) for role, t in headings] == [(role, squash(t)) for role, t in expected]


def test_every_table_has_column_headers_and_its_rows(report):
    tables = [n for n, _ in report["tree"] if n["type"] == "Table"]
    shown = [b for s in report["outline"].walk() for b in s.blocks
             if isinstance(b, (model.Table, model.Comparison)) and model.shown_in(b, "report")]
    assert len(tables) == len(shown)
    for table, block in zip(tables, shown):
        parts = {k["type"]: k for k in table["children"]}
        head, = parts["THead"]["children"]
        assert [c["type"] for c in head["children"]] == ["TH"] * (2 if isinstance(block, model.Comparison)
                                                                 else len(block.columns))
        assert all(c["attributes"]["Scope"] == "Column" for c in head["children"])
        # a header row repeated on the next page is an artifact: each header is read once
        assert all(len(c["mcids"]) == 1 and not c.get("children") for c in head["children"])
        if isinstance(block, model.Table):
            rows = parts["TBody"]["children"]
            assert [squash(text(c, report["texts"])) for c in rows[-1]["children"]] == \
                [squash(v) for v in block.rows[-1]]
            assert len(rows) == len(block.rows)


def test_every_figure_says_what_it_shows_and_where_it_is(report):
    figures = [n for n, _ in report["tree"] if n["type"] == "Figure"]
    shown = [b for s in report["outline"].walk() for b in s.blocks
             if isinstance(b, (model.Chart, model.Image)) and model.shown_in(b, "report")]
    alts = [b.alt or wording.chart_description(b) for b in shown]
    assert [f["alt_text"] for f in figures] == alts
    for figure in figures:
        x0, y0, x1, y1 = figure["attributes"]["BBox"]
        assert x1 > x0 and y1 > y0


def test_every_link_is_described_and_tied_to_a_link_element(report):
    with pikepdf.open(report["path"]) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for number, page in enumerate(pdf.pages, 1):
            assert page.obj.Tabs == "/S" and int(page.obj.StructParents) in parents
            for annot in page.obj.get("/Annots", []):
                element = parents[int(annot.StructParent)]
                assert element.S == "/Link" and str(annot.Contents).strip(), number
                kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
                assert any(k.get("/Type") == "/OBJR" and k.Obj.objgen == annot.objgen for k in kids)


def test_only_furniture_is_left_as_artifact(report):
    """Every text of the outline is tagged: what is left untagged on a page is the marking, the
    running title, the page number, a contents leader or a table's repeated header row."""
    outline = report["outline"]
    headers = [c for s in outline.walk() for b in s.blocks if isinstance(b, model.Table)
               for c in b.columns]
    furniture = sorted({outline.marking, outline.footer_title, *headers} - {""}, key=len, reverse=True)
    pages = len(report["artifacts"])
    for chars, number in report["artifacts"]:
        left = chars.replace(wording.page_of(number, pages), "")
        for value in furniture:
            left = left.replace(str(value), "")
        assert squash(left).strip(".") == "", (number, left[:200])


def test_the_document_says_its_language_title_and_conformance(report):
    outline = report["outline"]
    with pikepdf.open(report["path"]) as pdf:
        assert pdf.Root.MarkInfo.Marked is True and str(pdf.Root.Lang) == outline.language
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        with pdf.open_metadata() as xmp:
            assert xmp["dc:title"] == outline.title
            assert xmp["pdfuaid:part"] == "1"
            assert outline.language in xmp["dc:language"]


@pytest.mark.skipif(not have("pdfinfo"), reason="pdfinfo (poppler-utils) is not installed")
def test_poppler_reads_the_tagged_text_in_the_outlines_order(report):
    outline = report["outline"]
    out = subprocess.run(["pdfinfo", "-struct-text", str(report["path"])], capture_output=True,
                         text=True, check=True).stdout
    said = squash("".join(re.findall(r'^\s*"(.*)"$', out, flags=re.M)))
    assert said.startswith(squash(outline.title))
    at = said.find(squash(wording.judgment(outline.key_judgments[0]))[:40])  # past the contents
    for section in outline.walk():
        at = said.find(squash(wording.heading(section.number, section.title)), at + 1)
        assert at > 0, section.title
    pages = len(report["artifacts"])
    assert wording.page_of(2, pages) not in norm(out) and squash(outline.marking) not in said


def test_the_deck_passes_the_checkers_file_readable_rules(built):
    _, deck, _ = built
    assert deck_rules.findings(deck) == []


def test_the_deck_rules_find_what_the_checker_flags(tmp_path):
    """A deck made with python-pptx's defaults: repeated titles, an undecorated rectangle read
    before the title, a picture with no description."""
    deck = Presentation()
    for _ in range(2):
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = "Same"
    slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, 10, 10)
    slide.shapes._spTree.insert(2, slide.shapes[-1]._element)  # behind (before) the title
    picture = slide.shapes.add_picture(str(IMAGE), 0, 0)
    picture._element.nvPicPr.cNvPr.set("descr", "")  # python-pptx describes it by its file name
    deck.save(tmp_path / "bad.pptx")
    found = deck_rules.findings(tmp_path / "bad.pptx")
    assert any("repeats slide 1" in f for f in found)
    assert any("read before the title" in f for f in found)
    assert any("not marked decorative" in f for f in found)
    assert any("picture with no description" in f for f in found)


def test_each_deck_chart_and_picture_is_described(built):
    outline, deck, _ = built
    shown = [b for s in outline.walk() for b in s.blocks
             if isinstance(b, (model.Chart, model.Image)) and model.shown_in(b, "deck")]
    described = [sh._element.xpath("./*[1]/p:cNvPr/@descr")[0]
                 for slide in Presentation(str(deck)).slides for sh in slide.shapes
                 if getattr(sh, "has_chart", False) and sh.has_chart or sh.shape_type == 13]
    assert described == [b.alt or wording.chart_description(b) for b in shown]


def test_citations_are_references_to_their_sources(report):
    with pikepdf.open(report["path"]) as pdf:
        roles = [(e.S, [k.get("/S") for k in kids(e) if isinstance(k, pikepdf.Dictionary)])
                 for e in elements(pdf.Root.StructTreeRoot.K)]
    references = [k for role, k in roles if role == "/Reference"]
    assert bool(references) == bool(report["outline"].citations)
    assert all(k == ["/Link"] for k in references)


def kids(element) -> list:
    k = element.get("/K")
    return list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []


def elements(element) -> list:
    """The structure elements from `element` down, in reading order (pikepdf)."""
    if not isinstance(element, pikepdf.Dictionary) or element.get("/Type") not in (None, "/StructElem"):
        return []
    return [element] + [e for k in kids(element) for e in elements(k)]
