"""Inspect entry point: importing this module registers every task, model provider and optional scorer of the
package."""

# ruff: noqa: F401
from salessim_inspect.baselines import salessim as salessim_models
from salessim_inspect.rewards.scorer import rewards
from salessim_inspect.tasks import cars, female_clothing, games, male_clothing, rings, salessim, smart_watch
