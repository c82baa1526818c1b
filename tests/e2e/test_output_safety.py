"""All or nothing, read back from the output folder: a build that cannot write every document
replaces none, never writes over its own inputs, and keeps a private briefing private."""
import os

import pytest
from click.testing import CliRunner

from builder.cli import cli

OUTLINE = "title: Brief\nkey_judgments: [k]\nsections:\n  - title: S\n    takeaway: {word}\n"


def build(outline, out, *args):
    return CliRunner().invoke(cli, ["build", str(outline), "-o", str(out), *args])


@pytest.fixture
def built(tmp_path):
    outline = tmp_path / "o.yaml"
    outline.write_text(OUTLINE.format(word="first"))
    out = tmp_path / "decks"
    assert build(outline, out).exit_code == 0
    return outline, out


def contents(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.mark.parametrize("blocked", ["brief.pdf", "brief.pptx"])
def test_a_document_whose_place_is_a_folder_fails_the_build_and_replaces_nothing(built, blocked):
    outline, out = built
    (out / blocked).unlink()
    (out / blocked).mkdir()
    before = contents(out)
    outline.write_text(OUTLINE.format(word="second"))
    result = build(outline, out)
    assert result.exit_code == 1
    assert f"{out / blocked}: is a folder" in result.stderr
    assert contents(out) == before and (out / blocked).is_dir()


@pytest.mark.parametrize("name", ["brief.pptx", "brief.pdf"])
def test_an_outline_whose_path_is_an_output_is_refused_and_kept(tmp_path, name):
    out = tmp_path / "decks"
    out.mkdir()
    outline = out / name
    outline.write_text(OUTLINE.format(word="kept"))
    result = build(outline, out)
    assert result.exit_code == 1
    assert f"{outline}: is the build's own input ({outline})" in result.stderr
    assert outline.read_text() == OUTLINE.format(word="kept")
    assert sorted(p.name for p in out.iterdir()) == [name]


def test_a_theme_file_whose_path_is_an_output_is_refused_and_kept(tmp_path):
    theme = tmp_path / "brief.pdf"
    theme.write_text('palette:\n  primary: "0B3C5D"\n')
    outline = tmp_path / "o.yaml"
    outline.write_text(OUTLINE.format(word="x") + "theme: brief.pdf\n")
    result = build(outline, tmp_path)
    assert result.exit_code == 1 and "is the build's own input" in result.stderr
    assert theme.read_text() == 'palette:\n  primary: "0B3C5D"\n'


def modes(out):
    return sorted(p.stat().st_mode & 0o777 for p in out.iterdir())


def test_a_rebuild_keeps_a_private_briefing_private(built):
    outline, out = built
    for path in out.iterdir():
        path.chmod(0o600)
    outline.write_text(OUTLINE.format(word="second"))
    assert build(outline, out).exit_code == 0
    assert modes(out) == [0o600, 0o600]
    from pptx import Presentation
    deck = Presentation(str(out / "brief.pptx"))
    assert any("second" in sh.text_frame.text for s in deck.slides for sh in s.shapes
               if sh.has_text_frame)  # rebuilt, not left alone


@pytest.mark.parametrize("umask, mode", [(0o077, 0o600), (0o027, 0o640), (0o022, 0o644)])
def test_new_documents_follow_the_umask(tmp_path, umask, mode):
    outline = tmp_path / "o.yaml"
    outline.write_text(OUTLINE.format(word="x"))
    old = os.umask(umask)
    try:
        assert build(outline, tmp_path / "decks").exit_code == 0
    finally:
        os.umask(old)
    assert modes(tmp_path / "decks") == [mode, mode]
