"""Sentences: where they start and end, and how a long one is cut to a bullet at a clause boundary."""
from __future__ import annotations

import re

from builder.importer.limits import MAX_LINE, MAX_WORDS
from builder.importer.text import squash, words

# a full stop after these does not end a sentence
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "est", "dept",
    "univ", "mt", "ft", "ave", "e.g", "i.e", "cf", "al",
}
# words that open a clause after a comma (a better place to cut)
SUBORDINATE = {
    "which", "while", "whereas", "although", "though", "because", "but", "who", "where", "whose",
    "as", "particularly", "especially", "including", "such", "with", "allowing", "making",
    "highlighting", "underscoring", "providing", "ensuring", "suggesting", "signalling",
    "signaling", "leaving", "meaning", "so", "yet", "since", "after", "before", "despite",
}
# a sentence starting with one of these opens with a phrase: its first comma is no place to cut
INTRO_WORDS = {
    "according", "born", "from", "despite", "although", "while", "when", "as", "after", "before",
    "beyond", "in", "for", "with", "given", "since", "unlike", "like", "amid", "following", "if",
    "because", "though", "whereas", "at", "by", "during", "under", "over", "through", "within",
    "without", "once", "until", "to", "on", "upon", "whether",
}
# a segment holding one of these is a subordinate clause still waiting for its main clause
SUBORDINATE_IN = {"while", "although", "though", "because", "if", "when", "whereas", "since",
                  "unless", "whether", "once", "until"}
# words a cut text must not end with
DANGLING = {
    "and", "or", "but", "the", "a", "an", "of", "to", "in", "with", "for", "which", "that", "as",
    "by", "on", "at", "from", "its", "their", "his", "her", "is", "are", "was", "were", "while",
    "whose", "who", "into", "such", "than", "both",
}
CLAUSE_WORDS = ("which", "while", "whereas", "although", "though", "because", "but")


def _is_abbreviation(token: str) -> bool:
    return token in ABBREVIATIONS or len(token) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w?", token))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never splits inside a double-quoted passage."""
    balanced = text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")
    spans, start = [], 0
    counted, straight, curly = 0, 0, 0  # quotation marks before `counted`
    for m in re.finditer(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+", text):
        nxt = text[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018(["):
            continue
        last = re.search(r"(\S+)\s*$", text[max(start, m.start() - 40):m.start()])
        token = last.group(1).lstrip("\"'\u201c\u2018([").lower() if last else ""
        if "." in m.group(0)[:1] and _is_abbreviation(token):
            continue
        if balanced:
            chunk = text[counted:m.end()]
            straight += chunk.count('"')
            curly += chunk.count("\u201c") - chunk.count("\u201d")
            counted = m.end()
            if straight % 2 or curly:
                continue
        end = m.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text) if text[a:b].strip()]


def _drop_unpaired(text: str, opening: str, closing: str) -> str:
    """Remove the last surplus `opening` (or `closing`) marks until both counts agree."""
    while text.count(opening) != text.count(closing):
        surplus = opening if text.count(opening) > text.count(closing) else closing
        i = text.rfind(surplus)
        text = text[:i] + text[i + 1:]
    return text


def _balance(text: str) -> str:
    """Unpaired quotation marks and brackets left by a cut removed."""
    if text.count('"') % 2:
        i = text.rfind('"')
        text = text[:i] + text[i + 1:]
    for opening, closing in (("\u201c", "\u201d"), ("(", ")")):
        text = _drop_unpaired(text, opening, closing)
    return squash(text.replace("( ", "(").replace(" )", ")"))


def _tidy_end(text: str) -> str:
    """Trailing punctuation and dangling little words removed."""
    while True:
        before = text
        text = re.sub(r"[\s,;:\u2014\u2013-]+$", "", text)
        found = text.split()
        if len(found) > 3 and found[-1].lower().strip("\"'\u201c\u201d") in DANGLING:
            text = " ".join(found[:-1])
        if text == before:
            return text


def shorten(sentence: str, period: bool, limit: int = MAX_WORDS) -> str:
    """The sentence cut to about `limit` words at a clause boundary (never mid-word); with
    `period` it ends with a full stop (a takeaway), without, it has none (a bullet)."""
    found = words(squash(sentence))
    if len(found) > limit:
        choice = _cut_point(found, limit)
        if choice:
            text = " ".join(found[:choice])
        elif len(found) <= limit + 3:
            text = " ".join(found)
        else:
            text = " ".join(found[:limit])
            return _tidy_end(_balance(_tidy_end(text))) + "\u2026"
    else:
        text = " ".join(found)
    text = _balance(_tidy_end(text))
    if period:
        text = re.sub(r"[,;:]+([\"\u201d\u2019)]*)$", r"\1", text)
        if not re.search(r"[.!?\u2026][\"\u201d\u2019)]*$", text):
            text += "."
    else:
        text = re.sub(r"[.,;:]+([\"\u201d\u2019)]*)$", r"\1", text)
    return text


def _bare(word: str) -> str:
    return word.lower().strip("\"'\u201c\u201d\u2018\u2019()[],;:.")


def _comma_cut(words_: list[str], kept: int, intro: bool) -> int | None:
    """How good a cut after the comma that ends `words_[kept - 1]` is (2 before a clause, 1 for
    another), or None where the comma opens a phrase, ends an aside, or separates list items."""
    head, prev, nxt = words_[:kept], words_[kept - 1], _bare(words_[kept])
    commas = [i for i, w in enumerate(head[:-1]) if w.endswith(",")]
    if intro or len(commas) % 2 or _bare(prev) in DANGLING:
        return None  # an opening phrase, the end of an aside, or a clause left open
    segment = head[commas[-1] + 1 if commas else 0:]
    following = []
    for w in words_[kept:]:
        following.append(w)
        if w.endswith((",", ";", ".")):
            break
    if len(segment) <= 3 or len(following) <= 3 or nxt in ("and", "or"):
        return None  # an item of a list
    if any(_bare(w) in SUBORDINATE_IN for w in segment):
        return None  # a subordinate clause waiting for its main clause
    return 2 if nxt in SUBORDINATE or nxt.endswith("ing") else 1


def _cut_point(words_: list[str], limit: int) -> int | None:
    """How many words to keep so the cut falls at a clause boundary, or None."""
    intro = _bare(words_[0]) in INTRO_WORDS
    found: dict[int, int] = {}  # how good a cut is → the most words kept with a cut that good
    for kept in range(min(limit, len(words_) - 1), 4, -1):
        prev, nxt = words_[kept - 1], _bare(words_[kept])
        if prev.endswith((";", ":")) or words_[kept] in ("\u2014", "\u2013", "-"):
            found.setdefault(3, kept)
        elif prev.endswith(","):
            priority = _comma_cut(words_, kept, intro)
            if priority is not None:
                found.setdefault(priority, kept)
        elif nxt in CLAUSE_WORDS:
            if nxt == "but" and "not only" in " ".join(words_[:kept]).lower():
                continue
            found.setdefault(1, kept)
    late = [(k, p) for p, k in found.items()]
    return (max((k for k, p in late if p >= 2 and k >= 10), default=None)
            or max((k for k, p in late if k >= 8), default=None)
            or (found[max(found)] if found else None))


def clip(text: str, limit: int = MAX_LINE) -> str:
    """The text cut at a word to at most `limit` characters, with an ellipsis where it was cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return _tidy_end(cut) + "\u2026"
