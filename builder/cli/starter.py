"""`briefing new`: a small, valid, commented starter outline that shows each feature once."""

STARTER = '''\
# yaml-language-server: $schema=./outline.schema.json
# A briefing outline. Build it with:  briefing build {name}
# Every value is text as you type it; the full format is in docs/outline-format.md
# outline.schema.json beside it lets your editor complete keys (`briefing schema` prints it).

title: "Title of the briefing"
subtitle: "A line under the title"              # optional
short_title: "Short title"                      # optional: footers and running header
author: "Your name or team"                     # optional
organisation: "Your organisation"               # optional
date: "1 January 2027"                          # optional, shown as written
marking: "UNCLASSIFIED"                         # optional: top and bottom of every slide and page
page_size: "A4"                                 # optional: A4 or Letter
introduction: >-
  An optional paragraph that opens the report.

# The bottom line up front: one line each.
key_judgments:
  - "The first thing the reader must know."
  - "The second thing the reader must know."

sections:
  - title: "A first section"
    takeaway: "One line: the point of this section."
    bullets:                                    # a briefing bullet is a line, not a paragraph
      - "A first point"
      - "A second point"
    summary: >-
      A short prose summary for the report. Separate paragraphs with a blank line.
    notes: >-
      What the presenter says on this slide (the speaker notes).
    quotes:
      - text: "The words, without quotation marks"
        by: "Who said it"
        role: "Their role"                      # optional
        via: "Where it was reported"            # optional, for second-hand quotes
    timeline:
      title: "Key dates"
      events:
        - when: "2001"
          what: "Something happened"
          detail: "An optional line of detail"
        - when: "Pending"
          what: "What comes next"
    subsections:
      - title: "A sub-section"
        takeaway: "Sub-sections take the same keys as sections."
        table:
          title: "A table"
          columns: ["Area", "Status"]
          rows:
            - ["First area", "Under way"]
            - ["Second area", "Planned"]
      - title: "A paraphrase"
        quotes:
          - text: "A paraphrase is shown without quotation marks."
            by: "An expert"
            paraphrase: true

sources:
  - title: "The source this briefing is based on"
    publisher: "Who published it"               # optional
    url: "https://example.org/source"           # optional: http, https or mailto
'''


def starter(name: str) -> str:
    return STARTER.replace("{name}", name)
