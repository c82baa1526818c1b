"""A template file read once, checked, and kept while it is unchanged (the watch path).

A template is the user's .pptx or .potx. What cannot be used as one is a `TemplateError` that
says why, before anything is built or written: not a zip, a Word or Excel file, an encrypted or
old binary (OLE) file, no slide master, a relationship to a part the file does not have, or a
file past the limits below. A macro-enabled .pptm or .potm is read without its macros (the deck
is a .pptx, which cannot hold them, and briefing never runs them); `Template.notices` says so.
"""
from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from builder.diagnostics import BuildError
from builder.template.presentation import CT_MAIN, CT_TEMPLATE_MAIN, Template
from builder.template.opc import RT_OFFICE_DOCUMENT, TYPES, ContentTypes, Package, rels_name

MB = 1024 * 1024
MAX_FILE = 200 * MB  # the template file itself
MAX_UNPACKED = 500 * MB  # every part together, unpacked (a zip bomb's 42 KB can unpack to PBs)
MAX_PARTS = 10_000  # parts in the package (a 500-slide deck has about 1,500)
MAX_PICTURE = 50 * MB  # one picture, video or other media part, unpacked

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # an OLE compound file: .ppt, or any encrypted file
CT_PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
CT_POTM = "application/vnd.ms-powerpoint.template.macroEnabled.main+xml"
CT_PPSX = "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
CT_PPSM = "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml"
USABLE = {CT_MAIN: CT_MAIN, CT_TEMPLATE_MAIN: CT_TEMPLATE_MAIN, CT_PPTM: CT_MAIN,
          CT_POTM: CT_TEMPLATE_MAIN, CT_PPSX: CT_MAIN, CT_PPSM: CT_MAIN}
OTHER_OFFICE = {  # a main part's content type -> what the file is
    "wordprocessingml.document.main+xml": "a Word document (.docx)",
    "wordprocessingml.template.main+xml": "a Word template (.dotx)",
    "ms-word.document.macroEnabled.main+xml": "a Word document (.docm)",
    "spreadsheetml.sheet.main+xml": "an Excel workbook (.xlsx)",
    "spreadsheetml.template.main+xml": "an Excel template (.xltx)",
    "ms-excel.sheet.macroEnabled.main+xml": "an Excel workbook (.xlsm)",
    "oasis.opendocument": "an OpenDocument file (save it from LibreOffice as .pptx)",
}
MACRO_PARTS = {"application/vnd.ms-office.vbaProject", "application/vnd.ms-office.vbaProjectSignature",
               "application/vnd.ms-office.vbaProjectSignatureAgile",
               "application/vnd.ms-office.vbaProjectSignatureV3", "application/vnd.ms-office.vbaData+xml"}


class TemplateError(BuildError):
    """A file that cannot be used as a template; the message names the file and the reason."""


class TemplateCache:
    """Templates by path, read again only when the file changes (size or modification time)."""

    def __init__(self):
        self._cache: dict[Path, tuple[tuple[int, int], Template]] = {}

    def get(self, path: Path) -> Template:
        path = path.resolve()
        try:
            stat = path.stat()
        except OSError as err:
            raise TemplateError(f"{path}: cannot read the template: {err.strerror}") from None
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(path)
        if cached is None or cached[0] != stamp:
            self._cache[path] = (stamp, read_template(path))
        return self._cache[path][1]


def read_template(path: Path) -> Template:
    """The template at `path`, or a TemplateError saying why it cannot be one."""
    package = read_package(path)
    notices = drop_macros(package, path)
    template = Template(package)
    template.notices = notices
    try:
        check_template(template, path)
    except (KeyError, IndexError, ValueError, TypeError, etree.XMLSyntaxError) as err:
        raise TemplateError(f"{path}: the template is damaged (a part or relationship it names "
                            f"is missing or unreadable: {err})") from None
    return template


def read_package(path: Path) -> Package:
    """The file's parts, once the file is known to be a zip within the limits."""
    if not path.is_file():
        raise TemplateError(f"{path}: no such template file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as err:
        raise TemplateError(f"{path}: cannot read the template: {err.strerror}") from None
    if size > MAX_FILE:
        raise TemplateError(f"{path}: the file is {size / MB:.0f} MB; a template may be at most "
                            f"{MAX_FILE // MB} MB")
    if head == OLE_MAGIC:
        raise TemplateError(f"{path}: an encrypted (password-protected) file or an old binary "
                            ".ppt, not a .pptx; open it in PowerPoint and save it as .pptx or "
                            ".potx without a password")
    try:
        with zipfile.ZipFile(path) as archive:
            blobs = unpack(archive, path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as err:
        raise TemplateError(f"{path}: not a PowerPoint file (.pptx or .potx): it is not a zip "
                            f"archive ({err})") from None
    if TYPES not in blobs:
        raise TemplateError(f"{path}: not a PowerPoint file (.pptx or .potx): the zip has no "
                            f"{TYPES}")
    try:
        return Package(blobs, ContentTypes.parse(blobs.pop(TYPES)))
    except etree.XMLSyntaxError as err:
        raise TemplateError(f"{path}: the template is damaged ({TYPES}: {err})") from None


def unpack(archive: zipfile.ZipFile, path: Path) -> dict[str, bytes]:
    """Every part, once the sizes the zip declares are within the limits (zipfile reads no more
    than a member declares, and checks its CRC, so the declared sizes hold)."""
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_PARTS:
        raise TemplateError(f"{path}: the package has {len(infos)} parts; a template may have at "
                            f"most {MAX_PARTS}")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise TemplateError(f"{path}: the package unpacks to {total / MB:.0f} MB; a template may "
                            f"unpack to at most {MAX_UNPACKED // MB} MB")
    big = next((i for i in infos if i.file_size > MAX_PICTURE and not i.filename.endswith(".xml")),
               None)
    if big is not None:
        raise TemplateError(f"{path}: {big.filename} is {big.file_size / MB:.0f} MB; a picture or "
                            f"other media in a template may be at most {MAX_PICTURE // MB} MB")
    return {i.filename: archive.read(i) for i in infos}


def drop_macros(package: Package, path: Path) -> tuple[str, ...]:
    """Remove a macro-enabled file's VBA parts and give its main part the plain content type;
    what was done, in words (nothing for a .pptx or .potx)."""
    mains = package.related("", RT_OFFICE_DOCUMENT)
    main = mains[0] if mains else None
    kind = package.types.of(main) if main else None
    if kind not in USABLE:
        what = next((v for k, v in OTHER_OFFICE.items() if kind and k in kind), None)
        raise TemplateError(f"{path}: not a PowerPoint presentation or template: "
                            + (f"it is {what}" if what else f"its main part is {kind or 'missing'}"))
    if USABLE[kind] == kind:
        return ()
    package.types.overrides[main] = USABLE[kind]
    dropped = sorted(n for n in package.names() if package.types.of(n) in MACRO_PARTS)
    for source in [""] + package.names():
        if source.endswith(".rels") or (source and rels_name(source) not in package.blobs):
            continue
        rels = package.rels(source)
        for rel in list(rels.items.values()):
            if not rel.external and rels.part(rel) in dropped:
                rels.remove(rel.rid)
    for name in dropped:
        package.remove(name)
    if not dropped:
        return (f"{path.name} is macro-enabled; it is read as a plain "
                f"{'template' if USABLE[kind] == CT_TEMPLATE_MAIN else 'presentation'}",)
    return (f"{path.name} is macro-enabled: its macros ({', '.join(dropped)}) are left out, as a "
            ".pptx cannot hold them and briefing never runs them",)


def check_template(template: Template, path: Path) -> None:
    """A presentation (or template) with a slide master and layouts, every part it refers to
    present."""
    check_relationships(template.package, path)
    if not template.masters:
        raise TemplateError(f"{path}: the template has no slide master")
    if not template.layouts:
        raise TemplateError(f"{path}: the template has no slide layouts")


def check_relationships(package: Package, path: Path) -> None:
    """Every internal relationship of every part leads to a part the file has."""
    for source in [""] + sorted(package.names()):
        if source.endswith(".rels") or rels_name(source) not in package.blobs:
            continue
        rels = package.rels(source)
        for rel in rels.items.values():
            target = rels.part(rel)
            if target is None or target in package or posixpath.basename(target) == "NULL":
                continue
            raise TemplateError(f"{path}: the template is damaged: {source or 'the package'} "
                                f"refers to {target} ({rel.rid}), which the file does not have; "
                                "open it in PowerPoint and save it again")
