"""A font file is what it says it is, found only where fonts live: anything else is an error
that names the file (and, in a theme file, its line)."""

import pytest

from builder.diagnostics import FontError, OutlineError
from builder.pipeline import Builder
from builder.theme import DEFAULT, Typeface
from builder.theme import fonts as fontlib

CARLITO = fontlib.find_font_file("Carlito-Regular.ttf")
needs_carlito = pytest.mark.skipif(CARLITO is None, reason="Carlito is not installed")

NOT_FONTS = {
    "html": (b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "text file (HTML or XML)"),
    "html after spaces": (b"\n  <html>moved</html>", "text file (HTML or XML)"),
    "passwd": (b"root:x:0:0:root:/root:/bin/bash\n", "not a TrueType font file"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(40), "a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0" + bytes(40), "a JPEG image"),
    "empty": (b"", "not a TrueType font file"),
    "cff": (b"OTTO\x00\x0a" + bytes(40), "PostScript (CFF) outlines"),
    "woff": (b"wOFF\x00\x01\x00\x00" + bytes(40), "web font (WOFF)"),
    "header only": (b"\x00\x01\x00\x00\x00\x10" + bytes(6), "damaged or incomplete"),
}


@pytest.mark.parametrize("name", NOT_FONTS)
def test_a_file_that_is_not_a_truetype_font_is_named_for_what_it_is(tmp_path, name):
    data, said = NOT_FONTS[name]
    path = tmp_path / "Carlito-Regular.ttf"
    path.write_bytes(data)
    assert said in fontlib.font_problem(path)


@needs_carlito
def test_a_real_font_passes_and_a_cut_one_does_not(tmp_path):
    assert fontlib.font_problem(CARLITO) is None
    cut = tmp_path / "Cut.ttf"
    cut.write_bytes(CARLITO.read_bytes()[:4000])
    assert "damaged or incomplete" in fontlib.font_problem(cut)


@pytest.mark.parametrize("name", ["/etc/passwd", "../../etc/passwd", "fonts/Carlito.ttf",
                                  "a\\b.ttf", "~/x.ttf", "..", ".", "", "x\0.ttf"])
def test_a_font_is_looked_up_by_file_name_only(name):
    assert fontlib.find_font_file(name) is None


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_briefing_font_dir_naming_no_folder_is_an_error(tmp_path, monkeypatch, kind):
    target = tmp_path / "fonts"
    if kind == "file":
        target.write_text("x")
    monkeypatch.setenv("BRIEFING_FONT_DIR", str(target))
    with pytest.raises(FontError, match=f"BRIEFING_FONT_DIR is set to '{target}'"):
        fontlib.find_font_file("Carlito-Regular.ttf")


def test_an_empty_briefing_font_dir_is_unset(monkeypatch):
    monkeypatch.setenv("BRIEFING_FONT_DIR", "")
    assert fontlib.find_font_file("Carlito-Regular.ttf") == CARLITO


@needs_carlito
def test_a_web_page_saved_as_the_font_in_briefing_font_dir_is_an_error_naming_it(tmp_path,
                                                                                 monkeypatch):
    (tmp_path / "Carlito-Regular.ttf").write_text("<html>Not Found</html>")
    monkeypatch.setenv("BRIEFING_FONT_DIR", str(tmp_path))
    face = Typeface("Calibri", "Carlito", DEFAULT.font.files, package_hint="a test package")
    with pytest.raises(FontError) as err:
        fontlib.load(face)
    assert f"font file {tmp_path / 'Carlito-Regular.ttf'} (Carlito" in str(err.value)
    assert "HTML" in str(err.value)


THEME = "typeface:\n  name: Arial\n  twin: Liberation Sans\n  files: [{files}]\n"
OUTLINE = "title: T\ntheme: t.yaml\nkey_judgments: [k]\nsections:\n  - title: S\n    takeaway: x\n"


def theme_errors(tmp_path, files: str) -> list[str]:
    (tmp_path / "t.yaml").write_text(THEME.format(files=files))
    (tmp_path / "o.yaml").write_text(OUTLINE)
    with pytest.raises(OutlineError) as err:
        Builder().check(tmp_path / "o.yaml")
    return [str(d).replace(str(tmp_path) + "/", "") for d in err.value.diagnostics]


@pytest.mark.parametrize("path", ["/etc/passwd", "../../etc/passwd", "sub/A.ttf", "~/A.ttf",
                                  "..\\\\A.ttf", "./A.ttf"])
def test_a_theme_file_naming_a_font_by_path_is_refused_at_its_line(tmp_path, path):
    found = theme_errors(tmp_path, f"'{path}', B.ttf, C.ttf, D.ttf")
    assert len(found) == 1 and found[0].startswith("t.yaml:4:11: error: '")
    assert "is a path; name the font file alone" in found[0]


@pytest.mark.parametrize("name", ["logo.png", "passwd", "notes.txt", "Font.ttf.html"])
def test_a_theme_file_naming_something_else_than_a_font_is_refused_at_its_line(tmp_path, name):
    found = theme_errors(tmp_path, f"A.ttf, {name}, C.ttf, D.ttf")
    assert found == [f"t.yaml:4:18: error: '{name}' is not a font file name; name a TrueType "
                     "file (.ttf, .otf or .ttc) [font-file]"]


def test_a_theme_font_that_is_missing_or_not_a_font_is_an_error_at_its_line(tmp_path,
                                                                           monkeypatch):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "Fake.ttf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    monkeypatch.setenv("BRIEFING_FONT_DIR", str(fonts))
    found = theme_errors(tmp_path, "Fake.ttf, Nowhere-Bold.ttf, Nowhere-Italic.ttf, Nowhere-BI.ttf")
    assert found[0] == ("t.yaml:4:11: error: the font file 'Fake.ttf' (fonts/Fake.ttf) is "
                        "a PNG image [font-file]")
    assert found[1] == ("t.yaml:4:21: error: the font file 'Nowhere-Bold.ttf' (Liberation Sans) "
                        "is not found: put it in a font folder or set BRIEFING_FONT_DIR to the "
                        "folder that holds it [font-file]")
    assert len(found) == 4
