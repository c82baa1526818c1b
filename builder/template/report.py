"""What `briefing template check` says about a template, as plain data (no printing).

`template_report` gathers the slide size, palette, masters and layouts with their placeholders,
the layout each slide kind goes on and why, and warnings located by layout name. The command
line prints it as text or JSON; the fonts (and what the PDF embeds for them) are added there.
"""
from __future__ import annotations

from collections import Counter

from builder.template.choose import BODIES, choose_layouts
from builder.template.names import role_of
from builder.template.colours import colour_scheme

EMU_PER_INCH_PT = 72
# (width, height) in points -> the size's name, as PowerPoint and LibreOffice offer them
SIZES = {(960, 540): "16:9 widescreen (13.33 × 7.5 in)", (720, 540): "4:3 (10 × 7.5 in)",
         (720, 405): "16:9 (10 × 5.625 in)", (720, 450): "16:10 (10 × 6.25 in)",
         (792, 495): "16:10 (11 × 6.875 in)", (780, 540): "A4 paper (10.83 × 7.5 in)",
         (792, 595.44): "A4 (11 × 8.27 in)", (841.89, 595.28): "A4 landscape (297 × 210 mm)",
         (793.75, 446.5): "16:9 (28 × 15.75 cm, LibreOffice's screen size)"}


def template_report(template, file: str, pins: dict[str, str] | None = None) -> dict:
    """Everything `template check` prints, JSON-ready (str, numbers, lists, dicts)."""
    choices = choose_layouts(template, pins)
    masters = {m.part: m for m in template.masters}
    return {
        "file": file,
        "kind": "template (.potx)" if template.is_template else "presentation (.pptx)",
        "slide_size": slide_size(template.slide_size),
        "colours": colour_scheme(template),
        "masters": [master_entry(m, template) for m in template.masters],
        "choices": {kind: {"layout": c.layout.name, "part": c.layout.part,
                           "master": master_label(masters, c.layout.master), "reason": c.reason}
                    for kind, c in choices.items()},
        "warnings": warnings(template, choices),
    }


def slide_size(size: tuple[float, float]) -> dict:
    width, height = size
    name = next((n for (w, h), n in SIZES.items() if abs(w - width) < 1 and abs(h - height) < 1),
                None)
    return {"width_pt": round(width, 2), "height_pt": round(height, 2),
            "width_in": round(width / EMU_PER_INCH_PT, 3),
            "height_in": round(height / EMU_PER_INCH_PT, 3),
            "name": name or f"not a standard size (aspect {width / height:.3f})"}


def master_label(masters: dict, part: str) -> str:
    """A master as people know it: its name, else its place ("master 2")."""
    master = masters.get(part)
    number = list(masters).index(part) + 1 if part in masters else 0
    return master.name if master is not None and master.name else f"master {number}"


def master_entry(master, template) -> dict:
    layouts = [l for l in template.layouts if l.master == master.part]
    return {"name": master.name, "part": master.part, "theme": master.theme,
            "placeholders": [placeholder_entry(p) for p in master.placeholders],
            "layouts": [{"name": l.name, "type": l.type, "part": l.part,
                         "placeholders": [placeholder_entry(p) for p in l.placeholders]}
                        for l in layouts]}


def placeholder_entry(p) -> dict:
    box = None if p.box is None else [round(v, 1) for v in p.box]
    return {"type": p.type, "idx": p.idx, "name": p.name, "box": box, "inherited": p.inherited}


def warnings(template, choices) -> list[dict]:
    """Problems worth knowing, each located by layout name (None: the template as a whole)."""
    found = [{"layout": None, "message": notice} for notice in template.notices]
    if not any(p.type in BODIES for l in template.layouts for p in l.content):
        found.append({"layout": None, "message": "no layout has a body placeholder: bullets are "
                      "drawn in the area under the title"})
    named = Counter(l.name for l in template.layouts)
    width, height = template.slide_size
    for layout in template.layouts:
        found += [{"layout": layout.name, "message": m}
                  for m in layout_problems(layout, width, height)]
    found += [{"layout": name, "message": f"{count} layouts have this name (in {count} masters or "
               "twice in one); a pin by this name takes the first"}
              for name, count in named.items() if count > 1]
    return found + fallback_warnings(choices)


def fallback_warnings(choices) -> list[dict]:
    """A warning for each layout that slide kinds go on for want of a better one."""
    kinds: dict[tuple[str, str], list[str]] = {}
    for kind, choice in choices.items():
        if "by position" in choice.reason or choice.reason.startswith("no "):
            kinds.setdefault((choice.layout.name, choice.reason.split(":")[0]), []).append(kind)
    return [{"layout": name, "message": f"{', '.join(group)} slides go on it ({why}); pin "
             "another with the outline's `layouts:`"} for (name, why), group in kinds.items()]


def layout_problems(layout, width: float, height: float) -> list[str]:
    problems = []
    blank = layout.type == "blank" or (role_of(layout.name) or ("",))[0] == "Blank"
    if not blank and not layout.has("title", "ctrTitle"):
        problems.append("no title placeholder")
    counts = Counter(p.idx for p in layout.placeholders)
    for idx, count in sorted(counts.items()):
        if count > 1:
            shared = ", ".join(f"{p.type} '{p.name}'" for p in layout.placeholders if p.idx == idx)
            problems.append(f"{count} placeholders share idx {idx} ({shared})")
    for p in layout.placeholders:
        if p.box is None:
            problems.append(f"placeholder {p.type} '{p.name}' has no position, here or on its master")
        elif p.box.x < -1 or p.box.y < -1 or p.box.x + p.box.w > width + 1 or p.box.y + p.box.h > height + 1:
            problems.append(f"placeholder {p.type} '{p.name}' reaches outside the slide")
    return problems
