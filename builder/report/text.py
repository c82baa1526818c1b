"""The one way outline text reaches reportlab's paragraph markup.

Every character is escaped, so `<b>`, `&amp;` or `<img src=…>` typed in the outline is shown as
typed; the runs' emphasis and links become markup, coloured from the theme."""
from __future__ import annotations

from collections.abc import Callable

from builder.outline.text import Run, runs_of
from builder.theme import Theme
from builder.xmltext import escape, quoteattr


def markup(value: str, theme: Theme, cite: Callable[[Run], str] | None = None) -> str:
    """Paragraph markup showing exactly `value`: an outline `Text` run by run, or a plain string
    (a label from `builder.wording`) as one plain run. `cite` gives a citation the anchor of the
    note it leads to (by default, its first source's entry in the sources list)."""
    return "".join(run_markup(run, theme, cite) for run in runs_of(value))


def run_markup(run: Run, theme: Theme, cite: Callable[[Run], str] | None = None) -> str:
    out = literal(run.text)
    if run.cite:  # a citation: its numbers raised, linked to its note
        anchor = cite(run) if cite else f"source-{run.text.split(',')[0]}"
        return f'<super><a href="#{anchor}">{out}</a></super>' if anchor else f"<super>{out}</super>"
    if run.bold:
        out = f"<b>{out}</b>"
    if run.italic:
        out = f"<i>{out}</i>"
    if run.link:
        colour = theme.color(theme.page.link)
        out = f'<a href={quoteattr(run.link)} color="#{colour}"><u>{out}</u></a>'
    return out


def literal(value: str) -> str:
    """`value` escaped: no character of it is read as markup; a line break stays one."""
    return escape(value).replace('"', "&quot;").replace("\n", "<br/>")
