"""Text as the importer reads it: cleaned, squashed, and tested for being a heading, a sentence
or a call to comment (Markdown's emphasis and links are read in builder/importer/styled.py)."""
from __future__ import annotations

import re

# little words a Title Case heading leaves in lower case
MINOR = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "vs", "vs.", "via", "into", "onto", "over", "per", "than", "up", "off", "out",
    "is", "are", "be", "its", "it", "so", "yet", "de", "la", "le", "du", "von", "van", "al", "el",
}

LIST_ITEM_RE = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+(\S.*)$")
CALL_TO_COMMENT_RE = re.compile(
    r"in the comments|comments? (?:section )?below|leave (?:a|your) (?:comment|reply)|"
    r"\b(?:share|tell us|let us know|drop)\b.{0,40}\b(?:thoughts|perspectives?|views|opinions?|"
    r"comments?|what you think)\b|what (?:are|do) you think|what are your thoughts|"
    r"join the (?:conversation|discussion)|subscribe (?:to|for)|sign up (?:for|to)|"
    r"follow us on|explore our other articles|read more:|click here|"
    r"don(?:'|\u2019)t forget to (?:like|share|subscribe)", re.I)


def clean(text: str) -> str:
    """The text with one kind of newline and no characters YAML or the renderers refuse."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = re.sub(r"[\u0085\u2028\u2029]", "\n", text)
    text = text.replace("\t", "    ")
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff"
                  r"\ud800-\udfff]", "", text)


def squash(text: str) -> str:
    """Every run of white space one space, none at the ends."""
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return text.split()


def heading_key(text: str) -> str:
    """A heading's comparison key: case, quotes, dashes and punctuation ignored."""
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[^\w\s'-]", " ", text)
    return squash(text)


def is_title_case(text: str) -> bool:
    """Whether at least three in four of the text's significant words start with a capital."""
    found = [w.strip("\"'\u201c\u201d\u2018\u2019()[]:,;") for w in words(text)]
    found = [w for w in found if w and w not in ("-", "&", "\u2013", "\u2014", "|", "/")]
    if not found or not (found[0][0].isupper() or found[0][0].isdigit()):
        return False
    significant = [w for w in found if w.lower() not in MINOR]
    if not significant:
        return False
    capital = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capital / len(significant) >= 0.75


def looks_like_heading(text: str) -> bool:
    """A short Title Case line, not a sentence, not a list item: probably a heading."""
    text = text.strip()
    found = words(text)
    if not found or len(found) > 14 or len(text) > 110:
        return False
    if LIST_ITEM_RE.match(text) or text[0] in "\"'\u201c\u2018(" or re.search(r"https?://", text):
        return False
    if re.search(r"[.,;!\u2026]$", text) or (text.endswith("?") and len(found) > 10):
        return False
    if text.endswith(":") or CALL_TO_COMMENT_RE.search(text):
        return False
    return is_title_case(text)


def ends_a_sentence(text: str) -> bool:
    """Whether the text is at least four words and ends with a sentence's closing mark."""
    return bool(re.search(r"[.!?\u2026][\"'\u201d\u2019)]*$", text.strip())) and len(words(text)) >= 4


def is_call_to_comment(sentence: str) -> bool:
    """A call to comment, share or subscribe (not when it is inside a quotation)."""
    return bool(CALL_TO_COMMENT_RE.search(sentence)) and not re.search(r'["\u201c\u201d]', sentence)
