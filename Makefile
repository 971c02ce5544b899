# `make run` and `make test` are all a newcomer needs: each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?= lookup

.DEFAULT_GOAL := help
.PHONY: help run test lint typecheck pytest bench data lock clean

help: ## list the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## /{printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP) ## set up, then run the app (ARGS="lookup --town Dorchester" to choose)
	$(BIN)/tabling $(ARGS)

test: lint typecheck pytest ## set up, then lint, type-check and run every test

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy on everything outside desktop/gui/
	$(BIN)/mypy

pytest: $(STAMP) ## the test suite alone
	$(BIN)/pytest

bench: $(STAMP) ## speed measurements, each beside a baseline from the same run
	$(BIN)/python -m benchmarks

data: $(STAMP) ## rebuild data/districts.sqlite from ../shared/data/ma
	$(BIN)/tabling data build

lock: $(STAMP) ## rewrite constraints.txt from what .venv has
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^tabling' > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
