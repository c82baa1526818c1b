"""The command line: the only place that prints diagnostics and chooses exit codes."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from builder import __version__
from builder.cli import early
from builder.cli.messages import report, run, summary
from builder.collector import collector
from builder.diagnostics import BuildError

def _not_stdin(ctx, param, value: Path) -> Path:
    """`-` (standard input) is refused plainly: an outline's images are found beside its file."""
    if str(value) == "-" and not value.exists():
        raise click.BadParameter("reading the outline from standard input ('-') is not "
                                 "supported; save it to a file (its images are found beside "
                                 "it) and name that file")
    return value


OUTLINE_ARG = click.argument("outline", default="outline.yaml", callback=_not_stdin,
                             type=click.Path(dir_okay=False, path_type=Path))
ASSETS_OPT = click.option("--assets", type=click.Path(file_okay=False, path_type=Path),
                          help="A folder images may come from, besides the outline's own.")
TEMPLATE_OPT = click.option("--template", type=click.Path(dir_okay=False, path_type=Path),
                            help="A PowerPoint template (.pptx or .potx) to build the deck on; "
                                 "wins over the outline's `template:`.")


def build_options(command):
    """The options `build` and `watch` share: where, which formats, how strict, which assets."""
    for option in reversed([
        click.option("--out-dir", "-o", default="decks", show_default=True,
                     type=click.Path(file_okay=True, path_type=Path),
                     help="Folder for the built files."),
        click.option("--format", "fmt", type=click.Choice(["pptx", "pdf", "slides", "handout"]),
                     multiple=True,
                     help="Build this format (repeatable): pptx (the deck), pdf (the report), "
                          "slides (NAME-slides.pdf: the deck as a PDF), handout "
                          "(NAME-handout.pdf: each slide with its notes). Default: pptx and pdf."),
        click.option("--strict", is_flag=True, help="Treat warnings as errors."),
        ASSETS_OPT, TEMPLATE_OPT]):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def cli():
    """Build a PPTX briefing deck and a PDF report from one YAML outline."""


def report_standby(formats: tuple):
    """A child for the report that imports reportlab and the report's modules while this
    process imports the pipeline and checks the outline (see builder.forked): the one forked
    before the command line was read (builder.cli.early), or one forked now; None when the
    report is not built with the deck or forking does not pay."""
    child = early.take()
    if not early.builds_both(formats):
        if child is not None:
            child.cancel()
        return None
    return child if child is not None else early.fork_standby()


@cli.command()
@OUTLINE_ARG
@build_options
@click.option("--preview", is_flag=True,
              help="Also write PNG thumbnails and contact sheets (needs poppler's pdftoppm).")
@click.option("--variant", default="", metavar="AUDIENCE",
              help="Build the cut for one audience (exec, or a name the outline declares); "
                   "the files are named NAME-AUDIENCE.")
def build(outline: Path, out_dir: Path, fmt: tuple, strict: bool, preview: bool, variant: str,
          assets, template):
    """Build the deck and the report from OUTLINE (default: outline.yaml)."""
    with collector(False):  # a one-shot process: see builder.collector
        standby = report_standby(fmt)  # before the pipeline's imports, which it overlaps
        from builder.pipeline import FORMATS, Builder

        builder = Builder(assets=assets, template=template, parallel=True)  # a cold build
        result = run(lambda: builder.build(outline, out_dir, fmt or FORMATS, strict, variant,
                                           standby))
    hold_until_exit(builder, result)
    report(result.diagnostics)
    for path in result.paths:
        click.echo(str(path))
    if preview:
        from builder.cli.preview import PreviewError, preview as make_preview

        try:
            images = make_preview(result.paths, builder.slides_pdf(result.checked))
        except PreviewError as err:
            click.echo(f"briefing: preview skipped: {err}", err=True)
            return
        for image in images:
            if image.name.endswith("sheet.png"):
                click.echo(str(image))


@cli.command()
@OUTLINE_ARG
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the diagnostics.")
@ASSETS_OPT
@TEMPLATE_OPT
@click.option("--variant", default="", metavar="AUDIENCE",
              help="Check the cut for one audience (exec, or a name the outline declares).")
def check(outline: Path, strict: bool, fmt: str, assets, template, variant: str):
    """Validate OUTLINE (and lay out the deck) without writing anything."""
    from builder.pipeline import FORMATS, Builder

    checked = run(lambda: Builder(assets=assets, template=template).check(
        outline, strict, FORMATS, variant), fmt)
    report(checked.diagnostics, fmt)
    if fmt == "text":
        click.echo(f"{outline}: ok ({summary(checked.diagnostics)})", err=True)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def new(path: Path, force: bool):
    """Write a small, commented starter outline to PATH (and the editor schema beside it)."""
    from builder.outline.schema import json_schema
    from builder.cli.starter import starter

    if path.exists() and not force:
        raise click.UsageError(f"{path} exists; use --force to overwrite it")
    schema_path = path.parent / "outline.schema.json"
    try:
        path.write_text(starter(path.name), encoding="utf-8")
        click.echo(str(path))
        if not schema_path.exists():
            schema_path.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
            click.echo(str(schema_path))
    except OSError as err:
        click.echo(f"briefing: error: {err.filename or path}: {err.strerror}", err=True)
        sys.exit(1)


@cli.command()
@OUTLINE_ARG
@build_options
def watch(outline: Path, out_dir: Path, fmt: tuple, strict: bool, assets, template):
    """Build OUTLINE, then rebuild on every save until Ctrl-C."""
    from builder.cli.watch import watch_outline

    run(lambda: watch_outline(outline, out_dir, fmt, strict, assets=assets, template=template))


@cli.command("import")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the outline (default: ARTICLE's name with .yaml).")
@click.option("--force", is_flag=True, help="Overwrite the output if it exists.")
def import_(article: Path, output: Path | None, force: bool):
    """Turn ARTICLE (.txt or .md) into a starting outline, leaving out page debris."""
    from builder.importer import import_article
    from builder.outline.load import load_outline

    output = output or Path(article.stem + ".yaml")
    if output.exists() and not force:
        raise click.UsageError(f"{output} exists; use --force to overwrite it")

    def convert():
        from builder.outline.source import MAX_BYTES, read_at_most

        try:
            data = read_at_most(article, MAX_BYTES)
        except OSError as err:
            raise BuildError(f"{article}: cannot read the article: {err.strerror or err}") from None
        if len(data) > MAX_BYTES:
            raise BuildError(f"{article}: the article is larger than {MAX_BYTES // 1048576} MB; "
                             "import it in parts")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise BuildError(f"{article}: not valid UTF-8 (byte {err.start}); save it as UTF-8") from None
        try:
            result = import_article(text, article.name)
        except ValueError as err:
            raise BuildError(f"{article}: {err}") from None
        try:
            output.write_text(result.outline_yaml, encoding="utf-8")
        except OSError as err:
            raise BuildError(f"{output}: cannot write the outline: {err.strerror or err}") from None
        load_outline(output)  # what we write must validate
        return result

    result = run(convert)
    click.echo(str(output))
    for item in result.dropped:
        click.echo(f"dropped: {item}", err=True)
    click.echo(f"{result.sections} sections, {result.subsections} sub-sections, {result.quotes} "
               f"quotes; {len(result.dropped)} pieces of page debris left out", err=True)


@cli.command()
def schema():
    """Print the outline's JSON Schema (for editors)."""
    from builder.outline.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


cli.add_command(__import__("builder.cli.template", fromlist=["template"]).template)


def main() -> None:
    try:
        cli(prog_name="briefing")
    except SystemExit as done:  # how click ends every command
        if done.code is None or isinstance(done.code, int):
            leave(done.code or 0)
        raise


_HELD: list = []


def hold_until_exit(*made) -> None:
    """Keep what a one-shot command made referenced until the process ends (`leave`): freeing a
    big build's objects one by one when the command returns — 13 ms of a 1,000-section build —
    is work the exit makes pointless. Only the last command's are held (tests run many)."""
    _HELD[:] = made


def leave(code: int) -> None:
    """End the process now, its output flushed: its files are written and closed and its
    children reaped, so the interpreter's teardown (every module and object freed, ~3 ms)
    would change nothing. A stream that cannot be flushed ends it with 120, as Python does."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120
    os._exit(code)
