"""The vocabulary the outline's definition is written in: text, flags, choices, numbers, lists,
objects and variants. Each type converts a YAML node into a model value (every problem reported
at its line and column, all at once) and describes itself as JSON Schema."""
from __future__ import annotations

import functools
import re
from typing import Any, Callable

from builder.outline import model
from builder.outline.drawn import as_drawn, is_blank
from builder.diagnostics import Collector
from builder.outline.source import Node
from builder.records import frozen

MISSING = object()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _kind(node: Node) -> str:
    return {"map": "a mapping of keys", "seq": "a list", "scalar": "text"}[node.kind]


@frozen
class TextT:
    """Text, kept exactly as typed (YAML's conversions to numbers, dates or yes/no are not applied)."""

    max_len: int = 10_000
    noun: str = "text"
    pattern: str | None = None
    pattern_hint: str = ""
    markup: bool = False  # **bold**, *italic* and [links](https://…) read into runs
    path: bool = False  # a file's name: kept as typed (a Mac's file names are decomposed)
    blank_ok: bool = False  # may be empty or only white space (a table cell)
    breaks: bool = False  # running text: keeps its soft hyphens and zero-width spaces

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind != "scalar":
            diags.error(node.loc, f"expected {self.noun} for {what}, got {_kind(node)}", "type")
            return MISSING
        value = node.value
        if _CONTROL.search(value):
            bad = sorted({f"U+{ord(c):04X}" for c in _CONTROL.findall(value)})
            diags.warning(node.loc, f"control characters {', '.join(bad)} removed from {what}",
                          "control-char")
            value = _CONTROL.sub("", value)
        value = value.replace("\t", " ")
        if not self.path:
            value = as_drawn(value, self.breaks)
        if not self.blank_ok and is_blank(value):
            diags.error(node.loc, f"{what} is empty (only white space); write it, or remove it",
                        "empty")
            return MISSING
        if len(value) > self.max_len:
            diags.error(node.loc, f"{what} is {len(value)} characters long; the limit is "
                        f"{self.max_len} (limit: text length)", "limit")
            return MISSING
        if self.pattern and not re.fullmatch(self.pattern, value):
            diags.error(node.loc, f"{what}: {self.pattern_hint}", "value")
            return MISSING
        if self.markup:
            from builder.outline.markup import inline
            return inline(value, node.loc, diags)
        return model.Text(value, node.loc)

    def json(self) -> dict:
        out: dict = {"type": "string", "maxLength": self.max_len}
        if self.pattern:
            out["pattern"] = self.pattern
        return out


@frozen
class FlagT:
    """true or false, written as such."""

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "scalar" and node.plain and node.value in ("true", "false"):
            return node.value == "true"
        shown = node.value if node.kind == "scalar" else _kind(node)
        diags.error(node.loc, f"{what} must be true or false, got '{shown}'", "type")
        return MISSING

    def json(self) -> dict:
        return {"type": "boolean"}


@frozen
class ChoiceT:
    """One of a few words."""

    values: tuple[str, ...]

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "scalar" and node.value in self.values:
            return node.value
        shown = node.value if node.kind == "scalar" else _kind(node)
        hint = _did_you_mean(str(shown), self.values)
        diags.error(node.loc, f"{what} must be one of {', '.join(self.values)}, got '{shown}'{hint}",
                    "value")
        return MISSING

    def json(self) -> dict:
        return {"enum": list(self.values)}


@frozen
class ListT:
    """A list of values of one type, with a limit on its length."""

    item: Any
    noun: str  # "bullets": used in messages ("expected a list of bullets, got text")
    max_items: int
    min_items: int = 0

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind != "seq":
            diags.error(node.loc, f"expected a list of {self.noun} for {what}, got {_kind(node)}",
                        "type")
            return MISSING
        items = node.value
        if len(items) < self.min_items:
            diags.error(node.loc, f"{what} is empty; give at least {self.min_items} "
                        f"{self.noun[:-1] if self.min_items == 1 else self.noun}", "empty")
            return MISSING
        if len(items) > self.max_items:
            diags.error(node.loc, f"{what} has {len(items)} {self.noun}; the limit is "
                        f"{self.max_items} (limit: {self.noun} per list)", "limit")
            return MISSING
        out, failed = [], False
        for i, child in enumerate(items, 1):
            if child.is_null():
                diags.error(child.loc, f"item {i} of {what} is empty", "empty")
                failed = True
                continue
            value = self.item.convert(child, f"item {i} of {what}", diags)
            if value is MISSING:
                failed = True
            else:
                out.append(value)
        return MISSING if failed else tuple(out)

    def json(self) -> dict:
        out = {"type": "array", "items": self.item.json(), "maxItems": self.max_items}
        if self.min_items:
            out["minItems"] = self.min_items
        return out


@frozen
class Field:
    """A key of an object: its type, what it means, whether it is required."""

    key: str
    type: Any
    description: str
    required: bool = False


@frozen
class ObjT:
    """A mapping of known keys, built into a model value."""

    noun: str  # "a section"
    fields: tuple[Field, ...]
    make: Callable[..., Any]
    check: Callable[[dict, Node, Collector], None] | None = None
    description: str = ""
    ref: str = ""  # name under $defs in the JSON Schema

    def field_map(self) -> dict[str, Field]:
        return {f.key: f for f in self.fields}

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind != "map":
            diags.error(node.loc, f"expected {self.noun} (keys and values) for {what}, "
                        f"got {_kind(node)}", "type")
            return MISSING
        fields = self.field_map()
        values: dict[str, Any] = {}
        ok = True
        for key_node, value_node in node.items:
            key = key_node.value
            spec = fields.get(key)
            if spec is None:
                hint = _did_you_mean(key, list(fields))
                diags.error(key_node.loc, f"unknown key '{key}' in {self.noun}{hint}", "unknown-key")
                ok = False
                continue
            if key in values or value_node.is_null():
                continue
            value = spec.type.convert(value_node, f"'{key}'", diags)
            if value is MISSING:
                ok = False
            else:
                values[key] = value
        for spec in self.fields:
            if spec.required and spec.key not in values:
                ok = self._missing(node, spec.key, diags) and False
        if not ok:
            return MISSING
        if self.check is not None:
            before = len(diags.errors)
            self.check(values, node, diags)
            if len(diags.errors) > before:
                return MISSING
        return self.make(**values, loc=node.loc)

    def _missing(self, node: Node, key: str, diags: Collector) -> bool:
        """Report a required key that is absent or empty (a wrong value is reported already)."""
        if key not in node.value:
            diags.error(node.loc, f"missing required key '{key}' in {self.noun}", "missing")
        elif node.value[key][1].is_null():
            diags.error(node.value[key][0].loc, f"'{key}' has no value; it is required in "
                        f"{self.noun}", "missing")
        return True

    def json(self) -> dict:
        props = {}
        for f in self.fields:
            schema = dict(f.type.json()) if not isinstance(f.type, ObjT) else {"$ref": f"#/$defs/{f.type.ref}"}
            if isinstance(f.type, ListT) and isinstance(f.type.item, ObjT):
                schema["items"] = {"$ref": f"#/$defs/{f.type.item.ref}"}
            schema["description"] = f.description
            props[f.key] = schema
        return {"type": "object", "description": self.description, "properties": props,
                "required": [f.key for f in self.fields if f.required],
                "additionalProperties": False}


@functools.lru_cache(maxsize=256)
def _closest(word: str, choices: tuple[str, ...]) -> list[str]:
    import difflib  # imported by the first hint that needs it

    return difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)


def _did_you_mean(word: str, choices) -> str:
    close = _closest(word, tuple(choices))
    return f" (did you mean '{close[0]}'?)" if close else ""


NUMBER_RANGE = (1e-15, 1e15)  # the smallest and largest size a number other than 0 may have


@frozen
class NumberT:
    """A number written as text in the outline (e.g. 12, -3.5, 1e3), 0 or of a size in
    NUMBER_RANGE: whatever the documents do with it (sum, stack, scale to a page), the result
    stays a finite number a chart or a table can draw."""

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind != "scalar":
            diags.error(node.loc, f"{what} must be a number, got '{_kind(node)}'", "type")
            return MISSING
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            value = float("nan")
        if value != value:
            diags.error(node.loc, f"{what} must be a number, got '{node.value}'", "type")
            return MISSING
        smallest, largest = NUMBER_RANGE
        if abs(value) > largest:
            diags.error(node.loc, f"{what}: '{node.value}' is too far from 0; numbers must lie between "
                        f"-{_short(largest)} and {_short(largest)} (write them in a larger unit, e.g. "
                        "billions)", "number-range")
            return MISSING
        if 0 < abs(value) < smallest:
            diags.error(node.loc, f"{what}: '{node.value}' is too close to 0 to draw; numbers "
                        f"other than 0 must be at least {_short(smallest)} in size (write them in a "
                        "smaller unit)", "number-range")
            return MISSING
        return value

    def json(self) -> dict:
        return {"type": ["number", "string"], "pattern": r"^-?[0-9_.eE+-]+$",
                "minimum": -NUMBER_RANGE[1], "maximum": NUMBER_RANGE[1]}


def _short(value: float) -> str:
    """1e15, 1e-15: a power of ten as people write it in an outline."""
    return f"{value:g}".replace("e+", "e").replace("e-0", "e-")


@frozen
class VariantT:
    """One of several blocks, written as a mapping with a single key naming the kind
    (`- chart: {...}`)."""

    variants: tuple[tuple[str, Any], ...]
    noun: str

    def convert(self, node: Node, what: str, diags: Collector):
        names = [name for name, _ in self.variants]
        if node.kind != "map" or len(node.items) != 1:
            diags.error(node.loc, f"{what} must be one {self.noun}: a single key, one of "
                        f"{', '.join(names)}", "type")
            return MISSING
        key, value = node.items[0]
        kind = dict(self.variants).get(key.value)
        if kind is None:
            hint = _did_you_mean(key.value, names)
            diags.error(key.loc, f"unknown {self.noun} '{key.value}'{hint}; use one of "
                        f"{', '.join(names)}", "unknown-key")
            return MISSING
        return kind.convert(value, f"'{key.value}'", diags)

    def json(self) -> dict:
        return {"oneOf": [{"type": "object", "properties": {name: {"$ref": f"#/$defs/{t.ref}"}},
                           "required": [name], "additionalProperties": False,
                           "description": t.description} for name, t in self.variants]}


@frozen
class TextOrObjT:
    """Either a text (made into `from_text(text)`) or a mapping of `obj`'s keys: a key judgment
    may be a line, or `{text: …, confidence: …}`."""

    text: TextT
    obj: Any  # an ObjT
    from_text: Callable[[Any], Any]

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "map":
            return self.obj.convert(node, what, diags)
        value = self.text.convert(node, what, diags)
        return value if value is MISSING else self.from_text(value)

    def json(self) -> dict:
        return {"oneOf": [self.text.json(), {"$ref": f"#/$defs/{self.obj.ref}"}]}


@frozen
class OneOrListT:
    """One value or a list of them, always read as a tuple: `audience: exec` or
    `audience: [exec, press]`."""

    items: ListT

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "seq":
            return self.items.convert(node, what, diags)
        value = self.items.item.convert(node, what, diags)
        return value if value is MISSING else (value,)

    def json(self) -> dict:
        return {"oneOf": [self.items.item.json(), self.items.json()]}
