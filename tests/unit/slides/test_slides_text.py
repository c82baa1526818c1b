"""The slides PDF's pieces: a frame writer for every kind of frame, and lines of runs."""
from builder.outline.text import Run, Text
from builder.slides.text import line_runs


def test_every_kind_of_frame_is_drawn():
    from builder.layout.plan import FRAME_TYPES
    from builder.slides.frames import FRAMES
    assert set(FRAMES) == set(FRAME_TYPES)


def test_a_line_keeps_its_runs_faces_and_links_across_a_break():
    bold, link = Run("bold words", bold=True), Run("a link", link="https://example.org")
    text = Text.of_runs((Run("Plain "), bold, Run(" then "), link))
    got = line_runs(text.runs, ["Plain bold", "words then a", "link"])
    assert [[(t, r.bold, r.link) for t, r in line] for line in got] == [
        [("Plain ", False, ""), ("bold", True, "")],
        [("words", True, ""), (" then ", False, ""), ("a", False, "https://example.org")],
        [("link", False, "https://example.org")]]


def test_spaces_between_words_stay_as_typed_and_those_at_a_break_go():
    got = line_runs(Text("1  The title of  it").runs, ["1 The title", "of it"])
    assert ["".join(t for t, _ in line) for line in got] == ["1  The title", "of  it"]


def test_a_soft_hyphen_s_hyphen_is_drawn_in_the_run_it_ends_and_the_marks_are_left_out():
    text = Text.of_runs((Run("Donau\u00adbold", bold=True), Run("\u200bplain\u00adtext")))
    got = line_runs(text.runs, ["Donau-", "boldplain-", "text"])
    assert [[(t, r.bold) for t, r in line] for line in got] == [
        [("Donau-", True)], [("bold", True), ("plain-", False)], [("text", False)]]
