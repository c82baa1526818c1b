"""Hostile input: what the outline says is shown literally in both documents, and nothing in
it can make the build expand, crash or damage earlier output."""
import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from builder.cli import cli
from readback import ROOT, norm, slide_texts

TRICKY = [
    "x<y and y>z",
    "AT&T and &amp; and &lt;b&gt; stay as typed",
    "<b>not bold</b> and <i>not italic</i>",
    '<img src="/etc/passwd"/> is just text',
    '<a href="javascript:alert(1)">click</a>',
    "Quotes \"double\" and 'single' and <br/> too",
]


def outline_text(bullets) -> str:
    items = "".join(f"      - {json_str(b)}\n" for b in bullets)
    return ("title: \"Hostile <input> & co\"\nkey_judgments:\n  - \"5 > 3 & 2 < 4\"\n"
            "sections:\n  - title: \"Markup <i>is</i> text\"\n    bullets:\n" + items +
            "    summary: \"A <b>summary</b> & more\\nwith a line break\"\n")


def json_str(value: str) -> str:
    import json
    return json.dumps(value)


def build(tmp_path, text, out="out"):
    path = tmp_path / "o.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / out)])
    return result


def test_markup_and_entities_are_shown_literally_in_both_documents(tmp_path):
    result = build(tmp_path, outline_text(TRICKY))
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    deck_text = [t for s in deck.slides for t in slide_texts(s)]
    pdf = PdfReader(str(next((tmp_path / "out").glob("*.pdf"))))
    pdf_text = norm(" ".join(p.extract_text() for p in pdf.pages))
    for item in [*TRICKY, "5 > 3 & 2 < 4", "Markup <i>is</i> text", "Hostile <input> & co"]:
        assert item in deck_text
        assert norm(item) in pdf_text
    assert pdf.metadata.title == "Hostile <input> & co"
    for page in pdf.pages:  # no link annotation came from the text
        assert all(a.get_object()["/A"].get("/URI", "").startswith(("http", "mailto"))
                   for a in page.get("/Annots", []) if "/A" in a.get_object())


def test_a_line_break_inside_a_value_is_a_line_break_in_both(tmp_path):
    result = build(tmp_path, outline_text(["one\ntwo"]))
    assert result.exit_code == 0, result.output
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    para = next(p for s in deck.slides for sh in s.shapes if sh.has_text_frame
                for p in sh.text_frame.paragraphs if p.text.startswith("one"))
    assert para.text == "one\vtwo"  # python-pptx shows <a:br/> as a vertical tab
    pdf_text = " ".join(p.extract_text() for p in PdfReader(str(next((tmp_path / "out").glob("*.pdf")))).pages)
    assert "one\ntwo" in pdf_text and "with a line break" in pdf_text


def test_control_characters_are_removed_with_a_warning_never_written_as_escapes(tmp_path):
    result = build(tmp_path, outline_text(["bell\u0007here", "nul\u0000too"]).replace(
        "\u0007", "\\a").replace("\u0000", "\\0"))
    assert result.exit_code == 0, result.output
    assert "warning: control characters U+0007 removed" in result.stderr
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.pptx"))) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert "_x0007_" not in xml and "_x0000_" not in xml
    assert "bellhere" in xml


def test_alias_bomb_is_refused_at_once(tmp_path):
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.monotonic()
    result = build(tmp_path, "\n".join(levels) + "\n")
    assert time.monotonic() - start < 5
    assert result.exit_code == 1
    assert "anchors ('&a') are not allowed" in result.stderr


def test_limits_say_which_limit(tmp_path):
    bullets = "".join(f"      - b{i}\n" for i in range(201))
    text = "title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    bullets:\n" + bullets
    result = build(tmp_path, text)
    assert result.exit_code == 1
    assert "'bullets' has 201 bullets; the limit is 200 (limit: bullets per list)" in result.stderr


def test_unwritable_output_folder_is_reported_before_any_work(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = build(tmp_path, outline_text(["a"]), out="locked/out")
    assert result.exit_code == 1 and "not writable" in result.stderr


def test_output_folder_under_a_file_is_reported_before_any_work(tmp_path):
    (tmp_path / "afile").write_text("x")
    result = build(tmp_path, outline_text(["a"]), out="afile/out")
    assert result.exit_code == 1
    assert "the output folder has no parent folder" in result.stderr


def test_stale_temporary_files_from_a_killed_run_are_cleaned_up(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".briefing-abc123.tmp"
    stale.write_bytes(b"half a deck")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert build(tmp_path, outline_text(["a"])).exit_code == 0
    assert not stale.exists()


def large_outline(sections: int) -> str:
    body = "".join(f"  - title: \"Section {i}\"\n    bullets: [\"{' '.join(['word'] * 12)}\", \"b\", \"c\"]\n"
                   "    summary: \"" + "Some prose. " * 30 + "\"\n" for i in range(sections))
    return "title: \"Hostile <input> & co\"\nkey_judgments: [a]\nsections:\n" + body


def first_build(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(outline_text(["first build"]))
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(path), "-o", str(out)]).exit_code == 0
    return path, out, {p.name: p.read_bytes() for p in out.iterdir()}


def test_kill_9_during_a_large_build_leaves_the_previous_files_as_they_were(tmp_path):
    path, out, before = first_build(tmp_path)
    path.write_text(large_outline(1500))  # several seconds of work
    proc = subprocess.Popen([sys.executable, "-m", "builder", "build", str(path), "-o", str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".briefing-")}
    assert after == before


# Runs the command line with os.fsync paused at its Nth call (after the Nth temporary file's
# bytes are written, before it is moved into place): a flag file says the write has started.
PAUSED_WRITE = """
import os, sys, time
flag, pause_at = sys.argv.pop(1), int(sys.argv.pop(1))
real_fsync, calls = os.fsync, []

def fsync(fd):
    calls.append(fd)
    if len(calls) == pause_at:
        open(flag, "w").close()
        time.sleep(120)
    real_fsync(fd)

os.fsync = fsync
from builder.cli import main
sys.argv[0] = "briefing"
main()
"""


@pytest.mark.parametrize("pause_at", [1, 2])  # writing the deck; the deck written, the report
def test_a_kill_while_writing_never_leaves_a_partial_file(tmp_path, pause_at):
    path, out, before = first_build(tmp_path)
    path.write_text(outline_text(["second build"]))
    flag = tmp_path / "writing"
    proc = subprocess.Popen([sys.executable, "-c", PAUSED_WRITE, str(flag), str(pause_at),
                             "build", str(path), "-o", str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    end = time.monotonic() + 60
    while not flag.exists() and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.01)
    assert flag.exists(), f"the build never started writing: {proc.poll()}"
    temps = sorted(p.name for p in out.glob(".briefing-*.tmp"))
    assert len(temps) == pause_at and all((out / t).stat().st_size > 0 for t in temps)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL  # killed while writing, not finished
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name in before} == before
    assert sorted(p.name for p in out.iterdir()) == sorted([*before, *temps]), \
        "only the old files and the killed run's temporary files are left"
