"""The notes at the end of each part of the report (the key judgments, the introduction, each
section): the sources its citations lead to, by the same numbers as the deck and the sources list,
with where in each source (`[@tass, para. 4]` → "para. 4").

Notes at the end of a part rather than at the foot of a page: they flow like any paragraph, so
platypus measures and splits them as it does the text (a footnote would take room from the page
its citation lands on, and could push that citation to the next page)."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import KeepTogether

from builder import wording
from builder.outline import model
from builder.outline.text import Run, Text
from builder.report.context import Context


def with_notes(ctx: Context, name: str, make: Callable[[], list], part: str) -> list:
    """What `make` makes, its citations leading to part `name`'s notes, then those notes,
    labelled with `part` ("the key judgments", "section 7")."""
    ctx.record.part = name
    try:
        made = make()
    finally:
        ctx.record.part = ""
    return made + notes(ctx, name, part)


def notes(ctx: Context, name: str, part: str) -> list:
    """The notes of part `name`: a label, then one line per cited source, in number order."""
    cited = ctx.record.cited.get(name)
    if not cited:
        return []
    sources = {number: source for number, source in wording.sources_in_order(ctx.outline)}
    lines = [ctx.paragraph(note(sources[n], n, places), "note", anchor=f"note-{name}-{n}")
             for n, places in sorted(cited.items()) if n in sources]
    label = ctx.paragraph(wording.notes_label(part), "notes_label")
    return [KeepTogether([label, *lines[:1]]), *lines[1:]]


def note(source: model.Source, number: int, places: list[str]) -> Text:
    """'[1] Title — para. 4; para. 7.' — its number leads to the source's entry in the sources
    list."""
    return Text.of_runs((Run(f"[{number}]", link=f"#source-{number}"),
                         Run(" " + wording.note(source, places))))
