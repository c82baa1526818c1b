"""Read an outline file into a tree of nodes that remember their positions.

We build the tree from PyYAML's event stream (libyaml's parser when available) rather than
from `yaml.safe_load`, so that:
- every scalar stays the text the user typed (`No`, `2025-01-17`, `1.10` are not converted);
- anchors, aliases and tags are refused before anything is expanded (no alias bombs);
- duplicate keys are reported instead of silently keeping the last one;
- every node keeps its line and column.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.diagnostics import Collector, Loc

MAX_BYTES = 5 * 1024 * 1024
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(eq=False)
class Node:
    """A YAML value with its position: a scalar, a list or a mapping."""

    kind: str  # "map", "seq" or "scalar"
    loc: Loc
    value: object = None  # dict[str, (Node key, Node value)] | list[Node] | str
    plain: bool = True  # scalar written without quotes (so `true`, `null` mean something)
    items: list = field(default_factory=list)  # map: [(key Node, value Node)] in order

    def is_null(self) -> bool:
        return self.kind == "scalar" and self.plain and self.value in ("", "~", "null", "Null", "NULL")


def read_at_most(path: Path, limit: int) -> bytes:
    """The file's bytes, but never more than `limit` + 1 of them, whatever it is (a pipe,
    /dev/zero, a file still growing): one byte more than `limit` says it is too large."""
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def read_text(path: Path, diags: Collector) -> str | None:
    """The file's text, or None (with a diagnostic) when it cannot be read as UTF-8."""
    name = str(path)
    limit = f"the limit is {MAX_BYTES // 1048576} MB (limit: outline size)"
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            diags.error(Loc(name, 1, 1), f"the outline is {size / 1048576:.1f} MB; {limit}",
                        "limit")
            return None
        data = read_at_most(path, MAX_BYTES)
        if len(data) > MAX_BYTES:
            diags.error(Loc(name, 1, 1), f"the outline is larger than {MAX_BYTES // 1048576} MB; "
                        f"{limit}", "limit")
            return None
    except IsADirectoryError:
        diags.error(Loc(name, 1, 1), "is a folder, not an outline file", "io")
        return None
    except OSError as err:
        diags.error(Loc(name, 1, 1), f"cannot read the outline: {err.strerror or err}", "io")
        return None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        diags.error(Loc(name, line, col), f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x}); "
                    "save it as UTF-8", "encoding")
        return None


def parse(text: str, name: str, diags: Collector) -> Node | None:
    """The document's root node, or None when the YAML cannot be read."""
    composer = _Composer(name, diags)
    last = None  # the last scalar read: an unclosed quote shows as one running on to the error
    try:
        for event in yaml.parse(text, Loader=_Parser):
            last = event if isinstance(event, yaml.ScalarEvent) else last
            composer.feed(event)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        if err.context_mark is not None and "quoted scalar" in (err.context or ""):
            mark = err.context_mark  # point at the opening quote, not the end of the file
        quote = _misread_quote(last, mark, name)
        if quote is not None:
            diags.error(*quote, "yaml")
            return None
        loc = Loc(name, mark.line + 1, mark.column + 1) if mark else Loc(name, 1, 1)
        diags.error(loc, _yaml_message(err, text, mark), "yaml")
        return None
    except yaml.YAMLError as err:  # reader errors (e.g. control characters) carry a position
        loc = Loc(name, 1, 1)
        if hasattr(err, "position"):
            pos = err.position
            loc = Loc(name, text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1)
        diags.error(loc, f"the file cannot be read as YAML: {getattr(err, 'reason', err)}", "yaml")
        return None
    if composer.aborted:
        return None
    return composer.root


def _misread_quote(scalar, mark, name: str) -> tuple[Loc, str] | None:
    """A quote that YAML read as closing a text the user meant to go on, found when the error
    comes just after a quoted text: where to point and what to say (None: not this case)."""
    if scalar is None or mark is None or scalar.style not in ('"', "'"):
        return None
    start, end = scalar.start_mark, scalar.end_mark
    if end.line != mark.line or not 0 <= mark.column - end.column <= 1:
        return None
    if start.line < end.line:  # `title: "Unclosed` over `subtitle: "A New Axis"`
        return (Loc(name, start.line + 1, start.column + 1), "a quoted text is not closed on its "
                f"line: the quote opened here runs on to line {end.line + 1}; close it where "
                "the text ends")
    inner = ("write it twice ('it''s')" if scalar.style == "'" else 'write it as \\"')
    return (Loc(name, end.line + 1, end.column), "this quote closes the quoted text that opens "
            f"at column {start.column + 1}, but the text goes on: for a quote inside the text, "
            f"{inner}, or use the other kind of quotes around it")


def _yaml_message(err: yaml.MarkedYAMLError, text: str, mark) -> str:
    problem = (err.problem or "").strip()
    context = (err.context or "").strip()
    if mark is not None:
        lines = text.splitlines()
        line = lines[mark.line] if mark.line < len(lines) else ""
        if "\t" in line[: mark.column + 1] or "'\\t'" in problem:
            return "a tab is used for indentation; indent with spaces"
    if "found unexpected end of stream" in problem or "found unexpected end" in problem:
        return "a quoted text is not closed (missing closing quote)"
    if "mapping values are not allowed" in problem:
        return "unexpected ':' — the indentation is wrong here, or a text containing ': ' needs quotes"
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "the indentation is wrong here (this line does not line up with the lines above)"
    if "did not find expected '-' indicator" in problem:
        return "the indentation is wrong here (a list item does not line up with the others)"
    if "could not find expected ':'" in problem:
        return "a key is missing its ':' (or a quoted text is not closed)"
    if "found character" in problem and "cannot start any token" in problem:
        return f"this character cannot start a value here ({problem}); put the text in quotes"
    message = problem or context or "invalid YAML"
    return f"invalid YAML: {message}"


class _Abort(Exception):
    pass


class _Composer:
    """Builds Nodes from parser events, refusing anchors, aliases and tags."""

    def __init__(self, name: str, diags: Collector):
        self.name = name
        self.diags = diags
        self.stack: list[Node] = []
        self.pending_key: list[Node | None] = []
        self.root: Node | None = None
        self.documents = 0
        self.aborted = False

    def loc(self, event) -> Loc:
        mark = event.start_mark
        return Loc(self.name, mark.line + 1, mark.column + 1)

    def feed(self, event) -> None:
        if self.aborted:
            return
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.diags.error(self.loc(event), "the outline must be one YAML document; "
                                 "remove the second '---'", "yaml")
                self.aborted = True
            return
        if isinstance(event, yaml.AliasEvent):
            self.diags.error(self.loc(event), f"aliases ('*{event.anchor}') are not allowed in an "
                             "outline; write the value out", "alias")
            self.aborted = True
            return
        if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._check_anchor_and_tag(event)
            if self.aborted:
                return
        if isinstance(event, yaml.ScalarEvent):
            plain = event.style is None or event.style == ""
            self._add(Node("scalar", self.loc(event), event.value, plain))
        elif isinstance(event, yaml.MappingStartEvent):
            node = Node("map", self.loc(event), {})
            self._add(node)
            self.stack.append(node)
            self.pending_key.append(None)
        elif isinstance(event, yaml.SequenceStartEvent):
            node = Node("seq", self.loc(event), [])
            self._add(node)
            self.stack.append(node)
            self.pending_key.append(None)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()
            self.pending_key.pop()

    def _check_anchor_and_tag(self, event) -> None:
        if event.anchor is not None:
            self.diags.error(self.loc(event), f"anchors ('&{event.anchor}') are not allowed in an "
                             "outline; write each value out", "alias")
            self.aborted = True
        elif event.tag not in (None, "!") and not self._implicit(event):
            self.diags.error(self.loc(event), f"tags ('{event.tag}') are not allowed in an outline",
                             "tag")
            self.aborted = True

    @staticmethod
    def _implicit(event) -> bool:
        implicit = getattr(event, "implicit", True)
        return all(implicit) if isinstance(implicit, tuple) else bool(implicit)

    def _add(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
            return
        key = self.pending_key[-1]
        if key is None:
            if node.kind != "scalar":
                self.diags.error(node.loc, "a key must be a plain name", "yaml")
                self.aborted = True
                return
            self.pending_key[-1] = node
            return
        self.pending_key[-1] = None
        name = key.value
        if name in parent.value:
            first = parent.value[name][0].loc
            self.diags.error(key.loc, f"duplicate key '{name}' (first given at line {first.line}); "
                             "YAML would keep only the last one", "duplicate-key")
        else:
            parent.value[name] = (key, node)
        parent.items.append((key, node))
