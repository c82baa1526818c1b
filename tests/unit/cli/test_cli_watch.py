"""What `briefing watch` watches: the outline, its theme file, its template, its images."""
from pathlib import Path

import pytest

from builder.cli.watch import watched_files
from builder.pipeline import Builder

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
TEMPLATE = ROOT.parent / "shared" / "templates" / "forlegal_4x3_cs-en.pptx"


@pytest.mark.skipif(not TEMPLATE.is_file(), reason=f"no shared template at {TEMPLATE}")
def test_the_template_of_a_good_build_is_watched(tmp_path):
    outline = ROOT / "tests" / "fixtures" / "small.yaml"
    checked = Builder(template=TEMPLATE).check(outline)
    files = watched_files(outline, checked)
    assert TEMPLATE.resolve() in files and outline.resolve() in files


def test_without_a_template_only_the_outline_and_what_it_uses_are_watched():
    outline = ROOT / "tests" / "fixtures" / "small.yaml"
    assert watched_files(outline, Builder().check(outline)) == {outline.resolve()}
