"""The contents: the list of headings, the heading flowable that marks where each lands, and the
contents page, built in one pass (entries are known from the outline; each page number is a form
filled in when the build ends). Entries link to their headings."""
from __future__ import annotations

from reportlab.platypus import PageBreak
from reportlab.platypus.paragraph import cleanBlockQuotedText

from builder import wording
from builder.outline import model
from builder.records import frozen
from builder.report import forms
from builder.report.context import Context
from builder.report.fragments import entry_frags, entry_markup
from builder.outline.scripts import has_complex
from builder.report.tagging.flowables import TaggedParagraph, artifact, plain_frags
from builder.report.text import markup

CALLBACK = "contentsEntry"  # reportlab's name for the callback at the end of an entry
LINK_DESCENT = 2  # an entry's link reaches this far below its baseline (not seen)
ROLES = ("toc", "toc_sub")  # an entry's role by its level
HEADING_ROLES = ("h1", "h2")
HEADING_TAGS = ("H1", "H2")  # a heading's structure element by its level


@frozen
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
        style = ctx.styles.role(HEADING_ROLES[entry.level])
        text, frags = markup(entry.label, ctx.theme), None
        if "<" not in text and "&" not in text:  # nothing to parse
            text, frags = plain_frags(text, style)
        super().__init__(text, style, ctx.record.tree.add(HEADING_TAGS[entry.level]), frags=frags)
        ctx.record.anchors[entry.key] = entry.label
        self.entry = entry
        # a heading in a complex script is drawn shaped, in its direction (builder.report.shaped),
        # as this heading's content (drawn inside its drawOn)
        self.shaped = (ctx.paragraph(entry.label, style, node=None)
                       if has_complex(entry.label) else None)

    def wrap(self, avail_width, avail_height):
        if self.shaped is None:
            return super().wrap(avail_width, avail_height)
        self.width, self.height = self.shaped.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        return super().split(avail_width, avail_height) if self.shaped is None else []

    def draw(self):
        if self.shaped is None:
            return super().draw()
        self.shaped.canv = self.canv
        self.shaped.draw()


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
    rows = [row(ctx, e, i, styles[e.level], toc.add("TOCI")) for i, e in enumerate(listed)]
    return [heading, *rows, PageBreak()]


class Row(TaggedParagraph):
    """An entry: its text, then (see `EntryEnd`) its leader and page number, read in that order."""

    def __init__(self, text: str, style, node, index: int, frags: list | None = None):
        super().__init__(text, style, node, frags=frags)
        self.index = index

    def draw(self):
        super().draw()
        self.canv.getNamedCB(CALLBACK).finish(self.canv, self.index)


def row(ctx: Context, entry: Entry, index: int, style, node):
    """An entry (a TOCI `node`): its label linked to its heading, then (where the label ends) the
    leader and page number; a label in a complex script shaped, the row still read left to
    right."""
    if not has_complex(entry.label):
        label = markup(entry.label, ctx.theme)
        text = cleanBlockQuotedText(entry_markup(label, entry.key, CALLBACK, index))
        return Row(text, style, node, index,
                   entry_frags(text, entry.key, CALLBACK, index, style))  # (None: parsed)
    from builder.report.shaped import TaggedShapedParagraph

    def end(canv, x: float, y: float) -> None:
        canv.getNamedCB(CALLBACK).at(canv, index, x, y, whole_row=True)
    return TaggedShapedParagraph(entry.label, style, ctx.measurer.shaper, node=node,
                                 align_start=False, on_end=end)


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
        """The leader and page number of entry `index`, after its text (read in that order)."""
        self.at(canv, index, *self.ends[index])

    def at(self, canv, index: int, x: float, y: float, whole_row: bool = False) -> None:
        """The leader from `x`, the page number and its link (over the whole row when the label
        has no link of its own) on the baseline `y`."""
        entry = self.listed[index]
        column = self.right - self.ctx.page.space.contents_number_width
        with artifact(canv, "Layout"):
            self.leader(canv, entry.level, x, y, column)
        forms.place(canv, number_form(index), self.right, y)
        canv.linkRect("", entry.key, (0 if whole_row else column, y - LINK_DESCENT, self.right,
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
