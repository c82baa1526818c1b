"""The pipeline's shape, read from the source with `ast`: imports point down the pipeline, the
two writers never meet, no module imports itself back, and pieces stay small.

Every `import` counts, also those inside functions (the lazy ones): a lazy import is still a
dependency, only a later one.
"""
from __future__ import annotations

import ast
from pathlib import Path


ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
PACKAGE = ROOT / "builder"

# Each part of builder/ and its place in the pipeline: a part may import only parts of a lower
# rank (and itself). The writers (deck, report, slides) share a rank but may not import each
# other; graphics (the vector drawings both PDF writers draw) sits just below them. Records (the
# decorator the values of every part are made with, Loc and Diagnostic too) sit below them all.
RANKS = {
    "records": -1,
    "builder": 0, "diagnostics": 0, "xmltext": 0, "reproducible": 0, "forked": 0, "collector": 0,
    "outline": 1,
    "template": 2,
    "theme": 3,
    "measure": 4,
    "wording": 5,
    "layout": 6,
    "graphics": 7,
    "deck": 8, "report": 8, "slides": 8,
    "output": 9,
    "pipeline": 10,
    "cli": 11,
    "__main__": 12,
}
WRITERS = {"deck", "report", "slides"}
# The importer reads articles into outlines: beside the pipeline, not in it.
IMPORTER_MAY_IMPORT = {"importer", "outline", "diagnostics"}
IMPORTER_USED_BY = {"importer", "cli"}

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


MODULES = modules()


def part(module: str) -> str:
    """'builder.layout.fit' → 'layout'; 'builder' → 'builder'."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else pieces[0]


def imported(module: str, path: Path) -> set[str]:
    """The builder modules `module` imports anywhere in its file (function bodies included)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:  # `from pkg import sub` imports the module pkg.sub
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {name for name in out if name == "builder" or name.startswith("builder.")}


GRAPH = {name: imported(name, path) - {name} for name, path in MODULES.items()}


def edges():
    for source, targets in sorted(GRAPH.items()):
        for target in sorted(targets):
            yield source, target


def test_every_part_of_builder_has_a_place_in_the_pipeline():
    unplaced = sorted({part(m) for m in MODULES} - set(RANKS) - {"importer"})
    assert not unplaced, f"parts of builder/ with no rank in RANKS: {unplaced}"


def test_imports_point_down_the_pipeline():
    bad = []
    for source, target in edges():
        a, b = part(source), part(target)
        if a == b or "importer" in (a, b):
            continue
        if RANKS.get(b, 99) >= RANKS.get(a, -1):
            bad.append(f"{source} ({a}, rank {RANKS.get(a)}) imports {target} "
                       f"({b}, rank {RANKS.get(b)})")
    assert not bad, "imports that point up or across the pipeline:\n" + "\n".join(bad)


def test_the_importer_stands_beside_the_pipeline():
    bad = [f"{s} imports {t}" for s, t in edges()
           if (part(s) == "importer" and part(t) not in IMPORTER_MAY_IMPORT)
           or (part(t) == "importer" and part(s) not in IMPORTER_USED_BY)]
    assert not bad, ("the importer may import only the outline and diagnostics, and only the "
                     "command line may import it:\n" + "\n".join(bad))


def test_the_writers_never_import_each_other():
    bad = [f"{s} imports {t}" for s, t in edges()
           if part(s) != part(t) and {part(s), part(t)} <= WRITERS]
    assert not bad, "only the pipeline knows the writers:\n" + "\n".join(bad)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of `graph` with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_back():
    found = cycles(GRAPH)
    assert not found, "import cycles (lazy imports count):\n" + "\n".join(
        " <-> ".join(group) for group in found)


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def long_pieces() -> list[str]:
    out = []
    for name, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            out.append(f"{path.relative_to(ROOT)}: {lines} lines (module)")
        for node in ast.walk(ast.parse(text, str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    out.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.name}() "
                               f"{length} lines")
    return out


def test_modules_and_functions_stay_small():
    offenders = long_pieces()
    assert not offenders, (f"modules over {MAX_MODULE_LINES} lines or functions over "
                           f"{MAX_FUNCTION_LINES} lines:\n" + "\n".join(offenders))
