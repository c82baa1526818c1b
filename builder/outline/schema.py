"""The outline's definition, declared once.

The same declaration validates an outline (every problem, each at its line and column), builds
the model from it, and prints the JSON Schema that editors use (`briefing schema`).
"""
from __future__ import annotations

from dataclasses import replace

from builder.outline import model
from builder.outline.markup import citation, cited_part
from builder.outline.text import Text
from builder.outline.variant import check_audiences
from builder.outline.types import (MISSING, ChoiceT, Field, FlagT, ListT, NumberT, ObjT, OneOrListT, TextOrObjT,
                                   TextT, VariantT)
from builder.diagnostics import Collector, Loc
from builder.outline.source import Node


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
        elif not any(values["series"][0].values):
            diags.error(series_node.loc, f"a {values['kind']} chart needs a value above 0 (every "
                        "value is 0, so there is nothing to draw)", "chart-data")


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


TEXT = TextT(breaks=True)  # running text: may break at its soft hyphens and zero-width spaces
LINE = TextT(max_len=1000)  # a title or a label: left out (see `builder.outline.types`)
# texts that may carry inline markup (titles and a quotation's words stay plain: a quotation is
# the speaker's words)
MARKED = TextT(markup=True, breaks=True)
MARKED_LINE = TextT(max_len=1000, markup=True, breaks=True)
CELL = TextT(markup=True, blank_ok=True, breaks=True)  # a table cell may be left empty
URL = TextT(max_len=2000, pattern=r"(https?://|mailto:)\S+",
            pattern_hint="a link must start with http://, https:// or mailto: and have no spaces")

SHOW = ChoiceT(("both", "deck", "report"))
SHOW_HELP = "Which document shows it: deck, report or both (default both)."
AUDIENCE_NAME = TextT(max_len=40, pattern=r"[A-Za-z][A-Za-z0-9_-]*",
                      pattern_hint="an audience is a name of letters, digits, '_' and '-'")
AUDIENCE = OneOrListT(ListT(AUDIENCE_NAME, "audiences", 20, 1))
ASIDE = ChoiceT(("auto", "separate"))
ASIDE_HELP = ("separate: always on a slide of its own; auto (default): beside the section's "
              "bullets when it is the section's one quote or callout and both fit.")
AUDIENCE_HELP = ("The audiences whose cut shows it (`--variant NAME`): `exec` or a name the "
                 "outline declares under `audiences:`.")
LANGUAGE = TextT(max_len=35, pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*",
                 pattern_hint="a BCP 47 language tag, e.g. 'fa', 'ar', 'he', 'zh-Hans', 'ja'")
DIRECTION = ChoiceT(("rtl", "ltr"))
DIRECTION_HELP = ("rtl or ltr: the paragraphs' direction (default: that of the first letter, "
                  "so Persian, Arabic and Hebrew text runs right to left by itself).")

QUOTE = ObjT("a quote", (
    Field("text", TEXT, "The words, without surrounding quotation marks.", True),
    Field("by", LINE, "Who said it: a person or a body (e.g. 'Kremlin statement').", True),
    Field("role", LINE, "Their role as the source gives it."),
    Field("via", LINE, "Where it was reported, when second-hand (e.g. 'TASS')."),
    Field("paraphrase", FlagT(), "true when the text is a paraphrase, not verbatim words."),
    Field("language", LANGUAGE, "The language of the words, as a BCP 47 tag (e.g. 'fa', 'ar', "
          "'he', 'zh-Hans', 'ja'): the deck's spell checker and font choice use it."),
    Field("direction", DIRECTION, DIRECTION_HELP),
    Field("layout", ASIDE, ASIDE_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Quote.from_keys, description="A quotation with who said it.", ref="quote")

EVENT = ObjT("an event", (
    Field("when", LINE, "The date as written (e.g. '2001', 'May 2018', 'Pending').", True),
    Field("what", MARKED_LINE, "What happened, in a few words.", True),
    Field("detail", MARKED, "A line of detail under the event."),
), model.Event, description="A dated event.", ref="event")

TIMELINE = ObjT("a timeline", (
    Field("title", LINE, "A heading for the timeline (default 'Timeline')."),
    Field("events", ListT(EVENT, "events", LIMITS["events"], 1), "The events, in order.", True),
    Field("show", SHOW, SHOW_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Timeline, description="Dated events drawn as a timeline.", ref="timeline")

TABLE = ObjT("a table", (
    Field("title", LINE, "The table's caption and slide title."),
    Field("columns", ListT(LINE, "columns", LIMITS["columns"], 1), "The header row.", True),
    Field("rows", ListT(ListT(CELL, "cells", LIMITS["cells"], 1), "rows", LIMITS["rows"], 1),
          "Each row a list of cells, as many as there are columns.", True),
    Field("widths", ListT(NumberT(), "widths", LIMITS["columns"], 1),
          "Relative column widths, one per column (default: measured from the content)."),
    Field("align", ListT(ChoiceT(("left", "center", "right")), "alignments", LIMITS["columns"], 1),
          "Alignment per column: left, center or right."),
    Field("first_column", FlagT(), "true to emphasise the first column."),
    Field("show", SHOW, SHOW_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
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
    Field("source", MARKED_LINE, "Where the numbers come from, printed under the chart."),
    Field("alt", TextT(max_len=2000), "Alternative text: what the chart shows, for readers who "
          "cannot see it (default: its kind, title and numbers, said from the data)."),
    Field("show", SHOW, SHOW_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Chart, check=_check_chart,
    description="A chart from numbers in the outline.", ref="chart")

IMAGE = ObjT("an image", (
    Field("file", TextT(max_len=1000, path=True), "A PNG or JPEG file, relative to the outline's folder.", True),
    Field("alt", TextT(max_len=2000), "Alternative text: what the image shows, for readers who "
          "cannot see it.", True),
    Field("caption", MARKED_LINE, "A caption under the image."),
    Field("credit", MARKED_LINE, "Who made the image."),
    Field("show", SHOW, SHOW_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Image, description="A picture with alternative text.", ref="image")

COLUMN = ObjT("a column", (
    Field("title", LINE, "The column's heading.", True),
    Field("bullets", ListT(MARKED_LINE, "bullets", LIMITS["bullets"], 1), "The column's bullets.",
          True),
), model.Column, description="One side of a comparison.", ref="column")

COMPARISON = ObjT("a comparison", (
    Field("title", LINE, "A heading for the comparison (default: the section's title)."),
    Field("left", COLUMN, "The left column.", True),
    Field("right", COLUMN, "The right column.", True),
    Field("show", SHOW, SHOW_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Comparison, description="Two titled columns side by side.",
    ref="comparison")

CALLOUT = ObjT("a callout", (
    Field("kind", ChoiceT(("key-fact", "warning", "assessment")),
          "key-fact, warning or assessment (default key-fact)."),
    Field("title", LINE, "A heading for the callout."),
    Field("text", MARKED, "What the callout says.", True),
    Field("confidence", ChoiceT(("low", "moderate", "high")),
          "For an assessment: low, moderate or high confidence."),
    Field("show", SHOW, SHOW_HELP),
    Field("layout", ASIDE, ASIDE_HELP),
    Field("audience", AUDIENCE, AUDIENCE_HELP),
), model.Callout, check=_check_callout,
    description="A highlighted box: a key fact, a warning or an assessment.", ref="callout")

BLOCK = VariantT((("chart", CHART), ("image", IMAGE), ("comparison", COMPARISON),
                  ("callout", CALLOUT)), "block")


BULLET_OBJ = ObjT("a bullet", (
    Field("text", MARKED_LINE, "The bullet, in a line.", True),
    Field("audience", AUDIENCE, AUDIENCE_HELP, True),
), model.Tagged, description="A bullet for some audiences' cuts.", ref="bullet")
BULLET = TextOrObjT(MARKED_LINE, BULLET_OBJ, lambda text: text)  # a line stays a text


def _section_fields(with_subsections: bool) -> tuple[Field, ...]:
    fields = [
        Field("title", LINE, "The section heading and slide title.", True),
        Field("takeaway", MARKED_LINE, "One line: the point of the section, under the slide title."),
        Field("bullets", ListT(BULLET, "bullets", LIMITS["bullets"]),
              "Briefing bullets, a line each (or `{text: …, audience: …}`)."),
        Field("summary", MARKED, "Prose for the report; separate paragraphs with a blank line."),
        Field("notes", MARKED, "Speaker notes for the section's slide."),
        Field("quotes", ListT(QUOTE, "quotes", LIMITS["quotes"]), "Quotations with who said them."),
        Field("timeline", TIMELINE, "Dated events drawn as a timeline."),
        Field("table", TABLE, "A table of rows and columns."),
        Field("blocks", ListT(BLOCK, "blocks", LIMITS["blocks"]),
              "Charts, images, comparisons and callouts, in order."),
        Field("audience", AUDIENCE, AUDIENCE_HELP + " What it holds is in that cut too, "
              "unless tagged for other audiences."),
        Field("direction", DIRECTION, "rtl or ltr: the direction of the section's title, takeaway, "
              "bullets and summary (default: each text's first letter decides)."),
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

def make_judgment(text, confidence="", basis=(), loc=None) -> model.Judgment:
    """A judgment whose basis is cited after its text, like any citation."""
    cited = tuple(cited_part(b) for b in basis)
    if basis:
        text = Text.of_runs((*text.runs, citation(cited)), text.loc)
    return model.Judgment(text, confidence, tuple(i for i, _ in cited), loc)


JUDGMENT = ObjT("a key judgment", (
    Field("text", MARKED_LINE, "The judgment, in a line.", True),
    Field("confidence", ChoiceT(model.CONFIDENCE),
          "How confident the judgment is: low, moderate or high (shown in words beside it)."),
    Field("basis", ListT(TextT(max_len=120, pattern=r"@?[A-Za-z0-9][A-Za-z0-9_.-]*(,? .*)?",
                               pattern_hint="a source id, as in [@id], and where in it, as in "
                                            "'tass, para. 4'"), "sources", 20, 1),
          "The sources it rests on, by id, each with where in it if you like "
          "(`[article, \"tass, para. 4\"]`): cited after the judgment."),
), make_judgment, description="A key judgment with its confidence.", ref="judgment")
JUDGMENT_OR_LINE = TextOrObjT(MARKED_LINE, JUDGMENT, lambda text: text)  # a line stays a text

SOURCE = ObjT("a source", (
    Field("title", LINE, "The source's title.", True),
    Field("publisher", LINE, "Who published it."),
    Field("date", LINE, "When it was published, as written."),
    Field("url", URL, "A link (http, https or mailto)."),
    Field("note", MARKED, "What it was used for."),
    Field("id", TextT(max_len=40, pattern=r"[A-Za-z0-9][A-Za-z0-9_.-]*",
                      pattern_hint="an id is letters, digits, '_', '.' and '-'"),
          "A short name text cites the source by: [@id]."),
), model.Source, description="A source the briefing is based on.", ref="source")

LAYOUTS = ObjT("the layouts", tuple(
    Field(kind, LINE, f"The template's layout for {kind} slides, by its name.")
    for kind in model.SLIDE_KINDS), lambda loc=None, **pins: tuple(pins.items()),
    description="Template layouts pinned by slide kind.", ref="layouts")

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
    Field("require_citations", FlagT(), "true: every key judgment and bullet must cite a "
          "source (`[@id]`); one that does not is a warning (an error with --strict)."),
    Field("theme", TextT(max_len=1000, path=True), "A theme file (YAML: palette and typeface), relative to "
          "the outline's folder; default: the built-in theme."),
    Field("template", TextT(max_len=1000, path=True), "A PowerPoint template (.pptx or .potx) to build the "
          "deck on, relative to the outline's folder; `--template FILE` overrides it. Default: "
          "the built-in design."),
    Field("layouts", LAYOUTS, "Which of the template's layouts a kind of slide goes on, by the "
          "layout's name (e.g. quote: \"Quote\"); kinds not named are chosen by their placeholders, type and name."),
    Field("key_judgments", ListT(JUDGMENT_OR_LINE, "key judgments", LIMITS["key judgments"], 1),
          "The bottom line up front: one line each.", True),
    Field("sections", ListT(SECTION, "sections", LIMITS["sections"], 1),
          "The body of the briefing, in order.", True),
    Field("sources", ListT(SOURCE, "sources", LIMITS["sources"]), "What the briefing is based on."),
    Field("dividers", FlagT(), "true: a divider slide before each section; false: none; "
          "default: on when there are more than eight sections (on the built-in design)."),
    Field("audiences", ListT(AUDIENCE_NAME, "audiences", 20, 1), "Audience names sections, "
          "bullets and blocks may be tagged with (`audience:`), besides `exec`; `--variant NAME` "
          "builds the cut for one."),
), _make_outline, check=check_audiences, description="A briefing outline: one file in, a PPTX deck and a PDF report out.",
    ref="outline")


def convert_root(spec: ObjT, root: Node | None, name: str, what: str, diags: Collector):
    """A whole file's value, or None; an empty file is itself a problem."""
    if root is None:
        if not diags.errors:
            diags.error(Loc(name, 1, 1), f"the {what} is empty", "empty")
        return None
    value = spec.convert(root, f"the {what}", diags)
    return None if value is MISSING else value


def to_outline(root: Node | None, name: str, diags: Collector) -> model.Outline | None:
    """The model of a parsed outline, or None; every problem is added to `diags`."""
    return convert_root(OUTLINE, root, name, "outline", diags)


def json_schema() -> dict:
    """The JSON Schema of the outline, for editors (generated from the declaration above)."""
    defs = {t.ref: t.json() for t in (QUOTE, EVENT, TIMELINE, TABLE, SERIES, CHART, IMAGE, COLUMN,
                                      COMPARISON, CALLOUT, SUBSECTION, SECTION, SOURCE, LAYOUTS,
                                      JUDGMENT, BULLET_OBJ)}
    top = OUTLINE.json()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://briefing.invalid/outline.schema.json",
            "title": "briefing outline", **top, "$defs": defs}
