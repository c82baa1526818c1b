"""Paragraph fragments made without reportlab's markup parser, where it would make the same.

*A paragraph's runs.* A paragraph with emphasis, a link or a citation is markup
(`builder.report.text`) that the parser reads with Python's HTML parser: a tenth of the
article's report. Its fragments depend on its shape — its tags and their attributes — and on its
texts: the shape, with a placeholder for each text and each link's target or anchor's name, is
parsed once per style, and each paragraph of that shape gets copies of those fragments with its
own texts and values. Markup the parser could read otherwise (an entity, which it makes a
fragment of its own; a shape not parsed to one fragment per text) is parsed as before.

*A contents entry.*
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
TAG = re.compile(r"(<[^>]*>)")
VALUE = re.compile(r'\b(href|name)="([^"]*)"')  # a link's target, an anchor's name
VALUE_HOLDER = re.compile(r"#?v[0-9]+")
_SHAPES: WeakKeyDictionary = WeakKeyDictionary()  # style → {shape: its fragments, or None}
_SHAPES_KEPT = 2000  # shapes per style (a long watch session's: start again)


def parse(markup: str, style) -> tuple:
    """What a Paragraph's own parse makes of `markup` in `style`: its style, fragments and
    bullet's fragments."""
    parser = ParaParser()
    parser.caseSensitive = 1  # as Paragraph parses
    return parser.parse(markup, style)


def markup_frags(text: str, style) -> list | None:
    """The fragments the parser makes in `style` of a paragraph's markup `text` (cleaned as
    platypus cleans a paragraph's text), or None where it must be parsed."""
    if "&" in text:
        return None
    texts: list[str] = []
    values: list[str] = []

    def hold(match) -> str:  # a value's placeholder keeps an internal link's '#'
        values.append(match.group(2))
        mark = "#" if match.group(2).startswith("#") else ""
        return f'{match.group(1)}="{mark}v{len(values) - 1}"'

    shape = []
    for i, part in enumerate(TAG.split(text)):
        if i % 2:
            shape.append(VALUE.sub(hold, part))
        elif part:
            shape.append(f"t{len(texts)}x")
            texts.append(part)
    template = _shape(style, "".join(shape), len(texts))
    if template is None:
        return None
    frags = [_filled(frag, texts, values) for frag in template]
    textTransformFrags(frags, style)
    return frags


def _filled(frag, texts: list[str], values: list[str]):
    """A copy of a shape's fragment with the paragraph's own text and values."""
    out = _copy(frag)
    if out.text:
        out.text = texts[int(out.text[1:-1])]
    out.link = [(n, _value(href, values)) for n, href in out.link]
    out.us_lines = list(out.us_lines)
    if hasattr(out, "cbDefn"):
        out.cbDefn = _copy(out.cbDefn)
        out.cbDefn.name = _value(out.cbDefn.name, values)
    return out


def _value(placeholder: str, values: list[str]) -> str:
    return values[int(placeholder.lstrip("#")[1:])]


def _shape(style, shape: str, count: int) -> list | None:
    """A shape's fragments as the parser makes them in `style` (None where it does not make
    each of the `count` texts one fragment, in order, and keep each value's placeholder)."""
    shapes = _SHAPES.setdefault(style, {})
    if shape not in shapes:
        if len(shapes) >= _SHAPES_KEPT:
            shapes.clear()
        try:
            parsed_style, frags, bullet = parse(shape, style)
        except ValueError:  # markup it cannot read: the paragraph's own parse says why
            shapes[shape] = None
            return None
        ok = (parsed_style is style and frags and not bullet
              and [f.text for f in frags if f.text] == [f"t{n}x" for n in range(count)]
              and _values_held(frags))
        shapes[shape] = frags if ok else None
    return shapes[shape]


def _values_held(frags) -> bool:
    """Whether every link's target and anchor's name is a placeholder, and every callback an
    anchor."""
    anchors = [f.cbDefn for f in frags if hasattr(f, "cbDefn")]
    held = [getattr(a, "name", None) for a in anchors] + [h for f in frags for _, h in f.link]
    return (all(getattr(a, "kind", "") == "anchor" for a in anchors)
            and all(isinstance(v, str) and VALUE_HOLDER.fullmatch(v) for v in held))


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
        parsed_style, frags, bullet = parse(entry_markup("x", "k", callback, 0), style)
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
