"""`make decks` on a fresh clone: the editable install its setup runs shows no setuptools warning
box ("Please be careful with folders in your working directory…"), which says nothing a user can
act on. The Makefile's own install command is run — as `make -n` prints it — on a copy of the
project's packaging (pyproject.toml, README, the package's __init__), into a throwaway prefix."""
import re
import shutil
import subprocess
import sys

import pytest

from readback import ROOT


def install_command() -> str:
    """The Makefile's editable-install line, as make would run it."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    recipe = subprocess.run(["make", "-n", "-B", "-C", str(ROOT), ".venv/.installed"],
                            capture_output=True, text=True, check=True).stdout
    return next(line for line in recipe.splitlines()
                if re.search(r"pip install .*-e ", line) and not line.startswith("#"))


def test_the_editable_install_shows_no_warning_box(tmp_path):
    command = install_command()
    project = tmp_path / "project"
    (project / "builder").mkdir(parents=True)
    for name in ("README.md", "builder/__init__.py"):
        shutil.copy(ROOT / name, project / name)
    # another name, and installed beside the environment, never over it: pip would otherwise
    # uninstall the briefing this suite runs
    packaging = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (project / "pyproject.toml").write_text(
        packaging.replace('name = "briefing"', 'name = "briefing-setup-check"', 1))
    command = command.replace(".venv/bin/python", sys.executable).replace("'.[test]'", ".")
    result = subprocess.run(f"{command} --no-deps --ignore-installed --prefix "
                            f"{tmp_path / 'prefix'}", shell=True, cwd=project,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        pytest.skip(f"pip could not build the project here (no package index?): "
                    f"{result.stderr.strip().splitlines()[-1:]}")
    shown = result.stdout + result.stderr
    assert "take precedence during imports" not in shown and "*" * 20 not in shown, shown
    assert any((tmp_path / "prefix").rglob("briefing_setup_check-*.dist-info"))  # it was installed
