# `make run` and `make test` are all a newcomer needs: each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?=

.DEFAULT_GOAL := help
# One .ts per signer language; tabling_en.ts holds only English plural forms ("1 letter").
EN_TS  := resources/translations/tabling_en.ts
TS     := $(filter-out $(EN_TS),$(wildcard resources/translations/*.ts))
QM     := $(TS:.ts=.qm) $(EN_TS:.ts=.qm)
LUPDATE_SOURCES = $$(find desktop/gui -name '*.py' | sort) desktop/signin/fields.py

.PHONY: help run test lint typecheck pytest bench data lock clean translations lupdate screenshot
.PHONY: bundle bundle-check

help: ## list the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## /{printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP) translations ## set up, then start the app (ARGS="lookup --town Hyannis" for another command)
	$(BIN)/tabling $(ARGS)

test: lint typecheck pytest ## set up, then lint, type-check and run every test

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy (strict) on the whole package, desktop/gui/ included
	$(BIN)/mypy

pytest: $(STAMP) translations ## the test suite alone
	$(BIN)/pytest

bench: $(STAMP) ## speed measurements, each beside a baseline from the same run
	$(BIN)/python -m benchmarks

translations: $(QM) ## build the .qm files Qt loads from the committed .ts sources

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# lupdate refuses to update a file in a language it has no plural rules for (Haitian
# Creole): it is told the file is Vietnamese (no plural forms either) for the run. The
# English file gets the counted messages only (-pluralonly), to be given their two forms.
lupdate: $(STAMP) ## refresh the .ts sources from the tr() strings in desktop/gui/ and the field labels
	sed -i 's/language="ht_HT"/language="vi_VN"/' resources/translations/tabling_ht.ts
	$(BIN)/pyside6-lupdate $(LUPDATE_SOURCES) -no-obsolete -ts $(TS); \
	status=$$?; sed -i 's/language="vi_VN"/language="ht_HT"/' resources/translations/tabling_ht.ts; \
	exit $$status
	$(BIN)/pyside6-lupdate $(LUPDATE_SOURCES) -no-obsolete -pluralonly -ts $(EN_TS)

data: $(STAMP) ## rebuild data/districts.sqlite from ../shared/data/ma
	$(BIN)/tabling data build

lock: $(STAMP) ## rewrite constraints.txt from what .venv has
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^tabling' > constraints.txt.new
	mv constraints.txt.new constraints.txt

screenshot: $(STAMP) translations ## redraw docs/signin-form.png for the README
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/signin-form.png

# The desktop bundle (build.spec): one folder for volunteers, no Python needed. On Linux
# PyInstaller needs binutils (objcopy), and the bundle needs a glibc at least as new as
# the build machine's: build on the oldest Linux it must run on.
BUNDLE := dist/tabling

bundle: $(STAMP) translations ## build the desktop bundle dist/tabling/ with PyInstaller
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	du -sh $(BUNDLE)

# From / with a bare environment: the bundle must work with the source tree out of sight.
# tabling-cli is the console executable where there is one (Windows, macOS builds).
bundle-check: ## run the built bundle's --self-check, away from the source tree
	@cli=$(CURDIR)/$(BUNDLE)/tabling-cli; [ -x "$$cli" ] || cli=$(CURDIR)/$(BUNDLE)/tabling; \
	cd / && env -i HOME="$$HOME" PATH=/usr/bin:/bin LANG="$${LANG:-C.UTF-8}" \
	    QT_QPA_PLATFORM=offscreen "$$cli" --self-check

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
