"""Stage 3, measuring: widths and line breaks with the metrics of the fonts the PDF embeds."""
from builder.measure.text import Measurer, column_widths

__all__ = ["Measurer", "column_widths"]
