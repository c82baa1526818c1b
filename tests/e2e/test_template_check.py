"""`briefing template check FILE`: text and JSON, exit 0 with warnings, exit 1 when unusable."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import cli
from builder.template.presentation import pptx_templates

TEMPLATES = Path(__file__).resolve().parents[2] / ".." / "shared" / "templates"
DEFAULT = pptx_templates() / "default.pptx"


def check(*args):
    return CliRunner().invoke(cli, ["template", "check", *map(str, args)])


def test_text_on_the_default():
    result = check(DEFAULT)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "slide size: 720 × 540 pt = 10 × 7.5 in, 4:3 (10 × 7.5 in)" in out
    assert "major   Calibri (theme, headings, embeds: Carlito)" in out
    assert "accent1  #4F81BD" in out and "dk1      #000000" in out  # sysClr windowText's lastClr
    assert "  layout 'Title Only' (type titleOnly, slideLayout6.xml)" in out
    assert "    title    idx 0   'Title 1' at 36, 21.6 pt, 648 × 90 pt (from the master)" in out
    assert "  quote      → 'Title Only' (master 1): type titleOnly" in out
    assert "  section    → 'Title and Content' (master 1): type obj" in out


def test_json_has_the_same():
    result = check(DEFAULT, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["slide_size"] == {"width_pt": 720.0, "height_pt": 540.0, "width_in": 10.0,
                                  "height_in": 7.5, "name": "4:3 (10 × 7.5 in)"}
    assert data["choices"]["comparison"] == {"layout": "Two Content",
                                             "part": "ppt/slideLayouts/slideLayout4.xml",
                                             "master": "master 1", "reason": "type twoObj"}
    assert [f["typeface"] for f in data["fonts"]][:2] == ["Calibri", "Calibri"]
    layouts = data["masters"][0]["layouts"]
    assert len(layouts) == 11 and layouts[0]["placeholders"][0]["type"] == "ctrTitle"
    assert set(data["colours"]) >= {"dk1", "lt1", "dk2", "lt2", "hlink", *(f"accent{i}" for i in range(1, 7))}


def test_unusable_template_exits_1_with_the_reason(tmp_path):
    bad = tmp_path / "house.pptx"
    bad.write_text("not a zip")
    result = check(bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefing: error: {bad}: not a PowerPoint file")
    assert result.stdout == ""


def test_warnings_go_to_stderr_and_the_exit_is_0(tmp_path):
    """A template with every placeholder numbered 0: usable, with warnings by layout name."""
    import zipfile
    path = tmp_path / "zeros.pptx"
    with zipfile.ZipFile(DEFAULT) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("ppt/slideLayouts/slideLayout"):
                for idx in (b"1", b"2", b"3", b"4", b"10", b"11", b"12"):
                    data = data.replace(b'idx="' + idx + b'"', b'idx="0"')
            out.writestr(info, data)
    result = check(path)
    assert result.exit_code == 0
    assert (f"{path}: layout 'Two Content': warning: 6 placeholders share idx 0 (title 'Title 1', "
            "obj 'Content Placeholder 2'") in result.stderr
    assert "  comparison → 'Two Content' (master 1): type twoObj" in result.stdout


@pytest.mark.skipif(not (TEMPLATES / "rstudio-vignette_16x9_en.potx").is_file(),
                    reason=f"no shared templates at {TEMPLATES}")
def test_a_template_without_title_only_warns_where_its_slides_go():
    result = check(TEMPLATES / "rstudio-vignette_16x9_en.potx")
    assert result.exit_code == 0
    assert "a template (.potx)" in result.stdout
    assert ("layout 'Title and Content': warning: quote, timeline, table, chart, image, callout "
            "slides go on it (no Title Only layout)") in result.stderr
