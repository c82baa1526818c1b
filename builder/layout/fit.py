"""Fitting text into boxes, with measured text.

Rules per box, in order: the role's size from the theme; else smaller in the theme's steps down
to the role's floor; else (for what can continue) split across slides; else an error at the line
to shorten. Layout asks only this module how tall a text is at a size.
"""
from __future__ import annotations

import operator
from dataclasses import replace

from builder.diagnostics import Collector, Loc
from builder.layout.plan import Box, Para
from builder.measure import Measurer
from builder.theme import Role, SlideTheme

MEASURE_SLACK = 0.98  # measure at 98 % of the width: renderers round glyph advances differently


def chunks(items: list, parts: int) -> list[list]:
    """`items` in `parts` runs of nearly equal length, longer ones first."""
    size, rest = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < rest else 0)
        out.append(items[start:end])
        start = end
    return [c for c in out if c]


class Fitter:
    """Measures paragraphs in the slide theme's roles and decides their size and box."""

    def __init__(self, slide: SlideTheme, measurer: Measurer, diags: Collector, where: Loc,
                 roles: dict[str, Role] | None = None):
        self.t = slide
        self.m = measurer
        self.diags = diags
        self.where = where  # the outline itself, for problems that have no line of their own
        self.roles = roles or {}  # roles at a template's sizes, by name
        self._last: tuple | None = None  # the last text_height asked and its answer

    def role(self, name: str) -> Role:
        return self.roles.get(name) or getattr(self.t, name)

    def with_roles(self, roles: dict[str, Role]) -> "Fitter":
        """The same fitter with some roles at other sizes (a template's placeholders')."""
        return Fitter(self.t, self.m, self.diags, self.where, {**self.roles, **roles})

    def hang(self, size: float) -> float:
        """A bullet's hanging indent at `size`."""
        return round(size * self.t.space.frame.bullet_hang, 1)

    @staticmethod
    def spacing(role: Role, size: float) -> tuple[float, float]:
        """(line height, space before each paragraph after the first) of `role` at `size`."""
        if role.placed is not None:  # a placeholder's: fixed points, as PowerPoint keeps them
            fmt = role.placed
            return (fmt.line_pts or size * fmt.line), fmt.before
        return size * role.leading, role.space_before * size / role.size

    def text_height(self, paras, role: Role, size: float, width: float,
                    indent: bool, least: bool = False) -> tuple[float, int]:
        """The height of `paras` in a box `width` wide (insets included) and their line count;
        `least`: at most that height, found without breaking lines (`Measurer.least_lines`).
        The same paragraphs asked again at once (a box is made at the size `fit` just found)
        are answered from the last time."""
        paras, last = tuple(paras), self._last
        if (last is not None and last[1] is role and last[2] == (size, width, indent, least)
                and len(last[0]) == len(paras) and all(map(operator.is_, last[0], paras))):
            return last[3]
        answer = self.measured_height(paras, role, size, width, indent, least)
        self._last = (paras, role, (size, width, indent, least), answer)
        return answer

    def measured_height(self, paras: tuple, role: Role, size: float, width: float,
                        indent: bool, least: bool) -> tuple[float, int]:
        """`text_height`, measured."""
        left, top, right, bottom = self.insets(role)
        inner = (width - left - right) * MEASURE_SLACK
        line, before = self.spacing(role, size)
        total, count = 0.0, 0
        for i, p in enumerate(paras):
            offset = self.offset(p, role, size) if indent else 0.0
            bold = role.bold if p.bold is None else p.bold
            at = size if role.placed is None else size * role.placed.scale(p.level)
            if least:
                n = self.m.least_lines(p.text, inner - offset, at, bold, role.italic,
                                       family=role.family)
            else:
                n = len(self.m.lines(p.text, inner - offset, at, bold, role.italic,
                                     family=role.family))
            count += n
            total += n * (line if at == size else self.spacing(role, at)[0])
            if i or role.placed is not None:  # a placeholder's space before: the first's too
                total += before
        return total + top + bottom, count

    def insets(self, role: Role) -> tuple[float, float, float, float]:
        return role.placed.insets if role.placed is not None else (self.t.inset,) * 4

    def offset(self, p: Para, role: Role, size: float) -> float:
        """Where a paragraph's text starts, right of the box's inset: past its bullet."""
        if not (p.bullet or p.level):
            return 0.0
        if role.placed is not None:
            margins = role.placed.margins
            return margins[min(p.level, len(margins) - 1)]
        return self.hang(size) * (p.level + 1)

    def fit(self, paras, role: Role, width: float, height: float,
            indent: bool = False) -> float | None:
        """The largest size, in the theme's steps down to the floor, at which `paras` fit."""
        size = role.size
        while size >= role.floor - 1e-6:
            if self.text_height(paras, role, size, width, indent)[0] <= height + 1e-6:
                return size
            size = round(size - self.t.shrink_step, 2)
        return None

    def grow(self, paras, role: Role, width: float, height: float,
             indent: bool = False) -> float:
        """The largest size, in the theme's steps from the role's ceiling down to its size, at
        which `paras` fit in `height` (the role's size when it has no ceiling)."""
        size = role.ceiling
        while size > role.size + 1e-6:
            if (self.text_height(paras, role, size, width, indent, least=True)[0]
                    <= height + 1e-6  # (most sizes tried are far too large: no need to break)
                    and self.text_height(paras, role, size, width, indent)[0] <= height + 1e-6):
                return size
            size = round(size - self.t.shrink_step, 2)
        return role.size

    def box(self, name, x, y, w, h, role_name, paras, size, indent=False, **kw) -> Box:
        """A box at a size already decided, with its line count and spacing."""
        role = self.role(role_name)
        _, lines = self.text_height(paras, role, size, w, indent)
        leading, before = self.spacing(role, size)
        return Box(name, x, y, w, h, role_name, size, tuple(paras), lines,
                   indent=self.hang(size) if indent else 0.0, leading=leading,
                   space_before=before, style=role if role_name in self.roles else None,
                   **kw)

    def refit(self, box: Box, paras) -> Box | None:
        """The box with other text at the size that fits it in the same place, or None."""
        size = self.fit(paras, self.role(box.role), box.w, box.h)
        if size is None:
            return None
        _, lines = self.text_height(paras, self.role(box.role), size, box.w, False)
        leading, before = self.spacing(self.role(box.role), size)
        return replace(box, paras=tuple(paras), size=size, lines=lines, leading=leading,
                       space_before=before)

    def fitted(self, name, x, y, w, h, role_name, paras, loc, what, indent=False, tight=False,
               **kw) -> Box | None:
        """A box whose text fits in w × h at the largest size the rules allow, or None (error at
        `loc`). A `tight` box is only as tall as its text, so what follows can sit under it."""
        role = self.role(role_name)
        size = self.fit(paras, role, w, h, indent)
        if size is None:
            self.diags.error(loc or self.where, f"{what} does not fit on a slide even at "
                             f"{role.floor:g} pt; shorten it", "overflow")
            return None
        self.note_shrink(role, size, loc, what)
        if tight:
            h = self.text_height(paras, role, size, w, indent)[0]
        return self.box(name, x, y, w, h, role_name, paras, size, indent, **kw)

    def note_shrink(self, role: Role, size: float, loc, what: str) -> None:
        if size < role.size * self.t.shrink_warning:
            self.diags.warning(loc or self.where, f"{what} shrunk from {role.size:g} pt to "
                               f"{size:g} pt to fit its box", "shrink")

    def body_box(self, x, y, w, h, role_name, paras, size, indent) -> Box:
        """A box as tall as its text (at most `h`), so it overlaps nothing below it."""
        used, _ = self.text_height(paras, self.role(role_name), size, w, indent)
        return self.box("body", x, y, w, min(h, used), role_name, paras, size, indent)

    def flow(self, paras: list[Para], role_name: str, x, y, w, h, loc, what: str,
             indent=True) -> list[Box]:
        """Boxes for `paras`: one if they fit at or above the floor, else as few as fit each."""
        role = self.role(role_name)
        if not paras:
            return []
        size = self.fit(paras, role, w, h, indent)
        if size is not None:
            self.note_shrink(role, size, loc, what)
            return [self.body_box(x, y, w, h, role_name, paras, size, indent)]
        split = self.split(paras, role, w, h, indent)
        if split is None:
            self.point_at_overflow(paras, role, w, h, indent, loc)
            return []
        parts, size = split
        self.diags.warning(loc or self.where, f"{len(paras)} {what} split across {len(parts)} "
                           "slides", "split")
        self.note_shrink(role, size, loc, what)
        return [self.body_box(x, y, w, h, role_name, c, size, indent) for c in parts]

    def split(self, paras, role: Role, w, h, indent) -> tuple[list[list[Para]], float] | None:
        """`paras` in as few slides as keep the text readable (not below the warning share of
        the theme's size); failing that, as few as fit at the floor; None if one never fits."""
        readable = max(role.floor, round(role.size * self.t.shrink_warning))
        for least in (readable, role.floor):
            # no fewer slides than the text's total height needs at this size
            total = self.text_height(paras, role, least, w, indent)[0]
            for count in range(max(2, int(total // h)), len(paras) + 1):
                parts = chunks(paras, count)
                sizes = [self.fit(c, role, w, h, indent) for c in parts]
                if all(s is not None and s >= least for s in sizes):
                    return parts, min(sizes)
        return None

    def point_at_overflow(self, paras, role: Role, w, h, indent, loc) -> None:
        """One paragraph alone does not fit: an error at its line."""
        for p in paras:
            if self.fit([p], role, w, h, indent) is None:
                self.diags.error(getattr(p.text, "loc", None) or loc or self.where,
                                 f"this text does not fit on a slide even at {role.floor:g} pt; "
                                 "shorten it", "overflow")

    def split_words(self, text: str, role: Role, size: float, w: float, h: float) -> list[str]:
        """`text` cut between words (never inside one) into pieces that each fit w × h."""
        pieces, current = [], ""
        for word in text.split(" "):
            candidate = f"{current} {word}" if current else word
            if not current or self.text_height([Para(candidate)], role, size, w, False)[0] <= h:
                current = candidate
            else:
                pieces.append(current)
                current = word
        pieces.append(current)
        return pieces
