"""Validation against the one declaration, and the JSON Schema generated from it."""
import json
from pathlib import Path

import pytest

from builder.diagnostics import OutlineError
from builder.outline.load import load_outline
from builder.outline.schema import json_schema

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())

BASE = "title: T\nkey_judgments: [a]\nsections:\n"


def errors(tmp_path, text: str) -> list[str]:
    path = tmp_path / "o.yaml"
    path.write_text(text)
    with pytest.raises(OutlineError) as err:
        load_outline(path)
    return [str(d).replace(str(path), "o.yaml") for d in err.value.diagnostics]


def test_unknown_key_suggests_the_right_one(tmp_path):
    assert errors(tmp_path, BASE + "  - title: S\n    takeaways: x\n") == [
        "o.yaml:5:5: error: unknown key 'takeaways' in a section (did you mean 'takeaway'?) [unknown-key]"]


def test_wrong_type_in_the_users_words(tmp_path):
    assert errors(tmp_path, BASE + "  - title: S\n    bullets: just one line\n") == [
        "o.yaml:5:14: error: expected a list of bullets for 'bullets', got text [type]"]


def test_empty_section_and_empty_lists(tmp_path):
    assert errors(tmp_path, "title: T\nkey_judgments: []\nsections:\n  - title: S\n") == [
        "o.yaml:2:16: error: 'key_judgments' is empty; give at least 1 key judgment [empty]",
        "o.yaml:4:5: error: section 'S' is empty: give it at least one of takeaway, bullets, "
        "summary, quotes, timeline, table, blocks or subsections [empty]"]


def test_table_rows_must_match_the_columns(tmp_path):
    text = BASE + "  - title: S\n    table:\n      columns: [A, B]\n      rows:\n        - [1, 2]\n        - [3]\n"
    assert errors(tmp_path, text) == ["o.yaml:9:11: error: row 2 has 1 cells but the table has 2 columns [table-shape]"]


def test_flags_take_true_or_false_only(tmp_path):
    text = BASE + "  - title: S\n    quotes:\n      - text: q\n        by: b\n        paraphrase: yes\n"
    assert errors(tmp_path, text) == ["o.yaml:8:21: error: 'paraphrase' must be true or false, got 'yes' [type]"]


def test_links_are_limited_to_http_https_and_mailto(tmp_path):
    text = BASE + "  - title: S\n    takeaway: t\nsources:\n  - title: x\n    url: javascript:alert(1)\n"
    assert errors(tmp_path, text) == [
        "o.yaml:8:10: error: 'url': a link must start with http://, https:// or mailto: and have no spaces [value]"]


def test_sections_are_numbered_in_order(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(BASE + "  - title: A\n    takeaway: t\n    subsections:\n      - title: A1\n        takeaway: t\n  - title: B\n    takeaway: t\n")
    outline = load_outline(path)
    assert [(s.number, s.title) for s in outline.walk()] == [("1", "A"), ("1.1", "A1"), ("2", "B")]


@pytest.mark.parametrize("name", ["outline.yaml", "examples/showcase.yaml"])
def test_the_shipped_outlines_validate_against_the_printed_schema(name):
    jsonschema = pytest.importorskip("jsonschema")
    import yaml
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.load((ROOT / name).read_text(), Loader=yaml.BaseLoader)  # all text
    data = _flags(data)
    jsonschema.validate(data, schema)
    json.dumps(schema)


def test_the_schema_catches_a_mistyped_key_as_an_editor_would():
    jsonschema = pytest.importorskip("jsonschema")
    bad = {"title": "T", "key_judgments": ["a"], "sections": [{"title": "S", "bulets": ["x"]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())


def test_every_field_in_the_schema_has_a_description():
    schema = json_schema()
    for obj in [schema, *schema["$defs"].values()]:
        for name, prop in obj["properties"].items():
            assert prop.get("description"), name


FLAGS = ("paraphrase", "data_labels", "legend", "first_column", "require_citations")


def _flags(value):
    """BaseLoader reads everything as text; the outline's yes/no fields are booleans."""
    if isinstance(value, dict):
        return {k: (v == "true" if k in FLAGS else _flags(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_flags(v) for v in value]
    return value


def chart_outline(kind: str, *values: str) -> str:
    series = "".join(f"            - {{name: s{i}, values: {v}}}\n" for i, v in enumerate(values))
    return (BASE + "  - title: S\n    blocks:\n      - chart:\n          kind: " + kind +
            "\n          categories: [A, B]\n          series:\n" + series)


@pytest.mark.parametrize("value", ["1e308", "-1e308", "1.7976931348623157e308", "1e16",
                                   "-1.0000001e15", "inf", "-Infinity", "1e999"])
def test_a_chart_value_too_far_from_0_is_refused_at_its_place(tmp_path, value):
    found = errors(tmp_path, chart_outline("stacked-column", f"[{value}, 1]", "[1, 1]"))
    assert found == [f"o.yaml:10:35: error: item 1 of 'values': '{value}' is too far from 0; "
                     "numbers must lie between -1e15 and 1e15 (write them in a larger unit, e.g. "
                     "billions) [number-range]"]


@pytest.mark.parametrize("value", ["1e-320", "-5e-324", "2.2e-308", "1e-16", "9.9e-16"])
@pytest.mark.parametrize("kind", ["column", "doughnut", "line"])
def test_a_chart_value_too_close_to_0_is_refused_at_its_place(tmp_path, kind, value):
    found = errors(tmp_path, chart_outline(kind, f"[1, {value.lstrip('-') if kind == 'doughnut' else value}]"))
    assert len(found) == 1 and found[0].startswith("o.yaml:10:38: error: item 2 of 'values': '")
    assert "is too close to 0 to draw" in found[0] and found[0].endswith("[number-range]")


@pytest.mark.parametrize("value", ["nan", ".nan", "NaN", ".inf", "-.inf", "0x10", "'1 5'", "[1]", "{a: 1}"])
def test_a_chart_value_that_is_not_a_number_is_refused(tmp_path, value):
    found = errors(tmp_path, chart_outline("column", f"[{value}, 1]"))
    assert len(found) == 1 and "item 1 of 'values' must be a number" in found[0]


@pytest.mark.parametrize("values", ["[1e15, -1e15]", "[1e-15, 0]", "[0, -0.0]", "[-1e-15, 1e15]"])
def test_the_widest_and_smallest_chart_values_are_accepted(tmp_path, values):
    path = tmp_path / "o.yaml"
    path.write_text(chart_outline("stacked-bar", values, values))
    chart = load_outline(path).sections[0].blocks[0]
    assert len(chart.series) == 2


@pytest.mark.parametrize("kind", ["pie", "doughnut"])
@pytest.mark.parametrize("values", ["[0, 0]", "[0]", "[-0.0, 0]", "[0e5, 0.0]"])
def test_a_round_chart_with_nothing_above_0_is_an_error(tmp_path, kind, values):
    text = chart_outline(kind, values).replace("[A, B]", "[A]" if values == "[0]" else "[A, B]")
    assert errors(tmp_path, text) == [
        f"o.yaml:10:13: error: a {kind} chart needs a value above 0 (every value is 0, so there "
        "is nothing to draw) [chart-data]"]


@pytest.mark.parametrize("widths", ["[1e308, 1]", "[1e-320, 1]", "[1, 1e16]"])
def test_table_widths_are_numbers_in_the_same_range(tmp_path, widths):
    text = (BASE + "  - title: S\n    table:\n      columns: [A, B]\n      rows: [[a, b]]\n"
            f"      widths: {widths}\n")
    found = errors(tmp_path, text)
    assert len(found) == 1 and found[0].startswith("o.yaml:8:") and "[number-range]" in found[0]
