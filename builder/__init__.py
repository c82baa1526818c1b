"""briefing: one YAML outline in, a PPTX briefing deck and a PDF report out, in one theme."""

__version__ = "0.1.0"
