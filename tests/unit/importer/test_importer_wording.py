"""Sentences, shortened bullets and takeaways, and key judgments."""
from builder.importer.sentences import clip, sentences, shorten
from builder.importer.structure import Section
from builder.importer.wording import bullets, key_judgments, takeaway


def test_sentences_keep_abbreviations_and_quotations_whole():
    text = ('Dr. Lee met Mr. Park in the U.S. capital. "It went well. We agreed," she said. '
            'Talks end in May.')
    assert sentences(text) == ["Dr. Lee met Mr. Park in the U.S. capital.",
                               '"It went well. We agreed," she said.', "Talks end in May."]


def test_shorten_cuts_at_a_clause_boundary():
    long = ("The commission will publish every reading from the gauging stations within a day, "
            "which lets farmers downstream plan their planting around the expected flows.")
    assert shorten(long, period=False) == ("The commission will publish every reading from the "
                                           "gauging stations within a day")
    assert shorten(long, period=True).endswith("within a day.")
    assert shorten("Short sentence here.", period=False) == "Short sentence here"


def test_shorten_without_a_boundary_cuts_at_a_word_with_an_ellipsis():
    words = " ".join(f"word{i}" for i in range(40))
    assert shorten(words, period=False) == " ".join(f"word{i}" for i in range(20)) + "\u2026"


def test_clip():
    assert clip("short", 10) == "short"
    assert clip("one two three four", 10) == "one two\u2026"


def test_takeaway_and_bullets():
    section = Section("S", paragraphs=[
        "First sentence of the section is here. Second sentence of the first paragraph.",
        "\u201cA block quotation is never a bullet or a takeaway.\u201d",
        "Opening sentence of the third paragraph. Share your thoughts in the comments below."],
        asides={1})
    line = takeaway(section)
    assert line == "First sentence of the section is here."
    assert bullets(section, line) == ["Second sentence of the first paragraph",
                                      "Opening sentence of the third paragraph"]


def test_takeaway_falls_back_to_items_and_quotes_never_to_a_sub_section():
    sub = Section("Sub", paragraphs=["The sub-section says this first."])
    assert takeaway(Section("S", subsections=[sub])) == ""  # it is the sub-section's takeaway
    assert takeaway(sub) == "The sub-section says this first."
    assert takeaway(Section("S", items=["an item"], subsections=[sub])) == "an item."
    assert takeaway(Section("S")) == ""


def test_key_judgments_come_from_the_conclusion():
    sections = [Section("Background", paragraphs=["Background sentence one is here."]),
                Section("Conclusion: What Next", paragraphs=[
                    "The treaty holds for now. It may not hold for long.", "Both sides must keep talking."]),
                Section("Further Reading", paragraphs=["Other sentences are over here."])]
    assert key_judgments(sections) == ["The treaty holds for now.", "It may not hold for long.",
                                       "Both sides must keep talking."]
    assert key_judgments([Section("Last", items=["an item"])]) == ["an item."]
    assert key_judgments([Section("Empty")]) == ["(Write the bottom line here.)"]
