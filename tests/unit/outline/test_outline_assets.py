"""Images are read once, at check time: a picture past the pixel limit is refused at its line in
our words (Pillow's own warning, with its site-packages path, is never shown)."""
import warnings

import pytest
from PIL import Image

from builder.diagnostics import OutlineError
from builder.outline.load import load_outline

OUTLINE = ("title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    blocks:\n"
           "      - image: {{file: {name}, alt: A picture}}\n")


@pytest.mark.parametrize("size", [(7000, 6000), (6325, 6325), (9000, 9100), (100000, 1000)])
def test_a_picture_past_the_pixel_limit_is_an_error_at_its_line(tmp_path, size):
    Image.new("1", size).save(tmp_path / "big.png")
    (tmp_path / "o.yaml").write_text(OUTLINE.format(name="big.png"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing may reach Python's warnings (or stderr)
        with pytest.raises(OutlineError) as err:
            load_outline(tmp_path / "o.yaml")
    w, h = size
    assert [str(d).replace(str(tmp_path) + "/", "") for d in err.value.diagnostics] == [
        f"o.yaml:6:23: error: the image 'big.png' is {w} \u00d7 {h} pixels ({w * h / 1e6:.0f} "
        "million); the limit is 40 million pixels (limit: image pixels): scale it down [limit]"]


def test_a_picture_at_the_limit_is_read(tmp_path):
    Image.new("1", (8000, 5000)).save(tmp_path / "big.png")
    (tmp_path / "o.yaml").write_text(OUTLINE.format(name="big.png"))
    image = load_outline(tmp_path / "o.yaml").sections[0].blocks[0]
    assert (image.width_px, image.height_px) == (8000, 5000)
