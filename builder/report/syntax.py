"""PDF syntax for the objects a long report makes by the thousand (its pages and their content,
the forms that hold page numbers, link annotations, bookmarks, and each object's header and
cross-reference line): byte for byte what reportlab's `pdfdoc.format` writes for them, without
its cost per value — a Python codec for every string and number, every key's name escaped
character by character, a dictionary object made and sorted at each level.

What this does not know (a value of another kind, reportlab set to write several lines per
dictionary) it leaves to reportlab's own `format`."""
from __future__ import annotations

from collections import OrderedDict

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (Destination, PDFArray, PDFBase85Encode, PDFDestinationFit,
                                      PDFDictionary, PDFDocument, PDFFile, PDFFormXObject,
                                      PDFName, PDFObject, PDFObjectReference, PDFPage,
                                      PDFResourceDictionary, PDFStream, PDFString, PDFTrailer,
                                      PDFZCompress, OutlineEntryObject, format, pdfdocEnc)

_NAMES: dict[str, bytes] = {}  # a dictionary key → its name in PDF syntax


def syntax(value, document) -> bytes:
    """`value` (not at an indirect object's top level) as reportlab's `format` writes it."""
    kind = type(value)
    if kind is str:  # (printable ASCII: the same bytes in PDFDocEncoding)
        ascii_ = value.isascii() and value.isprintable()
        return value.encode("ascii") if ascii_ else pdfdocEnc(value)
    if kind is float or kind is int:
        return fp_str(value).encode("ascii")
    if kind is PDFObjectReference:
        return b"%d %d R" % document.idToObjectNumberAndVersion[value.name]
    if kind is PDFArray and not (rl_config.pdfMultiLine or value.multiline == "forced"):
        return array(value.sequence, document)
    if kind is PDFDictionary and not (rl_config.pdfMultiLine or value.multiline == "forced"):
        return dictionary(value.dict, document)
    if kind is PDFResourceDictionary and not rl_config.pdfMultiLine:
        return resources(value, document)
    if kind is bytes:
        return value
    if kind is Destination and type(value.fmt) is PDFDestinationFit:
        return fit(value, document)
    return format(value, document)


def fit(value: Destination, document) -> bytes:
    """A destination showing its whole page (a bookmark's, a link's)."""
    page = value.fmt.page = value.page
    if page is None or "__InternalName__" not in page.__dict__:
        return format(value, document)
    return b"[ %d %d R /Fit ]" % document.idToObjectNumberAndVersion[page.__InternalName__]


def array(values, document) -> bytes:
    """A PDFArray's items, ten to a line as reportlab breaks them."""
    items = [syntax(v, document) for v in values]
    for i in reversed(range(10, len(items), 10)):
        items.insert(i, b"\n ")
    return b"[ " + b" ".join(items) + b" ]"


def dictionary(entries: dict, document) -> bytes:
    """A PDFDictionary's entries (sorted by key unless ordered), six to a line as reportlab
    breaks them."""
    keys = list(entries) if isinstance(entries, OrderedDict) else sorted(entries)
    items = [name(k) + b" " + syntax(entries[k], document) for k in keys]
    for i in reversed(range(6, len(items), 6)):
        items.insert(i, b"\n ")
    return b"<<\n" + b" ".join(items) + b"\n>>"


def name(key: str) -> bytes:
    """A dictionary key as a PDF name."""
    out = _NAMES.get(key)
    if out is None:
        out = _NAMES[key] = pdfdocEnc(PDFName(key))
    return out


def resources(value: PDFResourceDictionary, document) -> bytes:
    """A resource dictionary: its non-empty kinds of resource and its procedure sets."""
    entries = {}
    for kind in value.dict_attributes:
        v = getattr(value, kind)
        if not isinstance(v, dict):
            entries[kind] = v
        elif v:
            entries[kind] = PDFDictionary(v)
    procs = value.ProcSet
    if not isinstance(procs, (list, tuple)):
        entries["ProcSet"] = procs
    elif procs:
        entries["ProcSet"] = PDFArray(procs)
    return dictionary(entries, document)


def stream(value: PDFStream, document) -> bytes:
    """A stream: its dictionary with its filters and length, then its content, filtered."""
    entries = dict(value.dictionary.dict)
    content, filters = value.content, value.filters
    if content is None:
        raise ValueError("stream content not set")
    if filters is None:
        filters = document.defaultStreamFilters
    if filters is not None and "Filter" not in entries:
        for f in reversed(filters):
            content = f.encode(content)
        entries["Filter"] = PDFArray([PDFName(f.pdfname) for f in filters])
    content = document.encrypt.encode(content)
    body = syntax(content, document)
    entries["Length"] = len(content)
    return dictionary(entries, document) + b"\nstream\n" + body + b"endstream\n"


class Stream(PDFStream):
    """reportlab's stream (a page's content), written as its own `format` writes it."""

    def format(self, document):
        if rl_config.pdfMultiLine:
            return super().format(document)
        return stream(self, document)


class Page(PDFPage):
    """reportlab's page, written as its own `format` writes it (its content too)."""

    def format(self, document):
        if rl_config.pdfMultiLine:
            return super().format(document)
        self.check_format(document)
        if type(self.Contents) is PDFStream:
            self.Contents.__class__ = Stream
        entries = {}
        for key, default in self.__Defaults__.items():
            value = getattr(self, key, default)
            if value is not None:
                entries[key] = value
        for key in self.__NoDefault__:
            value = getattr(self, key, None)
            if value is not None:
                entries[key] = value
        for key in self.__Refs__:
            if key in entries:
                entries[key] = document.Reference(entries[key])
        return dictionary(entries, document)


class Form(PDFFormXObject):
    """reportlab's form XObject (without annotations), written as its own `format` writes it."""

    def format(self, document):
        if rl_config.pdfMultiLine or self.Annots or not (self.Contents or self.stream):
            return super().format(document)
        self.BBox = self.BBox or PDFArray([self.lowerx, self.lowery, self.upperx, self.uppery])
        self.Matrix = self.Matrix or PDFArray([1, 0, 0, 1, 0, 0])
        self.Annots = None
        if not self.Contents:
            self.Contents = PDFStream(content=self.stream)
        if not self.Resources:
            self.Resources = PDFResourceDictionary()
            self.Resources.basicFonts()
            if self.hasImages:
                self.Resources.allProcs()
            if self.XObjects:
                self.Resources.XObject = self.XObjects
        if self.compression:
            self.Contents.filters = ([PDFBase85Encode, PDFZCompress] if rl_config.useA85
                                     else [PDFZCompress])
        entries = self.Contents.dictionary.dict
        entries.update(Type=PDFName("XObject"), Subtype=PDFName("Form"), FormType=1,
                       BBox=self.BBox, Matrix=self.Matrix, Resources=self.Resources)
        return stream(self.Contents, document)


class OutlineEntry(OutlineEntryObject):
    """An entry of the document's outline (a bookmark), written as reportlab writes it."""

    def format(self, document):
        entries = {"Title": PDFString(self.Title), "Parent": self.Parent, "Dest": self.Dest}
        for key in ("Prev", "Next", "First", "Last", "Count"):
            value = getattr(self, key)
            if value is not None:
                entries[key] = value
        return dictionary(entries, document)


class Document(PDFDocument):
    """reportlab's document, writing its objects, cross-reference table and trailer as its own
    `format` writes them, with each object's header and cross-reference line made as bytes."""

    def format(self):
        if rl_config.pdfMultiLine or (not rl_config.invariant and rl_config.pdfComments):
            return super().format()  # (the comments it writes between objects)
        for obj in self.idToObject.values():  # (the outline's entries are made by now)
            if type(obj) is OutlineEntryObject:
                obj.__class__ = OutlineEntry
        self.encrypt.prepare(self)
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        encrypt_info = self.encrypt.info()
        encrypt_ref = self.Reference(encrypt_info) if encrypt_info else None
        self.__accum__ = out = PDFFile(self._pdfVersion)  # objects see where they are
        ids = self._objects(out)
        del self.__accum__
        if len(ids) != len(self.numberToId):
            raise ValueError("counter %s doesn't match number to id dictionary %s"
                             % (len(ids), len(self.numberToId)))
        start = out.add(self._cross_references(ids))
        trailer = PDFTrailer(startxref=start, Size=len(ids) + 1, Root=self.Reference(cat),
                             Info=self.Reference(info), Encrypt=encrypt_ref, ID=self.ID())
        out.add(trailer.format(self))
        for signature in getattr(self, "_digiSigs", []):
            signature.sign(out)
        return out.format(self)

    def _objects(self, out: PDFFile) -> list[str]:
        """Each object in number order (formatting one may add more), as an indirect object;
        their names."""
        ids, number = [], 1
        while number in self.numberToId:
            oid = self.numberToId[number]
            obj = self.idToObject[oid]
            n, v = self.idToObjectNumberAndVersion[oid]
            self.encrypt.register(n, v)
            body = obj.format(self) if isinstance(obj, PDFObject) else format(obj, self, 1)
            end = b"endobj\n" if body.endswith(b"\n") else b"\nendobj\n"
            self.idToOffset[oid] = out.add(b"%d %d obj\n" % (n, v) + body + end)
            ids.append(oid)
            number += 1
        return ids

    def _cross_references(self, ids: list[str]) -> bytes:
        """The cross-reference table: object 0 free, then each object's offset."""
        lines = [b"0 %d" % (len(ids) + 1), b"0000000000 65535 f "]
        versions = self.idToObjectNumberAndVersion
        lines += [b"%0.10d %0.5d n " % (self.idToOffset[oid], versions[oid][1]) for oid in ids]
        return b"xref\n" + b"\n".join(lines) + b"\n"


# reportlab's class → the one written directly
DIRECT = {PDFPage: Page, PDFFormXObject: Form, PDFDocument: Document}


def written_directly(obj) -> None:
    """Have `obj` (reportlab's document, one of its pages or forms) written by the subclass
    here."""
    kind = DIRECT.get(type(obj))
    if kind is not None:
        obj.__class__ = kind
