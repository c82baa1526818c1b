"""The article built on each shared template: the report is in the template's colours and its
fonts' twins (or the warned stand-ins), read back from the PDF."""
import re
from pathlib import Path

import pytest

from builder.pipeline import Builder
from builder.template.colours import colour_scheme
from builder.template.presentation import Template
from builder.theme.colour import darker, lighter
from builder.theme.template import on_template
from builder.theme import DEFAULT

SHARED = Path("/work/shared/templates")
ARTICLE = Path(__file__).resolve().parents[2] / "outline.yaml"
TEMPLATES = sorted(SHARED.glob("*.p?tx")) if SHARED.is_dir() else []
pytestmark = pytest.mark.skipif(not TEMPLATES, reason="../shared/templates is absent")
SHARES = (0.05, 0.15, 0.25, 0.35, 0.4, 0.5, 0.6, 0.75, 0.8, 0.95)


def allowed_colours(template: Template) -> set[str]:
    """The theme's colours, PowerPoint's tints and shades of them, the marking, white, black,
    and the accent's readable shade for small text (a shade of a shade: see Palette.colour)."""
    base = set(colour_scheme(template).values())
    tints = {f(c, s) for c in base for f in (lighter, darker) for s in SHARES}
    small_text = on_template(DEFAULT, template).color("accent_text")
    return base | tints | {DEFAULT.palette.marking, "FFFFFF", "000000", small_text}


def pdf_colours_and_fonts(path: Path) -> tuple[set[str], set[str]]:
    import pdfplumber

    colours, fonts = set(), set()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for obj in page.chars + page.rects + page.lines + page.curves:
                for key in ("non_stroking_color", "stroking_color"):
                    value = obj.get(key)
                    if isinstance(value, (tuple, list)) and len(value) == 3:
                        colours.add("".join(f"{round(v * 255):02X}" for v in value))
            fonts |= {c["fontname"].split("+")[-1].split("-")[0] for c in page.chars}
    return colours, fonts


@pytest.fixture(scope="module", params=TEMPLATES, ids=lambda p: p.name)
def built(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param.stem)
    result = Builder(template=request.param).build(ARTICLE, out, formats=("pdf",))
    return request.param, result, out / next(p.name for p in result.paths)


def test_the_reports_colours_are_the_templates(built):
    template_path, _, pdf = built
    colours, _ = pdf_colours_and_fonts(pdf)
    foreign = colours - allowed_colours(Template.from_file(template_path))
    assert not foreign, f"colours not from {template_path.name}'s theme: {sorted(foreign)}"


def test_the_report_embeds_the_fonts_twins_or_the_warned_stand_ins(built):
    template_path, result, pdf = built
    theme = on_template(DEFAULT, Template.from_file(template_path))
    _, fonts = pdf_colours_and_fonts(pdf)
    faces = {theme.font, theme.heading_font}
    assert fonts <= {f.twin.replace(" ", "") for f in faces}
    warned = {re.search(r"font '([^']+)'", d.message)[1] for d in result.diagnostics
              if d.code == "font-substitute"}
    assert warned == {f.name for f in faces if not f.exact}
    assert all(str(d.loc).endswith(":1:1") for d in result.diagnostics if d.code == "font-substitute")
