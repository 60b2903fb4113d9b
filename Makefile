# One command for each thing a newcomer wants; each sets up what it needs first.
#
#   make site     build the handbook from the bundled corpus into build/site
#   make serve    the same, live at http://127.0.0.1:8000/ (rebuilds on edits)
#   make offline  a copy that works opened straight from disk (file://)
#   make test     the whole test suite, browser tests included
#   make fuzz     the property tests with fresh examples, 10,000 each (a few minutes)
#
# Needs Python 3.11+ (PYTHON=python3.12 to choose one), and for `make test`
# also npm and Debian's chromium at /usr/bin/chromium (.ci/run installs it).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BROWSER_TESTS := tests/browser

.PHONY: site serve offline test fuzz clean

site: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

offline: $(VENV)/.installed
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml

test: $(VENV)/.installed-test $(BROWSER_TESTS)/node_modules/.package-lock.json
	$(BIN)/pytest

# The suite draws the same examples every run (tests/conftest.py); this looks for new failures.
fuzz: $(VENV)/.installed-test
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -m property

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "clausebook needs Python 3.11 or later; try: make $(MAKECMDGOALS) PYTHON=python3.12" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

$(BROWSER_TESTS)/node_modules/.package-lock.json: $(BROWSER_TESTS)/package-lock.json
	cd $(BROWSER_TESTS) && npm ci --no-audit --no-fund

clean:
	rm -rf build site $(BROWSER_TESTS)/node_modules
