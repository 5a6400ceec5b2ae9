# Vejviser. The contract: `make run` sets up everything and starts the assistant;
# `make test` sets up everything and runs all tests. Both are idempotent and quick
# when nothing changed (stamp files under the venvs and var/).
SHELL := /bin/bash
PYTHON ?= python3
RASA_VENV := .venv-rasa
APP_VENV := .venv
RASA := $(RASA_VENV)/bin/rasa
SPACY_DIR := var/spacy-da
CRISIS_MODEL := var/crisis/model.json
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

MODEL_INPUTS := config.yml domain.yml $(shell find data/nlu data/rules data/stories data/understanding data/corpus bot danish_text -name '*.yml' -o -name '*.yaml' -o -name '*.py' 2>/dev/null | sort)

.PHONY: FORCE lint browser load-test crisis-select setup run test test-app test-bot test-stories validate train load env check eval bench crossval clean help
help:
	@echo "make run    set up everything and start chat + API (http://127.0.0.1:8000/)"
	@echo "make test   set up everything and run all tests"

setup: $(RASA_VENV)/.stamp $(APP_VENV)/.stamp $(SPACY_DIR)/.stamp $(CRISIS_MODEL) env

$(RASA_VENV)/.stamp: requirements/rasa.txt requirements/rasa-nodeps.txt requirements/rasa-test.txt pyproject.toml
	test -x $(RASA_VENV)/bin/python || $(PYTHON) -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install -q --disable-pip-version-check -r requirements/rasa.txt -r requirements/rasa-test.txt
	$(RASA_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --ignore-requires-python -r requirements/rasa-nodeps.txt
	flock .egg-info.lock $(RASA_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(APP_VENV)/.stamp: requirements/app.txt pyproject.toml
	test -x $(APP_VENV)/bin/python || $(PYTHON) -m venv $(APP_VENV)
	$(APP_VENV)/bin/pip install -q --disable-pip-version-check -r requirements/app.txt
	flock .egg-info.lock $(APP_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# The Danish spaCy pipeline: blank `da` + lookup lemmatizer, built here, nothing downloaded.
$(SPACY_DIR)/.stamp: $(RASA_VENV)/.stamp bot/build_spacy.py
	$(RASA_VENV)/bin/python -m bot.build_spacy $(SPACY_DIR)
	touch $@

# A local .env with the defaults spelled out, so operators see what can be set, and a
# local admin token (its hash in .env, the token itself in var/admin-token, mode 600).
env: .env
.env:
	cp .env.example .env
	@echo "created .env from .env.example (edit it to change ports, database or retention)"
	@bash scripts/admin-token local

# The crisis model as plain weights (JSON) that Rasa's CrisisDetector and the API's fallback
# both read: trained with scikit-learn in .venv-rasa from data/crisis, data/nlu and the corpus'
# train split (data/corpus). Rebuilt when the inputs' fingerprint changes (a removed data file
# counts too, unlike timestamps). One BLAS thread: the matrices are small, and threads cost
# more than they give (2m50 → 2m01); the network learns in a process of its own beside them.
CRISIS_INPUTS = bot/crisis_train.py bot/corpus.py danish_text/negation.py danish_text/fold.py $(sort $(wildcard danish_text/crisis*.py) $(wildcard data/crisis/*.yml) $(wildcard data/nlu/*.yml) $(wildcard data/corpus/*.yaml))
$(CRISIS_MODEL): $(RASA_VENV)/.stamp FORCE
	@new=$$(echo $(CRISIS_INPUTS) | cat - $(CRISIS_INPUTS) | sha256sum | cut -c1-16); \
	if [ -f $@ ] && [ "$$(cat $@.fingerprint 2>/dev/null)" = "$$new" ]; then :; else \
	  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(RASA_VENV)/bin/python -m bot.crisis_train $@ && echo "$$new" > $@.fingerprint; \
	fi

# Compare crisis models, feature groups and thresholds on the development split only.
crisis-select: $(RASA_VENV)/.stamp
	$(RASA_VENV)/bin/python -m bot.crisis_train --select tests/eval/crisis/dev.yaml

# Load the directory YAML into the database when it changed (staff edits made through
# the admin API survive restarts; `make load` reloads on purpose).
var/directory.loaded: $(APP_VENV)/.stamp $(wildcard data/directory/*.yaml) data/taxonomy.yaml
	$(APP_VENV)/bin/python -m directory load
	@touch $@

load: $(APP_VENV)/.stamp
	$(APP_VENV)/bin/python -m directory load
	@touch var/directory.loaded

check: $(APP_VENV)/.stamp
	$(APP_VENV)/bin/python -m directory check

validate: $(RASA_VENV)/.stamp
	$(RASA) data validate --data data/nlu data/rules data/stories --domain domain.yml --config config.yml

# Retrain only when the training data, config or our NLU code changed.
train: var/model.fingerprint
var/model.fingerprint: $(RASA_VENV)/.stamp $(SPACY_DIR)/.stamp $(MODEL_INPUTS)
	@new=$$(cat $(MODEL_INPUTS) | sha256sum | cut -c1-16); \
	if [ -f $@ ] && [ "$$(cat $@)" = "$$new" ] && ls models/*.tar.gz >/dev/null 2>&1; then \
	  echo "model is up to date ($$new)"; touch $@; \
	else \
	  rm -f models/*.tar.gz; \
	  /usr/bin/time -f "training took %e s, peak RSS %M KB" $(RASA) train --fixed-model-name vejviser --out models --force && \
	  echo "$$new" > $@; \
	fi

run: setup var/directory.loaded train
	bash scripts/run-all

# The tests, eval and bench run on temporary databases of their own: they never reload var/,
# where staff edits made through the admin API live. On a fresh machine the two
# environments install side by side (their editable installs of this tree take turns, by
# `flock`, as both write its egg-info), and the crisis weights build while lint runs (two
# jobs: this machine's two cores); the rest runs in order.
test:
	$(MAKE) -j2 setup lint
	$(MAKE) train validate test-stories test-bot test-app

# The quality gate: ruff (style, imports, likely bugs) and mypy (types), both configured in
# pyproject.toml, over every room; first in `make test`, so a slip fails in seconds.
lint: $(APP_VENV)/.stamp
	$(APP_VENV)/bin/ruff check .
	$(APP_VENV)/bin/mypy

# End-to-end test stories (user text → NLU → policies) must predict every step.
test-stories: train
	ACTION_SERVER_URL=http://127.0.0.1:5055 ACTION_TOKEN=unused \
	$(RASA) test core --stories tests/stories --model models/vejviser.tar.gz \
	  --fail-on-prediction-errors --out var/results/stories

# The routing development set: pass rates as written / folded / stripped, crisis
# recall and false alarms, and every failure.
eval: setup train
	$(APP_VENV)/bin/python -m evaluation

# NLU cross-validation report (3 folds) under var/results/crossval/.
crossval: setup train
	$(RASA) test nlu --nlu data/nlu --config config-crossval.yml --cross-validation --folds 3 \
	  --out var/results/crossval
	@cat var/results/crossval/intent_report.json | $(APP_VENV)/bin/python -c \
	  "import json,sys; r=json.load(sys.stdin); print('intent weighted F1', round(r['weighted avg']['f1-score'],3))"

# 50 conversations at once for 5 minutes against a stack of its own: docs/reliability-load.md.
load-test: setup train
	$(APP_VENV)/bin/python scripts/load.py --conversations 50 --seconds 300 --think 0

# Latency and memory of the running stack (targets in scripts/bench.py).
bench: setup train
	$(APP_VENV)/bin/python scripts/bench.py

test-bot: $(RASA_VENV)/.stamp $(SPACY_DIR)/.stamp $(CRISIS_MODEL)
	$(RASA_VENV)/bin/python -m pytest tests/bot -q

test-app: $(APP_VENV)/.stamp $(CRISIS_MODEL) browser
	$(APP_VENV)/bin/python -m pytest tests -q --ignore=tests/bot --durations=15 -n 2 --dist loadgroup

# Chromium from Debian and the npm packages the browser tests load (scripts/browser-up).
browser: tests/browser/node_modules/.stamp
tests/browser/node_modules/.stamp: tests/browser/package-lock.json scripts/browser-up
	bash scripts/browser-up
	touch $@

clean:
	rm -rf var models .pytest_cache
