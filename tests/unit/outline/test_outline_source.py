"""Reading YAML: positions, text kept as typed, and what YAML would do silently refused."""
import pytest

from builder.diagnostics import Collector
from builder.outline.load import load_outline
from builder.diagnostics import OutlineError
from builder.outline.source import parse, read_text

HEAD = "title: T\nkey_judgments: [a]\nsections:\n  - title: S\n    bullets:\n"


def diags_for(text: str) -> list[str]:
    c = Collector()
    parse(text, "o.yaml", c)
    return [str(d) for d in c.items]


def load(tmp_path, text: str | bytes):
    path = tmp_path / "o.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return load_outline(path)


def errors(tmp_path, text) -> list[str]:
    with pytest.raises(OutlineError) as err:
        load(tmp_path, text)
    name = str(tmp_path / "o.yaml")
    return [str(d).replace(name, "o.yaml") for d in err.value.diagnostics]


def test_scalars_stay_the_text_the_user_typed(tmp_path):
    outline = load(tmp_path, HEAD + "      - No\n      - 2025-01-17\n      - 1.10\n      - ~x\n      - 'yes'\n")
    assert outline.sections[0].bullets == ("No", "2025-01-17", "1.10", "~x", "yes")


def test_values_keep_their_line_and_column(tmp_path):
    outline = load(tmp_path, HEAD + "      - first\n      -   second\n")
    second = outline.sections[0].bullets[1]
    assert (second.loc.line, second.loc.col) == (7, 11)
    assert outline.sections[0].loc.line == 4


def test_tab_indentation_is_named():
    assert diags_for("a:\n\tb: 1\n") == ["o.yaml:2:1: error: a tab is used for indentation; indent with spaces [yaml]"]


def test_bad_indentation_points_at_the_line():
    assert diags_for("a:\n  b: 1\n c: 2\n") == [
        "o.yaml:3:2: error: the indentation is wrong here (this line does not line up with the lines above) [yaml]"]


def test_unclosed_quote_points_at_the_opening_quote():
    assert diags_for('a: 1\nb: "never closed\nc: 2\n') == [
        "o.yaml:2:4: error: a quoted text is not closed (missing closing quote) [yaml]"]


def test_duplicate_keys_are_errors_not_silently_the_last():
    assert diags_for("a: 1\nb: 2\na: 3\n") == [
        "o.yaml:3:1: error: duplicate key 'a' (first given at line 1); YAML would keep only the last one [duplicate-key]"]


def test_anchors_and_aliases_are_refused_before_expansion():
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    assert diags_for(bomb) == [
        "o.yaml:1:4: error: anchors ('&a') are not allowed in an outline; write each value out [alias]"]
    assert diags_for("a: *x\n")[0].startswith("o.yaml:1:4: error:")


def test_tags_are_refused():
    assert diags_for("a: !!python/object:os.system x\n") == [
        "o.yaml:1:4: error: tags ('tag:yaml.org,2002:python/object:os.system') are not allowed in an outline [tag]"]


def test_a_bom_is_accepted(tmp_path):
    outline = load(tmp_path, b"\xef\xbb\xbf" + (HEAD + "      - b\n").encode())
    assert outline.title == "T"


def test_invalid_utf8_is_reported_with_its_position(tmp_path):
    assert errors(tmp_path, HEAD.encode() + b"      - caf\xe9\n") == [
        "o.yaml:6:12: error: the file is not valid UTF-8 (byte 0xe9); save it as UTF-8 [encoding]"]


def test_two_documents_are_refused():
    assert diags_for("a: 1\n---\nb: 2\n") == [
        "o.yaml:2:1: error: the outline must be one YAML document; remove the second '---' [yaml]"]


def test_an_empty_file_is_an_error(tmp_path):
    assert errors(tmp_path, "") == ["o.yaml:1:1: error: the outline is empty [empty]"]


def test_oversized_input_is_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (5 * 1024 * 1024 + 1))
    c = Collector()
    assert read_text(path, c) is None
    assert "the limit is 5 MB (limit: outline size)" in str(c.items[0])


def feed(fifo, data: bytes):
    """Write `data` into a named pipe from a thread, stopping quietly when the reader is gone."""
    import threading

    def write():
        try:
            with open(fifo, "wb") as handle:
                for i in range(0, len(data), 65536):
                    handle.write(data[i:i + 65536])
        except (BrokenPipeError, OSError):
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_at_most_the_limit_and_one_byte_are_read_from_an_endless_file():
    from builder.outline.source import read_at_most
    from pathlib import Path

    assert len(read_at_most(Path("/dev/zero"), 1000)) == 1001


@pytest.mark.parametrize("size", [6 * 1048576, 48 * 1048576])
def test_a_pipe_larger_than_the_limit_is_refused_after_reading_the_limit(tmp_path, size):
    import os

    fifo = tmp_path / "o.yaml"
    os.mkfifo(fifo)
    thread = feed(fifo, b"x: 1\n" * (size // 5))
    c = Collector()
    assert read_text(fifo, c) is None
    assert [str(d) for d in c.items] == [
        f"{fifo}:1:1: error: the outline is larger than 5 MB; the limit is 5 MB (limit: outline "
        "size) [limit]"]
    thread.join(5)


def test_a_pipe_within_the_limit_is_read_whole(tmp_path):
    import os

    fifo = tmp_path / "o.yaml"
    os.mkfifo(fifo)
    feed(fifo, (HEAD + "      - from a pipe\n").encode())
    assert load_outline(fifo).sections[0].bullets[0] == "from a pipe"


def test_dev_zero_as_the_outline_is_refused_at_the_limit():
    c = Collector()
    from pathlib import Path

    assert read_text(Path("/dev/zero"), c) is None
    assert "the outline is larger than 5 MB" in str(c.items[0])


def test_past_a_thousand_problems_the_rest_are_counted_not_kept():
    text = "title: T\n" + "title: again\n" * 1500
    c = Collector()
    parse(text, "o.yaml", c)
    assert len(c.items) == Collector.MAX_KEPT and c.unlisted == {"error": 500, "warning": 0}
    with pytest.raises(OutlineError) as err:
        c.check()
    assert len(err.value.diagnostics) == 1000 and err.value.unlisted == (500, 0)


@pytest.mark.parametrize("text, where, lines", [
    ('title: "Unclosed\nsubtitle: "A New Axis"\n', "1:8", 2),
    ("title: 'Unclosed\nsubtitle: 'A New Axis'\n", "1:8", 2),
    ('a:\n  - "one\n  - "two"\n', "2:5", 3),
    ('a:\n  - "one\n  - two\n  - "three"\n', "2:5", 4),
    ('a:\n  b: "one\n  c: "two"\n', "2:6", 3),
])
def test_a_quote_left_open_is_pointed_at_where_it_opens(text, where, lines):
    assert diags_for(text) == [
        f"o.yaml:{where}: error: a quoted text is not closed on its line: the quote opened here "
        f"runs on to line {lines}; close it where the text ends [yaml]"]


@pytest.mark.parametrize("text, where, inner", [
    ("title: 'it's here'\n", "1:11", "write it twice ('it''s')"),
    ('a: ["one, "two"]\n', "1:11", 'write it as \\"'),
    ('title: "say "yes" now"\n', "1:13", 'write it as \\"'),
])
def test_a_quote_inside_a_quoted_text_is_explained(text, where, inner):
    found = diags_for(text)
    assert len(found) == 1 and found[0].startswith(f"o.yaml:{where}: error: this quote closes ")
    assert inner in found[0]


def test_a_quoted_text_over_two_lines_is_still_one_text():
    assert diags_for('title: "one\n  two"\nsubtitle: x\n') == []
