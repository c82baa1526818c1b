"""First-pass wording: a section's takeaway and bullets, and the briefing's key judgments, all
made of the article's own sentences, shortened."""
from __future__ import annotations

import re

from builder.importer.limits import MAX_BULLETS
from builder.importer.sentences import clip, sentences, shorten
from builder.importer.structure import Section
from builder.importer.styled import carry
from builder.importer.text import is_call_to_comment, words

CONCLUSION_RE = re.compile(r"\b(conclusion|concluding|summary|final thoughts|bottom line|"
                           r"takeaways?|outlook|the way ahead|looking ahead)\b", re.I)
NO_JUDGMENTS = "(Write the bottom line here.)"

Sentence = tuple[int, int, str]  # (paragraph, position in it, sentence)


def as_takeaway(text: str) -> str:
    """The text shortened to a line that ends with a full stop (its emphasis and links kept where
    the cut leaves them whole)."""
    return carry(clip(shorten(text, period=True)), text)


def as_bullet(text: str) -> str:
    """The text shortened to a line with no final full stop (its emphasis and links kept where
    the cut leaves them whole)."""
    return carry(clip(shorten(text, period=False)), text)


def usable_sentences(section: Section) -> list[Sentence]:
    """Every sentence of four words or more in the section's own paragraphs (not its block
    quotations), calls to comment left out; a sentence keeps the emphasis it holds whole."""
    out = []
    for p, para in enumerate(section.paragraphs):
        if p in section.asides:
            continue
        for i, s in enumerate(sentences(para)):
            if len(words(s)) >= 4 and not is_call_to_comment(s):
                out.append((p, i, carry(s, para)))
    return out


def takeaway(section: Section) -> str:
    """The first sentence of the section's own text (or its first list item, its first quote)
    as a takeaway; '' when it has none (a sub-section's sentence is the sub-section's own
    takeaway, not its section's)."""
    found = usable_sentences(section)
    if found:
        return as_takeaway(found[0][2])
    if section.items:
        return as_takeaway(section.items[0])
    if section.quotes:
        return as_takeaway(section.quotes[0].text)
    return ""


def _bullet_sentences(found: list[Sentence]) -> list[Sentence]:
    """Sentences for bullets, in reading order: each paragraph's first after the takeaway's, then
    others until there are three."""
    first = found[0] if found else None
    chosen: list[Sentence] = []
    seen_paras: set[int] = set()
    for p, i, s in found:
        if (p, i, s) == first or p in seen_paras:
            continue
        seen_paras.add(p)
        chosen.append((p, i, s))
    for sent in found:
        if len(chosen) >= 3:
            break
        if sent != first and sent not in chosen:
            chosen.append(sent)
    return sorted(chosen)


def bullets(section: Section, takeaway_line: str) -> list[str]:
    """The section's list items, then sentences other than its takeaway, as at most five bullets."""
    out: list[str] = []
    for item in section.items:
        b = as_bullet(item)
        if b and b not in out:
            out.append(b)
    for _, _, s in _bullet_sentences(usable_sentences(section)):
        b = as_bullet(s)
        if b and b not in out and b.rstrip(".") != takeaway_line.rstrip("."):
            out.append(b)
    return out[:MAX_BULLETS]


def key_judgments(sections: list[Section]) -> list[str]:
    """Three sentences of the conclusion (or the last section), paragraph openers first; else the
    sections' takeaways; else a placeholder to write."""
    source = next((s for s in sections if CONCLUSION_RE.search(s.title)), sections[-1])
    pool = usable_sentences(source) or [
        t for sub in source.subsections for t in usable_sentences(sub)]
    firsts = [t for t in pool if t[1] == 0]
    order = firsts + [t for t in pool if t not in firsts]
    out: list[str] = []
    for _, _, s in sorted(order[:3]):
        line = as_takeaway(s)
        if line and line not in out:
            out.append(line)
    if not out:
        for s in sections:
            t = takeaway(s)
            if t:
                out.append(t)
            if len(out) >= 3:
                break
    return out or [NO_JUDGMENTS]
