"""What the end-to-end tests share: where the project is, and reading the documents back.

A plain module (not conftest.py), so tests import it by a name no other folder uses."""
import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"


def norm(text: str) -> str:
    """Collapse whitespace so text wrapped onto several lines compares as one line."""
    return re.sub(r"\s+", " ", text).strip()


def slide_texts(slide) -> list[str]:
    """Every paragraph and table cell on a python-pptx slide."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out += [p.text for p in shape.text_frame.paragraphs]
        if getattr(shape, "has_table", False) and shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return out


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


# --- templates, read without the builder (tests/e2e/test_template_proof.py) -------------------

# Fonts and the installed fonts drawn with their metrics (issue 11: metric-compatible twins)
TWINS = {"Calibri": "Carlito", "Cambria": "Caladea", "Arial": "Liberation Sans",
         "Times New Roman": "Liberation Serif", "Courier New": "Liberation Mono"}
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
CT_PRESENTATION = ("application/vnd.openxmlformats-officedocument.presentationml."
                   "presentation.main+xml")
RT_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
DML = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def open_template(path: Path):
    """A .pptx or .potx opened with python-pptx (which refuses a .potx's main content type:
    the copy read here, in memory, says 'presentation' instead)."""
    import io
    import zipfile

    from pptx import Presentation

    source, copy = zipfile.ZipFile(path), io.BytesIO()
    with zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(CT_TEMPLATE.encode(), CT_PRESENTATION.encode())
            target.writestr(item, data)
    return Presentation(copy)


def layout_names(prs) -> list[list[str]]:
    """The layout names of each slide master, in order."""
    return [[layout.name for layout in master.slide_layouts] for master in prs.slide_masters]


def design_pictures(prs) -> set[str]:
    """Digests of every picture the masters and layouts show (logos, backgrounds)."""
    import hashlib

    parts = list(prs.slide_masters) + [l for m in prs.slide_masters for l in m.slide_layouts]
    return {hashlib.sha1(rel.target_part.blob).hexdigest()
            for part in parts for rel in part.part.rels.values()
            if not rel.is_external and rel.reltype.endswith("/image")}


def template_theme(prs) -> dict:
    """The first slide master's theme: its colours by name ('accent1': 'RRGGBB') and its
    heading (major) and body (minor) Latin fonts."""
    from lxml import etree

    theme = etree.fromstring(prs.slide_masters[0].part.part_related_by(RT_THEME).blob)
    colours = {}
    for slot in theme.find(f".//{DML}clrScheme"):
        value = slot[0]
        colours[etree.QName(slot).localname] = (value.get("lastClr") or value.get("val")).upper()
    fonts = theme.find(f".//{DML}fontScheme")
    return {"colours": colours,
            "major": fonts.find(f"{DML}majorFont/{DML}latin").get("typeface"),
            "minor": fonts.find(f"{DML}minorFont/{DML}latin").get("typeface")}


def hue(rgb: str) -> float | None:
    """The hue (degrees) of an 'RRGGBB' colour; None for a neutral one (a grey: its channels
    within 8% of each other), which any design may use for plain text and rules."""
    import colorsys

    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    if max(r, g, b) - min(r, g, b) < 0.08:
        return None
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def pdf_paints(path: Path) -> tuple[set[str], set[str]]:
    """The RGB fill and stroke colours ('RRGGBB') a PDF paints with, read from its pages'
    content streams, and the families of the fonts it embeds ('Carlito', 'LiberationSans')."""
    from pypdf import PdfReader

    colours, fonts = set(), set()
    for page in PdfReader(str(path)).pages:
        data = page.get_contents().get_data().decode("latin-1")
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", data):
            colours.add("".join(f"{round(float(x) * 255):02X}" for x in (r, g, b)))
        for ref in page["/Resources"].get("/Font", {}).values():
            base = str(ref.get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
            fonts.add(re.split(r"[-,]", base)[0])
    return colours, fonts


# fonts templates name that this machine may lack; LibreOffice should draw each with the face the
# build measured it with (its twin or stand-in), not with fontconfig's own fallback
TEMPLATE_FONTS = ("Calibri", "Calibri Light", "Cambria", "Arial", "Times New Roman",
                  "Courier New", "Aptos", "Aptos Display", "Gill Sans MT", "Montserrat", "Verdana")


def stand_in_fonts(folder: Path) -> Path:
    """A fontconfig file: the system's, plus each template font as an alias of the face the
    build measures it with, as PowerPoint draws the real font the build measured for."""
    from builder.theme.twins import typeface_for

    aliases = "".join(f"<alias binding=\"same\"><family>{name}</family><prefer><family>"
                      f"{typeface_for(name).twin}</family></prefer></alias>"
                      for name in TEMPLATE_FONTS)
    path = folder / "fonts.conf"
    path.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{aliases}'
                    "</fontconfig>")
    return path


def _render_group(decks: dict[str, Path], folder: Path) -> dict[str, list[dict]]:
    """One LibreOffice process converts `decks` (its own profile); each PDF read glyph by glyph."""
    import pdfplumber

    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profile"
    env = {**os.environ, "FONTCONFIG_FILE": str(stand_in_fonts(folder))}
    proc = run("soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(folder), *map(str, decks.values()),
               timeout=600, env=env)
    out = {}
    for key, deck in decks.items():
        pdf = folder / (deck.stem + ".pdf")
        if not pdf.is_file() or pdf.stat().st_size == 0:
            out[key] = f"LibreOffice made no PDF of {deck.name} (exit {proc.returncode}): {proc.stderr}"
            continue
        pages = []
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                chars = [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.chars]
                pages.append({"width": float(page.width), "height": float(page.height),
                              "chars": chars})
        out[key] = pages
    return out


def render_decks(decks: dict[str, Path], folder: Path, jobs: int = 2) -> dict[str, list | str]:
    """Every deck as LibreOffice draws it: per key, its pages (size and glyphs: text, x0, top,
    x1, bottom in points) or why there is no PDF. The decks are split among `jobs` processes,
    each converting its share in one LibreOffice run; deck file names must differ."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    keys = sorted(decks)
    groups = [{k: decks[k] for k in keys[i::jobs]} for i in range(jobs) if keys[i::jobs]]
    with ProcessPoolExecutor(len(groups), mp_context=multiprocessing.get_context("fork")) as pool:
        parts = pool.map(_render_group, groups, [folder / f"lo-{i}" for i in range(len(groups))])
        return {k: v for part in parts for k, v in part.items()}
