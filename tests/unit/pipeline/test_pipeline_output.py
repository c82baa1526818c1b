"""builder.output: names, the output folder, and all-or-nothing replacement."""
import os
import time

import pytest

from builder import output
from builder.diagnostics import OutputError


def test_slug_of_a_title():
    assert output.slug("Russia & Iran\u2019s Security Pact") == "russia-and-irans-security-pact"
    assert output.slug("Été 2024") == "ete-2024"
    assert output.slug("!!!") == "briefing"


def test_write_all_replaces_every_document_and_leaves_no_temporary(tmp_path):
    (tmp_path / "a.pptx").write_bytes(b"old")
    paths = output.write_all(tmp_path, [(tmp_path / "a.pptx", b"new"), (tmp_path / "a.pdf", b"pdf")])
    assert [p.read_bytes() for p in paths] == [b"new", b"pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "a.pptx"]


def test_a_failed_write_keeps_the_old_files_and_removes_its_temporaries(tmp_path, monkeypatch):
    (tmp_path / "a.pptx").write_bytes(b"old")
    real = output.write_temp
    calls = []

    def fail_second(out_dir, data):
        calls.append(data)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(out_dir, data)

    monkeypatch.setattr(output, "write_temp", fail_second)
    with pytest.raises(OutputError, match="No space left on device"):
        output.write_all(tmp_path, [(tmp_path / "a.pptx", b"new"), (tmp_path / "a.pdf", b"pdf")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pptx"]
    assert (tmp_path / "a.pptx").read_bytes() == b"old"


def test_only_stale_temporaries_are_cleaned(tmp_path):
    stale, fresh = tmp_path / ".briefing-old.tmp", tmp_path / ".briefing-new.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    output.clean_stale(tmp_path)
    assert not stale.exists() and fresh.exists()


def test_an_output_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        output.check_out_dir(tmp_path / "f")
