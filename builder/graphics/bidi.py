"""The Unicode bidirectional algorithm for one line of a PDF (the report's or the slides'): each
character's embedding level (python-bidi's implementation of rules P2-I2, imported on first use)
and the order runs are drawn in (rule L2)."""
from __future__ import annotations


def bidi_levels(line: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (rules P2-I2 of the bidi algorithm)."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(line, storage)
    for i, char in enumerate(storage["chars"]):
        char["index"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [storage["base_level"]] * len(line)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    if line and line[-1] == " ":  # trailing white space takes the paragraph's level (L1)
        levels[-1] = storage["base_level"]
    return levels


def reorder(runs: list) -> list:
    """Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
    runs at that level or higher."""
    if not runs:
        return runs
    runs = list(runs)
    highest = max(level for _, level in runs)
    lowest_odd = min(level for _, level in runs if level % 2) if any(l % 2 for _, l in runs) else 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][1] >= level:
                j = i
                while j < len(runs) and runs[j][1] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs
