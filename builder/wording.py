"""Every word the briefing adds to what the outline says, decided once for both documents.

Headings the tool supplies, section numbers, a quotation's marks and attribution, captions,
"Source:" and "Credit:" lines, continuation titles, callout labels, source entries and a chart's
description. The deck's layout and the report both print these strings; neither words them.
"""
from __future__ import annotations

from builder.outline import model
from builder.outline.text import Run, Text, concat

KEY_JUDGMENTS = "Key judgments"
AGENDA = "Agenda"
CONTENTS = "Contents"
SOURCES = "Sources"
DASH = "\u2014"
BULLET = "\u2022"
HEADING_GAP = "  "  # between a section's number and its title, in the agenda and the report
SPEAKER_NOTES = "Speaker notes"  # the handout's heading over a slide's notes
NO_NOTES = "No speaker notes for this slide."


def heading(number: str, title: str) -> str:
    """'2  Bolstering Syria's Assad': a numbered heading, as the agenda and the report show it."""
    return f"{number}{HEADING_GAP}{title}"


def list_number(n) -> str:
    """'3.' — a key judgment's number (also the report's list format, given '%s')."""
    return f"{n}."


def judgment(j) -> str:
    """A key judgment as both documents show it: its text, then its confidence in words, in
    italics ("… (moderate confidence)"); a plain line as it is."""
    if isinstance(j, str) or not j.confidence:
        return getattr(j, "text", j)
    return concat(j.text, Text.of_runs((Run(f" ({j.confidence} confidence)", italic=True),)))


def cited(numbers) -> str:
    """'Sources: 1, 3' — the line under a slide that cites sources 1 and 3."""
    return "Sources: " + ", ".join(str(n) for n in numbers)


def page_of(number: int, total: int) -> str:
    """'Page 3 of 12' in the report's footer."""
    return f"Page {number} of {total}"


def handout_slide(number: int, total: int, continued: bool = False) -> str:
    """'Slide 3 of 25' over a handout page ('Slide 3 of 25, notes continued' after the first)."""
    return f"Slide {number} of {total}" + (", notes continued" if continued else "")


def handout_slides(first: int, last: int, total: int) -> str:
    """'Slides 3–4 of 25' over a handout page that shows two ('Slide 3 of 25' for one)."""
    if first == last:
        return handout_slide(first, total)
    return f"Slides {first}\u2013{last} of {total}"


def section_label(number: str) -> str:
    """'SECTION 2': the label above a section's slide titles."""
    return f"SECTION {number}"


def continued(title: str, part: int, parts: int) -> str:
    """'Title (cont. 2/3)' for the second of three slides; the first keeps its title."""
    return title if part == 1 else f"{title} (cont. {part}/{parts})"


BLOCK_NAMES = {"Quote": "quotation", "Timeline": "timeline", "Table": "table", "Chart": "chart",
               "Image": "picture", "Comparison": "comparison", "Callout": "callout"}


def block_shows(block) -> str:
    """What a block's slide shows, in a few words: whose words a quotation carries, a callout's
    title or kind, a titled block's title, else the kind of block."""
    if isinstance(block, model.Quote):
        return block.by
    if isinstance(block, model.Callout):
        return block.title or block.kind.replace("-", " ").capitalize()
    return getattr(block, "title", "") or BLOCK_NAMES[type(block).__name__]


def distinct_titles(title: str, shows: str, count: int) -> list[str]:
    """Ways to tell the `count`th slide titled `title` from the earlier ones, best first: what it
    shows after the title ("Genesis: Kremlin statement"), then with its number among them, then
    its number alone, then what it shows alone (for a title too long to take more)."""
    if not shows:
        return [f"{title} ({count})"]
    return [f"{title}: {shows}", f"{title}: {shows} ({count})", f"{title} ({count})", shows,
            f"{shows} ({count})"]


def quote_words(quote: model.Quote) -> str:
    """The quotation in curly marks, or a paraphrase as written (it is not the speaker's words)."""
    return quote.text if quote.paraphrase else concat("\u201c", quote.text, "\u201d")


def attribution(quote: model.Quote) -> str:
    """'— Sergei Shoigu, top security official (via TASS)', '(paraphrase)' when it is one."""
    who = f"{quote.by}, {quote.role}" if quote.role else quote.by
    who = f"{who} (via {quote.via})" if quote.via else who
    return f"{DASH} {who}" + (" (paraphrase)" if quote.paraphrase else "")


def source_line(chart: model.Chart) -> str:
    """'Source: …' under a chart, or '' when the chart names none."""
    return concat("Source: ", chart.source) if chart.source else ""


def image_caption(image: model.Image) -> str:
    """'Caption — Credit: who', either part alone, or ''. The caption keeps its runs."""
    credit = image.credit and concat("Credit: ", image.credit)
    if image.caption and credit:
        return concat(image.caption, f" {DASH} ", credit)
    return image.caption or credit or ""


def callout_label(callout: model.Callout) -> str:
    """'KEY FACT', 'WARNING' or 'ASSESSMENT — MODERATE CONFIDENCE'."""
    label = callout.kind.replace("-", " ").upper()
    if callout.confidence:
        return f"{label} {DASH} {callout.confidence.upper()} CONFIDENCE"
    return label


def sources_in_order(outline: model.Outline) -> list[tuple[int, model.Source]]:
    """The sources as the sources lists show them: cited ones by their number, then the rest
    (number 0) in the outline's order."""
    numbers = dict(outline.citations)
    cited = sorted((numbers[s.id], s) for s in outline.sources if s.id in numbers)
    return cited + [(0, s) for s in outline.sources if s.id not in numbers]


def notes_label(part: str) -> str:
    """'Notes to section 7' — over the notes that end a part of the report (they may land at the
    top of the next page, above another section's heading)."""
    return f"Notes to {part}"


def section_part(number: str) -> str:
    """'section 7' — a section as its notes' label names it."""
    return f"section {number}"


def note(source: model.Source, places) -> str:
    """'Title — para. 4; para. 7.' — a source as a part's notes name it, with where in it."""
    where = "; ".join(p.replace("\u00a7 ", "\u00a7\u00a0") for p in places)  # '§ 4' not broken
    return sentence(source.title + (f" {DASH} {where}" if where else ""))


def source_entry(source: model.Source, number: int = 0) -> Text:
    """'Title. Publisher. Date. Note' — a source as the sources list shows it (the link apart);
    the note keeps its runs."""
    bits = [source.title] + [b for b in (source.publisher, source.date) if b]
    head = (f"[{number}] " if number else "") + " ".join(sentence(b) for b in bits)
    return concat(head, " ", source.note) if source.note else concat(head)


def sentence(text: str) -> str:
    """`text` ending as a sentence: a full stop added unless it ends in one (or ? or !)."""
    return text if text.rstrip().endswith((".", "?", "!")) else text + "."


CHART_KINDS = {"column": "Column chart", "bar": "Bar chart", "stacked-column": "Stacked column chart",
               "stacked-bar": "Stacked bar chart", "line": "Line chart", "pie": "Pie chart",
               "doughnut": "Doughnut chart"}


def chart_description(chart: model.Chart) -> str:
    """The chart's alternative text said from its data: its kind and title, then its numbers —
    "Column chart, Trade turnover. Year 2022, 2023: Exports 3.1, 3.8; Imports 2.0, 2.4; values
    in USD billion." — or, for a pie or a doughnut, each category's share."""
    head = CHART_KINDS[chart.kind] + (f", {chart.title}" if chart.title else "")
    if chart.kind in ("pie", "doughnut"):
        shares = zip(chart.categories, chart.series[0].values)
        return f"{head}: " + "; ".join(f"{c} {v:g}" for c, v in shares) + "."
    axis = (f"{chart.x_title} " if chart.x_title else "") + ", ".join(chart.categories)
    series = "; ".join(f"{s.name} {', '.join(f'{v:g}' for v in s.values)}" for s in chart.series)
    unit = f"; values in {chart.y_title}" if chart.y_title else ""
    return f"{head}. {axis}: {series}{unit}."


LINK_DESTINATION_MAX = 120  # characters of the place a link leads to, in its description


def link_description(text: str, destination: str, target: str) -> str:
    """A link's description for a screen reader: for a link within the document, the text of
    the place it leads to (a heading, a source) after its own words; for an address, its words
    and the address."""
    if len(destination) > LINK_DESTINATION_MAX:  # a long source entry: its beginning
        destination = destination[:LINK_DESTINATION_MAX].rsplit(" ", 1)[0] + "\u2026"
    if not target.startswith("#"):
        return f"{text} ({target})" if text and text != target else target
    if destination and text and not destination.startswith(text):
        return f"{text}: {destination}"
    return destination or text or target.removeprefix("#")
