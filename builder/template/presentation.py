"""A presentation view of a package: slide masters, layouts and their placeholders, slide size, slides.

Real templates name layouts in any language and often leave out the `type` attribute, number
body placeholders 10, 13 or 14 (or everything 0), and may have two masters with the same layout
names, so layouts are chosen by what they are (`choose.py`: type and placeholders, then names in
any language), never by position alone.
"""
from __future__ import annotations

import importlib.util
from typing import NamedTuple
from functools import cached_property
from pathlib import Path

from builder.template.choose import choose_layout
from builder.template.opc import Package

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
CT_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
EMU_PER_PT = 12700
FURNITURE = {"dt", "ftr", "sldNum", "hdr"}  # placeholders every layout may carry
_MASTER_TYPE = {"title": "title", "ctrTitle": "title", "dt": "dt", "ftr": "ftr", "sldNum": "sldNum"}


NAMESPACES = {"p": P, "a": A, "r": R}


def q(prefix: str, tag: str) -> str:
    """Clark notation: q("p", "sldSz") == "{http://...presentationml/2006/main}sldSz"."""
    return f"{{{NAMESPACES[prefix]}}}{tag}"


class Box(NamedTuple):
    """A rectangle in points."""
    x: float
    y: float
    w: float
    h: float


class Placeholder(NamedTuple):
    """A placeholder of a master or layout: its type, index, name and box."""

    type: str  # "obj" when the template leaves it out (the schema's default)
    idx: int
    name: str
    box: Box | None  # own <a:xfrm>, else the master's placeholder of the same type, else None
    inherited: bool = False


class Layout(NamedTuple):
    """A slide layout: its part, name, type (if the template gives one), master and placeholders."""

    part: str
    name: str
    type: str | None
    master: str
    placeholders: tuple[Placeholder, ...]

    def has(self, *types: str) -> bool:
        return any(p.type in types for p in self.placeholders)

    @property
    def content(self) -> list[Placeholder]:
        """The placeholders other than the title, date, footer and slide number."""
        return [p for p in self.placeholders
                if p.type not in FURNITURE | {"title", "ctrTitle"}]


class Master(NamedTuple):
    """A slide master: its part, name, theme, layouts and placeholders."""

    part: str
    name: str
    theme: str | None
    layouts: tuple[str, ...]
    placeholders: tuple[Placeholder, ...]


class SlideRef(NamedTuple):
    """A slide the package already holds (a template's sample slide)."""

    part: str
    rid: str
    id: int
    layout: str | None


class Template:
    """What a deck is built on: a package read as a presentation."""

    notices: tuple[str, ...] = ()  # what reading changed to make the file usable (load.py)

    def __init__(self, package: Package):
        self.package = package

    @classmethod
    def from_file(cls, path: str | Path) -> "Template":
        """A user's .pptx or .potx."""
        return cls(Package.read(Path(path)))

    @classmethod
    def default(cls) -> "Template":
        """python-pptx's bundled default.pptx (4:3, the Office theme, no notes master)."""
        return cls(Package.read(pptx_templates() / "default.pptx"))

    @property
    def main(self) -> str:
        return self.package.main

    @property
    def is_template(self) -> bool:
        """A .potx: its main part has the template content type."""
        return self.package.types.of(self.main) == CT_TEMPLATE_MAIN

    @property
    def slide_size(self) -> tuple[float, float]:
        """(width, height) in points."""
        size = self.package.xml(self.main).find(q("p", "sldSz"))
        if size is None:  # the schema's default, 10 x 7.5 in
            return 720.0, 540.0
        return int(size.get("cx")) / EMU_PER_PT, int(size.get("cy")) / EMU_PER_PT

    @property
    def slides(self) -> list[SlideRef]:
        rels = self.package.rels(self.main)
        refs = []
        for e in self.package.xml(self.main).iterfind(f"{q('p', 'sldIdLst')}/{q('p', 'sldId')}"):
            rid = e.get(q("r", "id"))
            part = rels.part(rid) if rid in rels.items else None
            layouts = self.package.related(part, RT + "slideLayout") if part in self.package else []
            refs.append(SlideRef(part, rid, int(e.get("id")), layouts[0] if layouts else None))
        return refs

    @property
    def notes_master(self) -> str | None:
        found = self.package.related(self.main, RT + "notesMaster")
        return found[0] if found else None

    @cached_property
    def masters(self) -> tuple[Master, ...]:
        """The slide masters in presentation.xml's order, with their own placeholders."""
        rels = self.package.rels(self.main)
        masters = []
        for e in self.package.xml(self.main).iterfind(f"{q('p', 'sldMasterIdLst')}/{q('p', 'sldMasterId')}"):
            part = rels.part(e.get(q("r", "id")))
            root, master_rels = self.package.xml(part), self.package.rels(part)
            themes = self.package.related(part, RT + "theme")
            layouts = tuple(master_rels.part(e.get(q("r", "id"))) for e in
                            root.iterfind(f"{q('p', 'sldLayoutIdLst')}/{q('p', 'sldLayoutId')}"))
            masters.append(Master(part, _name(root), themes[0] if themes else None, layouts,
                                  tuple(placeholders(root))))
        return tuple(masters)

    @cached_property
    def layouts(self) -> tuple[Layout, ...]:
        """Every master's layouts, master by master, in each master's order."""
        found = []
        for master in self.masters:
            for part in master.layouts:
                root = self.package.xml(part)
                found.append(Layout(part, _name(root), root.get("type"), master.part,
                                    tuple(placeholders(root, master.placeholders))))
        return tuple(found)

    def layout_for(self, kind: str, pins: dict[str, str] | None = None) -> Layout:
        """The layout a slide of `kind` goes on (see `builder.template.choose`); `pins` maps
        slide kinds to layout names, as the outline's `layouts:` does."""
        return choose_layout(self.layouts, kind, pins).layout

    def forget(self) -> None:
        """Drop what was read from the parts, after operations that change them."""
        self.__dict__.pop("masters", None)
        self.__dict__.pop("layouts", None)


def placeholders(root, master: tuple[Placeholder, ...] = ()) -> list[Placeholder]:
    """The placeholders of a master or layout, in document order, with inherited boxes."""
    by_type = {p.type: p for p in master}
    found = []
    for sp in root.iter(q("p", "sp")):
        ph = sp.find(f"{q('p', 'nvSpPr')}/{q('p', 'nvPr')}/{q('p', 'ph')}")
        if ph is None:
            continue
        kind = ph.get("type", "obj")
        box = _box(sp.find(f"{q('p', 'spPr')}/{q('a', 'xfrm')}"))
        inherited = False
        if box is None and master:
            parent = by_type.get(_MASTER_TYPE.get(kind, "body"))
            box, inherited = (parent.box if parent else None), parent is not None
        name = sp.find(f"{q('p', 'nvSpPr')}/{q('p', 'cNvPr')}")
        found.append(Placeholder(kind, int(ph.get("idx", "0")),
                                 name.get("name", "") if name is not None else "", box, inherited))
    return found


def _box(xfrm) -> Box | None:
    if xfrm is None:
        return None
    off, ext = xfrm.find(q("a", "off")), xfrm.find(q("a", "ext"))
    if off is None or ext is None:
        return None
    return Box(*(int(v) / EMU_PER_PT for v in (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy"))))


def _name(root) -> str:
    csld = root.find(q("p", "cSld"))
    return csld.get("name", "") if csld is not None else ""


def pptx_templates() -> Path:
    """python-pptx's folder of template parts, found without importing python-pptx."""
    return Path(importlib.util.find_spec("pptx").origin).parent / "templates"
