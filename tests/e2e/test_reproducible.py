"""Two builds of the same outline, in different processes at different times, are identical."""
import hashlib
import os
import subprocess
import sys
import time
import zipfile

from readback import ROOT


def build(out, env=None, outline="outline.yaml"):
    subprocess.run([sys.executable, "-m", "builder", "build", str(ROOT / outline),
                    "--out-dir", str(out)], check=True, capture_output=True, cwd=ROOT,
                   env={**os.environ, **(env or {})})
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def test_two_builds_are_byte_identical(tmp_path):
    first = build(tmp_path / "a")
    time.sleep(1.1)  # a later second: zip entry and document times must not follow the clock
    second = build(tmp_path / "b")
    assert first == second and len(first) == 2


def test_the_showcase_with_charts_and_images_is_byte_identical_too(tmp_path):
    first = build(tmp_path / "a", outline="examples/showcase.yaml")
    time.sleep(1.1)  # the charts' embedded workbooks must not carry the clock either
    assert build(tmp_path / "b", outline="examples/showcase.yaml") == first


def test_source_date_epoch_sets_the_document_times(tmp_path):
    build(tmp_path / "c", {"SOURCE_DATE_EPOCH": "1700000000"})
    deck = next((tmp_path / "c").glob("*.pptx"))
    with zipfile.ZipFile(deck) as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert "2023-11-14T22:13:20Z" in z.read("docProps/core.xml").decode()
    report = next((tmp_path / "c").glob("*.pdf")).read_bytes()
    assert b"D:20231114221320" in report


def test_the_committed_editor_schema_is_the_generated_one():
    proc = subprocess.run([sys.executable, "-m", "builder", "schema"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert (ROOT / "outline.schema.json").read_text() == proc.stdout, \
        "outline.schema.json is stale: run `briefing schema > outline.schema.json`"


def test_the_showcase_built_from_another_folder_is_byte_identical(tmp_path):
    """Nothing in either file depends on where the outline and its images sit (reportlab names
    an image drawn from a file by its path)."""
    import shutil

    sums = []
    for where in ("first copy", "second/copy"):
        folder = tmp_path / where / "examples"
        shutil.copytree(ROOT / "examples", folder)
        sums.append(build(tmp_path / where / "out", outline=folder / "showcase.yaml"))
    assert sums[0] == sums[1] and len(sums[0]) == 2


def test_the_slides_pdf_and_handout_are_byte_identical_from_any_folder_at_any_time(tmp_path):
    """Pictures are named by their content, times are the build time."""
    import shutil

    sums = []
    for where in ("first copy", "second/copy"):
        folder = tmp_path / where / "examples"
        shutil.copytree(ROOT / "examples", folder)
        out = tmp_path / where / "out"
        subprocess.run([sys.executable, "-m", "builder", "build", str(folder / "showcase.yaml"),
                        "--out-dir", str(out), "--format", "slides", "--format", "handout"],
                       check=True, capture_output=True, cwd=ROOT)
        sums.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()})
        time.sleep(1.1)
    assert sums[0] == sums[1] and len(sums[0]) == 2
