"""Where a report's time goes, for `make bench` to say why a target was missed.

The report of an outline is written once under cProfile in a child process and its time is
shared out between the parts a fix would have to change: building the story from the outline
(our code, including reportlab parsing each paragraph's markup), breaking paragraphs into lines
(builder/report/breaking.py for a plain paragraph, reportlab for the rest), drawing them, the rest of platypus' page flow (frames, lists, tables, keeping
together, splitting), and writing the PDF (the canvas's objects, the structure tree, the
contents' page numbers). Shares under a profiler lean towards code that makes many small calls,
so they say where to look, not exact times.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

SNIPPET = r"""
import cProfile, json, pstats, sys, time
from pathlib import Path
from builder.pipeline import Builder
from builder import report as write
b = Builder()
checked = b.check(Path(sys.argv[1]), formats=("pdf",))
t0 = time.perf_counter()
write.write_pdf(checked.outline, checked.theme, b.measurer.fonts)
plain = time.perf_counter() - t0
profile = cProfile.Profile()
profile.runcall(write.write_pdf, checked.outline, checked.theme, b.measurer.fonts)
stats = pstats.Stats(profile).stats
def cum(path_end, name):
    return sum(v[3] for k, v in stats.items() if k[0].endswith(path_end) and k[2] == name)
def calls(path_end, name):
    return sum(v[1] for k, v in stats.items() if k[0].endswith(path_end) and k[2] == name)
print(json.dumps({
    "seconds": plain,
    "total": cum("report/document.py", "write_pdf"),
    "story": cum("report/story.py", "story"),
    "breaking": max(cum("report/tagging/flowables.py", "breakLines"),  # (plain: our loop)
                    cum("platypus/paragraph.py", "breakLines")),
    "drawing": cum("platypus/paragraph.py", "draw"),
    "build": cum("platypus/doctemplate.py", "build"),
    "writing": cum("report/document.py", "_endBuild"),
    "paragraphs": calls("platypus/paragraph.py", "_setup"),
    "objects": calls("pdfbase/pdfdoc.py", "Reference"),
}))
"""


def report_anatomy(python: str, outline: Path, cwd: Path, env: dict) -> dict:
    """The report of `outline`: its time unprofiled, and its parts' shares under cProfile."""
    proc = subprocess.run([python, "-c", SNIPPET, str(outline)], cwd=cwd, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr[-500:]}
    raw = json.loads(proc.stdout.strip().splitlines()[-1])
    total = raw["total"] or 1.0
    flow = raw["build"] - raw["breaking"] - raw["drawing"] - raw["writing"]
    parts = {"the story from the outline (incl. reportlab parsing paragraph markup)": raw["story"],
             "breaking paragraphs into lines": raw["breaking"],
             "reportlab drawing paragraphs": raw["drawing"],
             "platypus page flow (frames, lists, tables, splitting)": flow,
             "writing the PDF (objects, structure tree, page numbers)": raw["writing"]}
    return {"seconds": raw["seconds"], "paragraphs": raw["paragraphs"],
            "shares": {name: value / total for name, value in parts.items()}}


# The command line's cold build of both documents, its moments marked (ms since the process was
# launched) by wrapping builder.forked's steps in the measured process only.
TIMELINE = r"""
import os, sys, time
launched = float(sys.argv[1])
marks = []
def mark(what):
    os.write(2, f"MARK {what} {1000 * (time.time() - launched):.1f}\n".encode())
import builder.forked as forked
def wrap(cls, name, before=None, after=None):
    real = getattr(cls, name)
    def wrapped(self, *a, **k):
        before and mark(before)
        out = real(self, *a, **k)
        after and mark(after)
        return out
    setattr(cls, name, wrapped)
wrap(forked.Standby, "__init__", before="the report's child forked")
wrap(forked.Standby, "give", before="the checked outline handed over")
wrap(forked.Forked, "result", before="the parent's deck written, waiting for the report",
     after="the report received")
real_child = forked.Standby._made_in_child
def made_in_child(self, prepare):
    def prepared():
        make = prepare()
        mark("reportlab and the report's modules imported (child)")
        return make
    out = real_child(self, prepared)
    mark("the report written (child)")
    return out
forked.Standby._made_in_child = made_in_child
parent, real_exit = os.getpid(), os._exit
def leave(code):  # how the command line ends (the children end the same way)
    if os.getpid() == parent:
        mark("the files written, exiting")
    real_exit(code)
os._exit = leave
from builder.cli import main
sys.argv = ["briefing", "build", sys.argv[2], "-o", sys.argv[3]]
main()
"""


def critical_path(python: str, outline: Path, out_dir: Path, cwd: Path, env: dict,
                  runs: int = 5) -> list[str]:
    """When each step of a cold build of both documents happens, medians of `runs` (the
    report's child is the critical path when the parent waits for it)."""
    import statistics
    import time

    seen: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.run([python, "-c", TIMELINE, repr(time.time()), str(outline),
                               str(out_dir)], cwd=cwd, env=env, capture_output=True, text=True)
        for line in proc.stderr.splitlines():
            if line.startswith("MARK "):
                what, _, at = line[5:].rpartition(" ")
                seen.setdefault(what, []).append(float(at))
    if not seen:
        return ["the cold build's steps could not be timed"]
    steps = sorted((statistics.median(v), what) for what, v in seen.items())
    return ["a cold build of both documents, step by step (ms since launch, medians of "
            f"{runs}): " + "; ".join(f"{what} {at:.0f}" for at, what in steps)]


def anatomy_lines(label: str, anatomy: dict) -> list[str]:
    """`anatomy` as lines of the bench's explanation."""
    if "error" in anatomy:
        return [f"{label}: could not be profiled ({anatomy['error'].strip()[-200:]})"]
    shares = ", ".join(f"{name} {share:.0%}" for name, share in anatomy["shares"].items())
    return [f"{label}: {anatomy['seconds']:.2f} s for {anatomy['paragraphs']:,} paragraphs; "
            f"shares under cProfile: {shares}"]


# What the profiles have shown so far, and what would change them (kept beside the numbers that
# support them: each line is printed only with a fresh measurement of its target).
REMEDIES = {
    "report": "what would fix it: the report is reportlab platypus end to end — per paragraph a "
              "markup parse, a line-breaking pass and a drawing pass in Python, and a Python "
              "object per PDF object; no part is over a third, so halving it means a report "
              "written from the measurer's own lines (the deck's line breaker, already cached) "
              "straight to page content streams, with the PDF's objects written as bytes",
    "imports": "what would fix it: a cold deck-only build of the article is Python's start "
               "with site (~24 ms: `python -c pass`), click (~20 ms), our pipeline's imports with "
               "PyYAML (~40 ms: yaml ~10, theme ~7, measuring ~6), loading the outline (~9 ms), "
               "layout (~18 ms) and the deck's writing (~27 ms: lxml ~10 to prepare the built-in "
               "template, ~5 for deflate); `import click, yaml` alone is over half of pandoc's "
               "time, so under it would take dropping click or PyYAML from the build path, plus "
               "a prepared template kept in the cache (or written without lxml)",
}
