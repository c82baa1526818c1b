"""The deck's layout, checked twice: in the plan, and as LibreOffice draws it.

Two outlines are built: the real one (outline.yaml) and a stress outline
(tests/fixtures/stress.yaml: long titles, 30 long bullets, a 200-word quote, a 40-row table,
60-character words, Cyrillic and Greek, an 8-event timeline).

From the plan (builder.layout.deck): every box lies on the slide, no two text boxes (or a box
and the table) overlap, and every word the deck should show is in the plan.

From LibreOffice's rendering (the PPTX converted to PDF once per deck, with a fresh profile),
read glyph by glyph: no glyph lies outside the page; every glyph lies within (a small tolerance
of) a box of the plan, scaled to the page; glyphs of different boxes do not overlap; and every
word the deck should show is drawn, each box's characters inside that box. Words wider than their box are broken between characters
by design; those are compared with whitespace removed.

What the deck does not show is not checked here: the summary and the introduction are the
report's, and the notes are only checked against the plan's notes.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from builder.layout.fit import MEASURE_SLACK
from builder.pipeline import Builder
from readback import FIXTURES, ROOT

OUTLINES = {
    "article": ROOT / "outline.yaml",
    "stress": FIXTURES / "stress.yaml",
}
TOL = 2.0        # points: how far a glyph may stray from its planned box
TOUCH = 0.3      # points: glyph boxes that merely touch are not an overlap
EPS = 1e-6

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not on PATH: the rendered deck cannot be "
    "checked (Debian/Ubuntu: apt-get install libreoffice-impress)")


# --- the outline's words -------------------------------------------------------------------

def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text))


def deck_texts(outline) -> list[tuple[str, str]]:
    """(where, text) for every outline text the deck shows on its slides."""
    out = []

    def add(where, value):
        if value:
            out.append((where, str(value)))

    for key in ("title", "subtitle", "author", "organisation", "date", "marking"):
        add(key, getattr(outline, key))
    add("footer", outline.footer_title)
    for i, k in enumerate(outline.key_judgments, 1):
        add(f"key judgment {i}", getattr(k, "text", k))
    for s in outline.walk():
        where = f"section {s.number}"
        add(f"{where} title", s.title)
        add(f"{where} takeaway", s.takeaway)
        for i, b in enumerate(s.bullets, 1):
            add(f"{where} bullet {i}", b)
        for i, q in enumerate(s.quotes, 1):
            for key in ("text", "by", "role", "via"):
                add(f"{where} quote {i} {key}", getattr(q, key))
        if s.timeline:
            add(f"{where} timeline title", s.timeline.title)
            for i, e in enumerate(s.timeline.events, 1):
                for key in ("when", "what", "detail"):
                    add(f"{where} event {i} {key}", getattr(e, key))
        if s.table:
            add(f"{where} table title", s.table.title)
            for c, col in enumerate(s.table.columns, 1):
                add(f"{where} table column {c}", col)
            for r, row in enumerate(s.table.rows, 1):
                for c, cell in enumerate(row, 1):
                    add(f"{where} table row {r} cell {c}", cell)
    for i, src in enumerate(outline.sources, 1):
        for key in ("title", "publisher", "date", "url", "note"):
            add(f"source {i} {key}", getattr(src, key))
    return out


# --- the plan's boxes ----------------------------------------------------------------------

def plan_boxes(slide, theme, measure) -> list[dict]:
    """Every text area of a slide, in points: its text boxes and each table cell.

    Each carries its name, rectangle, expected text and 'breakable' words: those wider than
    the box's line, which the layout (and the renderer) break between characters."""
    t = theme.slide
    out = []
    for i, b in enumerate(slide.boxes):
        role = getattr(t, b.role)
        breakable = set()
        for p in b.paras:
            offset = b.indent * (p.level + 1) if b.indent and (p.bullet or p.level) else 0.0
            inner = (b.w - 2 * t.inset) * MEASURE_SLACK - offset
            bold = role.bold if p.bold is None else p.bold
            breakable |= {w for w in p.text.split()
                          if measure.width(w, b.size, bold, role.italic) > 0.9 * inner}
        out.append(dict(name=f"{b.name}#{i}", x=b.x, y=b.y, w=b.w, h=b.h,
                        text=" ".join(p.text for p in b.paras), breakable=breakable,
                        markers="".join(p.bullet for p in b.paras)))
    tb = slide.table
    if tb is not None:
        y = tb.y
        for r, (row, h) in enumerate(zip(tb.rows, tb.row_heights)):
            x = tb.x
            for c, (cell, w) in enumerate(zip(row, tb.col_widths)):
                role = t.table_header if cell.header else t.table_cell
                size = tb.header_size if cell.header else tb.cell_size
                inner = (w - 2 * t.inset) * MEASURE_SLACK
                breakable = {x_ for x_ in cell.text.split()
                             if measure.width(x_, size, role.bold, role.italic) > 0.9 * inner}
                out.append(dict(name=f"table r{r}c{c}", x=x, y=y, w=w, h=h, text=cell.text,
                                breakable=breakable, markers=""))
                x += w
            y += h
    return out


def rect(b) -> tuple[float, float, float, float]:
    return b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"]


def overlap(a, b, margin: float = 0.0) -> float:
    """The overlapping area of two (x0, y0, x1, y1) rectangles, each shrunk by `margin`."""
    w = min(a[2], b[2]) - max(a[0], b[0]) - 2 * margin
    h = min(a[3], b[3]) - max(a[1], b[1]) - 2 * margin
    return w * h if w > 0 and h > 0 else 0.0


def table_rect(tb) -> tuple[float, float, float, float]:
    return tb.x, tb.y, tb.x + sum(tb.col_widths), tb.y + sum(tb.row_heights)


def fmt(r) -> str:
    return "(" + ", ".join(f"{v:.1f}" for v in r) + ")"


# --- building ------------------------------------------------------------------------------

@pytest.fixture(scope="module", params=sorted(OUTLINES))
def built(request, tmp_path_factory):
    """One outline built into a temporary folder, with the plan its deck was written from."""
    name = request.param
    builder = Builder()
    out = tmp_path_factory.mktemp(f"lo-{name}")
    # raises OutlineError on errors
    result = builder.build(OUTLINES[name], out, ("pptx", "pdf", "slides"))
    checked = result.checked
    deck = next(p for p in result.paths if p.suffix == ".pptx")
    slides = next(p for p in result.paths if p.name.endswith("-slides.pdf"))
    return dict(name=name, outline=checked.outline, plan=checked.plan, deck=deck, out=out,
                theme=checked.theme, measure=builder.measurer_for(checked.theme), slides=slides)


@pytest.fixture(scope="module")
def rendered(built, tmp_path_factory):
    """The deck converted to PDF by LibreOffice (once per deck), read glyph by glyph."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not on PATH")
    profile = tmp_path_factory.mktemp(f"lo-profile-{built['name']}")
    outdir = tmp_path_factory.mktemp(f"lo-pdf-{built['name']}")
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(built["deck"])],
        capture_output=True, text=True, timeout=300)
    pdf_path = outdir / (built["deck"].stem + ".pdf")
    assert pdf_path.is_file() and pdf_path.stat().st_size > 0, (
        f"LibreOffice made no PDF (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    pages = read_glyphs(pdf_path, built["theme"])
    return dict(pdf=pdf_path, pages=pages, assigned=assign(built, pages))


@pytest.fixture(scope="module")
def drawn(built):
    """The slides PDF the build wrote from the same plan (`--format slides`), read the same way."""
    pages = read_glyphs(built["slides"], built["theme"])
    return dict(pdf=built["slides"], pages=pages, assigned=assign(built, pages))


def read_glyphs(pdf_path: Path, theme) -> list[dict]:
    """Each page of a PDF: its size, its glyphs (text, x0, x1, top, bottom, size) and its text."""
    import pdfplumber

    ascent, descent = font_extent(theme)
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            chars = []
            for c in page.chars:
                # LibreOffice writes Ascent and Descent 0 in its font descriptors, so the
                # reader's glyph box is [baseline - size, baseline]; use the font's own
                # ascender and descender lines around the baseline instead.
                base = float(page.height) - c["matrix"][5]
                size = c["size"]
                chars.append(dict(text=unicodedata.normalize("NFKC", c["text"]), x0=c["x0"],
                                  x1=c["x1"], top=base - ascent * size,
                                  bottom=base + descent * size, size=size, base=base))
            pages.append(dict(width=float(page.width), height=float(page.height), chars=chars,
                              text=page.extract_text() or ""))
    return pages


def font_extent(theme) -> tuple[float, float]:
    """The theme font's ascender and descender, as shares of the size (largest of the faces)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from builder.theme import fonts

    faces = [TTFontFile(path) for path in fonts.load(theme.font).paths]
    return max(f.ascent for f in faces) / 1000, max(-f.descent for f in faces) / 1000


def assign(built, pages) -> list[dict]:
    """Per page: each glyph given to the plan box (scaled to the page) that holds it.

    A glyph goes to the box it overlaps most among those whose rectangle, widened by TOL,
    holds it whole; a glyph no box holds is a stray. Spaces are placed but never strays."""
    plan = built["plan"]
    out = []
    for slide, page in zip(plan.slides, pages):
        sx, sy = page["width"] / plan.width, page["height"] / plan.height
        boxes = plan_boxes(slide, built["theme"], built["measure"])
        for b in boxes:
            x0, y0, x1, y1 = rect(b)
            b["page_rect"] = (x0 * sx, y0 * sy, x1 * sx, y1 * sy)
            b["glyphs"] = []
        strays = []
        for c in page["chars"]:
            g = (c["x0"], c["top"], c["x1"], c["bottom"])
            holders = [b for b in boxes
                       if b["page_rect"][0] - TOL <= g[0] and g[2] <= b["page_rect"][2] + TOL
                       and b["page_rect"][1] - TOL <= g[1] and g[3] <= b["page_rect"][3] + TOL]
            if holders:
                best = max(holders, key=lambda b: overlap(b["page_rect"], g))
                best["glyphs"].append(c)
            elif c["text"].strip():
                strays.append(c)
        out.append(dict(boxes=boxes, strays=strays))
    return out


def characters(box) -> tuple[Counter, Counter]:
    """The characters drawn in a box and those its plan holds (its text and its bullet or number
    markers, as a reader extracts them: NFKC), spaces left out."""
    drawn = Counter(ch for c in box["glyphs"] for ch in c["text"] if not ch.isspace())
    want = Counter(ch for ch in unicodedata.normalize("NFKC", box["text"] + box["markers"])
                   if not ch.isspace())
    return drawn, want


def box_text(glyphs) -> str:
    """A box's glyphs in reading order: lines top to bottom (a raised citation number with its
    line, see `glyph_lines`), each left to right but for its stretches of right-to-left letters
    (Persian, Arabic, Hebrew), read right to left."""
    return "\n".join(logical([c["text"] for c in line])
                     for line in glyph_lines(glyphs, spaces=True))


RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def logical(glyphs: list[str]) -> str:
    """A line's glyph texts, left to right, with each stretch of right-to-left glyphs (and the
    spaces and punctuation between them) reversed: the words as written."""
    out, stretch = [], []
    for i, g in enumerate(glyphs):
        rtl = bool(RTL.search(g))
        strong = next((h for h in glyphs[i + 1:] if h.isalnum() or RTL.search(h)), "")
        inner = not g.isalnum() and stretch and bool(RTL.search(strong))
        if rtl or inner:
            stretch.append(g)
            continue
        out += stretch[::-1] + [g]
        stretch = []
    return "".join(out + stretch[::-1])


def spans(chars) -> list[str]:
    """Glyphs grouped into runs of the same line, for a readable failure message."""
    out, run = [], []
    for c in chars:
        if run and (abs(run[-1]["bottom"] - c["bottom"]) > 1 or c["x0"] < run[-1]["x0"]):
            out.append(run)
            run = []
        run.append(c)
    if run:
        out.append(run)
    shown = []
    for r in out:
        text = r[0]["text"]
        for a, b in zip(r, r[1:]):
            text += (" " if b["x0"] - a["x1"] > 0.15 * b["size"] else "") + b["text"]
        box = (min(c["x0"] for c in r), min(c["top"] for c in r), max(c["x1"] for c in r),
               max(c["bottom"] for c in r))
        shown.append(f"{text!r} at {fmt(box)}")
    return shown


# --- the plan --------------------------------------------------------------------------------

def slide_size(deck: Path) -> tuple[float, float]:
    """The deck's slide size in points, as the file says (python-pptx gives EMU)."""
    from pptx import Presentation

    prs = Presentation(str(deck))
    return prs.slide_width / 12700, prs.slide_height / 12700


def test_the_deck_has_the_slide_size_of_its_theme_and_plan(built):
    t = built["theme"].slide
    assert slide_size(built["deck"]) == (t.width, t.height)
    assert (built["plan"].width, built["plan"].height) == (t.width, t.height)


def test_every_box_and_table_lies_on_the_slide(built):
    plan = built["plan"]
    width, height = slide_size(built["deck"])
    bad = []
    for n, slide in enumerate(plan.slides, 1):
        rects = [(b.name, (b.x, b.y, b.x + b.w, b.y + b.h)) for b in slide.boxes]
        rects += [(f"shape {s.kind}", (s.x, s.y, s.x + s.w, s.y + s.h)) for s in slide.shapes]
        if slide.table is not None:
            rects.append(("table", table_rect(slide.table)))
        for name, r in rects:
            if r[0] < -EPS or r[1] < -EPS or r[2] > width + EPS or r[3] > height + EPS \
                    or r[2] < r[0] or r[3] < r[1]:
                bad.append(f"slide {n} ({slide.title!r}): {name} at {fmt(r)}")
    assert not bad, f"boxes outside the {width:g}x{height:g} slide:\n" + "\n".join(bad)


def test_no_two_text_boxes_overlap_in_the_plan(built):
    bad = []
    for n, slide in enumerate(built["plan"].slides, 1):
        rects = [(f"{b.name}#{i}", (b.x, b.y, b.x + b.w, b.y + b.h))
                 for i, b in enumerate(slide.boxes)]
        if slide.table is not None:
            rects.append(("table", table_rect(slide.table)))
        for i, (na, a) in enumerate(rects):
            for nb, b in rects[i + 1:]:
                if overlap(a, b) > 0.01:
                    bad.append(f"slide {n} ({slide.title!r}): {na} {fmt(a)} overlaps {nb} {fmt(b)}")
    assert not bad, "overlapping boxes:\n" + "\n".join(bad)


def test_every_word_of_the_outline_is_in_the_plan(built):
    plan = built["plan"]
    shown = Counter(w for s in plan.slides for t in s.texts() for w in words(t))
    notes = set(w for s in plan.slides for w in words(s.notes))
    missing = [f"{where}: {[w for w in words(text) if w not in shown]}"
               for where, text in deck_texts(built["outline"])
               if any(w not in shown for w in words(text))]
    missing += [f"section {s.number} notes: {[w for w in words(s.notes) if w not in notes]}"
                for s in built["outline"].walk() if any(w not in notes for w in words(s.notes))]
    assert not missing, "words of the outline missing from the deck plan:\n" + "\n".join(missing)


# --- LibreOffice's rendering ------------------------------------------------------------------

@needs_soffice
def test_libreoffice_renders_one_page_per_slide(built, rendered):
    pages = rendered["pages"]
    assert len(pages) == len(built["plan"].slides)
    width, height = slide_size(built["deck"])
    for page in pages:  # LibreOffice's PDF page is the slide, in points
        assert (page["width"], page["height"]) == (pytest.approx(width, abs=0.5),
                                                   pytest.approx(height, abs=0.5))


@needs_soffice
def test_no_glyph_lies_outside_the_page(built, rendered):
    bad = []
    for n, page in enumerate(rendered["pages"], 1):
        outside = [c for c in page["chars"] if c["text"].strip() and (
            c["x0"] < -0.5 or c["top"] < -0.5 or c["x1"] > page["width"] + 0.5
            or c["bottom"] > page["height"] + 0.5)]
        if outside:
            bad.append(f"page {n}: " + "; ".join(spans(outside)))
    assert not bad, "glyphs outside the page:\n" + "\n".join(bad)


@needs_soffice
def test_every_glyph_lies_within_a_planned_box(built, rendered):
    bad = []
    for n, (slide, page) in enumerate(zip(built["plan"].slides, rendered["assigned"]), 1):
        if page["strays"]:
            bad.append(f"slide {n} ({slide.title!r}): " + "; ".join(spans(page["strays"])))
    assert not bad, (f"glyphs outside every box of their slide (tolerance {TOL} pt):\n"
                     + "\n".join(bad))


@needs_soffice
def test_text_of_different_boxes_does_not_overlap(built, rendered):
    """No glyph of one box touches a glyph of another box, or a glyph that lies outside every
    box (text that ran out of its box onto other text)."""
    bad = []
    for n, (slide, page) in enumerate(zip(built["plan"].slides, rendered["assigned"]), 1):
        groups = [(b["name"], [c for c in b["glyphs"] if c["text"].strip()]) for b in page["boxes"]]
        groups.append(("(outside every box)", page["strays"]))
        groups = [(name, [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in glyphs])
                  for name, glyphs in groups if glyphs]
        for i, (na, ga) in enumerate(groups):
            for nb, gb in groups[i + 1:]:
                hits = [(p, q) for p in ga for q in gb if overlap(p, q, TOUCH) > 0]
                if hits:
                    p, q = hits[0]
                    bad.append(f"slide {n} ({slide.title!r}): {na} glyph {fmt(p)} overlaps "
                               f"{nb} glyph {fmt(q)} ({len(hits)} pairs)")
    assert not bad, "text of different boxes overlaps:\n" + "\n".join(bad)


@needs_soffice
def test_every_word_of_the_outline_is_drawn(built, rendered):
    boxes = [b for page in rendered["assigned"] for b in page["boxes"]]
    texts = [box_text(b["glyphs"]) for b in boxes]
    drawn = set(w for t in texts for w in words(t))
    drawn |= set(w for page in rendered["pages"] for w in words(page["text"]))
    # a word wider than its box is broken between characters: compare it without whitespace
    breakable = set(w for b in boxes for token in b["breakable"] for w in words(token))
    solid = "\n".join(re.sub(r"\s+", "", t) for t in texts)
    missing = []
    for where, text in deck_texts(built["outline"]):
        lost = [w for w in words(text) if w not in drawn and not (w in breakable and w in solid)]
        if lost:
            missing.append(f"{where}: {lost}")
    assert not missing, "words of the outline not drawn by LibreOffice:\n" + "\n".join(missing)


@needs_soffice
def test_each_box_draws_exactly_its_planned_characters(built, rendered):
    """The glyphs found in a box are the box's text (and its bullet or number markers): text
    that ran over into a neighbouring box, or was cut off, shows up here."""
    bad = []
    for n, (slide, page) in enumerate(zip(built["plan"].slides, rendered["assigned"]), 1):
        for b in page["boxes"]:
            drawn, want = characters(b)
            extra, lost = drawn - want, want - drawn
            if extra or lost:
                bad.append(f"slide {n} ({slide.title!r}) {b['name']} at {fmt(rect(b))}: "
                           f"extra {''.join(sorted(extra.elements()))!r}, "
                           f"missing {''.join(sorted(lost.elements()))!r}")
    assert not bad, "boxes whose drawn text differs from the plan:\n" + "\n".join(bad)


@needs_soffice
def test_a_right_to_left_bullet_reads_right_to_left(built, rendered):
    """The stress outline's Persian bullet as LibreOffice draws it: on each of its lines the
    words, in the order written, stand further and further to the left."""
    if built["name"] != "stress":
        pytest.skip("only the stress outline has a right-to-left bullet")
    glyphs = next(c for page in rendered["assigned"] for b in page["boxes"]
                  if "همکاری" in box_text(b["glyphs"]) for c in [b["glyphs"]])
    persian = [c for c in glyphs if RTL.search(c["text"])]
    first_line = min(round(c["bottom"]) for c in persian)
    line = sorted((c for c in persian if abs(c["bottom"] - first_line) < 2), key=lambda c: -c["x0"])
    words, current = [], [line[0]]
    for a, b in zip(line, line[1:]):  # right to left: a gap wider than a hair starts a word
        if a["x0"] - b["x1"] > 0.15 * b["size"]:
            words.append(current)
            current = []
        current.append(b)
    words.append(current)
    texts = ["".join(c["text"] for c in w) for w in words]
    assert texts[:3] == ["همکاری", "میان", "دو"], texts
    centres = [sum(c["x0"] + c["x1"] for c in w) / (2 * len(w)) for w in words]
    assert centres == sorted(centres, reverse=True)


# --- the slides PDF (`--format slides`): drawn from the same plan, without LibreOffice ----------

LINE_TOL = 1.0    # points: a line's baseline in the slides PDF and in LibreOffice's rendering
START_TOL = 2.0   # points: where a line starts (LibreOffice kerns; the PDF sets no kerning)
DRIFT = 0.03      # and how far that lets a word drift, as a share of its distance along the line


def glyph_lines(glyphs, spaces: bool = False) -> list[list[dict]]:
    """A box's visible glyphs (and its spaces, if asked) in lines, each left to right: a glyph
    joins the line whose largest glyph's baseline is within 0.4 of that glyph's size (so a
    raised citation number or a bullet stays with its line), largest glyphs first."""
    lines: list[list[dict]] = []
    shown = [g for g in glyphs if spaces or g["text"].strip()]
    for c in sorted(shown, key=lambda c: -c["size"]):
        home = next((l for l in lines if abs(l[0]["base"] - c["base"]) < 0.4 * l[0]["size"]), None)
        if home is None:
            lines.append([c])
        else:
            home.append(c)
    lines.sort(key=lambda l: l[0]["base"])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def line_base(line) -> float:
    """A line's baseline: the one most of its glyphs sit on."""
    return Counter(round(c["base"], 1) for c in line).most_common(1)[0][0]


def line_words(line) -> list[tuple[str, float]]:
    """(word, x where it starts) along a line of glyphs: a gap wider than a fifth of the size
    separates words."""
    out: list[list] = []
    for a, c in zip([None] + line, line):
        if a is None or c["x0"] - a["x1"] > 0.2 * c["size"]:
            out.append([c["text"], c["x0"]])
        else:
            out[-1][0] += c["text"]
    return [(w, x) for w, x in out]


def test_the_slides_pdf_has_a_page_per_slide_at_the_slide_size(built, drawn):
    plan = built["plan"]
    assert len(drawn["pages"]) == len(plan.slides)
    for page in drawn["pages"]:
        assert (page["width"], page["height"]) == (pytest.approx(plan.width),
                                                   pytest.approx(plan.height))


def test_the_slides_pdf_draws_every_glyph_within_its_planned_box(built, drawn):
    bad = [f"slide {n} ({slide.title!r}): " + "; ".join(spans(page["strays"]))
           for n, (slide, page) in enumerate(zip(built["plan"].slides, drawn["assigned"]), 1)
           if page["strays"]]
    assert not bad, "glyphs of the slides PDF outside every box:\n" + "\n".join(bad)


def latin(box) -> bool:
    """Whether a box's text is Latin (Cyrillic, Greek...): set as LibreOffice sets it, word by
    word; Persian, Arabic, Hebrew and CJK text is drawn in fonts that are not the deck's (see
    `compare_shaped_box`)."""
    from builder.outline.scripts import has_complex

    return not has_complex(box["text"])


def test_the_slides_pdf_draws_exactly_each_boxs_characters(built, drawn):
    bad = []
    for n, (slide, page) in enumerate(zip(built["plan"].slides, drawn["assigned"]), 1):
        for b in page["boxes"]:
            got, want = characters(b)
            if got != want:
                bad.append(f"slide {n} {b['name']}: extra {''.join((got - want).elements())!r}, "
                           f"missing {''.join((want - got).elements())!r}")
    assert not bad, "boxes of the slides PDF whose text differs from the plan:\n" + "\n".join(bad)


def compare_box(want, got) -> tuple[list[str], bool]:
    """Problems with one box's lines in the slides PDF against LibreOffice's, and whether
    LibreOffice fitted more words into one of its lines (kerned text is narrower; the lines
    after it are then compared no further)."""
    bad, ours = [], glyph_lines(got["glyphs"])
    for line in glyph_lines(want["glyphs"]):
        base, start = line_base(line), line[0]["x0"]
        same = [l for l in ours if abs(line_base(l) - base) <= LINE_TOL]
        if not same or abs(same[0][0]["x0"] - start) > START_TOL:
            text = "".join(c["text"] for c in line)
            return bad + [f"line {text!r} at ({start:.1f}, {base:.1f}) is not there"], False
        theirs, placed = line_words(line), line_words(same[0])
        if [w for w, _ in theirs] != [w for w, _ in placed]:
            longer = "".join(w for w, _ in theirs).startswith("".join(w for w, _ in placed))
            if not longer:
                bad.append(f"line at {base:.1f} reads {' '.join(w for w, _ in theirs)!r} in "
                           f"LibreOffice's rendering, {' '.join(w for w, _ in placed)!r} here")
            return bad, longer
        for (word, x), (_, ours_x) in zip(theirs, placed):
            if abs(ours_x - x) > START_TOL + DRIFT * (x - start):
                bad.append(f"{word!r} at x {x:.1f} in LibreOffice's rendering, {ours_x:.1f} here")
    return bad, False


def compare_shaped_box(want, got) -> list[str]:
    """Problems with a box of Persian, Arabic, Hebrew or CJK text in the slides PDF against
    LibreOffice's: the same words in the same order (each line read as the deck's reader reads
    it, right-to-left stretches right to left), and LibreOffice's lines on the slides PDF's
    baselines. The PDF draws such text in the theme's free fonts, LibreOffice in its own
    stand-ins for the deck's (Arial, Microsoft YaHei), which layout measures with a margin: so
    a line may hold a word more in LibreOffice's rendering, and where a line starts is not
    compared."""
    from builder.outline.scripts import script_of

    def read(box) -> list[str]:
        """The box's words, line by line as read, without their punctuation and bullets (whose
        place `logical` does not decide); a line broken between CJK characters joins the next."""
        text = ""
        for line in glyph_lines(box["glyphs"], spaces=True):
            read = logical([c["text"] for c in line]).strip()
            cjk = text and read and script_of(text[-1]) == "cjk" and script_of(read[0]) == "cjk"
            text += ("" if cjk or not text else " ") + read
        words = ("".join(ch for ch in w if ch.isalnum()) for w in text.split())
        return [w for w in words if w]

    bad = []
    if read(want) != read(got):
        bad.append(f"reads {' '.join(read(want))!r} in LibreOffice's rendering, "
                   f"{' '.join(read(got))!r} here")
    ours = [line_base(l) for l in glyph_lines(got["glyphs"])]
    for line in glyph_lines(want["glyphs"]):
        if not any(abs(line_base(line) - base) <= LINE_TOL for base in ours):
            bad.append(f"no line on LibreOffice's baseline {line_base(line):.1f} (here: {ours})")
    return bad


@needs_soffice
def test_the_slides_pdf_sets_each_line_where_libreoffice_does(built, rendered, drawn):
    """Box by box, every line LibreOffice draws from the PPTX is in the slides PDF on the same
    baseline, starting at the same x, with the same words each at the same place (give or take
    LibreOffice's kerning along the line); a box of Persian, Arabic, Hebrew or CJK text reads
    the same words in the same order on the same baselines (`compare_shaped_box`). Kerning also lets LibreOffice fit a word (or, in a
    word broken between characters, a character) more into a line now and then; such a box is
    compared up to that line, and they stay few."""
    bad, rewrapped, boxes = [], [], 0
    for n, (lo, pdf) in enumerate(zip(rendered["assigned"], drawn["assigned"]), 1):
        for want, got in zip(lo["boxes"], pdf["boxes"]):
            if not latin(want):
                bad += [f"slide {n} {want['name']}: {p}" for p in compare_shaped_box(want, got)]
                continue
            boxes += bool(want["glyphs"])
            problems, longer = compare_box(want, got)
            bad += [f"slide {n} {want['name']}: {p}" for p in problems]
            if longer:
                rewrapped.append(f"slide {n} {want['name']}")
    assert not bad, "the slides PDF sets text elsewhere than LibreOffice:\n" + "\n".join(bad[:40])
    assert len(rewrapped) <= max(2, 0.05 * boxes), (
        f"{len(rewrapped)} of {boxes} boxes break lines elsewhere than LibreOffice: {rewrapped}")
