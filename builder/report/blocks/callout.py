"""A callout in a panel: its label, its title if it has one, its text. A warning's bar takes the
marking's colour."""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from builder import wording
from builder.outline import model
from builder.report.context import Context
from builder.report.panel import panel


def flowables(c: model.Callout, ctx: Context) -> list[Flowable]:
    box = ctx.record.tree.add("Div")  # the label, title and text read together
    content = [ctx.paragraph(wording.callout_label(c), "callout_label", node=box.add("P"))]
    if c.title:
        content.append(ctx.paragraph(c.title, "callout_title", node=box.add("P")))
    content.append(ctx.paragraph(c.text, "callout_text", node=box.add("P")))
    bar = "marking" if c.kind == "warning" else "accent"
    # kept on one page (unless taller than a page): a label never parts from its text
    return [Spacer(1, ctx.page.space.block_gap), KeepTogether([panel(ctx, content, bar=bar)])]
