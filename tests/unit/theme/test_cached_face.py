"""reportlab's TrueType faces read from the user's cache: every attribute reportlab's own parse
sets, equal and of the same type; a corrupt entry or an unwritable cache never gives a wrong face."""
import marshal

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from builder.theme import Theme
from builder.theme.cached_face import CachedFace
from builder.theme.fonts import load


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def faces() -> list[str]:
    return list(load(Theme().font).paths)


def same_face(ours, theirs) -> None:
    assert ours.glyphToChar == theirs.glyphToChar  # (kept packed until asked for)
    mine, reportlabs = vars(ours), vars(theirs)
    assert mine.keys() == reportlabs.keys()
    for key, value in reportlabs.items():
        if key == "_pdfScale":  # a function: the same scale
            assert [mine[key](v) for v in (0, 1, 333, 2048)] == [value(v) for v in (0, 1, 333, 2048)]
            continue
        if key == "_pos":  # where the parse stopped reading: no face's property
            continue
        assert type(mine[key]) is type(value), key
        assert mine[key] == value, key
        if isinstance(value, dict):  # iterated in the same order as well
            assert list(mine[key]) == list(value), key
    for key in ("name", "familyName", "styleName", "fullName", "uniqueFontID"):
        assert mine[key].ustr == reportlabs[key].ustr


@pytest.mark.parametrize("index", range(3))
def test_a_face_read_from_the_cache_is_reportlabs_face(cache, index):
    path = faces()[index]
    first = CachedFace(path)  # parsed, and kept
    assert len(list(cache.glob("*.face"))) == 1
    again = CachedFace(path)  # read from the cache
    same_face(first, TTFontFace(path))
    same_face(again, TTFontFace(path))


def test_the_cached_face_is_not_parsed_again(cache, monkeypatch):
    path = faces()[0]
    CachedFace(path)
    parsed = []
    monkeypatch.setattr(TTFontFace, "extractInfo", lambda self, *a: parsed.append(1))
    CachedFace(path)
    assert parsed == []


def test_a_corrupt_or_foreign_entry_is_ignored_and_rewritten(cache):
    path = faces()[0]
    CachedFace(path)
    entry = next(cache.glob("*.face"))
    good = entry.read_bytes()
    broken = dict(marshal.loads(good), charWidths=[1, 2])
    for bad in (b"", b"\x00garbage", good[: len(good) // 2], marshal.dumps([1, 2, 3]),
                marshal.dumps(dict(marshal.loads(good), version=99)), marshal.dumps(broken)):
        entry.write_bytes(bad)
        same_face(CachedFace(path), TTFontFace(path))
        assert entry.read_bytes() == good


def test_an_unwritable_cache_still_reads_the_face(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    path = faces()[1]
    same_face(CachedFace(path), TTFontFace(path))
