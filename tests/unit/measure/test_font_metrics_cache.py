"""Font widths kept in the user's cache: the same widths as reportlab's, read without parsing
the font again; a changed font file, a corrupt entry or an unwritable cache never gives wrong
widths."""
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.measure import metrics
from builder.theme import Theme
from builder.theme.fonts import load

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ["Russia & Iran's Security Pact", "naïve café — “quoted” 2025", "Ωμέγα Жук", "W" * 40]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    metrics._metrics.cache_clear()
    yield folder
    metrics._metrics.cache_clear()


def regular_font() -> str:
    return load(Theme().font).paths[0]


def test_cached_widths_are_reportlabs_to_the_last_bit(cache):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = regular_font()
    pdfmetrics.registerFont(TTFont("MetricsCheck", path))
    first = metrics.face_metrics(path)  # parsed, and written to the cache
    metrics._metrics.cache_clear()
    again = metrics.face_metrics(path)  # read from the cache
    assert len(list(cache.glob("*.widths"))) == 1
    for text in SAMPLES:
        for size in (10.5, 13.7, 28):
            expected = pdfmetrics.stringWidth(text, "MetricsCheck", size)
            assert first.width(text, size) == expected == again.width(text, size)


def test_a_corrupt_or_foreign_entry_is_ignored_and_rewritten(cache):
    path = regular_font()
    good = metrics.face_metrics(path)
    entry = next(cache.glob("*.widths"))
    written = entry.read_bytes()
    version, default, widths = marshal.loads(written)
    for bad in (b"{not marshal", written[: len(written) // 2], marshal.dumps([1, 2, 3]),
                marshal.dumps((99, default, widths)), marshal.dumps((version, 1, widths)),
                marshal.dumps((version, default, {65: "x"})),
                marshal.dumps((version, default, {"65": 500.0}))):
        entry.write_bytes(bad)
        metrics._metrics.cache_clear()
        assert metrics.face_metrics(path) == good
        assert entry.read_bytes() == written


def test_a_changed_font_file_is_read_again(cache, tmp_path):
    fonts = load(Theme().font).paths
    copy = tmp_path / "face.ttf"
    shutil.copyfile(fonts[0], copy)
    regular = metrics.face_metrics(str(copy))
    shutil.copyfile(fonts[1], copy)  # another face under the same name: the bold one
    os.utime(copy, ns=(1, 1))
    bold = metrics.face_metrics(str(copy))
    assert bold != regular and len(list(cache.glob("*.widths"))) == 2


def test_an_unwritable_cache_still_measures(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    metrics._metrics.cache_clear()
    assert metrics.face_metrics(regular_font()).width("abc", 10) > 0
    metrics._metrics.cache_clear()


def test_a_deck_only_build_with_a_warm_cache_never_loads_reportlab(tmp_path):
    outline = tmp_path / "o.yaml"
    outline.write_text("title: T\nkey_judgments: ['k [@x]']\nsections:\n  - title: S\n"
                       "    bullets: ['a **b** [@x]']\nsources:\n  - {title: X, id: x}\n")
    script = ("import sys; from pathlib import Path; from builder.pipeline import Builder; "
              f"Builder().build(Path({str(outline)!r}), Path({str(tmp_path / 'out')!r}), "
              "formats=('pptx',)); print(sorted({m.split('.')[0] for m in sys.modules}))")
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                           capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert "reportlab" in runs[0]  # the first build parses the fonts, filling the cache
    assert "reportlab" not in runs[1]
    assert (tmp_path / "out" / "t.pptx").is_file()
