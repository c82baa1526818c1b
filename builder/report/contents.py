"""The contents: the list of headings, the heading flowable that marks where each lands, and the
contents page, built in one pass (entries are known from the outline; each page number is a form
filled in when the build ends). Entries link to their headings."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import PageBreak

from builder import wording
from builder.outline import model
from builder.report import forms
from builder.report.context import Context
from builder.report.tagging.flowables import TaggedParagraph, artifact
from builder.report.text import markup

CALLBACK = "contentsEntry"  # reportlab's name for the callback at the end of an entry
LINK_DESCENT = 2  # an entry's link reaches this far below its baseline (not seen)
ROLES = ("toc", "toc_sub")  # an entry's role by its level
HEADING_ROLES = ("h1", "h2")
HEADING_TAGS = ("H1", "H2")  # a heading's structure element by its level


@dataclass(frozen=True, slots=True)
class Entry:
    """A heading: its level (0 for a section, 1 for a subsection), its label and its anchor."""

    level: int
    label: str
    key: str


CONTENTS = Entry(0, wording.CONTENTS, "contents")
KEY_JUDGMENTS = Entry(0, wording.KEY_JUDGMENTS, "key-judgments")
SOURCES = Entry(0, wording.SOURCES, "sources")


def section_entry(section: model.Section, level: int) -> Entry:
    return Entry(level, wording.heading(section.number, section.title), f"section-{section.number}")


def entries(outline: model.Outline) -> tuple[Entry, ...]:
    """Every heading the contents lists, in order."""
    out = [KEY_JUDGMENTS]
    for section in outline.sections:
        out.append(section_entry(section, 0))
        out += [section_entry(sub, 1) for sub in section.subsections]
    if outline.sources:
        out.append(SOURCES)
    return tuple(out)


class Heading(TaggedParagraph):
    """A heading that becomes a PDF bookmark, and the page its contents entry shows, where it
    lands (see `placed`); an H1 or H2 of the structure tree."""

    def __init__(self, entry: Entry, ctx: Context):
        super().__init__(markup(entry.label, ctx.theme), ctx.styles.role(HEADING_ROLES[entry.level]),
                         ctx.record.tree.add(HEADING_TAGS[entry.level]))
        ctx.record.anchors[entry.key] = entry.label
        self.entry = entry


def placed(canv, heading: Heading, page: int, ctx: Context) -> None:
    """A heading has been laid out on `page`: bookmark it and record its page."""
    entry = heading.entry
    canv.bookmarkPage(entry.key)
    canv.addOutlineEntry(entry.label, entry.key, level=entry.level, closed=False)
    ctx.record.heading_pages[entry.key] = page


def entry_styles(ctx: Context) -> tuple:
    p, s = ctx.page, ctx.styles
    return (s.derive("toc", rightIndent=p.space.contents_number_width),
            s.derive("toc_sub", leftIndent=p.space.contents_indent, rightIndent=p.space.contents_number_width))


def contents(ctx: Context, listed: tuple[Entry, ...]) -> list:
    """The contents page: a heading, then one linked entry per heading (a TOC of TOCIs)."""
    styles = entry_styles(ctx)
    heading = Heading(CONTENTS, ctx)
    toc = ctx.record.tree.add("TOC")
    rows = [Row(f'<a href="#{e.key}">{markup(e.label, ctx.theme)}</a>'
                f'<onDraw name="{CALLBACK}" label="{i}"/>', styles[e.level], toc.add("TOCI"), i)
            for i, e in enumerate(listed)]
    return [heading, *rows, PageBreak()]


class Row(TaggedParagraph):
    """An entry: its text, then (see `EntryEnd`) its leader and page number, read in that order."""

    def __init__(self, text: str, style, node, index: int):
        super().__init__(text, style, node)
        self.index = index

    def draw(self):
        super().draw()
        self.canv.getNamedCB(CALLBACK).finish(self.canv, self.index)


def number_form(index: int) -> str:
    return f"contents-{index}"


class EntryEnd:
    """Called by reportlab where an entry's text ends, a place it notes; then, once the text is
    drawn, `finish` draws from there a dot leader to the page numbers' column (an artifact), the
    entry's page number (a form) and a link over it."""

    def __init__(self, ctx: Context, listed: tuple[Entry, ...]):
        self.ctx, self.listed, self.styles = ctx, listed, entry_styles(ctx)
        self.right = ctx.frame_width - 2 * ctx.page.space.frame_padding  # the text's right edge
        self.ends: dict[int, tuple[float, float]] = {}  # where each entry's text ends

    def __call__(self, canv, kind: str, label: str) -> None:
        self.ends[int(label)] = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]

    def finish(self, canv, index: int) -> None:
        entry = self.listed[index]
        x, y = self.ends[index]
        column = self.right - self.ctx.page.space.contents_number_width
        with artifact(canv, "Layout"):
            self.leader(canv, entry.level, x, y, column)
        forms.place(canv, number_form(index), self.right, y)
        canv.linkRect("", entry.key, (column, y - LINK_DESCENT, self.right,
                                      y + self.styles[entry.level].leading), relative=1)

    def leader(self, canv, level: int, x: float, y: float, column: float) -> None:
        """The leader's dots from x to the page numbers' column."""
        role, style = getattr(self.ctx.page, ROLES[level]), self.styles[level]
        dot = self.ctx.page.space.contents_leader
        dot_w = self.ctx.measurer.width(dot, role.size, role.bold, role.italic,
                                        family=role.family)
        count = max(0, int((column - x) / dot_w))
        dots = canv.beginText(column - count * dot_w, y)
        dots.setFont(style.fontName, style.fontSize)
        dots.setFillColor(style.textColor)
        dots.textOut(dot * count)
        canv.drawText(dots)


def fill_numbers(canv, ctx: Context, listed: tuple[Entry, ...]) -> None:
    """Once every heading is placed: each entry's page number, in its entry's role."""
    for i, entry in enumerate(listed):
        page = ctx.record.heading_pages.get(entry.key, "")
        forms.fill(canv, ctx, number_form(i), str(page), getattr(ctx.page, ROLES[entry.level]))
