"""The report made in a forked child: the same bytes as made here, and any failure in the child
made again here so its error is the one-process build's."""
import os

import pytest

from builder import forked
from builder.forked import Forked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def test_the_childs_bytes_come_back_whole():
    data = bytes(range(256)) * 4000  # more than a pipe holds: the child waits for the reader
    parent = os.getpid()
    child = Forked(lambda: data if os.getpid() != parent else b"made here")
    assert child.result() == data


def test_a_child_that_fails_is_made_again_here_with_its_error():
    parent = os.getpid()

    def make():
        if os.getpid() != parent:
            os._exit(3)  # a crash in the child
        raise ValueError("the real error, raised here")

    child = Forked(make)
    with pytest.raises(ValueError, match="the real error"):
        child.result()


def test_a_cancelled_child_is_stopped_and_reaped():
    import time

    child = Forked(lambda: time.sleep(30) or b"")
    child.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # already reaped
    child.cancel()  # twice is harmless


def test_forks_only_with_one_thread_and_a_spare_core(monkeypatch):
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert not forked.can_fork()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(forked.os, "sched_getaffinity", lambda pid: {0})
    assert not forked.can_fork()
    monkeypatch.setattr(forked.os, "sched_getaffinity", lambda pid: {0, 1})
    assert forked.can_fork()


def test_a_parallel_build_writes_the_same_files_as_a_one_process_build(tmp_path, monkeypatch):
    from pathlib import Path

    from builder import pipeline

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    started = []

    class Counted(Forked):
        def __init__(self, make):
            started.append(make)
            super().__init__(make)

    monkeypatch.setattr(forked, "Forked", Counted)  # imported by the build that forks
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    outline = Path(__file__).resolve().parents[2] / "fixtures" / "small.yaml"
    one = pipeline.Builder().build(outline, tmp_path / "one")
    two = pipeline.Builder(parallel=True).build(outline, tmp_path / "two")
    assert len(started) == 1
    assert [p.read_bytes() for p in one.paths] == [p.read_bytes() for p in two.paths]


def test_a_build_whose_text_checks_fail_after_the_report_started_stops_it(tmp_path, monkeypatch):
    """The report's child starts before the text is checked for glyphs: a glyph no font has
    fails the build with its message, and the child is stopped and reaped."""
    from builder import pipeline
    from builder.diagnostics import OutlineError

    started = []

    class Counted(Forked):
        def __init__(self, make):
            super().__init__(make)
            started.append(self)

    monkeypatch.setattr(forked, "Forked", Counted)  # imported by the build that forks
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    outline = tmp_path / "outline.yaml"
    outline.write_text("title: A briefing\nkey_judgments:\n  - A judgment\nsections:\n"
                       "  - title: A section\n    takeaway: The point\n    bullets:\n"
                       "      - \U00013000 is drawn by no font\n", encoding="utf-8")
    with pytest.raises(OutlineError) as failed:
        pipeline.Builder(parallel=True).build(outline, tmp_path / "out")
    assert "missing-glyph" in {d.code for d in failed.value.diagnostics}
    assert len(started) == 1 and started[0].waited
    with pytest.raises(ChildProcessError):
        os.waitpid(started[0].pid, os.WNOHANG)  # already reaped
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_standby_child_prepares_then_makes_with_the_arguments_given():
    """Forked before its work is known: it runs `prepare` at once, waits, and makes the
    document from the arguments handed over later — more than a pipe holds, without blocking."""
    from builder.forked import Standby

    parent = os.getpid()
    child = Standby(lambda: (lambda data, times: data * times if os.getpid() != parent
                             else b"made here"))
    child.give(lambda: b"made here", bytes(range(256)), 4000)
    assert child.result() == bytes(range(256)) * 4000


def test_a_standby_whose_arguments_cannot_be_handed_over_is_made_here():
    from builder.forked import Standby

    child = Standby(lambda: (lambda *args: b"made in the child"))
    child.give(lambda: b"made here", lambda: "a function does not pickle")
    assert child.result() == b"made here"


def test_a_standby_cancelled_before_it_is_given_anything_is_stopped_and_reaped():
    from builder.forked import Standby

    child = Standby(lambda: (lambda: b""))
    given = child.given
    child.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)
    with pytest.raises(OSError):
        os.fstat(given[1])  # this process's end of the hand-over is closed
    child.cancel()


def test_a_build_with_a_standby_child_writes_the_one_process_files(tmp_path, monkeypatch):
    """The CLI forks the report's child before importing the pipeline: it gets the checked
    outline, and its report is the one-process build's, byte for byte."""
    from pathlib import Path

    from builder import pipeline
    from builder.cli.early import report_writer
    from builder.forked import Standby

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    delivered = []

    class Watched(Standby):
        def _received(self):
            raw = super()._received()
            delivered.append(raw is not None)
            return raw

    outline = Path(__file__).resolve().parents[2] / "fixtures" / "small.yaml"
    one = pipeline.Builder().build(outline, tmp_path / "one")
    two = pipeline.Builder().build(outline, tmp_path / "two", standby=Watched(report_writer))
    assert delivered == [True]  # made by the child, not again here
    assert [p.read_bytes() for p in one.paths] == [p.read_bytes() for p in two.paths]


def test_a_build_that_fails_stops_its_standby_child(tmp_path):
    from builder import pipeline
    from builder.cli.early import report_writer
    from builder.diagnostics import OutlineError
    from builder.forked import Standby

    outline = tmp_path / "outline.yaml"
    outline.write_text("title: [not text\n", encoding="utf-8")
    child = Standby(report_writer)
    with pytest.raises(OutlineError):
        pipeline.Builder().build(outline, tmp_path / "out", standby=child)
    assert child.waited and child.given is None
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)


def test_objects_of_a_left_out_type_reach_the_child_as_none():
    """The report's child never reads where a value was written: its Locs are not sent."""
    import pickle

    from builder.diagnostics import Loc
    from builder.forked import Standby

    child = Standby(lambda: lambda items, found: pickle.dumps((items, found)))
    child.give(lambda: b"made here", [Loc("f.yaml", 1, 2), "kept"], {"at": Loc("g.yaml", 3, 4)},
               leave_out=(Loc,))
    assert pickle.loads(child.result()) == ([None, "kept"], {"at": None})


def test_a_whole_document_is_taken_without_waiting_for_the_child_to_end(monkeypatch):
    """A big child takes milliseconds to end: its document, once whole, is used at once, and
    the child is reaped when the build is done (cancel)."""
    import time

    real_send = forked._send
    monkeypatch.setattr(forked, "_send", lambda fd, make: (real_send(fd, make), time.sleep(30))[0])
    parent = os.getpid()
    child = Forked(lambda: b"made in the child" if os.getpid() != parent else b"made here")
    start = time.monotonic()
    assert child.result() == b"made in the child"
    assert time.monotonic() - start < 10 and not child.waited
    child.cancel()  # still asleep: stopped, and reaped
    assert child.waited
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)
