"""The report as a PDF: reportlab's document template, told where headings land and what to
finish when the layout is done, and `write_pdf`, the stage's one entry point."""
from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.platypus import BaseDocTemplate

from builder.outline import model
from builder.report import contents, furniture, pages, syntax
from builder.report.context import Context
from builder.report.story import story
from builder.report.tagging.canvas import TaggingCanvas
from builder.report.tagging.write import Metadata, write_structure
from builder.theme import Theme
from builder.theme.fonts import FontSet


class ReportTemplate(BaseDocTemplate):
    """Decorates each page, records where each heading lands, and at the end fills in what was
    left as forms (page numbers) and writes the structure tree."""

    def __init__(self, buffer, ctx: Context, listed: tuple[contents.Entry, ...], **kw):
        super().__init__(buffer, **kw)
        self.ctx, self.listed = ctx, listed

    def afterPage(self) -> None:
        furniture.decorate(self.canv, self.ctx)

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, contents.Heading):
            contents.placed(self.canv, flowable, self.page, self.ctx)

    def _endBuild(self):
        self._doSave = 0  # lay out the last page, fill the forms, then save
        super()._endBuild()
        furniture.fill_page_numbers(self.canv, self.ctx, self.page)
        contents.fill_numbers(self.canv, self.ctx, self.listed)
        record, o = self.ctx.record, self.ctx.outline
        write_structure(self.canv, record.tree, self.canv.marks, record.describe,
                        Metadata(o.title, o.author or o.organisation, o.language, o.subtitle),
                        record.citations)
        self.canv.save()


def write_pdf(outline: model.Outline, theme: Theme, fonts: FontSet) -> bytes:
    """The outline as a PDF report in the theme."""
    rl_config.invariant = 1
    ctx = Context.of(outline, theme, fonts)
    listed = contents.entries(outline)
    buffer = io.BytesIO()
    doc = ReportTemplate(buffer, ctx, listed, **document_info(ctx))
    doc.addPageTemplates(pages.templates(ctx))
    doc.build(story(ctx, listed), canvasmaker=canvas_maker(contents.EntryEnd(ctx, listed)))
    return buffer.getvalue()


def document_info(ctx: Context) -> dict:
    """The document's metadata, page size, margins and initial font."""
    o, p = ctx.outline, ctx.page
    return dict(pagesize=ctx.size, title=o.title, author=o.author or o.organisation,
                subject=o.subtitle, creator="briefing", producer="briefing", lang=o.language,
                invariant=1, displayDocTitle=1, initialFontName=ctx.fonts.regular,
                initialFontSize=p.body.size, leftMargin=p.margin_x, rightMargin=p.margin_x,
                topMargin=p.margin_top, bottomMargin=p.margin_bottom)


def canvas_maker(entry_end: contents.EntryEnd) -> type[TaggingCanvas]:
    """A tagging canvas that knows the contents' callback for drawing entry ends."""

    class ReportCanvas(TaggingCanvas):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self.setNamedCB(contents.CALLBACK, entry_end)
            syntax.written_directly(self._doc)

        def showPage(self):  # pages and forms by the thousand: written directly (see syntax)
            super().showPage()
            syntax.written_directly(self._doc.Pages.pages[-1])

        def endForm(self, **extra):
            name = self._formData[0]
            super().endForm(**extra)
            syntax.written_directly(self._doc.idToObject[xObjectName(name)])

    return ReportCanvas
