"""Reading the article: its lines (front matter and code left out), its blocks (paragraphs,
headings, lists, block quotations and images), its title and its table of contents."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.importer.sentences import clip
from builder.importer.styled import from_markdown, joined_words
from builder.importer.text import LIST_ITEM_RE, looks_like_heading, squash, words

CONTENTS_RE = re.compile(r"^(?:table of contents|contents|in this article|on this page|"
                         r"what(?:'|\u2019)s inside)\s*:?$", re.I)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")


@dataclass
class Block:
    """A paragraph of the article as read: its text and where it starts.

    In Markdown each line's text (and a list item's) is its words, styled where it is bold, italic
    or a link (builder/importer/styled.py); a paragraph's text is read from its lines as written,
    so emphasis may run from one line to the next."""

    kind: str  # para | heading | list | bq | image
    lines: list = field(default_factory=list)  # [(line number, text)]
    level: int = 0
    links: int = 0  # list items that were Markdown links
    written: list = field(default_factory=list)  # in Markdown, each line (or item) as written

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def text(self) -> str:
        if self.kind == "table":  # rows of cells
            return squash(" ".join(" | ".join(cells) for _, cells in self.lines))
        if self.kind == "para" and self.written:
            return from_markdown(" ".join(self.written))
        return joined_words(t for _, t in self.lines)

    @property
    def single(self) -> bool:
        return self.kind == "heading" or (self.kind == "para" and len(self.lines) == 1)


@dataclass
class Article:
    """The article as blocks, with what reading it left out."""

    blocks: list[Block]
    front_title: str  # the title from Markdown front matter, or ""
    markdown: bool
    dropped: list[str]


@dataclass
class Headline:
    """The article's title and subtitle."""

    text: str  # the whole headline, as the source's title
    title: str
    subtitle: str


# --- lines ---

def _front_matter(lines: list[tuple[int, str]]) -> tuple[int, str]:
    """How many lines a `---` front matter block takes at the top (0 for none), and its title."""
    if not lines or lines[0][1].strip() != "---":
        return 0, ""
    for j in range(1, min(len(lines), 60)):
        if lines[j][1].strip() in ("---", "..."):
            title = ""
            for _, line in lines[1:j]:
                m = re.match(r"^title:\s*(.+)$", line.strip())
                if m:
                    title = m.group(1).strip().strip("\"'")
            return j + 1, title
    return 0, ""


def _is_markdown(lines: list[tuple[int, str]], source_name: str) -> bool:
    """Markdown by its file name, or by two `#` headings or more."""
    atx = sum(1 for _, line in lines if re.match(r"^#{1,6}\s+\S", line))
    return source_name.lower().endswith(MARKDOWN_SUFFIXES) or atx >= 2


def _is_wrapped(lines: list[tuple[int, str]], markdown: bool) -> bool:
    """Whether prose is hard-wrapped (paragraphs are runs of lines, not single lines)."""
    def prose(line: str) -> bool:
        return bool(line) and not LIST_ITEM_RE.match(line) and not (
            markdown and re.match(r"^(?:#|>|```|~~~|!\[|\||[-=]{2,}$)", line))

    texts = [t.strip() for _, t in lines]
    prose_lines = sorted(len(t) for t in texts if prose(t))
    if markdown:
        # Markdown joins a paragraph's lines, unless every line is a whole long paragraph
        return not prose_lines or prose_lines[len(prose_lines) // 2] <= 200
    joins = sum(1 for a, b in zip(texts, texts[1:]) if prose(a) and prose(b)
                and not re.search(r"[.!?:\"'\u201d\u2019]$", a) and len(words(a)) >= 8)
    return joins >= max(2, 0.3 * len(prose_lines))


# --- blocks ---

class _BlockReader:
    """Reads numbered lines into blocks, one line at a time."""

    def __init__(self, lines: list[tuple[int, str]], markdown: bool, dropped: list[str]):
        self.lines = lines
        self.markdown = markdown
        self.wrapped = _is_wrapped(lines, markdown)
        self.dropped = dropped
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.next = 0  # the index of the next line to read

    def read(self) -> list[Block]:
        while self.next < len(self.lines):
            no, raw = self.lines[self.next]
            self.next += 1
            self.read_line(no, raw)
        self.close()
        return self.blocks

    def close(self) -> None:
        if self.current is not None and self.current.lines:
            if self.current.kind == "table":
                self.current = table_or_text(self.current)
            self.blocks.append(self.current)
        self.current = None

    def current_is(self, kind: str) -> bool:
        return self.current is not None and self.current.kind == kind

    def read_line(self, no: int, raw: str) -> None:
        s = raw.strip()
        if self.markdown and re.match(r"^(```|~~~)", s):
            self.skip_code(no, s[:3])
            return
        self.read_text_line(no, raw, s)

    def read_text_line(self, no: int, raw: str, s: str) -> None:
        if not s:
            self.close()
        elif self.markdown and self.read_markdown(no, s):
            pass
        elif LIST_ITEM_RE.match(s) and not (self.markdown and raw.startswith("    ")
                                            and self.current_is("para")):
            self.add_item(no, LIST_ITEM_RE.match(s).group(1).strip())
        else:
            self.add_text(no, raw, s)

    def skip_code(self, no: int, fence: str) -> None:
        self.close()
        j = self.next
        while j < len(self.lines) and not self.lines[j][1].strip().startswith(fence):
            j += 1
        end = self.lines[min(j, len(self.lines) - 1)][0]
        self.dropped.append(f"code block (lines {no}-{end})")
        self.next = j + 1

    def read_markdown(self, no: int, s: str) -> bool:
        """Reads a Markdown heading, underline, rule, image or quoted line; False for another."""
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", s)
        if m:
            self.close()
            heading = str(from_markdown(m.group(2)))  # a heading is plain words
            if heading:
                self.blocks.append(Block("heading", [(no, heading)], level=len(m.group(1))))
        elif re.fullmatch(r"=+|-+", s) and len(s) >= 2 and self.setext_text(no) is not None:
            heading = self.setext_text(no)  # `Title` over `=====` (level 1) or `-----` (level 2)
            heading.kind, heading.level = "heading", 1 if s[0] == "=" else 2
            if heading is self.current:
                self.close()
        elif re.fullmatch(r"(?:[-*_]\s*){3,}", s):
            self.close()
        elif re.fullmatch(r"!\[([^\]]*)\]\([^)]*\)", s):
            self.close()
            alt = re.fullmatch(r"!\[([^\]]*)\]\([^)]*\)", s).group(1).strip()
            self.blocks.append(Block("image", [(no, alt)]))
        elif s.startswith("|") and s.endswith("|") and len(s) > 2:
            self.add_table_row(no, s)
        elif re.match(r"^>\s?(.*)$", s):
            self.add_quoted(no, re.match(r"^>\s?(.*)$", s).group(1).strip())
        else:
            return False
        return True

    def setext_text(self, no: int) -> Block | None:
        """The one-line paragraph just above an underline, being read or just read (prose that
        is not hard-wrapped is a block per line), or None."""
        last = self.current or (self.blocks[-1] if self.blocks else None)
        if last is not None and last.kind == "para" and len(last.lines) == 1 \
                and last.lines[0][0] == no - 1:
            return last
        return None

    def add_table_row(self, no: int, s: str) -> None:
        """A row of a pipe table (`| a | b |`); its rule row (`| --- | :-: |`) is kept, to tell
        a table from a line that only starts and ends with a bar."""
        if not self.current_is("table"):
            self.close()
            self.current = Block("table")
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", s[1:-1])]
        self.current.lines.append((no, cells))

    def add_quoted(self, no: int, text: str) -> None:
        if not self.current_is("bq"):
            self.close()
            self.current = Block("bq")
        if text:
            self.current.lines.append((no, from_markdown(text)))

    def add_item(self, no: int, item: str) -> None:
        if not self.current_is("list"):
            self.close()
            if self.blocks and self.blocks[-1].kind == "list":  # a list that went on after a gap
                self.current = self.blocks.pop()
            else:
                self.current = Block("list")
        if self.markdown and re.fullmatch(r"\[[^\]]+\]\([^)]*\)", item):
            self.current.links += 1
        self.current.lines.append((no, from_markdown(item) if self.markdown else item))
        if self.markdown:
            self.current.written.append(item)

    def add_text(self, no: int, raw: str, s: str) -> None:
        text = from_markdown(s) if self.markdown else s
        if not text:
            return
        written = [s] if self.markdown else []
        if self.current_is("list") and self.markdown and raw[:1] == " ":
            n, _ = self.current.lines[-1]
            self.current.written[-1] += f" {s}"
            self.current.lines[-1] = (n, from_markdown(self.current.written[-1]))
        elif not self.wrapped:
            self.close()
            self.blocks.append(Block("para", [(no, text)], written=written))
        elif self.current_is("para"):
            self.current.lines.append((no, text))
            self.current.written += written
        else:
            self.close()
            following = self.lines[self.next][1].strip() if self.next < len(self.lines) else ""
            if looks_like_heading(text) and len(text) <= 90 and following:
                # a heading directly above its text
                self.blocks.append(Block("para", [(no, text)], written=written))
            else:
                self.current = Block("para", [(no, text)], written=written)


RULE_CELL_RE = re.compile(r":?-{3,}:?")


def table_or_text(block: Block) -> Block:
    """A pipe table's block (its rows of cells, header first, the rule row left out), or, with
    no rule row under its first row, a paragraph of its lines as written."""
    rows = [cells for _, cells in block.lines]
    if len(rows) >= 2 and all(RULE_CELL_RE.fullmatch(c) for c in rows[1]):
        lines = [block.lines[0]] + block.lines[2:]
        return Block("table", [(no, [str(from_markdown(c)).strip() for c in cells])
                               for no, cells in lines])
    return Block("para", [(no, "| " + " | ".join(cells) + " |") for no, cells in block.lines])


def read_article(text: str, source_name: str) -> Article:
    """The cleaned article text as blocks; front matter and code blocks are listed as dropped."""
    lines = [(i + 1, line.rstrip()) for i, line in enumerate(text.split("\n"))]
    dropped: list[str] = []
    skip, front_title = _front_matter(lines)
    if skip:
        dropped.append(f"front matter (lines 1-{skip})")
        lines = lines[skip:]
    markdown = _is_markdown(lines, source_name)
    blocks = _BlockReader(lines, markdown, dropped).read()
    return Article(blocks, front_title, markdown, dropped)


# --- title and table of contents ---

def take_headline(article: Article) -> Headline:
    """The article's headline, taken out of its blocks when it is their first line, split at its
    first ': ' into title and subtitle."""
    headline = article.front_title
    if not headline:
        headline = _take_first_line(article.blocks, article.markdown)
    headline = headline.lstrip("#").strip() or "Imported article"
    title, sep, subtitle = headline.partition(": ")
    if not sep or not title.strip() or not subtitle.strip():
        title, subtitle = headline, ""
    return Headline(headline, clip(title.strip(), 300), clip(subtitle.strip(), 300))


def _take_first_line(blocks: list[Block], markdown: bool) -> str:
    """The first block's first line (in Markdown, an early level-1 heading), removed from blocks."""
    first = blocks[0]
    if markdown and first.kind != "heading":
        h1 = next((b for b in blocks[:4] if b.kind == "heading" and b.level == 1), None)
        first = h1 or first
    headline = first.lines[0][1] if first.kind != "heading" else first.text
    headline = LIST_ITEM_RE.sub(r"\1", squash(headline))  # a title is plain words
    rest = first.lines[1:] if first.kind in ("para", "list", "bq") else []
    idx = next(i for i, b in enumerate(blocks) if b is first)
    blocks[idx:idx + 1] = [Block(first.kind, rest, written=first.written[1:])] if rest else []
    return headline


def take_contents(blocks: list[Block]) -> list[str]:
    """The entries of a table of contents (a 'Contents' line and the list under it), removed from
    blocks; [] when the article has none."""
    for i, b in enumerate(blocks[:-1]):
        if b.single and CONTENTS_RE.match(b.text) and blocks[i + 1].kind == "list":
            entries = [LIST_ITEM_RE.sub(r"\1", t).strip().rstrip(".") for _, t in blocks[i + 1].lines]
            entries = [re.sub(r"\s*\.{3,}\s*\d+$", "", t) for t in entries if t]
            del blocks[i:i + 2]
            return entries
    return []


# --- byline ---

MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
DATE_RE = re.compile(
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{MONTH}\s+\d{{4}})", re.I)
BYLINE_START_RE = re.compile(r"^(?:by|written by|words by|author:)\s+", re.I)
DATE_LEAD_RE = re.compile(r"^(?:published|posted|updated|last updated|date)?\s*(?:on|:)?\s*",
                          re.I)


def _byline(text: str) -> tuple[str, str] | None:
    """(author, date) from a line such as 'By Jane Doe | March 3, 2025', or None."""
    m = BYLINE_START_RE.match(text)
    if not m:
        return None
    rest = text[m.end():].strip()
    date = DATE_RE.search(rest)
    name = rest[:date.start()] if date else rest
    name = re.sub(r"[\s|,\u00b7\u2022\u2013\u2014-]*(?:published|posted|updated|on)?[\s:]*$",
                  "", name, flags=re.I).strip()
    if not name or len(words(name)) > 8 or not name[0].isupper():
        return None
    return name, date.group(0).strip() if date else ""


def take_byline(blocks: list[Block]) -> tuple[str, str]:
    """The article's author and date from a byline near its top ('By NAME | DATE', or 'By NAME'
    over a date line), taken out of the blocks; ('', '') when there is none."""
    for i, b in enumerate(blocks[:4]):
        if b.kind != "para" or not b.single:
            continue
        found = _byline(b.text)
        if found is None:
            continue
        author, date = found
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        taken = [i]
        if not date and following is not None and following.single and following.kind == "para":
            lead = DATE_LEAD_RE.sub("", following.text, count=1)
            if DATE_RE.fullmatch(lead.strip().rstrip(".")):
                date, taken = lead.strip().rstrip("."), [i, i + 1]
        for j in reversed(taken):
            del blocks[j]
        return author, date
    return "", ""

