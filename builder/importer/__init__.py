"""`briefing import`: an article (text or Markdown) turned into a starting outline."""
from builder.importer.importer import ImportResult, import_article

__all__ = ["ImportResult", "import_article"]
