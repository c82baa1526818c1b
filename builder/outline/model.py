"""The briefing as content: what it says, with no styling and no layout.

Frozen dataclasses built by `builder.outline.schema` from a validated outline. Every element keeps the
`Loc` it came from (out of equality) so later stages can point at the line to edit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.diagnostics import Loc
from builder.outline.text import Run, Text, in_voice

__all__ = ["Run", "Text"]  # the model's text, re-exported for its readers


def _loc():
    return field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, with who said it, their role, and where it was reported."""

    text: str
    by: str
    role: str = ""
    via: str = ""
    paraphrase: bool = False
    show: str = "both"  # a quote is in both documents (the outline has no key for it)
    language: str = ""  # BCP 47 ("fa", "ar", "he", "zh-Hans"): every run of `text` carries it
    direction: str = ""  # "rtl" or "ltr"; by default the words' first strong letter decides
    loc: Loc | None = _loc()

    @classmethod
    def from_keys(cls, text: str, language: str = "", direction: str = "", **keys) -> "Quote":
        """A quote whose words carry its `language:` and `direction:`."""
        return cls(in_voice(text, language, direction), language=language, direction=direction,
                   **keys)


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event of a timeline."""

    when: str
    what: str
    detail: str = ""
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated events, drawn as a timeline."""

    events: tuple[Event, ...]
    title: str = "Timeline"
    show: str = "both"  # "deck", "report" or "both"
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Table:
    """A table: a header row, rows of cells, and how its columns are shared."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""
    widths: tuple[float, ...] = ()  # relative column widths; () measures the content
    align: tuple[str, ...] = ()     # "left", "center" or "right" per column
    first_column: bool = False      # emphasise the first column
    show: str = "both"
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Series:
    """A named list of numbers, one per category of a chart."""

    name: str
    values: tuple[float, ...]
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Chart:
    """Numbers drawn as a chart: a native chart in the deck, a vector chart in the report."""

    kind: str  # column, bar, stacked-column, stacked-bar, line, pie, doughnut
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    title: str = ""
    x_title: str = ""
    y_title: str = ""
    data_labels: bool = False
    legend: bool = True
    source: str = ""
    show: str = "both"
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Image:
    """A picture with its alternative text, caption and credit."""

    file: str    # as written in the outline, relative to the outline's folder
    alt: str
    caption: str = ""
    credit: str = ""
    show: str = "both"
    path: str = ""  # resolved and checked by the loader
    width_px: int = 0
    height_px: int = 0
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Column:
    """One side of a comparison: a title and bullets."""

    title: str
    bullets: tuple[str, ...]
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two titled columns side by side."""

    left: Column
    right: Column
    title: str = ""
    show: str = "both"
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Callout:
    """A highlighted box: a key fact, a warning or an assessment with its confidence."""

    text: str
    kind: str = "key-fact"  # key-fact, warning, assessment
    title: str = ""
    confidence: str = ""    # low, moderate, high (assessments)
    show: str = "both"
    loc: Loc | None = _loc()



Block = Quote | Timeline | Table | Chart | Image | Comparison | Callout
BLOCK_TYPES: tuple[type, ...] = (Quote, Timeline, Table, Chart, Image, Comparison, Callout)
"""Every kind of content block a section can hold, each declared once here. Each stage registers
one handler per type (layout: `builder.layout.blocks`, report: `builder.report.blocks`) and a
test fails if one is missing."""


def shown_in(block: Block, document: str) -> bool:
    """Whether a block belongs in the 'deck' or the 'report'."""
    return block.show in ("both", document)


@dataclass(frozen=True, slots=True)
class Section:
    """A section or sub-section: its title, takeaway, bullets, prose, notes and blocks."""

    title: str
    takeaway: str = ""
    bullets: tuple[str, ...] = ()
    summary: str = ""
    notes: str = ""
    blocks: tuple[Block, ...] = ()  # in reading order: quotes, timeline, table, then `blocks:`
    subsections: tuple["Section", ...] = ()
    number: str = ""  # "2" or "2.1", given by the outline's order
    direction: str = ""  # "rtl" or "ltr" for its title, takeaway, bullets and summary
    loc: Loc | None = _loc()

    @classmethod
    def from_keys(cls, *, quotes: tuple[Quote, ...] = (), timeline: Timeline | None = None,
                  table: Table | None = None, blocks: tuple = (), direction: str = "",
                  **keys) -> "Section":
        """A section from the outline's keys: `quotes:`, `timeline:` and `table:` are blocks
        like those under `blocks:`, placed before them; its `direction:` given to its texts."""
        ordered = (*quotes, *(b for b in (timeline, table) if b is not None), *blocks)
        for key in ("title", "takeaway", "summary"):
            if key in keys:
                keys[key] = in_voice(keys[key], direction=direction)
        if "bullets" in keys:
            keys["bullets"] = tuple(in_voice(b, direction=direction) for b in keys["bullets"])
        return cls(blocks=ordered, direction=direction, **keys)

    def blocks_of(self, kind: type) -> tuple:
        return tuple(b for b in self.blocks if isinstance(b, kind))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.blocks_of(Quote)

    @property
    def timeline(self) -> Timeline | None:
        return next(iter(self.blocks_of(Timeline)), None)

    @property
    def table(self) -> Table | None:
        return next(iter(self.blocks_of(Table)), None)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The summary's paragraphs (separated by a blank line in the outline)."""
        if isinstance(self.summary, Text):
            return self.summary.paragraphs()
        return tuple(p.strip() for p in self.summary.split("\n\n") if p.strip())


CONFIDENCE = ("low", "moderate", "high")


@dataclass(frozen=True, slots=True)
class Judgment:
    """A key judgment, and how confident the analyst is in it (low, moderate, high), if said."""

    text: str
    confidence: str = ""
    basis: tuple[str, ...] = ()  # the ids of the sources it rests on, cited after it
    loc: Loc | None = _loc()


@dataclass(frozen=True, slots=True)
class Source:
    """A source the briefing rests on."""

    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""
    note: str = ""
    id: str = ""  # what text cites it by: [@id]
    loc: Loc | None = _loc()


SLIDE_KINDS = ("title", "judgments", "agenda", "section", "quote", "timeline", "table", "chart",
               "image", "comparison", "callout", "sources")
"""The kinds of slide the deck makes (SlidePlan.kind), which `layouts:` may pin to a layout."""


@dataclass(frozen=True, slots=True)
class Outline:
    """The whole briefing: title, key judgments, sections and sources, and how to print them."""

    title: str
    key_judgments: tuple[Judgment | str, ...]  # a line, or a Judgment with its confidence
    sections: tuple[Section, ...]
    subtitle: str = ""
    short_title: str = ""
    author: str = ""
    organisation: str = ""
    date: str = ""
    marking: str = ""
    language: str = "en"
    page_size: str = "A4"
    file_name: str = ""
    introduction: str = ""
    theme: str = ""  # a theme file, as written in the outline
    template: str = ""  # a .pptx or .potx to build the deck on, as written in the outline
    layouts: tuple[tuple[str, str], ...] = ()
    citations: tuple[tuple[str, int], ...] = ()  # source id → its number, by first citation
    require_citations: bool = False  # every key judgment and bullet must cite a source  # (slide kind, template layout name) pins, in order
    sources: tuple[Source, ...] = ()
    loc: Loc | None = _loc()

    @property
    def footer_title(self) -> str:
        return self.short_title or self.title

    def walk(self):
        """Every section and sub-section, in reading order."""
        for section in self.sections:
            yield section
            yield from section.subsections
