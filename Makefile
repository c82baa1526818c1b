# make decks: set up .venv and build the deck and report from outline.yaml into decks/
# make test:  set up .venv and run every test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: decks test setup fonts clean schema bench showcase
.DEFAULT_GOAL := decks

decks: setup fonts
	$(PY) -m builder build outline.yaml --out-dir decks

test: setup fonts
	$(PY) -m pytest -q

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

bench: setup fonts  # medians of several cold runs, ratios against references; writes bench/results.json
	$(PY) bench/run.py

showcase: setup fonts  # builds the showcase and refreshes the pictures the README shows
	$(PY) -m builder build examples/showcase.yaml --out-dir build/showcase --preview
	mkdir -p docs/showcase
	cp build/showcase/showcase-preview/slides-sheet.png build/showcase/showcase-preview/pages-sheet.png docs/showcase/

schema: setup
	$(PY) -m builder schema > outline.schema.json

fonts:
	@sh scripts/ensure-fonts

clean:
	rm -rf $(VENV) decks/*.pptx decks/*.pdf
