"""Page debris: what a web page puts around an article (link lists, map and image captions,
bylines, calls to comment, lines after the article's end). It is left out and listed."""
from __future__ import annotations

import re

from builder.importer.reader import CONTENTS_RE, Block
from builder.importer.sentences import clip, sentences
from builder.importer.styled import carry, join
from builder.importer.text import ends_a_sentence, heading_key, is_call_to_comment, is_title_case, words

CAPTION_START_RE = re.compile(r"^(?:map|maps|image|images|photo|photos|photograph|picture|"
                              r"figure|fig\.|source|credit|credits|caption|illustration|"
                              r"video|watch)\b", re.I)
SITE_WORDS_RE = re.compile(r"\b(?:guide|world|wikipedia|news|times|department|ministry|reuters|"
                           r"getty|images?|photos?|shutterstock|alamy|atlas|maps?|encyclopedia|"
                           r"britannica|travel|tourism|official site)\b|\.(?:com|org|net|gov)\b",
                           re.I)
BYLINE_RE = re.compile(r"^(?:by|written by|posted by|published|updated|last updated|posted)\b"
                       r"[\s:]", re.I)
JOIN_RE = re.compile(r"\s[-\u2013\u2014|]\s")  # ' - ', ' | ': a caption's text and its source


def caption_kind(text: str, trailing: bool) -> str | None:
    """What kind of caption a one-line paragraph is ('map caption', 'image caption', 'caption'),
    or None; after the article's end (`trailing`) any line is one ('trailing line' at least)."""
    has_join = bool(JOIN_RE.search(text))
    looks_like_caption = (CAPTION_START_RE.match(text) or " | " in text or (
        has_join and SITE_WORDS_RE.search(JOIN_RE.split(text, maxsplit=1)[-1])))
    if not looks_like_caption and not trailing:
        return None
    if re.search(r"\bmaps?\b", text, re.I):
        return "map caption"
    if re.search(r"\b(?:image|photo|photograph|picture|illustration)\b", text, re.I):
        return "image caption"
    if has_join or CAPTION_START_RE.match(text):
        return "caption"
    return "trailing line"


def is_link_list(block: Block) -> bool:
    """Mostly Markdown links, or three or more short Title Case items with no sentence among them."""
    items = [t for _, t in block.lines]
    if block.links and block.links >= len(items) / 2:
        return True
    if len(items) < 3:
        return False
    short = [t for t in items if len(words(t)) <= 8 and not re.search(r"[.!?;:]$", t)]
    title = [t for t in short if is_title_case(t)]
    return len(short) == len(items) and len(title) >= 0.6 * len(items)


def _link_list_note(block: Block, before: int) -> str:
    items = [t for _, t in block.lines]
    shown = ", ".join(f"'{clip(t, 60)}'" for t in items[:6]) + (", \u2026" if len(items) > 6 else "")
    where = f"after line {before}" if before else f"at line {block.line}"
    return f"link list of {len(items)} items {where}: {shown}"


def drop_calls_to_comment(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The blocks with every sentence that calls to comment taken out of their paragraphs."""
    kept: list[Block] = []
    for b in blocks:
        if b.kind == "para":
            found = sentences(b.text)
            calls = [s for s in found if is_call_to_comment(s)]
            if calls:
                dropped.append(f"comment call-to-action '{clip(calls[0], 60)}' (line {b.line})")
                rest = [s for s in found if not is_call_to_comment(s)]
                if not rest:
                    continue
                b = Block("para", [(b.line, join([carry(s, b.text) for s in rest]))])
        kept.append(b)
    return kept


def _is_article_text(b: Block) -> bool:
    return (b.kind == "para" and (ends_a_sentence(b.text) or len(words(b.text)) >= 12)) \
        or b.kind == "bq" or (b.kind == "list" and not is_link_list(b))


def _debris_note(b: Block, trailing: bool, contents_keys: set[str]) -> str | None:
    """What a single-line paragraph or heading is when it is debris (a note for the list), or None."""
    text = b.text
    kind = caption_kind(text, trailing and b.kind == "para")
    if kind and not CONTENTS_RE.match(text) and not (contents_keys and
                                                     heading_key(text) in contents_keys):
        return f"{kind} '{clip(text, 80)}' (line {b.line})"
    if BYLINE_RE.match(text) and len(words(text)) <= 12:
        return f"byline '{clip(text, 80)}' (line {b.line})"
    return None


def strip_debris(blocks: list[Block], contents_keys: set[str], dropped: list[str]) -> list[Block]:
    """The blocks without page debris; what was left out is added to `dropped`.

    `contents_keys` are the heading keys of the table of contents: a line that is one of them is
    a heading, never a caption."""
    blocks = drop_calls_to_comment(blocks, dropped)
    last = max((i for i, b in enumerate(blocks) if _is_article_text(b)), default=len(blocks) - 1)
    out: list[Block] = []
    prev_line = 0
    for i, b in enumerate(blocks):
        trailing = i > last
        note = None
        if b.kind == "image":
            label = f"'{clip(b.text, 80)}' " if b.text else ""
            note = f"image {label}(line {b.line})"
        elif b.kind == "list" and (trailing or is_link_list(b)):
            note = _link_list_note(b, prev_line)
        elif b.single and b.kind in ("para", "heading"):
            note = _debris_note(b, trailing, contents_keys)
        elif trailing and b.kind == "para" and len(words(b.text)) < 8:
            note = f"trailing line '{clip(b.text, 80)}' (line {b.line})"
        if note:
            dropped.append(note)
            continue
        out.append(b)
        prev_line = b.lines[-1][0]
    return out
