"""Persian, Arabic, Hebrew and CJK text in the slides PDF and the handout, read back: the
bilingual example's words as pdftotext reads them, its script fonts embedded, a right-to-left
line right-aligned at its box's inset with its bullet on the right, and notes in Persian on the
handout. (Line by line against LibreOffice's rendering of the stress outline's PPTX:
tests/e2e/test_render_libreoffice.py.)"""
import re
import subprocess
import unicodedata

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from builder.cli import cli
from readback import ROOT, have

EXAMPLE = ROOT / "examples" / "bilingual.yaml"
WORDS = ("همکاری دو کشور در سال 2025 وارد مرحلهٔ تازه‌ای شد",  # Persian
         "עברית: שיתוף הפעולה בין שתי המדינות נכנס לשלב חדש",  # Hebrew
         "التعاون بين البلدين يدخل مرحلة جديدة")  # Arabic
CHINESE = "两国之间的合作"
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Arabic-script and Hebrew


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory, builder):
    out = tmp_path_factory.mktemp("bilingual-slides")
    result = builder.build(EXAMPLE, out, ("slides", "handout"))
    paths = {p.name.rsplit("-", 1)[-1]: p for p in result.paths}
    return dict(result=result, slides=paths["slides.pdf"], handout=paths["handout.pdf"])


def pdftotext(path) -> str:
    """The file's text as pdftotext reads it, NFKC (a contextual form read back as its letter),
    without the directional marks pdftotext adds around right-to-left stretches."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))


@pytest.mark.skipif(not have("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize("which", ["slides", "handout"])
def test_the_persian_hebrew_arabic_and_chinese_words_are_there_in_logical_order(bilingual,
                                                                               which):
    text = pdftotext(bilingual[which])
    words = set(text.split())
    for line in WORDS:
        for word in line.replace(":", " ").split():
            if word.isdigit() or "\u0654" in word or "\u200c" in word:
                continue  # pdftotext splits a word at the hamza above or a zero-width joiner
            assert word in words or word in text, word
            if len(word) > 2:
                assert word[::-1] not in words, word
    assert CHINESE in text.replace("\n", "")


@pytest.mark.parametrize("which", ["slides", "handout"])
def test_each_script_font_is_embedded(bilingual, which):
    embedded, used = set(), set()
    for page in PdfReader(str(bilingual[which])).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            used.add(name)
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(name)
    assert {"NotoSansArabic-Regular", "NotoSansHebrew-Regular", "DroidSansFallback"} <= embedded
    assert used == embedded


def chars_of(path, page_number: int) -> list[dict]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return list(pdf.pages[page_number].chars)


def lines_of(chars) -> list[list[dict]]:
    """Letters (no combining marks, which HarfBuzz may raise or lower) by their baselines."""
    lines: dict[float, list[dict]] = {}
    for c in chars:
        if c["text"].strip() and not unicodedata.category(c["text"][0]).startswith("M"):
            lines.setdefault(round(c["matrix"][5], 1), []).append(c)
    return list(lines.values())


def line_of(chars, letter: str) -> list[dict]:
    """The characters on the baseline of the first character `letter`."""
    base = next(c["matrix"][5] for c in chars if c["text"] == letter)
    return [c for c in chars if abs(c["matrix"][5] - base) < 0.5]


def test_a_right_to_left_line_ends_at_its_boxs_right_inset_its_bullet_on_the_right(bilingual):
    from builder.slides.text import TextPainter

    checked = bilingual["result"].checked
    plan, theme = checked.plan, checked.theme
    number, box = next((n, b) for n, s in enumerate(plan.slides) for b in s.boxes
                       if any(str(p.text) == WORDS[1] for p in b.paras))
    painter = TextPainter(None, theme, None, plan.height)
    right = box.x + box.w - painter.insets(painter.role(box))[2]
    line = line_of(chars_of(bilingual["slides"], number), "ש")
    bullet = next(c for c in line if c["text"] == "•")
    hebrew = [c for c in line if c["text"] != "•"]
    assert bullet["x1"] == pytest.approx(right, abs=0.5)  # as the deck's rtl="1": on the right
    assert max(c["x1"] for c in hebrew) == pytest.approx(right - box.indent, abs=0.5)
    assert bullet["x0"] > max(c["x1"] for c in hebrew)
    latin = line_of(chars_of(bilingual["slides"], number), "T")  # left to right: from the left
    assert min(c["x0"] for c in latin) < min(c["x0"] for c in hebrew)


def test_a_right_to_left_quotation_ends_at_its_boxs_right_inset(bilingual):
    from builder.slides.text import TextPainter

    checked = bilingual["result"].checked
    plan, theme = checked.plan, checked.theme
    number, box = next((n, b) for n, s in enumerate(plan.slides) for b in s.boxes
                       if any("احترام متقابل" in str(p.text) for p in b.paras))
    painter = TextPainter(None, theme, None, plan.height)
    right = box.x + box.w - painter.insets(painter.role(box))[2]
    chars = [c for c in chars_of(bilingual["slides"], number)
             if box.y <= plan.height - c["matrix"][5] <= box.y + box.h]
    lines = lines_of(chars)
    assert len(lines) > 1
    for line in lines:  # every line, the last too, right-aligned
        assert max(c["x1"] for c in line) == pytest.approx(right, abs=0.5)


PERSIAN_NOTES = """\
title: "یادداشت‌های سخنران"
file_name: notes-in-persian
key_judgments: ["One judgment."]
sections:
  - title: "A section"
    bullets: ["A bullet in English."]
    notes: "{notes}"
"""
NOTES = ("همکاری میان دو کشور بر پایهٔ احترام متقابل و منافع مشترک ادامه خواهد یافت و این "
         "توافق گامی تازه در این مسیر است.")


@pytest.mark.skipif(not have("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_notes_and_a_title_in_persian_are_drawn_on_the_handout(tmp_path):
    outline = tmp_path / "notes.yaml"
    outline.write_text(PERSIAN_NOTES.format(notes=f"{NOTES} {NOTES}"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path / "out"),
                                      "--format", "handout"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    handout = tmp_path / "out" / "notes-in-persian-handout.pdf"
    text = pdftotext(handout)
    for word in NOTES.split():
        if "\u0654" not in word:
            assert word in text, word
    page = len(PdfReader(str(handout)).pages) - 1
    from builder.theme import DEFAULT

    chars = [c for c in chars_of(handout, page) if RTL.match(c["text"])
             and c["size"] == pytest.approx(DEFAULT.page.body.size)]  # the notes, not the slide
    lines = lines_of(chars)
    assert len(lines) > 1
    ends = [max(c["x1"] for c in line) for line in lines]
    assert max(ends) - min(ends) < 0.5  # right-aligned, each line
    header = [c for c in chars_of(handout, page) if c["top"] < 50 and RTL.match(c["text"])]
    drawn = sorted(unicodedata.normalize("NFKC", "".join(c["text"] for c in header)))
    assert drawn == sorted(c for c in "یادداشت‌های سخنران" if RTL.match(c))  # the header's title
    assert all("NotoSansArabic" in c["fontname"] for c in header)  # in the script's font


CHART = """title: "T"
key_judgments: ["k"]
sections:
  - title: "S"
    bullets: ["همکاری دو کشور ادامه دارد"]
    blocks:
      - chart:
          kind: column
          categories: ["تهران", "Moscow"]
          series: [{name: "exports", values: [1, 2]}]
"""


def test_only_a_chart_with_persian_labels_is_a_warning_for_the_slides_pdf(tmp_path):
    """Text is drawn shaped; a chart's labels are drawn by reportlab's graphics, unshaped."""
    outline = tmp_path / "o.yaml"
    outline.write_text(CHART, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(outline), "-o", str(tmp_path / "out"),
                                      "--format", "slides"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings and all(w.endswith("[chart-script]") for w in warnings), warnings
    assert (f"{outline}:8:11: warning: the slides PDF's chart cannot draw labels in Persian, "
            "Arabic, Hebrew or CJK yet") in result.stderr
