# One entry point. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
YEAR   ?=
# Variables reach the shell single-quoted (a ' inside becomes '\''), so YEAR='2020;touch x' is one
# argument that the CLI rejects as an unknown release; it never runs as a command.
quote   = '$(subst ','\'',$(1))'
YEARS  := $(if $(YEAR),--year $(call quote,$(YEAR)),)
FORCE  ?=
JOBS   ?=
BUILD_FLAGS := $(YEARS) $(if $(FORCE),--force,) $(if $(JOBS),--jobs $(call quote,$(JOBS)),)

.DEFAULT_GOAL := help
.PHONY: help env lab report notebooks preview validate lint format test test-fast bench-check lock clean render-tools pages

help: ## list every target
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'
	@echo "  YEAR=2021 restricts report/notebooks to one year; FORCE=1 ignores the cache; JOBS=N runs N notebooks at once."

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 > /dev/null
	$(PY) -m hulplijnen.pipeline.lab install-kernel > /dev/null
	touch $@

env: $(VENV)/.installed ## create .venv from the lock file (exact versions)

$(VENV)/.lab-installed: requirements-lab.lock $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements.lock -r requirements-lab.lock
	touch $@

lab: $(VENV)/.lab-installed ## JupyterLab on the notebooks (optional locked group; kernel "hulplijnen", autoreload)
	$(VENV)/bin/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. notebooks/

report: env ## build the report of every year (or YEAR=...) into _output/<year>/
	$(PY) -m hulplijnen.pipeline.cli report $(BUILD_FLAGS)

notebooks: env ## only the Papermill stage: executed notebooks, figures.json, previews
	$(PY) -m hulplijnen.pipeline.cli notebooks $(BUILD_FLAGS)

PORT   ?= 8765
preview: env ## YEAR=… : that release's HTML, rebuilt on every save, at http://127.0.0.1:PORT/ (Ctrl-C stops it)
	@[ -n "$(YEAR)" ] || { echo "make preview needs a release: make preview YEAR=2021"; exit 2; }
	$(PY) -m hulplijnen.pipeline.cli preview --year $(call quote,$(YEAR)) --port $(call quote,$(PORT))

validate: env ## check every data file and params file; list every problem
	$(PY) -m hulplijnen.pipeline.cli validate

lint: env ## style check: ruff (code and notebooks); the package's layers (import-linter); no fact key spelled by hand
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest -q -p no:cacheprovider tests/contract/test_fact_keys.py

format: env ## rewrite the code and notebooks in the project's style (ruff)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint ## run the lint, then the test suite (everything: what CI runs)
	$(PY) -m pytest -q

FAST := tests/unit tests/contract tests/data tests/hostile tests/backtest
test-fast: env ## unit and contract tests only: no builds, no renders, no benchmarks (under a minute)
	$(PY) -m pytest -q -m "not e2e and not quarto and not slow" $(FAST)

bench-check: env ## each benchmark runs at a tiny size (not a measurement; not part of make test)
	$(PY) -m pytest -q benchmarks

TOOLS  := .tools
AXE    := $(TOOLS)/node_modules/axe-core/axe.min.js

render-tools: ## install what the render tests use: chromium, pdftoppm (apt, as root) and axe-core (npm, into .tools/)
	@missing=""; command -v chromium > /dev/null || missing="$$missing chromium"; \
	command -v pdftoppm > /dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get > /dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "render-tools: please install$$missing (Debian packages); the render tests skip without them"; fi; \
	fi
	@[ -f $(AXE) ] || { mkdir -p $(TOOLS) && cd $(TOOLS) && \
	  { [ -f package.json ] || echo '{"name":"hulplijnen-render-tools","private":true}' > package.json; } && \
	  npm install --save-exact --no-audit --no-fund --loglevel=error axe-core@4.14.1; }

pages: ## PNG pages of each rendered PDF: _output/<release>/pages/ (needs pdftoppm)
	@for pdf in _output/*/report.pdf; do \
	  dir=$$(dirname $$pdf)/pages; rm -rf $$dir; mkdir -p $$dir; \
	  pdftoppm -r 60 -png $$pdf $$dir/page && echo "$$dir/"; \
	done

lock: ## refresh requirements.lock from pyproject.toml (then update environment.yml pins)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --upgrade --extra test --strip-extras -o requirements.lock pyproject.toml

clean: ## remove build output (not the environment)
	rm -rf _output _staging _cache
