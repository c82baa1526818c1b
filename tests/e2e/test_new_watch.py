"""`briefing new` and `briefing watch`, as a user runs them."""
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from builder.cli import cli
from builder.outline.load import load_outline
from readback import FIXTURES, ROOT


def test_new_writes_a_valid_starter_that_builds(tmp_path):
    path = tmp_path / "brief.yaml"
    result = CliRunner().invoke(cli, ["new", str(path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "outline.schema.json").exists()
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=./outline.schema.json")
    outline = load_outline(path)
    section = outline.sections[0]
    assert section.bullets and section.quotes and section.timeline and section.subsections
    assert section.subsections[0].table and section.subsections[1].quotes[0].paraphrase
    assert outline.sources[0].url.startswith("https://")
    built = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output


def test_the_starter_shows_each_feature_once(tmp_path):
    """Blocks of every kind (the image commented out: it needs a file), a theme file and a
    template named in comments, markup, a citation and a judgment with its confidence."""
    from builder.outline import model

    path = tmp_path / "brief.yaml"
    assert CliRunner().invoke(cli, ["new", str(path)]).exit_code == 0
    text = path.read_text()
    outline = load_outline(path)
    kinds = {type(b) for b in outline.sections[0].blocks}
    assert {model.Chart, model.Comparison, model.Callout} <= kinds
    for feature in ("# theme: ", "# template: ", "#     file: ", "- image:", "**emphasis**",
                    "[@source]", "[link](https://", "confidence:", "show:"):
        assert feature in text, feature


def test_new_does_not_overwrite(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("mine")
    result = CliRunner().invoke(cli, ["new", str(path)])
    assert result.exit_code == 2 and path.read_text() == "mine"


def wait_for(predicate, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_watch_rebuilds_on_save_and_keeps_the_last_good_files(tmp_path):
    outline = tmp_path / "outline.yaml"
    text = (FIXTURES / "small.yaml").read_text()
    outline.write_text(text)
    out = tmp_path / "decks"
    log = open(tmp_path / "log.txt", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "builder", "watch", str(outline), "-o", str(out)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deck = out / "small-briefing.pptx"
        assert wait_for(lambda: "watching" in Path(log.name).read_text()), Path(log.name).read_text()
        first = deck.read_bytes()
        outline.write_text(text.replace("A bullet", "A changed bullet"))
        # both documents are in place once the rebuild says so (the deck is moved in first)
        assert wait_for(lambda: Path(log.name).read_text().count("built in") == 2), \
            Path(log.name).read_text()
        assert deck.read_bytes() != first
        good = {p.name: p.read_bytes() for p in out.iterdir()}
        outline.write_text(text.replace("bullets:", "bulets:"))
        assert wait_for(lambda: "kept the last good files" in Path(log.name).read_text())
        assert {p.name: p.read_bytes() for p in out.iterdir()} == good
        assert "unknown key 'bulets'" in Path(log.name).read_text()
    finally:
        proc.send_signal(signal.SIGTERM)  # SIGINT is ignored in background jobs
        code = proc.wait(timeout=20)
        log.close()
    output = (tmp_path / "log.txt").read_text()
    assert code == 0, output
    assert "Traceback" not in output
    assert "stopped watching" in output


def start_watch(tmp_path, outline, log, interruptible=False):
    """`briefing watch` in a child; `interruptible` gives it Ctrl-C (SIGINT) back even when the
    suite runs in the background, where a shell starts jobs with SIGINT ignored."""
    reset = (lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if interruptible else None
    return subprocess.Popen([sys.executable, "-m", "builder", "watch", str(outline), "-o",
                             str(tmp_path / "decks")], stdout=log, stderr=subprocess.STDOUT,
                            cwd=ROOT, preexec_fn=reset)


def stop_once_watching(proc, read, sig) -> int:
    """Send `sig` to a watch once it says it is watching (or has given up); its exit code."""
    try:
        assert wait_for(lambda: "watching" in read()), read()
    finally:
        proc.send_signal(sig)
        code = proc.wait(timeout=20)
    return code


def test_watch_stops_cleanly_on_sigterm_and_says_nothing_was_kept_before_a_good_build(tmp_path):
    outline = tmp_path / "outline.yaml"
    outline.write_text((FIXTURES / "small.yaml").read_text().replace("bullets:", "bulets:"))
    with open(tmp_path / "log.txt", "w") as log:
        proc = start_watch(tmp_path, outline, log)
    read = (tmp_path / "log.txt").read_text
    code = stop_once_watching(proc, read, signal.SIGTERM)
    assert code == 0, read()
    assert "1 error, 0 warnings; nothing written yet" in read()
    assert "kept the last good files" not in read()
    assert read().rstrip().endswith("stopped watching")
    assert not (tmp_path / "decks").exists()


def test_ctrl_c_stops_watch_with_our_message_only(tmp_path):
    outline = tmp_path / "outline.yaml"
    outline.write_text((FIXTURES / "small.yaml").read_text())
    with open(tmp_path / "log.txt", "w") as log:
        proc = start_watch(tmp_path, outline, log, interruptible=True)
    read = (tmp_path / "log.txt").read_text
    code = stop_once_watching(proc, read, signal.SIGINT)
    assert code == 0, read()
    assert "KeyboardInterrupt" not in read() and "Traceback" not in read()
    assert read().rstrip().endswith("stopped watching")
