"""Choosing a layout for each slide kind: by type and placeholders, by name in any language,
by position only last; pins; on real templates and on the odd variants real templates have."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from builder.diagnostics import Collector, Loc
from builder.outline.model import SLIDE_KINDS, Outline, Text
from builder.template.choose import ROLES, check_pins, choose_layouts
from builder.template.names import LAYOUT_NAMES, role_of
from builder.template.opc import relative
from builder.template.presentation import RT, Template, q

TEMPLATES = Path(__file__).resolve().parents[3] / ".." / "shared" / "templates"
REAL = sorted(p.name for p in TEMPLATES.glob("*.p*tx")) if TEMPLATES.is_dir() else []
needs_templates = pytest.mark.skipif(not REAL, reason=f"no shared templates at {TEMPLATES}")
CONTENT = ("judgments", "agenda", "section", "sources")
DRAWN = ("quote", "timeline", "table", "chart", "image", "callout")


def edited(change) -> Template:
    """python-pptx's default template with `change(package, layout_part, root)` applied to every
    layout (a fresh package each time)."""
    template = Template.default()
    for layout in template.layouts:
        change(template.package, layout.part, template.package.edit(layout.part))
    return Template(template.package)


def untype(package, part, root):
    root.attrib.pop("type", None)


def rename(names: dict[str, str]):
    def change(package, part, root):
        csld = root.find(q("p", "cSld"))
        csld.set("name", names.get(csld.get("name"), csld.get("name")))
    return change


def renumber(mapping: dict[int, int] | None):
    """Every placeholder's idx through `mapping` (None: every idx 0)."""
    def change(package, part, root):
        for ph in root.iter(q("p", "ph")):
            old = int(ph.get("idx", "0"))
            ph.set("idx", str(0 if mapping is None else mapping.get(old, old)))
    return change


def names_of(choices) -> dict[str, str]:
    return {kind: c.layout.name for kind, c in choices.items()}


def bodies(layout) -> int:
    return sum(p.type in ("body", "obj") for p in layout.content)


# --- the default template, as is and varied -------------------------------------------------

DEFAULT_NAMES = {"title": "Title Slide", **{k: "Title and Content" for k in CONTENT},
                 **{k: "Title Only" for k in DRAWN}, "comparison": "Two Content"}


def test_every_kind_has_a_role():
    assert set(ROLES) == set(SLIDE_KINDS)


def test_default_template_by_type():
    choices = choose_layouts(Template.default())
    assert names_of(choices) == DEFAULT_NAMES
    assert choices["quote"].reason == "type titleOnly"
    assert choices["section"].reason == "type obj"


def test_layouts_without_type_are_chosen_by_placeholders_and_name():
    choices = choose_layouts(edited(untype))
    assert names_of(choices) == DEFAULT_NAMES  # not Section Header, though it has title + body
    assert choices["section"].reason == "title + 1 body placeholder, name 'Title and Content'"
    assert choices["title"].reason == "title + subtitle, name 'Title Slide'"


def test_untyped_and_unnamed_layouts_are_chosen_by_placeholders():
    numbered = {name: f"Layout {i}" for i, name in enumerate(
        [l.name for l in Template.default().layouts], 1)}
    t = edited(lambda *a: (untype(*a), rename(numbered)(*a)))
    choices = choose_layouts(t)
    assert choices["title"].layout.has("ctrTitle", "title") and choices["title"].reason == "title + subtitle"
    assert [bodies(choices[k].layout) for k in ("section", "comparison", "quote")] == [1, 2, 0]
    assert choices["quote"].reason == "title only"


@pytest.mark.parametrize("mapping", [{1: 10, 2: 13}, {1: 13, 2: 14}, None],
                         ids=["idx 10 and 13", "idx 13 and 14", "every idx 0"])
def test_placeholder_numbers_do_not_change_the_choice(mapping):
    assert names_of(choose_layouts(edited(renumber(mapping)))) == DEFAULT_NAMES
    untyped = edited(lambda *a: (untype(*a), renumber(mapping)(*a)))
    assert names_of(choose_layouts(untyped)) == DEFAULT_NAMES


@pytest.mark.parametrize("language", ["German", "French", "Spanish", "Portuguese", "Czech",
                                      "Chinese", "Japanese"])
def test_localised_names_choose_untyped_layouts(language):
    local = {role: names[language][0] for role, names in LAYOUT_NAMES.items()}
    t = edited(lambda *a: (untype(*a), rename(local)(*a)))
    choices = choose_layouts(t)
    assert choices["quote"].layout.name == local["Title Only"]
    assert choices["quote"].reason == (f"title only, name '{local['Title Only']}' "
                                       f"({language} for Title Only)")
    assert choices["section"].layout.name == local["Title and Content"]
    assert choices["title"].layout.name == local["Title Slide"]


def test_name_alone_when_placeholders_do_not_fit():
    """A German 'Nur Titel' whose title placeholder is gone is still found by its name."""
    def change(package, part, root):
        untype(package, part, root)
        if root.find(q("p", "cSld")).get("name") == "Title Only":
            root.find(q("p", "cSld")).set("name", "Nur Titel")
            tree = root.find(f"{q('p', 'cSld')}/{q('p', 'spTree')}")
            for sp in list(tree.iter(q("p", "sp"))):
                if sp.find(f".//{q('p', 'ph')}").get("type") == "title":
                    tree.remove(sp)
    choice = choose_layouts(edited(change))["quote"]
    assert choice.layout.name == "Nur Titel"
    assert choice.reason == "name 'Nur Titel' (German for Title Only) (its placeholders are not title only)"


def test_title_layout_with_no_placeholders_is_chosen_by_type():
    def change(package, part, root):
        if root.get("type") == "title":
            tree = root.find(f"{q('p', 'cSld')}/{q('p', 'spTree')}")
            for sp in list(tree.iter(q("p", "sp"))):
                tree.remove(sp)
    choice = choose_layouts(edited(change))["title"]
    assert choice.layout.name == "Title Slide" and choice.layout.placeholders == ()
    assert choice.reason == "type title (its placeholders are not title + subtitle)"


def test_position_is_the_last_resort_and_says_so():
    def change(package, part, root):
        untype(package, part, root)
        root.find(q("p", "cSld")).set("name", "Design " + part[-6:-4])
        tree = root.find(f"{q('p', 'cSld')}/{q('p', 'spTree')}")
        for sp in list(tree.iter(q("p", "sp"))):
            tree.remove(sp)
    t = edited(change)
    choice = choose_layouts(t)["title"]
    assert choice.layout is t.layouts[0] and "by position" in choice.reason


def test_placeholders_that_fit_under_another_type_come_after_type_and_name():
    def change(package, part, root):
        if root.get("type") == "titleOnly":
            root.set("type", "obj")
            root.find(q("p", "cSld")).set("name", "Only a title")
    choice = choose_layouts(edited(change))["quote"]
    assert choice.layout.name == "Only a title" and choice.reason == "title only (its type is obj)"


# --- two masters ----------------------------------------------------------------------------

def with_second_master(template: Template) -> Template:
    """The template with a copy of its master and layouts as a second master (same names)."""
    package = template.package
    master = template.masters[0].part
    new_master = master.replace("slideMaster1", "slideMaster2")
    package.add(new_master, package.blob(master), package.types.of(master))
    package.rels(new_master).add(RT + "theme", relative(new_master, template.masters[0].theme))
    root = package.edit(new_master)
    id_list = root.find(q("p", "sldLayoutIdLst"))
    next_id = 2147483900
    for entry in list(id_list):
        id_list.remove(entry)
    for number, layout in enumerate(template.layouts, 1):
        part = f"ppt/slideLayouts/slideLayout{100 + number}.xml"
        package.add(part, package.blob(layout.part), package.types.of(layout.part))
        package.rels(part).add(RT + "slideMaster", relative(part, new_master))
        rid = package.rels(new_master).add(RT + "slideLayout", relative(new_master, part))
        entry = id_list.makeelement(q("p", "sldLayoutId"), {"id": str(next_id + number)})
        entry.set(q("r", "id"), rid)
        id_list.append(entry)
    rid = package.rels(template.main).add(RT + "slideMaster", relative(template.main, new_master))
    masters = package.edit(template.main).find(q("p", "sldMasterIdLst"))
    entry = masters.makeelement(q("p", "sldMasterId"), {"id": "2147483800"})
    entry.set(q("r", "id"), rid)
    masters.append(entry)
    return Template(package)


def test_two_masters_with_the_same_names_choose_from_the_first():
    t = with_second_master(Template.default())
    assert len(t.masters) == 2 and len(t.layouts) == 22
    choices = choose_layouts(t, {"quote": "Title Only"})
    assert {c.layout.master for c in choices.values()} == {t.masters[0].part}
    assert names_of(choices) == DEFAULT_NAMES


def test_two_masters_untyped_still_choose_the_first_masters_layouts():
    t = with_second_master(edited(untype))
    choices = choose_layouts(t)
    assert {c.layout.master for c in choices.values()} == {t.masters[0].part}


# --- pins -----------------------------------------------------------------------------------

def test_a_pin_wins_and_says_so():
    choices = choose_layouts(Template.default(), {"quote": "Section Header", "title": "blank"})
    assert (choices["quote"].layout.name, choices["quote"].reason) == (
        "Section Header", "pinned by the outline")
    assert choices["title"].layout.name == "Blank"  # case and spaces do not count
    assert choices["timeline"].layout.name == "Title Only"
    assert Template.default().layout_for("quote", {"quote": "Comparison"}).name == "Comparison"


def test_check_pins_reports_unknown_names_at_their_line_with_a_suggestion():
    loc = Loc("outline.yaml", 7, 10)
    outline = Outline("T", ("j",), (), layouts=(("quote", Text("Title Ony", loc)),
                                                ("section", Text("Title and Content"))))
    diags = Collector()
    check_pins(outline, Template.default(), diags)
    [error] = diags.errors
    assert error.loc == loc and "no layout named 'Title Ony' for quote slides" in error.message
    assert "(did you mean 'Title Only'?)" in error.message


def test_check_pins_accepts_known_names():
    diags = Collector()
    outline = Outline("T", ("j",), (), layouts=(("quote", Text("title only")),))
    check_pins(outline, Template.default(), diags)
    assert diags.items == []


# --- names ----------------------------------------------------------------------------------

def test_every_role_has_the_required_languages():
    required = {"English", "German", "French", "Spanish", "Portuguese", "Czech", "Chinese",
                "Japanese"}
    for role, languages in LAYOUT_NAMES.items():
        assert required <= set(languages), role


def test_names_are_compared_without_case_spaces_or_copy_prefix():
    assert role_of("1_TITLE  ONLY") == ("Title Only", "English")
    assert role_of("タイトルスライド") == ("Title Slide", "Japanese")
    assert role_of("Jenom nadpis") == ("Title Only", "Czech")
    assert role_of("Quote") is None


# --- real templates -------------------------------------------------------------------------

def assert_sensible(choices):
    title = choices["title"].layout
    assert title.has("ctrTitle") or (title.has("title") and title.has("subTitle"))
    for kind in CONTENT:
        assert choices[kind].layout.has("title") and bodies(choices[kind].layout) >= 1, kind
    assert bodies(choices["comparison"].layout) == 2
    for kind in DRAWN:
        assert choices[kind].layout.has("title"), kind
    assert not any("by position" in c.reason for c in choices.values())


@needs_templates
@pytest.mark.parametrize("name", REAL)
def test_real_templates(name):
    choices = choose_layouts(Template.from_file(TEMPLATES / name))
    assert_sensible(choices)
    if "rstudio" in name:  # no Title Only layout: the one with the fewest other placeholders
        assert choices["quote"].layout.name == "Title and Content"
        assert choices["quote"].reason.startswith("no Title Only layout")
    else:
        assert choices["quote"].layout.type == "titleOnly"


@needs_templates
def test_czech_names():
    choices = choose_layouts(Template.from_file(TEMPLATES / "forlegal_16x9_cs.pptx"))
    assert (choices["title"].layout.name, choices["section"].layout.name,
            choices["quote"].layout.name) == ("Úvodní snímek", "Nadpis a obsah", "Jenom nadpis")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """pandoc's reference deck and a LibreOffice template as .pptx, where those tools exist."""
    out = tmp_path_factory.mktemp("made")
    found = {}
    if shutil.which("pandoc"):
        with (out / "ref.pptx").open("wb") as handle:
            subprocess.run(["pandoc", "--print-default-data-file", "reference.pptx"],
                           stdout=handle, check=True, timeout=60)
        found["pandoc"] = out / "ref.pptx"
    otps = sorted(Path("/usr/lib/libreoffice/share/template").glob("*/presnt/Beehive.otp"))
    if shutil.which("soffice") and otps:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
                        "--convert-to", "pptx", str(otps[0]), "--outdir", str(out)],
                       capture_output=True, timeout=180)
        if (out / "Beehive.pptx").is_file():
            found["libreoffice"] = out / "Beehive.pptx"
    return found


@pytest.mark.parametrize("tool", ["pandoc", "libreoffice"])
def test_made_templates(made, tool):
    if tool not in made:
        pytest.skip(f"{tool} is not installed")
    t = Template.from_file(made[tool])
    choices = choose_layouts(t)
    assert_sensible(choices)
    if tool == "libreoffice":  # every idx 0, a "tx" title slide, two masters with one set of names
        assert {p.idx for l in t.layouts for p in l.content} == {0}
        assert choices["title"].reason == "title + subtitle, name 'Title Slide'"
        assert choices["section"].layout.name == "Title, Content"
        assert {c.layout.master for c in choices.values()} == {t.masters[0].part}
