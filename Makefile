# conflictlens: the two quickstart commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEV := $(SHARED)/data/dev

.PHONY: install demo test eval bench clean

$(BIN)/conflictlens: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/conflictlens

demo: install  ## code the bundled sample reports into ./conflictlens.db (SQLite) and list the incidents
	$(BIN)/conflictlens ingest src/conflictlens/samples/samples.jsonl
	$(BIN)/conflictlens incidents

test: install  ## run the test suite
	$(BIN)/pytest

eval: install  ## score extraction on every dev set and on the seed
	$(BIN)/conflictlens eval --resolve $(wildcard $(DEV)/*.jsonl) $(wildcard $(SHARED)/seed/*.gold.json)

bench: install  ## speed: documents/s, MB/s, start-up, memory, time per stage, API latency
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python bench/bench_batch.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
