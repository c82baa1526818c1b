"""What the command line prints for many problems: the first hundred, then how many more."""
import pytest
from click.testing import CliRunner

from builder.cli import cli
from builder.cli.messages import MAX_SHOWN


@pytest.mark.parametrize("count", [1, 100, 101, 1200])
def test_at_most_a_hundred_problems_are_printed_and_the_rest_counted(tmp_path, count):
    path = tmp_path / "o.yaml"
    path.write_text("title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    takeaway: x\n"
                    "marking: m\n" + "marking: again\n" * count)
    result = CliRunner().invoke(cli, ["check", str(path)])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1
    shown = min(count, MAX_SHOWN)
    assert all(": error: duplicate key 'marking'" in line for line in lines[:shown])
    assert lines[shown - 1].startswith(f"{path}:{shown + 6}:1: error")
    if count > MAX_SHOWN:
        assert lines[shown] == (f"... and {count - MAX_SHOWN} more not shown (fix the "
                                "problems above first)")
    assert lines[-1] == f"{count} error{'s' * (count > 1)}, 0 warnings"
    assert len(lines) == shown + (count > MAX_SHOWN) + 1
