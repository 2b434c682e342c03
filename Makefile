# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench screenshots translations wheel-check clean browser-deps \
	frozen package package-check

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	QT_QPA_PLATFORM= $(PY) -m journal $(ARGS)

# The browser test's npm packages (axe-core, playwright-core); Chromium comes from apt (.ci/run).
tests/browser/node_modules/.package-lock.json: tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

browser-deps: tests/browser/node_modules/.package-lock.json

test: $(VENV)/.test-installed browser-deps
	$(PY) -m ruff check journal tests bench
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(PY) -m ruff check journal tests bench
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

bench: $(VENV)/.test-installed
	$(PY) -m bench

screenshots: $(VENV)/.test-installed
	$(PY) -m journal.screenshots docs/screenshots

# Extract every UI string into resources/translations/journal_{en,es,ar}.ts (keeping
# their translations) and compile the .qm files; see docs/translating.md.
translations: $(VENV)/.test-installed
	$(PY) packaging/translations.py

# Build the wheel, install it into a fresh venv, and run it from there: proves
# resources/ ships inside the wheel.
wheel-check: $(VENV)/.test-installed
	rm -rf build/wheel-check && mkdir -p build/wheel-check
	$(PY) -m build --wheel --outdir build/wheel-check/dist . >/dev/null
	$(PYTHON) -m venv build/wheel-check/venv
	build/wheel-check/venv/bin/pip install --quiet build/wheel-check/dist/*.whl
	cd build/wheel-check && venv/bin/journal --version
	cd build/wheel-check && venv/bin/journal --data-dir demo-data demo --entries 30
	cd build/wheel-check && venv/bin/journal --data-dir demo-data check
	cd build/wheel-check && venv/bin/python -c "from journal.resources import resources_dir as r; p = r(); assert 'site-packages' in str(p), p; print('resources at', p)"

# Packaging (issue 14, packaging/). `make package` builds what this machine can:
# the frozen app (PyInstaller onedir), the .deb (Linux) and the MSI (wixl).
# `make package-check` checks all of it; .ci/run installs the Debian tools.
$(VENV)/.package-installed: $(VENV)/.test-installed
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	touch $@

frozen: $(VENV)/.package-installed
	$(PY) packaging/icons.py build/icons >/dev/null
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/journal.spec

package: frozen
	packaging/linux/build-deb.sh $(PY)
	packaging/windows/build-msi.sh dist/learning-journal $(PY)

package-check: package
	@echo "== frozen app: smoke test offscreen"
	QT_QPA_PLATFORM=offscreen dist/learning-journal/journal --smoke-test
	@echo "== frozen app: smoke test with xcb under Xvfb"
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
		dist/learning-journal/journal --smoke-test | tee build/frozen-xcb.txt
	grep -q "(xcb)" build/frozen-xcb.txt
	test "$$(dist/learning-journal/journal --version)" = "$$($(PY) -m journal --version)"
	@echo "== sizes (budgets: onedir <= 200 MB, compressed <= 60 MB)"
	BENCH_FROZEN_RUNS=3 $(PY) -m bench.bench_frozen
	@echo "== .deb"
	packaging/linux/check-deb.sh
	@echo "== MSI"
	packaging/windows/check-msi.sh $(PY)
	packaging/windows/sign-dry-run.sh dist/learning-journal-*.msi
	@echo "== Flatpak manifest"
	flatpak-builder --show-manifest packaging/flatpak/org.learningjournal.LearningJournal.yml >/dev/null
	@echo "package-check: all good."

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
