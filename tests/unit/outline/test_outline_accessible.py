"""Warnings for what only the author can make accessible, each at its line: alternative text
that says nothing, link text that says nothing, another language than English unannounced."""
import re
import shutil
from pathlib import Path

from builder.diagnostics import Collector
from builder.outline.accessible import check_accessible
from builder.outline.load import load_outline

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
FRENCH = ("La Russie et l'Iran, deux des pays les plus sanctionnés du monde, se dirigent vers un "
          "accord de sécurité global dont les observateurs disent qu'il pourrait remodeler la "
          "région. ") * 4


def warnings(tmp_path, body: str) -> list[str]:
    shutil.copy(ROOT / "examples" / "images" / "corridor.png", tmp_path / "corridor.png")
    path = tmp_path / "o.yaml"
    path.write_text("title: T\nkey_judgments: [One]\n" + body)
    diags = Collector()
    check_accessible(load_outline(path, diags), diags)
    return [f"{d.loc.line}:{d.loc.col} {d.code}" for d in diags.warnings
            if d.code in ("alt-text", "link-text", "language")]


def test_alternative_text_that_says_nothing_is_a_warning_at_its_line(tmp_path):
    found = warnings(tmp_path, "sections:\n  - title: S\n    blocks:\n"
                     "      - image: { file: corridor.png, alt: corridor.png }\n"
                     "      - image: { file: corridor.png, alt: 'Picture' }\n"
                     "      - image: { file: corridor.png, alt: IMG_2041 }\n"
                     "      - image: { file: corridor.png, alt: 'A long, empty corridor' }\n")
    assert found == ["6:43 alt-text", "7:43 alt-text", "8:43 alt-text"]


def test_link_text_that_says_nothing_is_a_warning(tmp_path):
    found = warnings(tmp_path, "sources:\n  - { id: a, title: The treaty text, url: 'https://x.org/t' }\n"
                     "sections:\n  - title: S\n    bullets:\n"
                     "      - 'The draft: [click here](https://x.org/d)'\n"
                     "      - 'See [https://x.org/t](https://x.org/t)'\n"
                     "      - 'See [the treaty](https://x.org/t)'\n")
    assert [f.split()[1] for f in found] == ["link-text", "link-text"]
    assert [int(f.split(":")[0]) for f in found] == [8, 9]


def test_a_text_in_another_language_without_language_is_a_warning(tmp_path):
    body = f"introduction: \"{FRENCH}\"\nsections:\n  - title: S\n    bullets: [b]\n"
    assert warnings(tmp_path, body) == ["1:1 language"]
    assert warnings(tmp_path, "language: fr\n" + body) == []
    english = body.replace(FRENCH, "The treaty is close to being signed, and the two countries say it is a step. " * 6)
    assert warnings(tmp_path, english) == []


def test_in_ascii_text_the_words_are_the_runs_of_letters_a_to_z():
    """(ASCII text is read for its words with the simpler pattern: the same words.)"""
    text = ("".join(map(chr, range(128))) + " It's 2024: über_cool x9y Z-a").lower()
    ascii_text = text.encode("ascii", "ignore").decode()
    assert re.findall(r"[a-z]+", ascii_text) == re.findall(r"[^\W\d_]+", ascii_text)
