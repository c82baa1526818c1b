"""The report as a tagged PDF (PDF/UA): a structure tree in reading order, the page content
marked as belonging to it, and everything else marked as an artifact.

reportlab draws; this package marks what it draws, as it draws it. `tree` is the structure the
story builds in the outline's order (a `Node` per heading, paragraph, list item, cell, figure);
`flowables` wraps what platypus draws in marked content for its node; `canvas` keeps each page's
marked content (the whole page is an artifact but for what a node claims) and ties each link
annotation to a Link element; `write` turns the tree into the PDF's StructTreeRoot, ParentTree,
MarkInfo and XMP metadata when the build ends."""
from builder.report.tagging.tree import Node

__all__ = ["Node"]
