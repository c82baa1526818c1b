"""Stage 5b, the report: the model written as a PDF with reportlab, in the same theme.

`document` builds it from `story` (cover, contents, judgments, sections, sources), with one
builder per content block in `blocks/`; `furniture`, `contents` and `tagging` finish the pages
from what the build records; `text` is the one way outline text becomes paragraph markup."""
from builder.report.document import write_pdf

__all__ = ["write_pdf"]
