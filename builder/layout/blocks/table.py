"""A table as a real PowerPoint table: one text size for the body (shrunk to fit, or kept
readable and continued on further slides with the header repeated), columns shared by measure."""
from __future__ import annotations

from dataclasses import replace

from builder.layout.fit import MEASURE_SLACK
from builder.layout.frame import Frame
from builder.layout.plan import Cell, SlidePlan, TableBox
from builder.measure import column_widths
from builder.outline import model
from builder.theme import Role


def slides(tb: model.Table, frame: Frame, section: model.Section, label: str) -> list[SlidePlan]:
    fit = frame.fit
    y = frame.content_top()
    avail = frame.bottom - y
    size, hsize, widths, heights = sized(tb, frame, avail)
    fit.note_shrink(fit.role("table_cell"), size, tb.loc, "the table")
    groups = row_groups(tb, heights, avail, frame, section)
    if groups is None:
        return []
    if len(groups) > 1:
        fit.diags.warning(tb.loc or section.loc, f"{len(tb.rows)} table rows split across "
                          f"{len(groups)} slides", "split")
    header = tuple(Cell(c, True) for c in tb.columns)
    head_line, _ = fit.spacing(fit.role("table_header"), hsize)
    cell_line, _ = fit.spacing(fit.role("table_cell"), size)
    tables = [TableBox(frame.x, y, tuple(widths), (heights[0], *[h for _, h in g]),
                       (header, *[tuple(Cell(c) for c in r) for r, _ in g]), hsize, size,
                       tuple(tb.align), tb.first_column, head_line, cell_line)
              for g in groups]
    title = tb.title or section.title
    out = frame.continued("table", title, tb.loc or section.loc, [[] for _ in tables],
                          label=label)
    return [replace(sl, frames=(t,)) for sl, t in zip(out, tables)]


def sized(tb: model.Table, frame: Frame, avail: float):
    """(cell size, header size, column widths, row heights): the largest size at which the whole
    table fits (on the built-in design, up to the cell role's ceiling); if none does, it splits
    anyway at a size that keeps every row readable."""
    t = frame.t
    crole = frame.fit.role("table_cell")
    size = crole.size
    if frame.roomy:  # a short table's text grows, up to the role's ceiling, while it fits
        grown = crole.ceiling
        while grown > size + 1e-6 and sum(at_size(tb, frame, grown)[2]) > avail:
            grown = round(grown - t.shrink_step, 2)
        size = max(size, grown)
    while True:
        laid = at_size(tb, frame, size)
        if sum(laid[2]) <= avail or size - t.shrink_step < crole.floor - 1e-6:
            break
        size = round(size - t.shrink_step, 2)
    if sum(laid[2]) > avail:
        size = max(crole.floor, round(crole.size * t.shrink_warning))
        laid = at_size(tb, frame, size)
    return size, *laid


def at_size(tb: model.Table, frame: Frame, size: float):
    """(header size, column widths, row heights) with body text at `size`."""
    hrole, crole = frame.fit.role("table_header"), frame.fit.role("table_cell")
    hsize = max(hrole.floor, size + (hrole.size - crole.size))
    widths = widths_at(tb, frame, size, hsize)
    heights = [row_height(tb.columns, widths, hsize, hrole, frame)]
    heights += [row_height(r, widths, size, crole, frame, tb.first_column) for r in tb.rows]
    return hsize, widths, heights


def row_groups(tb: model.Table, heights, avail: float, frame: Frame, section: model.Section):
    """The rows in slide-sized groups, each under the header; None when one row is too tall."""
    groups, current, used = [], [], heights[0]
    for row, h in zip(tb.rows, heights[1:]):
        if heights[0] + h > avail:
            frame.fit.diags.error(getattr(row, "loc", None) or tb.loc or section.loc,
                                  "a table row is taller than a slide even at the smallest "
                                  "size; shorten its cells", "overflow")
            return None
        if current and used + h > avail:
            groups.append(current)
            current, used = [], heights[0]
        current.append((row, h))
        used += h
    groups.append(current)
    return groups


def widths_at(tb: model.Table, frame: Frame, size: float, hsize: float) -> list[float]:
    columns = [[(tb.columns[c], hsize, True)] + [(r[c], size, False) for r in tb.rows]
               for c in range(len(tb.columns))]
    pad = 2 * frame.t.inset + frame.t.space.blocks.cell_pad
    width = frame.fit.m.width  # shared out as rows are measured: with the slack (row_height)
    return column_widths(columns, frame.w, lambda text, size, bold: width(text, size, bold)
                         / MEASURE_SLACK, pad, tb.widths)


def row_height(cells, widths, size: float, role: Role, frame: Frame,
               first_bold: bool = False) -> float:
    t, m = frame.t, frame.fit.m
    inner = [(w - 2 * t.inset) * MEASURE_SLACK for w in widths]
    lines = max(len(m.lines(c, iw, size, role.bold or (first_bold and i == 0), role.italic,
                            family=role.family))
                for i, (c, iw) in enumerate(zip(cells, inner)))
    return round(lines * size * role.leading + 2 * t.inset + t.space.blocks.cell_pad, 2)
