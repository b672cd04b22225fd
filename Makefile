# Dispatches: `make run` serves the archive with the samples ingested; `make test` runs every test;
# `make test-fast` runs all but the browser and slow tests, in parallel, while you work.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DATA_DIR := $(or $(DISPATCHES_DATA_DIR),data)
INDEX_DIR := $(or $(DISPATCHES_INDEX_DIR),$(DATA_DIR)/whoosh_index)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run test test-fast test-postgres lint format bench bench-quality bench-speed browser-deps clean

# `install` is what runs the archive (requirements.txt); `install-dev` adds the test and lint tools
# (requirements-dev.txt), so its stamp depends on both files.
install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ensure_search_index
	$(PY) manage.py ingest samples/
	$(PY) manage.py reattribute
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev browser-deps
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports --no-logo
	DJANGO_SETTINGS_MODULE=archive.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest --durations=15

# The loop while developing: no browser, crash or slow tests, spread over every core.
test-fast: install-dev
	$(PY) -m pytest -m "not browser and not crash and not slow" -n auto --durations=15

# Browser tests drive Debian's Chromium through Playwright; install it when missing.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: install-dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: bench-quality bench-speed

bench-quality: install
	$(PY) -m benchmarks.extraction
	$(PY) -m benchmarks.html_extraction
	$(PY) -m benchmarks.quotes
	$(PY) -m benchmarks.outlets
	$(PY) -m benchmarks.other_coverage
	$(PY) -m benchmarks.speakers --split all

bench-speed: install
	$(PY) -m benchmarks.search
	$(PY) -m benchmarks.admin_save

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .import_linter_cache

# The whole suite on PostgreSQL: needs a server and a role allowed to create databases, e.g.
#   make test-postgres PG_URL=postgres://dispatches:dispatches@127.0.0.1:5432/dispatches
PG_URL ?= postgres://dispatches:dispatches@127.0.0.1:5432/dispatches
test-postgres: install-dev browser-deps
	DISPATCHES_TEST_DATABASE_URL=$(PG_URL) $(PY) -m pytest --durations=15
