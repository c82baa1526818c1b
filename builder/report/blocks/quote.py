"""A quotation in a panel: the words in their marks, then who said it."""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from builder import wording
from builder.outline import model
from builder.report.context import Context
from builder.report.panel import panel


def flowables(q: model.Quote, ctx: Context) -> list[Flowable]:
    quote = ctx.record.tree.add("BlockQuote")  # the words and who said them
    words = ctx.paragraph(wording.quote_words(q), "quote", node=quote.add("P"))
    who = ctx.paragraph(wording.attribution(q), "attribution", node=quote.add("P"))
    # kept on one page (unless taller than a page): the words never part from their speaker
    return [Spacer(1, ctx.page.space.block_gap),
            KeepTogether([panel(ctx, [words, Spacer(1, ctx.page.space.attribution_gap), who])])]
