"""The one way outline text reaches reportlab's paragraph markup.

Every character is escaped, so `<b>`, `&amp;` or `<img src=…>` typed in the outline is shown as
typed; the runs' emphasis and links become markup, coloured from the theme."""
from __future__ import annotations

from builder.outline.text import Run, runs_of
from builder.theme import Theme
from builder.xmltext import escape, quoteattr


def markup(value: str, theme: Theme) -> str:
    """Paragraph markup showing exactly `value`: an outline `Text` run by run, or a plain string
    (a label from `builder.wording`) as one plain run."""
    return "".join(run_markup(run, theme) for run in runs_of(value))


def run_markup(run: Run, theme: Theme) -> str:
    out = literal(run.text)
    if run.cite:  # a citation: its numbers raised, linked to the first one's entry
        first = run.text.split(",")[0]
        return f'<super><a href="#source-{first}">{out}</a></super>'
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
