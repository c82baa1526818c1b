"""Bad templates: each refused with a TemplateError naming the file and the reason."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from builder.template import load
from builder.template.load import TemplateError, read_template
from builder.template.presentation import CT_MAIN, CT_TEMPLATE_MAIN, pptx_templates

DEFAULT = pptx_templates() / "default.pptx"


def rezip(target: Path, change=None, extra: dict[str, bytes] | None = None) -> Path:
    """python-pptx's default.pptx copied to `target`, each part through `change(name, data)`
    (None drops the part), with `extra` parts added."""
    with zipfile.ZipFile(DEFAULT) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            data = change(info.filename, data) if change else data
            if data is not None:
                out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def main_type(new: str):
    def change(name, data):
        return data.replace(CT_MAIN.encode(), new.encode()) if name == "[Content_Types].xml" else data
    return change


def refused(path: Path) -> str:
    with pytest.raises(TemplateError) as err:
        read_template(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    return message


def test_the_default_reads(tmp_path):
    template = read_template(rezip(tmp_path / "ok.pptx"))
    assert template.layouts and template.notices == ()


def test_not_a_zip(tmp_path):
    path = tmp_path / "house.pptx"
    path.write_text("hello")
    assert "not a zip archive" in refused(path)


def test_missing_file(tmp_path):
    assert "no such template file" in refused(tmp_path / "none.pptx")


@pytest.mark.parametrize("kind, said", [
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
     "it is a Word document (.docx)"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
     "it is an Excel workbook (.xlsx)"),
    ("application/x-nonsense", "its main part is application/x-nonsense")])
def test_other_office_files_say_what_they_are(tmp_path, kind, said):
    message = refused(rezip(tmp_path / "house.pptx", main_type(kind)))
    assert "not a PowerPoint presentation or template" in message and said in message


def test_ole_file_is_encrypted_or_old_ppt(tmp_path):
    path = tmp_path / "house.pptx"
    path.write_bytes(load.OLE_MAGIC + bytes(504))
    message = refused(path)
    assert "encrypted" in message and ".ppt" in message and "without a password" in message


@pytest.mark.parametrize("kind, plain", [(load.CT_PPTM, CT_MAIN), (load.CT_POTM, CT_TEMPLATE_MAIN)])
def test_macro_enabled_files_are_read_without_their_macros(tmp_path, kind, plain):
    def change(name, data):
        if name == "[Content_Types].xml":
            data = main_type(kind)(name, data).replace(
                b"</Types>", b'<Override PartName="/ppt/vbaProject.bin" ContentType="application/'
                             b'vnd.ms-office.vbaProject"/></Types>')
        if name == "ppt/_rels/presentation.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://'
                                b'schemas.microsoft.com/office/2006/relationships/vbaProject" '
                                b'Target="vbaProject.bin"/></Relationships>')
        return data
    path = rezip(tmp_path / "house.potm", change, {"ppt/vbaProject.bin": b"macro bytes"})
    template = read_template(path)
    package = template.package
    assert "ppt/vbaProject.bin" not in package
    assert not any("vbaProject" in r.reltype for r in package.rels(template.main).items.values())
    assert package.types.of(template.main) == plain
    [notice] = template.notices
    assert "macros (ppt/vbaProject.bin) are left out" in notice


def test_no_slide_master(tmp_path):
    def change(name, data):
        if name == "ppt/presentation.xml":
            start, end = data.index(b"<p:sldMasterIdLst>"), data.index(b"</p:sldMasterIdLst>")
            return data[:start] + data[end + len(b"</p:sldMasterIdLst>"):]
        return data
    assert "no slide master" in refused(rezip(tmp_path / "house.pptx", change))


def test_missing_part(tmp_path):
    drop = "ppt/slideLayouts/slideLayout3.xml"
    message = refused(rezip(tmp_path / "house.pptx", lambda n, d: None if n == drop else d))
    assert "damaged" in message and drop in message and "does not have" in message


def test_broken_relationship(tmp_path):
    def change(name, data):
        if name == "ppt/slideMasters/_rels/slideMaster1.xml.rels":
            return data.replace(b"slideLayout2.xml", b"slideLayout42.xml")
        return data
    message = refused(rezip(tmp_path / "house.pptx", change))
    assert "ppt/slideLayouts/slideLayout42.xml" in message and "ppt/slideMasters/slideMaster1.xml" in message


def test_no_content_types(tmp_path):
    path = rezip(tmp_path / "house.pptx", lambda n, d: None if n == "[Content_Types].xml" else d)
    assert "[Content_Types].xml" in refused(path)


def test_oversized_file(tmp_path, monkeypatch):
    path = rezip(tmp_path / "house.pptx")
    monkeypatch.setattr(load, "MAX_FILE", path.stat().st_size - 1)
    assert "a template may be at most" in refused(path)


def test_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    path = rezip(tmp_path / "house.pptx", extra={"ppt/media/zeros.bin": bytes(4 * 1024 * 1024)})
    assert path.stat().st_size < 1024 * 1024  # small on disk ...
    monkeypatch.setattr(load, "MAX_UNPACKED", 3 * 1024 * 1024)  # ... large unpacked
    assert "unpacks to" in refused(path)


def test_oversized_picture(tmp_path, monkeypatch):
    path = rezip(tmp_path / "house.pptx", extra={"ppt/media/image9.png": bytes(2 * 1024 * 1024)})
    monkeypatch.setattr(load, "MAX_PICTURE", 1024 * 1024)
    message = refused(path)
    assert "ppt/media/image9.png is 2 MB" in message and "at most 1 MB" in message


def test_too_many_parts(tmp_path, monkeypatch):
    path = rezip(tmp_path / "house.pptx", extra={f"ppt/media/x{i}.bin": b"x" for i in range(20)})
    monkeypatch.setattr(load, "MAX_PARTS", 30)
    assert "parts; a template may have at most 30" in refused(path)


def test_limits_are_the_documented_ones():
    docs = (Path(__file__).resolve().parents[3] / "docs" / "outline-format.md").read_text()
    for limit in ("200 MB", "500 MB", "10,000 parts", "50 MB"):
        assert limit in docs
    assert (load.MAX_FILE, load.MAX_UNPACKED, load.MAX_PARTS, load.MAX_PICTURE) == (
        200 * load.MB, 500 * load.MB, 10_000, 50 * load.MB)
