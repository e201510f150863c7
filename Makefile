# report-auditor: install, demo, test, lint, bench.
# Everything installs into .venv; torch comes first, pinned, so pip takes the CPU wheel.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: heldout pfd install demo test lint format bench bad-files corpus eval blocked-names clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "report-auditor needs Python 3.11, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/auditor demo

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/corpus_generate.py

# A 2,000-document corpus and its evaluation (figures quoted in the issue notes).
CORPUS ?= build/corpus
corpus: install
	$(BIN)/auditor corpus generate --n 2000 --seed 1 --out $(CORPUS) --force

eval: install
	$(BIN)/auditor eval $(CORPUS) --split test --cross-voice

heldout: install
	$(BIN)/auditor eval --heldout tests/checks/heldout/test

pfd: install
	$(BIN)/python bench/pfd_road_traffic.py

# Hashes of the real names in ../shared/data that the generator must never produce.
blocked-names: install
	$(BIN)/python -m corpus.real_names

bad-files: install
	$(BIN)/python tests/extractors/make_bad_files.py
	$(BIN)/python tests/extractors/make_bad_pdfs.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build
