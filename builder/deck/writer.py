"""Write a `DeckPlan` into a PPTX package. Carries out layout's decisions; decides nothing.

The package around the slides — master, layouts, PowerPoint theme, notes master — is a
`Template` prepared once per process (`base_template`: python-pptx's default, stretched to 16:9 and
given our typeface and palette); each slide goes on the layout that is a title slide or "Title
Only" by type (`Template.layout_for`), and `DeckPackage` adds the parts and relationships. The slides themselves are written straight from the plan as
PresentationML, one string per slide: python-pptx's object model costs milliseconds per shape
and grows quadratically with the slide count (it rescans every relationship and part name for
each new slide and notes page), which made a 1,000-section deck take half a minute.

Units change only here (points in the plan, EMU in the package). Colours and fonts come from the
theme by semantic name. The result is checked against the OOXML schemas in the test suite.
"""
from __future__ import annotations

from builder.layout.plan import DeckPlan
from builder.deck.assemble import DeckPackage
from builder.deck.package import base_template, users_template
from builder.deck.slide import SlideXml, notes_xml
from builder.reproducible import build_time
from builder.xmltext import escape
from builder.template.presentation import Template
from builder.theme import Theme


class DeckWriter:
    """Writes one plan into a copy of the prepared base: the user's template, or the built-in."""

    def __init__(self, plan: DeckPlan, theme: Theme, template: Template | None = None):
        self.plan = plan
        self.theme = theme
        self.template = template

    def write(self) -> bytes:
        deck = DeckPackage(self.base())
        media = Media(deck)
        known: dict = {}  # what the slides write alike (see SlideXml.known)
        for number, slide in enumerate(self.plan.slides, 1):
            writer = SlideXml(slide, self.theme, self.plan.language, media,
                              theme_fonts=self.theme.from_template, known=known)
            xml, links = writer.render()
            name = deck.add_slide(number, xml.encode(), self.layout_kind(slide), slide.layout)
            for kind, part, rid in writer.parts:  # charts and pictures its frames show
                deck.link(name, kind, part, rid)
            if slide.notes:
                deck.add_notes(name, notes_xml(slide.notes, self.plan.language).encode())
            for rid, url in links:
                deck.link(name, "hyperlink", url, rid, external=True)
        media.register()
        return deck.finish(self.core_xml().encode())

    def layout_kind(self, slide) -> str:
        """The kind a slide's layout is chosen for. On the built-in design every slide but the
        cover is drawn in text boxes, so it goes on the title-only layout (the chooser's choice
        for a kind it does not know); on a template the plan names the layout itself."""
        return slide.kind if self.template is not None or slide.kind == "title" else "drawn"

    def base(self) -> Template:
        """The package the slides go into, prepared once per process."""
        width, height = self.plan.width, self.plan.height
        if self.template is None:
            return base_template(self.theme, width, height)
        return users_template(self.template, width, height)

    def core_xml(self) -> str:
        when = build_time().strftime("%Y-%m-%dT%H:%M:%SZ")
        p = self.plan
        return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{escape(p.title)}</dc:title><dc:subject>{escape(p.subject)}</dc:subject>"
                f"<dc:creator>{escape(p.author)}</dc:creator>"
                f"<cp:lastModifiedBy>{escape(p.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
                f"<dc:language>{escape(p.language)}</dc:language></cp:coreProperties>")


class Media:
    """Chart parts (with their embedded workbooks) and pictures, numbered as they are added.

    Charts are named at once (the slide links to them) but added to the package at the end, so
    their content types follow the slides' as they always have."""

    def __init__(self, deck: DeckPackage):
        self.deck = deck
        self.charts: list[tuple[bytes, bytes]] = []
        self.pictures: dict[str, str] = {}  # source path -> part name (a file used twice is stored once)

    def chart(self, box, theme: Theme) -> str:
        from builder.deck.chart import chart_parts

        self.charts.append(chart_parts(box.chart, theme, box.label_size))
        return f"ppt/charts/chart{len(self.charts)}.xml"

    def picture(self, path: str) -> str:
        if path not in self.pictures:
            from builder.outline.pictures import picture_bytes

            data, ext = picture_bytes(path)  # upright, in a mode PowerPoint draws right
            self.pictures[path] = self.deck.add_media(data, ext, f"image/{ext}")
        return self.pictures[path]

    def register(self) -> None:
        for number, (xml, workbook) in enumerate(self.charts, 1):
            self.deck.add_chart(number, xml, workbook)


def write_pptx(plan: DeckPlan, theme: Theme, template: Template | None = None) -> bytes:
    return DeckWriter(plan, theme, template).write()
