"""The report's story, in reading order: the cover, the contents (not in an audience's short
cut), the key judgments, the introduction, the sections with their blocks, each part followed by
its notes (the sources it cites), and the sources."""
from __future__ import annotations

from reportlab.platypus import (CondPageBreak, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, Spacer)

from builder import wording
from builder.outline import model
from builder.outline.text import Run, Text
from builder.report import blocks, pages
from builder.report.contents import KEY_JUDGMENTS, SOURCES, Entry, Heading, contents, section_entry
from builder.report.context import Context
from builder.report.lists import bullet_list, bullets, item
from builder.report.notes import with_notes
from builder.report.panel import panel
from builder.report.tagging.flowables import list_item


def story(ctx: Context, listed: tuple[Entry, ...]) -> list:
    o = ctx.outline
    out = [*cover(ctx), NextPageTemplate("body"), PageBreak()]  # (made in reading order: tags)
    out += contents(ctx, listed) if not o.variant else []  # an audience's cut is short
    out += with_notes(ctx, "judgments", lambda: judgments(ctx), "the key judgments")
    out += with_notes(ctx, "introduction",
                      lambda: [ctx.paragraph(p, "body") for p in paragraphs(o.introduction)],
                      "the introduction")
    for section in o.sections:
        out += with_notes(ctx, f"section-{section.number}",
                          lambda section=section: section_story(ctx, section, 0),
                          wording.section_part(section.number))
    return out + sources(ctx)


def cover(ctx: Context) -> list:
    """The title (and subtitle) at the foot of the band, then who wrote it and when."""
    o, p = ctx.outline, ctx.page
    title = [ctx.paragraph(o.title, "cover_title", node="H1")]
    if o.subtitle:
        title += [Spacer(1, p.space.cover_subtitle_gap), ctx.paragraph(o.subtitle, "cover_subtitle")]
    _, _, width, height = pages.cover_title_box(ctx)
    padding = 2 * p.space.frame_padding
    used = sum(f.wrap(width - padding, height)[1] for f in title)
    free = max(0.0, height - used - (padding + p.space.cover_title_slack))
    meta = [ctx.paragraph(v, "cover_meta") for v in (o.author, o.organisation, o.date) if v]
    return [Spacer(1, free), *title, FrameBreak(), *meta]


def judgments(ctx: Context) -> list:
    heading = Heading(KEY_JUDGMENTS, ctx)
    tree = ctx.record.tree.add("L")
    items = [item(ctx, wording.judgment(k), i, node=list_item(tree))
             for i, k in enumerate(ctx.outline.key_judgments, 1)]
    return [heading, panel(ctx, [bullet_list(ctx, items, numbered=True)])]


def paragraphs(value: str) -> tuple[str, ...]:
    """A text's paragraphs (separated by a blank line), each with its own runs."""
    return (value if isinstance(value, Text) else Text(value)).paragraphs()


def section_story(ctx: Context, section: model.Section, level: int) -> list:
    """A section's heading, takeaway, summary, bullets and blocks, then its subsections."""
    out = heading_and_opening(ctx, section, level)
    if section.bullets:
        out.append(bullets(ctx, section.bullets))
    for block in section.blocks:
        if model.shown_in(block, "report"):
            out += blocks.flowables(block, ctx)
    for sub in section.subsections:
        out += section_story(ctx, sub, 1)
    return out


def heading_and_opening(ctx: Context, section: model.Section, level: int) -> list:
    """The heading kept with what follows it, so it never stands alone at the foot of a page."""
    heading = Heading(section_entry(section, level), ctx)
    first = [ctx.paragraph(section.takeaway, "takeaway")] if section.takeaway else []
    body = [ctx.paragraph(p, "body") for p in section.paragraphs]
    keep = CondPageBreak(ctx.page.space.heading_keep)
    if not (first or body):
        return [keep, heading]
    if first:
        return [keep, KeepTogether([heading, *first]), *body]
    return [keep, KeepTogether([heading, body[0]]), *body[1:]]


def sources(ctx: Context) -> list:
    if not ctx.outline.sources:
        return []
    heading = Heading(SOURCES, ctx)
    tree = ctx.record.tree.add("L")
    items = [item(ctx, source_text(s, n), anchor=f"source-{n}" if n else "", node=list_item(tree))
             for n, s in wording.sources_in_order(ctx.outline)]
    return [CondPageBreak(ctx.page.space.heading_keep), heading, bullet_list(ctx, items)]


def source_text(source: model.Source, number: int = 0) -> str:
    """The source's entry as wording words it (an anchor citations link to), then its address
    as a link."""
    entry = wording.source_entry(source, number)
    if not source.url:
        return entry
    return Text.of_runs((Run(entry + " "), Run(source.url, link=source.url)))
