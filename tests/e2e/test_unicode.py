"""Scripts: Latin, Cyrillic and Greek render in both documents; what no font of the theme can
draw is reported at its line instead of drawn wrong. (Persian, Arabic, Hebrew and CJK:
tests/e2e/test_scripts.py.)"""
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from readback import norm, slide_texts

MIXED = ("title: \"Ελληνικά and Русский\"\nkey_judgments:\n  - \"Москва и Тегеран — Αθήνα\"\n"
         "sections:\n  - title: \"Раздел один\"\n    bullets:\n      - \"{bullet}\"\n")


def build(tmp_path, text, *args):
    path = tmp_path / "o.yaml"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "out"), *args])


def test_latin_cyrillic_and_greek_render_in_both_documents(tmp_path):
    result = build(tmp_path, MIXED.format(bullet="Καλημέρα, добрый день, good morning"))
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    deck_text = [t for s in deck.slides for t in slide_texts(s)]
    pdf = norm(" ".join(p.extract_text() for p in PdfReader(str(next((tmp_path / "out").glob("*.pdf")))).pages))
    for text in ["Ελληνικά and Русский", "Москва и Тегеран — Αθήνα", "Раздел один",
                 "Καλημέρα, добрый день, good morning"]:
        assert text in deck_text and text in pdf


def test_a_character_the_fonts_cannot_draw_is_an_error_at_its_line(tmp_path):
    result = build(tmp_path, MIXED.format(bullet="a bullet with नमस्ते in it"))
    assert result.exit_code == 1
    path = tmp_path / "o.yaml"
    assert result.stderr.splitlines()[0] == (
        f"{path}:7:9: error: no font of the theme can draw 'त' U+0924, 'न' U+0928, 'म' U+092E, "
        "'स' U+0938, U+0947 (devanagari vowel sign e) [missing-glyph]")  # a mark: by its name
    assert not (tmp_path / "out").exists()


def test_right_to_left_text_builds_in_both_documents(tmp_path):
    result = build(tmp_path, MIXED.format(bullet="سلام and שלום"))
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    assert "سلام and שלום" in [t for s in deck.slides for t in slide_texts(s)]


def test_strict_turns_warnings_into_errors(tmp_path):
    bullets = "".join(f"      - \"Bullet {i} with enough words to need a good share of a line\"\n"
                      for i in range(30))
    text = MIXED.format(bullet="first") + bullets
    relaxed = build(tmp_path, text)
    assert relaxed.exit_code == 0 and "warning: 31 bullets split across" in relaxed.stderr
    strict = build(tmp_path, text, "--strict")
    assert strict.exit_code == 1 and "error: 31 bullets split across" in strict.stderr
