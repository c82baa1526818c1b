"""Text as people paste it, read back from both documents: decomposed accents (a Mac's NFD)
drawn composed, Unicode's separators as line breaks, invisible marks never drawn (the deck keeps
those where a line may break), and a title or bullet with nothing to draw an error at its line."""
import unicodedata

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from readback import slide_texts

PASTED = {  # as typed (YAML escapes) -> as both documents show it
    "Cafe\\u0301 in Cre\\u0300te": "Café in Crète",
    "line\\u2028break": "line\nbreak",
    "para\\u2029break": "para\n\nbreak",
    "soft\\u00adhyphen": "softhyphen",
    "zero\\u200bwidth": "zerowidth",
    "word\\u2060joiner": "wordjoiner",
    "no\\ufeffbreak": "nobreak",
}
# where a line may break: the deck keeps the mark (PowerPoint breaks there), the PDF leaves it out
IN_DECK = {"soft\\u00adhyphen": "soft\u00adhyphen", "zero\\u200bwidth": "zero\u200bwidth"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pasted")
    bullets = "".join(f'      - "{typed}"\n' for typed in PASTED)
    (folder / "o.yaml").write_text('title: "Re\\u0301sume\\u0301"\nkey_judgments: [k]\nsections:\n'
                                   '  - title: S\n    bullets:\n' + bullets)
    result = CliRunner().invoke(cli, ["build", str(folder / "o.yaml"), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    deck = Presentation(str(folder / "resume.pptx"))
    pdf = " ".join(p.extract_text() for p in PdfReader(str(folder / "resume.pdf")).pages)
    return [t.replace("\v", "\n") for s in deck.slides for t in slide_texts(s)], pdf


@pytest.mark.parametrize("typed", PASTED)
def test_pasted_text_is_drawn_as_unicode_means_it_in_both(built, typed):
    deck, pdf = built
    shown = PASTED[typed]
    assert IN_DECK.get(typed, shown) in deck
    for line in shown.split("\n"):
        if line:
            assert line in pdf
    assert not any(c in pdf for c in "\u00ad\u200b\u2060\ufeff\u0301\u0300")
    assert unicodedata.is_normalized("NFC", pdf)


def test_a_decomposed_title_is_composed_in_both(built):
    deck, pdf = built
    assert "Résumé" in deck and "Résumé" in pdf


@pytest.mark.parametrize("blank", ['""', '"   "', '"\\t"', '"\\u200b"', '"\\u2028"',
                                   '"\\u00a0\\u3000"', "''"])
@pytest.mark.parametrize("where", ["title", "bullet", "section title", "judgment"])
def test_a_title_or_bullet_with_nothing_to_draw_is_an_error_at_its_line(tmp_path, blank, where):
    text = {"title": f"title: {blank}\nkey_judgments: [k]\nsections:\n  - title: S\n"
                     "    bullets: [b]\n",
            "judgment": f"title: T\nkey_judgments:\n  - {blank}\nsections:\n  - title: S\n"
                        "    bullets: [b]\n",
            "section title": f"title: T\nkey_judgments: [k]\nsections:\n  - title: {blank}\n"
                             "    bullets: [b]\n",
            "bullet": f"title: T\nkey_judgments: [k]\nsections:\n  - title: S\n    bullets:\n"
                      f"      - {blank}\n"}[where]
    (tmp_path / "o.yaml").write_text(text)
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "o.yaml")])
    assert result.exit_code == 1
    line = {"title": 1, "judgment": 3, "section title": 4, "bullet": 6}[where]
    assert f"o.yaml:{line}:" in result.stderr.splitlines()[0]
    assert "is empty (only white space)" in result.stderr


def test_an_empty_table_cell_is_still_allowed(tmp_path):
    (tmp_path / "o.yaml").write_text('title: T\nkey_judgments: [k]\nsections:\n  - title: S\n'
                                     '    table:\n      columns: [A, B]\n      rows: [["", x]]\n')
    assert CliRunner().invoke(cli, ["check", str(tmp_path / "o.yaml")]).exit_code == 0


@pytest.mark.parametrize("typed, kept", [
    ("\\u00ad\\u200bab\\u00ad\\u200bcd\\u200b", "ab\u00adcd"),  # one mark where marks run; none at ends
    ("one \\u00adtwo\\u200b three", "one two three"),  # a line may break at a space already
    ("e-\\u00admail", "e-\u200bmail"),  # breaking after a hyphen draws that one hyphen
    ("x\\u00ad-y", "x-y"),  # a line never begins with a hyphen
])
def test_break_marks_are_kept_only_where_they_mean_something(tmp_path, typed, kept):
    (tmp_path / "o.yaml").write_text(f'title: T\nkey_judgments: [k]\nsections:\n  - title: S\n'
                                     f'    bullets: ["{typed}"]\n')
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "o.yaml"), "-o", str(tmp_path),
                                      "--format", "pptx"])
    assert result.exit_code == 0, result.output
    deck = Presentation(str(tmp_path / "t.pptx"))
    assert kept in [t for s in deck.slides for t in slide_texts(s)]
