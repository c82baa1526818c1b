"""Layout of the deck: decides every box, size, line count and split, with measured text.

Pure: the model and theme in, a `DeckPlan` out (points), plus warnings and errors in `diags`.
Fitting rules per text box, in order: the theme's size; else shrink in the theme's steps down
to the role's floor; else split (bullets, quotes, timelines and tables continue on further
slides, "(cont. 2/3)" in the title); a title that cannot fit at its floor is an error.
"""
from __future__ import annotations

from dataclasses import replace

from builder import wording
from builder.outline import model
from builder.diagnostics import Collector, Loc
from builder.measure import Measurer, column_widths
from builder.layout.plan import Box, Cell, DeckPlan, Para, Shape, SlidePlan, TableBox
from builder.theme import Role, Theme

MEASURE_SLACK = 0.98  # measure at 98 % of the width: renderers round glyph advances differently


class DeckLayout:
    def __init__(self, outline: model.Outline, theme: Theme, measurer: Measurer, diags: Collector):
        self.outline = outline
        self.theme = theme
        self.t = theme.slide
        self.m = measurer
        self.diags = diags
        self.x = self.t.margin
        self.w = self.t.width - 2 * self.t.margin
        has_marking = bool(outline.marking)
        self.top = self.t.top if has_marking else self.t.top - 12
        self.bottom = self.t.height - self.t.footer_height - (self.t.marking_height + 8 if has_marking else 10)
        self.name = outline.loc.file if outline.loc else "outline"

    # --- measuring ------------------------------------------------------------------------

    def role(self, name: str) -> Role:
        return getattr(self.t, name)

    def hang(self, size: float) -> float:
        return round(size * 1.1, 1)

    def text_height(self, paras, role: Role, size: float, width: float, indent: bool) -> tuple[float, int]:
        inner = (width - 2 * self.t.inset) * MEASURE_SLACK
        total, count = 0.0, 0
        for i, p in enumerate(paras):
            offset = (self.hang(size) * (p.level + 1)) if indent and (p.bullet or p.level) else 0.0
            bold = role.bold if p.bold is None else p.bold
            n = len(self.m.lines(p.text, inner - offset, size, bold, role.italic))
            count += n
            total += n * size * role.leading
            if i:
                total += role.space_before * size / role.size
        return total + 2 * self.t.inset, count

    def fit(self, paras, role: Role, width: float, height: float, indent: bool = False) -> float | None:
        size = role.size
        while size >= role.floor - 1e-6:
            if self.text_height(paras, role, size, width, indent)[0] <= height + 1e-6:
                return size
            size = round(size - self.t.shrink_step, 2)
        return None

    def box(self, name, x, y, w, h, role_name, paras, size, indent=False, **kw) -> Box:
        role = self.role(role_name)
        _, lines = self.text_height(paras, role, size, w, indent)
        return Box(name, x, y, w, h, role_name, size, tuple(paras), lines,
                   indent=self.hang(size) if indent else 0.0, **kw)

    def fitted(self, name, x, y, w, h, role_name, paras, loc, what, indent=False, tight=False,
               **kw) -> Box | None:
        """A box whose text fits in w × h at the largest size the rules allow, or None (error at
        `loc`). A `tight` box is only as tall as its text, so what follows can sit under it."""
        role = self.role(role_name)
        size = self.fit(paras, role, w, h, indent)
        if size is None:
            self.diags.error(loc or self.loc0(), f"{what} does not fit on a slide even at "
                             f"{role.floor:g} pt; shorten it", "overflow")
            return None
        self.note_shrink(role, size, loc, what)
        if tight:
            h = self.text_height(paras, role, size, w, indent)[0]
        return self.box(name, x, y, w, h, role_name, paras, size, indent, **kw)

    def note_shrink(self, role: Role, size: float, loc, what: str) -> None:
        if size < role.size * self.t.shrink_warning:
            self.diags.warning(loc or self.loc0(), f"{what} shrunk from {role.size:g} pt to "
                               f"{size:g} pt to fit its box", "shrink")

    def loc0(self) -> Loc:
        return self.outline.loc or Loc(self.name, 1, 1)

    # --- common parts -----------------------------------------------------------------------

    def title_box(self, text: str, loc) -> Box | None:
        return self.fitted("title", self.x, self.top, self.w, self.t.title_height, "title",
                           [Para(text)], loc, "the title", placeholder="title", anchor="bottom")

    def kicker(self, text: str) -> Box:
        y = self.top - 25
        return self.fitted("kicker", self.x, y, 170, 24, "section_number", [Para(text)],
                           None, "the section label")

    def content_top(self) -> float:
        return self.top + self.t.title_height + 10

    def slide(self, kind, title, loc, boxes, shapes=(), table=None, notes="", label="") -> SlidePlan:
        head = self.title_box(title, loc)
        parts = [b for b in (head, self.kicker(label) if label else None) if b is not None]
        rule = Shape("rect", self.x, self.top + self.t.title_height + 2, 64, 3, fill="accent")
        return SlidePlan(kind, title, tuple(parts) + tuple(boxes), (rule, *shapes), table, notes,
                         loc=loc)

    # --- bullets with splitting --------------------------------------------------------------

    def flow(self, paras: list[Para], role_name: str, x, y, w, h, loc, what: str,
             indent=True) -> list[Box]:
        """Boxes for `paras`: one if they fit at or above the floor, else as few as fit each."""
        role = self.role(role_name)
        if not paras:
            return []
        size = self.fit(paras, role, w, h, indent)
        if size is not None:
            self.note_shrink(role, size, loc, what)
            return [self.body_box(x, y, w, h, role_name, paras, size, indent)]
        # Split: into as few slides as keep the text readable (not below the warning share of
        # the theme's size); failing that, as few as fit at the floor.
        readable = max(role.floor, round(role.size * self.t.shrink_warning))
        for least in (readable, role.floor):
            # no fewer slides than the text's total height needs at this size
            total = self.text_height(paras, role, least, w, indent)[0]
            for parts in range(max(2, int(total // h)), len(paras) + 1):
                chunks = _chunks(paras, parts)
                sizes = [self.fit(c, role, w, h, indent) for c in chunks]
                if all(s is not None and s >= least for s in sizes):
                    size = min(sizes)
                    self.diags.warning(loc or self.loc0(), f"{len(paras)} {what} split across "
                                       f"{parts} slides", "split")
                    self.note_shrink(role, size, loc, what)
                    return [self.body_box(x, y, w, h, role_name, c, size, indent) for c in chunks]
        for p in paras:  # one paragraph alone does not fit: point at it
            if self.fit([p], role, w, h, indent) is None:
                self.diags.error(getattr(p.text, "loc", None) or loc or self.loc0(),
                                 f"this text does not fit on a slide even at {role.floor:g} pt; "
                                 "shorten it", "overflow")
        return []

    def body_box(self, x, y, w, h, role_name, paras, size, indent) -> Box:
        """A box as tall as its text (at most `h`), so it overlaps nothing below it."""
        used, _ = self.text_height(paras, self.role(role_name), size, w, indent)
        return self.box("body", x, y, w, min(h, used), role_name, paras, size, indent)

    def continued(self, kind, title, loc, bodies_per_slide, notes="", label="", shapes=()):
        """One slide per body list, titled 'Title (cont. 2/3)' after the first."""
        total = len(bodies_per_slide)
        out = []
        for i, boxes in enumerate(bodies_per_slide, 1):
            name = title if i == 1 else f"{title} (cont. {i}/{total})"
            out.append(self.slide(kind, name, loc, boxes, shapes, notes=notes if i == 1 else "",
                                  label=label))
        return out

    # --- slides ----------------------------------------------------------------------------

    def title_slide(self) -> SlidePlan:
        o, t = self.outline, self.t
        band_h = t.height * 0.62
        boxes = []
        title = self.fitted("title", self.x, 70, self.w * 0.86, band_h - 150, "cover_title",
                            [Para(o.title)], o.loc, "the title", placeholder="title", anchor="bottom")
        if title:
            boxes.append(title)
        if o.subtitle:
            sub = self.fitted("subtitle", self.x, band_h - 74, self.w * 0.86, 60, "cover_subtitle",
                              [Para(o.subtitle)], o.loc, "the subtitle", placeholder="subtitle")
            if sub:
                boxes.append(sub)
        meta = [Para(x) for x in (o.author, o.organisation, o.date) if x]
        if meta:
            box = self.fitted("meta", self.x, band_h + 24, self.w * 0.7, self.bottom - band_h - 10,
                              "cover_meta", meta, o.loc, "the author, organisation and date")
            if box:
                boxes.append(box)
        shapes = (Shape("rect", 0, 0, t.width, band_h, fill="primary"),
                  Shape("rect", self.x, band_h - 8, 120, 6, fill="accent"))
        return SlidePlan("title", o.title, tuple(boxes), shapes, loc=o.loc)

    def list_slides(self, kind, title, paras, loc, what, notes="", label="") -> list[SlidePlan]:
        y = self.content_top()
        boxes = self.flow(paras, "body" if kind != "agenda" else "agenda", self.x, y, self.w,
                          self.bottom - y, loc, what)
        return self.continued(kind, title, loc, [[b] for b in boxes], notes, label)

    def panel(self, x, y, w, h) -> tuple[Shape, Shape]:
        """The theme's panel, as in the report: a surface with an accent bar at its left."""
        return (Shape("rect", x, y, w, h, fill="surface"),
                Shape("rect", x, y, self.theme.accent_bar, h, fill="accent"))

    def judgments(self) -> list[SlidePlan]:
        paras = [Para(k, bullet=f"{i}.") for i, k in enumerate(self.outline.key_judgments, 1)]
        y, pad = self.content_top(), 18
        boxes = self.flow(paras, "body", self.x + pad, y + 6, self.w - pad - 8,
                          self.bottom - y - 12, self.outline.loc, "key judgments")
        slides = self.continued("judgments", "Key judgments", self.outline.loc,
                                [[b] for b in boxes])
        out = []
        for slide, box in zip(slides, boxes):
            used, _ = self.text_height(box.paras, self.role("body"), box.size, box.w, True)
            out.append(replace(slide, shapes=slide.shapes + self.panel(self.x, y, self.w,
                                                                       min(box.h, used) + 12)))
        return out

    def agenda(self) -> list[SlidePlan]:
        paras = []
        for s in self.outline.sections:
            paras.append(Para(f"{s.number}   {s.title}", bold=True))
            paras += [Para(f"{c.number}   {c.title}", level=1, color="muted") for c in s.subsections]
        return self.list_slides("agenda", "Agenda", paras, self.outline.loc, "agenda entries")

    def section(self, s: model.Section) -> list[SlidePlan]:
        label = f"SECTION {s.number}"
        out: list[SlidePlan] = []
        y = self.content_top()
        head: list[Box] = []
        takeaway = s.takeaway and self.fitted(
            "takeaway", self.x + 14, y, self.w - 14, 90, "takeaway", [Para(s.takeaway)],
            getattr(s.takeaway, "loc", None) or s.loc, "the takeaway", tight=True)
        if takeaway:
            head.append(takeaway)
            y += takeaway.h + 8
        bullets = [Para(b, bullet="•") for b in s.bullets]
        if not bullets and not s.takeaway:
            bullets = [Para(c.title, bullet="•") for c in s.subsections]
        bar = [Shape("rect", self.x, head[0].y + 4, self.theme.accent_bar, head[0].h - 8,
                     fill="accent")] if head else []
        bodies = self.flow(bullets, "body", self.x, y, self.w, self.bottom - y,
                           getattr(s.bullets[0], "loc", None) if s.bullets else s.loc, "bullets")
        if bodies or head:
            pages = [[*head, b] for b in bodies] or [head]
            # the takeaway heads every continuation slide; the bar sits beside it
            slides = self.continued("section", s.title, s.loc, pages, s.notes, label, shapes=bar)
            out += slides
        elif s.notes:
            out.append(self.slide("section", s.title, s.loc, [], notes=s.notes, label=label))
        for block in s.blocks:
            if model.shown_in(block, "deck"):
                out += self.block(block, s, label)
        for sub in s.subsections:
            out += self.section(sub)
        return out

    def quote(self, s: model.Section, q: model.Quote, label: str) -> list[SlidePlan]:
        text, who = wording.quote_words(q), wording.attribution(q)
        x = self.x + 70
        w = self.w - 100
        y = self.content_top() + 10
        attr_role = self.role("attribution")
        attr_size = self.fit([Para(who)], attr_role, w, 120)
        if attr_size is None:
            self.diags.error(q.loc or s.loc, "the quote's attribution does not fit on a slide; "
                             "shorten the name or role", "overflow")
            return []
        attr_h, _ = self.text_height([Para(who)], attr_role, attr_size, w, False)
        avail = self.bottom - y - attr_h - 34  # room for the panel's padding
        role = self.role("quote")
        size = self.fit([Para(text)], role, w, avail)
        chunks = [text]
        if size is None:  # a long quote continues on further slides
            size = role.floor
            chunks = self.split_words(text, role, size, w, avail)
            self.diags.warning(q.loc or s.loc, f"a long quote split across {len(chunks)} slides",
                               "split")
        self.note_shrink(role, size, q.loc, "the quote")
        pages, panels = [], []
        for chunk in chunks:
            qh, _ = self.text_height([Para(chunk)], role, size, w, False)
            top = y + 12 + max(0.0, (avail - qh) / 2)  # the quote and its speaker centred
            qbox = self.box("quote", x, top, w, qh, "quote", [Para(chunk)], size)
            abox = self.box("attribution", x, top + qh + 6, w, attr_h, "attribution",
                            [Para(who)], attr_size)
            pages.append([qbox, abox])
            panels.append(self.panel(x - 26, top - 12, w + 34, qh + 6 + attr_h + 24))
        slides = self.continued("quote", s.title, q.loc or s.loc, pages, label=label)
        return [replace(sl, shapes=sl.shapes + panel) for sl, panel in zip(slides, panels)]

    def split_words(self, text: str, role: Role, size: float, w: float, h: float) -> list[str]:
        """`text` cut between words (never inside one) into pieces that each fit w × h."""
        chunks, current = [], ""
        for word in text.split(" "):
            candidate = f"{current} {word}" if current else word
            if not current or self.text_height([Para(candidate)], role, size, w, False)[0] <= h:
                current = candidate
            else:
                chunks.append(current)
                current = word
        chunks.append(current)
        return chunks

    def timeline(self, tl: model.Timeline, label: str) -> list[SlidePlan]:
        per_slide = 6
        groups = [tl.events[i:i + per_slide] for i in range(0, len(tl.events), per_slide)]
        if len(groups) > 1:
            self.diags.warning(tl.loc or self.loc0(), f"{len(tl.events)} timeline events split "
                               f"across {len(groups)} slides", "split")
        pages, shape_sets = [], []
        line_y = self.content_top() + 110
        for events in groups:
            n = len(events)
            col = self.w / max(n, 1)
            when = [[Para(e.when)] for e in events]
            what = [[Para(e.what)] for e in events]
            detail = [[Para(e.detail)] for e in events if e.detail]
            sizes = {}
            for role_name, items, h in (("timeline_when", when, 70), ("timeline_what", what, 110),
                                        ("timeline_detail", detail, 120)):
                role = self.role(role_name)
                fits = [self.fit(p, role, col - 8, h) for p in items]
                if any(f is None for f in fits):
                    bad = events[fits.index(None)]
                    self.diags.error(bad.loc or tl.loc, "this timeline event does not fit its "
                                     "column even at the smallest size; shorten it", "overflow")
                    return []
                sizes[role_name] = min(fits) if fits else role.size
            boxes, shapes = [], [Shape("rect", self.x, line_y - 1.5, self.w, 3, fill="rule")]
            heights = {}
            for role_name, items in (("timeline_when", when), ("timeline_what", what),
                                     ("timeline_detail", detail)):
                heights[role_name] = max([self.text_height(p, self.role(role_name), sizes[role_name],
                                                           col - 8, False)[0] for p in items] or [0])
            y_what = line_y + 18
            y_detail = y_what + heights["timeline_what"] + 4
            for i, e in enumerate(events):
                cx = self.x + col * i + col / 2
                bx = self.x + col * i + 4
                wh = heights["timeline_when"]
                boxes.append(self.box("when", bx, line_y - 16 - wh, col - 8, wh, "timeline_when",
                                      [Para(e.when)], sizes["timeline_when"], align="center",
                                      anchor="bottom"))
                shapes.append(Shape("dot", cx - 8, line_y - 8, 16, 16, fill="accent"))
                boxes.append(self.box("what", bx, y_what, col - 8, heights["timeline_what"],
                                      "timeline_what", [Para(e.what)], sizes["timeline_what"],
                                      align="center"))
                if e.detail:
                    boxes.append(self.box("detail", bx, y_detail, col - 8,
                                          heights["timeline_detail"], "timeline_detail",
                                          [Para(e.detail)], sizes["timeline_detail"],
                                          align="center"))
            pages.append(boxes)
            shape_sets.append(shapes)
        slides = self.continued("timeline", tl.title, tl.loc, pages)
        return [replace(sl, shapes=sl.shapes + tuple(sh)) for sl, sh in zip(slides, shape_sets)]

    def table(self, tb: model.Table, s: model.Section, label: str) -> list[SlidePlan]:
        y = self.content_top()
        avail = self.bottom - y
        hrole, crole = self.role("table_header"), self.role("table_cell")
        size = crole.size
        while True:
            hsize = max(hrole.floor, size + (hrole.size - crole.size))
            widths = self.column_widths(tb, size, hsize)
            heights = [self.row_height(tb.columns, widths, hsize, hrole)]
            heights += [self.row_height(r, widths, size, crole, tb.first_column) for r in tb.rows]
            if sum(heights) <= avail or size - self.t.shrink_step < crole.floor - 1e-6:
                break
            size = round(size - self.t.shrink_step, 2)
        if sum(heights) > avail:  # it splits anyway: keep the rows readable on every slide
            size = max(crole.floor, round(crole.size * self.t.shrink_warning))
            hsize = max(hrole.floor, size + (hrole.size - crole.size))
            widths = self.column_widths(tb, size, hsize)
            heights = [self.row_height(tb.columns, widths, hsize, hrole)]
            heights += [self.row_height(r, widths, size, crole, tb.first_column) for r in tb.rows]
        self.note_shrink(crole, size, tb.loc, "the table")
        groups, current, used = [], [], heights[0]
        for row, h in zip(tb.rows, heights[1:]):
            if heights[0] + h > avail:
                self.diags.error(getattr(row, "loc", None) or tb.loc or s.loc,
                                 "a table row is taller than a slide even at the smallest size; "
                                 "shorten its cells", "overflow")
                return []
            if current and used + h > avail:
                groups.append(current)
                current, used = [], heights[0]
            current.append((row, h))
            used += h
        groups.append(current)
        if len(groups) > 1:
            self.diags.warning(tb.loc or s.loc, f"{len(tb.rows)} table rows split across "
                               f"{len(groups)} slides", "split")
        header = tuple(Cell(c, True) for c in tb.columns)
        tables = [TableBox(self.x, y, tuple(widths), (heights[0], *[h for _, h in g]),
                           (header, *[tuple(Cell(c) for c in r) for r, _ in g]), hsize, size,
                           tuple(tb.align), tb.first_column)
                  for g in groups]
        title = tb.title or s.title
        slides = self.continued("table", title, tb.loc or s.loc, [[] for _ in tables], label=label)
        return [replace(sl, table=t) for sl, t in zip(slides, tables)]

    # --- rich blocks ---------------------------------------------------------------------------

    def block(self, block, s: model.Section, label: str) -> list[SlidePlan]:
        layouts = {model.Quote: lambda b: self.quote(s, b, label),
                   model.Timeline: lambda b: self.timeline(b, label),
                   model.Table: lambda b: self.table(b, s, label),
                   model.Chart: lambda b: self.chart_slides(b, s, label),
                   model.Image: lambda b: self.image_slides(b, s, label),
                   model.Comparison: lambda b: self.comparison_slides(b, s, label),
                   model.Callout: lambda b: self.callout_slides(b, s, label)}
        return layouts[type(block)](block)

    def footnote(self, text: str, loc) -> tuple[Box | None, float]:
        """A caption or source line at the foot of the content area, and the y it starts at."""
        box = text and self.fitted("caption", self.x, 0, self.w, 60, "caption", [Para(text)],
                                   loc, "this caption", tight=True)
        if not box:
            return None, self.bottom
        return replace(box, y=self.bottom - box.h), self.bottom - box.h

    def chart_slides(self, chart: model.Chart, s: model.Section, label: str) -> list[SlidePlan]:
        from builder.layout.plan import ChartBox

        y = self.content_top()
        source = f"Source: {chart.source}" if chart.source else ""
        foot, bottom = self.footnote(source, chart.loc)
        size = self.chart_label_size(chart, self.w)
        frame = ChartBox(self.x, y, self.w, bottom - y - 6, chart, size)
        slide = self.slide("chart", chart.title or s.title, chart.loc or s.loc,
                           [foot] if foot else [], label=label)
        return [replace(slide, chart=frame)]

    def chart_label_size(self, chart: model.Chart, width: float) -> float:
        """The size at which the chart's category labels and legend entries fit their share of
        the chart (a label may take two lines under a column); shrinks like any text."""
        role = self.role("chart_label")
        labels = list(chart.categories)
        if chart.kind in ("bar", "stacked-bar"):
            room = width * 0.3  # labels stand beside horizontal bars
        elif chart.kind in ("pie", "doughnut"):
            room = width / max(1, len(labels))  # legend entries share the width
        else:
            room = 2 * width * 0.85 / max(1, len(labels))
        legend = [s.name for s in chart.series] if chart.kind not in ("pie", "doughnut") else []
        size = role.size
        while size > role.floor and (
                max(self.m.width(t, size) for t in labels) > room
                or sum(self.m.width(t, size) + 3 * size for t in legend) > width):
            size = round(size - self.t.shrink_step, 2)
        self.note_shrink(role, size, chart.loc, "the chart's labels")
        return size

    def image_slides(self, image: model.Image, s: model.Section, label: str) -> list[SlidePlan]:
        from builder.layout.plan import PictureBox

        y = self.content_top()
        text = " \u2014 ".join(t for t in (image.caption, image.credit and f"Credit: {image.credit}") if t)
        foot, bottom = self.footnote(text, image.loc)
        area_w, area_h = self.w, bottom - y - 8
        ratio = (image.width_px / image.height_px) if image.height_px else 1.0
        w, h = (area_w, area_w / ratio) if area_w / ratio <= area_h else (area_h * ratio, area_h)
        picture = PictureBox(self.x + (area_w - w) / 2, y, w, h, image.path, image.alt)
        if foot:  # the caption sits under the picture
            foot = replace(foot, y=y + h + 8)
        slide = self.slide("image", s.title, image.loc or s.loc,
                           [foot] if foot else [], label=label)
        return [replace(slide, picture=picture)]

    def comparison_slides(self, cmp: model.Comparison, s: model.Section, label: str) -> list[SlidePlan]:
        y = self.content_top()
        gap = 28
        col_w = (self.w - gap) / 2
        head_role = self.role("column_title")
        heads = [Para(cmp.left.title), Para(cmp.right.title)]
        head_size = min(self.fit([p], head_role, col_w, 70) or head_role.floor for p in heads)
        head_h = max(self.text_height([p], head_role, head_size, col_w, False)[0] for p in heads)
        body_y, body_h = y + head_h + 10, self.bottom - y - head_h - 10
        columns = [[Para(b, bullet="\u2022") for b in c.bullets] for c in (cmp.left, cmp.right)]
        role = self.role("body")
        parts = 1
        while True:  # both columns continue together on further slides if they must
            chunks = [_chunks(c, parts) for c in columns]
            sizes = [self.fit(ch, role, col_w, body_h, True) for col in chunks for ch in col]
            if all(sz is not None for sz in sizes) or parts >= max(len(c) for c in columns):
                break
            parts += 1
        if any(sz is None for sz in sizes):
            self.diags.error(cmp.loc or s.loc, "a comparison bullet does not fit its column even "
                             f"at {role.floor:g} pt; shorten it", "overflow")
            return []
        size = min(sizes)
        self.note_shrink(role, size, cmp.loc, "the comparison")
        if parts > 1:
            self.diags.warning(cmp.loc or s.loc, f"a comparison split across {parts} slides", "split")
        pages = []
        for i in range(parts):
            page = []
            for c, x in enumerate((self.x, self.x + col_w + gap)):
                page.append(self.box("column_title", x, y, col_w, head_h, "column_title",
                                     [heads[c]], head_size))
                chunk = chunks[c][i] if i < len(chunks[c]) else []
                if chunk:
                    page.append(self.body_box(x, body_y, col_w, body_h, "body", chunk, size, True))
            pages.append(page)
        rules = (Shape("rect", self.x, body_y - 6, col_w, 2, fill="accent"),
                 Shape("rect", self.x + col_w + gap, body_y - 6, col_w, 2, fill="accent"))
        return self.continued("comparison", cmp.title or s.title, cmp.loc or s.loc, pages,
                              label=label, shapes=rules)

    def callout_slides(self, c: model.Callout, s: model.Section, label: str) -> list[SlidePlan]:
        y = self.content_top() + 16
        x, w = self.x + 30, self.w - 44
        parts = [("callout_label", [Para(wording.callout_label(c))], 40)]
        if c.title:
            parts.append(("callout_title", [Para(c.title)], 90))
        parts.append(("callout_text", [Para(c.text)], self.bottom - y - 40))
        boxes, top = [], y
        for role_name, paras, limit in parts:
            box = self.fitted(role_name, x, top, w, min(limit, self.bottom - top - 16), role_name,
                              paras, c.loc or s.loc, "this callout", tight=True)
            if box is None:
                return []
            boxes.append(box)
            top += box.h + 4
        fill = "marking" if c.kind == "warning" else "accent"
        panel = (Shape("rect", self.x, y - 14, self.w, top - y + 24, fill="surface"),
                 Shape("rect", self.x, y - 14, self.theme.accent_bar * 2, top - y + 24, fill=fill))
        slide = self.slide("callout", s.title, c.loc or s.loc, boxes, panel, label=label)
        return [slide]

    def column_widths(self, tb: model.Table, size: float, hsize: float) -> list[float]:
        columns = [[(tb.columns[c], hsize, True)] + [(r[c], size, False) for r in tb.rows]
                   for c in range(len(tb.columns))]
        return column_widths(columns, self.w, self.m.width, 2 * self.t.inset + 2, tb.widths)

    def row_height(self, cells, widths, size: float, role: Role, first_bold: bool = False) -> float:
        inner = [(w - 2 * self.t.inset) * MEASURE_SLACK for w in widths]
        lines = max(len(self.m.lines(c, iw, size, role.bold or (first_bold and i == 0), role.italic))
                    for i, (c, iw) in enumerate(zip(cells, inner)))
        return round(lines * size * role.leading + 2 * self.t.inset + 2, 2)

    def sources(self) -> list[SlidePlan]:
        if not self.outline.sources:
            return []
        paras = []
        for src in self.outline.sources:
            bits = [src.title] + [b for b in (src.publisher, src.date) if b]
            text = ". ".join(bits) + "." + (f" {src.note}" if src.note else "")
            paras.append(Para(text, bullet="•"))
            if src.url:
                paras.append(Para(src.url, level=1, url=src.url, color="primary"))
        return self.list_slides("sources", "Sources", paras, self.outline.loc, "sources")

    # --- the deck --------------------------------------------------------------------------

    def deck(self) -> DeckPlan:
        slides = [self.title_slide(), *self.judgments(), *self.agenda()]
        for s in self.outline.sections:
            slides += self.section(s)
        slides += self.sources()
        slides = [self.finish(sl, i) for i, sl in enumerate(slides, 1)]
        o = self.outline
        return DeckPlan(self.t.width, self.t.height, o.title, o.author or o.organisation,
                        o.subtitle, o.language, tuple(slides))

    def finish(self, slide: SlidePlan, number: int) -> SlidePlan:
        """Number the slide; add the footer (not on the title slide) and the marking."""
        boxes = list(slide.boxes)
        t = self.t
        fy = t.height - t.footer_height - (t.marking_height + 6 if self.outline.marking else 4)
        if slide.kind != "title":
            boxes.append(self.fitted("footer", self.x, fy, self.w - 80, t.footer_height, "footer",
                                     [Para(self.outline.footer_title)], self.outline.loc,
                                     "the short title in the footer"))
            boxes.append(self.fitted("slide_number", self.x + self.w - 80, fy, 80, t.footer_height,
                                     "footer", [Para(str(number))], None, "the slide number",
                                     align="right"))
        if self.outline.marking:
            for name, y in (("marking_top", 4), ("marking_bottom", t.height - t.marking_height - 4)):
                # on the title slide's band the marking is drawn in the band's text colour
                role = "marking_on_primary" if slide.kind == "title" and y < 100 else "marking"
                boxes.append(self.fitted(name, self.x + self.w * 0.2, y, self.w * 0.6,
                                         t.marking_height, role, [Para(self.outline.marking)],
                                         self.outline.loc, "the marking", align="center",
                                         anchor="middle"))
        return replace(slide, boxes=tuple(b for b in boxes if b is not None), number=number)


def _chunks(items: list, parts: int) -> list[list]:
    size, rest = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < rest else 0)
        out.append(items[start:end])
        start = end
    return [c for c in out if c]


def layout_deck(outline: model.Outline, theme: Theme, measurer: Measurer,
                diags: Collector) -> DeckPlan:
    return DeckLayout(outline, theme, measurer, diags).deck()
