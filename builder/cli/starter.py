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
# theme: "themes/house.yaml"                    # optional: a theme file with your palette and
#                                               # typeface (see docs/outline-format.md#theme-files)
# template: "house.potx"                        # optional: build the deck on your PowerPoint template
introduction: >-
  An optional paragraph that opens the report.

# The bottom line up front: one line each.
key_judgments:
  - "The first thing the reader must know, with **emphasis** where it matters."
  - text: "The second thing the reader must know, as a judgment."
    confidence: "moderate"                      # optional: low, moderate or high, said in words
    basis: ["source"]                           # optional: the sources it rests on (their id)

sections:
  - title: "A first section"
    takeaway: "One line: the point of this section."
    bullets:                                    # a briefing bullet is a line, not a paragraph
      - "A first point, citing its source [@source]"
      - "A second point with a [link](https://example.org)"
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
    blocks:                                     # charts, comparisons, callouts and images
      - chart:
          kind: "column"                        # column, bar, stacked-column, stacked-bar,
          title: "A chart"                      # line, pie or doughnut
          categories: ["2023", "2024"]
          series:
            - name: "Exports"
              values: [3.1, 4.4]
          source: "Where the numbers come from"
      - comparison:
          left: {title: "Before", bullets: ["One way"]}
          right: {title: "After", bullets: ["Another way"]}
      - callout:
          kind: "assessment"                    # key-fact, warning or assessment
          text: "What we judge, and how sure we are."
          confidence: "high"
          show: "report"                        # optional: deck, report or both (default)
      # - image:                                # a PNG or JPEG beside the outline
      #     file: "picture.png"
      #     alt: "What the picture shows, for readers who cannot see it"
      #     caption: "A caption"
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
  - id: "source"                                # optional: cite it in a text as [@source]
    title: "The source this briefing is based on"
    publisher: "Who published it"               # optional
    url: "https://example.org/source"           # optional: http, https or mailto
'''


def starter(name: str) -> str:
    return STARTER.replace("{name}", name)
