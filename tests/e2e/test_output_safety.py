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


def cli_process(tmp_path, *args, stdin=None):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "builder", *args], cwd=tmp_path,
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("command", ["check", "build"])
def test_dev_zero_as_the_outline_is_refused_after_reading_the_limit(tmp_path, command):
    result = CliRunner().invoke(cli, [command, "/dev/zero", *(["-o", str(tmp_path)]
                                                              if command == "build" else [])])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "/dev/zero:1:1: error: the outline is larger than 5 MB; the limit is 5 MB (limit: outline "
        "size) [limit]", "1 error, 0 warnings"]


def test_a_48_mb_pipe_of_duplicate_keys_is_cut_at_the_limit_with_one_message(tmp_path):
    import subprocess
    import threading

    proc = cli_process(tmp_path, "check", "/dev/stdin", stdin=subprocess.PIPE)

    def feed():
        try:
            for _ in range(48):
                proc.stdin.write(b"x: 1\n" * 209716)
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    err = proc.stderr.read()  # (communicate would close standard input under the feeder)
    assert proc.wait(timeout=120) == 1
    proc.stdout.close(), proc.stderr.close()
    assert err.decode().splitlines() == [
        "/dev/stdin:1:1: error: the outline is larger than 5 MB; the limit is 5 MB (limit: "
        "outline size) [limit]", "1 error, 0 warnings"]


@pytest.mark.parametrize("command", ["build", "check", "watch"])
def test_standard_input_as_the_outline_is_refused_plainly(tmp_path, command):
    result = CliRunner().invoke(cli, [command, "-"], input="title: T\n")
    assert result.exit_code == 2
    assert "reading the outline from standard input ('-') is not supported" in result.stderr


def test_importing_an_endless_article_stops_at_the_limit(tmp_path):
    result = CliRunner().invoke(cli, ["import", "/dev/zero", "-o", str(tmp_path / "a.yaml")])
    assert result.exit_code == 1
    assert "/dev/zero: the article is larger than 5 MB" in result.stderr
    assert not (tmp_path / "a.yaml").exists()
