"""Stage 4, the deck's layout: the model and theme in, a plan of boxes in points out."""
