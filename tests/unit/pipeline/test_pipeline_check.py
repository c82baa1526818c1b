"""Builder.check: one value per check, whatever was checked before it."""
import dataclasses
import gc

import pytest

from builder.diagnostics import OutlineError
from builder.pipeline import Builder, Checked
from builder.theme import DEFAULT

OUTLINE = "title: T\nkey_judgments: [a]\n{theme}sections:\n  - title: S\n    bullets: [one, two]\n"


@pytest.fixture
def outlines(tmp_path):
    (tmp_path / "house.yaml").write_text('palette:\n  primary: "5D0B3C"\n')
    plain, themed = tmp_path / "plain.yaml", tmp_path / "themed.yaml"
    plain.write_text(OUTLINE.format(theme=""))
    themed.write_text(OUTLINE.format(theme="theme: house.yaml\n"))
    return plain, themed


def test_check_returns_one_frozen_value_with_its_theme_and_plan(builder, outlines):
    plain, themed = outlines
    checked = builder.check(themed)
    assert isinstance(checked, Checked)
    assert checked.theme.palette.primary == "5D0B3C" and checked.theme_file.name == "house.yaml"
    assert checked.plan is not None and checked.diagnostics == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        checked.theme = DEFAULT


def test_a_check_does_not_depend_on_the_check_before_it(outlines):
    plain, themed = outlines
    alone = Builder().check(plain)
    builder = Builder()
    builder.check(themed)
    after_themed = builder.check(plain)
    assert after_themed.theme == alone.theme == DEFAULT and after_themed.theme_file is None
    assert after_themed.plan == alone.plan


def test_the_collector_rests_during_a_check_but_not_where_the_report_forks(builder, outlines):
    states = []
    builder.check(outlines[0], checked_model=lambda outline, theme: states.append(gc.isenabled()))
    assert states == [True] and gc.isenabled()
    gc.disable()
    try:  # a process that turned it off keeps it off
        builder.check(outlines[0], checked_model=lambda o, t: states.append(gc.isenabled()))
        assert states == [True, False] and not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(OutlineError):  # and on after a check that fails
        builder.check(outlines[0].with_name("missing.yaml"))
    assert gc.isenabled()


def test_no_deck_no_plan(builder, outlines):
    assert builder.check(outlines[0], formats=("pdf",)).plan is None


def test_build_writes_the_theme_of_its_own_check(tmp_path, outlines):
    import zipfile

    plain, themed = outlines
    builder = Builder()
    result = builder.build(themed, tmp_path / "out", formats=("pptx",))
    assert result.checked.theme.palette.primary == "5D0B3C"
    with zipfile.ZipFile(result.paths[0]) as deck:
        xml = "".join(deck.read(n).decode() for n in deck.namelist() if n.endswith(".xml"))
    assert "5D0B3C" in xml


def test_measurers_stay_warm_by_typeface(builder):
    assert builder.measurer_for(DEFAULT) is builder.measurer_for(DEFAULT) is builder.measurer


def test_a_character_no_font_draws_is_named_by_code_and_name_when_invisible():
    from builder.pipeline import shown_char

    assert shown_char("\u0416") == "'\u0416' U+0416"
    assert shown_char("\u0300") == "U+0300 (combining grave accent)"
    assert shown_char("\u2028") == "U+2028 (line separator)"
    assert shown_char("\u3000") == "U+3000 (ideographic space)"
    assert shown_char("\u0378") == "U+0378 (unnamed)"
    assert all("\u2028" not in shown_char(c) and "\u0300" not in shown_char(c)
               for c in "\u2028\u2029\u0300\u200e")


def test_a_check_leaves_what_it_made_old_and_what_others_froze_frozen(builder, tmp_path):
    path = tmp_path / "long.yaml"
    path.write_text("title: T\nkey_judgments: [a]\nsections:\n" + "".join(
        f"  - title: S{i}\n    bullets: [one more, two more, three]\n" for i in range(60)))
    builder.check(path)
    gc.collect()
    checked = builder.check(path)  # what it made while the collector rested: in the oldest
    assert len(gc.get_objects(generation=1)) < 500 and gc.get_freeze_count() == 0 and checked
    frozen = [object() for _ in range(3)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        builder.check(path)
        assert gc.get_freeze_count() == before and frozen
    finally:
        gc.unfreeze()
