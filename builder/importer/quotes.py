"""Quotations: quoted speech in paragraphs and Markdown block quotations, each with its speaker.

A `QuoteBook` remembers every quote found so far, so that a later quote can be given a speaker
named earlier (by surname, or because it repeats an earlier quote's words)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.importer.limits import MAX_TEXT
from builder.importer.sentences import clip, sentence_spans
from builder.importer.speakers import UNATTRIBUTED, find_speaker
from builder.importer.text import heading_key, squash, words
from builder.outline.model import Quote

QUOTE_RE = re.compile(r'"([^"\n]+)"|\u201c([^\u201c\u201d\n]+)\u201d')
DASH_LEAD_RE = re.compile(r"^(?:\u2014|\u2013|--|-)\s*")  # '— Name' under a block quotation


@dataclass
class QuoteBook:
    """The speakers met so far in the article, and every quotation found."""

    speakers: dict[str, Quote] = field(default_factory=dict)  # full name, surname → first quote
    quotes: list[Quote] = field(default_factory=list)  # every quote, in reading order

    def add(self, quote: Quote) -> None:
        name = words(quote.by)
        if quote.by != UNATTRIBUTED and name:
            for key in (" ".join(name).lower(), name[-1].lower()):
                self.speakers.setdefault(key, quote)
        self.quotes.append(quote)

    def similar(self, text: str) -> Quote | None:
        """An earlier attributed quote whose words this one mostly repeats."""
        found = set(heading_key(text).split())
        for q in self.quotes:
            if q.by == UNATTRIBUTED:
                continue
            other = set(heading_key(q.text).split())
            if found and len(found & other) >= 0.7 * len(found):
                return Quote("", q.by, q.role, q.via)
        return None

    def speaker_of(self, masked: str, text: str) -> Quote:
        """Who said `text`, from its sentence (quotations masked out) or from earlier quotes."""
        q = find_speaker(masked, self.speakers)
        if q.by == UNATTRIBUTED:
            q = self.similar(text) or q
        if q.by != UNATTRIBUTED and not q.role:
            known = self.speakers.get(q.by.lower())
            if known:
                q = Quote("", q.by, known.role, q.via)
        return q


def _sentence_around(paragraph: str, spans: list[tuple[int, int]], m: re.Match) -> str:
    """The sentence a quotation stands in, held to a window round it (long paragraphs stay quick)."""
    start = m.start()
    a, b = next(((a, b) for a, b in spans if a <= start < max(b, a + 1)), (0, len(paragraph)))
    a = max(a, start - 400)
    b = min(max(b, m.end()), m.end() + 300)
    return paragraph[a:b]


def quotes_in(paragraph: str, room: int, book: QuoteBook) -> tuple[list[Quote], int]:
    """The paragraph's quotations of four words or more, each with its speaker, at most `room` of
    them, and how many more there were."""
    out: list[Quote] = []
    extra = 0
    spans = sentence_spans(paragraph)
    for m in QUOTE_RE.finditer(paragraph):
        quoted = (m.group(1) or m.group(2) or "").strip()
        if len(words(quoted)) < 4:
            continue
        if len(out) >= room:
            extra += 1
            continue
        text = re.sub(r"[\s,;:]+$", "", squash(quoted))
        masked = QUOTE_RE.sub(" \u00abQ\u00bb ", _sentence_around(paragraph, spans, m))
        q = book.speaker_of(re.sub(r"[ ]{2,}", " ", masked), text)
        q = Quote(clip(text, MAX_TEXT), clip(q.by), clip(q.role), clip(q.via))
        book.add(q)
        out.append(q)
    return out, extra


def _split_attribution(lines: list[str]) -> tuple[str, str]:
    """A block quotation's text and its attribution ('— Name, role' on its last line or at its
    end), or '' for none."""
    attribution = ""
    if lines and re.match(r"^(?:\u2014|\u2013|--|-)\s*\S", lines[-1]):
        attribution = DASH_LEAD_RE.sub("", lines[-1])
        lines = lines[:-1]
    body = squash(" ".join(lines))
    m = re.fullmatch(r"(.*?)\s*(?:\u2014|\u2013|--)\s*([A-Z][^\u2014\u2013]{2,120})", body)
    if not attribution and m and not re.search(r"[.!?]$", m.group(2)):
        body, attribution = m.group(1), m.group(2)
    return body, attribution


SAID_AFTER_RE = re.compile(r'^["\u201c]([^"\u201c\u201d]+)["\u201d]\s*(\S.*)$')


def _quoted_then_said(body: str) -> tuple[str, str, str] | None:
    """A block quotation that is a quotation and who said it (`"Words," said NAME, role.`): its
    words, the same as written (with their last comma), and what follows them; or None."""
    m = SAID_AFTER_RE.match(body.strip())
    if m is None or len(words(m.group(2))) > 30:
        return None
    written = m.group(1).strip()
    return re.sub(r"[\s,;:]+$", "", written), written, " " + m.group(2)


def has_name(text: str) -> bool:
    """Whether an attribution's name has a letter or a digit (not '', ' ' or a lone ',' or '.')."""
    return any(c.isalnum() for c in text)


def block_quotation(lines: list[str], book: QuoteBook) -> tuple[str, Quote | None]:
    """A block quotation as a paragraph for the summary, and as a quote (None when it is under
    four words)."""
    body, attribution = _split_attribution(lines)
    text = body.strip().strip("\"\u201c\u201d").strip()
    if len(words(text)) < 4:
        return body, None
    said = None if attribution else _quoted_then_said(body)
    name, _, role = attribution.partition(",")
    if said is not None:  # `"Words," said NAME, role.`: who said it follows the words
        text, written, rest = said
        q = book.speaker_of("\u00abQ\u00bb" + rest, text)
        q = Quote(clip(text, MAX_TEXT), clip(q.by), clip(q.role), clip(q.via))
        book.add(q)
        return f"\u201c{written}\u201d{rest}", q
    if has_name(name):
        q = Quote(clip(text, MAX_TEXT), clip(squash(name)),
                  clip(re.sub(r"^(?:a|an|the)\s+", "", squash(role))))
    else:
        q = book.similar(text) or Quote("", UNATTRIBUTED)
        q = Quote(clip(text, MAX_TEXT), q.by, q.role, q.via)
    book.add(q)
    summary = f"\u201c{text}\u201d" + (f" \u2014 {attribution}" if attribution else "")
    return summary, q
