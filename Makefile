# The two commands a fresh machine needs: `make generate` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
GENERATOR_STAMP := $(VENV)/.generator-installed
TEST_STAMP := $(VENV)/.test-installed
# Stoplight Prism for tests/test_mock_server.py; reinstalled only when the lock changes.
MOCK_STAMP := tests/mock/node_modules/.installed-stamp

.PHONY: generate check test golden corpus clean-venv

$(GENERATOR_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(GENERATOR_STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# Without npm (or the registry) the mock-server tests fail and say why; the rest still run.
$(MOCK_STAMP): tests/mock/package.json tests/mock/package-lock.json
	@if npm ci --prefix tests/mock --no-audit --no-fund --loglevel=error; then touch $@; \
	else echo "warning: could not install tests/mock (Prism); tests/test_mock_server.py will fail" >&2; fi

## Validate spec/, regenerate generated/ (only changed files are written), print a summary; then
## what the spec's changes since the last commit mean for users of the client, breaking ones first.
generate: $(GENERATOR_STAMP)
	$(PY) -m generator validate spec/langsmith.yaml
	$(PY) -m generator generate
	@if git cat-file -e HEAD:./spec/langsmith.yaml 2>/dev/null; then \
		$(PY) -m generator diff git:HEAD:spec/langsmith.yaml spec/langsmith.yaml --config spec/config.yaml; \
	else echo "spec/langsmith.yaml: not committed in a git checkout, so no summary of changes"; fi

## Fail with a diff when generated/ is not what the generator writes from spec/ today.
check: $(GENERATOR_STAMP)
	$(PY) -m generator generate --check

## Every test: generator units, golden trees, drift, the generated client over HTTP, mypy, corpus.
# loadgroup: the tests that share one expensive fixture (xdist_group) run on one worker; no reorder:
# work is handed out in collection order, which tests/conftest.py makes longest-first.
test: $(TEST_STAMP) $(MOCK_STAMP)
	$(PY) -m pytest -q -n 2 --dist loadgroup --no-loadscope-reorder

## The unit layer only (tests/unit): the rules of naming, config and the IR build, each checked on a
## small document built in-process (no rendering, black, subprocesses or network): a few seconds.
# One process: the layer is done before two xdist workers would have started.
.PHONY: test-fast
test-fast: $(TEST_STAMP)
	$(PY) -m pytest -q tests/unit

## Rewrite tests/golden/ from tests/fixtures/ (review the diff, then commit).
golden: $(TEST_STAMP)
	$(PY) -m tests.golden_tool refresh

## Generate every document under ../shared/specs and print the table; then call every operation of
## each through its generated client against Prism (tests/conformance.py; reports in the folder it prints).
# The conformance check runs even when the corpus tests fail (it says more about the failures); the
# target fails when either does.
corpus: $(TEST_STAMP) $(MOCK_STAMP)
	@status=0; \
	$(PY) -m pytest -q tests/test_corpus.py -s || status=1; \
	$(PY) -m tests.conformance --jobs 2 || status=1; \
	exit $$status

clean-venv:
	rm -rf $(VENV)

# The peers `make bench` compares ours with, in their own git-ignored venv; rebuilt only when
# bench/peers.txt changes. BENCH_ARGS passes options to bench/run.py, e.g. "--repeat 1 --cases cold".
PEERS_VENV := bench/.venv-peers
PEERS_STAMP := $(PEERS_VENV)/.installed-stamp
BENCH_ARGS ?=

$(PEERS_STAMP): bench/peers.txt
	rm -rf $(PEERS_VENV)
	$(PYTHON) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/peers.txt
	touch $@

.PHONY: bench
## Time ours against openapi-python-client and datamodel-code-generator; write bench/RESULTS.md.
bench: $(GENERATOR_STAMP) $(PEERS_STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)
