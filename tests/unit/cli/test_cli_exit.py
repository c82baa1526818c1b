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



def test_a_build_is_held_until_the_process_ends_and_only_the_last(tmp_path):
    """Freeing a big build's objects when the command returns is work the exit makes
    pointless: the build command holds them; a second build (tests run many) lets the first go."""
    import weakref
    from pathlib import Path

    from click.testing import CliRunner

    small = Path(__file__).resolve().parents[2] / "fixtures" / "small.yaml"
    runner = CliRunner()
    first = runner.invoke(commands.cli, ["build", str(small), "-o", str(tmp_path / "a"),
                                         "--format", "pptx"])
    assert first.exit_code == 0, first.output
    builder, result = commands._HELD
    assert result.paths == [tmp_path / "a" / p.name for p in result.paths]
    gone = weakref.ref(builder)
    del builder, result
    second = runner.invoke(commands.cli, ["build", str(small), "-o", str(tmp_path / "b"),
                                          "--format", "pptx"])
    assert second.exit_code == 0, second.output
    import gc

    gc.collect()  # (were it in a cycle)
    assert gone() is None and commands._HELD[1].paths[0].parent == tmp_path / "b"
