"""Stage 1b, the template: a .pptx or .potx read as data (its package, masters, layouts,
placeholders, slide size, theme), before the theme, layout and deck use it."""
