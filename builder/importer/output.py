"""Writing the outline YAML: a header comment, every one-line value as a double-quoted string,
summaries as literal blocks, and a blank line between sections.

A small writer of its own: PyYAML writes no comments or blank lines, and would choose its own
quoting and indentation, so the file it wrote would not be this one."""
from __future__ import annotations

import json

from builder.importer.limits import MAX_QUOTES, MAX_TEXT
from builder.importer.marked import longest, marked
from builder.importer.sentences import clip
from builder.importer.structure import Section
from builder.importer.styled import carry, join
from builder.importer.wording import bullets, takeaway
from builder.outline.model import Quote
from builder.outline.schema import LIMITS, MARKED_LINE, OUTLINE

SCHEMA_COMMENT = "# yaml-language-server: $schema=./outline.schema.json"
LINE_LIMIT = MARKED_LINE.max_len  # a marked line's length as written, markers and escapes counted
TEXT_LIMIT = LIMITS["text"]
# whether the introduction may carry markup (today it is plain text, written unescaped)
INTRODUCTION_MARKED = next(f.type.markup for f in OUTLINE.fields if f.key == "introduction")


def yaml_string(text: str) -> str:
    """The text as a YAML double-quoted scalar (JSON's string syntax is a part of YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def marked_line(text: str) -> str:
    """A line for a marked field (takeaway, bullet, key judgment, note), as a YAML scalar."""
    return yaml_string(marked(text, LINE_LIMIT))


def literal_lines(text: str, indent: int) -> list[str]:
    """The lines of a literal block scalar's text, indented (blank lines stay empty)."""
    pad = " " * indent
    return [f"{pad}{line}" if line else "" for line in text.split("\n")]


def _quote_lines(quotes: list[Quote], pad: str) -> list[str]:
    out = [f"{pad}quotes:"]
    for quote in quotes:
        out.append(f"{pad}  - text: {yaml_string(quote.text)}")
        out.append(f"{pad}    by: {yaml_string(quote.by)}")
        if quote.role:
            out.append(f"{pad}    role: {yaml_string(quote.role)}")
        if quote.via:
            out.append(f"{pad}    via: {yaml_string(quote.via)}")
    return out


class OutlineWriter:
    """Writes the outline; what it has to cut to fit the outline's limits goes to `dropped`."""

    def __init__(self, source_name: str, dropped: list[str]):
        self.source_name = source_name
        self.dropped = dropped

    def write(self, title: str, subtitle: str, headline: str, intro: Section,
              judgments: list[str], sections: list[Section],
              byline: tuple[str, str] = ("", "")) -> str:
        out = [SCHEMA_COMMENT,
               f"# Imported from {self.source_name} by the article importer: a starting point "
               "to edit, not a finished briefing.",
               "# Check every section, bullet, quote and speaker against the source.",
               f"title: {yaml_string(title)}"]
        if subtitle:
            out.append(f"subtitle: {yaml_string(subtitle)}")
        for key, value in zip(("author", "date"), byline):  # the article's byline
            if value:
                out.append(f"{key}: {yaml_string(clip(value))}")
        intro_text = self.prose(intro.paragraphs, "the introduction", INTRODUCTION_MARKED)
        if intro_text:
            out += ["introduction: |-", *literal_lines(intro_text, 2)]
        out.append("key_judgments:")
        out += [f"  - {marked_line(k)}" for k in judgments]
        out.append("sections:")
        for s in sections:
            out += self.section(s, 2, top=True)
            out.append("")
        note = clip(f"The article this outline was imported from ({self.source_name}).")
        out += ["sources:", f"  - title: {yaml_string(clip(headline))}",
                f"    note: {marked_line(note)}"]
        return "\n".join(out) + "\n"

    def prose(self, paragraphs: list[str], what: str, styled: bool = False) -> str:
        """The paragraphs as one text, as many as fit in the outline's text limit; `styled`, in
        the outline's markup (and counted as written)."""
        size = longest if styled else len
        kept, total = [], 0
        for p in paragraphs:
            if total + size(p) + 2 > MAX_TEXT:
                if not kept:
                    kept.append(carry(clip(p, MAX_TEXT), p))
                self.dropped.append(f"text of {what} cut to {MAX_TEXT:,} characters "
                                    f"({len(paragraphs) - len(kept)} paragraphs left out)")
                break
            kept.append(p)
            total += size(p) + 2
        return marked(join(kept, "\n\n"), TEXT_LIMIT) if styled else "\n\n".join(kept)

    def quotes(self, s: Section) -> list[Quote]:
        """The section's quotes, as many as the outline takes."""
        extra = max(0, len(s.quotes) - MAX_QUOTES) + s.extra_quotes
        if extra:
            self.dropped.append(f"{extra} quotes in '{clip(s.title, 60)}' "
                                f"beyond the first {MAX_QUOTES}")
            return s.quotes[:MAX_QUOTES]
        return s.quotes

    def section(self, s: Section, indent: int, top: bool) -> list[str]:
        pad = " " * indent
        inner = pad + "  "
        out = [f"{pad}- title: {yaml_string(s.title)}"]
        line = takeaway(s)
        points = bullets(s, line)
        summary = self.prose(s.paragraphs, f"'{clip(s.title, 60)}'", styled=True)
        if line:
            out.append(f"{inner}takeaway: {marked_line(line)}")
        if points:
            out.append(f"{inner}bullets:")
            out += [f"{inner}  - {marked_line(b)}" for b in points]
        if summary:
            out += [f"{inner}summary: |-", *literal_lines(summary, indent + 4)]
        if s.quotes:
            out += _quote_lines(self.quotes(s), inner)
        if s.tables:
            out += self.table(s, inner)
        if top and s.subsections:
            out.append(f"{inner}subsections:")
            for sub in s.subsections:
                out += self.section(sub, indent + 4, top=False)
        return out

    def table(self, s: Section, pad: str) -> list[str]:
        """The section's first table as the outline's `table:` (a section has one); the rest,
        and a table too wide for a slide, are named as left out."""
        (line, rows), rest = s.tables[0], s.tables[1:]
        for other, _ in rest:
            self.dropped.append(f"table at line {other} (a section takes one table; "
                                f"'{clip(s.title, 60)}' has its first)")
        columns = [clip(c) or f"Column {i}" for i, c in enumerate(rows[0], 1)]
        if len(columns) > LIMITS["columns"]:
            self.dropped.append(f"table at line {line} ({len(columns)} columns; a table takes "
                                f"{LIMITS['columns']})")
            return []
        body = [(r + [""] * len(columns))[:len(columns)] for r in rows[1:LIMITS["rows"] + 1]]
        if not body:
            return []
        out = [f"{pad}table:", f"{pad}  columns: [{', '.join(map(yaml_string, columns))}]",
               f"{pad}  rows:"]
        out += [f"{pad}    - [{', '.join(yaml_string(marked(c, TEXT_LIMIT)) for c in r)}]"
                for r in body]  # a cell is a marked text: what reads as markup is escaped
        return out

