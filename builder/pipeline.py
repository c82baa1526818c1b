"""The pipeline, read left to right: source → validate → model → layout → two writers → files.

Only this module knows both writers. `Builder.check` runs the stages up to the deck's plan and
returns what it found as one value (`Checked`); `Builder.build` writes the documents of that
check through `builder.output`, which replaces the last good files only when all are complete.
"""
from __future__ import annotations

import gc
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from builder.collector import collector
from builder.diagnostics import Collector, Diagnostic, Loc
from builder.measure import Measurer
from builder.outline import model
from builder.outline.accessible import check_accessible
from builder.outline.load import load_outline
from builder.outline.scripts import BIDI_CONTROLS, has_complex
from builder.outline.text import texts
from builder.output import check_out_dir, check_targets, slug, write_all
from builder.records import frozen
from builder.theme import DEFAULT, Theme
from builder.theme import fonts as fontlib

if TYPE_CHECKING:
    from builder.forked import Forked, Standby
    from builder.layout.plan import DeckPlan
    from builder.template.presentation import Template

FORMATS = ("pptx", "pdf")  # what `build` writes unless told: the deck and the report
PLANNED = ("pptx", "slides", "handout")  # the formats drawn from the deck's plan


@frozen
class Checked:
    """One outline, checked: its model, every diagnostic found, the theme it is built in (the
    built-in one or the outline's theme file) and the deck's plan (None if no deck is wanted)."""

    outline: model.Outline
    diagnostics: tuple[Diagnostic, ...]
    theme: Theme
    theme_file: Path | None = None
    plan: DeckPlan | None = None
    template: Template | None = None  # the deck's template, when one is used
    template_file: Path | None = None


@dataclass
class BuildResult:
    """What a build wrote, what it found, and how long it took."""

    outline: model.Outline
    paths: list[Path] = field(default_factory=list)
    diagnostics: list = field(default_factory=list)
    slides: int = 0
    seconds: float = 0.0
    checked: Checked | None = None


def check_glyphs(outline: model.Outline, measurer: Measurer, diags: Collector) -> None:
    """Every character must be drawable by one of the theme's fonts; bidi embedding, override
    and isolate controls (U+202A-U+202E, U+2066-U+2069) are refused: they would reorder text
    beyond their own field (use `direction:` instead)."""
    for value in texts(outline):
        if value.isascii():
            continue
        loc = value.loc or Loc(outline.loc.file if outline.loc else "outline", 1, 1)
        controls = sorted(set(value) & BIDI_CONTROLS)
        if controls:
            shown = ", ".join(f"U+{ord(c):04X}" for c in controls)
            diags.error(loc, f"bidirectional control character {shown} is not allowed: it could "
                        "reorder the text around it; remove it (a paragraph's direction comes "
                        "from its first letter, or from 'direction:')", "bidi-control")
            continue
        missing = measurer.missing_glyphs(value)
        if missing:
            shown = ", ".join(shown_char(c) for c in sorted(missing)[:5])
            diags.error(loc, f"no font of the theme can draw {shown}", "missing-glyph")


def check_chart_labels(outline: model.Outline, diags: Collector) -> None:
    """The report's charts draw their labels with reportlab's graphics, which neither shape nor
    reorder text: a chart shown in the report with Persian, Arabic, Hebrew or CJK labels is a
    warning (the deck's native chart shows them; its title and source are drawn shaped)."""
    for chart in (c for s in outline.walk() for c in s.blocks_of(model.Chart)):
        if model.shown_in(chart, "report") and complex_labels(chart):
            diags.warning(chart.loc, "the report's chart cannot draw labels in Persian, Arabic, "
                          "Hebrew or CJK yet (the deck's chart shows them): give the chart "
                          "'show: deck', or labels in Latin script", "chart-script")


def check_slide_chart_labels(plan: DeckPlan | None, diags: Collector) -> None:
    """The slides PDF and the handout draw a chart with reportlab's graphics, as the report does:
    a chart on a slide with Persian, Arabic, Hebrew or CJK labels is a warning at its line (the
    rest of their text is drawn shaped, in its direction)."""
    from builder.layout.plan import ChartBox

    slides = plan.slides if plan is not None else ()
    for chart in (f.chart for s in slides for f in s.frames if isinstance(f, ChartBox)):
        if complex_labels(chart):
            diags.warning(chart.loc, "the slides PDF's chart cannot draw labels in Persian, "
                          "Arabic, Hebrew or CJK yet (the deck's chart shows them)", "chart-script")


def complex_labels(chart: model.Chart) -> bool:
    """Whether a chart's labels hold Persian, Arabic, Hebrew or CJK text, which reportlab's chart
    drawing (the report's, the slides PDF's) neither shapes nor reorders."""
    labels = (*chart.categories, *(s.name for s in chart.series), chart.x_title, chart.y_title)
    return any(has_complex(t) for t in labels)


def shown_char(c: str) -> str:
    """A character as a message shows it: itself and its code, or, when it is invisible or
    would break the message's line (a combining mark, a separator), its code and name."""
    if c.isprintable() and unicodedata.category(c) not in ("Mn", "Me", "Cf", "Zs"):
        return f"'{c}' U+{ord(c):04X}"
    return f"U+{ord(c):04X} ({unicodedata.name(c, 'unnamed').lower()})"


class Builder:
    """Builds outlines; keeps fonts and measurements warm between builds (the watch path).

    A builder holds no result of an earlier check: each check decides its own theme, so the
    same outline gives the same documents whatever was checked before it."""

    def __init__(self, theme: Theme = DEFAULT, assets: Path | None = None,
                 template: Path | None = None, parallel: bool = False):
        self.base_theme = theme  # used unless an outline names a theme file
        self.assets = assets  # a folder images may also come from (besides the outline's)
        self.template = template  # --template: wins over the outline's `template:`
        self._measurers: dict = {}  # by typeface: fonts stay loaded between builds
        self._templates = None  # templates read so far, kept while their files are unchanged
        self.parallel = parallel  # a cold build: the report made in a forked child (see forked)

    def measurer_for(self, theme: Theme) -> Measurer:
        """The measurer of `theme`'s typeface, loaded once per builder."""
        faces = (theme.font, theme.heading_font, theme.scripts)
        if faces not in self._measurers:
            heading = fontlib.load(theme.heading_font) if theme.heading_font else None
            self._measurers[faces] = Measurer(fontlib.load(theme.font), heading, theme.scripts)
        return self._measurers[faces]

    @property
    def measurer(self) -> Measurer:
        """The measurer of the builder's own theme."""
        return self.measurer_for(self.base_theme)

    def theme_of(self, outline: model.Outline, path: Path, diags: Collector,
                 base: Theme | None = None) -> tuple[Theme, Path | None]:
        """The theme `outline` is built in (its theme file over `base`, by default the builder's
        own theme), and the theme file it came from (if any)."""
        base = base or self.base_theme
        if not outline.theme:
            return base, None
        from builder.theme.file import theme_for

        theme, theme_file = theme_for(outline, path, self.roots(path), diags, base)
        diags.check()
        return theme, theme_file

    def theme_on(self, outline: model.Outline, path: Path, template: Template | None,
                 diags: Collector) -> tuple[Theme, Path | None]:
        """The theme `outline` is built in — the built-in one, then the template's, then the
        outline's theme file — with its warnings (stand-in fonts, faint colours), and the theme
        file it came from (if any)."""
        theme, where = self.base_theme, None
        if template is not None:
            from builder.theme.template import on_template, template_loc
            theme = on_template(theme, template)
            where = template_loc(outline, self.template is not None)
        theme, theme_file = self.theme_of(outline, path, diags, theme)
        if where is not None:
            from builder.theme.template import warn_substitutes
            warn_substitutes(theme, diags, where)
        if theme_file is not None or where is not None:
            from builder.theme.contrast import warn_faint
            loc = where if theme_file is None else getattr(outline.theme, "loc", None) or outline.loc
            warn_faint(theme, diags, loc, "the theme file" if theme_file is not None else "the template")
        return theme, theme_file

    def template_of(self, outline: model.Outline, path: Path,
                    diags: Collector) -> tuple[Template | None, Path | None]:
        """The template the deck is built on (--template, else the outline's), and its file."""
        from builder.template.locate import template_path

        found = template_path(outline, path, self.template, self.roots(path), diags)
        diags.check()
        if found is None:
            return None, None
        if self._templates is None:
            from builder.template.load import TemplateCache
            self._templates = TemplateCache()
        template = self._templates.get(found)
        from builder.template.choose import check_pins
        from builder.theme.template import template_loc

        check_pins(outline, template, diags)
        for notice in template.notices:  # e.g. a .pptm's macros left out
            diags.warning(template_loc(outline, self.template is not None), notice, "template")
        diags.check()
        return template, found

    def roots(self, path: Path) -> list[Path]:
        """The folders an outline's files may come from: its own, and --assets."""
        return [path.parent] + ([self.assets] if self.assets else [])

    def check(self, path: Path, strict: bool = False, formats=FORMATS,
              variant: str = "", checked_model: Callable | None = None) -> Checked:
        """Load, validate and lay out `path` (cut for the audience `variant`, if one is named);
        raises OutlineError carrying every problem. `checked_model(outline, theme)` is called
        once the model and theme are final and valid, before the text's checks (which may still
        find errors: what it started is then not used) and before the deck is laid out.

        The cyclic garbage collector rests meanwhile (see `collector`); `checked_model` runs
        with it as it was (the report's child, forked there, collects as any process does)."""
        outside = gc.isenabled()

        def model_checked(outline: model.Outline, theme: Theme) -> None:
            with collector(outside):
                checked_model(outline, theme)
        with collector(False):
            return self.checked(path, strict, formats, variant,
                                model_checked if checked_model is not None else None)

    def checked(self, path: Path, strict: bool, formats, variant: str,
                checked_model: Callable | None) -> Checked:
        """`check`'s stages."""
        diags = Collector()
        outline = load_outline(path, diags, self.assets)
        if variant:
            from builder.outline.variant import cut
            outline = cut(outline, variant, diags)
            diags.check()
        template, template_file = self.template_of(outline, path, diags)
        theme, theme_file = self.theme_on(outline, path, template, diags)
        measurer = self.measurer_for(theme)
        if checked_model is not None and not diags.errors:
            checked_model(outline, theme)
        check_glyphs(outline, measurer, diags)
        check_chart_labels(outline, diags)
        check_accessible(outline, diags)
        plan = None
        if any(f in PLANNED for f in formats):
            from builder.layout.deck import layout_deck
            kinds = None
            if template is not None:
                from builder.template.frames import kind_frames
                kinds = kind_frames(template, dict(outline.layouts))
            plan = layout_deck(outline, theme, measurer, diags, kinds)
        if "slides" in formats or "handout" in formats:
            check_slide_chart_labels(plan, diags)
        if template is not None and ("slides" in formats or "handout" in formats):
            from builder.theme.template import template_loc
            diags.warning(template_loc(outline, self.template is not None), "the slides PDF and "
                          "the handout draw the briefing's own slides, not the template's "
                          "backgrounds and logos", "template")
        diags.check(strict)
        return Checked(outline, tuple(diags.items), theme, theme_file, plan, template,
                       template_file)

    def build(self, path: Path, out_dir: Path, formats=FORMATS, strict: bool = False,
              variant: str = "", standby: Standby | None = None) -> BuildResult:
        """Check `path` and write its documents. `standby`, a child forked earlier that waits
        for the checked outline (see builder.forked), makes the report if both documents are
        built; otherwise a parallel builder forks its report's child once the model is checked."""
        start = time.perf_counter()
        report: list[Forked] = []  # the child making the report, once it has its outline

        def start_report(outline: model.Outline, theme: Theme) -> None:
            both = set(formats) >= {"pptx", "pdf"}
            here = partial(self.report, outline, theme)
            if standby is not None and both:
                standby.give(here, outline, theme, self.measurer_for(theme).fonts,
                             leave_out=(Loc,))  # the report never reads where a value was
                report.append(standby)
            elif self.parallel and both:
                from builder.forked import Forked, can_fork  # only a report's child needs it
                if can_fork():
                    report.append(Forked(here))
        try:
            check_out_dir(out_dir)
            checked = self.check(path, strict, formats, variant, start_report)
            check_targets([t for t, _ in self.targets(checked, out_dir, formats)],
                          inputs(checked, path))
            paths = write_all(out_dir, self.documents(checked, out_dir, formats,
                                                      report[0] if report else None))
        finally:
            for child in report + ([standby] if standby is not None else []):
                child.cancel()  # nothing left to do if its result was taken
        slides = len(checked.plan.slides) if checked.plan else 0
        return BuildResult(checked.outline, paths, list(checked.diagnostics), slides,
                           time.perf_counter() - start, checked)

    @staticmethod
    def targets(checked: Checked, out_dir: Path, formats) -> list[tuple[Path, str]]:
        """Where each requested document of `checked` goes, and its format: NAME.pptx,
        NAME.pdf, NAME-slides.pdf, NAME-handout.pdf (NAME with an audience's cut as suffix)."""
        o = checked.outline
        stem = (o.file_name or slug(o.title)) + (f"-{o.variant}" if o.variant else "")
        names = {"pptx": f"{stem}.pptx", "pdf": f"{stem}.pdf", "slides": f"{stem}-slides.pdf",
                 "handout": f"{stem}-handout.pdf"}
        return [(out_dir / names[fmt], fmt) for fmt in names if fmt in formats]

    def documents(self, checked: Checked, out_dir: Path, formats,
                  report: Forked | None = None) -> list[tuple[Path, bytes]]:
        """Each requested document of `checked`: where it goes and its bytes (the report's from
        `report`, a child making it, if one was started)."""
        documents: list[tuple[Path, bytes]] = []
        for target, fmt in self.targets(checked, out_dir, formats):
            if fmt == "pptx":
                from builder.deck.writer import write_pptx
                data = write_pptx(checked.plan, checked.theme, checked.template)
            elif fmt == "pdf":
                data = report.result() if report else self.report(checked.outline, checked.theme)
            elif fmt == "slides":
                data = self.slides_pdf(checked)
            else:
                from builder.slides import write_handout_pdf
                o = checked.outline
                data = write_handout_pdf(checked.plan, checked.theme,
                                         self.measurer_for(checked.theme), o.page_size, o.marking)
            documents.append((target, data))
        return documents

    def report(self, outline: model.Outline, theme: Theme) -> bytes:
        """The report's bytes."""
        from builder.report import write_pdf

        return write_pdf(outline, theme, self.measurer_for(theme).fonts)

    def slides_pdf(self, checked: Checked) -> bytes | None:
        """The deck's plan drawn as a PDF of slides (None when no deck was planned)."""
        if checked.plan is None:
            return None
        from builder.slides import write_slides_pdf
        return write_slides_pdf(checked.plan, checked.theme, self.measurer_for(checked.theme))


def inputs(checked: Checked, path: Path) -> list[Path]:
    """Every file a build reads: the outline, its theme file and template, its images."""
    files = [path, checked.theme_file, checked.template_file]
    files += [Path(b.path) for s in checked.outline.walk() for b in s.blocks
              if isinstance(b, model.Image) and b.path]
    return [f for f in files if f is not None]
