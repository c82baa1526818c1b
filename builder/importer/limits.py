"""How much the importer writes: the outline format's own limits, and the importer's first-pass sizes.

Section, sub-section and quote counts are the outline schema's; lines and texts are kept a little
under the schema's (1,000 characters a line, 10,000 a text) so that a cut text with its added
ellipsis still fits.
"""
from builder.outline.schema import LIMITS, LINE

MAX_SECTIONS = LIMITS["sections"]
MAX_SUBSECTIONS = LIMITS["subsections"]
MAX_QUOTES = LIMITS["quotes"]
MAX_LINE = LINE.max_len - 100
MAX_TEXT = LIMITS["text"] - 500

# the importer's own first pass: a bullet is about 20 words, a section gets 5 bullets at most
MAX_WORDS = 20
MAX_BULLETS = 5
