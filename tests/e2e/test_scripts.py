"""Persian, Arabic, Hebrew and CJK text in both documents, read back from the files: the deck's
right-to-left paragraphs, languages and script fonts; the report's shaped glyphs, right-aligned
right-to-left lines, CJK lines broken between characters inside their column; the bidi control
characters the outline may not carry."""
import re
import subprocess
import sys
import unicodedata

import pytest
from click.testing import CliRunner
from pptx import Presentation

from builder.cli import cli
from readback import ROOT, have

EXAMPLE = ROOT / "examples" / "bilingual.yaml"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PERSIAN_BULLET = "همکاری دو کشور در سال 2025 وارد مرحلهٔ تازه‌ای شد"
HEBREW_BULLET = "עברית: שיתוף הפעולה בין שתי המדינות נכנס לשלב חדש"
ARABIC_WORDS = "التعاون بين البلدين يدخل مرحلة جديدة"


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory, builder):
    out = tmp_path_factory.mktemp("bilingual")
    result = builder.build(EXAMPLE, out)
    paths = {p.suffix: p for p in result.paths}
    return {"deck": Presentation(str(paths[".pptx"])), "pdf": paths[".pdf"], "result": result}


def paragraphs(deck):
    """Every text paragraph of the deck as (its text, its <a:p> element)."""
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for p in shape.text_frame.paragraphs:
                    yield p.text, p._p


def paragraph(deck, text):
    return next(p for t, p in paragraphs(deck) if t == text)


def test_right_to_left_paragraphs_carry_rtl_right_alignment_lang_and_the_cs_font(bilingual):
    for text in (PERSIAN_BULLET, HEBREW_BULLET):
        p = paragraph(bilingual["deck"], text)
        ppr = p.find(f"{A}pPr")
        assert ppr.get("rtl") == "1" and ppr.get("algn") == "r"
        runs = [r for r in p.findall(f"{A}r") if re.search("[\u0590-\u06ff]", r.findtext(f"{A}t"))]
        assert runs and all(r.find(f"{A}rPr/{A}cs").get("typeface") == "Arial" for r in runs)
    fa = paragraph(bilingual["deck"], "\u201c" + "همکاری میان دو کشور بر پایهٔ احترام متقابل و منافع "
                   "مشترک ادامه خواهد یافت و این توافق گامی تازه در این مسیر است." + "\u201d")
    assert {r.find(f"{A}rPr").get("lang") for r in fa.findall(f"{A}r")} >= {"fa"}
    assert fa.find(f"{A}pPr").get("rtl") == "1"


def test_a_left_to_right_bullet_with_a_persian_name_stays_left_to_right(bilingual):
    p = paragraph(bilingual["deck"], "The statement was published in Persian (فارسی) on 17 January 2025")
    assert p.find(f"{A}pPr").get("rtl") is None
    persian = [r for r in p.findall(f"{A}r") if "فارسی" in r.findtext(f"{A}t")]
    assert persian[0].find(f"{A}rPr").get("lang") == "ar"  # the script's language: none was said


def test_cjk_runs_name_the_east_asian_font_of_their_language(bilingual):
    zh = paragraph(bilingual["deck"], "中文：两国之间的合作将在相互尊重和共同利益的基础上继续发展。")
    ja = paragraph(bilingual["deck"], "日本語：両国の協力は、相互の尊重と共通の利益に基づいて続けられる。")
    for p, lang, font in ((zh, "zh", "Microsoft YaHei"), (ja, "ja", "Yu Gothic")):
        rpr = p.find(f"{A}r/{A}rPr")
        assert rpr.get("lang") == lang and rpr.find(f"{A}ea").get("typeface") == font


def test_the_deck_writes_logical_order_never_presentation_forms(bilingual):
    texts = "".join(t for t, _ in paragraphs(bilingual["deck"]))
    assert PERSIAN_BULLET in texts
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", texts)


def pdf_chars(path, page_number):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_number]
        return list(page.chars), float(page.width)


def line_with(chars, *pieces):
    """The characters of the first line (one baseline) whose text holds each of `pieces`."""
    lines = {}
    for c in chars:
        lines.setdefault(round(c["matrix"][5]), []).append(c)
    return next(line for line in lines.values()
                if all(p in "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))
                       for p in pieces))


def test_report_right_to_left_lines_are_right_aligned_with_the_bullet_on_the_right(bilingual):
    chars, width = pdf_chars(bilingual["pdf"], 2)
    latin = line_with(chars, "The statement")  # left to right: left-aligned
    persian = line_with(chars, "•", "ש")  # the Hebrew bullet
    right_edge = max(c["x1"] for c in chars if c["text"] == "•")
    text_chars = [c for c in persian if c["text"] != "•"]
    bullet = next(c for c in persian if c["text"] == "•")
    assert bullet["x0"] > max(c["x1"] for c in text_chars)  # the mark on the right
    assert bullet["x1"] == pytest.approx(right_edge, abs=0.5)
    assert min(c["x0"] for c in latin) < min(c["x0"] for c in text_chars)  # ragged on the left


def test_report_draws_harfbuzz_contextual_forms_for_arabic(bilingual):
    """The Arabic words are drawn with the glyphs HarfBuzz chose (contextual forms, read back
    through the embedded font's character map), in visual order; not the isolated letters."""
    from reportlab.pdfbase import pdfmetrics

    from builder.measure.shaped import shape
    from builder.theme import DEFAULT
    from builder.theme.fonts import load_script

    face = load_script(DEFAULT.scripts[0]).regular
    font = pdfmetrics.getFont(face)
    chars, _ = pdf_chars(bilingual["pdf"], 2)
    drawn = "".join(c["text"] for c in chars)
    for word in ARABIC_WORDS.split():
        gids = [g.codepoint for g in shape(word, face, "rtl").glyph_infos]
        expected = "".join(chr(font.face.glyphToChar[g][0]) for g in gids)
        assert expected in drawn, word
        assert expected != word[::-1]  # shaped: not the letters one by one
        assert unicodedata.normalize("NFKC", expected) == word[::-1]


@pytest.mark.skipif(not have("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_report_text_extracts_in_logical_order(bilingual):
    text = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(bilingual["pdf"]), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    words = set(text.split())
    for line in (PERSIAN_BULLET, HEBREW_BULLET, ARABIC_WORDS):
        for word in line.replace(":", " ").split():
            if word.isdigit() or "\u0654" in word or "\u200c" in word:
                continue
            assert word in words or word in text, word
            if len(word) > 2:
                assert word[::-1] not in words, word


def test_cjk_lines_break_between_characters_inside_the_column(tmp_path):
    long = "两国之间的合作将在相互尊重和共同利益的基础上继续发展。" * 6
    outline = tmp_path / "cjk.yaml"
    outline.write_text(f'title: "CJK"\nkey_judgments: ["k"]\nsections:\n  - title: "S"\n'
                       f'    summary: "{long}"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    chars, width = pdf_chars(next(tmp_path.glob("*.pdf")), 2)
    cjk = [c for c in chars if "\u4e00" <= c["text"] <= "\u9fff" or c["text"] == "。"]
    lines = {}
    for c in cjk:
        lines.setdefault(round(c["bottom"]), []).append(c)
    assert len(lines) >= 3
    left = min(c["x0"] for c in cjk)
    right = max(c["x1"] for c in cjk)
    assert right <= width - left + 0.5  # inside the column: margins alike on both sides
    for line in lines.values():
        assert sorted(line, key=lambda c: c["x0"])[0]["text"] != "。"  # kinsoku


def test_a_bidi_override_is_an_error_at_its_line(tmp_path):
    outline = tmp_path / "o.yaml"
    outline.write_text('title: "T"\nkey_judgments: ["k"]\nsections:\n  - title: "S"\n'
                       '    bullets:\n      - "abc \u202edef"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{outline}:6:9: error: bidirectional control character U+202E is not allowed" in result.stderr
    assert not (tmp_path / "out").exists()


def test_text_with_no_complex_script_loads_no_shaping_code_or_script_fonts():
    """The article: no bidi algorithm, no shaped measuring, no script font read. (reportlab
    itself imports uharfbuzz when it is installed, whatever the text.)"""
    code = ("import sys; from builder.pipeline import Builder; Builder().check("
            f"__import__('pathlib').Path({str(ROOT / 'outline.yaml')!r})); "
            "from reportlab.pdfbase import pdfmetrics; "
            "print(sorted(m for m in ('bidi', 'builder.measure.shaped', 'builder.report.shaped', "
            "'builder.graphics.shaped') "
            "if m in sys.modules) + [f for f in pdfmetrics.getRegisteredFontNames() "
            "if 'Noto' in f or 'Droid' in f])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


def test_the_persian_quotation_fits_its_box_on_the_slide(bilingual):
    """Its slide's plan: the quote's lines, measured shaped with the deck's margin, fit."""
    plan = bilingual["result"].checked.plan
    slide = next(s for s in plan.slides if any("همکاری میان" in str(p.text)
                                                for b in s.boxes for p in b.paras))
    box = next(b for b in slide.boxes if any("همکاری میان" in str(p.text) for p in b.paras))
    from builder.pipeline import Builder

    measurer = Builder().measurer
    inset = 2 * bilingual["result"].checked.theme.slide.inset
    lines = measurer.lines(str(box.paras[0].text), box.w - inset, box.size)
    assert 1 < len(lines) and len(lines) * box.leading <= box.h - inset + 0.5
    assert measurer.width(lines[0], box.size) <= box.w - inset


PERSIAN_OUTLINE = """title: "گزارش آزمایشی"
short_title: "گزارش فارسی"
key_judgments:
  - "یک داوری کلیدی"
sections:
  - title: "بخش نخست"
    summary: "این یک متن است با **پررنگ** و [پیوند](https://example.org/fa)."
    bullets: ["یک", "دو"]
  - title: "English section"
    bullets: ["one"]
"""


@pytest.fixture(scope="module")
def persian_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("persian")
    (out / "o.yaml").write_text(PERSIAN_OUTLINE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(out / "o.yaml"), "-o", str(out), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    return next(out.glob("*.pdf"))


def test_a_persian_heading_is_right_aligned_and_its_contents_entry_has_its_page(persian_report):
    import pdfplumber

    with pdfplumber.open(persian_report) as pdf:
        contents, body = pdf.pages[1], pdf.pages[2]
        heading = line_with(body.chars, "1", "\ufe91")  # '1 بخش نخست', read as visual forms
        english = line_with(body.chars, "2 English")
        assert min(c["x0"] for c in heading) > max(c["x1"] for c in english)  # right-aligned
        entry = line_with(contents.chars, "\ufe91")
        assert "3" in "".join(c["text"] for c in entry if c["x0"] > float(contents.width) * 0.8)
        assert sum(c["text"] == "." for c in entry) > 10  # the leader's dots
        assert any(a["uri"] is None for a in contents.annots)  # the entry links to its heading


def test_a_persian_key_judgment_has_its_number_on_the_right(persian_report):
    import pdfplumber

    with pdfplumber.open(persian_report) as pdf:
        judgment = line_with(pdf.pages[2].chars, "1.", "\ufbfe")
        number = [c for c in judgment if c["text"] in "1."]
        words = [c for c in judgment if c["text"] not in "1. "]
        assert min(c["x0"] for c in number) > max(c["x1"] for c in words)


def test_emphasis_and_links_in_persian_are_drawn(persian_report):
    """A bold run in its script's bold face; a link clickable, to its address."""
    import pdfplumber

    with pdfplumber.open(persian_report) as pdf:
        page = pdf.pages[2]
        lines = {}
        for c in page.chars:
            lines.setdefault(round(c["matrix"][5]), set()).add(c["fontname"].split("+")[-1])
        assert any({"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= fonts
                   for fonts in lines.values())  # the summary: a bold word among regular ones
        assert "https://example.org/fa" in [a["uri"] for a in page.annots]


CHART_AND_TIMELINE = """title: "T"
key_judgments: ["k"]
sections:
  - title: "S"
    timeline:
      events: [{when: "2025", what: "امضای پیمان"}, {when: "2026", what: "ratification"}]
    blocks:
      - chart:
          kind: column
          categories: ["تهران", "Moscow"]
          series: [{name: "exports", values: [1, 2]}]
"""


def test_a_centred_persian_line_stays_centred_and_a_persian_chart_label_is_a_warning(tmp_path):
    outline = tmp_path / "o.yaml"
    outline.write_text(CHART_AND_TIMELINE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (f"{outline}:9:11: warning: the report's chart cannot draw labels in Persian, Arabic, "
            "Hebrew or CJK yet") in result.stderr
    deck = Presentation(str(next(tmp_path.glob("*.pptx"))))
    ppr = paragraph(deck, "امضای پیمان").find(f"{A}pPr")
    assert (ppr.get("rtl"), ppr.get("algn")) == ("1", "ctr")


def test_the_report_embeds_each_script_font_it_draws_with(bilingual):
    from pypdf import PdfReader

    embedded = set()
    for page in PdfReader(str(bilingual["pdf"])).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"NotoSansArabic-Regular", "NotoSansHebrew-Regular", "DroidSansFallback"} <= embedded


CITED = """title: "T"
key_judgments: ["k"]
sections:
  - title: "S"
    bullets:
      - "همکاری دو کشور ادامه دارد [@tass, para. 4]"
sources:
  - title: "خبرگزاری تسنیم"
    id: tass
    url: "https://example.org/tass"
"""


def test_a_citation_in_persian_text_links_to_its_note(tmp_path):
    from pypdf import PdfReader

    outline = tmp_path / "o.yaml"
    outline.write_text(CITED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    pdf = next(tmp_path.glob("*.pdf"))
    chars, _ = pdf_chars(pdf, 2)
    bullet = line_with(chars, "•", "\ufeeb")  # the Persian bullet, its first letter's form
    baseline = bullet[0]["matrix"][5]
    page = PdfReader(str(pdf)).pages[2]
    links = [a.get_object() for a in page["/Annots"]]
    cite = next(a for a in links if "/Dest" in a and a["/Rect"][1] <= baseline + 8 <= a["/Rect"][3])
    note_y = float(cite["/Dest"][3])
    assert note_y < baseline  # the note, below on the same page
    assert "para. 4" in page.extract_text()
