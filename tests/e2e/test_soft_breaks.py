"""Soft hyphens and zero-width spaces, read back from every format: the deck keeps them (PowerPoint
breaks there); the report, the slides PDF and the handout break a long word there — a hyphen
drawn at a line broken at a soft hyphen, nothing at a zero-width space, nothing where no line
breaks — and no line leaves its box."""
import pdfplumber
import pytest
from pptx import Presentation

SHY_SYLLABLES = ["Donau", "dampf", "schiff", "fahrts", "gesell", "schaft", "kapitäns", "witwen",
                 "renten", "versicherungs", "anstalts", "vorsitzenden"] * 2
ZWSP_SYLLABLES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                  "kappa", "lambda", "omicron", "sigma", "upsilon", "omega"] * 3
NOTE_SYLLABLES = [f"Note{n}" for n in range(60)]
SHY_WORD, ZWSP_WORD = "\u00ad".join(SHY_SYLLABLES), "\u200b".join(ZWSP_SYLLABLES)
NOTE_WORD = "\u200b".join(NOTE_SYLLABLES)
SHORT = "Donau\u00addampf\u00adschiff"  # fits on its line: drawn whole


def escaped(text: str) -> str:
    return text.replace("\u00ad", "\\u00ad").replace("\u200b", "\\u200b")


@pytest.fixture(scope="module")
def built(tmp_path_factory, builder):
    folder = tmp_path_factory.mktemp("soft-breaks")
    (folder / "o.yaml").write_text(
        f'title: Soft breaks\nlanguage: en\nkey_judgments: ["A short {escaped(SHORT)} word."]\n'
        f'sections:\n  - title: Long words\n    bullets:\n      - "{escaped(SHY_WORD)}"\n'
        f'      - "{escaped(ZWSP_WORD)}"\n    notes: "{escaped(NOTE_WORD)}"\n')
    result = builder.build(folder / "o.yaml", folder / "out", ("pptx", "pdf", "slides", "handout"))
    paths = {p.name.removeprefix("soft-breaks").lstrip("-."): p for p in result.paths}
    return result.checked.plan, paths


def pdf_lines(path) -> list[str]:
    with pdfplumber.open(str(path)) as pdf:
        return [line.lstrip("•0123456789. ").strip() for page in pdf.pages
                for line in (page.extract_text() or "").splitlines()]


def word_lines(lines: list[str], syllables: list[str], hyphen: bool) -> list[str]:
    """The lines a word is drawn on, from the line it starts: checked to break only where it may
    (after a whole syllable), with a hyphen at each break or none."""
    whole = "".join(syllables)
    start = next(i for i, line in enumerate(lines) if whole.startswith(line.removesuffix("-"))
                 and line.startswith(syllables[0]) and len(line) > len(syllables[0]))
    ends, at = set(), 0
    for s in syllables[:-1]:
        at += len(s)
        ends.add(at)
    out, at = [], 0
    for line in lines[start:]:
        out.append(line)
        drawn = line[:-1] if hyphen and at + len(line) < len(whole) else line
        assert whole[at:at + len(drawn)] == drawn, (line, out)
        at += len(drawn)
        if at >= len(whole):
            return out
        assert at in ends, f"broken inside a syllable: {out}"
        assert line.endswith("-") == hyphen, out
    raise AssertionError(f"the word is not drawn whole: {out}")


@pytest.mark.parametrize("document", ["pdf", "slides.pdf"])
def test_a_long_word_breaks_at_its_soft_hyphens_with_a_hyphen(built, document):
    lines = pdf_lines(built[1][document])
    assert len(word_lines(lines, SHY_SYLLABLES, hyphen=True)) > 1


@pytest.mark.parametrize("document", ["pdf", "slides.pdf"])
def test_a_long_word_breaks_at_its_zero_width_spaces_without_a_hyphen_or_a_space(built, document):
    lines = pdf_lines(built[1][document])
    assert len(word_lines(lines, ZWSP_SYLLABLES, hyphen=False)) > 1


def test_the_handout_s_notes_break_at_zero_width_spaces(built):
    lines = pdf_lines(built[1]["handout.pdf"])
    assert len(word_lines(lines, NOTE_SYLLABLES, hyphen=False)) > 1


@pytest.mark.parametrize("document", ["pdf", "slides.pdf", "handout.pdf"])
def test_where_no_line_breaks_nothing_is_drawn(built, document):
    with pdfplumber.open(str(built[1][document])) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "\u00ad" not in text and "\u200b" not in text
    if document != "handout.pdf":
        assert "A short Donaudampfschiff word." in text


def test_the_deck_keeps_both_marks_where_powerpoint_breaks(built):
    deck = Presentation(str(built[1]["pptx"]))
    texts = {p.text for s in deck.slides for sh in s.shapes if sh.has_text_frame
             for p in sh.text_frame.paragraphs}
    assert {SHY_WORD, ZWSP_WORD} <= texts
    assert any(SHORT in t for t in texts)
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide]
    assert NOTE_WORD in notes


def test_no_line_leaves_its_box_on_the_slide(built):
    plan, paths = built
    slide = next(s for s in plan.slides if s.title == "Long words")
    box = next(b for b in slide.boxes if any(p.text == SHY_WORD for p in b.paras))
    with pdfplumber.open(str(paths["slides.pdf"])) as pdf:
        chars = [c for c in pdf.pages[slide.number - 1].chars if c["top"] >= box.y
                 and c["bottom"] <= box.y + box.h]
    assert chars and max(c["x1"] for c in chars) <= box.x + box.w


def test_no_line_leaves_the_report_s_text_column(built):
    with pdfplumber.open(str(built[1]["pdf"])) as pdf:
        page = next(p for p in pdf.pages if "Donau-" in (p.extract_text() or ""))
        left = min(c["x0"] for c in page.chars)
        assert max(c["x1"] for c in page.chars) <= page.width - left + 0.01
