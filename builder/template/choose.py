"""Which of the template's layouts each kind of slide goes on, and why.

A layout is chosen by what it is, in this order of evidence:
1. a pin in the outline (`layouts: {quote: "Quote"}`);
2. its `type` attribute when its placeholders agree ("type titleOnly");
3. its placeholders together with its name in any language PowerPoint names layouts in;
4. its placeholders alone (a layout without `type`), then its type alone, then its name alone,
   then placeholders that fit under another layout type (a "Section Header" for content);
5. a near fit (a title and the fewest other placeholders), and only then position, said so.

Placeholders count by type, never by idx: real templates number bodies 10, 13 or 14, or all 0.
Among equals the first wins, so the first master's layout beats a second master's namesake.
"""
from __future__ import annotations

from typing import NamedTuple

from builder.diagnostics import Collector
from builder.outline.model import SLIDE_KINDS
from builder.template.names import normalise, role_of

BODIES = {"body", "obj"}  # placeholders text can go in


class Choice(NamedTuple):
    """The layout a kind of slide goes on and a short sentence saying why."""

    layout: object  # a presentation.Layout (not imported: presentation uses this module)
    reason: str


class Role(NamedTuple):
    """What a kind of slide needs of its layout."""

    types: tuple[str, ...]  # the layout types that are this role
    names: tuple[str, ...]  # built-in layout names (keys of names.LAYOUT_NAMES)
    wants: str  # the placeholders, in words


TITLE = Role(("title",), ("Title Slide",), "title + subtitle")
CONTENT = Role(("obj", "tx"), ("Title and Content",), "title + 1 body placeholder")
COMPARISON = Role(("twoObj", "twoTxTwoObj"), ("Two Content", "Comparison"),
                  "title + 2 body placeholders")
TITLE_ONLY = Role(("titleOnly",), ("Title Only",), "title only")

ROLES = {"title": TITLE, "judgments": CONTENT, "agenda": CONTENT, "section": CONTENT,
         "sources": CONTENT, "comparison": COMPARISON, "quote": TITLE_ONLY,
         "timeline": TITLE_ONLY, "table": TITLE_ONLY, "chart": TITLE_ONLY, "image": TITLE_ONLY,
         "callout": TITLE_ONLY}


def choose_layouts(template, pins: dict[str, str] | None = None) -> dict[str, Choice]:
    """The layout of every slide kind (SLIDE_KINDS) on `template`, each with its reason."""
    return {kind: choose_layout(template.layouts, kind, pins) for kind in SLIDE_KINDS}


def choose_layout(layouts, kind: str, pins: dict[str, str] | None = None) -> Choice:
    """The layout for one kind of slide; a kind we do not know is drawn on a title-only layout."""
    if not layouts:
        raise ValueError("the template has no slide layouts")
    pinned = find_layout(layouts, (pins or {}).get(kind))
    if pinned is not None:
        return Choice(pinned, "pinned by the outline")
    role = ROLES.get(kind, TITLE_ONLY)
    return (by_evidence(layouts, role) or near_fit(layouts, role)
            or Choice(layouts[0], "the first layout, by position: no layout fits better"))


def find_layout(layouts, name: str | None):
    """The layout called `name` (exactly, else ignoring case and spaces); the first master's
    when two masters have one of that name."""
    if not name:
        return None
    exact = next((l for l in layouts if l.name == name), None)
    return exact or next((l for l in layouts if normalise(l.name) == normalise(name)), None)


def fits(layout, role: Role) -> bool:
    """Whether the layout's placeholders are what `role` needs (types only, never idx)."""
    types = [p.type for p in layout.content]
    if role is TITLE:
        return layout.has("ctrTitle", "title") and types == ["subTitle"]
    if not layout.has("title"):
        return False
    wanted = {CONTENT: 1, COMPARISON: 2, TITLE_ONLY: 0}[role]
    return len(types) == wanted and all(t in BODIES for t in types)


def name_reason(layout, role: Role) -> str | None:
    """"name 'Nur Titel' (German for Title Only)" when the name is one of the role's."""
    found = role_of(layout.name)
    if found is None or found[0] not in role.names:
        return None
    builtin, language = found
    if language == "English":
        return f"name '{layout.name}'"
    return f"name '{layout.name}' ({language} for {builtin})"


def by_evidence(layouts, role: Role) -> Choice | None:
    """The best layout by type, placeholders and name (steps 2 to 4 above), or None."""
    typed = [l for l in layouts if l.type in role.types]
    for l in sorted(typed, key=lambda l: role.types.index(l.type)):
        if fits(l, role):
            return Choice(l, f"type {l.type}")
    fitting = [l for l in layouts if fits(l, role)]
    for l in fitting:
        if (said := name_reason(l, role)) is not None:
            return Choice(l, f"{role.wants}, {said}")
    for l in fitting:
        if l.type is None:
            return Choice(l, role.wants)
    if typed:
        return Choice(typed[0], f"type {typed[0].type} (its placeholders are not {role.wants})")
    for l in layouts:
        if (said := name_reason(l, role)) is not None:
            return Choice(l, f"{said} (its placeholders are not {role.wants})")
    if fitting:
        return Choice(fitting[0], f"{role.wants} (its type is {fitting[0].type})")
    return None


def near_fit(layouts, role: Role) -> Choice | None:
    """A layout close to what `role` needs, when none is what it needs."""
    if role is COMPARISON:
        found = by_evidence(layouts, CONTENT) or near_fit(layouts, CONTENT)
        return found and Choice(found.layout, f"no layout with 2 body placeholders: {found.reason}")
    if role is TITLE:
        centred = next((l for l in layouts if l.has("ctrTitle")), None)
        return centred and Choice(centred, "a centred title (no subtitle placeholder)")
    titled = [l for l in layouts if l.has("title")]
    if role is CONTENT:
        with_body = [l for l in titled if any(p.type in BODIES for p in l.content)]
        if with_body:
            best = min(with_body, key=lambda l: len(l.content))
            return Choice(best, f"title + {len(best.content)} placeholders, the fewest with a body")
        found = near_fit(layouts, TITLE_ONLY)
        return found and Choice(found.layout, f"no layout with a body placeholder: {found.reason}")
    if titled:
        best = min(titled, key=lambda l: (len(l.content), _title_top(l)))
        return Choice(best, f"no {role.names[0]} layout: a title and the fewest other "
                      f"placeholders ({len(best.content)})")
    return None


def _title_top(layout) -> float:
    """How far down the title sits: a title at the top (as on Title Only) beats a section's."""
    return min((p.box.y for p in layout.placeholders if p.type == "title" and p.box), default=0.0)


def check_pins(outline, template, diags: Collector) -> None:
    """An error at its line for each layout the outline's `layouts:` pins that the template does
    not have (with a did-you-mean among the template's layout names)."""
    names = list(dict.fromkeys(l.name for l in template.layouts))
    for kind, name in outline.layouts:
        if find_layout(template.layouts, name) is not None:
            continue
        import difflib  # imported by the first hint that needs it

        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        loc = getattr(name, "loc", None) or outline.loc
        diags.error(loc, f"the template has no layout named '{name}' for {kind} slides{hint}; "
                    f"its layouts are: {', '.join(repr(n) for n in names)}", "template-layout")
