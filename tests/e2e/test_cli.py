"""The command line as a user meets it: messages, exit codes, and untouched files on error."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder import __version__
from builder.cli import cli
from readback import ROOT

DIAG = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (error|warning): .+$")

MINIMAL = """\
title: A small briefing
key_judgments:
  - One judgment
sections:
  - title: First section
    bullets:
      - A bullet
"""


@pytest.fixture
def runner():
    return CliRunner()


def write(tmp_path: Path, text: str, name: str = "outline.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_build_writes_both_files_named_from_the_title_and_prints_their_paths(runner, tmp_path):
    outline = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(outline), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a-small-briefing.pdf", "a-small-briefing.pptx"]
    assert result.stdout.split() == [str(out / "a-small-briefing.pptx"), str(out / "a-small-briefing.pdf")]


def test_build_one_format_only(runner, tmp_path):
    outline = write(tmp_path, MINIMAL)
    result = runner.invoke(cli, ["build", str(outline), "--out-dir", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    assert [p.suffix for p in tmp_path.glob("a-small-*")] == [".pdf"]


def test_file_name_from_the_outline(runner, tmp_path):
    outline = write(tmp_path, MINIMAL + "file_name: my-deck\n")
    result = runner.invoke(cli, ["build", str(outline), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "my-deck.pptx").exists()


def test_check_validates_and_writes_nothing(runner, tmp_path):
    outline = write(tmp_path, MINIMAL)
    before = set(tmp_path.iterdir())
    result = runner.invoke(cli, ["check", str(outline)])
    assert result.exit_code == 0
    assert "ok" in result.stderr
    assert set(tmp_path.iterdir()) == before


BROKEN = """\
title: A small briefing
key_judgment:
  - One judgment
sections:
  - title: First section
    bulets:
      - A bullet
  - title: [not, text]
    takeaway: fine
  - takeaway: no title here
"""


def test_every_problem_is_reported_together_with_its_position(runner, tmp_path):
    outline = write(tmp_path, BROKEN)
    result = runner.invoke(cli, ["check", str(outline)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[:-1] == [
        f"{outline}:1:1: error: missing required key 'key_judgments' in the outline [missing]",
        f"{outline}:2:1: error: unknown key 'key_judgment' in the outline (did you mean 'key_judgments'?) [unknown-key]",
        f"{outline}:6:5: error: unknown key 'bulets' in a section (did you mean 'bullets'?) [unknown-key]",
        f"{outline}:8:12: error: expected text for 'title', got a list [type]",
        f"{outline}:10:5: error: missing required key 'title' in a section [missing]",
    ]
    assert lines[-1] == "5 errors, 0 warnings"
    assert "Traceback" not in result.output


def test_yaml_syntax_error_has_file_line_column(runner, tmp_path):
    outline = write(tmp_path, 'title: "unclosed\nkey_judgments: [a]\n')
    result = runner.invoke(cli, ["build", str(outline), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first == f"{outline}:1:8: error: a quoted text is not closed (missing closing quote) [yaml]"


def test_a_failed_build_leaves_the_last_good_files_untouched(runner, tmp_path):
    outline = write(tmp_path, MINIMAL)
    out = tmp_path / "decks"
    assert runner.invoke(cli, ["build", str(outline), "-o", str(out)]).exit_code == 0
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    write(tmp_path, BROKEN)
    result = runner.invoke(cli, ["build", str(outline), "-o", str(out)])
    assert result.exit_code == 1
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    assert after == before


def test_missing_outline_file_is_a_located_error(runner, tmp_path):
    result = runner.invoke(cli, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{tmp_path / 'nope.yaml'}:1:1: error: cannot read the outline")


def test_usage_errors_exit_2(runner):
    assert runner.invoke(cli, ["build", "--format", "docx"]).exit_code == 2
    assert runner.invoke(cli, ["frobnicate"]).exit_code == 2


def test_help_and_version(runner):
    assert "build" in runner.invoke(cli, ["--help"]).output
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_output_path_that_is_a_file_is_refused_before_any_work(runner, tmp_path):
    outline = write(tmp_path, MINIMAL)
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = runner.invoke(cli, ["build", str(outline), "-o", str(blocker)])
    assert result.exit_code == 1
    assert "is a file, not a folder" in result.stderr
    assert blocker.read_text() == "x"


def test_console_entry_points_run_as_a_real_process(tmp_path):
    outline = write(tmp_path, BROKEN)
    proc = subprocess.run([sys.executable, "-m", "builder", "check", str(outline)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert all(DIAG.match(line) for line in proc.stderr.splitlines()[:-1])
    assert "Traceback" not in proc.stderr


def test_diagnostics_as_json_for_tools(runner, tmp_path):
    import json
    outline = write(tmp_path, BROKEN)
    result = runner.invoke(cli, ["check", str(outline), "--format", "json"])
    assert result.exit_code == 1
    items = json.loads(result.stderr)
    assert items[1] == {"file": str(outline), "line": 2, "column": 1, "severity": "error",
                        "message": "unknown key 'key_judgment' in the outline (did you mean 'key_judgments'?)",
                        "code": "unknown-key"}
    assert len(items) == 5
