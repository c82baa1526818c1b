"""Styled text: an article's words with the emphasis and links its Markdown gave them.

A `Styled` is a str of the plain words, so every test the importer makes on the text (headings,
sentences, quotations, speakers) sees the words only; its `spans` say which stretches are bold,
italic or a link. Markdown is read with markdown-it-py's CommonMark rules; links to anything
but http, https or mailto, images, code and HTML keep only their text. A sentence or a cut line
taken from a styled text gets the spans it holds whole (`carry`); one that cuts through a bold
phrase or a link is left plain, so no text is written with half a marker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from builder.importer.text import squash
from builder.outline.markup import SCHEMES

REFERENCE_LINK = re.compile(r"\[([^\]]{1,300})\]\[[^\]]{0,100}\]")  # [text][ref]: its text
TEXT_TOKENS = ("text", "text_special", "code_inline")
NEAR = 3  # characters a cut may drop between the pieces it keeps (a quotation mark, a space)


@dataclass(frozen=True)
class Span:
    """Characters start..end of a text that are bold, italic or a link."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False
    link: str = ""


class Styled(str):
    """Plain words that remember their emphasis and links."""

    spans: tuple[Span, ...]

    def __new__(cls, text: str, spans=()):
        obj = super().__new__(cls, text)
        obj.spans = tuple(spans)
        return obj


def spans_of(text: str) -> tuple[Span, ...]:
    return getattr(text, "spans", ())


@lru_cache(maxsize=1)
def _reader():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # every link is read; its target decides if it is kept
    return md


@lru_cache(maxsize=4096)
def from_markdown(source: str) -> str:
    """A line or paragraph of Markdown as its words (white space squashed), styled where it is
    bold, italic or a link to http, https or mailto."""
    pieces: list[str] = []
    spans: list[Span] = []
    opened: list[tuple[str, int, str]] = []  # (kind, where it starts, link)
    at = 0
    for token in _reader().parseInline(REFERENCE_LINK.sub(r"\1", source))[0].children or ():
        kind, piece = token.type, ""
        if kind in TEXT_TOKENS:
            piece = token.content
        elif kind == "image":
            piece = _words_of(token.children or ())
        elif kind in ("softbreak", "hardbreak"):
            piece = " "
        elif kind.endswith("_open"):
            opened.append((kind, at, token.attrs.get("href", "") or ""))
        elif kind.endswith("_close") and opened:
            spans += _span(*opened.pop(), at, "".join(pieces))
        pieces.append(piece)
        at += len(piece)
    text = "".join(pieces)
    return carry(squash(text), Styled(text, spans)) if spans else squash(text)


def _words_of(tokens) -> str:
    """The text of an image's description (its alternative text)."""
    return "".join(t.content if t.type in TEXT_TOKENS else _words_of(t.children or ())
                   for t in tokens)


def _span(kind: str, start: int, link: str, end: int, text: str) -> list[Span]:
    """The span an opening and closing token enclose, without white space at its ends; none when
    it is empty or a link we do not keep."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return []
    if kind == "strong_open":
        return [Span(start, end, bold=True)]
    if kind == "em_open":
        return [Span(start, end, italic=True)]
    if kind == "link_open" and link.lower().startswith(SCHEMES):
        return [Span(start, end, link=link)]
    return []


def join(parts, sep: str = " ") -> str:
    """The parts joined by `sep`, keeping their spans."""
    text, spans, at = [], [], 0
    for i, part in enumerate(parts):
        if i:
            text.append(sep)
            at += len(sep)
        spans += [replace(s, start=s.start + at, end=s.end + at) for s in spans_of(part)]
        text.append(str(part))
        at += len(part)
    return Styled("".join(text), spans) if spans else "".join(text)


def joined_words(parts) -> str:
    """The parts joined by a space, white space squashed, keeping their spans."""
    text = join(parts)
    return carry(squash(text), text)


def carry(derived: str, source: str) -> str:
    """`derived` (a sentence or a cut line taken from `source`) with the source's spans it holds
    whole; its plain words when it holds part of one (a cut inside a bold phrase or a link)."""
    spans = spans_of(source)
    if not spans:
        return str(derived)
    where = _alignment(str(source), str(derived))
    kept = []
    for span in spans:
        inside = [where[i] for i in range(span.start, span.end) if where[i] >= 0]
        if not inside:
            continue
        first, last = where[span.start], where[span.end - 1]
        if first < 0 or last < 0:
            return str(derived)
        kept.append(replace(span, start=first, end=last + 1))
    return Styled(derived, kept) if kept else str(derived)


def _alignment(source: str, derived: str) -> list[int]:
    """For each character of `source`, where it is in `derived` (-1 where it is not): `derived`
    is a stretch of `source` with a few characters dropped and maybe a mark added at its end."""
    where = [-1] * len(source)
    at = source.find(derived)
    if at >= 0:
        where[at:at + len(derived)] = range(len(derived))
        return where
    for a, b, size in _near_blocks(SequenceMatcher(None, source, derived, autojunk=False)):
        where[a:a + size] = range(b, b + size)
    return where


def _near_blocks(matcher: SequenceMatcher) -> list[tuple[int, int, int]]:
    """The matching stretches next to the longest one, each no more than NEAR characters from the
    one before it in both texts (a stray full stop far away is no part of the cut)."""
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return []
    anchor = max(range(len(blocks)), key=lambda i: blocks[i].size)
    kept = [blocks[anchor]]
    for block in blocks[anchor + 1:]:
        last = kept[-1]
        if block.a - (last.a + last.size) > NEAR or block.b - (last.b + last.size) > NEAR:
            break
        kept.append(block)
    for block in reversed(blocks[:anchor]):
        first = kept[0]
        if first.a - (block.a + block.size) > NEAR or first.b - (block.b + block.size) > NEAR:
            break
        kept.insert(0, block)
    return kept
