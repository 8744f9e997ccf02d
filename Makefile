# `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast bench docs clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/factcheck check examples/demo-draft.md --sources sources/ --format text; \
	  rc=$$?; echo "(exit code $$rc: 0 passes the policy, 1 fails it)"; test $$rc -le 1

test: $(STAMP)
	$(PY) -m pytest -q
	$(MAKE) docs

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not model and not slow"

bench: $(STAMP)
	$(PY) bench/run_all.py

docs: $(STAMP)
	$(VENV)/bin/mkdocs build -q --strict -d .site

clean:
	rm -rf $(VENV) .site .pytest_cache build *.egg-info
