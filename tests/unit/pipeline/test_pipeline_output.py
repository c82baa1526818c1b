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

    def fail_second(out_dir, data, *rest):
        calls.append(data)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(out_dir, data, *rest)

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


def documents(tmp_path):
    return [(tmp_path / "a.pptx", b"new deck"), (tmp_path / "a.pdf", b"new report")]


@pytest.mark.parametrize("blocked", ["a.pdf", "a.pptx"])
def test_a_target_that_is_a_folder_is_refused_before_any_file_is_replaced(tmp_path, blocked):
    (tmp_path / "a.pptx").write_bytes(b"old deck") if blocked != "a.pptx" else None
    (tmp_path / blocked).mkdir()
    (tmp_path / blocked / "inside").write_text("kept")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(OutputError, match=f"{blocked}: is a folder"):
        output.write_all(tmp_path, documents(tmp_path))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert (tmp_path / blocked / "inside").read_text() == "kept"


def test_a_target_that_is_a_named_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "a.pdf")
    with pytest.raises(OutputError, match="a.pdf: is not a regular file"):
        output.write_all(tmp_path, documents(tmp_path))
    assert not (tmp_path / "a.pptx").exists()


@pytest.mark.parametrize("old", [{"a.pptx": b"old deck", "a.pdf": b"old report"},
                                 {"a.pptx": b"old deck"}, {"a.pdf": b"old report"}, {}])
def test_a_replace_failing_part_way_puts_back_what_was_replaced(tmp_path, monkeypatch, old):
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    real, moves = os.replace, []

    def fail_second_move(src, dst):
        if not str(src).endswith(".old.tmp") and str(dst).endswith((".pptx", ".pdf")):
            moves.append(dst)
            if len(moves) == 2:
                raise OSError(5, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(output.os, "replace", fail_second_move)
    with pytest.raises(OutputError, match="Input/output error"):
        output.write_all(tmp_path, documents(tmp_path))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old  # and no temporaries


def test_the_build_refuses_an_output_that_is_one_of_its_inputs(tmp_path):
    outline = tmp_path / "a.pptx"
    with pytest.raises(OutputError, match=r"a.pptx: is the build's own input"):
        output.check_targets([tmp_path / "a.pptx", tmp_path / "a.pdf"], [outline])
    linked = tmp_path / "o.yaml"
    linked.write_text("x")
    (tmp_path / "a.pdf").symlink_to(linked)
    with pytest.raises(OutputError, match=r"a.pdf: is the build's own input"):
        output.check_targets([tmp_path / "a.pdf"], [linked])
    output.check_targets([tmp_path / "b.pdf"], [linked, None])  # others are fine


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o027, 0o640),
                                         (0o002, 0o664)])
def test_new_documents_get_what_the_umask_allows(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        paths = output.write_all(tmp_path, documents(tmp_path))
    finally:
        os.umask(old)
    assert [p.stat().st_mode & 0o777 for p in paths] == [mode, mode]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_a_replaced_document_keeps_its_permissions(tmp_path, mode):
    for target, _ in documents(tmp_path):
        target.write_bytes(b"old")
        target.chmod(mode)
    paths = output.write_all(tmp_path, documents(tmp_path))
    assert [p.stat().st_mode & 0o777 for p in paths] == [mode, mode]
    assert paths[0].read_bytes() == b"new deck"
