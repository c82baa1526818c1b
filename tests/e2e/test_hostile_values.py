"""Values `build` meets are judged by `check` first: a chart's numbers and a font file are
refused at their line with a located message (exit 1), never a crash (exit 70), and what is
accepted is drawn readably in both documents."""
import re

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli

BASE = "title: Chart test\nkey_judgments: [J]\nsections:\n"


def chart_section(title: str, kind: str, *values: str) -> str:
    series = "".join(f"            - {{name: s{i}, values: {v}}}\n" for i, v in enumerate(values))
    return (f"  - title: {title}\n    blocks:\n      - chart:\n          kind: {kind}\n"
            "          categories: [Alpha, Beta]\n          series:\n" + series)


def run(tmp_path, command: str, text: str):
    path = tmp_path / "o.yaml"
    path.write_text(text, encoding="utf-8")
    extra = ["-o", str(tmp_path / "out")] if command == "build" else []
    return CliRunner().invoke(cli, [command, str(path), *extra])


BAD = [  # (kind, series..., the value refused)
    ("stacked-column", "[1e308, 1]", "[1e308, 1]"),
    ("column", "[-1e308, 1e308]"),
    ("line", "[1.7976931348623157e308, -1e308]"),
    ("column", "[1e-320, 1]"),
    ("doughnut", "[1e-320, 1]"),
    ("pie", "[5e-324, 1e-320]"),
    ("stacked-bar", "[1e16, 1]", "[1, 1]"),
    ("bar", "[inf, 1]"),
    ("pie", "[0, 0]"),
    ("doughnut", "[0.0, -0]"),
]


@pytest.mark.parametrize("command", ["check", "build"])
@pytest.mark.parametrize("case", BAD, ids=lambda c: " ".join(c))
def test_chart_values_build_cannot_draw_are_located_errors_in_check_and_build(tmp_path, command,
                                                                             case):
    result = run(tmp_path, command, BASE + chart_section("S", *case))
    assert result.exit_code == 1, result.output
    assert re.search(r"o\.yaml:10:\d+: error: .*\[(number-range|chart-data)\]", result.stderr)
    assert "internal error" not in result.stderr and not (tmp_path / "out").exists()


def test_the_largest_and_smallest_values_are_drawn_with_their_labels_in_both(tmp_path):
    text = BASE + "".join([
        chart_section("Stacked", "stacked-column", "[1e15, 1]", "[1e15, 1]"),
        chart_section("Both signs", "column", "[-1e15, 1e15]"),
        chart_section("Tiny", "doughnut", "[1e-15, 1]"),
        chart_section("Negative bars", "bar", "[-5, 3]", "[-2, 4]"),
    ])
    result = run(tmp_path, "build", text)
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    charts = [sh.chart for s in deck.slides for sh in s.shapes if sh.has_chart]
    assert [c.plots[0].series[0].values for c in charts] == [
        (1e15, 1.0), (-1e15, 1e15), (1e-15, 1.0), (-5.0, 3.0)]
    pdf = PdfReader(str(next((tmp_path / "out").glob("*.pdf"))))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert "2E+15" in text and "-1E+15" in text  # the value axes' labels, written short


def briefing(tmp_path, *args, **env):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True,
                          text=True, cwd=tmp_path, env={**os.environ, **env}, timeout=120)


SMALL = "title: T\nkey_judgments: [k]\nsections:\n  - title: S\n    takeaway: x\n"


@pytest.mark.parametrize("setting", ["page", "nothing"])
def test_briefing_font_dir_with_a_web_page_or_naming_nothing_stops_check_with_a_message(
        tmp_path, setting):
    (tmp_path / "o.yaml").write_text(SMALL)
    fonts = tmp_path / "fonts"
    if setting == "page":
        fonts.mkdir()
        (fonts / "Carlito-Regular.ttf").write_text("<!DOCTYPE html><html>404</html>")
    for command in ("check", "build"):
        result = briefing(tmp_path, command, "o.yaml", BRIEFING_FONT_DIR=str(fonts))
        assert result.returncode == 1, result.stderr
        expected = (f"font file {fonts / 'Carlito-Regular.ttf'}" if setting == "page" else
                    f"BRIEFING_FONT_DIR is set to '{fonts}'")
        assert result.stderr.startswith(f"briefing: error: {expected}"), result.stderr
    assert not (tmp_path / "decks").exists()


@pytest.mark.parametrize("files", ["['/etc/passwd', B.ttf, C.ttf, D.ttf]",
                                   "['../../x/A.ttf', B.ttf, C.ttf, D.ttf]",
                                   "[logo.png, B.ttf, C.ttf, D.ttf]"])
def test_a_theme_file_pointing_a_font_at_any_file_is_a_located_error(tmp_path, files):
    (tmp_path / "t.yaml").write_text(f"typeface:\n  name: A\n  twin: A\n  files: {files}\n")
    for command in ("check", "build"):
        result = run(tmp_path, command, SMALL + "theme: t.yaml\n")
        assert result.exit_code == 1
        assert re.match(rf"{re.escape(str(tmp_path))}/t\.yaml:4:11: error: .*\[font-file\]",
                        result.stderr), result.stderr
