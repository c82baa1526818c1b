"""Stage 5b, the report: the model written as a PDF with reportlab, in the same theme."""
