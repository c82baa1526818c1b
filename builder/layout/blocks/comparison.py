"""Two titled columns of bullets side by side; both continue together on further slides."""
from __future__ import annotations

from builder import wording
from builder.layout.fit import chunks
from builder.layout.frame import Frame
from builder.layout.plan import Para, Shape, SlidePlan
from builder.outline import model


def slides(cmp: model.Comparison, frame: Frame, section: model.Section,
           label: str) -> list[SlidePlan]:
    fit, g = frame.fit, frame.t.space.blocks
    y = frame.content_top()
    col_w = (frame.w - g.column_gap) / 2
    heads = [Para(cmp.left.title), Para(cmp.right.title)]
    head_size, head_h = titles_size(heads, frame, col_w)
    body_y = y + head_h + g.column_title_gap
    body_h = frame.bottom - y - head_h - g.column_title_gap
    columns = [[Para(b, bullet=wording.BULLET) for b in c.bullets] for c in (cmp.left, cmp.right)]
    split = columns_split(columns, frame, col_w, body_h)
    if split is None:
        fit.diags.error(cmp.loc or section.loc, "a comparison bullet does not fit its column even "
                        f"at {fit.role('body').floor:g} pt; shorten it", "overflow")
        return []
    parts, size, count = split
    fit.note_shrink(fit.role("body"), size, cmp.loc, "the comparison")
    if count > 1:
        fit.diags.warning(cmp.loc or section.loc, f"a comparison split across {count} slides",
                          "split")
    pages = []
    for i in range(count):
        page = []
        for c, x in enumerate((frame.x, frame.x + col_w + g.column_gap)):
            page.append(fit.box("column_title", x, y, col_w, head_h, "column_title",
                                [heads[c]], head_size))
            chunk = parts[c][i] if i < len(parts[c]) else []
            if chunk:
                page.append(fit.body_box(x, body_y, col_w, body_h, "body", chunk, size, True))
        pages.append(page)
    rules = tuple(Shape("rect", x, body_y - g.column_rule_rise, col_w, g.column_rule_height,
                        fill="accent") for x in (frame.x, frame.x + col_w + g.column_gap))
    return frame.continued("comparison", cmp.title or section.title, cmp.loc or section.loc,
                           pages, label=label, shapes=rules)


def titles_size(heads: list[Para], frame: Frame, col_w: float) -> tuple[float, float]:
    """One size for both column titles, and the taller one's height."""
    fit = frame.fit
    role = fit.role("column_title")
    limit = frame.t.space.blocks.column_title_height
    size = min(fit.fit([p], role, col_w, limit) or role.floor for p in heads)
    return size, max(fit.text_height([p], role, size, col_w, False)[0] for p in heads)


def columns_split(columns, frame: Frame, col_w: float, body_h: float):
    """Both columns in as few parts as fit, one size for all, and the part count; None if a
    bullet never fits."""
    fit = frame.fit
    role = fit.role("body")
    count = 1
    while True:
        parts = [chunks(c, count) for c in columns]
        sizes = [fit.fit(ch, role, col_w, body_h, True) for col in parts for ch in col]
        if all(sz is not None for sz in sizes) or count >= max(len(c) for c in columns):
            break
        count += 1
    if any(sz is None for sz in sizes):
        return None
    return parts, min(sizes), count
