"""A contents entry's paragraph fragments made without reportlab's markup parser.

An entry is its label linked to its heading, then the callback that draws its leader and page
number: `<a href="#KEY">LABEL</a><onDraw name="NAME" label="INDEX"/>`. Parsing that markup is
most of the cost of a contents of a thousand entries, and it parses, in a given style, to the
same two fragments but for the label, the target and the index: the fragments of one entry
parsed once per style are copied with those three changed. A label or key that the parser would
read differently (markup, an entity, a key or white space an attribute would change) is parsed
as before."""
from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

KEY = re.compile(r"[A-Za-z0-9._-]+")  # a key the parser reads as written
_PARSED: WeakKeyDictionary = WeakKeyDictionary()  # style → an entry's fragments parsed in it


def entry_markup(label: str, key: str, callback: str, index: int) -> str:
    """An entry's markup: `label` (markup already) linked to the anchor `key`, then the named
    callback with the entry's index."""
    head, tail = _around(key, callback, index)
    return head + label + tail


def _around(key: str, callback: str, index: int) -> tuple[str, str]:
    """The markup before an entry's label and after it."""
    return f'<a href="#{key}">', f'</a><onDraw name="{callback}" label="{index}"/>'


def entry_frags(text: str, key: str, callback: str, index: int, style) -> list | None:
    """The fragments the parser makes in `style` of an entry's markup `text` (cleaned as
    platypus cleans a paragraph's text: runs of white space made one space), or None where
    they must be parsed."""
    head, tail = _around(key, callback, index)
    label = text[len(head):len(text) - len(tail)]
    if (not text.startswith(head) or not text.endswith(tail) or not label
            or label != label.strip() or "<" in label or "&" in label or '"' in callback
            or not KEY.fullmatch(key)):
        return None
    parsed = _parsed(style, callback)
    if parsed is None:
        return None
    link, end = (_copy(f) for f in parsed)
    link.text, link.link, link.us_lines = label, [(0, "#" + key)], []
    end.link, end.us_lines = [], []
    end.cbDefn = _copy(end.cbDefn)
    end.cbDefn.label = str(index)
    frags = [link, end]
    textTransformFrags(frags, style)
    return frags


def _parsed(style, callback: str):
    """An entry's two fragments as the parser makes them in `style` (None where it makes
    anything else of an entry)."""
    parsed = _PARSED.setdefault(style, {})
    if callback not in parsed:
        parser = ParaParser()
        parser.caseSensitive = 1  # as Paragraph parses
        parsed_style, frags, bullet = parser.parse(entry_markup("x", "k", callback, 0), style)
        ok = (parsed_style is style and frags and len(frags) == 2 and not bullet
              and frags[0].text == "x" and frags[0].link == [(0, "#k")]
              and frags[0].us_lines == [] and frags[1].text == "" and frags[1].link == []
              and frags[1].us_lines == [] and not hasattr(frags[0], "cbDefn")
              and frags[1].cbDefn.__dict__ == {"name": callback, "label": "0", "kind": "onDraw"})
        parsed[callback] = frags if ok else None
    return parsed[callback]


def _copy(frag):
    """A copy of a fragment (or a callback's definition), as copy.copy makes it."""
    out = frag.__class__.__new__(frag.__class__)
    out.__dict__.update(frag.__dict__)
    return out
