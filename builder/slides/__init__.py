"""Stage 5c, the slides PDF: the deck's plan drawn with reportlab at the slide's size, so a deck
can be sent as a PDF (and previewed) without PowerPoint or LibreOffice. Beside the deck and the
report, importing neither: `document` draws each slide, `text` its text boxes, `frames` its
tables, charts and pictures."""
from builder.slides.document import write_slides_pdf

__all__ = ["write_slides_pdf"]
