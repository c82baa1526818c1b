"""Stage 5c, the slides PDF: the deck's plan drawn with reportlab at the slide's size, so a deck
can be sent as a PDF (and previewed) without PowerPoint or LibreOffice. Beside the deck and the
report, importing neither: `document` draws each slide, `text` its text boxes, `frames` its
tables, charts and pictures; `handout`
puts each slide with its speaker notes on the report's pages."""
from builder.slides.document import write_slides_pdf
from builder.slides.handout import write_handout_pdf

__all__ = ["write_handout_pdf", "write_slides_pdf"]
