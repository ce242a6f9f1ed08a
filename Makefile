# dvdesk — the two commands: `make run` (opens the app on a demo database) and `make test`.
# Each does its own setup: a virtual environment in .venv with the project installed.
# Prefer Python >= 3.12: PySide6 6.12 on 3.11 drops references to None (see dvdesk/qtmodels/base.py;
# guarded there, but None is immortal from 3.12 on). Falls back to python3.
PY_CANDIDATES := python3.12 python3.13 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) \
                 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) python3
PYTHON ?= $(firstword $(foreach c,$(PY_CANDIDATES),$(shell $(c) -c 'import sys; print("ok" if sys.version_info >= (3, 10) else "")' 2>/dev/null | grep -q ok && echo $(c))))
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DIR := demo-data
DEMO_DB  := $(DEMO_DIR)/dvdesk-demo.sqlite3

.PHONY: run test lint bench forms venv demo clean bundle guide

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	# PyICU is only a test oracle for the Vietnamese collation; it needs libicu-dev to build.
	-$(PY) -m pip install --quiet PyICU 2>/dev/null || echo "PyICU not installed: ICU oracle tests will be skipped"
	touch $(STAMP)

venv: $(STAMP)

# The demo database lives apart from the real one (which is in the user data folder).
$(DEMO_DB): | $(STAMP)
	mkdir -p $(DEMO_DIR)
	$(PY) -m dvdesk demo --db $(DEMO_DB)

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(PY) -m dvdesk gui --db $(DEMO_DB)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check dvdesk tests benchmarks packaging
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m benchmarks

forms: $(STAMP)
	$(PY) packaging/build_forms.py

# The Windows-style one-folder bundle dist/dvdesk/ (PyInstaller, in its own venv .venv-bundle), then
# its self-test from another folder. A few minutes on 2 cores. Windows: packaging/build-windows.ps1.
bundle:
	PYTHON=$(PYTHON) bash packaging/build_bundle.sh

# The user guide's screenshots, taken by the app of itself (resources/guide/img/), and its PDF.
guide: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_guide.py

clean:
	rm -rf $(VENV) .venv-bundle $(DEMO_DIR) build dist *.egg-info
