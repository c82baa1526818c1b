"""Quotations and their speakers."""
from builder.importer.quotes import QuoteBook, block_quotation, quotes_in
from builder.importer.speakers import appositive, find_names, find_speaker, role_before
from builder.outline.model import Quote


def speakers(paragraph: str, book: QuoteBook | None = None) -> list[tuple[str, str, str, str]]:
    found, _ = quotes_in(paragraph, 50, book or QuoteBook())
    return [(q.text, q.by, q.role, q.via) for q in found]


def test_name_said():
    assert speakers('"We never gave up on the railway, not for one day," said Joan Pike.') == [
        ("We never gave up on the railway, not for one day", "Joan Pike", "", "")]
    assert speakers('Joan Pike, the campaign chair, said "we will ride the first train home".') == [
        ("we will ride the first train home", "Joan Pike", "campaign chair", "")]


def test_according_to_with_a_role_before_the_name():
    text = ('According to Foreign Minister Lena Okafor, the treaty would "turn a century of '
            'quarrels into a common plan for the river".')
    assert speakers(text) == [("turn a century of quarrels into a common plan for the river",
                               "Lena Okafor", "Foreign Minister", "")]
    # a role between commas after the name comes first
    text = ('According to Minister Lena Okafor, the chief negotiator, the treaty would "turn a '
            'century of quarrels into a plan".')
    assert speakers(text)[0][1:3] == ("Lena Okafor", "chief negotiator")


def test_quoted_by_a_source_is_second_hand():
    text = ('The state broadcaster ARV quoted senior engineer Paul Idris as saying "the gauges now '
            'report every hour".')
    assert speakers(text) == [("the gauges now report every hour", "Paul Idris", "senior engineer", "ARV")]


def test_a_body_statement():
    text = 'The talks were "useful and frank on every point", as put in a Kremlin statement.'
    assert speakers(text)[0][1:3] == ("Kremlin statement", "")


def test_unattributed_and_short_quotes():
    assert speakers('It was called "a plan with no trouble at all" in the end.')[0][1] == "Unattributed"
    assert speakers('The so-called "water war" is over.') == []  # under four words


def test_the_book_gives_a_surname_its_full_name_and_role():
    book = QuoteBook()
    speakers('Lena Okafor, the Foreign Minister, said "the river belongs to both of us".', book)
    assert speakers('Okafor said "the gauges will settle every quarrel".', book) == [
        ("the gauges will settle every quarrel", "Lena Okafor", "Foreign Minister", "")]
    # a quote repeating most of an earlier one's words is given its speaker
    later = speakers('The line "the river belongs to both of us" was printed everywhere.', book)
    assert later[0][1:3] == ("Lena Okafor", "Foreign Minister")


def test_room_limits_the_quotes_and_counts_the_rest():
    paragraph = " ".join(f'"Quoted statement number {i} is here," said Anna Berg.' for i in range(5))
    found, extra = quotes_in(paragraph, 3, QuoteBook())
    assert [q.text for q in found] == [f"Quoted statement number {i} is here" for i in range(3)]
    assert extra == 2


def test_names_leave_out_bodies_and_places():
    names = [n.name for n in find_names("Director Tomas Reyvik of the Kestrian Water Institute spoke.", {})]
    assert names == ["Tomas Reyvik"]
    assert [n.caps for n in find_names("Director Tomas Reyvik spoke.", {})] == ["Director"]
    # a lone surname is a name only when the book knows it
    assert find_names("Reyvik spoke.", {}) == []
    known = {"reyvik": Quote("", "Tomas Reyvik")}
    assert [n.name for n in find_names("Reyvik spoke.", known)] == ["Tomas Reyvik"]


def test_roles_around_a_name():
    assert appositive(", the chief negotiator for Arvenia, said") == "chief negotiator for Arvenia"
    assert appositive(", who said nothing, said") == ""
    assert role_before("as quoted by the senior engineer ") == "senior engineer"
    assert role_before("in the town of ") == ""


def test_find_speaker_on_a_masked_sentence():
    q = find_speaker("\u00abQ\u00bb said Mira Castell, the chief negotiator for Arvenia, on Monday.", {})
    assert (q.by, q.role) == ("Mira Castell", "chief negotiator for Arvenia")
    assert find_speaker("\u00abQ\u00bb was the phrase of the year.", {}).by == "Unattributed"


def test_block_quotation_with_an_attribution_line():
    book = QuoteBook()
    summary, q = block_quotation(['"We will keep the fish market open through every phase."',
                                  "\u2014 Tomas Brand, the chair of the Cooperative"], book)
    assert (q.text, q.by, q.role) == ("We will keep the fish market open through every phase.",
                                      "Tomas Brand", "chair of the Cooperative")
    assert summary == ("\u201cWe will keep the fish market open through every phase.\u201d "
                       "\u2014 Tomas Brand, the chair of the Cooperative")
    assert book.speakers["brand"] is q


def test_block_quotation_attribution_at_its_end_and_short_ones():
    _, q = block_quotation(["The harbour was never built for storms like these \u2014 Ines Varga"],
                           QuoteBook())
    assert (q.text, q.by) == ("The harbour was never built for storms like these", "Ines Varga")
    summary, q = block_quotation(["Too short"], QuoteBook())
    assert (summary, q) == ("Too short", None)


import pytest  # noqa: E402


@pytest.mark.parametrize("attribution", [
    "- , the role", "\u2014 , the role", "-- ,", "\u2013 .", "- ,, the role", "- \u2026, head",
    "- ' ', the role", "- \u201c\u201d, role"])
def test_a_block_quotation_whose_attribution_has_no_name_is_unattributed(attribution):
    lines = ["These are the quoted words of someone important.", attribution]
    book = QuoteBook()
    _, quote = block_quotation(lines, book)
    assert quote is not None and quote.by == "Unattributed"
    assert quote.text == "These are the quoted words of someone important."
    assert book.speakers == {}


@pytest.mark.parametrize("by", ["", " ", "Unattributed"])
def test_the_quote_book_remembers_no_speaker_without_a_name(by):
    book = QuoteBook()
    book.add(Quote("Words of four or more", by))
    assert book.speakers == {} and len(book.quotes) == 1


def test_a_named_attribution_keeps_its_name_and_role_with_spaces_squashed():
    _, quote = block_quotation(["The river will rise again next spring.",
                                "-  Lena   Okafor ,  the   Foreign Minister"], QuoteBook())
    assert (quote.by, quote.role) == ("Lena Okafor", "Foreign Minister")


@pytest.mark.parametrize("attribution", ["> - , the role", "> \u2014 ,", "> -- , head of it",
                                         ">  - .", "> - , \u201cthe role\u201d"])
def test_an_article_with_a_nameless_attribution_imports_to_a_valid_outline(tmp_path, attribution):
    from builder.importer import import_article
    from builder.outline.load import load_outline

    article = ("# Title\n\n## Section\n\nSome paragraph text here that is long enough.\n\n"
               f"> These are the quoted words of someone important.\n{attribution}\n")
    path = tmp_path / "a.yaml"
    path.write_text(import_article(article, "a.md").outline_yaml, encoding="utf-8")
    quote = load_outline(path).sections[0].quotes[0]
    assert (quote.text, quote.by) == ("These are the quoted words of someone important.",
                                      "Unattributed")
