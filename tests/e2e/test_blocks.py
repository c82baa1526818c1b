"""Rich blocks, read back from both files: charts, images, comparisons, callouts, tables."""
import shutil

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder import wording
from builder.outline import model
from builder.cli import cli
from builder.pipeline import Builder
from readback import ROOT, norm, slide_texts

SHOWCASE = ROOT / "examples" / "showcase.yaml"


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    out = tmp_path_factory.mktemp("showcase")
    result = Builder().build(SHOWCASE, out)
    deck = Presentation(str(out / "showcase.pptx"))
    pdf = PdfReader(str(out / "showcase.pdf"))
    return {"outline": result.outline, "deck": deck, "pdf": pdf, "out": out,
            "pdf_text": norm(" ".join(p.extract_text() for p in pdf.pages)),
            "deck_text": norm(" ".join(t for s in deck.slides for t in slide_texts(s)))}


def blocks(outline, kind):
    return [b for s in outline.walk() for b in s.blocks if isinstance(b, kind)]


def charts_in_deck(deck):
    return [sh.chart for s in deck.slides for sh in s.shapes if sh.has_chart]


def test_each_deck_chart_is_native_with_the_outlines_series_and_values(showcase):
    expected = [c for c in blocks(showcase["outline"], model.Chart) if model.shown_in(c, "deck")]
    charts = charts_in_deck(showcase["deck"])
    assert len(charts) == len(expected) == 3
    for chart, want in zip(charts, expected):
        plot = chart.plots[0]
        assert list(plot.categories) == list(want.categories)
        assert [s.name for s in plot.series] == [s.name for s in want.series]
        assert [tuple(s.values) for s in plot.series] == [tuple(s.values) for s in want.series]
        assert chart.part.chart_workbook.xlsx_part is not None  # double-click opens the data


def test_chart_kinds_and_axis_titles(showcase):
    charts = charts_in_deck(showcase["deck"])
    assert [c.chart_type for c in charts] == [51, 58, -4120]  # clustered column, stacked bar, doughnut
    first = charts[0]
    assert first.value_axis.axis_title.text_frame.text == "USD billion (invented)"
    assert first.category_axis.axis_title.text_frame.text == "Year"
    assert first.plots[0].has_data_labels


def test_the_report_draws_each_chart_with_its_labels_as_text(showcase):
    text = showcase["pdf_text"]
    for chart in blocks(showcase["outline"], model.Chart):
        assert chart.title in text
        for label in [*chart.categories, *(s.name for s in chart.series if len(chart.series) > 1)]:
            assert label in text, label
        if chart.y_title and chart.kind != "stacked-bar":
            assert chart.y_title in text
        if chart.source:
            assert f"Source: {chart.source}" in text


def test_placement_report_only_and_deck_only_blocks(showcase):
    deck, pdf = showcase["deck_text"], showcase["pdf_text"]
    assert "Meetings per quarter" in pdf and "Meetings per quarter" not in deck
    assert "Figures in this showcase are invented" in pdf and "Figures in this showcase" not in deck
    assert "A portrait image keeps its aspect ratio." in deck
    assert "A portrait image keeps its aspect ratio." not in pdf


def test_pictures_carry_their_alt_text_and_keep_their_aspect_ratio(showcase):
    images = [b for b in blocks(showcase["outline"], model.Image) if model.shown_in(b, "deck")]
    pictures = [sh for s in showcase["deck"].slides for sh in s.shapes if sh.shape_type == 13]
    assert len(pictures) == len(images) == 2
    for picture, image in zip(pictures, images):
        descr = picture._element.nvPicPr.cNvPr.get("descr")
        assert descr == image.alt and "/" not in descr
        assert picture.width / picture.height == pytest.approx(image.width_px / image.height_px, rel=0.01)
    report_image = next(b for b in blocks(showcase["outline"], model.Image) if b.show == "both")
    assert report_image.alt in showcase["pdf_text"]  # as the picture's text layer
    xobjects = [x for p in showcase["pdf"].pages for x in p.images]
    assert len(xobjects) == 1


def test_the_reports_picture_is_a_tagged_figure_with_its_alt_text(showcase):
    pdf = showcase["pdf"]
    root = pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    document = root["/StructTreeRoot"]["/K"].get_object()
    figures = [k.get_object() for k in document["/K"] if k.get_object()["/S"] == "/Figure"]
    image = next(b for b in blocks(showcase["outline"], model.Image) if b.show == "both")
    assert [f["/Alt"] for f in figures][-1] == image.alt  # after the charts' figures
    page = next(p for p in pdf.pages if p.indirect_reference.idnum == figures[-1].raw_get("/Pg").idnum)
    assert len(page.images) == 1 and page["/StructParents"] == page.page_number
    stream = page.get_contents().get_data().decode("latin-1")
    assert f"/Figure <</MCID {figures[-1]['/K']}>> BDC" in stream


def test_comparison_and_callouts_in_both_documents(showcase):
    cmp = blocks(showcase["outline"], model.Comparison)[0]
    for text in [cmp.left.title, cmp.right.title, *cmp.left.bullets, *cmp.right.bullets]:
        assert norm(text) in showcase["deck_text"] and norm(text) in showcase["pdf_text"]
    for callout in blocks(showcase["outline"], model.Callout):
        for target in (("deck_text", "deck"), ("pdf_text", "report")):
            present = norm(callout.text) in showcase[target[0]] and wording.callout_label(callout) in showcase[target[0]]
            assert present == model.shown_in(callout, target[1])
    assert "ASSESSMENT \u2014 MODERATE CONFIDENCE" in showcase["deck_text"]


def test_table_widths_alignment_and_first_column(showcase):
    table = next(sh.table for s in showcase["deck"].slides for sh in s.shapes if sh.has_table)
    widths = [c.width for c in table.columns]
    assert [round(w / widths[0], 2) for w in widths] == [1.0, 3.0, 0.75, 0.75]
    share = table.cell(1, 3).text_frame.paragraphs[0]
    assert share._p.pPr.get("algn") == "r"
    assert table.cell(1, 0).text_frame.paragraphs[0].runs[0].font.bold is True
    assert table.cell(1, 1).text_frame.paragraphs[0].runs[0].font.bold is False


def test_every_block_text_is_in_both_documents_where_shown(showcase):
    for section in showcase["outline"].walk():
        for block in section.blocks:
            texts = [getattr(block, k, "") for k in ("title", "caption", "credit")]
            for doc, key in (("deck", "deck_text"), ("report", "pdf_text")):
                if not model.shown_in(block, doc):
                    continue
                for text in filter(None, texts):
                    assert norm(text) in showcase[key] or norm(f"Credit: {text}") in showcase[key], (doc, text)


CHART_HEAD = ("title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    blocks:\n"
              "      - chart:\n          kind: column\n          categories: [a, b, c]\n"
              "          series:\n")


def errors(tmp_path, text, *args):
    path = tmp_path / "o.yaml"
    path.write_text(text)
    result = CliRunner().invoke(cli, ["check", str(path), *args])
    return result.exit_code, [l.replace(str(path), "o.yaml") for l in result.stderr.splitlines()[:-1]]


def test_bad_chart_data_is_an_error_at_its_line(tmp_path):
    code, lines = errors(tmp_path, CHART_HEAD + "            - name: A\n              values: [1, 2]\n")
    assert code == 1
    assert lines == ["o.yaml:11:23: error: series 'A' has 2 values but the chart has 3 categories [chart-data]"]
    code, lines = errors(tmp_path, CHART_HEAD + "            - name: B\n              values: [1, x, 3]\n"
                                   "            - name: C\n              values: []\n")
    assert code == 1
    assert lines == ["o.yaml:11:27: error: item 2 of 'values' must be a number, got 'x' [type]",
                     "o.yaml:13:23: error: 'values' is empty; give at least 1 value [empty]"]
    code, lines = errors(tmp_path, CHART_HEAD.replace("kind: column", "kind: pie") +
                         "            - name: A\n              values: [1, -2, 3]\n")
    assert lines == ["o.yaml:10:13: error: a pie chart cannot show negative values [chart-data]"]


IMAGE = ("title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    blocks:\n"
         "      - image:\n          file: \"{file}\"\n          alt: \"A picture\"\n")


def test_image_paths_stay_inside_the_outlines_folder(tmp_path):
    outside = tmp_path.parent / "outside.png"
    shutil.copy(ROOT / "examples" / "images" / "corridor.png", outside)
    for file in ("../outside.png", str(outside)):
        code, lines = errors(tmp_path, IMAGE.format(file=file))
        assert code == 1
        assert lines == [f"o.yaml:7:17: error: the image '{file}' is outside the outline's folder; "
                         "move it inside, or name its folder with --assets DIR [image-path]"]
    code, _ = errors(tmp_path, IMAGE.format(file="../outside.png"), "--assets", str(tmp_path.parent))
    assert code == 0


def test_missing_unreadable_and_svg_images_are_errors_at_their_line(tmp_path):
    (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "drawing.svg").write_text("<svg/>")
    for file, message in (("missing.png", "image not found: 'missing.png'"),
                          ("broken.png", "cannot read the image 'broken.png'"),
                          ("drawing.svg", "'drawing.svg' is an SVG; SVG is not supported yet")):
        code, lines = errors(tmp_path, IMAGE.format(file=file))
        assert code == 1 and lines[0].startswith(f"o.yaml:7:17: error: {message}"), lines


def test_an_image_needs_alt_text(tmp_path):
    code, lines = errors(tmp_path, IMAGE.format(file="x.png").replace('          alt: "A picture"\n', ""))
    assert code == 1 and "missing required key 'alt' in an image" in lines[0]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_showcase_deck_one_page_per_slide(showcase, tmp_path):
    from builder.cli.preview import deck_to_pdf

    pdf = PdfReader(str(deck_to_pdf(showcase["out"] / "showcase.pptx", tmp_path)))
    assert len(pdf.pages) == len(showcase["deck"].slides)
    rendered = norm(" ".join(p.extract_text() for p in pdf.pages))
    assert "Trade turnover by year" in rendered and "Exports" in rendered


def test_data_labels_show_the_values_in_every_chart_kind(showcase):
    for chart, want in zip(charts_in_deck(showcase["deck"]),
                           [c for c in blocks(showcase["outline"], model.Chart) if model.shown_in(c, "deck")]):
        if want.data_labels:
            assert chart.plots[0].data_labels.show_value, want.kind
