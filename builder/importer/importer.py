"""Article → starting outline: turn a .txt or .md article into outline YAML to edit.

The importer reads the article's structure (title, a table of contents, Markdown or plain-text
headings), gives each section its paragraphs as a `summary`, first-pass `bullets` and a
`takeaway`, collects quoted speech with who said it, and leaves out page debris (link lists,
map and image captions, calls to comment), listing what it left out.

Everything here is a first pass to be edited: bullets are the sections' own sentences, cut
at a clause boundary; speakers are found with simple patterns.

The steps, each in its own module: `reader` (lines, blocks, title, table of contents), `debris`
(page debris), `structure` (sections, with `quotes` and `speakers`), `wording` (takeaways,
bullets, key judgments) and `output` (the YAML).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.importer.debris import strip_debris
from builder.importer.limits import MAX_QUOTES
from builder.importer.output import OutlineWriter
from builder.importer.reader import read_article, take_byline, take_contents, take_headline
from builder.importer.structure import Section, outline_sections
from builder.importer.text import clean, heading_key, squash
from builder.importer.wording import key_judgments

__all__ = ["ImportResult", "import_article"]


@dataclass(frozen=True)
class ImportResult:
    """What `briefing import` made: the outline's YAML, what it counted and what it left out."""

    outline_yaml: str
    dropped: tuple[str, ...]
    sections: int
    subsections: int
    quotes: int


def _line_of(message: str) -> int:
    """The line a note about dropped text names (notes naming none go last)."""
    m = re.search(r"\blines? (\d+)", message)
    return int(m.group(1)) if m else 10 ** 9


def _quote_count(sections: list[Section]) -> int:
    return sum(min(len(x.quotes), MAX_QUOTES) for s in sections for x in [s, *s.subsections])


def import_article(text: str, source_name: str) -> ImportResult:
    """A starting outline (YAML text) made from an article's text, and what was left out.

    Raises ValueError when the article has no text to make an outline from.
    """
    source_name = squash(clean(source_name)) or "an article"
    article = read_article(clean(text), source_name)
    if not article.blocks and not article.front_title:
        raise ValueError("the article has no text")
    dropped = article.dropped
    headline = take_headline(article)
    author, date = take_byline(article.blocks)
    contents = take_contents(article.blocks)
    blocks = strip_debris(article.blocks, {heading_key(t) for t in contents}, dropped)
    intro, sections = outline_sections(blocks, contents, article.markdown, dropped)
    judgments = key_judgments(sections)
    outline_yaml = OutlineWriter(source_name, dropped).write(
        headline.title, headline.subtitle, headline.text, intro, judgments, sections,
        byline=(author, date))
    return ImportResult(
        outline_yaml=outline_yaml,
        dropped=tuple(sorted(dropped, key=_line_of)),
        sections=len(sections),
        subsections=sum(len(s.subsections) for s in sections),
        quotes=_quote_count(sections),
    )
