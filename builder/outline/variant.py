"""A cut of the briefing for one audience (`briefing build --variant NAME`): the same outline,
holding only what that audience is given, built into a deck and a report like any other.

Sections, bullets and blocks may carry `audience:` tags. When something is tagged for the
audience, its cut holds the sections tagged for it (with what they hold, unless that is tagged
for other audiences) and, in other sections, what is tagged for it. When nothing is tagged for
`exec`, its cut is the default executive cut: the title, the key judgments, and each section
with its takeaway and first three bullets. A section the cut leaves empty is left out, with a
warning at its line. Sections are numbered again in the cut's order.
"""
from __future__ import annotations

from dataclasses import replace

from builder.diagnostics import Collector
from builder.outline import model

EXEC = "exec"
EXEC_BULLETS = 3  # the default executive cut: each section's first three bullets


def tags(sections):
    """Every audience name the sections (and what they hold) are tagged with, as written."""
    for s in sections:
        yield from s.audience
        for tag in s.bullet_audiences:
            yield from tag
        for block in s.blocks:
            yield from block.audience
        yield from tags(s.subsections)


def check_audiences(values: dict, node, diags: Collector) -> None:
    """Every `audience:` names `exec` or an audience the outline declares (the outline's check,
    given its keys' values)."""
    known = (EXEC, *values.get("audiences", ()))
    for name in tags(values.get("sections", ())):
        if name not in known:
            import difflib  # imported by the first hint that needs it

            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            diags.error(getattr(name, "loc", None) or node.loc, f"unknown audience '{name}'"
                        f"{hint}; declare it under `audiences:`", "unknown-audience")


def cut(outline: model.Outline, audience: str, diags: Collector) -> model.Outline:
    """`outline` cut for `audience`; an unknown audience, or one nothing is for, is an error."""
    known = (EXEC, *outline.audiences)
    if audience not in known:
        diags.error(outline.loc, f"there is no audience '{audience}' to build a variant for "
                    f"(known: {', '.join(known)})", "variant")
        return outline
    if audience in set(tags(outline.sections)):
        sections = [tagged_cut(s, audience, False, diags) for s in outline.sections]
    elif audience == EXEC:
        sections = [exec_cut(s, diags) for s in outline.sections]
    else:
        diags.error(outline.loc, f"nothing in the outline is tagged for the audience "
                    f"'{audience}' (`audience: {audience}`)", "variant")
        return outline
    kept = renumber([s for s in sections if s is not None])
    if not kept:
        diags.error(outline.loc, f"the '{audience}' cut leaves no section", "variant")
        return outline
    return replace(outline, sections=kept, introduction="", variant=audience)


def exec_cut(s: model.Section, diags: Collector) -> model.Section | None:
    """The default executive cut of a section: its title, takeaway and first bullets."""
    if not (s.takeaway or s.bullets):
        left_out(s, EXEC, diags)
        return None
    return model.Section(s.title, s.takeaway, s.bullets[:EXEC_BULLETS], notes=s.notes,
                         number=s.number, direction=s.direction, loc=s.loc)


def tagged_cut(s: model.Section, audience: str, inherited: bool,
               diags: Collector) -> model.Section | None:
    """What of `s` is for `audience`: all of it when it is tagged for it (or its parent is and
    it has no tag of its own), else only what is tagged for it."""
    mine = audience in s.audience if s.audience else inherited
    tags_ = s.bullet_audiences or ((),) * len(s.bullets)
    bullets = tuple(b for b, tag in zip(s.bullets, tags_) if for_(audience, tag, mine))
    blocks = tuple(b for b in s.blocks if for_(audience, b.audience, mine))
    subs = tuple(c for c in (tagged_cut(c, audience, mine, diags) for c in s.subsections) if c)
    takeaway, summary = (s.takeaway, s.summary) if mine else ("", "")
    if not (bullets or blocks or subs or takeaway or summary):
        if mine:  # (a section not for the audience is left out silently)
            left_out(s, audience, diags)
        return None
    return model.Section(s.title, takeaway, bullets, summary, s.notes if mine else "", blocks,
                         subs, s.number, s.direction, loc=s.loc)


def for_(audience: str, tag: tuple, inherited: bool) -> bool:
    return audience in tag if tag else inherited


def left_out(s: model.Section, audience: str, diags: Collector) -> None:
    diags.warning(s.loc, f"section '{s.title}' has nothing for the '{audience}' cut (no "
                  f"takeaway or bullets for it); it is left out of that variant", "variant")


def renumber(sections: list[model.Section]) -> tuple[model.Section, ...]:
    return tuple(replace(s, number=str(i), subsections=tuple(
        replace(c, number=f"{i}.{j}") for j, c in enumerate(s.subsections, 1)))
        for i, s in enumerate(sections, 1))
