"""The report's child forked before the command line is read: only for a build of both
documents, taken by the build (or stopped when click reads otherwise), and its report the
one-process build's, byte for byte."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import early

ROOT = Path(__file__).resolve().parents[3]
SMALL = ROOT / "tests" / "fixtures" / "small.yaml"


@pytest.mark.parametrize("argv, wanted", [
    (["briefing", "build"], True),
    (["briefing", "build", "outline.yaml", "-o", "out"], True),
    (["briefing", "build", "--format", "pdf", "--format", "pptx"], True),
    (["briefing", "build", "--format=pptx", "--format=pdf", "--format=slides"], True),
    (["briefing", "build", "--format", "pptx"], False),
    (["briefing", "build", "--format=pdf"], False),
    (["briefing", "build", "--format", "slides", "--format", "handout"], False),
    (["briefing", "build", "--help"], False),
    (["briefing", "build", "-h"], False),
    (["briefing", "check", "outline.yaml"], False),
    (["briefing", "watch"], False),
    (["briefing"], False),
    (["briefing", "build", "--", "--format"], True),  # after `--`, a file named --format
])
def test_only_a_build_of_both_documents_wants_the_child(argv, wanted):
    assert early.wants_report(argv) is wanted


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_child_click_finds_unneeded_is_stopped(monkeypatch):
    from builder.cli.commands import report_standby
    from builder import forked

    monkeypatch.setattr(forked, "can_fork", lambda: True)
    early.start(["briefing", "build"])
    child = early._early
    assert child is not None
    assert report_standby(("pptx",)) is None  # click read --format pptx after all
    assert early.take() is None and child.waited
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # stopped and reaped


WATCHED = r"""
import sys
import builder.forked as forked

made = []
started = forked.Standby.__init__
def standby(self, prepare):
    made.append("click" in sys.modules)  # forked before click was imported?
    started(self, prepare)
forked.Standby.__init__ = standby
received = forked.Forked._received
def delivered(self):
    raw = received(self)
    print("early" if made == [False] else made, "delivered" if raw else "made here",
          file=sys.stderr)
    return raw
forked.Forked._received = delivered
from builder.cli import main
sys.argv = ["briefing", "build", sys.argv[1], "-o", sys.argv[2]]
main()
"""


@pytest.mark.skipif(not hasattr(os, "fork") or len(os.sched_getaffinity(0)) < 2,
                    reason="the report's child is forked only with a core to spare")
def test_the_early_child_makes_the_one_process_report(tmp_path, monkeypatch):
    from builder.pipeline import Builder

    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    proc = subprocess.run([sys.executable, "-c", WATCHED, str(SMALL), str(tmp_path / "cli")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "early delivered" in proc.stderr
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    here = Builder().build(SMALL, tmp_path / "here")
    for path in here.paths:
        assert (tmp_path / "cli" / path.name).read_bytes() == path.read_bytes(), path.name
