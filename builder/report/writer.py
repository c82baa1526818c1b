"""Write the report (PDF) with reportlab's platypus, in the theme's type and palette.

Every outline text is escaped before it reaches reportlab's paragraph markup, so what the user
wrote is what the reader sees. Line breaking uses the same TrueType metrics layout measures with.
"""
from __future__ import annotations

import io
from functools import cached_property

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                FrameBreak, ListFlowable, ListItem, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from builder import wording
from builder.outline import model
from builder.theme.fonts import FontSet
from builder.measure import Measurer, column_widths
from builder.xmltext import escape, quoteattr
from builder.theme import Role, Theme


def text(value: str) -> str:
    """Outline text as reportlab paragraph markup that shows exactly that text."""
    return escape(value).replace('"', "&quot;").replace("\n", "<br/>")


class Styles:
    """ParagraphStyles made from the theme's page roles."""

    def __init__(self, theme: Theme, fonts: FontSet):
        self.theme, self.fonts = theme, fonts
        self._cache: dict[str, ParagraphStyle] = {}

    def color(self, name: str):
        return HexColor("#" + self.theme.color(name))

    def __getattr__(self, name: str) -> ParagraphStyle:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._cache:
            role: Role = getattr(self.theme.page, name)
            self._cache[name] = ParagraphStyle(
                name, fontName=self.fonts.face(role.bold, role.italic), fontSize=role.size,
                leading=round(role.size * role.leading, 2), textColor=self.color(role.color),
                spaceBefore=role.space_before, splitLongWords=1, allowWidows=0, allowOrphans=0)
        return self._cache[name]

    def derive(self, base: str, **kw) -> ParagraphStyle:
        key = base + repr(sorted(kw.items()))
        if key not in self._cache:
            self._cache[key] = ParagraphStyle(key, parent=getattr(self, base), **kw)
        return self._cache[key]


class Heading(Paragraph):
    """A numbered heading that becomes a PDF bookmark, and the page its contents entry shows,
    where it lands."""

    def __init__(self, label: str, level: int, key: str, style):
        super().__init__(text(label), style)
        self.label, self.level, self.key = label, level, key


class ReportTemplate(BaseDocTemplate):
    def __init__(self, buffer, report: "ReportWriter", **kw):
        super().__init__(buffer, **kw)
        self.report = report

    def afterPage(self) -> None:
        self.report.decorate(self.canv)

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Heading):
            canv = self.canv
            canv.bookmarkPage(flowable.key)
            canv.addOutlineEntry(flowable.label, flowable.key, level=flowable.level, closed=False)
            self.report.heading_pages[flowable.key] = self.page

    def _endBuild(self):
        """The document is laid out: fill in the numbers that were left as forms (the page
        count in every footer, the page of every contents entry)."""
        self._doSave = 0  # lay out the last page, fill the forms, then save
        super()._endBuild()
        self.report.fill_numbers(self.canv, self.page)
        self.report.tag_figures(self.canv)
        self.canv.save()


class Picture(Flowable):
    """An image scaled to its box, marked as a Figure whose /Alt is the alternative text (see
    `ReportWriter.tag_figures`); the text is also laid over the picture as invisible text, for
    search and copy-and-paste."""

    def __init__(self, path: str, width: float, height: float, alt: str, font: str, report):
        super().__init__()
        self.path, self.width, self.height, self.alt, self.font = path, width, height, alt, font
        self.report = report

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        mcid = self.report.figure(canv.getPageNumber(), self.alt)
        canv._code.append(f"/Figure <</MCID {mcid}>> BDC")  # marked content for the structure
        canv.drawImage(self.path, 0, 0, self.width, self.height, preserveAspectRatio=True)
        label = canv.beginText(2, self.height - 10)
        label.setTextRenderMode(3)  # invisible
        label.setFont(self.font, 8)
        label.textLine(self.alt)
        canv.drawText(label)
        canv._code.append("EMC")


class Timeline(Flowable):
    """The outline's timeline as in the deck: a rule, a dot per event, the date above, the event
    below; rows of at most six events."""

    PER_ROW = 6

    def __init__(self, tl: model.Timeline, styles: Styles, theme: Theme):
        super().__init__()
        self.tl, self.styles, self.theme = tl, styles, theme
        self.rows: list = []

    def _cells(self, width: float):
        rows = []
        events = self.tl.events
        for start in range(0, len(events), self.PER_ROW):
            group = events[start:start + self.PER_ROW]
            col = width / len(group)
            cells = []
            for e in group:
                when = Paragraph(text(e.when), self.styles.derive("timeline_when", alignment=TA_CENTER))
                what = Paragraph(text(e.what), self.styles.derive("timeline_what", alignment=TA_CENTER))
                detail = (Paragraph(text(e.detail), self.styles.derive("timeline_detail", alignment=TA_CENTER))
                          if e.detail else None)
                hw = when.wrap(col - 6, 1e6)[1]
                hb = what.wrap(col - 6, 1e6)[1] + (detail.wrap(col - 6, 1e6)[1] + 2 if detail else 0)
                cells.append((when, what, detail, hw, hb))
            above = max(c[3] for c in cells)
            what_h = max(c[1].wrap(col - 6, 1e6)[1] for c in cells)
            below = what_h + max((c[2].wrap(col - 6, 1e6)[1] + 2 if c[2] else 0) for c in cells)
            rows.append((col, cells, above, below, what_h))
        return rows

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.rows = self._cells(availWidth)
        self.height = sum(row[2] + row[3] + 34 for row in self.rows)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for col, cells, above, below, what_h in self.rows:
            line_y = y - above - 12
            canv.setFillColor(self.styles.color("rule"))
            canv.rect(0, line_y - 1.2, self.width, 2.4, stroke=0, fill=1)
            for i, (when, what, detail, hw, hb) in enumerate(cells):
                x = i * col + 3
                when.drawOn(canv, x, line_y + 8)
                canv.setFillColor(self.styles.color("accent"))
                canv.circle(i * col + col / 2, line_y, 5, stroke=0, fill=1)
                hwhat = what.wrap(col - 6, 1e6)[1]
                what.drawOn(canv, x, line_y - 10 - hwhat)
                if detail:
                    hd = detail.wrap(col - 6, 1e6)[1]
                    detail.drawOn(canv, x, line_y - 12 - what_h - hd)  # details aligned
            y -= above + below + 34


class ReportWriter:
    def __init__(self, outline: model.Outline, theme: Theme, fonts: FontSet):
        self.o, self.theme, self.fonts = outline, theme, fonts
        self.s = Styles(theme, fonts)
        self.page = theme.page
        self.size = theme.page.sizes[outline.page_size]
        w, h = self.size
        band = h * 0.5  # the cover's title band, as on the title slide
        self.cover_frame = (theme.page.margin_x, h - band + 44, w - 2 * theme.page.margin_x,
                            band - 110)
        self.heading_pages: dict[str, int] = {}  # heading key -> page, as the build places them
        self.figures: list[tuple[int, int, str]] = []  # (page, marked-content id, alt text)

    # --- page furniture ----------------------------------------------------------------------

    def decorate(self, canv) -> None:
        """Running header and footer on every page but the cover; the marking on every page."""
        w, h = self.size
        p, o = self.page, self.o
        number = canv.getPageNumber()
        if o.marking:  # on the cover's band, in the band's text colour
            self.line(canv, o.marking, p.marking_on_primary if number == 1 else p.marking,
                      w / 2, h - 26, "center")
            self.line(canv, o.marking, p.marking, w / 2, 16, "center")
        if number == 1:
            return
        self.line(canv, o.footer_title, p.header, p.margin_x, h - 44, "left")
        canv.setStrokeColor(self.s.color("rule"))
        canv.setLineWidth(0.6)
        canv.line(p.margin_x, h - 50, w - p.margin_x, h - 50)
        canv.line(p.margin_x, 40, w - p.margin_x, 40)
        canv.saveState()  # "Page X of Y": Y is known when the build ends (see fill_numbers)
        canv.translate(w - p.margin_x, 30)
        canv.doForm(f"page-number-{number}")
        canv.restoreState()

    def fill_numbers(self, canv, total: int) -> None:
        role = self.page.header
        for number in range(2, total + 1):
            self.number_form(canv, f"page-number-{number}", f"Page {number} of {total}", role)
        for i, (_, _, key) in enumerate(self.headings):
            self.number_form(canv, f"contents-{i}", str(self.heading_pages.get(key, "")), self.page.toc)

    def figure(self, page: int, alt: str) -> int:
        """Record a picture drawn on `page`; its marked-content id on that page."""
        mcid = sum(1 for p, _, _ in self.figures if p == page)
        self.figures.append((page, mcid, alt))
        return mcid

    def tag_figures(self, canv) -> None:
        """A structure tree in which each picture is a Figure with its /Alt text: what PDF
        readers and screen readers take as an image's alternate text (reportlab writes no
        structure of its own, so this is a tagged PDF for the figures only)."""
        if not self.figures:
            return
        from reportlab.pdfbase.pdfdoc import (PDFArray, PDFDictionary, PDFName,
                                              PDFObjectReference, PDFPage, PDFString)

        if "StructParents" not in PDFPage.__NoDefault__:  # reportlab has no slot for it
            PDFPage.__NoDefault__.append("StructParents")
        doc = canv._doc
        pages: dict[int, list] = {}
        elements = []
        for page, mcid, alt in self.figures:
            name = f"StructFigure{page}.{mcid}"
            doc.Reference(PDFDictionary({
                "Type": PDFName("StructElem"), "S": PDFName("Figure"),
                "P": PDFObjectReference("StructDocument"), "Pg": PDFObjectReference(f"Page{page}"),
                "K": mcid, "Alt": PDFString(alt)}), name)
            pages.setdefault(page, []).append(PDFObjectReference(name))
            elements.append(PDFObjectReference(name))
        nums = []
        for index, (page, refs) in enumerate(sorted(pages.items())):
            doc.Pages.pages[page - 1].StructParents = index
            nums += [index, PDFArray(refs)]
        doc.Reference(PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName("Document"),
                                     "P": PDFObjectReference("StructTreeRoot"),
                                     "K": PDFArray(elements)}), "StructDocument")
        doc.Reference(PDFDictionary({"Type": PDFName("StructTreeRoot"),
                                     "K": PDFObjectReference("StructDocument"),
                                     "ParentTree": PDFDictionary({"Nums": PDFArray(nums)}),
                                     "ParentTreeNextKey": len(pages)}), "StructTreeRoot")
        doc.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
        doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})

    def number_form(self, canv, name: str, value: str, role: Role) -> None:
        """A form holding `value` right-aligned at its origin."""
        face = self.fonts.face(role.bold, role.italic)
        width = canv.stringWidth(value, face, role.size)
        canv.beginForm(name, lowerx=-width - 2, lowery=-role.size, upperx=1, uppery=role.size * 1.5)
        canv.setFont(face, role.size)
        canv.setFillColor(self.s.color(role.color))
        canv.drawRightString(0, 0, value)
        canv.endForm()

    def line(self, canv, value: str, role: Role, x: float, y: float, align: str) -> None:
        canv.setFont(self.fonts.face(role.bold, role.italic), role.size)
        canv.setFillColor(self.s.color(role.color))
        {"left": canv.drawString, "center": canv.drawCentredString,
         "right": canv.drawRightString}[align](x, y, value)

    def cover_background(self, canv, doc) -> None:
        w, h = self.size
        band = h * 0.5
        canv.saveState()
        canv.setFillColor(self.s.color("primary"))
        canv.rect(0, h - band, w, band, stroke=0, fill=1)
        canv.setFillColor(self.s.color("accent"))
        canv.rect(self.page.margin_x, h - band + 28, 90, 5, stroke=0, fill=1)
        canv.restoreState()

    # --- document ----------------------------------------------------------------------------

    def templates(self):
        w, h = self.size
        p = self.page
        band = h * 0.5
        cover = PageTemplate("cover", [
            Frame(*self.cover_frame, id="cover-title"),
            Frame(p.margin_x, p.margin_bottom, w - 2 * p.margin_x, h - band - p.margin_bottom - 20,
                  id="cover-meta"),
        ], onPage=self.cover_background)
        body = PageTemplate("body", [Frame(p.margin_x, p.margin_bottom, w - 2 * p.margin_x,
                                           h - p.margin_top - p.margin_bottom, id="body")])
        return [cover, body]

    def story(self) -> list:
        o, s = self.o, self.s
        cover = [Paragraph(text(o.title), s.cover_title)]
        if o.subtitle:
            cover += [Spacer(1, 8), Paragraph(text(o.subtitle), s.cover_subtitle)]
        width, height = self.cover_frame[2], self.cover_frame[3]
        used = sum(f.wrap(width - 12, height)[1] for f in cover)
        story: list = [Spacer(1, max(0.0, height - used - 14)), *cover, FrameBreak()]
        story += [Paragraph(text(v), s.cover_meta) for v in (o.author, o.organisation, o.date) if v]
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story += self.judgments()
        if o.introduction:
            story += [Paragraph(text(p.strip()), s.body) for p in o.introduction.split("\n\n") if p.strip()]
        for section in o.sections:
            story += self.section(section, 0)
        story += self.sources()
        return story

    def judgments(self) -> list:
        s = self.s
        items = [ListItem(Paragraph(text(k), s.bullet), value=i)
                 for i, k in enumerate(self.o.key_judgments, 1)]
        return [Heading("Key judgments", 0, "key-judgments", s.h1),
                self.panel([self.bullet_list(items, numbered=True)])]

    def panel(self, content: list, bar: str = "accent") -> Table:
        """Content on the theme's surface with an accent bar at its left, as on the slides."""
        table = Table([["", content]], colWidths=[self.theme.accent_bar, None], splitInRow=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), self.s.color(bar)),
            ("BACKGROUND", (1, 0), (1, 0), self.s.color("surface")),
            ("LEFTPADDING", (1, 0), (1, 0), 12), ("RIGHTPADDING", (1, 0), (1, 0), 12),
            ("TOPPADDING", (1, 0), (1, 0), 8), ("BOTTOMPADDING", (1, 0), (1, 0), 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("TEXTCOLOR", (0, 0), (-1, -1), self.s.color("ink")),
        ]))
        return table

    # --- rich blocks -------------------------------------------------------------------------

    def frame_width(self) -> float:
        return self.size[0] - 2 * self.page.margin_x

    def chart(self, chart: model.Chart) -> list:
        from builder.report.chart import chart_drawing

        s = self.s
        parts = [Paragraph(text(chart.title), s.caption)] if chart.title else []
        parts.append(chart_drawing(chart, self.theme, self.fonts, self.frame_width()))
        if chart.source:
            parts.append(Paragraph(text(f"Source: {chart.source}"), s.figure_caption))
        return [KeepTogether(parts)]

    def image(self, image: model.Image) -> list:
        s = self.s
        width = self.frame_width()
        height = width * image.height_px / image.width_px
        limit = self.size[1] * 0.45
        if height > limit:  # scaled to fit, keeping the aspect ratio
            width, height = width * limit / height, limit
        parts = [Picture(image.path, width, height, image.alt, self.fonts.regular, self)]
        text_parts = [t for t in (image.caption, image.credit and f"Credit: {image.credit}") if t]
        if text_parts:
            parts.append(Paragraph(text(" \u2014 ".join(text_parts)), s.figure_caption))
        return [KeepTogether(parts)]

    def comparison(self, cmp: model.Comparison) -> list:
        s = self.s
        half = (self.frame_width() - 16) / 2
        heads = [Paragraph(text(c.title), s.column_title) for c in (cmp.left, cmp.right)]
        lists = [self.bullets(c.bullets) for c in (cmp.left, cmp.right)]
        table = Table([heads, lists], colWidths=[half, half], spaceBefore=4, repeatRows=1,
                      splitInRow=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.5, s.color("accent")),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("TEXTCOLOR", (0, 0), (-1, -1), s.color("ink")),
        ]))
        caption = [Paragraph(text(cmp.title), s.caption)] if cmp.title else []
        return [*caption, table]

    def callout(self, c: model.Callout) -> list:
        s = self.s
        content = [Paragraph(text(wording.callout_label(c)), s.callout_label)]
        if c.title:
            content.append(Paragraph(text(c.title), s.callout_title))
        content.append(Paragraph(text(c.text), s.callout_text))
        return [self.panel(content, bar="marking" if c.kind == "warning" else "accent")]

    NUMBER_WIDTH = 30  # the contents' page-number column

    def contents(self) -> list:
        """The table of contents in one pass: its entries are known from the outline, and each
        page number is a form filled in when the build ends. Entries link to their headings."""
        s = self.s
        styles = [s.derive("toc", rightIndent=self.NUMBER_WIDTH),
                  s.derive("toc_sub", leftIndent=18, rightIndent=self.NUMBER_WIDTH)]
        width = self.frame_width() - 12  # a frame pads its content by 6 pt on each side
        numbers = self

        def entry_end(canv, kind, label):
            i = int(label)
            level, _, key = numbers.headings[i]
            style = styles[level]
            x, y = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]
            dot = " . "
            dot_w = canv.stringWidth(dot, style.fontName, style.fontSize)
            count = max(0, int((width - numbers.NUMBER_WIDTH - x) / dot_w))
            dots = canv.beginText(width - numbers.NUMBER_WIDTH - count * dot_w, y)
            dots.setFont(style.fontName, style.fontSize)
            dots.setFillColor(style.textColor)
            dots.textOut(dot * count)
            canv.drawText(dots)
            canv.saveState()
            canv.translate(width, y)
            canv.doForm(f"contents-{i}")
            canv.restoreState()
            canv.linkRect("", key, (width - numbers.NUMBER_WIDTH, y - 2, width, y + style.leading),
                          relative=1)

        self.entry_end = entry_end
        entries = [Paragraph(f'<a href="#{key}">{text(label)}</a>'
                             f'<onDraw name="contentsEntry" label="{i}"/>', styles[level])
                   for i, (level, label, key) in enumerate(self.headings)]
        return [Heading("Contents", 0, "contents", s.h1), *entries, PageBreak()]

    @cached_property
    def headings(self) -> list[tuple[int, str, str]]:
        """(level, label, key) of every heading the contents lists, in order (computed once:
        the contents' draw callback and the final page numbers both read it)."""
        out = [(0, "Key judgments", "key-judgments")]
        for section in self.o.sections:
            out.append((0, f"{section.number}  {section.title}", f"section-{section.number}"))
            out += [(1, f"{sub.number}  {sub.title}", f"section-{sub.number}")
                    for sub in section.subsections]
        if self.o.sources:
            out.append((0, "Sources", "sources"))
        return out

    def section(self, sec: model.Section, level: int) -> list:
        s = self.s
        style = s.h1 if level == 0 else s.h2
        label = f"{sec.number}  {sec.title}"
        head = [CondPageBreak(120), Heading(label, level, f"section-{sec.number}", style)]
        first = []
        if sec.takeaway:
            first.append(Paragraph(text(sec.takeaway), s.takeaway))
        body = [Paragraph(text(p), s.body) for p in sec.paragraphs]
        if first or body:  # a heading never stands alone at the foot of a page
            head = [head[0], KeepTogether([head[1], *(first or body[:1])])]
            body = body if first else body[1:]
        out = head + body
        if sec.bullets:
            out.append(self.bullets(sec.bullets))
        for block in sec.blocks:
            if model.shown_in(block, "report"):
                out += self.block(block)
        for sub in sec.subsections:
            out += self.section(sub, 1)
        return out

    def block(self, block) -> list:
        stories = {
            model.Quote: lambda q: [Spacer(1, 8), self.quote(q)],
            model.Timeline: lambda tl: [KeepTogether([Paragraph(text(tl.title), self.s.caption),
                                                      Spacer(1, 4), Timeline(tl, self.s, self.theme)])],
            model.Table: self.table,
        }
        if type(block) in stories:
            return stories[type(block)](block)
        return [Spacer(1, 8), *getattr(self, type(block).__name__.lower())(block)]

    def bullets(self, items) -> ListFlowable:
        s = self.s
        return self.bullet_list([ListItem(Paragraph(text(b), s.bullet)) for b in items],
                                spaceBefore=6)

    def bullet_list(self, items: list, numbered: bool = False, **kw) -> ListFlowable:
        """A list marked as on the slides: accent bullets, or '1.' numbers, at the text's size."""
        s = self.s
        marks = ({"bulletType": "1", "bulletFormat": "%s.", "leftIndent": 18} if numbered else
                 {"bulletType": "bullet", "start": "\u2022", "leftIndent": 14})
        return ListFlowable(items, bulletColor=s.color("accent"), bulletFontName=self.fonts.regular,
                            bulletFontSize=s.bullet.fontSize, **marks, **kw)

    def quote(self, q: model.Quote):
        s = self.s
        words, who = wording.quote_words(q), wording.attribution(q)
        return self.panel([Paragraph(text(words), s.quote), Spacer(1, 4),
                           Paragraph(text(who), s.attribution)])

    def table(self, tb: model.Table) -> list:
        s = self.s
        align = [{"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[a] for a in tb.align] \
            or [TA_LEFT] * len(tb.columns)

        def style(role: str, column: int, bold: bool = False):
            return s.derive(role, alignment=align[column],
                            **({"fontName": self.fonts.bold} if bold else {}))
        head = [Paragraph(text(c), style("table_header", i)) for i, c in enumerate(tb.columns)]
        rows = [[Paragraph(text(c), style("table_cell", i, tb.first_column and i == 0))
                 for i, c in enumerate(r)] for r in tb.rows]
        width = self.size[0] - 2 * self.page.margin_x
        widths = self.column_widths(tb, width)
        table = Table([head, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
        style = [("BACKGROUND", (0, 0), (-1, 0), s.color("primary")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                 ("TEXTCOLOR", (0, 0), (-1, -1), s.color("ink")),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.5, s.color("rule")),
                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
        style += [("BACKGROUND", (0, r), (-1, r), s.color("zebra"))
                  for r in range(2, len(rows) + 1, 2)]
        table.setStyle(TableStyle(style))
        if not tb.title:
            return [table]
        # the caption is not left at the foot of a page; the table itself may split
        return [CondPageBreak(90), Paragraph(text(tb.title), s.derive("caption", spaceAfter=4)),
                table]

    def column_widths(self, tb: model.Table, width: float) -> list[float]:
        """Shared by measured content, as the deck does (or as the outline says)."""
        cell = self.page.table_cell
        columns = [[(t, cell.size, cell.bold) for t in (tb.columns[c], *(r[c] for r in tb.rows))]
                   for c in range(len(tb.columns))]
        return column_widths(columns, width, Measurer(self.fonts).width, 14, tb.widths)

    def sources(self) -> list:
        if not self.o.sources:
            return []
        s = self.s
        items = []
        for src in self.o.sources:
            bits = [text(src.title)] + [text(b) for b in (src.publisher, src.date) if b]
            line = ". ".join(bits) + "."
            if src.note:
                line += " " + text(src.note)
            if src.url:
                line += (f' <a href={quoteattr(src.url)} color="#{self.theme.color(self.page.link)}">'
                         f"<u>{text(src.url)}</u></a>")
            items.append(ListItem(Paragraph(line, s.bullet)))
        return [CondPageBreak(120), Heading("Sources", 0, "sources", s.h1), self.bullet_list(items)]

    def write(self) -> bytes:
        rl_config.invariant = 1
        buffer = io.BytesIO()
        o = self.o
        doc = ReportTemplate(buffer, self, pagesize=self.size, title=o.title,
                             author=o.author or o.organisation, subject=o.subtitle,
                             creator="briefing", producer="briefing", lang=o.language,
                             invariant=1, displayDocTitle=1, initialFontName=self.fonts.regular,
                             initialFontSize=self.page.body.size,
                             leftMargin=self.page.margin_x, rightMargin=self.page.margin_x,
                             topMargin=self.page.margin_top, bottomMargin=self.page.margin_bottom)
        doc.addPageTemplates(self.templates())
        story = self.story()
        doc.build(story, canvasmaker=self.canvas_maker())
        return buffer.getvalue()

    def canvas_maker(self):
        """A canvas that knows the contents' callback for drawing entry ends."""
        report = self

        class ReportCanvas(pdfcanvas.Canvas):
            def __init__(self, *args, **kw):
                super().__init__(*args, **kw)
                self.setNamedCB("contentsEntry", report.entry_end)

        return ReportCanvas


def write_pdf(outline: model.Outline, theme: Theme, fonts: FontSet) -> bytes:
    return ReportWriter(outline, theme, fonts).write()
