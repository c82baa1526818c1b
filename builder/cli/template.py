"""`briefing template check FILE`: what a template offers and what a deck built on it will use.

The data comes from `builder.template.report`; this module only adds the fonts and prints.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from builder.cli.messages import run

KIND_WIDTH = 11  # the longest slide kind, "comparison", and a space


@click.group()
def template():
    """Look into a PowerPoint template (.pptx or .potx)."""


@template.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Print as text or as JSON.")
def check(file: Path, fmt: str):
    """Print FILE's slide size, fonts, colours, masters, layouts and placeholders, the layout each
    kind of slide will use and why, and warnings. Exits 1 when FILE cannot be used."""
    from builder.template.load import read_template
    from builder.template.report import template_report

    def gather():
        found = read_template(file)
        report = template_report(found, str(file))
        report["fonts"] = fonts_section(found)
        report["warnings"] += [{"layout": None, "message": f["warning"]}
                               for f in report["fonts"] if f.get("warning")]
        return report

    report = run(gather)
    if fmt == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(as_text(report))
    for w in report["warnings"]:
        where = f"layout '{w['layout']}'" if w["layout"] is not None else "template"
        click.echo(f"{file}: {where}: warning: {w['message']}", err=True)


def fonts_section(template) -> list[dict]:
    """The fonts the template names, a row each: {"role", "typeface", "where"}.

    The one place to say what the PDF does with each font: add keys to a row (say "embeds":
    "Carlito", from builder.theme) and both outputs print them; a row's "warning" key becomes a
    warning of `template check`."""
    from builder.template.scheme import theme_fonts
    from builder.theme.twins import substitute_warning, typeface_for

    rows = []
    for font in theme_fonts(template):
        row = font._asdict()
        face = typeface_for(font.typeface)
        row["embeds"] = face.twin + ("" if face.exact else " (a stand-in)")
        if face.scale > 1:
            row["measured"] = f"{round((face.scale - 1) * 100)}% wider"
        warning = substitute_warning(face)
        if warning:
            row["warning"] = warning
        rows.append(row)
    return rows


def as_text(report: dict) -> str:
    size = report["slide_size"]
    lines = [f"{report['file']}: a {report['kind']}",
             f"slide size: {size['width_pt']:g} × {size['height_pt']:g} pt = "
             f"{size['width_in']:g} × {size['height_in']:g} in, {size['name']}", "", "fonts:"]
    for font in report["fonts"]:
        extra = "".join(f", {k}: {v}" for k, v in font.items()
                        if k not in ("role", "typeface", "where", "warning"))
        lines.append(f"  {font['role']:<7} {font['typeface']} ({font['where']}{extra})")
    lines += ["", "colours:"]
    lines += [f"  {slot:<8} #{value}" for slot, value in report["colours"].items()]
    for number, master in enumerate(report["masters"], 1):
        named = f" '{master['name']}'" if master["name"] else ""
        lines += ["", f"master {number}{named} ({master['part']})"]
        for layout in master["layouts"]:
            lines.append(f"  layout '{layout['name']}' (type {layout['type'] or 'none'}, "
                         f"{layout['part'].rsplit('/', 1)[-1]})")
            lines += [f"    {placeholder_line(p)}" for p in layout["placeholders"]]
    lines += ["", "slide kinds:"]
    lines += [f"  {kind:<{KIND_WIDTH}}→ '{c['layout']}' ({c['master']}): {c['reason']}"
              for kind, c in report["choices"].items()]
    return "\n".join(lines)


def placeholder_line(p: dict) -> str:
    box = "no box" if p["box"] is None else "at {:g}, {:g} pt, {:g} × {:g} pt".format(*p["box"])
    inherited = " (from the master)" if p["inherited"] else ""
    return f"{p['type']:<8} idx {p['idx']:<3} '{p['name']}' {box}{inherited}"
