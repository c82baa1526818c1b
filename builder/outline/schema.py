"""The outline's definition, declared once.

The same declaration validates an outline (every problem, each at its line and column), builds
the model from it, and prints the JSON Schema that editors use (`briefing schema`).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Any, Callable

from builder.outline import model
from builder.diagnostics import Collector, Loc
from builder.outline.source import Node

MISSING = object()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _kind(node: Node) -> str:
    return {"map": "a mapping of keys", "seq": "a list", "scalar": "text"}[node.kind]


@dataclass(frozen=True)
class TextT:
    """Text, kept exactly as typed (YAML's conversions to numbers, dates or yes/no are not applied)."""

    max_len: int = 10_000
    noun: str = "text"
    pattern: str | None = None
    pattern_hint: str = ""

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
        if len(value) > self.max_len:
            diags.error(node.loc, f"{what} is {len(value)} characters long; the limit is "
                        f"{self.max_len} (limit: text length)", "limit")
            return MISSING
        if self.pattern and not re.fullmatch(self.pattern, value):
            diags.error(node.loc, f"{what}: {self.pattern_hint}", "value")
            return MISSING
        return model.Text(value, node.loc)

    def json(self) -> dict:
        out: dict = {"type": "string", "maxLength": self.max_len}
        if self.pattern:
            out["pattern"] = self.pattern
        return out


@dataclass(frozen=True)
class FlagT:
    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "scalar" and node.plain and node.value in ("true", "false"):
            return node.value == "true"
        shown = node.value if node.kind == "scalar" else _kind(node)
        diags.error(node.loc, f"{what} must be true or false, got '{shown}'", "type")
        return MISSING

    def json(self) -> dict:
        return {"type": "boolean"}


@dataclass(frozen=True)
class ChoiceT:
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


@dataclass(frozen=True)
class ListT:
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


@dataclass(frozen=True)
class Field:
    key: str
    type: Any
    description: str
    required: bool = False


@dataclass(frozen=True)
class ObjT:
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


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass(frozen=True)
class NumberT:
    """A number written as text in the outline (e.g. 12, -3.5, 1e3)."""

    def convert(self, node: Node, what: str, diags: Collector):
        if node.kind == "scalar":
            try:
                value = float(node.value.replace("_", ""))
                if value == value and abs(value) != float("inf"):
                    return value
            except ValueError:
                pass
        shown = node.value if node.kind == "scalar" else _kind(node)
        diags.error(node.loc, f"{what} must be a number, got '{shown}'", "type")
        return MISSING

    def json(self) -> dict:
        return {"type": ["number", "string"], "pattern": r"^-?[0-9_.eE+-]+$"}


@dataclass(frozen=True)
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


# --- the outline -------------------------------------------------------------------------------

LIMITS = {
    "sections": 2000, "subsections": 50, "bullets": 200, "quotes": 50, "key judgments": 50,
    "events": 100, "blocks": 50, "rows": 1000, "columns": 12, "cells": 12, "sources": 200, "text": 10_000,
}


def _check_chart(values: dict, node: Node, diags: Collector) -> None:
    count = len(values["categories"])
    series_node = node.value["series"][1]
    for s, s_node in zip(values["series"], series_node.value):
        if len(s.values) != count:
            diags.error(s_node.value["values"][1].loc, f"series '{s.name}' has {len(s.values)} "
                        f"values but the chart has {count} categories", "chart-data")
    if values["kind"] in ("pie", "doughnut"):
        if len(values["series"]) != 1:
            diags.error(series_node.loc, f"a {values['kind']} chart takes exactly one series, "
                        f"got {len(values['series'])}", "chart-data")
        elif any(v < 0 for v in values["series"][0].values):
            diags.error(series_node.loc, f"a {values['kind']} chart cannot show negative values",
                        "chart-data")


def _check_callout(values: dict, node: Node, diags: Collector) -> None:
    kind = values.get("kind", "key-fact")
    if kind == "assessment" and "confidence" not in values:
        diags.error(node.loc, "an assessment needs a 'confidence' (low, moderate or high)", "missing")
    if kind != "assessment" and "confidence" in values:
        diags.error(node.value["confidence"][0].loc, "'confidence' belongs to an assessment; set "
                    "kind: assessment or remove it", "value")


def _check_table(values: dict, node: Node, diags: Collector) -> None:
    width = len(values["columns"])
    for key in ("widths", "align"):
        if key in values and len(values[key]) != width:
            diags.error(node.value[key][1].loc, f"'{key}' has {len(values[key])} entries but the "
                        f"table has {width} columns", "table-shape")
    if any(w <= 0 for w in values.get("widths", ())):
        diags.error(node.value["widths"][1].loc, "column widths must be greater than 0", "value")
    rows_node = node.value["rows"][1]
    for i, (row, row_node) in enumerate(zip(values["rows"], rows_node.value), 1):
        if len(row) != width:
            diags.error(row_node.loc, f"row {i} has {len(row)} cells but the table has {width} "
                        "columns", "table-shape")


_CONTENT_KEYS = ("takeaway", "bullets", "summary", "quotes", "timeline", "table", "blocks",
                 "subsections")


def _check_section(values: dict, node: Node, diags: Collector) -> None:
    if not any(values.get(k) for k in _CONTENT_KEYS):
        title = values.get("title", "")
        diags.error(node.loc, f"section '{title}' is empty: give it at least one of "
                    f"{', '.join(_CONTENT_KEYS[:-1])} or subsections", "empty")


def _number_sections(sections):
    out = []
    for i, section in enumerate(sections, 1):
        subs = tuple(replace(s, number=f"{i}.{j}") for j, s in enumerate(section.subsections, 1))
        out.append(replace(section, number=str(i), subsections=subs))
    return tuple(out)


def _make_outline(**kw):
    kw["sections"] = _number_sections(kw["sections"])
    return model.Outline(**kw)


TEXT = TextT()
LINE = TextT(max_len=1000)
URL = TextT(max_len=2000, pattern=r"(https?://|mailto:)\S+",
            pattern_hint="a link must start with http://, https:// or mailto: and have no spaces")

QUOTE = ObjT("a quote", (
    Field("text", TEXT, "The words, without surrounding quotation marks.", True),
    Field("by", LINE, "Who said it: a person or a body (e.g. 'Kremlin statement').", True),
    Field("role", LINE, "Their role as the source gives it."),
    Field("via", LINE, "Where it was reported, when second-hand (e.g. 'TASS')."),
    Field("paraphrase", FlagT(), "true when the text is a paraphrase, not verbatim words."),
), model.Quote, description="A quotation with who said it.", ref="quote")

EVENT = ObjT("an event", (
    Field("when", LINE, "The date as written (e.g. '2001', 'May 2018', 'Pending').", True),
    Field("what", LINE, "What happened, in a few words.", True),
    Field("detail", TEXT, "A line of detail under the event."),
), model.Event, description="A dated event.", ref="event")

TIMELINE = ObjT("a timeline", (
    Field("title", LINE, "A heading for the timeline (default 'Timeline')."),
    Field("events", ListT(EVENT, "events", LIMITS["events"], 1), "The events, in order.", True),
    Field("show", ChoiceT(("both", "deck", "report")),
          "Which document shows it: deck, report or both (default both)."),
), model.Timeline, description="Dated events drawn as a timeline.", ref="timeline")

SHOW = ChoiceT(("both", "deck", "report"))
SHOW_HELP = "Which document shows it: deck, report or both (default both)."

TABLE = ObjT("a table", (
    Field("title", LINE, "The table's caption and slide title."),
    Field("columns", ListT(LINE, "columns", LIMITS["columns"], 1), "The header row.", True),
    Field("rows", ListT(ListT(TEXT, "cells", LIMITS["cells"], 1), "rows", LIMITS["rows"], 1),
          "Each row a list of cells, as many as there are columns.", True),
    Field("widths", ListT(NumberT(), "widths", LIMITS["columns"], 1),
          "Relative column widths, one per column (default: measured from the content)."),
    Field("align", ListT(ChoiceT(("left", "center", "right")), "alignments", LIMITS["columns"], 1),
          "Alignment per column: left, center or right."),
    Field("first_column", FlagT(), "true to emphasise the first column."),
    Field("show", SHOW, SHOW_HELP),
), model.Table, check=_check_table, description="A table of rows and columns.", ref="table")

SERIES = ObjT("a series", (
    Field("name", LINE, "The series' name, shown in the legend.", True),
    Field("values", ListT(NumberT(), "values", 1000, 1), "One number per category.", True),
), model.Series, description="A named list of numbers.", ref="series")

CHART = ObjT("a chart", (
    Field("kind", ChoiceT(("column", "bar", "stacked-column", "stacked-bar", "line", "pie",
                           "doughnut")),
          "column (vertical bars), bar (horizontal), stacked-column, stacked-bar, line, pie or "
          "doughnut.", True),
    Field("title", LINE, "The chart's title."),
    Field("categories", ListT(LINE, "categories", 200, 1), "The category labels, in order.", True),
    Field("series", ListT(SERIES, "series", 12, 1), "The data: one or more series.", True),
    Field("x_title", LINE, "The category axis title."),
    Field("y_title", LINE, "The value axis title."),
    Field("data_labels", FlagT(), "true to print each value on the chart."),
    Field("legend", FlagT(), "false to hide the legend (default shown)."),
    Field("source", LINE, "Where the numbers come from, printed under the chart."),
    Field("show", SHOW, SHOW_HELP),
), model.Chart, check=_check_chart,
    description="A chart from numbers in the outline.", ref="chart")

IMAGE = ObjT("an image", (
    Field("file", TextT(max_len=1000), "A PNG or JPEG file, relative to the outline's folder.", True),
    Field("alt", TextT(max_len=2000), "Alternative text: what the image shows, for readers who "
          "cannot see it.", True),
    Field("caption", LINE, "A caption under the image."),
    Field("credit", LINE, "Who made the image."),
    Field("show", SHOW, SHOW_HELP),
), model.Image, description="A picture with alternative text.", ref="image")

COLUMN = ObjT("a column", (
    Field("title", LINE, "The column's heading.", True),
    Field("bullets", ListT(LINE, "bullets", LIMITS["bullets"], 1), "The column's bullets.", True),
), model.Column, description="One side of a comparison.", ref="column")

COMPARISON = ObjT("a comparison", (
    Field("title", LINE, "A heading for the comparison (default: the section's title)."),
    Field("left", COLUMN, "The left column.", True),
    Field("right", COLUMN, "The right column.", True),
    Field("show", SHOW, SHOW_HELP),
), model.Comparison, description="Two titled columns side by side.",
    ref="comparison")

CALLOUT = ObjT("a callout", (
    Field("kind", ChoiceT(("key-fact", "warning", "assessment")),
          "key-fact, warning or assessment (default key-fact)."),
    Field("title", LINE, "A heading for the callout."),
    Field("text", TEXT, "What the callout says.", True),
    Field("confidence", ChoiceT(("low", "moderate", "high")),
          "For an assessment: low, moderate or high confidence."),
    Field("show", SHOW, SHOW_HELP),
), model.Callout, check=_check_callout,
    description="A highlighted box: a key fact, a warning or an assessment.", ref="callout")

BLOCK = VariantT((("chart", CHART), ("image", IMAGE), ("comparison", COMPARISON),
                  ("callout", CALLOUT)), "block")


def _section_fields(with_subsections: bool) -> tuple[Field, ...]:
    fields = [
        Field("title", LINE, "The section heading and slide title.", True),
        Field("takeaway", LINE, "One line: the point of the section, under the slide title."),
        Field("bullets", ListT(LINE, "bullets", LIMITS["bullets"]), "Briefing bullets, a line each."),
        Field("summary", TEXT, "Prose for the report; separate paragraphs with a blank line."),
        Field("notes", TEXT, "Speaker notes for the section's slide."),
        Field("quotes", ListT(QUOTE, "quotes", LIMITS["quotes"]), "Quotations with who said them."),
        Field("timeline", TIMELINE, "Dated events drawn as a timeline."),
        Field("table", TABLE, "A table of rows and columns."),
        Field("blocks", ListT(BLOCK, "blocks", LIMITS["blocks"]),
              "Charts, images, comparisons and callouts, in order."),
    ]
    if with_subsections:
        fields.append(Field("subsections", ListT(SUBSECTION, "sub-sections", LIMITS["subsections"]),
                            "Sub-sections: the same keys as a section, without sub-sections."))
    return tuple(fields)


SUBSECTION = ObjT("a sub-section", _section_fields(False), model.Section.from_keys, check=_check_section,
                  description="A sub-section of a section.", ref="subsection")
SECTION = ObjT("a section", _section_fields(True), model.Section.from_keys, check=_check_section,
               description="A section of the briefing: a slide or more, and a numbered heading.",
               ref="section")

SOURCE = ObjT("a source", (
    Field("title", LINE, "The source's title.", True),
    Field("publisher", LINE, "Who published it."),
    Field("date", LINE, "When it was published, as written."),
    Field("url", URL, "A link (http, https or mailto)."),
    Field("note", TEXT, "What it was used for."),
), model.Source, description="A source the briefing is based on.", ref="source")

OUTLINE = ObjT("the outline", (
    Field("title", LINE, "The briefing's title, on the title slide and the report cover.", True),
    Field("subtitle", LINE, "A line under the title."),
    Field("short_title", TextT(max_len=120), "Used in footers and the running header; defaults to the title."),
    Field("author", LINE, "Who wrote the briefing (a person or a team)."),
    Field("organisation", LINE, "The organisation the briefing comes from."),
    Field("date", LINE, "The briefing's date, shown as written."),
    Field("marking", TextT(max_len=80), "A handling or classification marking shown at the top and bottom "
          "of every slide and page."),
    Field("language", TextT(max_len=35, pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                            pattern_hint="give a language tag such as en or en-GB"),
          "The document language as a BCP 47 tag (default 'en')."),
    Field("page_size", ChoiceT(("A4", "Letter")), "The report's paper size (default A4)."),
    Field("file_name", TextT(max_len=100, pattern=r"[A-Za-z0-9][A-Za-z0-9._-]*",
                             pattern_hint="use letters, digits, '.', '_' and '-' only"),
          "The name, without extension, of the files built (default: a slug of the title)."),
    Field("introduction", TEXT, "A short paragraph that opens the report."),
    Field("theme", TextT(max_len=1000), "A theme file (YAML: palette and typeface), relative to "
          "the outline's folder; default: the built-in theme."),
    Field("key_judgments", ListT(LINE, "key judgments", LIMITS["key judgments"], 1),
          "The bottom line up front: one line each.", True),
    Field("sections", ListT(SECTION, "sections", LIMITS["sections"], 1),
          "The body of the briefing, in order.", True),
    Field("sources", ListT(SOURCE, "sources", LIMITS["sources"]), "What the briefing is based on."),
), _make_outline, description="A briefing outline: one file in, a PPTX deck and a PDF report out.",
    ref="outline")


# --- theme files -------------------------------------------------------------------------------

HEX = TextT(max_len=7, pattern=r"#?[0-9A-Fa-f]{6}",
            pattern_hint="give a colour as six hexadecimal digits, e.g. 17324D")
PALETTE_ROLES = {
    "ink": "Body text.", "primary": "Titles, bands and table headers.",
    "accent": "Takeaways, bullets, bars and timeline markers.",
    "muted": "Attributions, captions and footers.", "rule": "Thin lines and table borders.",
    "surface": "Panels behind quotes, judgments and callouts.", "zebra": "Alternate table rows.",
    "on_primary": "Text on the primary colour.", "marking": "The handling marking and warnings.",
}
PALETTE = ObjT("a palette", tuple(Field(name, HEX, help) for name, help in PALETTE_ROLES.items()),
               lambda loc=None, **kw: {k: v.lstrip("#").upper() for k, v in kw.items()},
               description="Colours by role; any role left out keeps the built-in colour.",
               ref="palette")
TYPEFACE = ObjT("a typeface", (
    Field("name", LINE, "The font the deck names, which PowerPoint users have (e.g. Arial).", True),
    Field("twin", LINE, "The metric-compatible family the PDF embeds (e.g. Liberation Sans).", True),
    Field("files", ListT(TextT(max_len=300), "font files", 4, 4),
          "The twin's regular, bold, italic and bold-italic TrueType file names.", True),
    Field("package", LINE, "How to install the files, shown when they are missing."),
), lambda loc=None, **kw: kw, description="One family for both documents.", ref="typeface")
THEME_FILE = ObjT("a theme", (
    Field("palette", PALETTE, "Colours by role."),
    Field("typeface", TYPEFACE, "The typeface of both documents."),
), lambda loc=None, **kw: kw, description="A briefing theme: palette and typeface.", ref="theme")


def _convert_root(spec: ObjT, root: Node | None, name: str, what: str, diags: Collector):
    """A whole file's value, or None; an empty file is itself a problem."""
    if root is None:
        if not diags.errors:
            diags.error(Loc(name, 1, 1), f"the {what} is empty", "empty")
        return None
    value = spec.convert(root, f"the {what}", diags)
    return None if value is MISSING else value


def to_theme_overrides(root: Node | None, name: str, diags: Collector) -> dict | None:
    """A theme file's palette and typeface overrides, or None."""
    return _convert_root(THEME_FILE, root, name, "theme file", diags)


def to_outline(root: Node | None, name: str, diags: Collector) -> model.Outline | None:
    """The model of a parsed outline, or None; every problem is added to `diags`."""
    return _convert_root(OUTLINE, root, name, "outline", diags)


def json_schema() -> dict:
    """The JSON Schema of the outline, for editors (generated from the declaration above)."""
    defs = {t.ref: t.json() for t in (QUOTE, EVENT, TIMELINE, TABLE, SERIES, CHART, IMAGE, COLUMN,
                                      COMPARISON, CALLOUT, SUBSECTION, SECTION, SOURCE)}
    top = OUTLINE.json()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://briefing.invalid/outline.schema.json",
            "title": "briefing outline", **top, "$defs": defs}
