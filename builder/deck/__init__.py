"""Stage 5a, the deck: a layout plan written into a PresentationML package."""
