"""One theme for both documents: the colours and typefaces actually used are the theme's."""
import re
import zipfile

from pypdf import PdfReader

from builder.pipeline import Builder
from builder.theme import DEFAULT
from readback import ROOT


def palette() -> set[str]:
    return {v.upper() for v in DEFAULT.palette.all().values()}


def pptx_colours_and_fonts(path, charts=False):
    colours, fonts = set(), set()
    parts = r"ppt/(slides/slide|charts/chart)\d+\.xml$" if charts else r"ppt/slides/slide\d+\.xml$"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(parts, name):
                xml = z.read(name).decode()
                colours |= {c.upper() for c in re.findall(r'srgbClr val="([0-9A-Fa-f]{6})"', xml)}
                fonts |= set(re.findall(r'typeface="([^"]+)"', xml))
    return colours, fonts


def pdf_colours_and_fonts(reader):
    colours, fonts = set(), set()
    for page in reader.pages:
        data = page.get_contents().get_data().decode("latin-1")
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", data):
            colours.add("".join(f"{round(float(x) * 255):02X}" for x in (r, g, b)))
        for ref in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return colours, fonts


def test_deck_and_report_use_the_themes_palette_and_family(article):
    check(article["pptx_path"], article["pdf"])


def test_the_showcase_uses_the_themes_palette_and_family_too(tmp_path):
    result = Builder().build(ROOT / "examples" / "showcase.yaml", tmp_path)
    deck = next(p for p in result.paths if p.suffix == ".pptx")
    report = next(p for p in result.paths if p.suffix == ".pdf")
    check(deck, PdfReader(str(report)), charts=True)


def check(deck, reader, charts=False):
    deck_colours, deck_fonts = pptx_colours_and_fonts(deck, charts)
    pdf_colours, pdf_fonts = pdf_colours_and_fonts(reader)
    assert deck_colours <= palette(), deck_colours - palette()
    assert pdf_colours <= palette(), pdf_colours - palette()
    # the same palette in both: every colour role the report uses is one the deck uses too
    assert pdf_colours <= deck_colours | {DEFAULT.palette.rule.upper()}
    assert deck_fonts == {DEFAULT.font.name}
    assert {f.split("-")[0] for f in pdf_fonts} == {DEFAULT.font.twin}
