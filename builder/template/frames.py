"""Where a slide of each kind puts its text on the user's template, and at what sizes.

For each kind of slide: the layout it goes on, that layout's title placeholder (box and size), its
body placeholder (box and the sizes of its first two levels) — each inherited from the master
where the layout is silent, as PowerPoint does — and the footer and slide-number boxes of the
master. A layout with only a title (or none) takes its content in the master's body area, below
its title. Sizes come from the placeholder's own list style, else the master's placeholder's,
else the master's title or body text style.
"""
from __future__ import annotations

from typing import NamedTuple

from builder.template.presentation import Box, Layout, Placeholder, Template, q

EMU_PER_PT = 12700
TITLES = ("title", "ctrTitle")
DEFAULT_INSETS = (7.2, 3.6, 7.2, 3.6)  # bodyPr's defaults: 0.1 in left and right, 0.05 in
FOOTERS = ("dt", "ftr", "sldNum")
MIN_BODY = 0.35  # a master body area shorter than this share of the slide is not a content area


class ParagraphFormat(NamedTuple):
    """How a placeholder sets its paragraphs (levels 1 and 2), as text in it inherits it."""

    margins: tuple[float, float]  # where a bulleted line's text starts, in points, per level
    line: float       # line height as a multiple of the size (from a percentage), or 0
    line_pts: float   # or a fixed line height in points, or 0
    before: float     # space before a paragraph, in points
    insets: tuple[float, float, float, float]  # left, top, right, bottom
    scales: tuple[float, float] = (1.0, 1.0)  # each level's size, as a share of level 1's

    def scale(self, level: int) -> float:
        return self.scales[min(level, len(self.scales) - 1)]


class TextArea(NamedTuple):
    """A placeholder's box, the size of its text by level, and its insets (all in points)."""

    box: Box
    sizes: tuple[float, ...]  # level 1, level 2 … (the last repeats for deeper levels)
    insets: tuple[float, float, float, float]  # left, top, right, bottom
    ph_type: str   # as the layout names it ("title", "ctrTitle", "body", "obj", "subTitle")
    ph_idx: int
    fmt: ParagraphFormat | None = None  # a body placeholder's paragraph format


class KindFrame(NamedTuple):
    """A slide kind on the template: its layout, title, body and footer areas."""

    layout: str  # the layout's part name
    title: TextArea | None
    body: TextArea | None
    second: TextArea | None  # a second body (the layout's, for comparisons), or None
    footer: Box | None
    number: Box | None


KINDS = ("title", "judgments", "agenda", "section", "quote", "timeline", "table", "chart",
         "image", "comparison", "callout", "sources")


def kind_frames(template: Template, pins: dict[str, str] | None = None) -> dict[str, KindFrame]:
    """Every slide kind's frame on `template` (`pins`: the outline's `layouts:`)."""
    return {kind: kind_frame(template, template.layout_for(kind, pins), cover=kind == "title")
            for kind in KINDS}


def kind_frame(template: Template, layout: Layout, cover: bool = False) -> KindFrame:
    """The frame of a slide on `layout`: on the cover, the subtitle placeholder is its body."""
    master = next(m for m in template.masters if m.part == layout.master)
    styles = TextStyles(template, master.part)
    title = _first(layout.placeholders, TITLES)
    title_area = styles.area(layout, title, "title") if title and title.box else None
    kinds = ("subTitle", "body", "obj") if cover else ("body", "obj")
    bodies = [p for p in layout.placeholders if p.type in kinds and p.box is not None]
    body_area = styles.area(layout, bodies[0], "body") if bodies else None
    if body_area is None and not cover:
        body_area = _below_title(styles, master.placeholders + layout.placeholders, title_area,
                                 template.slide_size[1])
    second = styles.area(layout, bodies[1], "body") if len(bodies) > 1 and not cover else None
    footer = _first(master.placeholders + layout.placeholders, ("ftr",))
    number = _first(master.placeholders + layout.placeholders, ("sldNum",))
    return KindFrame(layout.part, title_area, body_area, second, footer and footer.box,
                     number and number.box)


def _first(placeholders, types) -> Placeholder | None:
    return next((p for p in placeholders if p.type in types), None)


def _below_title(styles: "TextStyles", phs, title: TextArea | None,
                 height: float) -> TextArea | None:
    """Where a title-only layout's content goes: the master's body area below the title; or,
    when the master has none of a useful size (some templates' is a strip), from under the
    title down to the footer boxes, as wide as the title."""
    sizes, insets = styles.master_style("body")
    body = _first(phs, ("body", "obj"))
    box = body.box if body is not None else None
    if box is not None and title is not None and title.box.y + title.box.h > box.y:
        top = title.box.y + title.box.h
        box = Box(box.x, top, box.w, max(0.0, box.y + box.h - top))
    if box is not None and box.h >= MIN_BODY * height:
        return TextArea(box, sizes, insets, "body", -1)
    if title is None:
        return None
    top = title.box.y + title.box.h
    feet = [p.box.y for p in phs if p.type in FOOTERS and p.box is not None and p.box.y > top]
    bottom = min(feet, default=height)
    return TextArea(Box(title.box.x, top, title.box.w, max(0.0, bottom - top)), sizes, insets,
                    "body", -1)


class TextStyles:
    """Text sizes and insets of placeholders, resolved through layout, master and text styles."""

    def __init__(self, template: Template, master: str):
        self.package = template.package
        self.master = master
        self.master_root = self.package.xml(master)

    def area(self, layout: Layout, ph: Placeholder, family: str) -> TextArea:
        own = self._shape(self.package.xml(layout.part), ph)
        parent = self._master_shape(ph)
        sizes, insets = self.master_style(family)
        tag = "titleStyle" if family == "title" else "bodyStyle"
        styles = [self.master_root.find(f"{q('p', 'txStyles')}/{q('p', tag)}")]
        for shape in (parent, own):  # the layout's own settings win
            if shape is not None:
                styles.append(shape.find(f"{q('p', 'txBody')}/{q('a', 'lstStyle')}"))
                sizes = _sizes(styles[-1], sizes)
                insets = _insets(shape.find(f"{q('p', 'txBody')}/{q('a', 'bodyPr')}"), insets)
        fmt = paragraph_format(styles, insets) if family == "body" else None
        if fmt is not None and len(sizes) > 1:
            fmt = fmt._replace(scales=(1.0, sizes[1] / sizes[0]))
        return TextArea(ph.box, sizes, insets, ph.type, ph.idx, fmt)

    def master_style(self, family: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The master's title or body text style: sizes of levels 1 and 2, and its insets."""
        tag = "titleStyle" if family == "title" else "bodyStyle"
        style = self.master_root.find(f"{q('p', 'txStyles')}/{q('p', tag)}")
        fallback = (44.0,) if family == "title" else (28.0, 24.0)
        sizes = _sizes(style, fallback)
        shape = self._master_shape(Placeholder("title" if family == "title" else "body", 0, "",
                                               None))
        insets = DEFAULT_INSETS
        if shape is not None:
            insets = _insets(shape.find(f"{q('p', 'txBody')}/{q('a', 'bodyPr')}"), insets)
        return sizes, insets

    def _shape(self, root, ph: Placeholder):
        for sp in root.iter(q("p", "sp")):
            found = sp.find(f"{q('p', 'nvSpPr')}/{q('p', 'nvPr')}/{q('p', 'ph')}")
            if found is not None and found.get("type", "obj") == ph.type \
                    and int(found.get("idx", "0")) == ph.idx:
                return sp
        return None

    def _master_shape(self, ph: Placeholder):
        want = "title" if ph.type in TITLES else "body"
        for sp in self.master_root.iter(q("p", "sp")):
            found = sp.find(f"{q('p', 'nvSpPr')}/{q('p', 'nvPr')}/{q('p', 'ph')}")
            if found is not None and found.get("type", "obj") in ((want,) if want == "title"
                                                                 else ("body", "obj")):
                return sp
        return None


def _sizes(style, inherited: tuple[float, ...]) -> tuple[float, ...]:
    """Levels 1 and 2's sizes from a list style (a:lstStyle or p:titleStyle/bodyStyle)."""
    if style is None:
        return inherited
    out = list(inherited) + [inherited[-1]] * (2 - len(inherited))
    for level in (1, 2):
        props = style.find(f"{q('a', f'lvl{level}pPr')}/{q('a', 'defRPr')}")
        if props is not None and props.get("sz"):
            out[level - 1] = int(props.get("sz")) / 100
    return tuple(out[:2]) if len(inherited) > 1 or out[1] != out[0] else (out[0],)


def _insets(body_pr, inherited: tuple[float, ...]) -> tuple[float, float, float, float]:
    if body_pr is None:
        return tuple(inherited)
    names = ("lIns", "tIns", "rIns", "bIns")
    return tuple(int(body_pr.get(n)) / EMU_PER_PT if body_pr.get(n) else v
                 for n, v in zip(names, inherited))


NATURAL_LINE = 1.25  # a font's single line height, as a multiple of its size (Calibri 1.22,
# Arial 1.15, DejaVu Sans 1.16): a placeholder's "90 %" line spacing is 90 % of this


def paragraph_format(styles, insets) -> ParagraphFormat:
    """Levels 1 and 2's indents, line spacing and space before, through the list styles in
    `styles` (the master's text style first, the layout's own last: the last one set wins)."""
    margins, line, line_pts, before = [0.0, 0.0], 0.0, 0.0, 0.0
    for style in styles:
        if style is None:
            continue
        for level in (1, 2):
            props = style.find(q("a", f"lvl{level}pPr"))
            if props is not None and props.get("marL"):
                margins[level - 1] = int(props.get("marL")) / EMU_PER_PT
        props = style.find(q("a", "lvl1pPr"))
        if props is None:
            continue
        pct = props.find(f"{q('a', 'lnSpc')}/{q('a', 'spcPct')}")
        pts = props.find(f"{q('a', 'lnSpc')}/{q('a', 'spcPts')}")
        if pct is not None:
            line, line_pts = int(pct.get("val").rstrip("%")) / 100000 * NATURAL_LINE, 0.0
        elif pts is not None:
            line, line_pts = 0.0, int(pts.get("val")) / 100
        gap = props.find(f"{q('a', 'spcBef')}/{q('a', 'spcPts')}")
        if gap is not None:
            before = int(gap.get("val")) / 100
    return ParagraphFormat(tuple(margins), line or (0.0 if line_pts else NATURAL_LINE),
                           line_pts, before, tuple(insets))
