"""Inline markup in outline text: `**bold**`, `*italic*` (`_italic_`), `[text](https://…)`
links and citations (`[@id]`, `[@a; @b]`, with a locator `[@id, para. 4]`), read into runs. Nothing else is markup: `<b>`,
`&amp;` and `<img …>` stay text.

Parsed with markdown-it-py's "zero" preset and only the emphasis, link and backslash-escape
rules (`\\*` is an asterisk and `\\[@id]` the text "[@id]", no citation; an unclosed `**` is
text, as in CommonMark; no raw HTML, no entities). A link to anything but http, https or mailto
is an error at its line and column.
Text without a markup character is returned as it is, parsed by nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from builder.diagnostics import Collector, Loc
from builder.outline.text import Run, Text

MARKERS = re.compile(r"[*_\[\\]")  # text without these has no markup
# text whose only markup is citations: every '[' opens a '[@…]' that is not a link's text
BEYOND_CITATIONS = re.compile(r"[*_\\]|\[(?!@[^\]\n]*\](?!\())")
CITATION = re.compile(r"\[@([^\]\n]*)\]")  # [@id], [@a; @b], [@id, para. 4]
CITED = re.compile(r"\s*@?([A-Za-z0-9][A-Za-z0-9_.-]*?)\.?(?:\s*,\s*|\s+|$)(.*)", re.S)
SCHEMES = ("http://", "https://", "mailto:")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("zero").enable(["emphasis", "link", "escape"])
    md.core.ruler.disable("text_join")  # an escaped character stays a token of its own
    md.validateLink = lambda url: True  # every target is read, so a bad one can be reported
    md.normalizeLink = lambda url: url  # and kept as written
    return md


def inline(value: str, loc: Loc | None, diags: Collector) -> Text:
    """`value` as a Text of runs; a link to a scheme we do not follow is an error at `loc`."""
    if not MARKERS.search(value):
        return Text(value, loc)
    if not BEYOND_CITATIONS.search(value):  # no need to load the parser (~40 ms at a cold start)
        return Text.of_runs(tuple(_cited(Run(_normalised(value)))), loc)
    runs = list(_runs(value))
    for run, offset in _links(runs, value):
        if not run.link.lower().startswith(SCHEMES):
            where = Loc(loc.file, loc.line, loc.col + offset) if loc and "\n" not in value[:offset] \
                else loc
            diags.error(where, f"a link must go to an http, https or mailto address, not "
                        f"'{run.link}'", "link")
    return Text.of_runs(tuple(runs), loc)


def _normalised(value: str) -> str:
    """`value` as markdown-it reads it (its "normalize" rule): line ends as \\n, NUL as U+FFFD."""
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def _runs(value: str):
    """The runs of `value`, from markdown-it's inline tokens."""
    bold = italic = 0
    link = ""
    for token in _parser().parseInline(value)[0].children:
        kind = token.type
        if kind == "text" and token.content:
            yield from _cited(Run(token.content, bool(bold), bool(italic), link))
        elif kind == "text_special":  # an escaped character: itself, never part of a citation
            yield Run(token.content, bool(bold), bool(italic), link)
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            link = token.attrs.get("href", "")
        elif kind == "link_close":
            link = ""


def _links(runs: list[Run], value: str):
    """Each run that is a link, with where its target is written in `value`."""
    seen = set()
    for run in runs:
        if run.link and run.link not in seen:
            seen.add(run.link)
            yield run, max(0, value.find(f"]({run.link}") + 2)


def citation(cited: tuple[tuple[str, str], ...]) -> Run:
    """The run of a citation of (id, locator) pairs; it has locators only if one is given."""
    locators = tuple(w for _, w in cited)
    return Run("", cite=tuple(i for i, _ in cited), locators=locators if any(locators) else ())


def cited_part(part: str) -> tuple[str, str]:
    """'@tass, para. 4' as the id and the locator ('tass', 'para. 4'); the locator may be left
    out, and the comma too ('@tass para. 4')."""
    match = CITED.fullmatch(part)
    if not match:
        return part.strip().lstrip("@").strip(), ""
    return match.group(1), match.group(2).strip()


def _cited(run: Run):
    """`run` with each citation in it (`[@id]`, `[@a; @b]`) as a run of its own."""
    start = 0
    for match in CITATION.finditer(run.text):
        before = run.text[start:match.start()].rstrip()  # the number sits against the word
        if before:
            yield Run(before, run.bold, run.italic, run.link)
        cited = tuple(cited_part(part) for part in match.group(1).split(";"))
        yield citation(cited)
        start = match.end()
    if start < len(run.text):
        yield Run(run.text[start:], run.bold, run.italic, run.link)
