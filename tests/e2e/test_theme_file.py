"""A theme file named by the outline: palette and typeface for both documents, validated and
located like the outline, and watched."""
import shutil
import zipfile

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from builder.cli import cli
from builder.theme.fonts import find_font_file
from readback import ROOT

OUTLINE = ("title: Themed\ntheme: {theme}\nkey_judgments: [One]\nsections:\n  - title: S\n"
           "    takeaway: T\n    bullets: [a bullet]\n")


def build(tmp_path, theme_text, theme_name="house.yaml", *args):
    (tmp_path / theme_name).write_text(theme_text)
    (tmp_path / "o.yaml").write_text(OUTLINE.format(theme=theme_name))
    return CliRunner().invoke(cli, ["build", str(tmp_path / "o.yaml"), "-o", str(tmp_path / "out"), *args])


def deck_xml(tmp_path) -> str:
    with zipfile.ZipFile(tmp_path / "out" / "themed.pptx") as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("ppt/slides/slide"))


def test_a_palette_override_reaches_both_documents(tmp_path):
    result = build(tmp_path, 'palette:\n  primary: "#0B3C5D"\n')
    assert result.exit_code == 0, result.output
    assert 'srgbClr val="0B3C5D"' in deck_xml(tmp_path)
    assert 'srgbClr val="17324D"' not in deck_xml(tmp_path)  # the built-in primary is gone
    stream = b"".join(p.get_contents().get_data() for p in PdfReader(str(tmp_path / "out" / "themed.pdf")).pages)
    assert b".043137 .235294 .364706 rg" in stream  # 0B3C5D


@pytest.mark.skipif(find_font_file("LiberationSans-Regular.ttf") is None,
                    reason="Liberation Sans is not installed (apt-get install fonts-liberation2)")
def test_a_typeface_override_names_arial_and_embeds_liberation_sans(tmp_path):
    shutil.copytree(ROOT / "examples" / "themes", tmp_path / "themes")
    (tmp_path / "o.yaml").write_text(OUTLINE.format(theme="themes/arial.yaml"))
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "o.yaml"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert set(__import__("re").findall(r'typeface="([^"]+)"', deck_xml(tmp_path))) == {"Arial"}
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for p in PdfReader(str(tmp_path / "out" / "themed.pdf")).pages
             for f in p["/Resources"]["/Font"].values()}
    assert fonts and all(f.startswith("LiberationSans") for f in fonts)


def test_theme_file_problems_are_located_in_the_theme_file(tmp_path):
    result = build(tmp_path, "palette:\n  primary: blue\n  primry: \"000000\"\n")
    assert result.exit_code == 1
    theme = tmp_path / "house.yaml"
    assert result.stderr.splitlines()[:2] == [
        f"{theme}:2:12: error: 'primary': give a colour as six hexadecimal digits, e.g. 17324D [value]",
        f"{theme}:3:3: error: unknown key 'primry' in a palette (did you mean 'primary'?) [unknown-key]"]
    assert not (tmp_path / "out").exists()


def test_a_missing_or_outside_theme_is_an_error_at_the_outlines_line(tmp_path):
    (tmp_path / "o.yaml").write_text(OUTLINE.format(theme="nope.yaml"))
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "o.yaml")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{tmp_path / 'o.yaml'}:2:8: error: theme file not found: 'nope.yaml'")
    (tmp_path / "o.yaml").write_text(OUTLINE.format(theme="../elsewhere.yaml"))
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "o.yaml")])
    assert "is outside the outline's folder" in result.stderr


def test_a_font_the_theme_names_but_the_machine_lacks_is_a_clear_message(tmp_path):
    result = build(tmp_path, 'typeface:\n  name: "Nofont"\n  twin: "Nofont Twin"\n'
                             '  files: [a.ttf, b.ttf, c.ttf, d.ttf]\n  package: "fonts-nofont"\n')
    assert result.exit_code == 1
    assert (f"{tmp_path / 'house.yaml'}:4:11: error: the font file 'a.ttf' (Nofont Twin) is not "
            "found: install it (Debian/Ubuntu: sudo apt-get install fonts-nofont) or set "
            "BRIEFING_FONT_DIR to the folder that holds it [font-file]") in result.stderr
    assert "Traceback" not in result.output


def test_watch_rebuilds_when_the_theme_file_is_saved(tmp_path):
    import signal
    import subprocess
    import sys
    import time
    (tmp_path / "house.yaml").write_text('palette:\n  primary: "0B3C5D"\n')
    (tmp_path / "o.yaml").write_text(OUTLINE.format(theme="house.yaml"))
    log = tmp_path / "log.txt"
    with open(log, "w") as handle:
        proc = subprocess.Popen([sys.executable, "-m", "builder", "watch", str(tmp_path / "o.yaml"),
                                 "-o", str(tmp_path / "out")], stdout=handle, stderr=subprocess.STDOUT,
                                cwd=ROOT)
    try:
        end = time.monotonic() + 30
        while "watching" not in log.read_text() and time.monotonic() < end:
            time.sleep(0.1)
        (tmp_path / "house.yaml").write_text('palette:\n  primary: "5D0B3C"\n')
        while 'srgbClr val="5D0B3C"' not in deck_xml(tmp_path) and time.monotonic() < end:
            time.sleep(0.1)
        assert 'srgbClr val="5D0B3C"' in deck_xml(tmp_path), log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)  # SIGINT is ignored in background jobs
        proc.wait(timeout=20)


def test_a_faint_palette_is_a_warning_naming_the_role_its_ground_and_the_ratio(tmp_path):
    result = build(tmp_path, 'palette:\n  muted: "#B0B0B0"\n', "house.yaml", "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert ("o.yaml:2:8: warning: the theme file's colours: attribution text (muted) on surface "
            "in the slides has a contrast of 1.9:1, below the 4.5:1 that WCAG asks [contrast]"
            in result.output)
    assert "caption text (muted) on page in the slides has a contrast of 2.2:1" in result.output
