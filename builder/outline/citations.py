"""Citations numbered once for both documents: in reading order, a source's number is the order
of its first citation; every citation run's text becomes its sources' numbers ("1,3").

An id no source has is an error at the citing text's line (with a did-you-mean); a source with an
id that nothing cites is a warning.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from builder.diagnostics import Collector, Loc
from builder.outline import model
from builder.outline.text import Text, texts


def number_citations(outline: model.Outline, diags: Collector) -> model.Outline:
    """`outline` with its citations numbered (`Outline.citations`) and written as numbers."""
    ids = source_ids(outline, diags)
    numbers: dict[str, int] = {}
    for text in cited_texts(outline):
        for run in text.runs:
            for source in run.cite:
                if source not in ids:
                    diags.error(text.loc or _where(outline), unknown(source, ids), "citation")
                elif source not in numbers:
                    numbers[source] = len(numbers) + 1
    if outline.require_citations:
        for text in claims(outline):
            if not any(run.cite for run in text.runs):
                diags.warning(getattr(text, "loc", None) or _where(outline),
                              "this claim cites no source; add [@id]", "uncited-claim")
    for source, src in ids.items():
        if source not in numbers:
            diags.warning(src.loc or _where(outline), f"source '@{source}' is never cited",
                          "uncited")
    if not numbers:
        return outline
    numbered = _walk(outline, numbers)
    return replace(numbered, citations=tuple(numbers.items()))


def claims(outline: model.Outline):
    """The texts that must cite a source when the outline requires it: key judgments, bullets."""
    for judgment in outline.key_judgments:
        yield getattr(judgment, "text", judgment)
    for section in outline.walk():
        yield from section.bullets


def source_ids(outline: model.Outline, diags: Collector) -> dict[str, model.Source]:
    ids: dict[str, model.Source] = {}
    for src in outline.sources:
        if not src.id:
            continue
        if src.id in ids:
            diags.error(src.loc or _where(outline), f"two sources have the id '{src.id}'",
                        "citation")
        ids.setdefault(src.id, src)
    return ids


def unknown(source: str, ids) -> str:
    import difflib  # imported by the first hint that needs it

    close = difflib.get_close_matches(source, list(ids), n=1, cutoff=0.6)
    hint = f" (did you mean '@{close[0]}'?)" if close else ""
    known = ", ".join(f"@{i}" for i in ids) or "none: give a source an id"
    return f"no source has the id '@{source}'{hint}; the ids are: {known}"


def cited_texts(outline: model.Outline):
    """Every text with a citation, in the outline's reading order (its fields' order)."""
    return (text for text in texts(outline) if any(run.cite for run in text.runs))


def _walk(value, numbers: dict[str, int]):
    if isinstance(value, Text):
        if not any(run.cite for run in value.runs):
            return value
        runs = tuple(replace(r, text=",".join(str(n) for n in sorted(
            {numbers[i] for i in r.cite if i in numbers}))) if r.cite else r for r in value.runs)
        return Text.of_runs(runs, value.loc)
    if isinstance(value, tuple):
        return tuple(_walk(v, numbers) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: new for f in fields(value) if f.name != "loc"
                   for new in [_walk(getattr(value, f.name), numbers)]
                   if new is not getattr(value, f.name)}
        return replace(value, **changed) if changed else value
    return value


def _where(outline: model.Outline) -> Loc:
    return outline.loc or Loc("outline", 1, 1)
