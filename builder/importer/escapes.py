"""Which characters of a text the outline would read as markup, so that only those get a backslash.

The text is read with the outline's rules (markdown-it-py's "zero" preset with emphasis, links and
backslash escapes, as in builder/outline/markup.py), each delimiter's place in the text recorded,
so the importer knows which `*`, `_` and `[` paired up; a citation is its `[@…]`; a backslash
before punctuation would escape it. What is written is read back by the outline's own parser
all the same (builder/importer/marked.py): this only decides where the backslashes go.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

from builder.outline.markup import CITATION

BACKSLASH = re.compile(r"\\(?=[%s])" % re.escape(string.punctuation))  # escapes what follows
OPENING = ("em_open", "strong_open", "link_open")
CLOSING = ("em_close", "strong_close", "link_close")


def _tracked(rule, first_only: bool):
    """The inline rule, recording where in the text each token it makes starts (its `at`)."""
    def track(state, silent):
        if not silent and state.pending:
            state.pushPending()  # so the rule's own tokens are the ones after `before`
        before, at = len(state.tokens), state.pos
        found = rule(state, silent)
        if found and not silent:
            made = state.tokens[before:before + 1] if first_only else state.tokens[before:]
            for k, token in enumerate(made):
                token.meta = {**(token.meta or {}), "at": at + k}
        return found
    return track


@lru_cache(maxsize=1)
def _reader():
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import emphasis, link

    md = MarkdownIt("zero").enable(["emphasis", "link", "escape"])
    md.core.ruler.disable("text_join")
    md.inline.ruler2.disable("fragments_join")  # every delimiter stays a token of its own
    md.validateLink = lambda url: True
    md.normalizeLink = lambda url: url
    md.inline.ruler.at("emphasis", _tracked(emphasis.tokenize, first_only=False))
    md.inline.ruler.at("link", _tracked(link, first_only=True))
    return md


def pairs(value: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Where each emphasis or link the outline reads in `value` opens and closes: the places of
    its opening and closing delimiters (a link's closing is its `](…)`, given as none)."""
    out: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    opened: list[tuple[int, ...]] = []
    for token in _reader().parseInline(value)[0].children or ():
        at = (token.meta or {}).get("at", -1)
        strong = token.type.startswith("strong")
        if token.type in OPENING:
            opened.append((at - 1, at) if strong else (at,))  # `**`: its first `*` is emptied text
        elif token.type in CLOSING and opened:
            out.append((opened.pop(), () if token.type == "link_close"
                        else (at, at + 1) if strong else (at,)))
    return out


def needed(value: str, owner: list, escaped: set) -> set:
    """The text characters of `value` (by `owner`, each written character's place in the text, or
    None for a marker or a backslash) to escape so that the outline reads no markup of theirs."""
    more = set()
    for opening, closing in pairs(value):
        for group in (opening, closing):
            spots = [owner[i] for i in group if 0 <= i < len(owner)]
            if spots and all(spots):  # a delimiter run wholly in the text: escape it
                more.update(spots)
                break
        else:
            more.update(owner[i] for i in opening + closing if 0 <= i < len(owner) and owner[i])
    for match in CITATION.finditer(value):
        spot = owner[match.start()]
        if spot and spot not in escaped:
            more.add(spot)
    for match in BACKSLASH.finditer(value):
        spot = owner[match.start()]
        if spot and spot not in escaped:
            more.add(spot)
    return more - escaped
