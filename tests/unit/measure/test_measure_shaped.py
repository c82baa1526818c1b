"""Complex-script text measured shaped, broken where it may break."""
from reportlab.pdfbase import pdfmetrics

from builder.measure.shaped import Shaper, _tokens
from builder.pipeline import Builder
from builder.theme import DEFAULT
from builder.theme.fonts import load_script

LATIN = Builder().measurer.fonts.regular


def test_persian_is_measured_in_its_contextual_forms_not_letter_by_letter():
    face = load_script(DEFAULT.scripts[0]).register().regular  # for reportlab's width below
    words = "سلام دنیا"  # 35.4 pt at 10 pt shaped; 50.5 pt as isolated letters
    shaped = Shaper(DEFAULT.scripts, margins=False).width(words, LATIN, 10)
    assert shaped < 0.8 * pdfmetrics.stringWidth(words, face, 10)


def test_the_deck_measures_with_the_scripts_margin_and_the_report_without():
    deck, report = Shaper(DEFAULT.scripts), Shaper(DEFAULT.scripts, margins=False)
    word = "همکاری"
    assert deck.width(word, LATIN, 10) == report.width(word, LATIN, 10) * 1.15


def test_what_the_script_font_lacks_is_measured_in_the_latin_face():
    pieces = Shaper(DEFAULT.scripts).pieces("\u201cשלום\u201d", LATIN)
    assert [(p.text, p.face == LATIN) for p in pieces] == [("\u201c", True), ("שלום", False),
                                                           ("\u201d", True)]


def test_cjk_breaks_between_characters_but_not_before_closing_punctuation():
    tokens = [t for _, t in _tokens("北京。東京、大阪")]
    assert tokens == ["北", "京。", "東", "京、", "大", "阪"]
    assert [t for _, t in _tokens("「東京」です")] == ["「東", "京」", "で", "す"]


def test_persian_breaks_at_spaces_and_every_line_fits():
    text = "همکاری میان دو کشور بر پایه احترام متقابل و منافع مشترک ادامه خواهد یافت"
    shaper = Shaper(DEFAULT.scripts)
    lines = shaper.lines(text, LATIN, 14, 120)
    assert len(lines) > 2 and " ".join(lines) == text
    assert all(shaper.width(line, LATIN, 14) <= 120 for line in lines)
