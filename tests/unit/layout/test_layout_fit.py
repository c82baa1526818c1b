"""Fitting rules: the theme's size when it fits, the largest smaller size that fits, a split."""
import pytest

from builder.diagnostics import Collector, Loc
from builder.layout.fit import Fitter, chunks
from builder.layout.plan import Para
from builder.measure import Measurer
from builder.theme import DEFAULT, fonts


@pytest.fixture(scope="module")
def fitter():
    return Fitter(DEFAULT.slide, Measurer(fonts.load(DEFAULT.font)), Collector(),
                  Loc("o.yaml", 1, 1))


def test_the_chosen_size_is_the_largest_step_that_fits(fitter):
    role = fitter.role("body")
    paras = [Para("word " * 40)]
    height = fitter.text_height(paras, role, role.size - 4, 400, False)[0]
    size = fitter.fit(paras, role, 400, height)
    assert size is not None and size < role.size
    assert fitter.text_height(paras, role, size, 400, False)[0] <= height
    bigger = size + DEFAULT.slide.shrink_step
    assert fitter.text_height(paras, role, bigger, 400, False)[0] > height


def test_height_counts_line_spacing_and_space_before_each_later_paragraph(fitter):
    role = fitter.role("body")
    one, _ = fitter.text_height([Para("a")], role, 20, 800, False)
    two, lines = fitter.text_height([Para("a"), Para("b")], role, 20, 800, False)
    assert lines == 2
    assert two - one == pytest.approx(20 * role.leading + role.space_before * 20 / role.size)
    assert role.space_before > 0


def test_boxes_carry_the_spacing_the_writer_prints(fitter):
    box = fitter.box("body", 0, 0, 400, 100, "body", [Para("a"), Para("b")], 18)
    role = fitter.role("body")
    assert box.leading == pytest.approx(18 * role.leading)
    assert box.space_before == pytest.approx(role.space_before * 18 / role.size)


def test_bullets_that_cannot_fit_split_into_readable_parts(fitter):
    paras = [Para(f"bullet number {i} " * 6, bullet="•") for i in range(30)]
    boxes = fitter.flow(paras, "body", 0, 0, 800, 380, None, "bullets")
    assert len(boxes) > 1
    assert [p for b in boxes for p in b.paras] == paras
    role = fitter.role("body")
    assert all(b.size >= round(role.size * DEFAULT.slide.shrink_warning) for b in boxes)
    assert all(fitter.text_height(b.paras, role, b.size, 800, True)[0] <= 380 + 1e-6
               for b in boxes)


def test_chunks_are_near_equal_and_keep_order():
    assert chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4], [5, 6]]
    assert chunks([1], 3) == [[1]]


@pytest.mark.parametrize("words", [3, 12, 30, 60])
def test_grown_text_takes_the_largest_size_that_fits(fitter, words):
    role = fitter.role("body")
    paras = [Para("security " * words, bullet="•"), Para("trade routes " * (words // 2))]
    for height in (60, 120, 200, 320, 480):
        fits = [s for s in range(int(role.ceiling), int(role.size), -1)
                if fitter.text_height(paras, role, s, 500, True)[0] <= height]
        assert fitter.grow(paras, role, 500, height, True) == (fits[0] if fits else role.size)
