"""Property-based: any valid outline builds and reads back with no text lost; any broken one
ends in located diagnostics and exit 1, never a traceback."""
import json
import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from readback import slide_texts

# Latin, Cyrillic and Greek letters, digits, punctuation and markup-like characters
ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:!?&<>\"'()-/"
                                "абвгдежзийклмнопрстуфхцчшщыэюяΑΒΓΔαβγδεζηθλμξπρστ"))
WORD = st.text(ALPHABET.filter(lambda c: c != " "), min_size=1, max_size=25)
LINE = st.lists(WORD, min_size=1, max_size=18).map(" ".join)
SHORT = st.text(ALPHABET.filter(lambda c: c != " "), min_size=1, max_size=10)
TITLE = st.lists(SHORT, min_size=1, max_size=7).map(" ".join)  # titles must fit their box

SECTION = st.fixed_dictionaries(
    {"title": TITLE},
    optional={"takeaway": LINE, "bullets": st.lists(LINE, min_size=1, max_size=12),
              "summary": st.lists(WORD, min_size=1, max_size=80).map(" ".join),
              "notes": LINE,
              "quotes": st.lists(st.fixed_dictionaries({"text": LINE, "by": WORD},
                                                       optional={"role": TITLE, "paraphrase": st.booleans()}),
                                 max_size=2)},
).filter(lambda s: any(s.get(k) for k in ("takeaway", "bullets", "summary", "quotes")))

OUTLINE = st.fixed_dictionaries(
    {"title": TITLE, "key_judgments": st.lists(LINE, min_size=1, max_size=5),
     "sections": st.lists(SECTION, min_size=1, max_size=6)},
    optional={"subtitle": TITLE, "marking": st.lists(SHORT, min_size=1, max_size=4).map(" ".join),
              "author": WORD},
)


def as_yaml(outline: dict) -> str:
    """JSON is YAML: every string double-quoted, so it is read back as typed."""
    return json.dumps(outline, ensure_ascii=False, indent=1)


def visible(outline: dict) -> list[str]:
    out = [outline["title"], *outline["key_judgments"]]
    for s in outline["sections"]:
        out += [s["title"], *s.get("bullets", [])]
        out += [q["text"] for q in s.get("quotes", [])]
    return out


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outline=OUTLINE)
def test_every_valid_outline_builds_and_loses_no_text(tmp_path_factory, outline):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "o.yaml"
    path.write_text(as_yaml(outline), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(folder / "out"), "--format",
                                      "pptx", "--format", "pdf", "--format", "slides"])
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((folder / "out").glob("*.pptx"))))
    deck_text = re.sub(r"\s+", "", " ".join(t for s in deck.slides for t in slide_texts(s)))
    reader = PdfReader(str(next(p for p in (folder / "out").glob("*.pdf")
                                if not p.name.endswith("-slides.pdf"))))
    pdf_text = re.sub(r"\s+", "", " ".join(p.extract_text() for p in reader.pages))
    slides = PdfReader(str(next((folder / "out").glob("*-slides.pdf"))))
    slides_text = re.sub(r"\s+", "", " ".join(p.extract_text() for p in slides.pages))
    assert len(slides.pages) == len(deck.slides)
    for text in visible(outline):
        squeezed = re.sub(r"\s+", "", text)
        assert squeezed in deck_text
        assert squeezed in pdf_text
        assert squeezed in slides_text


MUTATIONS = [
    lambda y: y.replace('"title"', '"titel"', 1),            # unknown key
    lambda y: y.replace('"sections": [', '"sections": "x", "y": [', 1),  # wrong type + unknown key
    lambda y: y[: len(y) // 2],                                 # truncated: YAML syntax error
    lambda y: y.replace('"key_judgments"', '"key_judgments": [], "z"', 1),
    lambda y: "\t" + y.replace("\n", "\n\t"),                  # tabs
    lambda y: y.replace("{", "{ &a", 1),                         # an anchor
    lambda y: y + "\n---\nmore: doc\n",                          # two documents
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outline=OUTLINE, mutate=st.sampled_from(MUTATIONS))
def test_every_broken_outline_ends_in_located_diagnostics(tmp_path_factory, outline, mutate):
    folder = tmp_path_factory.mktemp("broken")
    path = folder / "o.yaml"
    path.write_text(mutate(as_yaml(outline)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(folder / "out")])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert lines and all(re.match(rf"{re.escape(str(path))}:\d+:\d+: (error|warning): ", l)
                         for l in lines[:-1]), lines
    assert "Traceback" not in result.output
    assert not (folder / "out").exists()


def test_an_internal_error_is_one_line_exit_70_and_touches_no_output(tmp_path, monkeypatch):
    import builder.report as render_pdf

    def broken(*args, **kw):
        raise RuntimeError("simulated bug")
    monkeypatch.setattr(render_pdf, "write_pdf", broken)
    path = tmp_path / "o.yaml"
    path.write_text('{"title": "T", "key_judgments": ["a"], "sections": [{"title": "S", "takeaway": "t"}]}')
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 70
    message = result.stderr.strip()
    assert message.startswith("briefing: internal error; please report it with ")
    saved = Path(message.rsplit(" ", 1)[1])
    try:
        assert "simulated bug" in saved.read_text()
    finally:
        saved.unlink()  # a test leaves nothing behind in the temporary folder
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
