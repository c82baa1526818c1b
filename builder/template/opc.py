"""A generic OPC package (the zip container of .pptx and .potx): parts, content types, relationships.

Parts are keyed by their zip member name ("ppt/slides/slide1.xml", no leading slash); the
content-type overrides use the OPC part name ("/ppt/slides/slide1.xml"). A part is kept as the
bytes it was read or added as until someone asks to edit it (`Package.edit`), so untouched parts
are written back byte for byte; edited parts are serialised with lxml.

Written on lxml and zipfile rather than python-pptx's `pptx.opc`: importing that imports all of
python-pptx (about 180 ms, more than writing a whole deck), and its content-type check refuses a
.potx. Everything here is linear in the number of parts: relationship ids and part names are
looked up in dicts, and `Relationships.add` keeps a counter instead of rescanning ids.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
from functools import lru_cache
from typing import NamedTuple
from pathlib import Path

from lxml import etree

from builder.reproducible import write_zip
from builder.xmltext import quoteattr

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
TYPES = "[Content_Types].xml"
DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True)


def rels_name(part: str) -> str:
    """The relationships part of `part` ("" is the package itself)."""
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def relative(source: str, target: str) -> str:
    """The relationship target that leads from part `source` to part `target`."""
    start = posixpath.dirname(source) or "."
    folder, name = posixpath.split(target)
    path = f"/{start}/{target}"
    if not name or "/." in path or "//" in path or f"/{start}/".startswith(f"/{target}/"):
        return posixpath.relpath(target, start)  # (what the folders alone do not decide)
    up = _relative_folder(folder or ".", start)
    return name if up == "." else f"{up}/{name}"


@lru_cache(maxsize=1024)  # a deck's parts are in a few folders
def _relative_folder(folder: str, start: str) -> str:
    return posixpath.relpath(folder, start)


class Relationship(NamedTuple):
    """One relationship of a part: its id, type, target and whether the target is outside the
    package."""

    rid: str
    reltype: str
    target: str  # as written in the part: relative to the source's folder, or a URL if external
    external: bool = False


class Relationships:
    """The relationships of one part, in order, looked up by id."""

    def __init__(self, source: str, items=()):
        self.source = source
        self.items: dict[str, Relationship] = {r.rid: r for r in items}
        self.dirty = False
        self._next = 1 + max((int(r[3:]) for r in self.items if r[3:].isdigit() and r.startswith("rId")),
                             default=0)

    @classmethod
    def parse(cls, source: str, blob: bytes) -> "Relationships":
        root = etree.fromstring(blob, _PARSER)
        return cls(source, [Relationship(e.get("Id"), e.get("Type"), e.get("Target"),
                                         e.get("TargetMode") == "External")
                            for e in root.iter(f"{{{RELS_NS}}}Relationship")])

    def copy(self) -> "Relationships":
        clone = Relationships(self.source, self.items.values())
        clone.dirty = self.dirty
        return clone

    def add(self, reltype: str, target: str, rid: str | None = None, external: bool = False) -> str:
        """Add a relationship; `rid` is used when given and free, else the next "rIdN"."""
        if rid is None or rid in self.items:
            while f"rId{self._next}" in self.items:
                self._next += 1
            rid = f"rId{self._next}"
        self.items[rid] = Relationship(rid, reltype, target, external)
        self.dirty = True
        return rid

    def remove(self, rid: str) -> None:
        if self.items.pop(rid, None) is not None:
            self.dirty = True

    def of_type(self, reltype: str) -> list[Relationship]:
        return [r for r in self.items.values() if r.reltype == reltype]

    def part(self, rel: Relationship | str) -> str | None:
        """The part name a relationship (or relationship id) points at; None if external."""
        rel = self.items[rel] if isinstance(rel, str) else rel
        if rel.external:
            return None
        if rel.target.startswith("/"):
            return rel.target[1:]
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.source), rel.target))

    def to_xml(self) -> bytes:
        items = "".join(f'<Relationship Id="{r.rid}" Type="{r.reltype}" Target={quoteattr(r.target)}'
                        + (' TargetMode="External"' if r.external else "") + "/>"
                        for r in self.items.values())
        return DECLARATION + f'<Relationships xmlns="{RELS_NS}">{items}</Relationships>'.encode()


class ContentTypes:
    """Defaults by extension (matched without regard to case) and overrides by part name."""

    def __init__(self, defaults: dict[str, tuple[str, str]] | None = None,
                 overrides: dict[str, str] | None = None):
        self.defaults = dict(defaults or {})  # lower-case extension -> (extension as written, type)
        self.overrides = dict(overrides or {})  # part name without the leading slash -> type

    @classmethod
    def parse(cls, blob: bytes) -> "ContentTypes":
        root = etree.fromstring(blob, _PARSER)
        types = cls()
        for e in root.iter(f"{{{TYPES_NS}}}Default"):
            types.defaults[e.get("Extension").lower()] = (e.get("Extension"), e.get("ContentType"))
        for e in root.iter(f"{{{TYPES_NS}}}Override"):
            types.overrides[e.get("PartName").lstrip("/")] = e.get("ContentType")
        return types

    def copy(self) -> "ContentTypes":
        return ContentTypes(self.defaults, self.overrides)

    def of(self, part: str) -> str | None:
        if part in self.overrides:
            return self.overrides[part]
        ext = posixpath.splitext(part)[1][1:].lower()
        return self.defaults[ext][1] if ext in self.defaults else None

    def add_default(self, ext: str, content_type: str) -> None:
        self.defaults.setdefault(ext.lower(), (ext, content_type))

    def to_xml(self) -> bytes:
        items = [f"<Default Extension={quoteattr(ext)} ContentType={quoteattr(kind)}/>"
                 for ext, kind in self.defaults.values()]
        items += [f'<Override PartName={quoteattr("/" + name)} ContentType={quoteattr(kind)}/>'
                  for name, kind in self.overrides.items()]
        return DECLARATION + f'<Types xmlns="{TYPES_NS}">{"".join(items)}</Types>'.encode()


class Package:
    """Every part of a package, its content types and (parsed on demand) relationships."""

    def __init__(self, blobs: dict[str, bytes], types: ContentTypes):
        self.blobs = blobs  # part name -> bytes, for parts not being edited
        self.trees: dict[str, etree._Element] = {}  # part name -> root, for parts being edited
        self.types = types
        self._rels: dict[str, Relationships] = {}
        self._parsed: dict[str, etree._Element] = {}  # read-only parses, dropped on edit

    @classmethod
    def read(cls, source: str | Path | bytes) -> "Package":
        """Read a .pptx, .potx (or any OPC zip) from a path or from bytes."""
        handle = io.BytesIO(source) if isinstance(source, bytes) else source
        with zipfile.ZipFile(handle) as archive:
            blobs = {info.filename: archive.read(info) for info in archive.infolist()
                     if not info.is_dir()}
        return cls(blobs, ContentTypes.parse(blobs.pop(TYPES)))

    def copy(self) -> "Package":
        """An independent package sharing the (immutable) bytes; edited parts are serialised."""
        self.freeze()
        clone = Package(dict(self.blobs), self.types.copy())
        clone._rels = {name: rels.copy() for name, rels in self._rels.items()}
        return clone

    def freeze(self) -> None:
        """Serialise every edited part and relationship list back to bytes (an edited part's
        tree is kept to be read, as if parsed from them)."""
        for name, root in self.trees.items():
            self.blobs[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                              standalone=True)
        self._parsed.update(self.trees)
        self.trees.clear()
        for source, rels in self._rels.items():
            if rels.dirty:
                self.blobs[rels_name(source)] = rels.to_xml()
                rels.dirty = False

    # -- parts

    def __contains__(self, name: str) -> bool:
        return name in self.blobs or name in self.trees

    def names(self) -> list[str]:
        return list(self.blobs.keys() | self.trees.keys())

    def blob(self, name: str) -> bytes:
        if name in self.trees:
            return etree.tostring(self.trees[name], xml_declaration=True, encoding="UTF-8",
                                  standalone=True)
        return self.blobs[name]

    def xml(self, name: str) -> etree._Element:
        """The part's root element, to read (edits to it are lost: use `edit`)."""
        if name in self.trees:
            return self.trees[name]
        if name not in self._parsed:
            self._parsed[name] = etree.fromstring(self.blobs[name], _PARSER)
        return self._parsed[name]

    def edit(self, name: str) -> etree._Element:
        """The part's root element, to change; the part is serialised with lxml when written."""
        if name not in self.trees:
            root = self._parsed.pop(name, None)
            self.trees[name] = root if root is not None else etree.fromstring(self.blobs[name], _PARSER)
            del self.blobs[name]
        return self.trees[name]

    def add(self, name: str, blob: bytes, content_type: str | None = None) -> None:
        """Add a part; its content type is an override unless the extension's default fits."""
        if name in self:
            raise ValueError(f"{name}: the package already has this part")
        self.blobs[name] = blob
        if content_type is not None and self.types.of(name) != content_type:
            self.types.overrides[name] = content_type

    def replace(self, name: str, blob: bytes) -> None:
        """Give an existing part new bytes (its content type stays)."""
        self.trees.pop(name, None)
        self._parsed.pop(name, None)
        self.blobs[name] = blob

    def remove(self, name: str) -> None:
        """Remove a part, its content-type override and its relationships (not those to it)."""
        self.blobs.pop(name, None)
        self.trees.pop(name, None)
        self._parsed.pop(name, None)
        self.types.overrides.pop(name, None)
        self._rels.pop(name, None)
        self.blobs.pop(rels_name(name), None)

    # -- relationships

    def rels(self, source: str) -> Relationships:
        """The relationships of part `source` ("" for the package's own), created if absent."""
        if source not in self._rels:
            blob = self.blobs.get(rels_name(source))
            self._rels[source] = (Relationships.parse(source, blob) if blob is not None
                                  else Relationships(source))
        return self._rels[source]

    def related(self, source: str, reltype: str) -> list[str]:
        rels = self.rels(source)
        return [rels.part(r) for r in rels.of_type(reltype) if not r.external]

    @property
    def main(self) -> str:
        """The main part (ppt/presentation.xml in a deck)."""
        return self.related("", RT_OFFICE_DOCUMENT)[0]

    def reachable(self) -> set[str]:
        """Every part reachable by relationships from the package."""
        seen: set[str] = set()
        todo = [""]
        while todo:
            rels = self.rels(todo.pop())
            for rel in rels.items.values():
                part = rels.part(rel)
                if part is not None and part not in seen and part in self:
                    seen.add(part)
                    todo.append(part)
        return seen

    def prune(self) -> list[str]:
        """Remove the parts no relationship leads to (with their overrides); their names."""
        keep = self.reachable()
        gone = [n for n in self.names() if n not in keep and not n.endswith(".rels")]
        for name in gone:
            self.remove(name)
        for name in [n for n in self.blobs if n.endswith(".rels")]:
            folder, base = posixpath.split(name)
            owner = posixpath.join(posixpath.dirname(folder), base[:-5])
            if owner and owner not in self:
                del self.blobs[name]
        for name in [n for n in self.types.overrides if n not in self]:
            del self.types.overrides[name]
        return gone

    def to_zip(self) -> bytes:
        """The package as a zip: content types first, then parts by name, stamped reproducibly."""
        self.freeze()
        entries = [(TYPES, self.types.to_xml())]
        entries += ((name, self.blobs[name]) for name in sorted(self.blobs))
        return write_zip(entries)
