"""The command line ends with os._exit once its output is flushed: the exit code is the
command's, and a stream that cannot be flushed ends it with 120, as Python's own exit does."""
import sys

import pytest

from builder.cli import commands


class Ended(Exception):
    pass


@pytest.fixture
def ended(monkeypatch):
    codes = []

    def _exit(code):
        codes.append(code)
        raise Ended

    monkeypatch.setattr(commands.os, "_exit", _exit)
    return codes


def test_a_command_ends_with_its_own_exit_code(ended, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["briefing", "--version"])
    with pytest.raises(Ended):
        commands.main()
    assert ended == [0] and "briefing" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["briefing", "no-such-command"])
    with pytest.raises(Ended):
        commands.main()
    assert ended[-1] == 2


def test_output_that_cannot_be_flushed_ends_with_120(ended, monkeypatch):
    class Broken:
        def flush(self):
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Broken())
    with pytest.raises(Ended):
        commands.leave(0)
    assert ended == [120]

