"""Sections and sub-sections: the article's blocks arranged under its headings.

Three ways, the first that fits: the table of contents' entries are the sections (other headings
are sub-sections); Markdown headings (levels 1 and 2 sections, deeper ones sub-sections); plain
Title Case lines. Text before the first section is the introduction."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.importer.limits import MAX_QUOTES, MAX_SECTIONS, MAX_SUBSECTIONS
from builder.importer.quotes import QuoteBook, block_quotation, quotes_in
from builder.importer.reader import Block
from builder.importer.sentences import clip
from builder.importer.text import heading_key, looks_like_heading, words
from builder.outline.model import Quote


@dataclass
class Section:
    """A section of the article as found: heading, paragraphs, quotations and sub-sections."""

    title: str
    line: int = 0
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)  # content list items
    quotes: list[Quote] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)
    asides: set[int] = field(default_factory=set)  # paragraphs that are block quotations
    tables: list[tuple[int, list[list[str]]]] = field(default_factory=list)  # (line, rows)
    extra_quotes: int = 0  # quotations beyond the outline's limit, not collected

    def has_text(self) -> bool:
        return bool(self.paragraphs or self.items or self.quotes or self.tables)


def _heading(block: Block) -> Section:
    return Section(clip(block.text, 300), block.line)


def contents_match(text: str, sections: list[Section], used: set[int]) -> int | None:
    """The index of the unused section whose title the line is (the same words, one the other's
    start, or most words shared), or None."""
    key = heading_key(text)
    keys = [heading_key(s.title) for s in sections]
    for i, k in enumerate(keys):
        if i not in used and k == key:
            return i
    found = set(key.split())
    for i, k in enumerate(keys):
        other = set(k.split())
        if i in used or len(other) < 3 or not found:
            continue
        if (key.startswith(k) or k.startswith(key)) and min(len(found), len(other)) >= 3:
            return i
        if len(found & other) / len(found | other) >= 0.8:
            return i
    return None


class _Outliner:
    """Puts blocks into sections; remembers quotes and notes what it leaves out."""

    def __init__(self, book: QuoteBook, dropped: list[str]):
        self.book = book
        self.dropped = dropped
        self.intro = Section("Introduction")

    def add_content(self, target: Section, block: Block) -> None:
        if block.kind == "para":
            target.paragraphs.append(block.text)
            found, extra = quotes_in(block.text, MAX_QUOTES - len(target.quotes), self.book)
            target.extra_quotes += extra
            for quote in found:
                if all(quote.text != o.text for o in target.quotes):
                    target.quotes.append(quote)
        elif block.kind == "list":
            target.items += [t for _, t in block.lines]
        elif block.kind == "bq":
            summary, q = block_quotation([t for _, t in block.lines], self.book)
            if summary:
                target.asides.add(len(target.paragraphs))
                target.paragraphs.append(summary)
            if q is not None:
                target.quotes.append(q)
        elif block.kind == "heading":
            target.paragraphs.append(block.text)
        elif block.kind == "table":
            target.tables.append((block.line, [cells for _, cells in block.lines]))

    def by_contents(self, blocks: list[Block], contents: list[str]) -> list[Section]:
        sections = [Section(clip(t, 300)) for t in contents]
        used: set[int] = set()
        current: Section | None = None
        target = self.intro
        for b in blocks:
            is_heading = b.kind == "heading" or (b.single and b.kind == "para"
                                                 and looks_like_heading(b.text))
            idx = contents_match(b.text, sections, used) if b.single else None
            if idx is not None and (is_heading or len(words(b.text)) <= 14):
                used.add(idx)
                current = target = sections[idx]
                current.line = b.line
            elif is_heading and current is None:
                self.dropped.append(f"heading before the first section "
                                    f"'{clip(b.text, 80)}' (line {b.line})")
            elif is_heading:
                target = _heading(b)
                current.subsections.append(target)
            else:
                self.add_content(target, b)
        for i, s in enumerate(sections):
            if i not in used:
                self.dropped.append(f"table-of-contents entry '{clip(s.title, 80)}' "
                                    "(no heading for it in the text; left out)")
        return sections

    def by_markdown_headings(self, blocks: list[Block]) -> list[Section]:
        sections: list[Section] = []
        current: Section | None = None
        target = self.intro
        for b in blocks:
            if b.kind != "heading":
                self.add_content(target, b)
            elif b.level <= 2 or current is None:
                current = target = _heading(b)
                sections.append(current)
            else:
                target = _heading(b)
                current.subsections.append(target)
        return sections

    def by_plain_headings(self, blocks: list[Block]) -> list[Section]:
        sections: list[Section] = []
        target = self.intro
        for b in blocks:
            if b.single and looks_like_heading(b.text):
                target = _heading(b)
                sections.append(target)
            else:
                self.add_content(target, b)
        return sections

    def drop_empty_subsections(self, section: Section) -> None:
        """Sub-sections with no text left out; those beyond the limit folded into the section."""
        kept = []
        for sub in section.subsections:
            if sub.has_text():
                kept.append(sub)
            else:
                self.dropped.append(f"empty heading '{clip(sub.title, 80)}' (line {sub.line}; "
                                    "no text under it)")
        if len(kept) > MAX_SUBSECTIONS:
            for sub in kept[MAX_SUBSECTIONS:]:
                section.paragraphs += sub.paragraphs
            kept = kept[:MAX_SUBSECTIONS]
        section.subsections = kept

    def drop_empty_sections(self, sections: list[Section], by_contents: bool) -> list[Section]:
        kept = []
        for s in sections:
            if s.has_text() or s.subsections:
                kept.append(s)
            elif not by_contents:
                self.dropped.append(f"empty heading '{clip(s.title, 80)}' (line {s.line}; "
                                    "no text under it)")
            elif s.line:
                self.dropped.append(f"table-of-contents entry '{clip(s.title, 80)}' "
                                    f"(line {s.line}; no text under it; left out)")
        return kept


def outline_sections(blocks: list[Block], contents: list[str], markdown: bool,
                     dropped: list[str]) -> tuple[Section, list[Section]]:
    """The introduction and the sections with their sub-sections, empty headings left out.

    Raises ValueError when no section has any text."""
    outliner = _Outliner(QuoteBook(), dropped)
    if contents:
        sections = outliner.by_contents(blocks, contents)
    elif markdown and any(b.kind == "heading" for b in blocks):
        sections = outliner.by_markdown_headings(blocks)
    else:
        sections = outliner.by_plain_headings(blocks)
    intro = outliner.intro
    if not sections:  # no headings: the text is one section
        sections = [Section("Overview", paragraphs=intro.paragraphs, items=intro.items,
                            quotes=intro.quotes, asides=intro.asides, tables=intro.tables)]
        intro = Section("Introduction")
    for s in sections:
        outliner.drop_empty_subsections(s)
    sections = outliner.drop_empty_sections(sections, bool(contents))[:MAX_SECTIONS]
    if not sections:
        raise ValueError("the article has no text to make sections from")
    if intro.quotes:  # the introduction's quotes go to the first section
        sections[0].quotes[:0] = intro.quotes
    for line, _ in intro.tables:
        dropped.append(f"table before the first section (line {line})")
    for item in intro.items:  # an introduction is prose: its list items are named here
        dropped.append(f"list item before the first section '{clip(item, 80)}'")
    return intro, sections
