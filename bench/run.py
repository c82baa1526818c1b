#!/usr/bin/env python3
"""Benchmark the builder (not a test): prints a table and writes the same numbers as JSON.

    .venv/bin/python bench/run.py                 # 5 runs per measurement, sizes 10,100,1000
    .venv/bin/python bench/run.py --quick         # 3 runs
    .venv/bin/python bench/run.py --sizes 10,100  # skip the 1,000-section outline
    .venv/bin/python bench/run.py --out bench/results.json

The machine is small and noisy, so every absolute time is reported beside references measured in
the same run (the cold import floor of python-pptx + reportlab, and pandoc when it is installed),
runs of different commands are interleaved, and each figure is the median of its runs.

What is measured:
  * the article (outline.yaml), both documents, as a cold process
    (`python -m builder build outline.yaml --out-dir TMP`), beside the import floor
    (`python -c "import pptx, reportlab.platypus"`) and beside `pandoc x.md -o x.pptx` for the
    same content written as Markdown;
  * synthetic outlines of 10, 100 and 1,000 sections (6 bullets, a quote and a summary each),
    both documents, cold process: time and the child's peak RSS (from wait4's rusage);
  * a warm rebuild of the article in one process (Builder().build once to warm, then timed);
  * the article on a user's template (`--template`, one of ../shared/templates/), both
    documents, cold, interleaved with the built-in build: the ratio is the template's cost.

Only the standard library is used here; the builder runs in child processes with --python
(default: the project's .venv).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from anatomy import REMEDIES, anatomy_lines, critical_path, report_anatomy

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "outline.yaml"
DEFAULT_PYTHON = ROOT / ".venv" / "bin" / "python"
TEMPLATE = ROOT.parent / "shared" / "templates" / "unhcr_unhcrdown_16x9_en.pptx"
LONG_RUN_SECONDS = 180.0  # a size whose first run takes longer than this gets one run only

TARGETS = {  # issue 14's targets
    "pptx_only_vs_pandoc": ("article deck only, cold / pandoc's deck", 1.0, "x", "<="),
    "article_vs_import_floor": ("article both documents, cold / import floor", 1.0, "x", "<="),
    "s1000_seconds": ("1,000 sections cold build", 2.5, "s", "<="),
    "s1000_vs_reference": ("1,000 sections / the reference builder's", 0.5, "x", "<="),
    "growth_100_to_1000": ("1,000 / 100 sections time", 10.0, "x", "<="),
    "s1000_peak_mb": ("1,000 sections peak RSS", 150.0, "MB", "<"),
    "warm_rebuild_ms": ("article warm rebuild", 50.0, "ms", "<="),
    "template_vs_builtin": ("article on a template / built-in", 1.2, "x", "<="),
}
# The builder as it was before issue 14's work: the 1,000-section build is compared with it, in
# the same run (taken from git history; the row is skipped where the history is not there).
REFERENCE_COMMIT = "0ef63e0"


# --------------------------------------------------------------------------------------------
# Running a child process: wall time and its own peak RSS (wait4 rusage, Linux ru_maxrss in KiB)
# --------------------------------------------------------------------------------------------

class RunFailed(RuntimeError):
    pass


CHILD_ENV: dict[str, str] | None = None  # set by main(): PYTHONPATH first to the snapshot
CHILD_CWD: Path = ROOT


def run_child(argv: list[str], cwd: Path | None = None,
              env: dict | None = None) -> tuple[float, float]:
    """Run argv to completion; return (seconds, peak RSS in MB) of that one child."""
    cwd = cwd or CHILD_CWD
    env = env or CHILD_ENV
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise RunFailed(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
    rss_kib = usage.ru_maxrss
    if sys.platform == "darwin":  # bytes there
        rss_kib /= 1024
    return seconds, rss_kib / 1024


def snapshot_builder(python: str, dest: Path) -> str:
    """Copy builder/ to dest/builder (others may be editing it while the benchmark runs), compile
    it, and return a short hash of its sources so the results say which code they measured."""
    import hashlib

    target = dest / "builder"
    shutil.copytree(ROOT / "builder", target, ignore=shutil.ignore_patterns("__pycache__"))
    digest = hashlib.sha256()
    for path in sorted(target.rglob("*.py")):
        digest.update(path.relative_to(target).as_posix().encode() + b"\0" + path.read_bytes())
    subprocess.run([python, "-m", "compileall", "-q", str(target)], check=True)
    return digest.hexdigest()[:12]


def pptx_slides(path: Path) -> int:
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        return sum(bool(re.fullmatch(r"ppt/slides/slide\d+\.xml", n)) for n in z.namelist())


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def summarise(times: list[float], rss: list[float] | None = None) -> dict:
    out = {"runs": len(times), "median_s": median(times), "min_s": min(times) if times else None,
           "max_s": max(times) if times else None, "times_s": [round(t, 4) for t in times]}
    if rss:
        out["peak_rss_mb"] = max(rss)
        out["median_rss_mb"] = median(rss)
    return out


# --------------------------------------------------------------------------------------------
# Inputs: Markdown for pandoc from the article; synthetic outlines
# --------------------------------------------------------------------------------------------

def outline_to_markdown(path: Path) -> str:
    """The deck's content as pandoc Markdown: title, sections as #/## headings, bullets, quotes.

    Read with the YAML BaseLoader so every value stays text, as the builder reads it."""
    import yaml  # from the venv when run with it; PyYAML is a project dependency

    data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader)
    lines = ["---", f"title: {json.dumps(data['title'])}"]
    if data.get("subtitle"):
        lines.append(f"subtitle: {json.dumps(data['subtitle'])}")
    if data.get("author"):
        lines.append(f"author: {json.dumps(data['author'])}")
    if data.get("date"):
        lines.append(f"date: {json.dumps(data['date'])}")
    lines += ["---", ""]

    def esc(text: str) -> str:
        return " ".join(str(text).split())

    def section(sec: dict, level: int) -> None:
        lines.append(f"{'#' * level} {esc(sec['title'])}")
        lines.append("")
        if sec.get("takeaway"):
            lines.extend([esc(sec["takeaway"]), ""])
        for bullet in sec.get("bullets") or []:
            lines.append(f"- {esc(bullet)}")
        if sec.get("bullets"):
            lines.append("")
        for quote in sec.get("quotes") or []:
            lines.append(f"> {esc(quote['text'])}")
            lines.append(">")
            lines.append(f"> — {esc(quote['by'])}")
            lines.append("")
        if sec.get("notes"):
            lines.extend(["::: notes", esc(sec["notes"]), ":::", ""])
        for sub in sec.get("subsections") or []:
            section(sub, level + 1)

    lines += ["# Key judgments", ""]
    lines += [f"- {esc(k)}" for k in data.get("key_judgments") or []]
    lines.append("")
    for sec in data.get("sections") or []:
        section(sec, 1)
    if data.get("sources"):
        lines += ["# Sources", ""]
        lines += [f"- {esc(s['title'])}" for s in data["sources"]]
        lines.append("")
    return "\n".join(lines)


WORDS = ("sanctions treaty security cooperation energy trade military drones officers training "
         "ports warships exercises nuclear space technology region stability influence partners "
         "framework council ministers agreement signing talks negotiation delegation pressure "
         "economy markets supply routes corridor transit pipeline grain shipping finance banks "
         "payments currency reserves alliance balance order multipolar strategy doctrine "
         "deterrence escalation response analysts officials statement report capacity budget "
         "industry production exports imports allies rivals western eastern northern southern "
         "maritime aerial naval ground forces command intelligence services cyber "
         "satellites").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words)


def synthetic_outline(n_sections: int, seed: int = 1) -> str:
    """An outline of n sections, each with 6 bullets, one quote and a summary paragraph."""
    rng = random.Random(seed)
    q = json.dumps
    out = [
        f"title: {q(f'Synthetic briefing of {n_sections} sections')}",
        "subtitle: \"Benchmark input\"",
        "author: \"bench/run.py\"",
        "date: \"1 January 2026\"",
        "marking: \"UNCLASSIFIED\"",
        f"file_name: \"synthetic-{n_sections}\"",
        f"introduction: {q(_sentence(rng, 40) + '.')}",
        "key_judgments:",
    ]
    out += [f"  - {q(_sentence(rng, 14) + '.')}" for _ in range(5)]
    out.append("sections:")
    for i in range(1, n_sections + 1):
        out.append(f"  - title: {q(f'Section {i}: ' + _sentence(rng, 4))}")
        out.append("    bullets:")
        out += [f"      - {q(_sentence(rng, rng.randint(8, 13)))}" for _ in range(6)]
        out.append("    quotes:")
        out.append(f"      - text: {q(_sentence(rng, rng.randint(14, 24)))}")
        out.append(f"        by: {q('Official ' + str(i))}")
        summary = " ".join(_sentence(rng, rng.randint(10, 18)) + "." for _ in range(5))
        out.append(f"    summary: {q(summary)}")
    out += ["sources:", "  - title: \"Synthetic source\"", "    note: \"Generated.\""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------

def build_argv(python: str, outline: Path, out_dir: Path, formats=()) -> list[str]:
    argv = [python, "-m", "builder", "build", str(outline), "--out-dir", str(out_dir)]
    for fmt in formats:
        argv += ["--format", fmt]
    return argv


def measure_article(python: str, runs: int, work: Path, log) -> dict:
    """Interleaved: import floor, article (both), article (pptx only), the article on a
    template (both), pandoc — `runs` times."""
    out_dir = work / "article-out"
    commands: dict[str, list[str]] = {
        "import_floor": [python, "-c", "import pptx, reportlab.platypus"],
        "article_both": build_argv(python, ARTICLE, out_dir),
        "article_pptx_only": build_argv(python, ARTICLE, out_dir, ("pptx",)),
    }
    template_info: dict = {"file": str(TEMPLATE), "available": TEMPLATE.is_file()}
    if TEMPLATE.is_file():
        commands["article_template"] = build_argv(python, ARTICLE, work / "template-out") + [
            "--template", str(TEMPLATE)]
    else:
        template_info["skipped"] = f"no template at {TEMPLATE} (../shared/templates is absent)"
        log(f"{template_info['skipped']}: skipping the template row")
    pandoc = shutil.which("pandoc")
    pandoc_info: dict = {"available": bool(pandoc)}
    if pandoc:
        md = work / "article.md"
        md.write_text(outline_to_markdown(ARTICLE), encoding="utf-8")
        commands["pandoc_pptx"] = [pandoc, str(md), "-o", str(work / "article-pandoc.pptx")]
        try:
            pandoc_info["version"] = subprocess.run(
                [pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            pass
    else:
        log("pandoc is not on PATH: skipping the pandoc comparison "
            "(install it, e.g. `apt-get install -y pandoc`, to include it)")

    # one discarded run of each to warm the page cache and .pyc files
    for name, argv in commands.items():
        run_child(argv)
    times: dict[str, list[float]] = {k: [] for k in commands}
    rss: dict[str, list[float]] = {k: [] for k in commands}
    for i in range(runs):
        for name, argv in commands.items():
            t, m = run_child(argv)
            times[name].append(t)
            rss[name].append(m)
        log(f"  article run {i + 1}/{runs}: "
            + ", ".join(f"{k} {times[k][-1]:.3f}s" for k in commands))
    result = {k: summarise(times[k], rss[k]) for k in commands}
    result["pandoc"] = pandoc_info
    result["template"] = template_info
    result["slides"] = {"builder": sum(pptx_slides(f) for f in out_dir.glob("*.pptx"))}
    if pandoc:
        result["slides"]["pandoc"] = pptx_slides(work / "article-pandoc.pptx")
    return result


def reference_builder(python: str, work: Path, log) -> Path | None:
    """The builder of REFERENCE_COMMIT, unpacked from git history and compiled; None (said in
    the log) where the history or git is not there."""
    dest = work / "reference"
    dest.mkdir()
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", REFERENCE_COMMIT, "builder"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    except (OSError, subprocess.CalledProcessError) as err:
        log(f"no reference builder ({REFERENCE_COMMIT}): {err}; skipping the reference row")
        return None
    subprocess.run([python, "-m", "compileall", "-q", str(dest / "builder")], check=True)
    return dest


def measure_sizes(python: str, sizes: list[int], runs: int, work: Path, log) -> dict:
    """Round-robin over the sizes (10, 100, 1000, 10, 100, 1000, …) so that a burst of load on
    the machine hits every size alike and the growth ratio compares like with like; the largest
    size is also built by the reference builder, in the same rounds."""
    argvs: dict = {}
    for n in sizes:
        path = work / f"synthetic-{n}.yaml"
        path.write_text(synthetic_outline(n), encoding="utf-8")
        argvs[n] = build_argv(python, path, work / f"synthetic-{n}-out")
    reference = reference_builder(python, work, log) if sizes else None
    envs: dict = {}
    if reference is not None:
        big = max(sizes)
        argvs["reference"] = build_argv(python, work / f"synthetic-{big}.yaml",
                                        work / "reference-out")
        envs["reference"] = dict(os.environ, PYTHONPATH=str(reference))
    times: dict = {n: [] for n in argvs}
    rss: dict = {n: [] for n in argvs}
    notes: dict = {}
    for i in range(runs):
        for n in argvs:
            if n in notes:  # its first run was too long: one run only
                continue
            t, m = run_child(argvs[n], cwd=reference if n == "reference" else None,
                             env=envs.get(n))
            times[n].append(t)
            rss[n].append(m)
            log(f"  {n} sections run {i + 1}/{runs}: {t:.3f}s, peak {m:.0f} MB")
            if i == 0 and t > LONG_RUN_SECONDS and runs > 1:
                notes[n] = f"first run took {t:.0f}s (> {LONG_RUN_SECONDS:.0f}s): one run only"
                log(f"  {n} sections: {notes[n]}")
    result: dict = {}
    if "reference" in argvs:
        result["reference"] = dict(summarise(times["reference"], rss["reference"]),
                                   commit=REFERENCE_COMMIT, sections=max(sizes))
    for n in sizes:
        entry = summarise(times[n], rss[n])
        entry["outline_bytes"] = (work / f"synthetic-{n}.yaml").stat().st_size
        out = work / f"synthetic-{n}-out"
        entry["outputs"] = {p.suffix[1:]: p.stat().st_size for p in sorted(out.iterdir())
                            if p.suffix in (".pptx", ".pdf")}
        entry["slides"] = sum(pptx_slides(f) for f in out.glob("*.pptx"))
        if n in notes:
            entry["note"] = notes[n]
        result[str(n)] = entry
    return result


WARM_SNIPPET = textwrap.dedent("""
    import json, statistics, sys, time
    from pathlib import Path
    from builder.pipeline import Builder
    path, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    t0 = time.perf_counter()
    b = Builder()
    b.build(path, out)
    first = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        b.build(path, out)
        times.append(time.perf_counter() - t0)
    print(json.dumps({"first_build_s": first, "times_s": times}))
""")


def measure_warm(python: str, runs: int, work: Path) -> dict:
    proc = subprocess.run([python, "-c", WARM_SNIPPET, str(ARTICLE), str(work / "warm-out"),
                           str(max(runs, 5))], cwd=CHILD_CWD, env=CHILD_ENV, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise RunFailed(f"warm rebuild exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    entry = summarise(data["times_s"])
    entry["first_build_in_process_s"] = round(data["first_build_s"], 4)
    return entry


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------

def verdict(key: str, value: float | None) -> dict:
    label, target, unit, op = TARGETS[key]
    if value is None or value != value:  # None or NaN
        status = "n/a"
    else:
        ok = value <= target if op == "<=" else value < target
        status = "PASS" if ok else "MISS"
    return {"label": label, "value": value, "target": target, "unit": unit, "op": op,
            "status": status}


def fmt_value(value, unit: str) -> str:
    if value is None or value != value:
        return "—"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3f} s"


def render_table(res: dict) -> str:
    rows: list[tuple[str, str, str, str]] = []
    art = res.get("article", {})
    if art:
        floor = art["import_floor"]["median_s"]
        rows.append(("import floor (python -c 'import pptx, reportlab.platypus')",
                     fmt_value(floor, "s"), "reference", ""))
        rows.append(("article, both documents, cold",
                     fmt_value(art["article_both"]["median_s"], "s"),
                     "", f"peak {art['article_both']['peak_rss_mb']:.0f} MB"))
        rows.append(("article, pptx only, cold",
                     fmt_value(art["article_pptx_only"]["median_s"], "s"), "", ""))
        if "pandoc_pptx" in art:
            p = art["pandoc_pptx"]["median_s"]
            slides = art.get("slides", {})
            rows.append(("pandoc article.md -o article.pptx", fmt_value(p, "s"), "reference",
                         f"{slides.get('pandoc', '?')} slides vs our {slides.get('builder', '?')}"))
            r = res.get("ratios", {})
            rows.append(("article both / pandoc",
                         fmt_value(r["article_vs_pandoc"]["median_of_round_ratios"], "x"), "info",
                         ""))
            rows.append(("article pptx only / pandoc",
                         fmt_value(r["article_pptx_only_vs_pandoc"]["median_of_round_ratios"], "x"),
                         "info", ""))
        else:
            rows.append(("pandoc", "skipped (not on PATH)", "", ""))
        if "article_template" in art:
            rows.append((f"article on a template, both documents, cold "
                         f"({Path(art['template']['file']).name})",
                         fmt_value(art["article_template"]["median_s"], "s"), "",
                         f"peak {art['article_template']['peak_rss_mb']:.0f} MB"))
        elif art.get("template"):
            rows.append(("article on a template", "skipped", "",
                         art["template"].get("skipped", "")))
    ref = res.get("sizes", {}).get("reference")
    if ref:
        rows.append((f"{ref['sections']:,} sections, the reference builder ({ref['commit']})",
                     fmt_value(ref["median_s"], "s"), "reference",
                     f"peak {ref['peak_rss_mb']:.0f} MB"))
    for n, entry in res.get("sizes", {}).items():
        if not n.isdigit():
            continue
        extra = (f"peak {entry['peak_rss_mb']:.0f} MB, {entry.get('slides', '?')} slides, "
                 f"runs {entry['runs']}")
        rows.append((f"{int(n):,} sections, both documents, cold",
                     fmt_value(entry["median_s"], "s"),
                     "", extra))
    if "warm" in res:
        rows.append(("article warm rebuild (in process)",
                     fmt_value(res["warm"]["median_s"] * 1000, "ms"), "", ""))
    for key, v in res.get("targets", {}).items():
        op = "≤" if v["op"] == "<=" else "<"
        target = f"{op} {fmt_value(v['target'], v['unit'])}"
        rows.append((f"TARGET {v['label']}", fmt_value(v["value"], v["unit"]), target, v["status"]))
    widths = [max(len(r[i]) for r in rows + [("measurement", "median", "target", "result / notes")])
              for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    head = ("measurement", "median", "target", "result / notes")
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(out)


def paired_ratio(num: dict, den: dict) -> dict:
    """num/den three ways: the median of the per-round ratios (each round's two runs were made
    one after the other, so they share the machine's load at that moment; the headline figure),
    the ratio of the medians, and the ratio of the minima (least disturbed by other work)."""
    per_round = [a / b for a, b in zip(num["times_s"], den["times_s"])]
    return {"median_of_round_ratios": median(per_round) if per_round else None,
            "round_ratios": [round(r, 3) for r in per_round],
            "ratio_of_medians": num["median_s"] / den["median_s"],
            "ratio_of_minima": num["min_s"] / den["min_s"]}


def compute_targets(res: dict) -> dict:
    art = res.get("article")
    sizes = res.get("sizes", {})
    t: dict = {}
    ratios = res.setdefault("ratios", {})
    if art:
        ratios["article_vs_import_floor"] = paired_ratio(art["article_both"], art["import_floor"])
        if "pandoc_pptx" in art:
            ratios["article_vs_pandoc"] = paired_ratio(art["article_both"], art["pandoc_pptx"])
            ratios["article_pptx_only_vs_pandoc"] = paired_ratio(art["article_pptx_only"],
                                                                 art["pandoc_pptx"])
        if "article_template" in art:
            ratios["template_vs_builtin"] = paired_ratio(art["article_template"],
                                                         art["article_both"])
    big = sizes.get("1000")
    if big and "100" in sizes and big["runs"] == sizes["100"]["runs"]:
        ratios["growth_100_to_1000"] = paired_ratio(big, sizes["100"])
    elif big and "100" in sizes:  # one run of 1000 only: no pairing
        ratio = big["median_s"] / sizes["100"]["median_s"]
        ratios["growth_100_to_1000"] = {"median_of_round_ratios": ratio, "ratio_of_medians": ratio,
                                        "ratio_of_minima": big["min_s"] / sizes["100"]["min_s"]}
    t["article_vs_import_floor"] = verdict(
        "article_vs_import_floor",
        ratios["article_vs_import_floor"]["median_of_round_ratios"] if art else None)
    t["pptx_only_vs_pandoc"] = verdict(
        "pptx_only_vs_pandoc", ratios["article_pptx_only_vs_pandoc"]["median_of_round_ratios"]
        if "article_pptx_only_vs_pandoc" in ratios else None)
    t["s1000_seconds"] = verdict("s1000_seconds", big["median_s"] if big else None)
    ref = sizes.get("reference")
    if big and ref and ref["runs"] == big["runs"]:
        ratios["s1000_vs_reference"] = paired_ratio(big, ref)
    t["s1000_vs_reference"] = verdict(
        "s1000_vs_reference", ratios["s1000_vs_reference"]["median_of_round_ratios"]
        if "s1000_vs_reference" in ratios else None)
    t["growth_100_to_1000"] = verdict(
        "growth_100_to_1000",
        ratios["growth_100_to_1000"]["median_of_round_ratios"]
        if "growth_100_to_1000" in ratios else None)
    t["s1000_peak_mb"] = verdict("s1000_peak_mb", big["peak_rss_mb"] if big else None)
    warm = res.get("warm")
    t["warm_rebuild_ms"] = verdict("warm_rebuild_ms", warm["median_s"] * 1000 if warm else None)
    t["template_vs_builtin"] = verdict(
        "template_vs_builtin", ratios["template_vs_builtin"]["median_of_round_ratios"]
        if "template_vs_builtin" in ratios else None)
    return t


# --------------------------------------------------------------------------------------------
# Why a target was missed: where the time goes, measured in the child the target measures
# --------------------------------------------------------------------------------------------

PHASES = r"""
import sys, time
t0 = time.perf_counter()
from pathlib import Path
import builder.cli
from builder.pipeline import Builder
from builder import report as render_pdf
from builder.deck import writer as render_pptx
t1 = time.perf_counter()
b = Builder()
fonts = b.measurer.fonts
t2 = time.perf_counter()
checked = b.check(Path(sys.argv[1]))
t3 = time.perf_counter()
render_pptx.write_pptx(checked.plan, checked.theme)
t4 = time.perf_counter()
render_pdf.write_pdf(checked.outline, checked.theme, fonts)
t5 = time.perf_counter()
for name, a, z in (("imports", t0, t1), ("fonts", t1, t2), ("load + layout", t2, t3),
                   ("deck writer", t3, t4), ("report writer", t4, t5)):
    print(f"{name}\t{(z - a) * 1000:.1f}")
"""


TEMPLATE_PHASES = r"""
import sys, time
from pathlib import Path
from builder.pipeline import Builder
from builder.template.load import read_template
article, template = Path(sys.argv[1]), Path(sys.argv[2])
Builder().build(article, Path(sys.argv[3]))  # imports and fonts, for both below
Builder(template=template).build(article, Path(sys.argv[3]))
for name, b in (("built-in", Builder()), ("template", Builder(template=template))):
    t0 = time.perf_counter()
    checked = b.check(article)
    t1 = time.perf_counter()
    b.documents(checked, Path(sys.argv[3]), ("pptx",))
    t2 = time.perf_counter()
    b.documents(checked, Path(sys.argv[3]), ("pdf",))
    t3 = time.perf_counter()
    print(f"{name}: check {(t1 - t0) * 1000:.1f}, deck {(t2 - t1) * 1000:.1f}, "
          f"report {(t3 - t2) * 1000:.1f}")
t0 = time.perf_counter()
read_template(template)
print(f"reading the template alone {(time.perf_counter() - t0) * 1000:.1f}")
"""


def explain(key: str, python: str, work: Path) -> list[str]:
    """Lines saying where the time of a missed target goes."""
    article = ROOT / "outline.yaml"
    lines = []
    if key in ("article_vs_import_floor", "warm_rebuild_ms", "pptx_only_vs_pandoc"):
        proc = subprocess.run([python, "-c", PHASES, str(article)], cwd=CHILD_CWD, env=CHILD_ENV,
                              capture_output=True, text=True)
        lines.append("phases of one cold article build (ms): " + ", ".join(
            f"{n} {v}" for n, v in (l.split("\t") for l in proc.stdout.splitlines())))
        proc = subprocess.run([python, "-X", "importtime", "-c", "import builder.cli, "
                               "builder.pipeline, builder.report, builder.deck.writer"],
                              cwd=CHILD_CWD, env=CHILD_ENV, capture_output=True, text=True)
        rows = []
        for line in proc.stderr.splitlines()[1:]:
            parts = line.split("|")
            if len(parts) != 3:
                continue
            name = parts[2].strip()
            depth = (len(parts[2]) - len(parts[2].lstrip()) - 1) // 2
            if depth <= 2 and not name.startswith(("builder", "encodings", "_")):
                rows.append((int(parts[1]), name))  # the libraries our modules pull in
        rows.sort(reverse=True)
        lines.append("largest library imports (ms, cumulative): " + ", ".join(
            f"{name} {us / 1000:.0f}" for us, name in rows[:8]))
    if key == "template_vs_builtin":
        proc = subprocess.run([python, "-c", TEMPLATE_PHASES, str(article), str(TEMPLATE),
                               str(work / "explain-template")], cwd=CHILD_CWD, env=CHILD_ENV,
                              capture_output=True, text=True)
        lines.append("warm phases, built-in against template (ms): "
                     + "; ".join(proc.stdout.splitlines()) + proc.stderr[-300:])
    if key in ("s1000_seconds", "growth_100_to_1000", "s1000_vs_reference"):
        path = work / "explain-1000.yaml"
        path.write_text(synthetic_outline(1000), encoding="utf-8")
        proc = subprocess.run([python, "-c", PHASES, str(path)], cwd=CHILD_CWD, env=CHILD_ENV,
                              capture_output=True, text=True)
        lines.append("phases of the 1,000-section build in one process (ms; a cold build writes "
                     "the report in a forked child, beside the deck): " + ", ".join(
                         f"{n} {v}" for n, v in (l.split("\t") for l in proc.stdout.splitlines())))
        lines += anatomy_lines("the 1,000-section report",
                               report_anatomy(python, path, CHILD_CWD, CHILD_ENV))
        lines.append(REMEDIES["report"])
    if key == "article_vs_import_floor":
        lines += critical_path(python, article, work / "explain-timeline", CHILD_CWD, CHILD_ENV)
    if key in ("warm_rebuild_ms", "article_vs_import_floor"):
        lines += anatomy_lines("the article's report", report_anatomy(python, article, CHILD_CWD,
                                                                      CHILD_ENV))
        lines.append(REMEDIES["report"])
    if key == "pptx_only_vs_pandoc":
        lines.append(REMEDIES["imports"])
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 runs per measurement instead of 5")
    ap.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5)")
    ap.add_argument("--sizes", default="10,100,1000",
                    help="synthetic outline sizes in sections, comma-separated")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json",
                    help="where to write the JSON results")
    ap.add_argument("--python", default=str(DEFAULT_PYTHON if DEFAULT_PYTHON.exists()
                                            else sys.executable),
                    help="the interpreter that runs the builder (default: the project's .venv)")
    ap.add_argument("--live", action="store_true",
                    help="run the working tree's builder/ instead of a snapshot taken at start")
    ap.add_argument("--skip-article", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--skip-warm", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    res: dict = {
        "meta": {
            "when": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "python": args.python,
            "python_version": subprocess.run([args.python, "-c", "import sys; print(sys.version)"],
                                             capture_output=True, text=True).stdout.strip(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "runs": runs,
            "sizes": sizes,
            "statistic": "median of runs; runs of the article references are interleaved",
            "load_average_start": os.getloadavg(),
        }
    }
    status = 0
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        global CHILD_ENV, CHILD_CWD
        if args.live:
            res["meta"]["code"] = "live working tree (builder/ may change during the run)"
        else:
            snap = work / "snapshot"
            digest = snapshot_builder(args.python, snap)
            res["meta"]["code"] = f"snapshot of builder/ taken at start, sha256 {digest}"
            CHILD_ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(
                [str(snap)] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])))
            CHILD_CWD = snap
            where = subprocess.run([args.python, "-c", "import builder; print(builder.__file__)"],
                                   cwd=snap, env=CHILD_ENV, capture_output=True, text=True)
            if not where.stdout.strip().startswith(str(snap)):
                log(f"warning: the snapshot is not the builder imported ({where.stdout.strip()})")
        log(f"code: {res['meta']['code']}")
        try:
            if not args.skip_article:
                log(f"article ({runs} runs, interleaved with the references)…")
                res["article"] = measure_article(args.python, runs, work, log)
            if sizes:
                log(f"synthetic outlines {sizes} ({runs} runs each)…")
                res["sizes"] = measure_sizes(args.python, sizes, runs, work, log)
            if not args.skip_warm:
                log("warm rebuild…")
                res["warm"] = measure_warm(args.python, runs, work)
        except RunFailed as err:
            log(f"a build failed, results are partial:\n{err}")
            res["error"] = str(err)
            status = 1
        res["meta"]["load_average_end"] = os.getloadavg()
        res["targets"] = compute_targets(res)
        missed = [k for k, v in res["targets"].items() if v.get("status") == "MISS"]
        res["why_missed"] = {k: explain(k, args.python, work) for k in missed}
    table = render_table(res)
    print(table)
    for key, lines in res["why_missed"].items():
        print(f"\nwhy '{TARGETS[key][0]}' was missed:")
        for line in lines:
            print(f"  {line}")
    print("\nratios (×) are medians of per-round ratios: each round runs the two commands back to "
          "back;\nresults.json also has the ratio of the medians and of the minima.")
    la0, la1 = res["meta"]["load_average_start"][0], res["meta"]["load_average_end"][0]
    print(f"\n{os.cpu_count()} CPUs; 1-minute load average {la0:.2f} at start, {la1:.2f} at end "
          "(other work on the machine inflates absolute times; the ratios are the figures to read)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
