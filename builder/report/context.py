"""What every part of the report reads (the outline, the theme, its styles, the measurer), and
what the build learns as it lays the pages out (where each heading lands, the structure tree).

Furniture, the contents and tagging share nothing else: the record is the only state that passes
from laying out to the finishing touches at the end of the build."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from functools import partial
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText

from builder import wording
from builder.measure import Measurer
from builder.outline import model
from builder.report.fragments import markup_frags
from builder.report.styles import Styles
from builder.outline.scripts import has_complex
from builder.outline.text import Run, runs_of
from builder.report.tagging.flowables import TaggedParagraph
from builder.report.tagging.tree import Node
from builder.report.text import markup
from builder.theme import PageTheme, Theme
from builder.theme.fonts import FontSet


LINK = re.compile(r'(<super>)?<a href="([^"]*)"[^>]*>(.*?)</a>')  # a link in paragraph markup
TAG = re.compile(r"<[^>]*>")


@dataclass(slots=True)
class Record:
    """What the build learns: the page each heading lands on; the sources each part of the
    report cites (for its notes), with where in them; the structure tree (the Document and its
    elements in reading order) and what a link's description is made of: the text of each
    anchor, the text of each link, which links are citations."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    part: str = ""  # the part of the report being written, whose notes a citation leads to
    cited: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    tree: Node = field(default_factory=lambda: Node("Document"))
    anchors: dict[str, str] = field(default_factory=dict)
    link_texts: dict[str, str] = field(default_factory=dict)
    citations: set[str] = field(default_factory=set)

    def cite(self, run: Run, numbers: dict[str, int]) -> str:
        """Note the sources a citation run cites, with where in them, in the current part; the
        anchor of the note (or without a part, the sources list's entry) it leads to."""
        cited = sorted((numbers[i], w) for i, w in zip(run.cite, run.locators or _none(run))
                       if i in numbers)
        if not cited:
            return ""
        if not self.part:
            return f"source-{cited[0][0]}"
        notes = self.cited.setdefault(self.part, {})
        for number, where in cited:
            places = notes.setdefault(number, [])
            places += [w for w in (p.strip() for p in where.split(";")) if w and w not in places]
        return f"note-{self.part}-{cited[0][0]}"

    def links_in(self, markup_text: str) -> None:
        """Note the links of a paragraph's markup: their texts, and which are citations (raised)."""
        if "<a " not in markup_text:
            return
        for raised, target, inner in LINK.findall(markup_text):
            target = html.unescape(target)  # as the annotation has it
            self.link_texts.setdefault(target, html.unescape(TAG.sub("", inner)))
            if raised:
                self.citations.add(target)

    def describe(self, target: str) -> str:
        """A link's description: where it leads and what it says."""
        return wording.link_description(self.link_texts.get(target, ""),
                                        self.anchors.get(target.removeprefix("#"), ""), target)


def _none(run: Run) -> tuple[str, ...]:
    return ("",) * len(run.cite)


class Context(NamedTuple):
    """What every part of the report reads: the outline, theme, fonts, styles, measurer and record."""

    outline: model.Outline
    theme: Theme
    fonts: FontSet
    styles: Styles
    measurer: Measurer
    record: Record

    @classmethod
    def of(cls, outline: model.Outline, theme: Theme, fonts: FontSet) -> "Context":
        styles = Styles(theme, fonts)
        body, heading = (replace(styles.families[f], scale=1.0) for f in ("body", "heading"))
        measurer = Measurer(body, heading if heading != body else None,  # as the PDF draws
                            theme.scripts, margins=False)
        return cls(outline, theme, fonts, styles, measurer, Record())

    @property
    def page(self) -> PageTheme:
        return self.theme.page

    @property
    def size(self) -> tuple[float, float]:
        return self.page.sizes[self.outline.page_size]

    @property
    def cover_band(self) -> float:
        """The height of the cover's band."""
        return self.size[1] * self.page.space.cover_band

    @property
    def frame_width(self) -> float:
        """The body frame's width, between the margins."""
        return self.size[0] - 2 * self.page.margin_x

    def paragraph(self, value: str, style: str | ParagraphStyle, anchor: str = "",
                  node: Node | str | None = "P") -> TaggedParagraph:
        """A paragraph showing `value` (its runs, escaped: see `builder.report.text`) in a page
        role's style (by name) or in a style derived from one, as the content of `node` (by
        default a new P of the Document; a role names a new element of the Document); text with
        Persian, Arabic, Hebrew or CJK characters is shaped and set in its direction
        (`builder.report.shaped`)."""
        style = self.styles.role(style) if isinstance(style, str) else style
        cite = partial(self.record.cite, numbers=dict(self.outline.citations))
        node = self.record.tree.add(node) if isinstance(node, str) else node
        if anchor:  # a place links can lead to
            self.record.anchors[anchor] = str(value)
        text = markup(value, self.theme, cite)
        self.record.links_in(text)
        if has_complex(value):
            from builder.report.shaped import TaggedShapedParagraph
            return TaggedShapedParagraph(value, style, self.measurer.shaper, node=node,
                                         fonts=self.styles.family_of(style.fontName),
                                         link_colour=self.styles.color(self.page.link),
                                         cite=cite, anchor=anchor)
        self.load_faces(value, style)
        if anchor or "<" in text or "&" in text:  # its fragments, parsed once per shape
            text = cleanBlockQuotedText((f'<a name="{anchor}"/>' if anchor else "") + text)
            return TaggedParagraph(text, style, node, frags=markup_frags(text, style))
        return TaggedParagraph.plain(text, style, node)  # nothing to parse

    def load_faces(self, value: str, style: ParagraphStyle) -> None:
        """Have the bold italic face read if a run of `value` needs it in `style` (a bold run in
        an italic role, say): reportlab finds it by name only when it draws."""
        fonts, bold, italic = self.styles.emphasis(style.fontName)
        if any((bold or r.bold) and (italic or r.italic) for r in runs_of(value)):
            fonts.register(bolditalic=True)
