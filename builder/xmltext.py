"""Escaping text for XML and reportlab's paragraph markup (xml.sax.saxutils would import
urllib and http.client: a fifth of our start-up time, for three replacements)."""


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    return '"' + escape(text).replace('"', "&quot;") + '"'
