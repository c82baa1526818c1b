"""The briefing as content: what it says, with no styling and no layout.

Frozen dataclasses built by `builder.outline.schema` from a validated outline. Every element keeps the
`Loc` it came from (out of equality) so later stages can point at the line to edit.
"""
from __future__ import annotations

from dataclasses import field

from builder.diagnostics import Loc
from builder.outline.text import Run, Text, in_voice
from builder.records import frozen

__all__ = ["Run", "Text"]  # the model's text, re-exported for its readers


def _loc():
    return field(default=None, compare=False, repr=False)


@frozen
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
    layout: str = "auto"  # "separate": on a slide of its own, never beside the bullets
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()

    @classmethod
    def from_keys(cls, text: str, language: str = "", direction: str = "", **keys) -> "Quote":
        """A quote whose words carry its `language:` and `direction:`."""
        return cls(in_voice(text, language, direction), language=language, direction=direction,
                   **keys)


@frozen
class Event:
    """A dated event of a timeline."""

    when: str
    what: str
    detail: str = ""
    loc: Loc | None = _loc()


@frozen
class Timeline:
    """Dated events, drawn as a timeline."""

    events: tuple[Event, ...]
    title: str = "Timeline"
    show: str = "both"  # "deck", "report" or "both"
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()


@frozen
class Table:
    """A table: a header row, rows of cells, and how its columns are shared."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""
    widths: tuple[float, ...] = ()  # relative column widths; () measures the content
    align: tuple[str, ...] = ()     # "left", "center" or "right" per column
    first_column: bool = False      # emphasise the first column
    show: str = "both"
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()


@frozen
class Series:
    """A named list of numbers, one per category of a chart."""

    name: str
    values: tuple[float, ...]
    loc: Loc | None = _loc()


@frozen
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
    alt: str = ""  # what the chart shows, for readers who cannot see it ("" says it from the data)
    show: str = "both"
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()


@frozen
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
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()


@frozen
class Column:
    """One side of a comparison: a title and bullets."""

    title: str
    bullets: tuple[str, ...]
    loc: Loc | None = _loc()


@frozen
class Comparison:
    """Two titled columns side by side."""

    left: Column
    right: Column
    title: str = ""
    show: str = "both"
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()


@frozen
class Callout:
    """A highlighted box: a key fact, a warning or an assessment with its confidence."""

    text: str
    kind: str = "key-fact"  # key-fact, warning, assessment
    title: str = ""
    confidence: str = ""    # low, moderate, high (assessments)
    show: str = "both"
    layout: str = "auto"  # "separate": on a slide of its own, never beside the bullets
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    loc: Loc | None = _loc()



Block = Quote | Timeline | Table | Chart | Image | Comparison | Callout
BLOCK_TYPES: tuple[type, ...] = (Quote, Timeline, Table, Chart, Image, Comparison, Callout)
"""Every kind of content block a section can hold, each declared once here. Each stage registers
one handler per type (layout: `builder.layout.blocks`, report: `builder.report.blocks`) and a
test fails if one is missing."""


def shown_in(block: Block, document: str) -> bool:
    """Whether a block belongs in the 'deck' or the 'report'."""
    return block.show in ("both", document)


@frozen
class Tagged:
    """A bullet with the audiences whose cut shows it (`{text: …, audience: exec}`)."""

    text: str
    audience: tuple[str, ...] = ()
    loc: Loc | None = _loc()


@frozen
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
    audience: tuple[str, ...] = ()  # the audiences whose cut shows it (`--variant`)
    bullet_audiences: tuple[tuple[str, ...], ...] = ()  # each bullet's own, if any is tagged
    loc: Loc | None = _loc()

    @classmethod
    def from_keys(cls, *, quotes: tuple[Quote, ...] = (), timeline: Timeline | None = None,
                  table: Table | None = None, blocks: tuple = (), direction: str = "",
                  bullets: tuple = (), **keys) -> "Section":
        """A section from the outline's keys: `quotes:`, `timeline:` and `table:` are blocks
        like those under `blocks:`, placed before them; its `direction:` given to its texts; a
        bullet tagged with its audience (`Tagged`) is its text, its audience kept beside it."""
        ordered = (*quotes, *(b for b in (timeline, table) if b is not None), *blocks)
        for key in ("title", "takeaway", "summary"):
            if key in keys:
                keys[key] = in_voice(keys[key], direction=direction)
        tags = tuple(b.audience if isinstance(b, Tagged) else () for b in bullets)
        texts = tuple(in_voice(b.text if isinstance(b, Tagged) else b, direction=direction)
                      for b in bullets)
        return cls(blocks=ordered, direction=direction, bullets=texts,
                   bullet_audiences=tags if any(tags) else (), **keys)

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


@frozen
class Judgment:
    """A key judgment, and how confident the analyst is in it (low, moderate, high), if said."""

    text: str
    confidence: str = ""
    basis: tuple[str, ...] = ()  # the ids of the sources it rests on, cited after it
    loc: Loc | None = _loc()


@frozen
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


@frozen
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
    dividers: bool | None = None  # a divider slide before each section (None: if there are many)
    audiences: tuple[str, ...] = ()  # the audience names the outline declares, besides "exec"
    variant: str = ""  # the audience this outline was cut for ("": the whole briefing)
    loc: Loc | None = _loc()

    @property
    def footer_title(self) -> str:
        return self.short_title or self.title

    def walk(self):
        """Every section and sub-section, in reading order."""
        for section in self.sections:
            yield section
            yield from section.subsections
