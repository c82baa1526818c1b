"""The package's zip is written byte for byte as zipfile writes the same entries (so a deck's
bytes do not depend on which of the two wrote it), and reads back whole."""
from __future__ import annotations

import io
import random
import zipfile

from builder import reproducible
from builder.reproducible import write_zip

NAMES = ["[Content_Types].xml", "ppt/slides/slide1.xml", "ppt/media/image1.png",
         "ppt/slides/_rels/slide1.xml.rels", "docProps/app.xml", "ppt/média/ünïcode.xml",
         "folder/", "empty.xml"]


def entries(seed: int) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(NAMES):
        size = rng.choice([0, 1, 17, 4000, 70000])
        text = rng.random() < 0.6  # XML-like text compresses; random bytes do not
        data = (b"<a:p>slide text</a:p>" * (size // 20 + 1))[:size] if text else rng.randbytes(size)
        out.append((f"{name}{i}" if name.endswith(".xml") and i % 3 else name, data))
    return out


def test_the_zip_is_what_zipfile_writes_for_the_same_entries(monkeypatch):
    for epoch in ("1700000000", "0", ""):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        stamp = max(reproducible.build_time(), reproducible.dt.datetime(1980, 1, 1))
        for seed in range(6):
            items = entries(seed)
            ours = write_zip(iter(items))
            assert ours == reproducible._zipfile_write(items, stamp.timetuple()[:6])
            with zipfile.ZipFile(io.BytesIO(ours)) as back:
                assert back.testzip() is None
                assert [(i.filename, back.read(i)) for i in back.infolist()] == items
    assert write_zip([]) == reproducible._zipfile_write([], stamp.timetuple()[:6])
