"""The article importer: an article (.txt or .md) in, a starting outline that loads and builds out."""
import re
import zipfile
from pathlib import Path

import pytest

from builder.importer import ImportResult, import_article
from readback import FIXTURES, SHARED
from builder.outline.load import load_outline
from builder.pipeline import Builder

TOC_SECTIONS = [
    "Origins of the Sorell Agreement",
    "Water Sharing and Seasonal Flows",
    "Monitoring, Data and Joint Institutions",
    "Conclusion: A Shared River, A Shared Future",
]


def imported(name: str) -> ImportResult:
    path = FIXTURES / name
    return import_article(path.read_text(encoding="utf-8"), path.name)


def load(result: ImportResult, tmp_path: Path):
    path = tmp_path / "imported.yaml"
    path.write_text(result.outline_yaml, encoding="utf-8")
    return load_outline(path)


def unquoted(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub("[\"\u201c\u201d]", "", text)).strip()


@pytest.fixture(scope="module")
def toc():
    return imported("article_toc.txt")


@pytest.fixture(scope="module")
def md():
    return imported("article_md.md")


# --- the table-of-contents article ---

def test_title_splits_into_title_and_subtitle(toc, tmp_path):
    outline = load(toc, tmp_path)
    assert outline.title == "Arvenia & Kestria's River Treaty"
    assert outline.subtitle == "A Turning Point for the Sorell Basin?"
    assert outline.introduction.startswith("The Sorell River rises in the highlands")
    assert len(outline.introduction.split("\n\n")) == 2


def test_toc_items_are_the_sections_in_order(toc, tmp_path):
    outline = load(toc, tmp_path)
    assert [s.title for s in outline.sections] == TOC_SECTIONS
    assert (toc.sections, toc.subsections) == (4, 2)


def test_other_headings_become_subsections_of_the_section_before_them(toc, tmp_path):
    outline = load(toc, tmp_path)
    subs = {s.title: [c.title for c in s.subsections] for s in outline.sections}
    assert subs == {
        "Origins of the Sorell Agreement": ["The Drought Years of 2019"],
        "Water Sharing and Seasonal Flows": [],
        "Monitoring, Data and Joint Institutions": ["Satellite Gauges and Open Data"],
        "Conclusion: A Shared River, A Shared Future": [],
    }
    # the sub-section's text stays with the sub-section, not its parent
    origins = outline.sections[0]
    assert "driest on record" in origins.subsections[0].summary
    assert "driest on record" not in origins.summary


def test_sections_get_summary_bullets_and_takeaway(toc, tmp_path):
    outline = load(toc, tmp_path)
    origins = outline.sections[0]
    assert len(origins.paragraphs) == 2
    assert origins.paragraphs[0].startswith("The first attempt at a river agreement dates back to 1962")
    assert origins.takeaway == "The first attempt at a river agreement dates back to 1962."
    for section in outline.walk():
        assert section.takeaway and section.summary
        assert 1 <= len(section.bullets) <= 5
        for bullet in [section.takeaway, *section.bullets]:
            words = bullet.rstrip("\u2026.").split()
            assert len(words) <= 23, bullet
            # the section's own words, cut at a word boundary
            assert unquoted(bullet.rstrip("\u2026.")) in unquoted(section.summary), bullet


def test_quotes_have_the_right_speakers(toc, tmp_path):
    outline = load(toc, tmp_path)
    quotes = {q.by: (s.title, q) for s in outline.walk() for q in s.quotes}
    assert set(quotes) == {"Lena Okafor", "Tomas Reyvik", "Mira Castell", "Paul Idris"}
    assert toc.quotes == 4
    section, q = quotes["Lena Okafor"]
    assert section == "Origins of the Sorell Agreement"
    assert q.text == "turn a century of quarrels into a common plan for the river"
    assert q.role == "Foreign Minister"
    section, q = quotes["Tomas Reyvik"]
    assert section == "Water Sharing and Seasonal Flows"
    assert q.role == "Director of Hydrology at the Kestrian Water Institute"
    assert q.text.startswith("left out the farmers who depend on the spring floods")
    section, q = quotes["Mira Castell"]
    assert q.role == "chief negotiator for Arvenia"
    section, q = quotes["Paul Idris"]
    assert section == "Satellite Gauges and Open Data"
    assert (q.role, q.via) == ("senior engineer", "ARV")


def test_page_debris_is_left_out_and_listed(toc):
    text = toc.outline_yaml
    for debris in ("Sorell River Map", "Kestria Travel Guide", "Arvenia Weather Today",
                   "Best Fishing Spots Kestria", "Map of", "Guide of the World", "Atlas of the Rivers",
                   "comments below", "What do you think"):
        assert debris not in text, debris
    dropped = "\n".join(toc.dropped)
    assert len(toc.dropped) == 4
    assert re.search(r"link list of 4 items after line 16: 'Sorell River Map'", dropped)
    assert "map caption 'Map of the Sorell Basin - Atlas of the Rivers' (line 31)" in toc.dropped
    assert "map caption 'Map of Kestria - Guide of the World' (line 33)" in toc.dropped
    assert re.search(r"comment call-to-action .*\(line 29\)", dropped)


def test_key_judgments_come_from_the_conclusion(toc, tmp_path):
    outline = load(toc, tmp_path)
    assert 1 <= len(outline.key_judgments) <= 3
    assert outline.key_judgments[0] == ("The Sorell treaty replaces decades of suspicion with rules "
                                        "that both countries can check.")


def test_yaml_header_and_scalars(toc):
    lines = toc.outline_yaml.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=./outline.schema.json"
    assert lines[1].startswith("# Imported from article_toc.txt") and "starting point" in lines[1]
    for line in lines:
        m = re.match(r"^\s*(?:- )?(title|takeaway|by|role|via|text|note|subtitle): (.*)$", line)
        if m:
            assert m.group(2).startswith('"') and m.group(2).endswith('"'), line


def test_toc_outline_builds(toc, tmp_path):
    path = tmp_path / "imported.yaml"
    path.write_text(toc.outline_yaml, encoding="utf-8")
    result = Builder().build(path, tmp_path / "out")
    assert sorted(p.suffix for p in result.paths) == [".pdf", ".pptx"]
    assert all(p.stat().st_size > 0 for p in result.paths)


# --- the Markdown article ---

def test_markdown_headings_make_sections_and_subsections(md, tmp_path):
    outline = load(md, tmp_path)
    assert (outline.title, outline.subtitle) == ("Harbour Renewal in Port Ellory", "What the New Plan Means")
    subs = {s.title: [c.title for c in s.subsections] for s in outline.sections}
    assert subs == {
        "Why the Harbour Needs Work": ["The Storm of 2021"],
        "Paying for the Plan": ["Who Pays What"],
        "What Comes Next": [],
    }
    assert (md.sections, md.subsections) == (3, 2)
    # wrapped lines are joined into one paragraph, and Markdown markup is gone
    assert "\n" not in outline.introduction
    assert "[" not in md.outline_yaml and "](" not in md.outline_yaml


def test_markdown_quotes(md, tmp_path):
    outline = load(md, tmp_path)
    quotes = {q.by: (s.title, q) for s in outline.walk() for q in s.quotes}
    assert set(quotes) == {"Ines Varga", "Tomas Brand"}
    section, q = quotes["Ines Varga"]
    assert section == "The Storm of 2021"
    assert q.text.startswith("was never built for the storms")
    assert q.role == "harbour master"
    section, q = quotes["Tomas Brand"]
    assert section == "What Comes Next"
    assert q.text == "We will keep the fish market open through every phase of the works."
    assert q.role == "chair of the Fishermen's Cooperative"


def test_markdown_debris(md):
    for debris in ("Tide Tables", "Visit Port Ellory", "Ferry Timetable", "Leave a comment",
                   "Aerial view", "harbour.jpg", "example.org"):
        assert debris not in md.outline_yaml, debris
    dropped = "\n".join(md.dropped)
    assert "link list of 3 items" in dropped
    assert "image 'Aerial view of the harbour at dawn'" in dropped
    assert "comment call-to-action" in dropped


def test_markdown_outline_builds(md, tmp_path):
    path = tmp_path / "imported.yaml"
    path.write_text(md.outline_yaml, encoding="utf-8")
    result = Builder().build(path, tmp_path / "out")
    assert sorted(p.suffix for p in result.paths) == [".pdf", ".pptx"]


# --- a Markdown article with emphasis and links ---

@pytest.fixture(scope="module")
def marked_up(tmp_path_factory):
    """The Markdown article with emphasis and links, imported, loaded and built once."""
    result = imported("article_markup.md")
    folder = tmp_path_factory.mktemp("marked")
    path = folder / "imported.yaml"
    path.write_text(result.outline_yaml, encoding="utf-8")
    built = Builder().build(path, folder / "out")
    return result, load_outline(path), {p.suffix: p for p in built.paths}


def test_markdown_emphasis_and_links_are_kept_in_marked_fields(marked_up):
    result, outline, _ = marked_up
    assert "**seasonal flows**" in result.outline_yaml
    assert "[published in full](https://example.org/treaty)" in result.outline_yaml
    assert "**joint commission** of *six*" in result.outline_yaml  # __x__ and _x_ as ** and *
    bullet = outline.sections[0].bullets[0]
    assert [(r.text, r.bold, r.link) for r in bullet.runs if not r.plain] == [
        ("shared by season", True, ""), ("the flow table", False, "https://example.org/flows")]
    judgment = outline.key_judgments[0]
    assert any(r.text == "probably" and r.italic for r in judgment.runs)


def test_markdown_titles_quotes_and_other_links_are_plain_words(marked_up):
    result, outline, _ = marked_up
    assert (outline.title, outline.subtitle) == ("The Sorell Water Deal", "What Changes")
    assert all(r.plain for s in outline.sections for r in s.title.runs)
    # the introduction is plain text in the outline: its words, without their emphasis
    assert outline.introduction == ("Arvenia and Kestria signed a water-sharing treaty on Monday, "
                                     "after ten years of talks.")
    summary = str(outline.sections[0].summary)
    assert "the annex and the viewer are not links" in summary and "code *spans* are text" in summary
    for gone in ("annex.html", "javascript", "`"):
        assert gone not in result.outline_yaml, gone
    quote = outline.sections[1].quotes[0]
    assert (quote.by, quote.text) == ("Mira Holt", "the river belongs to both our peoples and always will")
    who = outline.sections[1]
    assert "a literal *star* and a note [@x] as typed" in str(who.summary)
    assert all(not r.cite for r in who.summary.runs)


def test_the_deck_of_an_imported_article_has_its_bold_italic_and_links(marked_up):
    from pptx import Presentation

    runs = [(r.text, bool(r.font.bold), bool(r.font.italic), r.hyperlink.address)
            for s in Presentation(str(marked_up[2][".pptx"])).slides for sh in s.shapes
            if sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs]
    assert ("shared by season", True, False, None) in runs  # a bullet's bold words
    assert ("Flows are ", False, False, None) in runs  # and the plain words beside them
    assert ("probably", False, True, None) in runs  # a key judgment's italic word
    assert any(text == "the flow table" and link == "https://example.org/flows"
               for text, _, _, link in runs)
    with zipfile.ZipFile(marked_up[2][".pptx"]) as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml.rels"))
    assert 'Target="https://example.org/flows" TargetMode="External"' in rels
    assert "javascript" not in rels and "annex.html" not in rels


def test_the_report_of_an_imported_article_has_its_bold_italic_and_links(marked_up):
    import pdfplumber
    from pypdf import PdfReader

    pdf = marked_up[2][".pdf"]
    with pdfplumber.open(pdf) as doc:
        words = [(w["text"], w["fontname"]) for page in doc.pages
                 for w in page.extract_words(extra_attrs=["fontname"])]
    assert any(text == "seasonal" and "Bold" in font for text, font in words)
    assert any(text.startswith("probably") and "Italic" in font for text, font in words)
    links = {a.get_object()["/A"]["/URI"] for page in PdfReader(pdf).pages
             for a in page.get("/Annots", []) if a.get_object().get("/A", {}).get("/URI")}
    assert {"https://example.org/treaty", "mailto:desk@example.org",
            "https://example.org/ministry"} <= links
    assert not any("javascript" in link or "annex" in link for link in links)


def test_a_txt_article_with_markup_characters_reads_back_as_typed(tmp_path):
    typed = "Prices rose *sharply* as 5 * 3 shows; _emphasis-like_, [@x] and [a](b) stay **as** typed."
    text = ("Stars: A Test\n\nAn opening line long enough to be the introduction here.\n\n"
            f"First Part Here\n\n{typed}\n\n* another [@y] item\n")
    result = import_article(text, "stars.txt")
    outline = load(result, tmp_path)
    section = outline.sections[0]
    assert str(section.summary) == typed and section.summary.plain
    assert str(section.takeaway) == typed and section.takeaway.plain
    assert [str(b) for b in section.bullets] == ["another [@y] item"] and section.bullets[0].plain
    assert "\\[@y]" in result.outline_yaml  # escaped: the outline would read [@y] as a citation


# --- smaller cases ---

def test_plain_headings_without_a_toc_become_sections(tmp_path):
    text = ("The Valley Railway Reopens\n"
            "The old valley line will carry passengers again from May. The line closed in 1968.\n"
            "A Long Campaign\n"
            "Residents campaigned for twenty years. \"We never gave up on the railway, not for one "
            "day,\" said Joan Pike. The campaign group met every month.\n"
            "What Happens Next\n"
            "Trains will start with a reduced timetable. Engineers will finish the last bridge in April.\n")
    result = import_article(text, "railway.txt")
    outline = load(result, tmp_path)
    assert outline.title == "The Valley Railway Reopens" and outline.subtitle == ""
    assert [s.title for s in outline.sections] == ["A Long Campaign", "What Happens Next"]
    assert [(q.by, q.text) for q in outline.sections[0].quotes] == [
        ("Joan Pike", "We never gave up on the railway, not for one day")]
    assert outline.key_judgments[0] == "Trains will start with a reduced timetable."


def test_awkward_characters_survive_as_text(tmp_path):
    text = ("Quotes, \\Backslashes\\ and # Signs: A \"Test\" Article\n"
            "An opening paragraph with a colon: here, a hash # sign, a backslash \\ and 'single' quotes.\n"
            "First Part\n"
            "It was described as \"a plan with no: colon trouble at all\" by nobody in particular. "
            "Values like No, 1.10 and 2025-01-17 stay text.\n")
    result = import_article(text, "odd \\ name.txt")
    outline = load(result, tmp_path)
    assert outline.title == "Quotes, \\Backslashes\\ and # Signs"
    assert outline.subtitle == "A \"Test\" Article"
    assert "a backslash \\ and 'single' quotes" in outline.introduction
    section = outline.sections[0]
    assert section.quotes[0].text == "a plan with no: colon trouble at all"
    assert section.quotes[0].by == "Unattributed"
    assert "No, 1.10 and 2025-01-17 stay text" in section.summary


def test_empty_article_is_refused():
    with pytest.raises(ValueError):
        import_article("", "empty.txt")


def test_briefing_import_writes_a_valid_outline_and_says_what_it_dropped(tmp_path):
    from click.testing import CliRunner
    from builder.cli import cli

    out = tmp_path / "imported.yaml"
    result = CliRunner().invoke(cli, ["import", str(FIXTURES / "article_toc.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    assert "dropped: link list" in result.stderr
    assert "4 sections, 2 sub-sections" in result.stderr
    assert load_outline(out).title
    again = CliRunner().invoke(cli, ["import", str(FIXTURES / "article_toc.txt"), "-o", str(out)])
    assert again.exit_code == 2  # no overwrite without --force


ARTICLE = SHARED / "source" / "article.txt"


@pytest.mark.skipif(not ARTICLE.exists(), reason="../shared/source/article.txt is not beside the project")
def test_the_real_article_gives_its_8_sections_and_4_subsections(tmp_path):
    result = import_article(ARTICLE.read_text(encoding="utf-8"), ARTICLE.name)
    path = tmp_path / "imported.yaml"
    path.write_text(result.outline_yaml)
    outline = load_outline(path)
    tree = [(s.title, [c.title for c in s.subsections]) for s in outline.sections]
    assert tree == [
        ("The Genesis of a Strategic Alliance", []),
        ("Shared Interests and Geopolitical Alignment",
         ["Bolstering Syria's Assad", "The Nuclear Dimension and US Withdrawal"]),
        ("Deepening Military and Security Cooperation", []),
        ("Beyond Defense: Nuclear and Space Ambitions", []),
        ("Implications for Regional and Global Security", ["BRICS and Global Security Frameworks"]),
        ("The Evolution of a Coded Relationship", []),
        ("Navigating Domestic and International Pressures", ["The Path Forward: A Comprehensive Treaty"]),
        ("Conclusion: A Reshaped Geopolitical Landscape", [])]
    assert "Persian Rugs From Iran" not in result.outline_yaml
    assert "Share your perspectives" not in result.outline_yaml
    assert "Guide of the World" not in result.outline_yaml
    Builder().build(path, tmp_path / "out")


def test_an_outline_that_cannot_be_written_is_a_message_not_a_crash(tmp_path):
    from click.testing import CliRunner

    from builder.cli import cli

    article = tmp_path / "a.md"
    article.write_text("# Title\n\nSome prose that says enough to be a paragraph of its own.\n")
    target = tmp_path / "missing" / "folder" / "o.yaml"
    result = CliRunner().invoke(cli, ["import", str(article), "-o", str(target)])
    assert result.exit_code == 1
    assert f"{target}: cannot write the outline: No such file or directory" in result.output
    assert "Traceback" not in result.output and not target.exists()
