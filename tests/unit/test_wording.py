"""Every word the tool adds, worded once for both documents."""
from builder import wording
from builder.outline import model


def test_a_quote_is_marked_and_attributed_with_role_and_channel():
    q = model.Quote(text="words", by="Sergei Shoigu", role="security chief", via="TASS")
    assert wording.quote_words(q) == "\u201cwords\u201d"
    assert wording.attribution(q) == "\u2014 Sergei Shoigu, security chief (via TASS)"


def test_a_paraphrase_has_no_marks_and_says_so():
    q = model.Quote(text="the gist", by="Analyst", paraphrase=True)
    assert wording.quote_words(q) == "the gist"
    assert wording.attribution(q) == "\u2014 Analyst (paraphrase)"


def test_headings_labels_and_continuations():
    assert wording.heading("2.1", "Syria") == "2.1  Syria"
    assert wording.section_label("3") == "SECTION 3"
    assert wording.continued("Bullets", 1, 3) == "Bullets"
    assert wording.continued("Bullets", 2, 3) == "Bullets (cont. 2/3)"


def test_captions_source_lines_and_callout_labels():
    image = model.Image(file="a.png", alt="x", caption="Map", credit="Agency")
    assert wording.image_caption(image) == "Map \u2014 Credit: Agency"
    assert wording.image_caption(model.Image(file="a", alt="x", credit="A")) == "Credit: A"
    chart = model.Chart(kind="bar", categories=("a",), series=(), source="IMF")
    assert wording.source_line(chart) == "Source: IMF"
    assert wording.callout_label(model.Callout(text="t", kind="assessment", confidence="moderate")) \
        == "ASSESSMENT \u2014 MODERATE CONFIDENCE"
    assert wording.callout_label(model.Callout(text="t")) == "KEY FACT"


def test_a_source_entry_joins_what_is_known():
    src = model.Source(title="Article", publisher="Outlet", date="2025", note="Used for 2.")
    assert wording.source_entry(src) == "Article. Outlet. 2025. Used for 2."
    assert wording.source_entry(model.Source(title="Only")) == "Only."
    # a title that ends a sentence already gets no second full stop
    assert wording.source_entry(model.Source(title="A New Axis?", publisher="Web")) == (
        "A New Axis? Web.")


def test_list_numbers_and_page_counts():
    assert wording.list_number(3) == "3."
    assert wording.list_number("%s") % 7 == "7."  # the report's list format
    assert wording.page_of(2, 9) == "Page 2 of 9"


def test_a_charts_description_says_its_kind_title_and_numbers():
    column = model.Chart("column", ("2023", "2024"), (model.Series("Exports", (3.1, 4.0)),
                                                     model.Series("Imports", (2.0, 2.5))),
                         title="Trade", x_title="Year", y_title="USD bn")
    assert wording.chart_description(column) == \
        "Column chart, Trade. Year 2023, 2024: Exports 3.1, 4; Imports 2, 2.5; values in USD bn."
    pie = model.Chart("pie", ("Oil", "Gas"), (model.Series("Share", (60, 40)),))
    assert wording.chart_description(pie) == "Pie chart: Oil 60; Gas 40."


def test_a_links_description_says_where_it_leads():
    assert wording.link_description("the report", "", "https://x.org") == "the report (https://x.org)"
    assert wording.link_description("https://x.org", "", "https://x.org") == "https://x.org"
    assert wording.link_description("2", "[2] A source.", "#source-2") == "2: [2] A source."
    assert wording.link_description("", "1 Genesis", "#section-1") == "1 Genesis"
    long = wording.link_description("1", "word " * 60, "#note-1")
    assert long.endswith("\u2026") and len(long) <= wording.LINK_DESTINATION_MAX + 5
