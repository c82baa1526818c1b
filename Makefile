# make decks: set up .venv and build the deck and report from outline.yaml into decks/
# make test:  set up .venv and run every test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: decks test setup fonts clean schema bench showcase templates-pictures
.DEFAULT_GOAL := decks

decks: setup fonts
	$(PY) -m builder build outline.yaml --out-dir decks

test: setup fonts
	$(PY) -m pytest -q -n auto --dist loadfile

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# (setuptools warns in a box on every editable install that folders named like the package
	# may shadow it; nothing here does, so the box is not shown)
	PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

bench: setup fonts  # medians of several cold runs, ratios against references; writes bench/results.json
	$(PY) bench/run.py

showcase: setup fonts  # builds the showcase and the article's forms, refreshes the README's pictures
	$(PY) -m builder build examples/showcase.yaml --out-dir build/showcase --preview
	mkdir -p docs/showcase
	cp build/showcase/showcase-preview/slides-sheet.png build/showcase/showcase-preview/pages-sheet.png docs/showcase/
	rm -rf build/article build/article-exec
	$(PY) -m builder build outline.yaml --out-dir build/article --format slides --format handout --preview
	cp build/article/russia-iran-security-pact-preview/slides-sheet.png docs/showcase/article-slides-sheet.png
	pdftoppm -png -r 60 -f 4 -l 4 -singlefile build/article/russia-iran-security-pact-handout.pdf docs/showcase/article-handout-page
	$(PY) -m builder build outline.yaml --out-dir build/article-exec --variant exec --format slides --preview
	cp build/article-exec/russia-iran-security-pact-exec-preview/slides-sheet.png docs/showcase/article-exec-slides-sheet.png
	$(PY) -c "import sys; from PIL import Image; [Image.open(p).convert('RGB').quantize(64).save(p, optimize=True) for p in sys.argv[1:]]" docs/showcase/article-*.png

# the article on two of ../shared/templates/, deck and report side by side in the README
TEMPLATES_DIR ?= ../shared/templates
PICTURE_TEMPLATES ?= unhcr_unhcrdown_16x9_en.pptx forlegal_4x3_cs-en.pptx
LOOK ?= ../shared/tools/look
templates-pictures: setup fonts  # rebuilds the article on each and refreshes docs/templates/*.png
	@test -d $(TEMPLATES_DIR) || { echo "no templates at $(TEMPLATES_DIR)" >&2; exit 1; }
	mkdir -p docs/templates
	set -e; for t in $(PICTURE_TEMPLATES); do \
	  name=$${t%.*}; out=build/templates/$$name; rm -rf $$out; \
	  $(PY) -m builder build outline.yaml --template $(TEMPLATES_DIR)/$$t --out-dir $$out; \
	  $(LOOK) $$out/*.pptx $$out/slides >/dev/null; $(LOOK) $$out/*.pdf $$out/pages >/dev/null; \
	  cp $$out/slides/sheet.png docs/templates/$$name-slides.png; \
	  cp $$out/pages/sheet.png docs/templates/$$name-pages.png; \
	done
	$(PY) -c "import sys; from PIL import Image; [Image.open(p).convert('RGB').reduce(2).save(p, optimize=True) for p in sys.argv[1:]]" docs/templates/*.png

schema: setup
	$(PY) -m builder schema > outline.schema.json

fonts:
	@sh scripts/ensure-fonts

clean:
	rm -rf $(VENV) decks/*.pptx decks/*.pdf
