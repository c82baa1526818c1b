"""What only the author can make accessible, found in the outline and warned at its line: an
image's (or a chart's) alternative text that says nothing, link text that says nothing, an
outline in another language than English that does not say which.

The language is guessed cheaply: over the outline's words, the share of English's commonest
words (English prose has one in four or five; another language, or another script, next to
none). Too few words to tell, and no warning."""
from __future__ import annotations

import re
from pathlib import PurePath

from builder.diagnostics import Collector, Loc
from builder.outline import model
from builder.outline.text import runs_of, texts

VACUOUS_ALT = frozenset(("image", "picture", "photo", "photograph", "graphic", "figure", "img",
                         "chart", "diagram", "icon", "logo", "screenshot", "alt", "alt text",
                         "placeholder", "untitled", "image of", "picture of"))
CAMERA_NAME = re.compile(r"(img|image|dsc|dscn|photo|pic|screenshot)[-_ ]?\d*|.+\.(png|jpe?g|gif|svg|webp)")
VACUOUS_LINK = frozenset(("click here", "here", "this", "link", "this link", "read more", "more",
                          "click", "go", "this page", "page", "website", "url"))
ENGLISH = frozenset("the of and to in a is that for on with as by are was it be from this at "
                    "has have an not or its will".split())
WORDS_TO_TELL = 60  # fewer words than this and the language is not guessed
ENGLISH_SHARE = 0.05  # below this share of English's commonest words, the text is not English


def check_accessible(outline: model.Outline, diags: Collector) -> None:
    where = outline.loc or Loc("outline", 1, 1)
    for section in outline.walk():
        for block in section.blocks:
            alt = getattr(block, "alt", "")
            if isinstance(block, model.Image) or alt:
                check_alt(alt, getattr(block, "file", ""), loc_of(alt, block.loc or where), diags)
    titles = {s.url: s.title for s in outline.sources if s.url and s.title}
    for value in texts(outline):
        for run in runs_of(value):
            if run.link:
                check_link(run.text, run.link, titles, loc_of(run, loc_of(value, where)), diags)
    if getattr(outline.language, "loc", None) is None and not looks_english(outline):
        diags.warning(where, "the outline's text does not look English, and it does not say its "
                      "language: add `language:` (a tag such as fr or de-CH) so that screen "
                      "readers speak it in the right voice", "language")


def loc_of(value, default: Loc) -> Loc:
    return getattr(value, "loc", None) or default


def check_alt(alt: str, file: str, loc: Loc, diags: Collector) -> None:
    """Alternative text that is empty in substance: a stock word, or a file's name."""
    said = alt.strip().lower().rstrip(".")
    names = {PurePath(file).name.lower(), PurePath(file).stem.lower()} if file else set()
    if not said or said in VACUOUS_ALT or said in names or CAMERA_NAME.fullmatch(said):
        diags.warning(loc, f"the alternative text {alt.strip()!r} does not say what the picture "
                      "shows; describe it for readers who cannot see it", "alt-text")


def check_link(text: str, target: str, titles: dict[str, str], loc: Loc, diags: Collector) -> None:
    """Link text that does not say where it leads."""
    said = text.strip().lower().rstrip(".:")
    if said in VACUOUS_LINK:
        diags.warning(loc, f"the link text {text.strip()!r} does not say where it leads; link "
                      "the words that name it", "link-text")
    elif target in titles and text.strip().rstrip("/") == target.rstrip("/"):
        diags.warning(loc, f"the link's text is its bare address; say where it leads, as the "
                      f"source's title does: {titles[target]!r}", "link-text")


def looks_english(outline: model.Outline) -> bool:
    joined = " ".join(map(str, texts(outline))).lower()
    # words never span the spaces joining the texts: the same words as text by text (in ASCII
    # text, a word's letters are a-z: the same words, found faster)
    words = re.findall(r"[a-z]+" if joined.isascii() else r"[^\W\d_]+", joined)
    if len(words) < WORDS_TO_TELL:
        return True
    return sum(w in ENGLISH for w in words) / len(words) >= ENGLISH_SHARE
