"""The package around the slides: master, layouts, PowerPoint theme and notes master.

They come from python-pptx's default template, stretched to the slide's size and given our
typeface and palette once per process (`base_package`)."""
from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache

from builder.deck.xml import RELS_NS, RT, emu
from builder.reproducible import normalise_zip
from builder.theme import Theme
from builder.xmltext import escape, quoteattr

def base_package(theme: Theme, width: float, height: float) -> tuple[tuple[str, bytes], ...]:
    """python-pptx's default template as (name, bytes) entries: 16:9, our theme, a notes master."""
    return _base_package(theme.font.name, tuple(theme.palette.all().items()), width, height)


@lru_cache(maxsize=4)
def _base_package(font: str, palette: tuple, width: float, height: float):
    """Read python-pptx's template files directly (importing python-pptx's object model costs
    more than writing the whole deck), stretch the master and layouts from 4:3 to the slide,
    name the theme's typeface and palette, and add the notes master the notes pages refer to."""
    import importlib.util
    from pathlib import Path

    templates = Path(importlib.util.find_spec("pptx").origin).parent / "templates"
    with zipfile.ZipFile(templates / "default.pptx") as package:
        parts = {name: package.read(name) for name in package.namelist()
                 if name != "docProps/thumbnail.jpeg"}
    size = re.search(rb'<p:sldSz cx="(\d+)"', parts["ppt/presentation.xml"])
    factor = emu(width) / int(size.group(1))
    for name in parts:
        if re.match(r"ppt/(slideMasters/slideMaster|slideLayouts/slideLayout)\d+\.xml$", name):
            parts[name] = _stretch(parts[name], factor)
    parts["ppt/theme/theme1.xml"] = _restyle(parts["ppt/theme/theme1.xml"], font, dict(palette))
    parts["_rels/.rels"] = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", parts["_rels/.rels"])
    parts["ppt/notesMasters/notesMaster1.xml"] = (templates / "notesMaster.xml").read_bytes()
    parts["ppt/theme/theme2.xml"] = (templates / "theme.xml").read_bytes()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels_xml(
        [("rId1", RT + "theme", "../theme/theme2.xml", False)])
    name = "ppt/_rels/presentation.xml.rels"
    parts[name] = parts[name].replace(b"</Relationships>", (
        f'<Relationship Id="rIdNotesMaster" Type="{RT}notesMaster" '
        'Target="notesMasters/notesMaster1.xml"/></Relationships>').encode())
    name = "ppt/presentation.xml"
    parts[name] = parts[name].replace(b"</p:sldMasterIdLst>", b"</p:sldMasterIdLst><p:notesMasterIdLst>"
                                      b'<p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst>', 1)
    name = "[Content_Types].xml"
    parts[name] = parts[name].replace(b"</Types>", (
        '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
        '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.theme+xml"/></Types>').encode())
    return tuple(parts.items())


def _stretch(xml: bytes, factor: float) -> bytes:
    """Scale every shape's horizontal position and width by `factor`."""
    def scale(m):
        x, y, cx, cy = (int(v) for v in m.groups())
        return (f'<a:off x="{round(x * factor)}" y="{y}"/>'
                f'<a:ext cx="{round(cx * factor)}" cy="{cy}"/>').encode()
    return re.sub(rb'<a:off x="(\d+)" y="(\d+)"/>\s*<a:ext cx="(\d+)" cy="(\d+)"/>', scale, xml)


def _restyle(xml: bytes, font: str, colours: dict) -> bytes:
    """The PowerPoint theme names our typeface and palette, so PowerPoint's own pickers (new text,
    new shapes) offer the same look."""
    text = xml.decode("utf-8")
    for tag in ("majorFont", "minorFont"):
        text = re.sub(rf'(<a:{tag}>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{escape(font)}"', text)
    for tag, name in (("dk1", "ink"), ("dk2", "primary"), ("lt2", "surface"), ("accent1", "primary"),
                      ("accent2", "accent"), ("accent3", "muted"), ("hlink", "primary")):
        text = re.sub(rf"<a:{tag}>.*?</a:{tag}>",
                      f'<a:{tag}><a:srgbClr val="{colours[name]}"/></a:{tag}>', text, count=1,
                      flags=re.S)
    return text.encode("utf-8")


def rels_xml(rels) -> bytes:
    items = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target={quoteattr(target)}'
                    + (' TargetMode="External"' if external else "") + "/>"
                    for rid, kind, target, external in rels)
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
            f'<Relationships xmlns="{RELS_NS}">{items}</Relationships>').encode()


def zip_parts(parts: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as package:
        names = ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml")
        for name in names:
            package.writestr(name, parts[name])
    return normalise_zip(out.getvalue())
