"""A deck built on the user's template: `template:` in the outline, `--template` on the command
line (which wins), the template's masters, layouts and slide size kept, its sample slides gone."""
import shutil

import pytest
from click.testing import CliRunner
from pptx import Presentation

from builder.cli import cli
from builder.template.presentation import Template
import deck_rules
from readback import FIXTURES, SHARED

TEMPLATES = SHARED / "templates"
needs_templates = pytest.mark.skipif(not TEMPLATES.is_dir(),
                                     reason=f"no shared templates at {TEMPLATES}")


def build(tmp_path, *args):
    result = CliRunner().invoke(cli, ["build", *args, "-o", str(tmp_path / "out")])
    return result, sorted((tmp_path / "out").glob("*.pptx")) if (tmp_path / "out").exists() else []


def outline_beside(tmp_path, template: str, head: str):
    """The small outline, headed by `head`, in a folder beside a copy of `template` (house.pptx)."""
    folder = tmp_path / "brief"
    folder.mkdir()
    shutil.copy(TEMPLATES / template, folder / "house.pptx")
    (folder / "o.yaml").write_text(head + (FIXTURES / "small.yaml").read_text())
    return folder


def masters_and_size(path):
    deck = Presentation(str(path))
    layouts = {l.name for m in deck.slide_masters for l in m.slide_layouts}
    return layouts, (deck.slide_width, deck.slide_height), deck


@needs_templates
@pytest.mark.parametrize("name", ["unhcr_unhcrdown_16x9_en.pptx", "forlegal_4x3_cs-en.pptx",
                                  "rstudio-vignette_16x9_en.potx"])
def test_the_deck_keeps_the_templates_masters_layouts_and_size(tmp_path, name):
    template = Template.from_file(TEMPLATES / name)
    result, decks = build(tmp_path, str(FIXTURES / "small.yaml"), "--template",
                          str(TEMPLATES / name))
    assert result.exit_code == 0, result.output
    layouts, size, deck = masters_and_size(decks[0])
    assert layouts == {l.name for l in template.layouts}
    assert tuple(round(v / 12700, 1) for v in size) == tuple(round(v, 1) for v in template.slide_size)
    first = [sh.text_frame.text for sh in deck.slides[0].shapes if sh.has_text_frame]
    _, built_in = build(tmp_path / "built-in", str(FIXTURES / "small.yaml"))
    assert "Small briefing" in first  # our title slide comes first: no sample slide is kept
    assert len(deck.slides) == len(Presentation(str(built_in[0])).slides)
    assert deck_rules.findings(decks[0]) == []  # accessible on the template too


@needs_templates
def test_the_outline_names_its_template_and_the_option_wins(tmp_path):
    folder = outline_beside(tmp_path, "forlegal_4x3_cs-en.pptx", "template: house.pptx\n")
    result, decks = build(tmp_path, str(folder / "o.yaml"))
    assert result.exit_code == 0, result.output
    assert masters_and_size(decks[0])[1] == (9144000, 6858000)  # the 4:3 template's size
    result, decks = build(tmp_path, str(folder / "o.yaml"), "--template",
                          str(TEMPLATES / "unhcr_unhcrdown_16x9_en.pptx"))
    assert result.exit_code == 0, result.output
    assert masters_and_size(decks[0])[1] == (12192000, 6858000)


def test_a_missing_template_is_an_error_at_its_line_and_nothing_is_written(tmp_path):
    text = (FIXTURES / "small.yaml").read_text()
    (tmp_path / "o.yaml").write_text("template: nowhere.potx\n" + text)
    result, decks = build(tmp_path, str(tmp_path / "o.yaml"))
    assert result.exit_code == 1 and not decks
    assert "o.yaml:1:11: error: template file not found: 'nowhere.potx'" in result.output


def test_a_file_that_is_not_a_template_is_refused(tmp_path):
    fake = tmp_path / "house.pptx"
    fake.write_text("<html>not a deck</html>")
    result, decks = build(tmp_path, str(FIXTURES / "small.yaml"), "--template", str(fake))
    assert result.exit_code == 1 and not decks
    assert "not a PowerPoint file" in result.output


@needs_templates
def test_a_pinned_layout_is_used_and_a_wrong_name_is_an_error_at_its_line(tmp_path):
    head = "template: house.pptx\nlayouts:\n  section: Two Content\n"
    folder = outline_beside(tmp_path, "dtu-mlops_16x9_en.pptx", head)
    text = (FIXTURES / "small.yaml").read_text()
    result, decks = build(tmp_path, str(folder / "o.yaml"))
    assert result.exit_code == 0, result.output
    pinned = {s.slide_layout.name for s in Presentation(str(decks[0])).slides}
    _, plain = build(tmp_path / "plain", str(FIXTURES / "small.yaml"), "--template",
                     str(folder / "house.pptx"))
    assert "Two Content" in pinned
    assert "Two Content" not in {s.slide_layout.name for s in Presentation(str(plain[0])).slides}
    (folder / "o.yaml").write_text("template: house.pptx\nlayouts:\n  section: Two Contnet\n"
                                   + text)
    result, _ = build(tmp_path / "bad", str(folder / "o.yaml"))
    assert result.exit_code == 1
    assert "o.yaml:3:12: error:" in result.output and "Two Content" in result.output


@pytest.mark.parametrize("size", [(720.0, 450.0), (841.9, 595.3)], ids=["16:10", "A4"])
def test_any_slide_size_lays_out_on_the_slide(tmp_path, size):
    """A template of any size takes the article (16:10 here shorter than its 4:3 shapes, which
    are kept on the slide; A4 landscape; pandoc's 10 x 5.625 in deck is in the proof tests)."""
    from builder.deck.package import set_slide_size
    from builder.pipeline import Builder
    from readback import ROOT

    template = Template.default()
    set_slide_size(template, *size)
    path = tmp_path / "house.pptx"
    path.write_bytes(template.package.to_zip())
    plan = Builder(template=path).check(ROOT / "outline.yaml").plan
    assert (plan.width, plan.height) == size
    for slide in plan.slides:
        for b in slide.boxes:
            assert 0 <= b.x and b.x + b.w <= size[0] + 0.01 and 0 <= b.y, (slide.title, b.name)
            assert b.y + b.h <= size[1] + 0.01, (slide.title, b.name)
