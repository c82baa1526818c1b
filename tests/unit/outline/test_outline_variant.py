"""Audience tags and the cut of a briefing for one audience (`--variant`)."""
from pathlib import Path

import pytest

from builder.diagnostics import Collector, OutlineError
from builder.outline.load import load_outline
from builder.outline.variant import cut

UNTAGGED = """\
title: T
key_judgments: [a judgment]
sections:
  - title: Long
    takeaway: The point
    bullets: [one, two, three, four, five]
    summary: Prose for the report.
    quotes: [{text: "Words", by: Someone}]
    subsections: [{title: Sub, bullets: [deep]}]
  - title: Only prose
    summary: Nothing for the slide but prose.
  - title: Bullets only
    bullets: [six]
"""

TAGGED = """\
title: T
audiences: [press]
key_judgments: [a judgment]
sections:
  - title: For ministers
    audience: exec
    takeaway: The point
    bullets:
      - kept, as the section is
      - {text: only for the press, audience: press}
    quotes: [{text: "Words", by: Someone, audience: [press]}]
  - title: Mixed
    takeaway: Not for ministers
    bullets:
      - not for ministers
      - {text: for ministers and the press, audience: [exec, press]}
  - title: Nothing for them
    bullets: [plain]
    subsections:
      - title: Tagged but empty
        audience: exec
        quotes: [{text: "Press only", by: Someone, audience: press}]
"""


def outline_of(tmp_path: Path, text: str):
    path = tmp_path / "o.yaml"
    path.write_text(text)
    return load_outline(path), path


def test_the_default_exec_cut_is_each_sections_takeaway_and_first_three_bullets(tmp_path):
    outline, path = outline_of(tmp_path, UNTAGGED)
    diags = Collector()
    short = cut(outline, "exec", diags)
    assert short.variant == "exec" and short.key_judgments == outline.key_judgments
    assert [(s.number, s.title, s.takeaway, s.bullets, s.blocks, s.subsections, s.summary)
            for s in short.sections] == [
        ("1", "Long", "The point", ("one", "two", "three"), (), (), ""),
        ("2", "Bullets only", "", ("six",), (), (), "")]
    assert [str(d).replace(str(path), "o.yaml") for d in diags.items] == [
        "o.yaml:10:5: warning: section 'Only prose' has nothing for the 'exec' cut (no takeaway "
        "or bullets for it); it is left out of that variant [variant]"]


def test_a_tagged_cut_holds_what_is_tagged_for_its_audience(tmp_path):
    outline, path = outline_of(tmp_path, TAGGED)
    diags = Collector()
    short = cut(outline, "exec", diags)
    got = [(s.title, s.takeaway, s.bullets, len(s.blocks)) for s in short.sections]
    assert got == [("For ministers", "The point", ("kept, as the section is",), 0),
                   ("Mixed", "", ("for ministers and the press",), 0)]
    assert [d.loc.line for d in diags.items] == [20] and "Tagged but empty" in diags.items[0].message
    press = cut(outline, "press", Collector())
    assert [(s.title, s.bullets, len(s.blocks)) for s in press.sections] == [
        ("For ministers", ("only for the press",), 1),
        ("Mixed", ("for ministers and the press",), 0),
        ("Nothing for them", (), 0)]
    assert len(press.sections[2].subsections[0].blocks) == 1


def test_an_audience_must_be_exec_or_declared(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(TAGGED.replace("audience: press}", "audience: pres}"))
    with pytest.raises(OutlineError) as err:
        load_outline(path)
    assert [str(d).replace(str(path), "o.yaml") for d in err.value.diagnostics] == [
        f"o.yaml:{where}: error: unknown audience 'pres' (did you mean 'press'?); declare it "
        "under `audiences:` [unknown-audience]" for where in ("10:46", "22:62")]


def test_a_variant_for_no_audience_is_an_error(tmp_path):
    outline, _ = outline_of(tmp_path, UNTAGGED)
    diags = Collector()
    cut(outline, "press", diags)
    assert [d.code for d in diags.errors] == ["variant"]
    assert "there is no audience 'press'" in diags.errors[0].message
